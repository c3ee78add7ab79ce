# RUN: %difftest %s
# Slicing reads (negative, steps, out of range) and slice assignment
# (growing, shrinking, extended slices), on lists, strings and tuples.
xs = list(range(10))
print(xs[2:5], xs[-3:], xs[:-7], xs[::3], xs[::-1], xs[8:2:-2], xs[20:], xs[-20:2], xs[5:2])
s = "difftest"
print(s[::-1], s[1:-1], s[::2], s[-4:], (1, 2, 3)[1:], (1, 2, 3)[::-1])
ys = [0, 1, 2, 3, 4]
ys[1:3] = ["a", "b", "c"]
print(ys)
ys[1:4] = []
print(ys)
ys[:0] = [-2, -1]
print(ys)
ys[len(ys):] = [9]
print(ys)
zs = list(range(6))
zs[::2] = ["e0", "e2", "e4"]
print(zs)
zs[:] = "xy"
print(zs)
ws = [1, 2, 3]
ws[1:2] = range(3)
print(ws, ws[-1:-4:-1])

# RUN: %difftest %s
# Augmented assignment on names, subscripts (list items, dict values,
# nested), and the difference between += on lists (in place) and tuples.
n = 10
n += 5
n -= 3
n *= 2
n //= 5
n **= 3
n %= 7
print(n)
f = 1.5
f /= 2
f -= 0.25
print(f)
s = "ab"
s += "cd"
s *= 2
print(s)
xs = [1, 2, 3]
alias = xs
xs += [4]
xs[0] += 10
xs[-1] *= 2
print(xs, alias is xs)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"count": 0, "names": []}
d["count"] += 1
d["names"] += ["x"]
d["new"] = d.get("new", 0) + 1
print(d)
grid = [[0, 0], [0, 0]]
grid[1][0] += 5
print(grid)
bits = 0b1010
bits |= 1
bits &= 0b1110
bits ^= 0b0100
bits <<= 2
bits >>= 1
print(bits)

# RUN: %difftest %s
# Slice assignment and deletion: negative and out-of-range bounds, steps,
# assigning the list to itself, iterables, slice objects, classes that get
# slices in __setitem__/__delitem__/__getitem__, and errors.
a = list(range(10))
a[-3:] = "xy"
a[2:100] = []
a[5:2] = [7]
print(a)
b = list(range(10))
b[::-3] = ["a", "b", "c", "d"]
b[1:8:2] = (x * 10 for x in range(4))
print(b)
c = [1, 2, 3]
c[1:] = c
c[:0] = c[-2:]
print(c)
d = list(range(10))
del d[-2:]
del d[1:6:2]
del d[::-1]
print(d)
e = list(range(10))
del e[8:2:-2]
del e[100:]
e[slice(1, 3)] = "AB"
print(e, e[slice(None, None, -2)], "abcdef"[slice(1, 5, 2)], (1, 2, 3)[slice(2)])
class Grid:
    def __getitem__(self, i):
        return ("get", i.start, i.stop, i.step) if isinstance(i, slice) else ("get", i)
    def __setitem__(self, i, v):
        print("set", i.start, i.stop, i.step, v)
    def __delitem__(self, i):
        print("del", i)
g = Grid()
g[1:2] = 5
g[::3] = 6
del g[1:]
print(g[2:5:1], g[:], g[7])
for f in ["z[::2] = [1, 2]", "z[1:2] = 5", "z[::2] = 5", "t[1:2] = [1]", "s[0:1] = 'x'",
          "z[::0] = []", "del z[::0]", "z['a':] = []", "del t[1:]", "z[1.5:2] = []"]:
    z, t, s = list(range(6)), (1, 2, 3), "str"
    try:
        exec_ = None
        if f == "z[::2] = [1, 2]":
            z[::2] = [1, 2]
        elif f == "z[1:2] = 5":
            z[1:2] = 5
        elif f == "z[::2] = 5":
            z[::2] = 5
        elif f == "t[1:2] = [1]":
            t[1:2] = [1]
        elif f == "s[0:1] = 'x'":
            s[0:1] = "x"
        elif f == "z[::0] = []":
            z[::0] = []
        elif f == "del z[::0]":
            del z[::0]
        elif f == "z['a':] = []":
            z["a":] = []
        elif f == "del t[1:]":
            del t[1:]
        else:
            z[1.5:2] = []
    except (ValueError, TypeError) as err:
        print(f, "->", type(err).__name__, err)

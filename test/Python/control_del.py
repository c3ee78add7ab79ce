# RUN: %difftest %s
# del on names, list items, dict keys, nested items and several targets.
a = 1
b = [0, 1, 2, 3, 4, 5]
c = {"x": 1, "y": 2, "z": 3}
del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, b)
del b[0]
print(b)
del c["y"], b[-1]
print(c, b)
d = {"k": [1, 2, 3]}
del d["k"][1]
print(d)
x, y = 1, 2
del x, y
try:
    print(x)
except NameError as e:
    print(type(e).__name__)

# RUN: %difftest %s
# Tuple/list unpacking: swaps, nested targets, starred targets at any
# position, unpacking in for loops, starred expressions in displays.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = [3, 4], 5
[p, q] = "pq"
print(x, y, z, p, q)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *mid, tail = range(5)
one, *none = [1]
print(first, rest, init, last, head, mid, tail, one, none)
for i, (name, *dims) in enumerate([("w", 3, 3), ("b", 3)]):
    print(i, name, dims)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
print([*range(3), *"ab"])
print((*[1, 2], 3))
print({**{"a": 1}, "b": 2, **{"a": 3}})
m = n = 7
print(m, n)
a = b = []
a.append(1)
print(b)

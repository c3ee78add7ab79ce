# RUN: %difftest %s
# The part of unpacking.py that scopec does not run like CPython yet.
# Tuple/list unpacking: swaps, nested targets, starred targets at any
# position, unpacking in for loops, starred expressions in displays.
a, b = 1, 2
a, b = b, a
(x, y), z = [3, 4], 5
[p, q] = "pq"
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *mid, tail = range(5)
one, *none = [1]
for i, (name, *dims) in enumerate([("w", 3, 3), ("b", 3)]):
    print(i, name, dims)
(a, *b), c = [1, 2, 3], 4
print({*[1, 1], 2} == {1, 2})
m = n = 7
a = b = []
a.append(1)

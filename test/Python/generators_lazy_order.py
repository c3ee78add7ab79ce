# RUN: %difftest %s
# Laziness: side effects of generators, generator expressions, map, filter,
# zip and enumerate interleave with the consumer's in CPython's order;
# partially consumed generators, infinite ones with any/all/in/unpacking.


def source(n):
    for i in range(n):
        print("produce", i)
        yield i
    print("source done")


for x in source(3):
    print("consume", x)
squares = (print("square", x) or x * x for x in source(2))
print("created")
print(sum(squares))
m = map(lambda v: print("map", v) or v + 1, source(2))
print("map created")
print(next(m))
print(list(m))
f = filter(lambda v: v % 2 == 0, source(4))
print(list(f))
for i, v in enumerate(source(2), 1):
    print("enum", i, v)
z = zip(source(5), "ab")
print(list(z))


def naturals():
    n = 0
    while True:
        yield n
        n += 1


print(any(x > 5 for x in naturals()), all(x < 3 for x in naturals()))
print(7 in naturals(), 3 in map(lambda x: x * 3, naturals()))
a, b, c = (x for x in "xyz")
print(a, b, c)
try:
    a, b = naturals()
except ValueError as e:
    print("ValueError:", e)
first, *rest = source(3)
print(first, rest)
g = naturals()
for x in g:
    if x == 3:
        break
print(next(g), next(g))
print(sorted(x % 3 for x in range(7)), max(x for x in [3, 9, 2]), min((x for x in []), default="empty"))
print(dict((k, len(k)) for k in ["ab", "c"]), tuple(x for x in "hi"), "-".join(str(x) for x in range(3)))
it = iter(naturals())
print(it is iter(it), next(it))
nested = ((i, j) for i in range(3) if i != 1 for j in range(i))
print(list(nested))
xs = [1, 2, 3]
lazy = (x * 10 for x in xs)
xs.append(4)
print(list(lazy))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
gen = (1 / x for x in [1, 0])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(gen, "exhausted after error"))

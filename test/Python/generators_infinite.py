# RUN: %difftest %s
# Infinite generators consumed partially: next() calls, zip with a finite
# sequence, break out of a for loop, itertools.islice.
import itertools


def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


nat = naturals()
print(next(nat), next(nat), next(nat))
print(list(zip("abc", naturals(10))))
for f in fib():
    if f > 100:
        break
print(f, list(itertools.islice(fib(), 10)), list(itertools.islice(naturals(), 2, 8, 2)))
ids = naturals(1)
names = ["layer%d" % next(ids) for _ in range(3)]
print(names, next(ids))
print(next(x for x in naturals() if x * x > 50))

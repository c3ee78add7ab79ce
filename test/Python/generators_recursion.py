# RUN: %difftest %s
# Recursion and generators: recursive generators (yield from) a few hundred
# deep, deep recursion inside a generator body, and unbounded generator
# recursion ending in RecursionError, caught.


def depth_first(n):
    if n:
        yield n
        yield from depth_first(n - 1)


print(sum(depth_first(300)))


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def facts():
    yield fact(20)
    yield len(str(sum(fact(k % 20) for k in range(800))))


print(list(facts()))


def forever():
    yield from forever()


try:
    next(forever())
except RecursionError as e:
    print("RecursionError:", e)


def deep(n):
    return deep(n + 1)


def runs_deep():
    yield 1
    deep(0)


g = runs_deep()
print(next(g))
try:
    next(g)
except RecursionError as e:
    print("RecursionError:", e)
print(next(g, "over"))

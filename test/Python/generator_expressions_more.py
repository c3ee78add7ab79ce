# RUN: %difftest %s
# The part of generator_expressions.py that scopec does not run like CPython yet.
# Generator expressions: passed to sum/any/all/min/max/sorted/list/tuple/
# dict/set/"".join, laziness, single use.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(set(x % 4 for x in xs)))
g = (x * 10 for x in range(3))
print(type(g).__name__)
print(list(g))
print(list(g))
seen = []


def note(x):
    seen.append(x)
    return x


g = (note(x) for x in range(5))
print(seen)
print(next(g))
print(next(g))
print(seen)
print(seen)

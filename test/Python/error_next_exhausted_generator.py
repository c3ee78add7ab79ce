# RUN: %difftest %s
# next() on an exhausted generator, uncaught (StopIteration at the call).


def two():
    yield 1
    yield 2


g = two()
print(next(g), next(g), next(g, "default"))
next(g)

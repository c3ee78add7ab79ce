# RUN: %difftest %s
# A dropped generator that ignores GeneratorExit (CPython reports it on
# stderr and goes on) and one whose finally block raises.


def ignores():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")


g = ignores()
next(g)
g = None
print("after drop")


def raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally")


h = raises_in_finally()
next(h)
del h
print("after del")
k = ignores()
next(k)
print("end")

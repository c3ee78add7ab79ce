# RUN: %difftest %s
# PEP 479: a StopIteration escaping a generator body becomes RuntimeError
# ("generator raised StopIteration"); caught here, the second is uncaught.


def leaky(it):
    while True:
        yield next(it)


print(list(zip("ab", leaky(iter([1, 2, 3])))))
try:
    print(list(leaky(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def explicit():
    yield 1
    raise StopIteration("stop")


g = explicit()
print(next(g))
next(g)

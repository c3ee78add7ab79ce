# RUN: %difftest %s
# Generators interrupted by the consumer's exception, partially consumed
# by list() when the body fails, repr/type of generator objects, send()
# through a pipeline of coroutine-style generators.


def numbers():
    try:
        for i in range(5):
            yield i
    finally:
        print("numbers closed")


try:
    for n in numbers():
        if n == 2:
            raise ValueError("consumer failed")
except ValueError as e:
    print("caught", e)
print("after")


def failing():
    yield 1
    yield 2
    raise IndexError("body failed")


out = []
try:
    for v in failing():
        out.append(v)
except IndexError as e:
    print(out, e)
g = failing()
print(type(g).__name__, repr(g).startswith("<generator object failing at 0x"), repr(x for x in []).startswith("<generator object <genexpr>"))


def printer():
    while True:
        item = yield
        print("got", item)


def doubler(target):
    while True:
        item = yield
        target.send(item * 2)


p = printer()
next(p)
d = doubler(p)
next(d)
for v in [1, 2, 3]:
    d.send(v)
d.close()
p.close()
print(sorted({n % 3 for n in numbers()}))

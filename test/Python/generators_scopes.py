# RUN: %difftest %s
# Generators and scopes: methods (self, zero-argument super()), closures
# and nonlocal, global, bare `raise` after a yield in an except block,
# exception context, generator expressions in class bodies and functions,
# generators passed around and resumed from different call depths.
count = 0


class Base:
    def __init__(self, names):
        self.names = names

    def items(self):
        for n in self.names:
            yield n.upper()


class Child(Base):
    def items(self):
        yield "first"
        yield from super().items()
        yield "last"


print(list(Child(["a", "b"]).items()))


def make_counter():
    n = 0

    def gen():
        nonlocal n
        while n < 3:
            n += 1
            yield n

    return gen, lambda: n


gen, peek = make_counter()
g = gen()
print(next(g), peek(), list(g), peek())


def bump():
    global count
    for _ in range(2):
        count += 1
        yield count


print(list(bump()), count)


def reraiser():
    try:
        raise KeyError("inner")
    except KeyError:
        yield "in handler"
        raise


r = reraiser()
print(next(r))
try:
    next(r)
except KeyError as e:
    print("re-raised", repr(e))


def contexts():
    try:
        yield 1
    except ValueError:
        raise TypeError("while handling")


c = contexts()
next(c)
try:
    c.throw(ValueError("original"))
except TypeError as e:
    print(repr(e), repr(e.__context__))


class Table:
    sizes = [1, 2, 3]
    doubled = list(x * 2 for x in sizes)
    total = sum(s for s in sizes)


print(Table.doubled, Table.total)


def depth(gen, n):
    if n == 0:
        return next(gen)
    return depth(gen, n - 1)


shared = (i * i for i in range(10))
print(depth(shared, 0), depth(shared, 50), depth(shared, 5), next(shared))
lam = lambda: (yield 5)
lg = lam()
print(next(lg), next(lg, "lambda done"))


def outer_genexp(k):
    return (x + k for x in range(3))


print(list(outer_genexp(10)), [list(outer_genexp(i)) for i in range(2)])

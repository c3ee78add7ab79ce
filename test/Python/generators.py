# RUN: %difftest %s
# Generator functions: yield, state between next() calls, return ending the
# generator, generators in for loops, pipelines, next() with a default.


def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("done")


g = countdown(3)
print("created")
print(next(g), next(g))
print(list(g))
print([x * 2 for x in countdown(2)])


def pairs(seq):
    it = iter(seq)
    for a in it:
        yield a, next(it, None)


def first_n(gen, n):
    for i, v in enumerate(gen):
        if i >= n:
            return
        yield v


print(list(pairs([1, 2, 3, 4, 5])), list(first_n(pairs("abcdef"), 2)))


def early(flag):
    yield 1
    if flag:
        return
    yield 2


print(list(early(True)), list(early(False)))


def squares(xs):
    for x in xs:
        yield x * x


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


print(list(evens(squares(range(7)))), sum(squares([1, 2, 3])))
gen = squares([5])
print(next(gen), next(gen, "exhausted"))
print(next(gen, "still exhausted"))


def layer_names(prefix, n):
    for i in range(n):
        yield "%s_%d" % (prefix, i)


print(dict(zip(layer_names("conv", 3), [16, 32, 64])), type(countdown(1)).__name__)

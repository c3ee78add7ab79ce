# RUN: %difftest %s
# User iterators: classes with __iter__/__next__ (StopIteration ends them),
# __iter__ written as a generator, iteration through __getitem__ alone,
# iter(callable, sentinel), iterator objects of built-in types, next()
# defaults and errors caught.


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "end"), 1 in Countdown(3), 9 in Countdown(3))


class Layers:
    def __init__(self, *names):
        self.names = names

    def __iter__(self):
        for i, n in enumerate(self.names):
            yield "%d:%s" % (i, n)


layers = Layers("conv", "fc")
print(list(layers), list(layers), sorted(layers, reverse=True), dict(zip(layers, range(2))))
a, b = layers
print(a, b, "-".join(layers))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


print(list(Seq()), list(iter(Seq())), 4 in Seq(), list(enumerate(Seq())))


class BadIter:
    def __iter__(self):
        return [1, 2]


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 4)), counter)
print([type(it).__name__ for it in (iter([]), iter(()), iter(""), iter({}), iter(range(1)), iter(set()), iter(iter([])))])
print([type(x).__name__ for x in (zip(), map(len, []), filter(None, []), enumerate([]), reversed([]), reversed((1,)), reversed(range(2)), iter(tick, 0))])
it = iter([1, 2, 3])
print(it.__next__(), next(it.__iter__()), list(it))
r = reversed([1, 2, 3])
print(next(r), list(r), list(reversed("abc")), list(reversed(range(1, 10, 3))), list(reversed({"a": 1, "b": 2})))
print(list(filter(None, [0, 1, "", "x", None, [], [2]])), list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])))
print(list(zip()), list(zip([1, 2], [3], [4, 5])), list(enumerate("ab", start=5)))
e = enumerate(Countdown(3))
print(next(e), list(e))
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1}
try:
    for k in s:
        s.add(2)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    reversed({1})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [])
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args, e.value)

# RUN: %difftest %s
# __call__, __repr__ and __str__ as used by print, str, repr, format,
# f-strings, %-formatting and containers (which use repr).


class Dense:
    def __init__(self, units):
        self.units = units
        self.calls = 0

    def __call__(self, x, scale=1):
        self.calls += 1
        return [v * scale + self.units for v in x]

    def __repr__(self):
        return "Dense(units=%d)" % self.units


class Tag:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "<" + self.name + ">"

    def __repr__(self):
        return "Tag(%r)" % self.name


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr!"


layer = Dense(10)
print(layer([1, 2]), layer([3], scale=2), layer.calls, callable(layer))
print(layer, str(layer), repr(layer), [layer], (layer,), {"k": layer})
t = Tag("b")
print(t, str(t), repr(t), [t], "{}".format(t), "{!r}".format(t), f"{t}", f"{t!r}")
print("%s %r" % (t, t), "%s" % OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(str(t) + "x", len(repr(t)), format(t), "{:>6}".format(str(t)))


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, *args, **kwargs):
        return self.n + sum(args) + sum(kwargs.values())


add = Adder(1)
print(add(), add(1, 2), add(a=5), list(map(add, [1, 2, 3])))

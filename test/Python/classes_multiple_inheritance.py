# RUN: %difftest %s
# Multiple inheritance: C3 method resolution order, cooperative super() in a
# diamond, mixins, attribute lookup order.


class A:
    def __init__(self):
        self.trace = ["A"]

    def who(self):
        return "A"

    def chain(self):
        return ["A"]


class B(A):
    def __init__(self):
        super().__init__()
        self.trace.append("B")

    def who(self):
        return "B"

    def chain(self):
        return ["B"] + super().chain()


class C(A):
    def __init__(self):
        super().__init__()
        self.trace.append("C")

    def who(self):
        return "C"

    def chain(self):
        return ["C"] + super().chain()


class D(B, C):
    def __init__(self):
        super().__init__()
        self.trace.append("D")

    def chain(self):
        return ["D"] + super().chain()


d = D()
print(d.trace, d.who(), d.chain())
print([k.__name__ for k in D.__mro__])
print(isinstance(d, C), issubclass(D, A), D.__bases__ == (B, C))


class JsonMixin:
    def to_text(self):
        return ",".join("%s=%r" % (k, v) for k, v in sorted(vars(self).items()))


class NamedMixin:
    prefix = "named"

    def label(self):
        return self.prefix + ":" + self.name


class Point(JsonMixin, NamedMixin):
    def __init__(self, name, x, y):
        self.name, self.x, self.y = name, x, y


p = Point("p", 1, 2.5)
print(p.to_text(), p.label(), [k.__name__ for k in Point.__mro__])


class E(C, B):
    pass


print(E().trace, E().who(), [k.__name__ for k in E.__mro__])

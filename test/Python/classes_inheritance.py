# RUN: %difftest %s
# Single inheritance: overriding, super() with and without arguments,
# inherited class attributes, isinstance/issubclass through the chain.


class Base:
    kind = "base"

    def __init__(self, x):
        self.x = x
        self.log = ["Base.__init__"]

    def f(self):
        return "Base.f(%s)" % self.x

    def g(self):
        return "g:" + self.f()


class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        self.log.append("Child.__init__")

    def f(self):
        return "Child.f/" + super().f()


class GrandChild(Child):
    kind = "grand"

    def __init__(self):
        super(GrandChild, self).__init__(1, 2)
        self.log.append("GrandChild.__init__")

    def f(self):
        return "GC/" + super(GrandChild, self).f()


b, c, gc = Base(0), Child(5, 6), GrandChild()
print(b.g(), c.g(), gc.g())
print(c.y, gc.log, c.kind, gc.kind, Child.kind)
print(isinstance(gc, Base), isinstance(b, Child), issubclass(GrandChild, Base),
      issubclass(Base, Child), issubclass(Child, object))
print([cls.__name__ for cls in GrandChild.__mro__])
print(GrandChild.__bases__[0].__name__, Child.__bases__ == (Base,))
Base.kind = "changed"
print(c.kind, gc.kind)


class NoInit(Child):
    pass


n = NoInit(7, 8)
print(n.f(), n.x, n.y, type(n).__name__)

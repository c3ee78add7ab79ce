# RUN: %difftest %s
# isinstance, issubclass, type(), hasattr, getattr, setattr, delattr,
# callable, vars and dir on user classes and instances.


class Base:
    tag = "base"

    def run(self):
        return "run"


class Derived(Base):
    def __init__(self):
        self.a = 1
        self.b = "two"


d = Derived()
print(isinstance(d, Base), isinstance(d, (int, Derived)), isinstance(Derived, type),
      issubclass(Derived, Base), issubclass(Derived, (int, str)), issubclass(Base, Base))
print(type(d) is Derived, type(d) == Base, type(d).__name__, type(Derived).__name__,
      type(type(d)) is type)
print(hasattr(d, "a"), hasattr(d, "tag"), hasattr(d, "run"), hasattr(d, "nope"))
print(getattr(d, "b"), getattr(d, "tag"), getattr(d, "nope", "dflt"), getattr(d, "run")())
setattr(d, "c", [3])
setattr(Derived, "tag", "derived")
print(d.c, d.tag, Base.tag, sorted(vars(d)), vars(d)["b"])
delattr(d, "c")
del d.a
print(hasattr(d, "c"), hasattr(d, "a"), vars(d))
print(callable(d), callable(d.run), callable(Derived), callable(len), callable(3),
      callable(lambda: 0))
names = dir(d)
print([n for n in names if not n.startswith("__")], "__init__" in names)
print([n for n in dir(Derived) if not n.startswith("_")])
kinds = [type(v).__name__ for v in (1, 1.5, "s", [], (), {}, set(), None, True, d, len, Base.run)]
print(kinds)
T = type("T", (Base,), {"x": 5, "hello": lambda self: "hi %d" % self.x})
t = T()
print(t.x, t.hello(), t.run(), T.__name__, isinstance(t, Base))

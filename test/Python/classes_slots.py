# RUN: %difftest %s
# __slots__: instances of a class whose bases all declare __slots__ have no
# __dict__ and accept only their slots (CPython's AttributeError); a class
# variable is read-only through them; a base without __slots__ (or
# "__dict__" in the slots) gives instances a __dict__ again.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = "z"
    kind = "3d"


class Loose(Point):
    pass


class WithDict:
    __slots__ = ("a", "__dict__")


p = Point(1, 2)
p.x = 10
print(p.x, p.y, Point.__slots__, Point3.__slots__)
q = Point3(1, 2)
q.z = 3
print(q.x, q.y, q.z, q.kind)
l = Loose(1, 2)
l.extra = 5
print(l.extra, sorted(vars(l)))
w = WithDict()
w.a, w.b = 1, 2
print(w.a, w.b, w.__dict__)
for f in [lambda: setattr(p, "z", 1), lambda: p.__dict__, lambda: vars(p),
          lambda: setattr(q, "kind", "x"), lambda: setattr(q, "w", 1), lambda: Point3(0, 0).z]:
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError", e)
p.label = "origin"

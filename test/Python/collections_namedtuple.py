# RUN: %difftest %s
# collections.namedtuple: field access, indexing, unpacking, repr, _replace,
# _asdict, _fields, defaults, equality with tuples, field names as a string.
from collections import namedtuple
import collections

Shape = namedtuple("Shape", ["height", "width", "channels"])
s = Shape(32, 32, 3)
print(s, s.height, s[2], s[-1], len(s), list(s), s == (32, 32, 3), tuple(s))
h, w, c = s
print(h * w * c, s._replace(channels=1), s._asdict(), Shape._fields, s.index(3), s.count(32))
Point = collections.namedtuple("Point", "x y")
p = Point(x=1, y=2)
print(p, Point(*[5, 6]), Point(**{"x": 0, "y": 9}), p + (3,), p.x + p.y, isinstance(p, tuple))
Conv = namedtuple("Conv", "filters kernel strides", defaults=[(3, 3), 1])
print(Conv(16), Conv(8, (1, 1), 2), sorted([Point(2, 1), Point(1, 5)]), type(p).__name__)
print({p: "hashable"}[Point(1, 2)], max(Point(1, 2), Point(1, 3)), Shape._make([1, 2, 3]))

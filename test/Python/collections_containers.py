# RUN: %difftest %s
# collections beyond the basics: deque (maxlen, both ends, rotate, errors),
# Counter (update/subtract, arithmetic, most_common, total), defaultdict
# details, OrderedDict popitem errors, namedtuple classes (subclasses with
# methods and properties, rename, _make, _field_defaults, isinstance).
import collections
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

q = deque([1, 2, 3], maxlen=4)
q.append(4)
q.append(5)
q.appendleft(0)
print(q, len(q), q[0], q[-1], list(q), 3 in q, q.maxlen, deque(), deque("ab"))
q.rotate(1)
print(q, q.pop(), q.popleft(), q)
q.extend([7, 8])
q.extendleft([9])
q.rotate(-2)
print(q, q == deque(q), q == list(q), isinstance(q, list), type(q).__name__, q.copy())
for bad in [lambda: deque().pop(), lambda: deque(maxlen=-1), lambda: deque().popleft()]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)

c = Counter(a=3, b=1)
c.update("abc")
c.update({"d": 2})
print(c, c["a"], c["zz"], "zz" in c, len(c), c.most_common(1), sorted(c.elements()))
c.subtract(["a", "a", "d", "d", "d"])
print(c, c.total(), +c if False else c + Counter(), c - Counter(b=1), c | Counter(d=4), c & Counter(a=1, c=5))
print(Counter("hello").most_common(), Counter([3, 1, 3]) == Counter({3: 2, 1: 1}), dict(Counter("aab")),
      isinstance(c, dict), type(c).__name__, Counter())

words = defaultdict(list, a=[1])
words["b"].append(2)
print(words, isinstance(words, dict), words.get("c"), len(words), sorted(words.items()), defaultdict(int))
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)

od = OrderedDict.fromkeys("abc") if hasattr(OrderedDict, "fromkeys") else OrderedDict((k, None) for k in "abc")
print(od.popitem(last=False), list(od), isinstance(od, dict), OrderedDict(a=1) == {"a": 1})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)


class Block(namedtuple("Block", ["scope", "unit_fn", "args"])):
    """A ResNet block, as in TF-slim's resnet_utils."""

    @property
    def depth(self):
        return len(self.args)

    def describe(self):
        return "%s:%d" % (self.scope, self.depth)


b = Block("block1", None, [1, 2, 3])
print(b, b.scope, b.depth, b.describe(), b[0], isinstance(b, tuple), isinstance(b, Block), type(b).__name__, len(b))
R = namedtuple("R", ["a", "def", "a", "_x"], rename=True)
print(R._fields, R(1, 2, 3, 4), R._make([5, 6, 7, 8])._asdict())
Conv = namedtuple("Conv", "kernel stride depth", defaults=[1, 32])
print(Conv._field_defaults, Conv(3), Conv(3, depth=8)._replace(stride=2), Conv.__doc__, Conv(1) < Conv(2),
      Conv(1, 1, 1) == (1, 1, 1), {(1, 2, 3): "t"}[Conv(1, 2, 3)], Conv(1)[1:], repr(Conv))
a, *rest = Conv(5)
print(a, rest, sorted([Conv(2), Conv(1, 9)]), max(Conv(1), Conv(1, 2)), Conv(*range(3)), tuple(Conv(4)))
for bad in [lambda: Conv(), lambda: Conv(1, 2, 3, 4), lambda: Conv(1).x, lambda: Conv._make([1]),
            lambda: Conv(1)._replace(zz=1), lambda: namedtuple("T", "a _b"), lambda: namedtuple("T", "a 1b")]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)

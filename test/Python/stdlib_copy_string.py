# RUN: %difftest %s
# copy.copy / copy.deepcopy of Python data (lists, dicts, nested, shared
# references, cycles, instances, collections containers, namedtuples,
# __deepcopy__); the string constants and capwords. (Copies of TF objects:
# test/Frontend/stdlib_copy_tf.py.)
import copy
import string
from collections import OrderedDict, defaultdict, namedtuple

cfg = {"layers": [64, 128], "opt": {"lr": 0.1}}
shallow, deep = copy.copy(cfg), copy.deepcopy(cfg)
cfg["layers"].append(256)
cfg["opt"]["lr"] = 0.5
print(shallow, deep, shallow is cfg, shallow["layers"] is cfg["layers"], deep["layers"] is cfg["layers"])
shared = [1]
pair = [shared, shared]
d = copy.deepcopy(pair)
print(d, d[0] is d[1], d[0] is shared)
loop = [1]
loop.append(loop)
c = copy.deepcopy(loop)
print(c[1] is c, c is loop, len(c))


class HParams:
    def __init__(self, depth, widths):
        self.depth = depth
        self.widths = widths


h = HParams(50, [1, 2])
h2, h3 = copy.copy(h), copy.deepcopy(h)
h.widths.append(3)
print(h2.widths, h3.widths, h2.depth, type(h3).__name__, h3 is h)


class Tracked:
    def __deepcopy__(self, memo):
        return "custom deepcopy"


P = namedtuple("P", "a b")
od = OrderedDict(a=[1])
dd = defaultdict(list, k=[2])
print(copy.deepcopy(Tracked()), copy.deepcopy(P([1], 2)), copy.copy(od), copy.deepcopy(dd), copy.copy((1, [2])),
      copy.deepcopy(od)["a"] is od["a"], copy.copy("s"), copy.deepcopy(None), copy.deepcopy(3.5))
print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation, repr(string.whitespace),
      len(string.printable), string.capwords("hello  big world"), string.capwords("a-b-c", "-"))

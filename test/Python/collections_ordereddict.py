# RUN: %difftest %s
# collections.OrderedDict: order, repr, move_to_end, popitem(last=),
# equality (order-sensitive between OrderedDicts), iteration.
import collections
from collections import OrderedDict

od = OrderedDict()
od["conv1"] = 32
od["conv2"] = 64
od["fc"] = 10
print(od, list(od), list(od.items()), len(od), od["conv2"], "fc" in od)
od.move_to_end("conv1")
print(list(od))
od.move_to_end("conv1", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
a = collections.OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a == dict(b), dict(a) == dict(b), OrderedDict(), OrderedDict(k=1))
a["z"] = 3
del a["x"]
a["x"] = 0
print(a, [k for k in reversed(a)], a.get("q", "none"), a.setdefault("w", 9), list(a.keys()))

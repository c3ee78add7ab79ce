# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# collections: OrderedDict and namedtuple (attribute access, _fields,
# _asdict, _replace, repr, equality).
import collections
from collections import OrderedDict, namedtuple

d = OrderedDict([("b", 1), ("a", 2)])
d["c"] = 3
print(d, list(d.keys()), OrderedDict(), OrderedDict(x=1), len(d))
# CHECK: OrderedDict([('b', 1), ('a', 2), ('c', 3)]) ['b', 'a', 'c'] OrderedDict() OrderedDict([('x', 1)]) 3
HParams = namedtuple("HParams", "batch_size, lr num_layers")
hp = HParams(32, lr=0.1, num_layers=2)
print(hp, hp.batch_size, hp.lr, hp._fields)
# CHECK-NEXT: HParams(batch_size=32, lr=0.1, num_layers=2) 32 0.1 ('batch_size', 'lr', 'num_layers')
print(hp._asdict(), hp._replace(lr=0.5), hp == HParams(32, 0.1, 2), hp == HParams(32, 0.1, 3), hp == (32, 0.1, 2))
# CHECK-NEXT: {'batch_size': 32, 'lr': 0.1, 'num_layers': 2} HParams(batch_size=32, lr=0.5, num_layers=2) True False True
Point = collections.namedtuple("Point", ["x", "y"], defaults=[0])
print(Point(1), Point(1, 2), Point(y=3, x=4))
# CHECK-NEXT: Point(x=1, y=0) Point(x=1, y=2) Point(x=4, y=3)
# CHECK-NEXT: {{.*}}stdlib_collections.py:[[@LINE+1]]:1: error: {{(ValueError: )?}}Encountered duplicate field name: 'x'
namedtuple("Bad", "x y x")

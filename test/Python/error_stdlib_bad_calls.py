# RUN: %difftest %s
# Bad calls of standard-library functions raise CPython 3.11's TypeError:
# the messages of functions written in C (math, itertools, functools) and
# in Python (collections.namedtuple, re).
import collections
import functools
import itertools
import math
import os
import re
import sys
import time

P = collections.namedtuple("P", "x y")
Q = collections.namedtuple("Q", "a b", defaults=[2])
od = collections.OrderedDict(a=1)
dd = collections.defaultdict(int)
counter = collections.Counter("ab")
dq = collections.deque([1])
m = re.match("a", "a")
calls = [
    lambda: math.isclose(1),
    lambda: math.isclose(1, 2, 3),
    lambda: math.isclose(1, 2, a=1),
    lambda: math.isclose(1, 2, tol=1),
    lambda: math.sqrt(),
    lambda: math.sqrt(x=1),
    lambda: math.floor(1, 2),
    lambda: math.log(),
    lambda: math.log(x=1),
    lambda: math.pow(1),
    lambda: math.prod(),
    lambda: math.prod([1], [2]),
    lambda: math.prod([1], start=1, z=2),
    lambda: math.perm(),
    lambda: math.comb(1),
    lambda: math.hypot(x=1),
    lambda: itertools.combinations([]),
    lambda: itertools.permutations([], 1, 2),
    lambda: itertools.permutations([], z=2),
    lambda: itertools.islice([]),
    lambda: itertools.islice([], x=1),
    lambda: itertools.product([], foo=1),
    lambda: itertools.product([], repeat=1, x=1),
    lambda: itertools.accumulate(1, 2, 3),
    lambda: itertools.chain(a=1),
    lambda: itertools.chain.from_iterable(),
    lambda: itertools.groupby(),
    lambda: itertools.groupby([], None, 1),
    lambda: itertools.tee(),
    lambda: itertools.starmap(print),
    lambda: itertools.compress([]),
    lambda: functools.reduce(),
    lambda: functools.reduce(max, [], 1, 2),
    lambda: functools.partial(),
    lambda: P(1),
    lambda: P(1, 2, 3),
    lambda: P(1, 2, z=3),
    lambda: P(1, x=2),
    lambda: Q(),
    lambda: Q(1, 2, 3),
    lambda: collections.namedtuple("R", "x", 1),
    lambda: od.copy(1),
    lambda: od.move_to_end(),
    lambda: od.popitem(1, 2),
    lambda: dd.copy(1),
    lambda: collections.defaultdict(1),
    lambda: counter.most_common(1, 2),
    lambda: counter.most_common(x=1),
    lambda: counter.update(1, 2),
    lambda: counter.total(1),
    lambda: dq.append(),
    lambda: dq.append(x=1),
    lambda: dq.pop(1),
    lambda: dq.rotate(1, 2),
    lambda: collections.deque([], 1, 2),
    lambda: collections.deque(x=1),
    lambda: P._make(),
    lambda: P(1, 2)._asdict(1),
    lambda: P(1, 2)._replace(1),
    lambda: time.time(1),
    lambda: time.sleep(),
    lambda: sys.getrecursionlimit(1),
    lambda: m.start(1, 2),
    lambda: m.group(x=1),
    lambda: m.span(x=1),
    lambda: m.groups(1, 2),
    lambda: m.expand(),
    lambda: re.compile("a").match(),
    lambda: re.compile("a").sub("a", "b", 1, 2),
    lambda: math.pow(x=1),
    lambda: itertools.tee(x=1),
    lambda: dq.rotate(n=1),
    lambda: re.purge(1),
    lambda: os.path.join(),
    lambda: os.path.join("a", a="b"),
    lambda: os.path.basename(),
    lambda: re.sub("a"),
    lambda: re.compile(),
    lambda: re.match("a", "a", 0, 1),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
print(math.isclose(1, 1.0, rel_tol=0.1), math.prod([2, 3], start=2),
      list(itertools.islice(range(9), 2, 7, 2)), Q(1), functools.reduce(
          lambda a, b: a * b, [1, 2, 3], 4))

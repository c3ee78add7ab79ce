# RUN: %difftest %s
# Exceptions the interpreter raises itself, caught, with CPython's messages.
import math


def err(f):
    try:
        f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return "no error"


nothing = None


def one(x):
    return x


cases = [
    lambda: {"a": 1}["b"],
    lambda: {}[(1, 2)],
    lambda: [1, 2][5],
    lambda: (1,)[-3],
    lambda: "ab"[9],
    lambda: [].pop(),
    lambda: [1].index(7),
    lambda: "abc".index("z"),
    lambda: (3).foo,
    lambda: "s".nope,
    lambda: None.x,
    lambda: int("x1"),
    lambda: float("abc"),
    lambda: math.sqrt(-1),
    lambda: [1, 2].remove(3),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] * "a",
    lambda: len(5),
    lambda: nothing(),
    lambda: "x" < 1,
    lambda: {[]: 1},
    lambda: 1 / 0,
    lambda: 5 % 0,
    lambda: 2.0 / 0,
    lambda: undefined_name,
    lambda: next(iter([])),
    lambda: a_b_c + 1,
    lambda: dict(a=1)["A"],
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: one(),
    lambda: one(1, 2),
    lambda: one(1, y=1),
    lambda: int(None),
    lambda: sorted([1, "a"]),
    lambda: max([]),
    lambda: range(3)[7],
]
for i, c in enumerate(cases):
    print(i, err(c))


def nie():
    raise NotImplementedError("subclass must implement")


print(err(nie), err(lambda: math.factorial(-1)))
# `import no_such_module_xyz` is not here: a module scopec cannot find
# imports as an unavailable module (an error at its first use), by design
# (docs/user-guide.md, "Python in model files"; test/Frontend/
# import_unavailable.py).
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_name' from 'math'"))

# RUN: %difftest %s
# functools beyond the basics: partial objects (func/args/keywords,
# flattening, repr, type), update_wrapper/wraps details, lru_cache
# memoizing calls, errors. (cmp_to_key: functions_functools_more.py.)
import functools
from functools import partial


def conv(x, k=3, s=1, *rest, **opts):
    return "conv(%s, k=%s, s=%s, rest=%s, opts=%s)" % (x, k, s, rest, sorted(opts.items()))


p = partial(conv, "in", s=2)
q = partial(p, k=5, pad="same")
print(p(), q(), q(k=7), p.func is conv, q.func is conv, q.args, sorted(q.keywords.items()), type(p).__name__)
print(isinstance(q, functools.partial), callable(p), repr(partial(max, 1, key=abs)), partial(max)(2, 7))


def deco(fn):
    def wrapper(*a):
        return fn(*a) + 1
    return functools.update_wrapper(wrapper, fn)


@deco
def f(x):
    """Doc of f."""
    return x


f.extra = "e"
print(f(1), f.__name__, f.__doc__, f.__wrapped__(1), f.__wrapped__.__name__)


def tagged(fn):
    fn.tag = "t"
    return fn


def outer(fn):
    @functools.wraps(fn)
    def inner():
        return fn()
    return inner


@outer
@tagged
def g():
    return "g"


print(g(), g.__name__, g.tag, g.__doc__, g.__qualname__)


calls = []


@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20), len(calls), fib(20), len(calls))
for bad in [lambda: partial(), lambda: partial(3), lambda: functools.reduce(max, []), lambda: p(1, 2, 3, 4, x=1, s=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# RUN: %difftest %s
# functools.wraps, functools.partial, functools.reduce.
import functools
from functools import partial, reduce, wraps


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs)
    return wrapper


@logged
def scale(x, factor=2):
    """Scale x."""
    return x * factor


print(scale(3), scale.__name__, scale.__doc__, scale.__wrapped__(4, 3))
p = partial(scale, factor=10)
print(p(2), p(2, factor=1), p.keywords, p.args)
conv = functools.partial(lambda x, k, s: "%s k%d s%d" % (x, k, s), k=3)
print(conv("in", s=1), conv("in", k=5, s=2))
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 7),
      functools.reduce(max, [3, 9, 2]), reduce(lambda acc, s: acc + [s], "abc", []))
dims = [2, 3, 4]
print(reduce(lambda a, b: a * b, dims, 1), reduce(lambda a, b: a + b, ["x", "y"]))

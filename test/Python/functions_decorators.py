# RUN: %difftest %s
# Decorators without arguments on functions: wrapping, registering,
# stacking (applied bottom-up), returning the function unchanged.
registry = {}
calls = []


def register(fn):
    registry[fn.__name__] = fn
    return fn


def traced(fn):
    def wrapper(*args, **kwargs):
        calls.append("%s%r" % (fn.__name__, args))
        return fn(*args, **kwargs)
    return wrapper


def double(fn):
    def wrapper(*args):
        return 2 * fn(*args)
    return wrapper


@register
def relu(x):
    return max(x, 0)


@traced
@double
def add(a, b):
    return a + b


@double
@traced
def sub(a, b):
    return a - b


print(relu(-1), sorted(registry), registry["relu"] is relu)
print(add(1, 2), sub(5, 3), calls, add.__name__, sub.__name__)


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache))

# RUN: %difftest %s
# Decorators with arguments (decorator factories) on functions, and
# decorators on classes.
LAYERS = {}


def layer(name, trainable=True):
    def deco(fn):
        LAYERS[name] = (fn.__name__, trainable)
        return fn
    return deco


def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco


@layer("dense")
def dense_fn(x):
    return x


@layer("frozen", trainable=False)
def frozen_fn(x):
    return x


@repeat(3)
def hello(who):
    return "hi " + who


print(sorted(LAYERS.items()), hello("x"))


def add_repr(cls):
    def __repr__(self):
        return "%s(%s)" % (cls.__name__, ", ".join(
            "%s=%r" % kv for kv in sorted(vars(self).items())))
    cls.__repr__ = __repr__
    return cls


def tagged(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco


@tagged("model")
@add_repr
class Net:
    def __init__(self, depth):
        self.depth = depth
        self.name = "net"


print(Net(3), Net.tag, Net.__name__)

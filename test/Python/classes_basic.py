# RUN: %difftest %s
# Classes: __init__, methods, class attributes shared by instances, instance
# attributes shadowing them, methods calling methods, bound methods as values.
import tensorflow as tf


class Counter:
    """A counter."""
    total = 0
    step = 1

    def __init__(self, name, start=0):
        self.name = name
        self.value = start
        Counter.total += 1

    def bump(self, n=None):
        self.value += self.step if n is None else n
        return self

    def describe(self):
        return "%s=%d" % (self.name, self.value)


a = Counter("a")
b = Counter("b", 10)
a.bump().bump(5)
b.bump()
print(a.describe())
print(b.describe())
print(Counter.total)
print(a.total)
b.step = 100
b.bump()
print(b.value, a.step, b.step, Counter.step)
Counter.step = 2
a.bump()
print(a.value, Counter.__name__, type(a).__name__, type(a) is Counter)
m = a.bump
m()
m(7)
print(a.value, a.__dict__ == {"name": "a", "value": 12}, sorted(vars(b)))


class Empty:
    pass


e = Empty()
e.x = 1
e.y = [e.x, 2]
print(e.x, e.y, hasattr(e, "z"), isinstance(e, Empty), isinstance(e, object))


class Layer(object):
    registry = []

    def __init__(self, units):
        self.units = units
        self.registry.append(units)

    def build(self, inputs):
        with tf.variable_scope("layer%d" % len(self.registry)):
            return tf.get_variable("w", [inputs, self.units]).name


print(Layer(3).build(2), Layer(4).build(3), Layer.registry)

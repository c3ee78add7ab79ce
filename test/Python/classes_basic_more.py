# RUN: %difftest %s
# The part of classes_basic.py that scopec does not run like CPython yet.
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
print(Counter.__doc__)
b.step = 100
b.bump()
Counter.step = 2
a.bump()
m = a.bump
m()
m(7)


class Empty:
    pass


e = Empty()
e.x = 1
e.y = [e.x, 2]


class Layer(object):
    registry = []

    def __init__(self, units):
        self.units = units
        self.registry.append(units)

    def build(self, inputs):
        with tf.variable_scope("layer%d" % len(self.registry)):
            return tf.get_variable("w", [inputs, self.units]).name



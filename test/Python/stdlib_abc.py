# RUN: %difftest %s
# REQUIRES: python-six
# Abstract base classes as model files declare interfaces: abc.ABC,
# metaclass=abc.ABCMeta, six.add_metaclass / six.with_metaclass(ABCMeta),
# abstractmethod, abstractproperty; concrete subclasses work as usual.
import abc
import six


class Layer(abc.ABC):
    @abc.abstractmethod
    def build(self, x):
        """Builds the layer."""

    def __call__(self, x):
        return "%s(%s)" % (type(self).__name__, self.build(x))


class Base(metaclass=abc.ABCMeta):
    @abc.abstractproperty
    def name(self):
        pass


@six.add_metaclass(abc.ABCMeta)
class Model(object):
    @abc.abstractmethod
    def logits(self):
        pass

    def describe(self):
        return "model:" + self.logits()


class Net(six.with_metaclass(abc.ABCMeta, Model)):
    def logits(self):
        return "dense"


class Dense(Layer):
    def build(self, x):
        return x * 2


class Named(Base):
    @property
    def name(self):
        return "named"


print(Dense()(3), Named().name, Net().describe(), isinstance(Net(), Model), issubclass(Dense, abc.ABC),
      Layer.build.__isabstractmethod__, Layer.build.__doc__)

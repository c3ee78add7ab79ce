# RUN: %difftest %s
# Every object has __class__ (its type); the built-in types have __bases__
# and __mro__.
print(().__class__, (1).__class__.__name__, "x".__class__ is str)
print([].__class__.__mro__, {}.__class__.__bases__)
print(bool.__mro__, bool.__bases__, True.__class__.__mro__[1] is int)
print(type(None).__name__, (1.5).__class__ is float, range(2).__class__)


class Mine(object):
    pass


print(Mine().__class__.__name__, Mine.__bases__, Mine.__mro__[1] is object)

# RUN: %difftest %s
# isinstance, type(), callable, hasattr/getattr on built-in values only.
import tensorflow as tf

print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int),
      isinstance(1, (str, float, int)), isinstance("s", str), isinstance([], list),
      isinstance((), tuple), isinstance({}, dict), isinstance(None, type(None)))
print(type(1) is int, type(1.0) == float, type("") is str, type([]) is list,
      type(True) is bool, type(None).__name__, type(3).__name__, type({}).__name__)
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object))
print(callable(len), callable(print), callable(1), callable(lambda: 1), callable(str),
      callable(tf.get_variable))
print(hasattr("abc", "upper"), hasattr([], "nope"), getattr("abc", "upper")(),
      getattr([], "nope", 42))
print(object)

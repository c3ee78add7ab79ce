# RUN: %difftest %s
# The part of builtins_introspection_basic.py that scopec does not run like CPython yet.
# isinstance, type(), callable, hasattr/getattr on built-in values only.
import tensorflow as tf

print(int)
print(str)
print(float)
print(list)
print(dict)
print(tuple)
print(bool)
print(type)

# RUN: %difftest %s
# An uncaught raise at module level: type, message and line.
import tensorflow as tf
print("before")
raise ValueError("bad value")
print("never")

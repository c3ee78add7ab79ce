# RUN: %difftest %s
# assert statements that hold, with and without messages; the message is
# not evaluated when the assertion holds.
import tensorflow as tf


def never():
    raise RuntimeError("message evaluated")


assert True
assert 1 < 2, never()
assert [0], "non-empty list is true"
with tf.variable_scope("s"):
    w = tf.get_variable("w", [2, 3])
assert w.name == "s/w:0", "got " + w.name
assert w.shape.as_list() == [2, 3]
print("all asserts held")

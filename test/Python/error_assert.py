# RUN: %difftest %s
# A failing assert with a message.
import tensorflow as tf
with tf.variable_scope("foo"):
    v = tf.get_variable("v", [1])
assert v.name == "foo/v:0", "ok"
assert v.name == "bar/v:0", "got " + v.name

# RUN: %difftest %s
# TensorFlow's sharing errors are ValueErrors raised by tf.get_variable at
# once: a try can catch them, the failed lookup creates nothing, and the
# program goes on.
import tensorflow as tf
with tf.variable_scope("a"):
    w = tf.get_variable("w", [1])
try:
    with tf.variable_scope("a"):
        tf.get_variable("w", [1])
except ValueError as e:
    print("caught:", e)
try:
    with tf.variable_scope("b", reuse=True):
        tf.get_variable("v", [2])
except ValueError as e:
    print("caught:", e)
with tf.variable_scope("b"):
    v = tf.get_variable("v", [2])
with tf.variable_scope("a", reuse=True):
    w2 = tf.get_variable("w", [1])
print(w.name, v.name, w2.name, w2 is w, len(tf.global_variables()))

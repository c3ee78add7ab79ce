# RUN: %difftest %s
# TensorFlow's error for a variable created twice without reuse.
import tensorflow as tf
with tf.variable_scope("a"):
    tf.get_variable("w", [1])
print("first ok")
with tf.variable_scope("a"):
    tf.get_variable("w", [1])

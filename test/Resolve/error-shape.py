# RUN: not scopec %s --emit=resolved 2>&1 | FileCheck %s

# Sharing with another shape, TF's message with Python tuple shapes.

# CHECK: error-shape.py:13:{{[0-9]+}}: error: ValueError: Trying to share variable conv1/weights, but specified shape (5, 5, 3, 32) and found shape (5, 5, 32, 32).
# CHECK: error-shape.py:11:{{[0-9]+}}: note: variable 'conv1/weights' was created here

import tensorflow as tf

with tf.variable_scope("conv1"):
    w = tf.get_variable("weights", [5, 5, 32, 32])
with tf.variable_scope("conv1", reuse=True):
    w2 = tf.get_variable("weights", [5, 5, 3, 32])

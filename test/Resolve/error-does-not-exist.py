# RUN: not scopec %s --emit=resolved 2>&1 | FileCheck %s

# reuse=True only finds variables; a tf.Variable is not one of them.

# CHECK: error-does-not-exist.py:11:{{[0-9]+}}: error: ValueError: Variable W does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
# CHECK-NOT: note:

import tensorflow as tf
W = tf.Variable(tf.zeros([2]), name="W")
with tf.variable_scope("", reuse=True):
    w = tf.get_variable("W", [2])

# RUN: not scopec %s --emit=resolved 2>&1 | FileCheck %s

# Reopening a scope by name does not make it reusing.

# CHECK: error-reopened-scope.py:13:{{[0-9]+}}: error: ValueError: Variable one/v already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?
# CHECK: error-reopened-scope.py:11:{{[0-9]+}}: note: variable 'one/v' was created here

import tensorflow as tf

with tf.variable_scope("one"):
    a = tf.get_variable("v", shape=[1])
with tf.variable_scope("one"):
    b = tf.get_variable("v", shape=[1])

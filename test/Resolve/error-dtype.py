# RUN: not scopec %s --emit=resolved 2>&1 | FileCheck %s

# Sharing with another dtype; the found dtype prints as TF's ref type.

# CHECK: error-dtype.py:12:{{[0-9]+}}: error: ValueError: Trying to share variable v, but specified dtype float64 and found dtype float32_ref.
# CHECK: error-dtype.py:11:{{[0-9]+}}: note: variable 'v' was created here

import tensorflow as tf

with tf.variable_scope("", reuse=tf.AUTO_REUSE):
    v = tf.get_variable("v", [2])
    v64 = tf.get_variable("v", [2], dtype=tf.float64)

# RUN: not scopec %s --emit=resolved 2>&1 | FileCheck %s

# A value initializer gives the shape; giving one too is an error.

# CHECK: error-constant-shape.py:9:{{[0-9]+}}: error: ValueError: If initializer is a constant, do not specify shape.

import tensorflow as tf

c = tf.get_variable("c", [2], initializer=tf.constant([1.0, 2.0]))

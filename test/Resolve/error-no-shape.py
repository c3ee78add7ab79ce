# RUN: not scopec %s --emit=resolved 2>&1 | FileCheck %s

# A new variable needs a shape unless its initializer is a value.

# CHECK: error-no-shape.py:9:{{[0-9]+}}: error: ValueError: The initializer passed is not valid. It should be a callable with no arguments and the shape should not be provided or an instance of `tf.keras.initializers.*' and `shape` should be fully defined.

import tensorflow as tf

v = tf.get_variable("v", initializer=tf.random_normal_initializer())

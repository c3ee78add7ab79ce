# RUN: not scopec %s --emit=resolved 2>&1 | FileCheck %s

# An explicit dtype must be the value initializer's.

# CHECK: error-initializer-dtype.py:9:{{[0-9]+}}: error: ValueError: Initializer type 'float32' and explicit dtype 'int32' don't match.

import tensorflow as tf

c = tf.get_variable("c", dtype=tf.int32, initializer=tf.constant([1.0, 2.0]))

# RUN: not scopec %s --emit=resolved 2>&1 | FileCheck %s

# A helper building tf.layers.dense under a fixed scope, called twice: the
# sharing error is at the layer's line in the helper, with the model's call
# chain (the calls TF's own layers code makes are not shown).

# CHECK: error-called-from-layers.py:[[#LINE:]]:{{[0-9]+}}: error: ValueError: Variable head/dense/kernel already exists, disallowed.
# CHECK-NEXT: return tf.layers.dense(x, 4)
# CHECK: note: called from
# CHECK-NEXT: y = head(head(x))
# CHECK: note: variable 'head/dense/kernel' was created here
# CHECK: note: called from
# CHECK-NEXT: y = head(head(x))
# CHECK-NOT: error:

import tensorflow as tf


def head(x):
    with tf.variable_scope("head"):
        return tf.layers.dense(x, 4)


x = tf.placeholder(tf.float32, [2, 4], name="x")
y = head(head(x))

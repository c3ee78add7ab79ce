# A model that imports a sibling module and one from an -I directory, and
# points sys.path at a directory holding a module it then imports (never
# read: such a module is unavailable, and this one is never used).
import sys

import tensorflow as tf
from helper import dense
import extra

sys.path.insert(0, extra.OUTSIDE)
import evil

x = tf.placeholder(tf.float32, [1, 4], name="x")
with tf.variable_scope("dense"):
    y = dense(x, 2)
print(extra.NAME)

# tf.pad builds TF 1.15's op types (Pad, PadV2, MirrorPad) and names, with
# paddings from a list, an array or a constant tensor; bad paddings are
# TF's shape errors at the call, paddings computed by the model a located
# error.
# RUN: rm -rf %t && split-file %s %t
# RUN: scopec %t/names.py --emit=scoped 2>&1 | FileCheck %t/names.py
# RUN: not scopec %t/rank.py --emit=scoped 2>&1 | FileCheck %t/rank.py
# RUN: not scopec %t/negative.py --emit=scoped 2>&1 | FileCheck %t/negative.py
# RUN: not scopec %t/reflect.py --emit=scoped 2>&1 | FileCheck %t/reflect.py
# RUN: not scopec %t/symmetric.py --emit=scoped 2>&1 | FileCheck %t/symmetric.py
# RUN: not scopec %t/computed.py --emit=scoped 2>&1 | FileCheck %t/computed.py
# RUN: not scopec %t/mode.py --emit=scoped 2>&1 | FileCheck %t/mode.py
#--- names.py
import numpy as np
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3], name="x")
with tf.name_scope("block"):
    a = tf.pad(x, [[1, 1], [0, 2]])
    b = tf.pad(x, np.array([[0, 1], [2, 2]]), "REFLECT", name="mirror")
    c = tf.pad(x, tf.constant([[1, 2], [3, 0]]), mode="Symmetric")
    d = tf.pad(x, [[0, 0], [1, 1]], constant_values=1.5)
print(a, b, c, d)
# CHECK: Tensor("block/Pad:0", shape=(4, 5), dtype=float32) Tensor("block/mirror:0", shape=(3, 7), dtype=float32) Tensor("block/MirrorPad:0", shape=(5, 6), dtype=float32) Tensor("block/PadV2:0", shape=(2, 5), dtype=float32)
# CHECK: scope.pad %{{.*}} {after = array<i64: 1, 2>, before = array<i64: 1, 0>, mode = "CONSTANT", value = 0.000000e+00 : f64} : tensor<2x3xf32> -> tensor<4x5xf32> loc("block/Pad"
# CHECK: mode = "REFLECT"
# CHECK: mode = "SYMMETRIC"
# CHECK: mode = "CONSTANT", value = 1.500000e+00 : f64
#--- rank.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3], name="x")
# CHECK: rank.py:[[@LINE+1]]:5: error: The first dimension of paddings must be the rank of inputs[1,2] [2,3] for 'Pad' (op: 'Pad') with input shapes: [2,3].
y = tf.pad(x, [[1, 1]])
#--- negative.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3], name="x")
# CHECK: negative.py:[[@LINE+1]]:5: error: Paddings must be non-negative: 0 -1 for 'Pad'
y = tf.pad(x, [[1, 1], [0, -1]])
#--- reflect.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3], name="x")
# CHECK: reflect.py:[[@LINE+1]]:5: error: paddings must be less than the dimension size: 2, 0 not less than 2 for 'MirrorPad'
y = tf.pad(x, [[2, 0], [0, 0]], "REFLECT")
#--- symmetric.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3], name="x")
# CHECK: symmetric.py:[[@LINE+1]]:5: error: paddings must be no greater than the dimension size: 0, 4 greater than 3 for 'MirrorPad'
y = tf.pad(x, [[0, 0], [0, 4]], "SYMMETRIC")
#--- computed.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3], name="x")
p = tf.placeholder(tf.int32, [2, 2], name="p")
# CHECK: computed.py:[[@LINE+1]]:5: error: tf.pad with paddings computed by the model is not supported by scopec: pass a list or a constant
y = tf.pad(x, p)
#--- mode.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3], name="x")
# CHECK: mode.py:[[@LINE+1]]:5: error: ValueError: Unknown padding mode: EDGE
y = tf.pad(x, [[0, 0], [0, 1]], "edge")

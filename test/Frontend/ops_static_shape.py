# tf.shape / tf.size / tf.rank are constants (scopec's shapes are static),
# and small integer computations on constants fold to constants named as
# their ops, so shapes computed the way model files write them
# (`tf.shape(x)[0]`, `n * 2`, `tf.stack([...])`) serve tf.reshape, tf.zeros
# and friends. Float arithmetic on constants is not folded; an integer
# tensor computed from an input is not static: a located error.
# RUN: rm -rf %t && split-file %s %t
# RUN: scopec %t/main.py --emit=scoped --batch 2 2>&1 | FileCheck %t/main.py
# RUN: scopec %t/main.py --interpret --batch 2 --fetch flat_sum 2>&1 | FileCheck %t/main.py --check-prefix=EXEC
# RUN: not scopec %t/dynamic.py --emit=scoped 2>&1 | FileCheck %t/dynamic.py
# RUN: not scopec %t/unbound.py --emit=scoped 2>&1 | FileCheck %t/unbound.py
#--- main.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 2, 3], name="x")
s = tf.shape(x)
batch = tf.shape(x)[0]
print(s, batch, tf.size(x, out_type=tf.int64), tf.rank(x))
# CHECK: Tensor("Shape:0", shape=(3,), dtype=int32) Tensor("strided_slice:0", shape=(), dtype=int32) Tensor("Size:0", shape=(), dtype=int64) Tensor("Rank:0", shape=(), dtype=int32)
print(tf.get_static_value(s), tf.get_static_value(batch),
      tf.get_static_value(tf.shape(x)[1] * tf.shape(x)[2] + 1),
      tf.get_static_value(tf.stack([batch, -1])))
# CHECK-NEXT: [2 2 3] 2 7 [ 2 -1]
flat = tf.reshape(x, [batch, -1])
flat2 = tf.reshape(x, tf.stack([tf.shape(x)[0], 6]))
zeros = tf.zeros([batch, tf.shape(x)[2] // 2])
half = tf.constant(2.0) * 0.5
print(flat, flat2, zeros, tf.get_static_value(half))
# CHECK-NEXT: Tensor("Reshape:0", shape=(2, 6), dtype=float32) Tensor("Reshape_1:0", shape=(2, 6), dtype=float32) Tensor("zeros:0", shape=(2, 1), dtype=float32) None
flat_sum = tf.reduce_sum(flat, 1) + tf.reduce_sum(flat2, 1)
# CHECK: scope.reshape %{{.*}} : tensor<2x2x3xf32> -> tensor<2x6xf32> loc("Reshape"
# CHECK: scope.mul {{.*}} : tensor<f32>, tensor<f32> -> tensor<f32> loc("mul_1"
# EXEC: output flat_sum shape=[2] dtype=float32
#--- dynamic.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
n = tf.placeholder(tf.int32, [], name="n")
# CHECK: dynamic.py:[[@LINE+1]]:5: error: shape must be integers known at compile time (scopec shapes are static), not 'add:0'
y = tf.reshape(x, [n + 1, -1])
#--- unbound.py
import tensorflow as tf
x = tf.placeholder(tf.float32, name="x")
# CHECK: unbound.py:[[@LINE+1]]:5: error: placeholder 'x' has no shape and no value
s = tf.shape(x)

# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3, 4], name="x")
r = tf.reshape(x, [-1, 4])
t = tf.transpose(x, perm=[2, 0, 1])
t2 = tf.transpose(r)
c = tf.concat([x, x], axis=-1)
s = tf.split(x, 2, axis=2)
s3 = tf.split(x, [1, -1], 1)
m = tf.reduce_mean(x, axis=[1, 2])
k = tf.reduce_sum(x, 1, keep_dims=True)
a = tf.reduce_sum(x)
q = tf.squeeze(tf.expand_dims(x, 0))
e = tf.expand_dims(x, -1)
for v in (r, t, t2, c, s[0], s[1], s3[1], m, k, a, q, e):
    print(v.name, v.shape)
# CHECK: Reshape:0 (6, 4)
# CHECK-NEXT: transpose:0 (4, 2, 3)
# CHECK-NEXT: transpose_1:0 (4, 6)
# CHECK-NEXT: concat:0 (2, 3, 8)
# CHECK-NEXT: split:0 (2, 3, 2)
# CHECK-NEXT: split:1 (2, 3, 2)
# CHECK-NEXT: split_1:1 (2, 2, 4)
# CHECK-NEXT: Mean:0 (2,)
# CHECK-NEXT: Sum:0 (2, 1, 4)
# CHECK-NEXT: Sum_1:0 ()
# CHECK-NEXT: Squeeze:0 (2, 3, 4)
# CHECK-NEXT: ExpandDims_1:0 (2, 3, 4, 1)
# CHECK: scope.reshape %{{.*}} : tensor<2x3x4xf32> -> tensor<6x4xf32> {{.*}}"Reshape"
# CHECK: scope.transpose %{{.*}} {perm = array<i64: 2, 0, 1>}
# CHECK: scope.concat %{{.*}}, %{{.*}} {axis = 2 : i64} : tensor<2x3x4xf32>, tensor<2x3x4xf32> -> tensor<2x3x8xf32>
# CHECK: scope.split %{{.*}} {axis = 2 : i64} : tensor<2x3x4xf32> -> tensor<2x3x2xf32>, tensor<2x3x2xf32>
# CHECK: scope.reduce_mean %{{.*}} {axes = array<i64: 1, 2>} : tensor<2x3x4xf32> -> tensor<2xf32>
# CHECK: scope.reduce_sum %{{.*}} {axes = array<i64: 1>, keep_dims = true}
# CHECK: scope.reshape {{.*}}"ExpandDims"
# CHECK: scope.reshape {{.*}}"Squeeze"

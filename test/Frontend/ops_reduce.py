# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# Reductions and argmax/argmin: TF 1.15's op names, result shapes and
# dtypes, the v1 keyword aliases (reduction_indices, keep_dims, dimension)
# and the IR each builds.
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
i = tf.placeholder(tf.int32, [4, 6], name="i")
b = tf.placeholder(tf.bool, [4, 6], name="b")
ys = [tf.reduce_max(x, 1), tf.reduce_min(x, axis=[0], keepdims=True),
      tf.reduce_prod(i, reduction_indices=1, keep_dims=True),
      tf.reduce_any(b, 1), tf.reduce_all(b), tf.argmax(x, 1),
      tf.argmin(i, dimension=0, output_type=tf.int32), tf.math.argmax(x),
      tf.reduce_mean(i, 0), tf.reduce_sum(x, name="total"),
      tf.reduce_max(x, []), tf.math.reduce_min(x, -1)]
for y in ys:
    print(y.name, y.shape, y.dtype.name, y.op.type)
# CHECK: Max:0 (4,) float32 Max
# CHECK-NEXT: Min:0 (1, 6) float32 Min
# CHECK-NEXT: Prod:0 (4, 1) int32 Prod
# CHECK-NEXT: Any:0 (4,) bool Any
# CHECK-NEXT: All:0 () bool All
# CHECK-NEXT: ArgMax:0 (4,) int64 ArgMax
# CHECK-NEXT: ArgMin:0 (6,) int32 ArgMin
# CHECK-NEXT: ArgMax_1:0 (6,) int64 ArgMax
# CHECK-NEXT: Mean:0 (6,) int32 Mean
# CHECK-NEXT: total:0 () float32 Sum
# CHECK-NEXT: Max_1:0 (4, 6) float32 Max
# CHECK-NEXT: Min_1:0 (4,) float32 Min
# CHECK: scope.reduce_max %{{.*}} {axes = array<i64: 1>} : tensor<4x6xf32> -> tensor<4xf32>
# CHECK: scope.reduce_min %{{.*}} {axes = array<i64: 0>, keep_dims = true} : tensor<4x6xf32> -> tensor<1x6xf32>
# CHECK: scope.reduce_prod %{{.*}} {axes = array<i64: 1>, keep_dims = true} : tensor<4x6xi32> -> tensor<4x1xi32>
# CHECK: scope.reduce_any %{{.*}} {axes = array<i64: 1>} : tensor<4x6xi1> -> tensor<4xi1>
# CHECK: scope.reduce_all %{{.*}} {axes = array<i64: 0, 1>} : tensor<4x6xi1> -> tensor<i1>
# CHECK: scope.arg_max %{{.*}} {axis = 1 : i64} : tensor<4x6xf32> -> tensor<4xi64>
# CHECK: scope.arg_min %{{.*}} {axis = 0 : i64} : tensor<4x6xi32> -> tensor<6xi32>
# CHECK: scope.arg_max %{{.*}} {axis = 0 : i64} : tensor<4x6xf32> -> tensor<6xi64>
# CHECK: scope.reduce_mean %{{.*}} {axes = array<i64: 0>} : tensor<4x6xi32> -> tensor<6xi32>
# CHECK: scope.reduce_sum %{{.*}} {axes = array<i64: 0, 1>} : tensor<4x6xf32> -> tensor<f32>
# CHECK: scope.identity
# CHECK: scope.reduce_min %{{.*}} {axes = array<i64: 1>} : tensor<4x6xf32> -> tensor<4xf32>

# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
x = tf.placeholder(tf.float32, shape=(None, 32), name="x")
w = tf.get_variable("w", [32, 10])
y = x @ w
z = tf.matmul(y, w, transpose_b=True)
print(y.op.name, y.shape, z.op.name, z.shape)
# CHECK: matmul (1, 10) MatMul_1 (1, 32)
# CHECK: scope.matmul %{{.*}}, %{{.*}} : tensor<1x32xf32>, tensor<32x10xf32> -> tensor<1x10xf32> {{.*}}"matmul"
# CHECK: scope.matmul %{{.*}}, %{{.*}} {transpose_b = true} : tensor<1x10xf32>, tensor<32x10xf32> -> tensor<1x32xf32> {{.*}}"MatMul_1"

# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# Constant and random tensors consumed by ops become scope.constant (random
# values drawn from the initializer library, keyed by the op name).
import numpy as np
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3], name="x")
y = x + tf.constant([1.0, 2.0, 3.0])
z = y * tf.random_normal([2, 3], seed=1)
u = z + tf.zeros([3]) + tf.ones([2, 1])
v = u - np.array([[0.5, 0.5, 0.5]], dtype=np.float32)
print(tf.constant([[1, 2], [3, 4]]), tf.random_uniform([2]).op.name)
# CHECK: Tensor("Const_1:0", shape=(2, 2), dtype=int32) random_uniform
# CHECK: scope.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf32> {{.*}}"Const"
# CHECK: scope.constant dense<{{.*}}> : tensor<2x3xf32> {{.*}}"random_normal"
# CHECK: scope.constant dense<0.000000e+00> : tensor<3xf32> {{.*}}"zeros"
# CHECK: scope.constant dense<1.000000e+00> : tensor<2x1xf32> {{.*}}"ones"
# CHECK: scope.constant dense<5.000000e-01> : tensor<1x3xf32> {{.*}}"sub/y"

# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 32, 32, 3], name="x")
with tf.variable_scope("conv1"):
    w = tf.get_variable("w", [3, 3, 3, 8])
    b = tf.get_variable("b", [8], initializer=tf.zeros_initializer())
    y = tf.nn.relu(tf.nn.bias_add(tf.nn.conv2d(x, w, strides=[1, 2, 2, 1], padding="VALID"), b))
    z = tf.nn.conv2d(y, tf.get_variable("w2", [3, 3, 8, 8]), [1, 1, 1, 1], "SAME", dilations=[1, 2, 2, 1], name="dil")
    r6 = tf.nn.relu6(z)
print(y.shape, z.get_shape().as_list(), r6.op.name)
# CHECK: (1, 15, 15, 8) [1, 15, 15, 8] conv1/Relu6
# CHECK: %[[X:.*]] = scope.placeholder "x" : tensor<1x32x32x3xf32>
# CHECK: %[[C:.*]] = scope.conv2d %[[X]], %{{.*}} {dilations = array<i64: 1, 1>, padding = #scope.padding<VALID>, strides = array<i64: 2, 2>} : tensor<1x32x32x3xf32>, tensor<3x3x3x8xf32> -> tensor<1x15x15x8xf32> loc("conv1/Conv2D"
# CHECK: %[[B:.*]] = scope.bias_add %[[C]], %{{.*}} : tensor<1x15x15x8xf32>, tensor<8xf32> {{.*}}"conv1/BiasAdd"
# CHECK: scope.relu %[[B]] : tensor<1x15x15x8xf32> {{.*}}"conv1/Relu"
# CHECK: scope.conv2d {{.*}}dilations = array<i64: 2, 2>, padding = #scope.padding<SAME>{{.*}}"conv1/dil"
# CHECK: scope.output "r6"

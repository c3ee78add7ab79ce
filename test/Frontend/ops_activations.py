# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 10], name="x")
outs = [tf.sigmoid(x), tf.nn.sigmoid(x), tf.tanh(x), tf.nn.tanh(x),
        tf.nn.softmax(x), tf.nn.softmax(x, axis=0), tf.identity(x, name="same")]
print([o.op.name for o in outs])
# CHECK: ['Sigmoid', 'Sigmoid_1', 'Tanh', 'Tanh_1', 'Softmax', 'Softmax_1', 'same']
# CHECK: scope.sigmoid
# CHECK: scope.tanh
# CHECK: scope.softmax %{{.*}} {axis = 1 : i64}
# CHECK: scope.softmax %{{.*}} {axis = 0 : i64}
# CHECK: scope.identity

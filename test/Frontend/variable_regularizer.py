# tf.get_variable(regularizer=) and tf.variable_scope(regularizer=): the
# loss is built once, when the variable is created, under NAME/Regularizer/
# and collected in REGULARIZATION_LOSSES; nested scopes inherit the scope's
# regularizer; a regularizer returning None adds nothing; the losses are
# training-time ops, never default fetches.
# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf


def l2(scale):
    def f(w):
        return scale * tf.nn.l2_loss(w)
    return f


with tf.variable_scope("net", regularizer=l2(0.1)) as net:
    w = tf.get_variable("w", [2, 3])
    with tf.variable_scope("inner"):
        v = tf.get_variable("v", [3], regularizer=l2(0.5))
        u = tf.get_variable("u", [3])
    t = tf.get_variable("t", [3], regularizer=lambda x: None)
with tf.variable_scope(net, reuse=True):
    w2 = tf.get_variable("w", [2, 3])
with tf.variable_scope("other") as other:
    other.set_regularizer(l2(1.0))
    s = tf.get_variable("s", [1])
print([t.name for t in tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)])
# CHECK: ['net/w/Regularizer/mul:0', 'net/inner/v/Regularizer/mul:0', 'net/inner/u/Regularizer/mul:0', 'other/s/Regularizer/mul:0']
print(net.regularizer is not None, tf.get_variable_scope().regularizer)
# CHECK-NEXT: True None
x = tf.placeholder(tf.float32, [1, 2], name="x")
y = tf.matmul(x, w)
# CHECK: scope.mul {{.*}} loc("net/w/Regularizer/mul"
# CHECK-NOT: scope.output "net
# CHECK: scope.output "y"
# CHECK-NOT: scope.output

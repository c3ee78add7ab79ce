# tf.contrib.layers / slim / framework build TF 1.15's variables and names:
# weights/biases under the layer's scope (`fully_connected`, `Conv`,
# `BatchNorm` defaults, uniquified), arg_scope defaults and nesting,
# slim.repeat/stack scopes, regularization losses, MODEL_VARIABLES, the
# import forms model files use, and clear errors for what is not built.
# RUN: scopec %s --emit=scoped --feed is_training=False 2>&1 | FileCheck %s
import tensorflow as tf
import tensorflow.contrib.slim as slim
from tensorflow.contrib.layers import fully_connected, xavier_initializer
from tensorflow.contrib.framework import arg_scope

x = tf.placeholder(tf.float32, [2, 8, 8, 3], name="x")
is_training = tf.placeholder(tf.bool, name="is_training")
with arg_scope([slim.conv2d, slim.fully_connected],
               weights_regularizer=slim.l2_regularizer(0.0005),
               normalizer_fn=slim.batch_norm,
               normalizer_params={"is_training": is_training}) as sc:
    with arg_scope([slim.conv2d], padding="VALID"):
        net = slim.conv2d(x, 4, [3, 3])
    net = slim.conv2d(net, 4, [3, 3])
    net = slim.max_pool2d(net, [2, 2])
    net = slim.stack(net, slim.conv2d, [(2, [3, 3]), (3, [1, 1])], scope="stack")
    net = slim.flatten(net)
    net = slim.fully_connected(net, 10, normalizer_fn=None, scope="fc")
print(len(sc))
# CHECK: 2
h = fully_connected(net, 5, weights_initializer=xavier_initializer(False))
h = tf.contrib.layers.dropout(h, 0.5, is_training=is_training)
h2 = fully_connected(h, 3)
for v in tf.global_variables():
    print(v.name, v.shape)
# CHECK-NEXT: Conv/weights:0 (3, 3, 3, 4)
# CHECK-NEXT: Conv/BatchNorm/beta:0 (4,)
# CHECK-NEXT: Conv/BatchNorm/moving_mean:0 (4,)
# CHECK-NEXT: Conv/BatchNorm/moving_variance:0 (4,)
# CHECK-NEXT: Conv_1/weights:0 (3, 3, 4, 4)
# CHECK: stack/stack_1/weights:0 (3, 3, 4, 2)
# CHECK: stack/stack_2/weights:0 (1, 1, 2, 3)
# CHECK: fc/weights:0 (27, 10)
# CHECK-NEXT: fc/biases:0 (10,)
# CHECK-NEXT: fully_connected/weights:0 (10, 5)
# CHECK-NEXT: fully_connected/biases:0 (5,)
# CHECK-NEXT: fully_connected_1/weights:0 (5, 3)
# CHECK-NEXT: fully_connected_1/biases:0 (3,)
print(net.shape, [l.name for l in tf.losses.get_regularization_losses()][:2])
# CHECK-NEXT: (2, 10) ['Conv/kernel/Regularizer/l2_regularizer:0', 'Conv_1/kernel/Regularizer/l2_regularizer:0']
print(len(slim.get_model_variables()), len(slim.get_variables("fc")),
      [v.name for v in slim.get_variables_to_restore(exclude=["Conv", "stack", "fc"])])
# CHECK-NEXT: 22 2 ['fully_connected/weights:0', 'fully_connected/biases:0', 'fully_connected_1/weights:0', 'fully_connected_1/biases:0']
print(h, h2)
# CHECK-NEXT: Tensor("Dropout/Identity:0", shape=(2, 5), dtype=float32) Tensor("fully_connected_1/Relu:0", shape=(2, 3), dtype=float32)


def show(f):
    try:
        f()
    except (ValueError, TypeError, AttributeError, NotImplementedError) as e:
        print(type(e).__name__ + ": " + str(e))


show(lambda: slim.l2_regularizer(1))
# CHECK-NEXT: ValueError: scale cannot be an integer: 1
show(lambda: slim.l2_regularizer(-0.5))
# CHECK-NEXT: ValueError: Setting a scale less than 0 on a regularizer: -0.5
show(lambda: slim.variance_scaling_initializer(mode="fan_in"))
# CHECK-NEXT: TypeError: Unknown mode fan_in [FAN_IN, FAN_OUT, FAN_AVG]
show(lambda: slim.fully_connected(net, 2.0))
# CHECK-NEXT: ValueError: num_outputs should be int or long, got 2.0.
show(lambda: slim.conv2d(x, 2, 3, data_format="NCHW"))
# CHECK-NEXT: NotImplementedError: tf.contrib.layers.conv2d(data_format='NCHW') is not supported by scopec: its kernels are NHWC
show(lambda: arg_scope([tf.nn.relu], x=1).__enter__())
# CHECK-NEXT: ValueError: {{.*}}relu{{.*}} is not decorated with @add_arg_scope
show(lambda: tf.contrib.seq2seq)
# CHECK-NEXT: AttributeError: tf.contrib.seq2seq is not supported by scopec (it builds tf.contrib.layers, tf.contrib.slim, tf.contrib.framework, tf.contrib.rnn's cells and tf.contrib.legacy_seq2seq's rnn_decoder)
show(lambda: slim.nets)
# CHECK-NEXT: AttributeError: tf.contrib.slim.nets is not supported by scopec
show(lambda: tf.contrib.layers.conv2d_in_plane)
# CHECK-NEXT: AttributeError: tf.contrib.layers.conv2d_in_plane is not supported by scopec

# CHECK: scope.conv2d {{.*}} loc("Conv/Conv2D"
# CHECK: scope.identity {{.*}} loc("Dropout/Identity"

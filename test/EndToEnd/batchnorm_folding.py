# Inference batch normalization folded into the weights of the convolution
# or matmul before it (scope-fold-batch-norm): tf.layers batch norm after a
# conv2d (+ relu: one fused convolution), contrib batch_norm after a conv
# with scale, tf.nn.batch_normalization after a depthwise convolution, batch
# norm after a dense layer and after a transposed convolution, all with
# non-trivial moving statistics, and a dense layer reshaped to an image then
# batch-normalized (a DCGAN generator's input layer). The executable (folded) and the
# interpreter (which runs the unfolded graph) against numpy
# (Inputs/batchnorm_folding_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/batchnorm_folding_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 6 outputs
# Every scale is folded (no scope.mul is left), conv + bn + relu is one
# fused convolution, dense + bn one fused matmul.
# RUN: scopec %s --emit=fused | FileCheck %s --check-prefix=FUSED --implicit-check-not=scope.mul
# FUSED: scope.fused_conv2d {{.*}} {activation = #scope.activation<relu>
# FUSED: scope.fused_conv2d {{.*}} {activation = #scope.activation<none>
# FUSED: scope.fused_matmul
# FUSED: scope.fused_matmul
import numpy as np
import tensorflow as tf


def pattern(shape, phase, scale=0.5, offset=0.0):
    n = int(np.prod(shape))
    return (np.sin(np.arange(n) * 0.7 + phase) * scale + offset).reshape(shape)


def const(shape, phase, scale=0.5, offset=0.0):
    return tf.constant_initializer(pattern(shape, phase, scale, offset))


def bn_initializers(n, phase):
    return dict(gamma_initializer=const([n], phase, 0.5, 1.0),
                beta_initializer=const([n], phase + 1),
                moving_mean_initializer=const([n], phase + 2),
                moving_variance_initializer=const([n], phase + 3, 0.3, 1.0))


x = tf.placeholder(tf.float32, [2, 6, 6, 3], name="x")
v = tf.placeholder(tf.float32, [2, 5], name="v")

h = tf.layers.conv2d(x, 4, 3, padding="same", use_bias=False,
                     kernel_initializer=const([3, 3, 3, 4], 0.0))
h = tf.nn.relu(tf.layers.batch_normalization(h, **bn_initializers(4, 1.0)))
tf.identity(h, name="out_conv_bn_relu")

c = tf.contrib.layers.conv2d(
    x, 5, 3, activation_fn=None, normalizer_fn=tf.contrib.layers.batch_norm,
    normalizer_params=dict(scale=True, is_training=False, param_initializers=dict(
        gamma=const([5], 5.0, 0.5, 1.0), beta=const([5], 6.0),
        moving_mean=const([5], 7.0), moving_variance=const([5], 8.0, 0.3, 1.0))),
    weights_initializer=const([3, 3, 3, 5], 9.0))
tf.identity(c, name="out_contrib")

dw = tf.get_variable("dw", [3, 3, 3, 2], initializer=const([3, 3, 3, 2], 10.0))
d = tf.nn.depthwise_conv2d(x, dw, [1, 1, 1, 1], "SAME")
mean = tf.get_variable("mean", [6], initializer=const([6], 11.0))
var = tf.get_variable("var", [6], initializer=const([6], 12.0, 0.3, 1.0))
d = tf.nn.batch_normalization(d, mean, var, offset=None, scale=None,
                              variance_epsilon=1e-3)
tf.identity(d, name="out_depthwise")

f = tf.layers.dense(v, 3, kernel_initializer=const([5, 3], 13.0),
                    bias_initializer=const([3], 14.0))
f = tf.layers.batch_normalization(f, **bn_initializers(3, 15.0))
tf.identity(f, name="out_dense")

t = tf.layers.conv2d_transpose(x, 2, 3, strides=2, padding="same",
                               kernel_initializer=const([3, 3, 2, 3], 19.0))
t = tf.layers.batch_normalization(t, **bn_initializers(2, 20.0))
tf.identity(t, name="out_transpose")

g = tf.layers.dense(v, 8, kernel_initializer=const([5, 8], 21.0),
                    bias_initializer=const([8], 22.0))
g = tf.reshape(g, [2, 2, 2, 2])
g = tf.nn.relu(tf.layers.batch_normalization(g, **bn_initializers(2, 23.0)))
tf.identity(g, name="out_dense_image")

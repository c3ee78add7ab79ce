# tf.layers from scopec's TensorFlow prelude, end to end: dense (rank 2 and,
# through tf.tensordot, rank 3), conv2d (SAME and strided VALID with
# dilation), max/average pooling, flatten, dropout in inference, batch
# normalization with moving statistics (fused, 4-D), with batch statistics
# (training=True, fused and not) and without center/scale; the executable and
# the interpreter against numpy (Inputs/layers_ref.py), with the weights
# given by constant initializers both files compute the same way.
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/layers_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 8 outputs
import numpy as np
import tensorflow as tf


def pattern(shape, phase, scale=0.5):
    n = int(np.prod(shape))
    return (np.sin(np.arange(n) * 0.7 + phase) * scale).reshape(shape)


def const(shape, phase, scale=0.5):
    return tf.constant_initializer(pattern(shape, phase, scale))


x = tf.placeholder(tf.float32, [4, 6], name="x")
seq = tf.placeholder(tf.float32, [2, 3, 6], name="seq")
img = tf.placeholder(tf.float32, [2, 9, 9, 3], name="img")

fc = tf.layers.dense(x, 5, activation=tf.nn.relu,
                     kernel_initializer=const([6, 5], 0.0),
                     bias_initializer=const([5], 1.0))
tf.identity(fc, name="out_dense")
proj = tf.layers.Dense(4, kernel_initializer=const([6, 4], 2.0),
                       bias_initializer=const([4], 3.0))
tf.identity(proj(seq), name="out_dense3")

c1 = tf.layers.conv2d(img, 4, 3, padding="same", activation=tf.nn.relu,
                      kernel_initializer=const([3, 3, 3, 4], 4.0),
                      bias_initializer=const([4], 5.0))
c2 = tf.layers.conv2d(img, 2, (3, 2), strides=(2, 1), dilation_rate=1,
                      kernel_initializer=const([3, 2, 3, 2], 6.0),
                      use_bias=False)
tf.identity(c2, name="out_conv_valid")
pooled = tf.layers.max_pooling2d(c1, 2, 2)
avg = tf.layers.average_pooling2d(c1, 3, 2, padding="same")
tf.identity(tf.layers.flatten(pooled), name="out_flat")
tf.identity(tf.layers.dropout(avg, 0.5), name="out_avg")

bn = tf.layers.batch_normalization(
    c1, gamma_initializer=const([4], 7.0, 1.0),
    beta_initializer=const([4], 8.0),
    moving_mean_initializer=const([4], 9.0),
    moving_variance_initializer=tf.constant_initializer(
        1.5 + pattern([4], 10.0)))
tf.identity(bn, name="out_bn_inference")
tf.identity(tf.layers.batch_normalization(c1, training=True, scale=False),
            name="out_bn_fused_training")
tf.identity(tf.layers.batch_normalization(fc, training=True, epsilon=0.01,
                                          center=False),
            name="out_bn_training")

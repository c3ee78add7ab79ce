# More of the TF1 API end to end: contrib layer_norm, tf.layers conv1d and
# 1-D pooling, Keras global pooling, ZeroPadding2D, UpSampling2D (nearest
# and bilinear with Keras' half-pixel centres), Lambda and Multiply,
# tf.nn.crelu, relu_layer, weighted_cross_entropy_with_logits, tf.reverse,
# tf.range/linspace/fill/sequence_mask, reduce_std/reduce_variance; the
# executable and the interpreter against numpy (Inputs/more_api_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/more_api_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 14 outputs
import numpy as np
import tensorflow as tf


def const(shape, phase):
    n = int(np.prod(shape))
    return tf.constant_initializer(
        np.sin(np.arange(n) * 0.7 + phase).reshape(shape))


x = tf.placeholder(tf.float32, [2, 4, 5, 3], name="x")
seq = tf.placeholder(tf.float32, [2, 7, 3], name="seq")
one = tf.get_variable("one", [], initializer=tf.ones_initializer())
v = x * one
s = seq * one

tf.identity(tf.contrib.layers.layer_norm(v, begin_norm_axis=1), name="out_layer_norm")
tf.identity(tf.layers.conv1d(s, 4, 3, padding="same", activation=tf.nn.relu,
                             kernel_initializer=const([3, 3, 4], 1.0),
                             bias_initializer=const([4], 2.0)), name="out_conv1d")
tf.identity(tf.layers.max_pooling1d(s, 2, 2) +
            tf.keras.layers.AveragePooling1D(3, 2, padding="same")(s)[:, :3],
            name="out_pool1d")
tf.identity(tf.concat([tf.keras.layers.GlobalAveragePooling2D()(v),
                       tf.keras.layers.GlobalMaxPooling2D()(v)], 1),
            name="out_global")
tf.identity(tf.keras.layers.ZeroPadding2D(((1, 0), (2, 1)))(v), name="out_pad")
tf.identity(tf.keras.layers.UpSampling2D((2, 3))(v), name="out_up_nearest")
tf.identity(tf.keras.layers.UpSampling2D(interpolation="bilinear")(v),
            name="out_up_bilinear")
tf.identity(tf.keras.layers.Multiply()(
    [v, tf.keras.layers.Lambda(lambda t: t * 2.0 + 1.0)(v)]), name="out_lambda")
tf.identity(tf.nn.crelu(v), name="out_crelu")
tf.identity(tf.nn.relu_layer(s[:, 0], tf.constant(np.eye(3, 2), tf.float32),
                             tf.constant([0.5, -0.5])), name="out_relu_layer")
tf.identity(tf.nn.weighted_cross_entropy_with_logits(
    tf.sigmoid(v), v * 2.0, 3.0), name="out_weighted_xent")
tf.identity(tf.reverse(v, [1, -1]), name="out_reverse")
tf.identity(tf.cast(tf.range(1, 8, 2), tf.float32) * one +
            tf.linspace(0.0, 1.0, 4) + tf.fill([4], 0.25) +
            tf.cast(tf.sequence_mask([1, 3, 4, 0], 4)[1], tf.float32),
            name="out_constants")
tf.identity(tf.math.reduce_std(v, axis=[1, 2]) +
            tf.math.reduce_variance(v, axis=-1, keepdims=True)[:, 0, 0],
            name="out_moments")

# tf.contrib.layers and tf.contrib.slim end to end, as model files write
# them: slim.arg_scope defaults (regularizer, normalizer with a fed
# is_training), slim.conv2d with batch norm and no bias, slim.repeat,
# max/avg pooling, flatten, fully_connected (relu by default, linear),
# contrib dropout at is_training=False; the executable and the interpreter
# against numpy (Inputs/contrib_layers_ref.py), with weights from constant
# initializers both files compute the same way.
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model --feed is_training=False > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/contrib_layers_ref.py --scopec scopec --model %t/model --source %s --dir %t --scopec-args="--feed is_training=False" | FileCheck %s
# CHECK: checked 5 outputs
import numpy as np
import tensorflow as tf

slim = tf.contrib.slim


def pattern(shape, phase, scale=0.5):
    n = int(np.prod(shape))
    return (np.sin(np.arange(n) * 0.7 + phase) * scale).reshape(shape)


def const(shape, phase, scale=0.5):
    return tf.constant_initializer(pattern(shape, phase, scale))


img = tf.placeholder(tf.float32, [2, 9, 9, 3], name="img")
is_training = tf.placeholder(tf.bool, name="is_training")

with slim.arg_scope([slim.conv2d], normalizer_fn=slim.batch_norm,
                    weights_regularizer=slim.l2_regularizer(1e-4),
                    normalizer_params={
                        "is_training": is_training, "scale": True,
                        "param_initializers": {
                            "gamma": const([4], 1.0, 1.0),
                            "beta": const([4], 2.0),
                            "moving_mean": const([4], 3.0),
                            "moving_variance": tf.constant_initializer(1.5)}}):
    c1 = slim.conv2d(img, 4, [3, 3], stride=2,
                     weights_initializer=const([3, 3, 3, 4], 4.0),
                     scope="conv1")
out_conv = tf.identity(c1)
out_pool = slim.max_pool2d(c1, [2, 2], stride=1)
with slim.arg_scope([slim.conv2d], activation_fn=tf.nn.tanh, padding="VALID",
                    weights_initializer=const([2, 2, 4, 4], 5.0),
                    biases_initializer=const([4], 6.0)):
    out_repeat = slim.repeat(c1, 2, slim.conv2d, 4, [2, 2], scope="conv2")
flat = slim.flatten(slim.avg_pool2d(c1, [3, 3], stride=2, padding="SAME"))
fc = tf.contrib.layers.fully_connected(
    flat, 6, weights_initializer=const([36, 6], 7.0),
    biases_initializer=const([6], 8.0))
fc = tf.contrib.layers.dropout(fc, 0.5, is_training=is_training)
out_fc = tf.identity(fc)
out_linear = slim.linear(fc, 3, weights_initializer=const([6, 3], 9.0),
                         scope="logits")

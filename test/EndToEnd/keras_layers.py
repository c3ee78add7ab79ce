# tf.keras.layers in graph mode end to end: Input, Conv2D with a string
# activation, BatchNormalization and Dropout at the default learning phase
# (inference), MaxPooling2D's default 2x2 window, Flatten, Dense, Concatenate,
# Add, Activation('softmax'), LeakyReLU, Reshape; the executable and the
# interpreter against numpy (Inputs/keras_layers_ref.py), with weights from
# constant initializers both files compute the same way.
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/keras_layers_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 4 outputs
import numpy as np
import tensorflow as tf

layers = tf.keras.layers


def pattern(shape, phase, scale=0.5):
    n = int(np.prod(shape))
    return (np.sin(np.arange(n) * 0.7 + phase) * scale).reshape(shape)


def const(shape, phase, scale=0.5):
    return tf.constant_initializer(pattern(shape, phase, scale))


inp = layers.Input(shape=(6, 6, 2), batch_size=2, name="img")
x = layers.Conv2D(3, 3, activation="relu", padding="same",
                  kernel_initializer=const([3, 3, 2, 3], 1.0),
                  bias_initializer=const([3], 2.0))(inp)
x = layers.BatchNormalization(
    moving_mean_initializer=const([3], 3.0),
    moving_variance_initializer=tf.constant_initializer(2.0),
    gamma_initializer=const([3], 4.0, 1.0))(x)
x = layers.Dropout(0.4)(x)
pool = layers.MaxPooling2D()(x)
out_pool = tf.identity(pool)
flat = layers.Flatten()(pool)
a = layers.Dense(4, kernel_initializer=const([27, 4], 5.0))(flat)
b = layers.Dense(4, activation="tanh", kernel_initializer=const([27, 4], 6.0),
                 bias_initializer="ones")(flat)
out_softmax = layers.Activation("softmax")(layers.Concatenate()([a, b]))
out_leaky = layers.LeakyReLU(0.2)(layers.Add()([a, b]))
out_reshape = layers.Reshape((2, 2))(b)

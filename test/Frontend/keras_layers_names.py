# tf.keras.layers in graph mode: Keras' constructors (string activations
# and initializers), zero-based default names ('dense', 'dense_1'), the
# variables TF 1.15 creates, Input as a placeholder, merge layers, the
# learning phase defaulting to inference, import forms, and clear errors.
# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
from tensorflow.keras import layers
from tensorflow.keras.layers import Dense

inp = tf.keras.layers.Input(shape=(8, 8, 1))
x = layers.Conv2D(4, 3, activation="relu", padding="same")(inp)
x = layers.BatchNormalization()(x)
x = layers.MaxPooling2D()(x)
x = layers.Flatten()(x)
x = layers.Dropout(0.5)(x)
h = Dense(6, activation="relu", kernel_initializer="he_normal")(x)
a = layers.Dense(3)(h)
b = layers.Dense(3, activation=tf.nn.sigmoid, bias_initializer="Ones")(h)
c = layers.Concatenate()([a, b])
s = layers.Add()([a, b])
out = layers.Activation("softmax")(c)
lr = layers.LeakyReLU(0.2)(s)
for v in tf.global_variables():
    print(v.name, v.shape)
# CHECK: conv2d/kernel:0 (3, 3, 1, 4)
# CHECK-NEXT: conv2d/bias:0 (4,)
# CHECK-NEXT: batch_normalization/gamma:0 (4,)
# CHECK-NEXT: batch_normalization/beta:0 (4,)
# CHECK-NEXT: batch_normalization/moving_mean:0 (4,)
# CHECK-NEXT: batch_normalization/moving_variance:0 (4,)
# CHECK-NEXT: dense/kernel:0 (64, 6)
# CHECK-NEXT: dense/bias:0 (6,)
# CHECK-NEXT: dense_1/kernel:0 (6, 3)
# CHECK-NEXT: dense_1/bias:0 (3,)
# CHECK-NEXT: dense_2/kernel:0 (6, 3)
# CHECK-NEXT: dense_2/bias:0 (3,)
print(inp, x, out, lr, c, s)
# CHECK-NEXT: Tensor("input_1:0", shape=(1, 8, 8, 1), dtype=float32) Tensor("dropout/Identity:0", shape=(1, 64), dtype=float32) Tensor("activation/Softmax:0", shape=(1, 6), dtype=float32) Tensor("leaky_re_lu/LeakyRelu:0", shape=(1, 3), dtype=float32) Tensor("concatenate/concat:0", shape=(1, 6), dtype=float32) Tensor("add/add:0", shape=(1, 3), dtype=float32)


def show(f):
    try:
        f()
    except (ValueError, AttributeError, NotImplementedError) as e:
        print(type(e).__name__ + ": " + str(e))


show(lambda: layers.Dense(3, activation="swishy"))
# CHECK-NEXT: ValueError: Unknown activation function:swishy
show(lambda: layers.Dense(3, kernel_initializer="orthogonal_ish"))
# CHECK-NEXT: ValueError: Unknown initializer: orthogonal_ish
show(lambda: layers.LSTM(3))
# CHECK-NEXT: AttributeError: tf.keras.layers.LSTM is not supported by scopec
show(lambda: tf.keras.layers.Input())
# CHECK-NEXT: ValueError: Please provide to Input either a `shape` or a `tensor` argument.
# CHECK: scope.get_variable "conv2d/kernel" reuse <none> {{{.*}}initializer = #scope.init<"glorot_uniform">
# CHECK: scope.get_variable "dense/kernel" reuse <none> {{{.*}}initializer = #scope.init<"variance_scaling", {distribution = "truncated_normal", mode = "fan_in", scale = 2.000000e+00 : f64}>

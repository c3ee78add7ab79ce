# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# tf.Variable is named by the name scope and uniquified; it is not in the
# variable store. Its initial value gives its initializer.
import numpy as np
import tensorflow as tf

a = tf.Variable(1.0)
b = tf.Variable(2.0)
with tf.name_scope("ns"):
    w = tf.Variable(tf.zeros([3]), name="W")
with tf.variable_scope("vs"):
    w2 = tf.Variable(np.array([1.0, 2.0], dtype=np.float32), name="W")
    w3 = tf.Variable(tf.constant([[1, 2], [3, 4]]), name="W", trainable=False)
print(a.name, b.name, w.name, w2.name, w3.name)
print(w3)
print(tf.trainable_variables())
# CHECK: Variable:0 Variable_1:0 ns/W:0 vs/W:0 vs/W_1:0
# CHECK-NEXT: <tf.Variable 'vs/W_1:0' shape=(2, 2) dtype=int32_ref>
# CHECK-NEXT: [<tf.Variable 'Variable:0' shape=() dtype=float32_ref>, <tf.Variable 'Variable_1:0' shape=() dtype=float32_ref>, <tf.Variable 'ns/W:0' shape=(3,) dtype=float32_ref>, <tf.Variable 'vs/W:0' shape=(2,) dtype=float32_ref>]
# CHECK: scope.variable "Variable" {initializer = #scope.init<"value", {value = dense<1.000000e+00> : tensor<f32>}>} : tensor<f32>
# CHECK: scope.variable "ns/W" {initializer = #scope.init<"zeros">} : tensor<3xf32>
# CHECK: scope.variable "vs/W" {initializer = #scope.init<"value", {value = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>}>} : tensor<2xf32>
# CHECK: scope.variable "vs/W_1" {initializer = #scope.init<"value", {value = dense<{{\[\[}}1, 2], [3, 4]]> : tensor<2x2xi32>}>, trainable = false} : tensor<2x2xi32>

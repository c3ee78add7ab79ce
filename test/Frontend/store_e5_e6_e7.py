# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# A value initializer gives the variable its shape and dtype; with a shape
# it is E5, with a different explicit dtype E6; a callable initializer
# without a fully defined shape is E7 (each stops the frontend).
import numpy as np
import tensorflow as tf
c = tf.get_variable("c", initializer=tf.constant([[1.0, 2.0]]))
i = tf.get_variable("i", initializer=np.array([1, 2, 3]))
print(c.shape, c.dtype, i.dtype, i.eval())
# CHECK: (1, 2) <dtype: 'float32_ref'> <dtype: 'int64_ref'> [1 2 3]
# CHECK: scope.get_variable "c" reuse <none> {initializer = #scope.init<"value", {value = dense<{{\[\[}}1.000000e+00, 2.000000e+00]]> : tensor<1x2xf32>}>} : tensor<1x2xf32>
# CHECK: scope.get_variable "i" reuse <none> {initializer = #scope.init<"value", {value = dense<[1, 2, 3]> : tensor<3xi64>}>} : tensor<3xi64>
e7 = tf.get_variable("no_shape")
# CHECK-NEXT: scope.get_variable "no_shape" reuse <none> {initializer = #scope.init<"glorot_uniform">} : tensor<f32>
# CHECK-NEXT: return

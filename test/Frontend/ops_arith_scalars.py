# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# Python scalars become constants named under the op (`add/y`, `sub/x`);
# tf.add & co use TF's op-type names.
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 3], name="x")
a = x + 1
b = 2.0 - x
c = x * x
d = x / 4
e = tf.add(x, 1.5)
f = tf.subtract(x, x, name="diff")
g = tf.multiply(2, x)
h = tf.divide(x, 2.0)
n = -x
print([t.op.name for t in (a, b, c, d, e, f, g, h, n)])
# Op names are case-insensitive: 'Add' after 'add' is 'Add_1'.
# CHECK: ['add', 'sub', 'mul', 'truediv', 'Add_1', 'diff', 'Mul_1', 'truediv_1', 'Neg']
# CHECK: scope.constant dense<1.000000e+00> : tensor<f32> {{.*}}"add/y"
# CHECK: scope.add %{{.*}} : tensor<2x3xf32>, tensor<f32> -> tensor<2x3xf32> {{.*}}"add"
# CHECK: scope.constant dense<2.000000e+00> : tensor<f32> {{.*}}"sub/x"
# CHECK: scope.sub
# CHECK: scope.mul {{.*}}"mul"
# CHECK: scope.div {{.*}}"truediv"
# CHECK: "Add_1/y"
# CHECK: scope.sub {{.*}}"diff"
# CHECK: "Mul_1/x"

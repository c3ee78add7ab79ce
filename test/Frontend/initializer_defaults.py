# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# The initializer in force: argument, else the scope's (inherited by string
# sub-scopes, carried by captured scopes), else glorot_uniform for floats
# and zeros for integers. `.eval()` gives the initial value.
import tensorflow as tf

with tf.variable_scope("foo", initializer=tf.constant_initializer(0.4)) as foo:
    v = tf.get_variable("v", [1])
    assert v.eval() == 0.4
    w = tf.get_variable("w", [1], initializer=tf.constant_initializer(0.3))
    assert w.eval() == 0.3
    with tf.variable_scope("bar"):
        v = tf.get_variable("v", [1])
        assert v.eval() == 0.4
    with tf.variable_scope("baz", initializer=tf.constant_initializer(0.2)):
        v = tf.get_variable("v", [1])
        assert v.eval() == 0.2
with tf.variable_scope(foo):
    c = tf.get_variable("c", [2])
    assert (c.eval() == 0.4).all()
i = tf.get_variable("i", [2], dtype=tf.int32)
g = tf.get_variable("g", [3, 4])
print(i.eval(), c.eval(), i.dtype, v.dtype, v.dtype.base_dtype)
assert abs(g.eval()).max() <= (6.0 / 7.0) ** 0.5
# CHECK: [0 0] [0.4 0.4] <dtype: 'int32_ref'> <dtype: 'float32_ref'> <dtype: 'float32'>
# CHECK: scope.get_variable "foo/v" reuse <none> {initializer = #scope.init<"constant", {value = 4.000000e-01 : f64}>
# CHECK: scope.get_variable "foo/w" reuse <none> {initializer = #scope.init<"constant", {value = 3.000000e-01 : f64}>
# CHECK: scope.get_variable "foo/bar/v" reuse <none> {initializer = #scope.init<"constant", {value = 4.000000e-01 : f64}>
# CHECK: scope.get_variable "foo/baz/v" reuse <none> {initializer = #scope.init<"constant", {value = 2.000000e-01 : f64}>
# CHECK: scope.get_variable "foo/c"
# CHECK: scope.get_variable "i" reuse <none> {dtype = i32, initializer = #scope.init<"zeros">, shape = array<i64: 2>} : tensor<2xi32>
# CHECK: scope.get_variable "g" reuse <none> {initializer = #scope.init<"glorot_uniform">, shape = array<i64: 3, 4>} : tensor<3x4xf32>

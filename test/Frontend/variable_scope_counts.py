# RUN: scopec %s --emit=scoped -o /dev/null | FileCheck %s
# Default names of variable scopes count per scope name, as TF's
# _VariableScopeStore does: leaving a named scope resets its subscopes'
# counts, and a captured scope (a VariableScope object) restores on exit
# the counts it found on entry, also when nested, in loops and under
# tf.layers (which always enter their captured scope).
import tensorflow as tf

with tf.variable_scope("outer") as outer:
    with tf.variable_scope(None, default_name="inner"):
        tf.get_variable("a", [1])
with tf.variable_scope(outer):
    with tf.variable_scope(None, default_name="inner"):
        tf.get_variable("b", [1])
    with tf.variable_scope(outer):
        with tf.variable_scope(None, default_name="inner"):
            tf.get_variable("c", [1])
        with tf.variable_scope("x") as x:
            with tf.variable_scope(None, default_name="d"):
                tf.get_variable("e", [1])
    with tf.variable_scope(None, default_name="inner"):
        tf.get_variable("f", [1])
    with tf.variable_scope(x):
        with tf.variable_scope(None, default_name="d"):
            tf.get_variable("g", [1])
with tf.variable_scope(None, default_name="outer"):
    with tf.variable_scope(None, default_name="inner"):
        tf.get_variable("h", [1])
for i in range(3):
    with tf.variable_scope(outer):
        with tf.variable_scope(None, default_name="loop"):
            tf.get_variable("l%d" % i, [1])
    with tf.variable_scope(None, default_name="loop"):
        tf.get_variable("m%d" % i, [1])
x = tf.placeholder(tf.float32, [1], name="x")
y = tf.layers.dense(tf.reshape(x, [1, 1]), 2)
y = tf.layers.dense(y, 2)
with tf.variable_scope(outer):
    y = tf.layers.dense(y, 2)
    y = tf.layers.dense(y, 2, name="named")
y = tf.layers.dense(y, 2, name="named")
for v in tf.global_variables():
    print(v.name)

# CHECK:      outer/inner/a:0
# CHECK-NEXT: outer/inner/b:0
# CHECK-NEXT: outer/inner_1/c:0
# CHECK-NEXT: outer/x/d/e:0
# CHECK-NEXT: outer/inner_1/f:0
# CHECK-NEXT: outer/x/d/g:0
# CHECK-NEXT: outer_1/inner/h:0
# CHECK-NEXT: outer/loop/l0:0
# CHECK-NEXT: loop/m0:0
# CHECK-NEXT: outer/loop/l1:0
# CHECK-NEXT: loop_1/m1:0
# CHECK-NEXT: outer/loop/l2:0
# CHECK-NEXT: loop_2/m2:0
# CHECK-NEXT: dense/kernel:0
# CHECK-NEXT: dense/bias:0
# CHECK-NEXT: dense_1/kernel:0
# CHECK-NEXT: dense_1/bias:0
# CHECK-NEXT: outer/dense/kernel:0
# CHECK-NEXT: outer/dense/bias:0
# CHECK-NEXT: outer/named/kernel:0
# CHECK-NEXT: outer/named/bias:0
# CHECK-NEXT: named/kernel:0
# CHECK-NEXT: named/bias:0

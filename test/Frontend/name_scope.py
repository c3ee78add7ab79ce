# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# name_scope: unique_name in the op namespace (case-insensitive, spelling
# kept), trailing '/' re-enters, None and '' reset to the root.
import tensorflow as tf

with tf.name_scope("a") as s:
    assert s == "a/"
with tf.name_scope("a") as s:
    assert s == "a_1/"
with tf.name_scope("A") as s:
    assert s == "A_2/", s
with tf.name_scope("a/") as s:
    c = tf.constant(1.0)
    assert s == "a/" and c.op.name == "a/Const"
with tf.name_scope("outer"):
    with tf.name_scope(None) as s:
        c2 = tf.constant(1.0)
    assert s == "" and c2.op.name == "Const", c2.op.name
    with tf.name_scope("") as s:
        c3 = tf.constant(1.0)
    assert c3.op.name == "Const_1"
    c4 = tf.constant(1.0)
    assert c4.op.name == "outer/Const"
# Ops and name scopes share one namespace.
tf.constant(1.0, name="foo")
with tf.name_scope("foo") as s:
    print(s)
# CHECK: foo_1/
with tf.variable_scope("bar"):
    pass
x = tf.identity(c, name="bar")
print(x.op.name)
# CHECK-NEXT: bar_1
# `name_1` taken explicitly pushes the next uniquified name on.
tf.constant(1.0, name="k_1")
y1 = tf.constant(1.0, name="k")
y2 = tf.constant(1.0, name="k")
print(y1.op.name, y2.op.name)
# CHECK-NEXT: k k_2

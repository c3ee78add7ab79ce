# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# default_name scopes: `d` if the counter of P/d is 0, else the first free
# `d_k`; explicit names count too; leaving a string scope resets counters
# below it; leaving a captured-scope entry restores them.
import tensorflow as tf

with tf.variable_scope(None, default_name="d") as s1:
    pass
with tf.variable_scope(None, default_name="d") as s2:
    pass
assert s1.name == "d" and s2.name == "d_1"
with tf.variable_scope("d_2"):
    pass
with tf.variable_scope(None, default_name="d") as s3:
    pass
assert s3.name == "d_3", s3.name

with tf.variable_scope("outer"):
    with tf.variable_scope(None, default_name="x") as a:
        pass
    with tf.variable_scope(None, default_name="x") as b:
        pass
    assert a.name == "outer/x" and b.name == "outer/x_1"
with tf.variable_scope("outer"):
    with tf.variable_scope(None, default_name="x") as c:
        pass
    # Leaving the first "outer" reset the counters of outer/x*.
    assert c.name == "outer/x", c.name

with tf.variable_scope("cap") as cap:
    pass
with tf.variable_scope(cap):
    with tf.variable_scope(None, default_name="y") as y1:
        pass
    with tf.variable_scope(None, default_name="y") as y1b:
        pass
    assert y1.name == "cap/y" and y1b.name == "cap/y_1"
with tf.variable_scope(cap):
    with tf.variable_scope(None, default_name="y") as y2:
        pass
    assert y2.name == "cap/y", y2.name

# The name-scope suffix comes from the op namespace and may differ.
tf.constant(1.0, name="e")
with tf.variable_scope(None, default_name="e") as e:
    k = tf.constant(2.0)
print(e.name, e.original_name_scope, k.op.name)
# CHECK: e e_1/ e_1/Const

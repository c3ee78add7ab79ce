# collections= and use_resource= of tf.get_variable / tf.Variable /
# tf.variable_scope, and tf.get_local_variable, as TF 1.15: a variable goes
# to the collections named (GLOBAL_VARIABLES by default) and to
# TRAINABLE_VARIABLES when trainable; a resource variable prints without
# `_ref`; a local variable is in LOCAL_VARIABLES only.
# RUN: scopec %s --emit=params 2>&1 | FileCheck %s
import tensorflow as tf

a = tf.get_variable("a", [2])
b = tf.get_variable("b", [2], collections=["mine"])
c = tf.get_variable("c", [2], collections=[tf.GraphKeys.GLOBAL_VARIABLES, "mine"],
                    trainable=False)
l = tf.get_local_variable("l", [2])
r = tf.get_variable("r", [2], use_resource=True)
with tf.variable_scope("res", use_resource=True):
    s = tf.get_variable("s", [2])
    with tf.variable_scope("inner"):
        t = tf.get_variable("t", [2])
v = tf.Variable([1.0, 2.0], name="v", collections=["other"])
names = lambda vs: [x.op.name for x in vs]
print(names(tf.global_variables()))
# CHECK: ['a', 'c', 'r', 'res/s', 'res/inner/t']
print(names(tf.trainable_variables()))
# CHECK: ['a', 'b', 'r', 'res/s', 'res/inner/t', 'v']
print(names(tf.get_collection("mine")), names(tf.local_variables()),
      names(tf.get_collection("other")))
# CHECK: ['b', 'c'] ['l'] ['v']
print(repr(a), a.dtype, type(a).__name__)
# CHECK: <tf.Variable 'a:0' shape=(2,) dtype=float32_ref> <dtype: 'float32_ref'> RefVariable
print(repr(r), r.dtype, type(r).__name__, type(t).__name__, l.trainable)
# CHECK: <tf.Variable 'r:0' shape=(2,) dtype=float32> <dtype: 'float32'> ResourceVariable ResourceVariable False
y = a + b + c + l + r + s + t + v
with tf.variable_scope("res", reuse=True) as sc:
    print(names(sc.global_variables()), names(sc.trainable_variables()))
# CHECK: ['res/s', 'res/inner/t'] ['res/s', 'res/inner/t']

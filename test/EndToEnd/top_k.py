# tf.nn.top_k (largest first, the lower index first among equal values, as
# TF) and tf.nn.in_top_k (ties count as in; a non-finite target prediction
# never is) end to end: the executable and the interpreter against numpy
# (Inputs/top_k_ref.py); the inputs hold ties, -inf and NaN.
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/top_k_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 3 outputs
import tensorflow as tf

x = tf.placeholder(tf.float32, [4, 6], name="x")
t = tf.placeholder(tf.int32, [4], name="t")
one = tf.get_variable("one", [], initializer=tf.ones_initializer())
v = x * one
values, indices = tf.nn.top_k(v[:3], 3)
tf.identity(values, name="out_values")
tf.identity(indices, name="out_indices")
tf.identity(tf.nn.in_top_k(v, t, 2), name="out_in_top_k")

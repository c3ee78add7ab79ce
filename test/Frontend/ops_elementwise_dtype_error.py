# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
x = tf.placeholder(tf.float32, [4], name="x")
d = tf.placeholder(tf.float64, [4], name="d")
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: Input 'y' of 'Pow' Op has type float64 that does not match type float32 of argument 'x'.
y = tf.pow(x, d)

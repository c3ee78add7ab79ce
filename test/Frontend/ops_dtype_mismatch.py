# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# `x + y` is TF 1.15's AddV2 (tf.add is Add).
import tensorflow as tf
x = tf.placeholder(tf.float32, [2], name="x")
i = tf.placeholder(tf.int32, [2], name="i")
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: Input 'y' of 'AddV2' Op has type int32 that does not match type float32 of argument 'x'.
y = x + i

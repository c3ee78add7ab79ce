# Gradient clipping in training code (char-rnn's `tf.clip_by_global_norm(
# tf.gradients(cost, tvars), grad_clip)` fed to an optimizer) builds: the
# clipped gradients and their norm are training-time values like the
# gradients; a fetch that uses one is a located error.
# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 3], name="x")
w = tf.get_variable("w", [3, 2])
y = tf.matmul(x, w, name="y")
cost = tf.reduce_sum(y)
tvars = tf.trainable_variables()
grads, norm = tf.clip_by_global_norm(tf.gradients(cost, tvars), 5.0)
train_op = tf.train.AdamOptimizer(0.1).apply_gradients(zip(grads, tvars))
print(grads[0].op.type, norm.op.type, tf.clip_by_norm(grads[0], 1.0).op.type)
# CHECK: Gradient Gradient Gradient
# CHECK: clip_gradients.py:[[@LINE+2]]:5: error: gradients are training-time values: scopec compiles inference graphs, and no fetch can depend on one
# CHECK: note: 'clip_by_global_norm/global_norm/global_norm' is made here
z = norm * 2.0

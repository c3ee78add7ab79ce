# tf.train beyond what scopec builds (optimizers, Saver, global steps,
# exponential_decay) is a located error naming the attribute.
# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf
opt = tf.train.GradientDescentOptimizer(0.1)
# CHECK: {{.*}}.py:[[@LINE+1]]:9: error: AttributeError: tf.train.Coordinator is not supported by scopec
coord = tf.train.Coordinator()

# Batch normalization in training mode (tf.layers' fused path, contrib's
# default is_training=True) computes batch statistics; the unbiased
# variance TF's FusedBatchNormV3 returns for the moving-average updates is
# training-only, so it is not a default output: the model's only output is
# the normalized tensor.
# RUN: scopec %s --emit=scoped | FileCheck %s --implicit-check-not=scope.output
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 4, 4, 3], name="x")
h = tf.layers.batch_normalization(x, training=True)
y = tf.contrib.layers.batch_norm(h)
# CHECK: scope.output "y", %{{.*}} : tensor<2x4x4x3xf32> loc("BatchNorm/FusedBatchNormV3"

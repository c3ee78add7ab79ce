# TF 1.15's names for the layers and functions of test/EndToEnd/more_api.py:
# contrib layer_norm's LayerNorm/beta and gamma (batchnorm ops inside),
# tf.layers.conv1d's kernel [k, in, filters], Keras' zero-based layer
# names, contrib softmax (over the last axis, reshaped back),
# tf.nn.pool's `max_pool`, crelu's `CRelu`, tf.range's constant.
# RUN: scopec %s --emit=params 2>&1 | FileCheck %s
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 4, 5, 3], name="x")
seq = tf.placeholder(tf.float32, [2, 7, 3], name="seq")
print(tf.contrib.layers.layer_norm(x).name,
      tf.layers.conv1d(seq, 4, 3).name,
      tf.keras.layers.GlobalAveragePooling2D()(x).name,
      tf.keras.layers.UpSampling2D()(x).name,
      tf.nn.pool(x, [2, 2], "AVG", "VALID").name,
      tf.nn.crelu(x).name, tf.range(3).name, tf.reverse(x, [0]).name)
# CHECK: LayerNorm/batchnorm/add_1:0 conv1d/BiasAdd:0 global_average_pooling2d/Mean:0 up_sampling2d/resize/ResizeNearestNeighbor:0 avg_pool:0 CRelu/Relu:0 range:0 ReverseV2:0
for v in tf.global_variables():
    print(v.name, v.shape)
# CHECK:      LayerNorm/beta:0 (3,)
# CHECK-NEXT: LayerNorm/gamma:0 (3,)
# CHECK-NEXT: conv1d/kernel:0 (3, 3, 4)
# CHECK-NEXT: conv1d/bias:0 (4,)
print(tf.get_collection(tf.GraphKeys.MODEL_VARIABLES)[0].name)
# CHECK-NEXT: LayerNorm/beta:0
print(tf.contrib.slim.softmax(seq).name)
# CHECK-NEXT: softmax/Reshape_1:0

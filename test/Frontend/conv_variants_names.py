# The convolution variants build TF 1.15's ops and names: tf.nn.
# conv2d_transpose is one Conv2DBackpropInput named `conv2d_transpose`
# (its output_shape may be computed from tf.shape), depthwise_conv2d a
# DepthwiseConv2dNative `depthwise`, separable_conv2d `.../depthwise` then a
# Conv2D, conv1d a Conv2D between ExpandDims and Squeeze; the layers'
# variables carry tf.layers', Keras' and contrib's names.
# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 4, 4, 8], name="x")
w = tf.get_variable("w", [5, 5, 6, 8])
batch = tf.shape(x)[0]
t = tf.nn.conv2d_transpose(x, w, tf.stack([batch, 8, 8, 6]), [1, 2, 2, 1])
print(t.op.name, t.op.type, t.shape)
# CHECK: conv2d_transpose Conv2DBackpropInput (2, 8, 8, 6)
d = tf.nn.depthwise_conv2d(x, tf.get_variable("dw", [3, 3, 8, 2]),
                           [1, 2, 2, 1], "VALID")
print(d.op.name, d.op.type, d.shape)
# CHECK: depthwise DepthwiseConv2dNative (2, 1, 1, 16)
s = tf.nn.separable_conv2d(x, tf.get_variable("sw", [3, 3, 8, 1]),
                           tf.get_variable("pw", [1, 1, 8, 4]),
                           [1, 1, 1, 1], "SAME")
print(s.op.inputs[0].op.name, s.op.name, s.op.type)
# CHECK: separable_conv2d/depthwise separable_conv2d Conv2D
c = tf.nn.conv1d(tf.reshape(x, [2, 16, 8]), tf.get_variable("c", [3, 8, 4]),
                 stride=2, padding="VALID")
print(c.op.name, c.op.inputs[0].op.name, c.op.inputs[0].op.type, c.shape)
# CHECK: conv1d/Squeeze conv1d Conv2D (2, 7, 4)

lt = tf.layers.conv2d_transpose(x, 3, 3, strides=2, activation=tf.nn.relu)
ls = tf.layers.separable_conv2d(x, 5, 3, depth_multiplier=2)
print(lt.op.name, lt.shape, ls.op.name, ls.shape)
# CHECK: conv2d_transpose_1/Relu (2, 9, 9, 3) separable_conv2d_1/BiasAdd (2, 2, 2, 5)
kd = tf.keras.layers.DepthwiseConv2D(3, padding="same", depth_multiplier=3)
kt = tf.keras.layers.Conv2DTranspose(4, 2, strides=2)
print(kd(x).shape, kt(x).shape)
# CHECK: (2, 4, 4, 24) (2, 8, 8, 4)
ct = tf.contrib.layers.conv2d_transpose(x, 2, 3, stride=2)
cs = tf.contrib.layers.separable_conv2d(x, 6, 3, depth_multiplier=1)
cd = tf.contrib.slim.separable_conv2d(x, None, 3, depth_multiplier=2)
print(ct.op.name, cs.op.name, cd.op.name, cd.shape)
# CHECK: Conv2d_transpose_3/Relu SeparableConv2d/Relu SeparableConv2d_1/Relu (2, 4, 4, 16)
for v in tf.global_variables():
    print(v.name, v.shape)
# CHECK:      w:0 (5, 5, 6, 8)
# CHECK-NEXT: dw:0 (3, 3, 8, 2)
# CHECK-NEXT: sw:0 (3, 3, 8, 1)
# CHECK-NEXT: pw:0 (1, 1, 8, 4)
# CHECK-NEXT: c:0 (3, 8, 4)
# CHECK-NEXT: conv2d_transpose/kernel:0 (3, 3, 3, 8)
# CHECK-NEXT: conv2d_transpose/bias:0 (3,)
# CHECK-NEXT: separable_conv2d/depthwise_kernel:0 (3, 3, 8, 2)
# CHECK-NEXT: separable_conv2d/pointwise_kernel:0 (1, 1, 16, 5)
# CHECK-NEXT: separable_conv2d/bias:0 (5,)
# CHECK-NEXT: depthwise_conv2d/depthwise_kernel:0 (3, 3, 8, 3)
# CHECK-NEXT: depthwise_conv2d/bias:0 (24,)
# CHECK-NEXT: conv2d_transpose_1/kernel:0 (2, 2, 4, 8)
# CHECK-NEXT: conv2d_transpose_1/bias:0 (4,)
# CHECK-NEXT: Conv2d_transpose/weights:0 (3, 3, 2, 8)
# CHECK-NEXT: Conv2d_transpose/biases:0 (2,)
# CHECK-NEXT: SeparableConv2d/depthwise_weights:0 (3, 3, 8, 1)
# CHECK-NEXT: SeparableConv2d/pointwise_weights:0 (1, 1, 8, 6)
# CHECK-NEXT: SeparableConv2d/biases:0 (6,)
# CHECK-NEXT: SeparableConv2d_1/depthwise_weights:0 (3, 3, 8, 2)
# CHECK-NEXT: SeparableConv2d_1/biases:0 (16,)

# The IR: one op per TF op, the static output_shape as the result type.
# CHECK: scope.conv2d_transpose %{{.*}}, %{{.*}} {dilations = array<i64: 1, 1>, padding = #scope.padding<SAME>, strides = array<i64: 2, 2>} : tensor<2x4x4x8xf32>, tensor<5x5x6x8xf32> -> tensor<2x8x8x6xf32> loc("conv2d_transpose"
# CHECK: scope.depthwise_conv2d %{{.*}}, %{{.*}} {dilations = array<i64: 1, 1>, padding = #scope.padding<VALID>, strides = array<i64: 2, 2>} : tensor<2x4x4x8xf32>, tensor<3x3x8x2xf32> -> tensor<2x1x1x16xf32> loc("depthwise"

# Bad uses of the convolution variants, with TF 1.15's messages: an
# output_shape that conv2d cannot map back onto the input (the run-time
# check of TF's Conv2DBackpropInput kernel, here at compile time), depths
# or batches that do not match, unequal depthwise strides, rates with
# strides, pointwise filters that are not 1x1, NCHW; located errors, never
# a silently different graph.
# RUN: rm -rf %t && split-file %s %t
# RUN: scopec %t/python_errors.py --emit=params 2>&1 | FileCheck %t/python_errors.py
# RUN: not scopec %t/size.py --emit=params 2>&1 | FileCheck %t/size.py
# RUN: not scopec %t/depth.py --emit=params 2>&1 | FileCheck %t/depth.py
# RUN: not scopec %t/out_depth.py --emit=params 2>&1 | FileCheck %t/out_depth.py
# RUN: not scopec %t/batch.py --emit=params 2>&1 | FileCheck %t/batch.py
# RUN: not scopec %t/rank.py --emit=params 2>&1 | FileCheck %t/rank.py
# RUN: not scopec %t/nchw.py --emit=params 2>&1 | FileCheck %t/nchw.py
# RUN: not scopec %t/strides.py --emit=params 2>&1 | FileCheck %t/strides.py
# RUN: not scopec %t/channels.py --emit=params 2>&1 | FileCheck %t/channels.py
#--- python_errors.py
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 4, 4, 8], name="x")
w = tf.get_variable("w", [3, 3, 6, 8])
dw = tf.get_variable("dw", [3, 3, 8, 2])


def show(f):
    try:
        f()
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__ + ": " + str(e))


show(lambda: tf.nn.conv2d_transpose(x, w, [2, 8, 8, 6], [1, 2, 2]))
# CHECK: ValueError: strides should be of length 1, 2 or 4 but was 3
show(lambda: tf.nn.conv2d_transpose(x, w, [2, 8, 8, 6], 2, input=x))
# CHECK: ValueError: Cannot specify both 'value' and 'input'
show(lambda: tf.nn.depthwise_conv2d(x, dw, [1, 2, 2, 1], "SAME", rate=2))
# CHECK: ValueError: strides > 1 not supported in conjunction with dilation_rate > 1
show(lambda: tf.nn.separable_conv2d(x, dw, tf.get_variable("pw", [3, 1, 16, 4]),
                                    [1, 1, 1, 1], "SAME"))
# CHECK: ValueError: Dimensions 3 and 1 are not compatible
show(lambda: tf.nn.conv1d(tf.zeros([2, 5, 3]), tf.zeros([3, 3, 2]), 1, "SAME",
                          data_format="NCW"))
# CHECK: ValueError: data_format 'NCW' is not supported by scopec (only 'NWC')
show(lambda: tf.layers.conv2d_transpose(x, 2, 3, strides=2,
                                        data_format="channels_first"))
# CHECK: NotImplementedError: data_format="channels_first" (NCHW) is not supported by scopec: its kernels are NHWC
show(lambda: tf.keras.layers.Conv2DTranspose(2, 3, strides=2,
                                             output_padding=2))
# CHECK: ValueError: Stride (2, 2) must be greater than output padding (2, 2)
show(lambda: tf.contrib.layers.separable_conv2d(x, 4, 3,
                                                data_format="NCHW"))
# CHECK: NotImplementedError: tf.contrib.layers.separable_conv2d(data_format='NCHW') is not supported by scopec: its kernels are NHWC
#--- size.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 4, 4, 8], name="x")
w = tf.get_variable("w", [3, 3, 6, 8])
y = tf.nn.conv2d_transpose(x, w, [2, 7, 8, 6], [1, 2, 2, 1], padding="VALID")
# CHECK: size.py:[[@LINE-1]]:5: error: Conv2DCustomBackpropInput: Size of out_backprop doesn't match computed: actual = 4, computed = 3 spatial_dim: 1 input: 7 filter: 3 output: 4 stride: 2 dilation: 1 for 'conv2d_transpose' (op: 'Conv2DBackpropInput') with input shapes: [3,3,6,8], [2,4,4,8].
#--- depth.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 4, 4, 8], name="x")
w = tf.get_variable("w", [3, 3, 6, 8])
y = tf.nn.conv2d_transpose(x, w, [2, 8, 8, 5], [1, 2, 2, 1])
# CHECK: depth.py:[[@LINE-1]]:5: error: Conv2DCustomBackpropInput: input and filter must have the same depth: 5 vs 6
#--- out_depth.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 4, 4, 8], name="x")
w = tf.get_variable("w", [3, 3, 6, 4])
y = tf.nn.conv2d_transpose(x, w, [2, 8, 8, 6], [1, 2, 2, 1])
# CHECK: out_depth.py:[[@LINE-1]]:5: error: Conv2DCustomBackpropInput: filter and out_backprop must have the same out_depth: 4 vs 8
#--- batch.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 4, 4, 8], name="x")
w = tf.get_variable("w", [3, 3, 6, 8])
y = tf.layers.conv2d_transpose(x, 6, 3, strides=2, padding="same")
z = tf.nn.conv2d_transpose(x, w, [3, 8, 8, 6], [1, 2, 2, 1])
# CHECK: batch.py:[[@LINE-1]]:5: error: Conv2DCustomBackpropInput: input and out_backprop must have the same batch size, input batch: 3 outbackprop batch: 2
#--- rank.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 4, 4, 8], name="x")
w = tf.get_variable("w", [3, 3, 6, 8])
y = tf.nn.conv2d_transpose(x, w, [2, 8, 6], [1, 2, 2, 1])
# CHECK: rank.py:[[@LINE-1]]:5: error: Shape must be rank 4 but is rank 3
#--- nchw.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 8, 4, 4], name="x")
w = tf.get_variable("w", [3, 3, 6, 8])
y = tf.nn.conv2d_transpose(x, w, [2, 6, 8, 8], 2, data_format="NCHW")
# CHECK: nchw.py:[[@LINE-1]]:5: error: data_format 'NCHW' is not supported by scopec (only 'NHWC')
#--- strides.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 4, 4, 8], name="x")
dw = tf.get_variable("dw", [3, 3, 8, 2])
y = tf.nn.depthwise_conv2d(x, dw, [1, 2, 1, 1], "SAME")
# CHECK: strides.py:[[@LINE-1]]:5: error: Current implementation only supports equal length strides in the row and column dimensions.
#--- channels.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [2, 4, 4, 8], name="x")
y = tf.keras.layers.SeparableConv2D(4, 3)(x)
z = tf.nn.depthwise_conv2d(x, tf.get_variable("dw", [3, 3, 4, 1]),
                           [1, 1, 1, 1], "SAME")
# CHECK: channels.py:[[@LINE-2]]:5: error: Dimensions must be equal, but are 8 and 4 for 'depthwise' (op: 'DepthwiseConv2dNative') with input shapes: [2,4,4,8], [3,3,4,1].

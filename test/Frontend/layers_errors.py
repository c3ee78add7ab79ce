# Bad uses of tf.layers: Keras' input checks and argument validation with
# TF 1.15's messages, a reuse of a layer that does not exist, and the
# settings scopec does not compile (NCHW) as located errors, never a silently different graph.
# RUN: not scopec %s --emit=params 2>&1 | FileCheck %s
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 3], name="x")
img = tf.placeholder(tf.float32, [1, 4, 4, 3], name="img")


def show(f):
    try:
        f()
    except (ValueError, TypeError, NotImplementedError) as e:
        print(type(e).__name__ + ": " + str(e))


show(lambda: tf.layers.dense(tf.placeholder(tf.float32, [3]), 2))
# CHECK: ValueError: Input 0 of layer dense_1 is incompatible with the layer: : expected min_ndim=2, found ndim=1. Full shape received: [3]
show(lambda: tf.layers.conv2d(x, 2, 3))
# CHECK: ValueError: Input 0 of layer conv2d_1 is incompatible with the layer: expected ndim=4, found ndim=2. Full shape received: [2, 3]
layer = tf.layers.Dense(2)
layer(x)
show(lambda: layer(tf.placeholder(tf.float32, [2, 5])))
# CHECK: ValueError: Input 0 of layer dense_2 is incompatible with the layer: expected axis -1 of input shape to have value 3 but received input with shape [2, 5]
show(lambda: tf.layers.conv2d(img, 2, (3, 3, 3)))
# CHECK: ValueError: The `kernel_size` argument must be a tuple of 2 integers. Received: (3, 3, 3)
show(lambda: tf.layers.conv2d(img, 2, 3, padding="full"))
# CHECK: ValueError: The `padding` argument must be one of "valid", "same" (or "causal", only for `Conv1D). Received: full
show(lambda: tf.layers.max_pooling2d(img, 2, 2, data_format="NHWC"))
# CHECK: ValueError: The `data_format` argument must be one of "channels_first", "channels_last". Received: NHWC
show(lambda: tf.layers.conv2d(img, 2, 3, data_format="channels_first"))
# CHECK: NotImplementedError: data_format="channels_first" (NCHW) is not supported by scopec: its kernels are NHWC
show(lambda: tf.layers.Dense(2, kernel_initialiser=None))
# CHECK: TypeError: ('Keyword argument not understood:', 'kernel_initialiser')
show(lambda: tf.layers.Dense(2, weights=[1.0]))
# CHECK: TypeError: ('Keyword argument not understood:', 'weights')
show(lambda: tf.layers.Dense(3, name="later").scope_name)
# CHECK: ValueError: No name available for layer scope because the layer "later" has not been used yet.
tf.layers.dense(x, 2, name="fc", reuse=True)
# CHECK: layers_errors.py:[[@LINE-1]]:1: error: ValueError: Variable fc/kernel does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?

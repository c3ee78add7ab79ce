# RUN: not scopec %s --emit=resolved 2>&1 | FileCheck %s

# The guide's image filter called twice without reuse: "Raises
# ValueError(... conv1/weights already exists ...)", reported at the second
# call's lookup with "called from" notes down to the model's second call,
# and a note at the lookup that created the variable with its own callers
# (the same tf.get_variable line, reached through the first call).

# CHECK: error-already-exists.py:[[#LINE:]]:{{[0-9]+}}: error: ValueError: Variable conv1/weights already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?
# CHECK: error-already-exists.py:[[#INNER:]]:{{[0-9]+}}: note: called from
# CHECK-NEXT: relu1 = conv_relu(input_images
# CHECK: error-already-exists.py:[[#SECOND:]]:{{[0-9]+}}: note: called from
# CHECK-NEXT: result2 = my_image_filter(image2)
# CHECK: error-already-exists.py:[[#LINE]]:{{[0-9]+}}: note: variable 'conv1/weights' was created here
# CHECK: error-already-exists.py:[[#INNER]]:{{[0-9]+}}: note: called from
# CHECK: error-already-exists.py:[[#SECOND-1]]:{{[0-9]+}}: note: called from
# CHECK-NEXT: result1 = my_image_filter(image1)
# CHECK-NOT: error:

import tensorflow as tf


def conv_relu(input, kernel_shape, bias_shape):
    weights = tf.get_variable("weights", kernel_shape,
                              initializer=tf.random_normal_initializer())
    biases = tf.get_variable("biases", bias_shape,
                             initializer=tf.constant_initializer(0.0))
    conv = tf.nn.conv2d(input, weights,
                        strides=[1, 1, 1, 1], padding='SAME')
    return tf.nn.relu(conv + biases)


def my_image_filter(input_images):
    with tf.variable_scope("conv1"):
        relu1 = conv_relu(input_images, [5, 5, 32, 32], [32])
    with tf.variable_scope("conv2"):
        return conv_relu(relu1, [5, 5, 32, 32], [32])


image1 = tf.placeholder(tf.float32, shape=[None, 128, 128, 32], name="image1")
image2 = tf.placeholder(tf.float32, shape=[None, 128, 128, 32], name="image2")
result1 = my_image_filter(image1)
result2 = my_image_filter(image2)
# Raises ValueError(... conv1/weights already exists ...)

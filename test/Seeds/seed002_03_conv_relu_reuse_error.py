# RUN: not scopec %s --emit=resolved 2>&1 | FileCheck %s --check-prefix=RESOLVE
# RUN: scopec %s --emit=scoped | FileCheck %s --check-prefix=SCOPED
# Seed 002 (annotated translation of the TF guide): calling my_image_filter twice without reuse raises (conv1/weights already exists)
# The lines before the sample are context it assumes (imports, inputs).
# SCOPED-COUNT-4: scope.get_variable {{.*}} reuse <none>
# SCOPED: scope.get_variable "conv1/weights" reuse <none>
# SCOPED-NOT: scope.conv2d
# RESOLVE: {{.*}}seed002_03_conv_relu_reuse_error.py:16:15: error: ValueError: Variable conv1/weights already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?
# RESOLVE: {{.*}}seed002_03_conv_relu_reuse_error.py:16:15: note: variable 'conv1/weights' was created here
import tensorflow as tf
image1 = tf.placeholder(tf.float32, [1, 128, 128, 32], name="image1")
image2 = tf.placeholder(tf.float32, [1, 128, 128, 32], name="image2")
# --- sample (verbatim) ---
def conv_relu(input, kernel_shape, bias_shape):
    # Create variable named "weights".
    weights = tf.get_variable("weights", kernel_shape,
        initializer=tf.random_normal_initializer())
    # Create variable named "biases".
    biases = tf.get_variable("biases", bias_shape,
        initializer=tf.constant_initializer(0.0))
    conv = tf.nn.conv2d(input, weights,
        strides=[1, 1, 1, 1], padding='SAME')
    return tf.nn.relu(conv + biases)
def my_image_filter(input_images):
    with tf.variable_scope("conv1"):
        # Variables created here will be named "conv1/weights", "conv1/biases".
        relu1 = conv_relu(input_images, [5, 5, 32, 32], [32])
    with tf.variable_scope("conv2"):
        # Variables created here will be named "conv2/weights", "conv2/biases".
        return conv_relu(relu1, [5, 5, 32, 32], [32])
result1 = my_image_filter(image1)
result2 = my_image_filter(image2)
# Raises ValueError(... conv1/weights already exists ...)

# RUN: scopec %s --emit=scoped | FileCheck %s
# Seed 003 (tutorial on tf.variable_scope): conv_relu, my_image_filter, image_filters with reuse_variables()
# The lines before the sample are context it assumes (imports, inputs).
# CHECK: scope.get_variable "image_filters/conv1/weights" reuse <none> {initializer = #scope.init<"random_normal", {mean = 0.000000e+00 : f64, stddev = 1.000000e+00 : f64}>, shape = array<i64: 5, 5, 32, 32>} : tensor<5x5x32x32xf32>
# CHECK: scope.get_variable "image_filters/conv1/biases" reuse <none> {initializer = #scope.init<"constant", {value = 0.000000e+00 : f64}>, shape = array<i64: 32>} : tensor<32xf32>
# CHECK: scope.conv2d {{.*}} loc("image_filters/conv1/Conv2D"
# CHECK: scope.add {{.*}} loc("image_filters/conv1/add"
# CHECK: scope.relu {{.*}} loc("image_filters/conv1/Relu"
# CHECK: scope.get_variable "image_filters/conv2/weights" reuse <none> {initializer = #scope.init<"random_normal", {mean = 0.000000e+00 : f64, stddev = 1.000000e+00 : f64}>, shape = array<i64: 5, 5, 32, 32>} : tensor<5x5x32x32xf32>
# CHECK: scope.get_variable "image_filters/conv2/biases" reuse <none> {initializer = #scope.init<"constant", {value = 0.000000e+00 : f64}>, shape = array<i64: 32>} : tensor<32xf32>
# CHECK: scope.conv2d {{.*}} loc("image_filters/conv2/Conv2D"
# CHECK: scope.add {{.*}} loc("image_filters/conv2/add"
# CHECK: scope.relu {{.*}} loc("image_filters/conv2/Relu"
# CHECK: scope.get_variable "image_filters/conv1/weights" reuse <reuse> {initializer = #scope.init<"random_normal", {mean = 0.000000e+00 : f64, stddev = 1.000000e+00 : f64}>, shape = array<i64: 5, 5, 32, 32>} : tensor<5x5x32x32xf32>
# CHECK: scope.get_variable "image_filters/conv1/biases" reuse <reuse> {initializer = #scope.init<"constant", {value = 0.000000e+00 : f64}>, shape = array<i64: 32>} : tensor<32xf32>
# CHECK: scope.conv2d {{.*}} loc("image_filters/conv1_1/Conv2D"
# CHECK: scope.add {{.*}} loc("image_filters/conv1_1/add"
# CHECK: scope.relu {{.*}} loc("image_filters/conv1_1/Relu"
# CHECK: scope.get_variable "image_filters/conv2/weights" reuse <reuse> {initializer = #scope.init<"random_normal", {mean = 0.000000e+00 : f64, stddev = 1.000000e+00 : f64}>, shape = array<i64: 5, 5, 32, 32>} : tensor<5x5x32x32xf32>
# CHECK: scope.get_variable "image_filters/conv2/biases" reuse <reuse> {initializer = #scope.init<"constant", {value = 0.000000e+00 : f64}>, shape = array<i64: 32>} : tensor<32xf32>
# CHECK: scope.conv2d {{.*}} loc("image_filters/conv2_1/Conv2D"
# CHECK: scope.add {{.*}} loc("image_filters/conv2_1/add"
# CHECK: scope.relu {{.*}} loc("image_filters/conv2_1/Relu"
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
with tf.variable_scope("image_filters") as scope:
    result1 = my_image_filter(image1)
    scope.reuse_variables()
    result2 = my_image_filter(image2)

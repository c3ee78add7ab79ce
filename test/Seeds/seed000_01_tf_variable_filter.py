# RUN: scopec %s --emit=scoped | FileCheck %s
# Seed 000 (TF guide 'Sharing Variables'): my_image_filter with tf.Variable, called twice (two sets of 4 variables)
# The lines before the sample are context it assumes (imports, inputs).
# CHECK: scope.variable "conv1_weights" {initializer = #scope.init<"random_normal"
# CHECK: scope.variable "conv1_biases" {initializer = #scope.init<"zeros">}
# CHECK: scope.conv2d {{.*}} loc("Conv2D"
# CHECK: scope.add {{.*}} loc("add"
# CHECK: scope.relu {{.*}} loc("Relu"
# CHECK: scope.variable "conv2_weights" {initializer = #scope.init<"random_normal"
# CHECK: scope.variable "conv2_biases" {initializer = #scope.init<"zeros">}
# CHECK: scope.conv2d {{.*}} loc("Conv2D_1"
# CHECK: scope.add {{.*}} loc("add_1"
# CHECK: scope.relu {{.*}} loc("Relu_1"
# CHECK: scope.variable "conv1_weights_1" {initializer = #scope.init<"random_normal"
# CHECK: scope.variable "conv1_biases_1" {initializer = #scope.init<"zeros">}
# CHECK: scope.conv2d {{.*}} loc("Conv2D_2"
# CHECK: scope.add {{.*}} loc("add_2"
# CHECK: scope.relu {{.*}} loc("Relu_2"
# CHECK: scope.variable "conv2_weights_1" {initializer = #scope.init<"random_normal"
# CHECK: scope.variable "conv2_biases_1" {initializer = #scope.init<"zeros">}
# CHECK: scope.conv2d {{.*}} loc("Conv2D_3"
# CHECK: scope.add {{.*}} loc("add_3"
# CHECK: scope.relu {{.*}} loc("Relu_3"
# CHECK: scope.output "result1", {{.*}} loc("Relu_1"
# CHECK: scope.output "result2", {{.*}} loc("Relu_3"
import tensorflow as tf
image1 = tf.placeholder(tf.float32, [1, 128, 128, 32], name="image1")
image2 = tf.placeholder(tf.float32, [1, 128, 128, 32], name="image2")
# --- sample (verbatim) ---
def my_image_filter(input_images):
    conv1_weights = tf.Variable(tf.random_normal([5, 5, 32, 32]),
                                name="conv1_weights")
    conv1_biases = tf.Variable(tf.zeros([32]), name="conv1_biases")
    conv1 = tf.nn.conv2d(input_images, conv1_weights,
                         strides=[1, 1, 1, 1], padding='SAME')
    relu1 = tf.nn.relu(conv1 + conv1_biases)

    conv2_weights = tf.Variable(tf.random_normal([5, 5, 32, 32]),
                                name="conv2_weights")
    conv2_biases = tf.Variable(tf.zeros([32]), name="conv2_biases")
    conv2 = tf.nn.conv2d(relu1, conv2_weights,
                         strides=[1, 1, 1, 1], padding='SAME')
    return tf.nn.relu(conv2 + conv2_biases)
# First call creates one set of 4 variables.
result1 = my_image_filter(image1)
# Another set of 4 variables is created in the second call.
result2 = my_image_filter(image2)

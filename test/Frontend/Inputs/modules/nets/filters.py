import tensorflow as tf
from layers import conv_relu


def image_filter(image):
    with tf.variable_scope("conv1"):
        relu1 = conv_relu(image, [5, 5, 1, 4], [4])
    with tf.variable_scope("conv2"):
        return conv_relu(relu1, [5, 5, 4, 4], [4])

import tensorflow as tf

__all__ = ["conv_relu", "describe"]


def conv_relu(input, kernel_shape, bias_shape):
    weights = tf.get_variable("weights", kernel_shape,
                              initializer=tf.random_normal_initializer())
    biases = tf.get_variable("biases", bias_shape,
                             initializer=tf.constant_initializer(0.0))
    conv = tf.nn.conv2d(input, weights, strides=[1, 1, 1, 1], padding='SAME')
    return tf.nn.relu(conv + biases)


def describe():
    return "layers from " + __name__


def _hidden():
    return 0


def broken(x):
    return x + undefined_name

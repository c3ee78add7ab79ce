import tensorflow as tf


def dense(x, n):
    w = tf.get_variable("kernel", [4, n])
    b = tf.get_variable("bias", [n])
    return tf.nn.relu(tf.matmul(x, w) + b)

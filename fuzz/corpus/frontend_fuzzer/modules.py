# A model split over sibling modules and a package (fuzz/ModelFiles.h).
import tensorflow as tf
from layers import *
import nets
from nets.blocks import Block

x = tf.placeholder(tf.float32, [2, 8, 8, 3], name="x")
with tf.variable_scope("model", reuse=tf.AUTO_REUSE):
    y = conv_relu(x, [3, 3, 3, 4], [4])
    y = Block(4)(y)
    z = Block(4)(y)
print(nets.NAME, describe())
#### module layers.py
import tensorflow as tf

__all__ = ["conv_relu", "describe"]


def conv_relu(input, kernel_shape, bias_shape):
    weights = tf.get_variable("weights", kernel_shape)
    biases = tf.get_variable("biases", bias_shape,
                             initializer=tf.constant_initializer(0.0))
    conv = tf.nn.conv2d(input, weights, strides=[1, 1, 1, 1], padding="SAME")
    return tf.nn.relu(conv + biases)


def describe():
    return "layers from " + __name__
#### module nets/__init__.py
from . import blocks
from .blocks import Block as _B
NAME = __name__ + "/" + __package__
#### module nets/blocks.py
import tensorflow as tf
from layers import conv_relu


class Block(object):
    count = 0

    def __init__(self, channels):
        Block.count += 1
        self.channels = channels

    def __call__(self, x):
        with tf.variable_scope("block"):
            return conv_relu(x, [3, 3, self.channels, self.channels],
                             [self.channels]) + x

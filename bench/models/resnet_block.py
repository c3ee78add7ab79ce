"""A ResNet basic block at stage 2 (56x56x64) as TF1 ResNet model files
write it: conv3x3 (no bias) -> batch norm -> relu -> conv3x3 -> batch norm
-> + shortcut -> relu, with tf.layers and inference-mode batch norm. scopec
folds each batch norm into the conv before it (scope-fold-batch-norm), so
the case measures BN-folded convolutions:

    scopec resnet_block.py --batch B --weights resnet_block.npz

Fetch: `output` ([B, 56, 56, 64])."""
import tensorflow as tf

images = tf.placeholder(tf.float32, [None, 56, 56, 64], name="images")


def conv_bn(x, name, relu):
    with tf.variable_scope(name):
        x = tf.layers.conv2d(x, 64, 3, padding="same", use_bias=False,
                             name="conv")
        x = tf.layers.batch_normalization(x, training=False, name="bn")
    return tf.nn.relu(x) if relu else x


h = conv_bn(images, "block1", relu=True)
h = conv_bn(h, "block2", relu=False)
output = tf.nn.relu(h + images, name="output")

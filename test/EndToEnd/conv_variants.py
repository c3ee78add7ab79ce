# Transposed, depthwise, separable, 1-D and atrous convolutions end to end:
# tf.nn.conv2d_transpose (SAME and VALID, stride 2, odd sizes, output sizes
# whose SAME padding splits unevenly, one image and a batch), atrous_conv2d_transpose, tf.layers and
# keras Conv2DTranspose (output_padding); the same with 16 and 32 input
# channels, which take the kernel's stride-decomposed paths (xt: phases of
# at most 16 pixels, the small-image path; xs: few input pixels, the
# unpacked dot-product path; xb: the packed path, and its F = 3 case the
# dot path with a batch): 2x2, 3x3, 4x4 and 5x5 filters, stride 1 and 2,
# SAME, VALID, odd output sizes, dilation 2, output channels past a whole
# tile or block;
# tf.nn.depthwise_conv2d (channel
# multiplier 2 and 8, stride 2, dilation, a row wide enough for the
# kernel's blocked interior, channels past one 32-wide block), separable_conv2d, tf.layers.
# separable_conv2d, conv1d, atrous_conv2d, l2_normalize and swish. The
# executable and the interpreter against numpy (Inputs/conv_variants_ref.py:
# the transposed convolutions as the transpose of conv2d's matrix, the rest
# from TF's documented formulas).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/conv_variants_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 29 outputs
import numpy as np
import tensorflow as tf


def pattern(shape, phase, scale=0.5):
    n = int(np.prod(shape))
    return (np.sin(np.arange(n) * 0.7 + phase) * scale).reshape(shape)


def var(name, shape, phase):
    return tf.get_variable(name, shape, initializer=tf.constant_initializer(
        pattern(shape, phase)))


def const(shape, phase):
    return tf.constant_initializer(pattern(shape, phase))


x = tf.placeholder(tf.float32, [2, 5, 4, 3], name="x")
seq = tf.placeholder(tf.float32, [2, 7, 3], name="seq")
wide = tf.placeholder(tf.float32, [1, 3, 20, 5], name="wide")
xs = tf.placeholder(tf.float32, [1, 4, 5, 16], name="xs")
xb = tf.placeholder(tf.float32, [2, 5, 7, 32], name="xb")
xt = tf.placeholder(tf.float32, [2, 3, 4, 16], name="xt")

t1 = tf.nn.conv2d_transpose(x, var("t1", [3, 3, 4, 3], 0.0), [2, 10, 8, 4],
                            [1, 2, 2, 1], padding="SAME")
tf.identity(t1, name="out_t_same")
t0 = tf.nn.conv2d_transpose(x[:1], var("t0", [3, 3, 4, 3], 15.0),
                            [1, 10, 8, 4], [1, 2, 2, 1], padding="SAME")
tf.identity(t0, name="out_t_single")
t2 = tf.nn.conv2d_transpose(x, var("t2", [3, 2, 2, 3], 1.0), [2, 11, 8, 2],
                            [1, 2, 2, 1], padding="VALID")
tf.identity(t2, name="out_t_valid")
t3 = tf.nn.conv2d_transpose(x, var("t3", [4, 4, 2, 3], 2.0), [2, 9, 7, 2],
                            strides=2)
tf.identity(t3, name="out_t_odd")
t4 = tf.nn.atrous_conv2d_transpose(x, var("t4", [3, 3, 2, 3], 3.0),
                                   [2, 9, 8, 2], rate=2, padding="VALID")
tf.identity(t4, name="out_t_atrous")
t5 = tf.layers.conv2d_transpose(x, 2, 3, strides=2, padding="same",
                                activation=tf.nn.relu,
                                kernel_initializer=const([3, 3, 2, 3], 4.0),
                                bias_initializer=const([2], 5.0))
tf.identity(t5, name="out_t_layer")
t6 = tf.keras.layers.Conv2DTranspose(
    2, 3, strides=2, padding="same", output_padding=(0, 1),
    kernel_initializer=const([3, 3, 2, 3], 6.0))(x)
tf.identity(t6, name="out_t_keras")

# Stride-decomposed paths (Conv2DTranspose.h).
for name, inp, k, f, out_hw, stride, padding, phase in [
        ("dot_same", xs, [5, 5], 7, [8, 10], 2, "SAME", 17.0),
        ("dot_odd", xs, [4, 4], 5, [7, 9], 2, "SAME", 18.0),
        ("dot_valid", xs, [3, 3], 13, [9, 11], 2, "VALID", 19.0),
        ("dot_s1", xs, [3, 3], 6, [4, 5], 1, "SAME", 20.0),
        ("pack_same", xb, [5, 5], 40, [10, 14], 2, "SAME", 21.0),
        ("pack_odd", xb, [4, 4], 16, [9, 13], 2, "SAME", 22.0),
        ("pack_valid", xb, [3, 3], 24, [11, 15], 2, "VALID", 23.0),
        ("pack_s1", xb, [3, 3], 16, [5, 7], 1, "SAME", 24.0),
        ("narrow", xb, [5, 5], 3, [10, 14], 2, "SAME", 25.0),
        ("small_same", xt, [5, 5], 7, [6, 8], 2, "SAME", 28.0),
        ("small_odd", xt[:1], [4, 4], 5, [5, 7], 2, "SAME", 29.0),
        ("small_valid", xt[:1, :2, :3], [3, 3], 6, [5, 7], 2, "VALID", 30.0)]:
    c = inp.shape.as_list()[3]
    n = inp.shape.as_list()[0]
    y = tf.nn.conv2d_transpose(inp, var("t_" + name, k + [f, c], phase),
                               [n] + out_hw + [f], [1, stride, stride, 1],
                               padding=padding)
    tf.identity(y, name="out_t_" + name)
ya = tf.nn.atrous_conv2d_transpose(xs, var("t_dot_atrous", [3, 3, 4, 16],
                                           26.0), [1, 8, 9, 4], rate=2,
                                   padding="VALID")
tf.identity(ya, name="out_t_dot_atrous")
yb = tf.nn.atrous_conv2d_transpose(xb, var("t_pack_atrous", [3, 3, 16, 32],
                                           27.0), [2, 9, 11, 16], rate=2,
                                   padding="VALID")
tf.identity(yb, name="out_t_pack_atrous")
yc = tf.nn.atrous_conv2d_transpose(xt[:1, :1, :2], var("t_small_atrous",
                                                       [2, 2, 4, 16], 31.0),
                                   [1, 3, 4, 4], rate=2, padding="VALID")
tf.identity(yc, name="out_t_small_atrous")

d1 = tf.nn.depthwise_conv2d(x, var("d1", [3, 2, 3, 2], 7.0), [1, 2, 2, 1],
                            "SAME")
tf.identity(d1, name="out_d_stride")
d2 = tf.nn.depthwise_conv2d(x, var("d2", [2, 2, 3, 1], 8.0), [1, 1, 1, 1],
                            "VALID", rate=[2, 1])
tf.identity(d2, name="out_d_rate")
d3 = tf.nn.depthwise_conv2d(wide, var("d3", [3, 3, 5, 8], 16.0),
                            [1, 1, 1, 1], "SAME")
tf.identity(d3, name="out_d_wide")
s1 = tf.layers.separable_conv2d(
    x, 4, 3, padding="same", depth_multiplier=2,
    depthwise_initializer=const([3, 3, 3, 2], 9.0),
    pointwise_initializer=const([1, 1, 6, 4], 10.0),
    bias_initializer=const([4], 11.0))
tf.identity(s1, name="out_separable")
c1 = tf.nn.conv1d(seq, var("c1", [3, 3, 5], 12.0), 2, "SAME")
tf.identity(c1, name="out_conv1d")
a1 = tf.nn.atrous_conv2d(x, var("a1", [2, 3, 3, 2], 13.0), 2, "SAME")
tf.identity(a1, name="out_atrous")
n1 = tf.nn.swish(tf.nn.l2_normalize(x, axis=3) * var("s", [3], 14.0))
tf.identity(n1, name="out_l2_swish")

# tf.pad end to end: CONSTANT (Pad with zeros, PadV2 with another value,
# on float and int32 tensors), REFLECT and SYMMETRIC (MirrorPad) up to
# their limits, paddings from a list and from a constant tensor, pad
# followed by a VALID convolution; the executable and the interpreter
# against numpy's np.pad (Inputs/pad_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/pad_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 7 outputs
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 3, 4], name="x")
i = tf.placeholder(tf.int32, [3, 2], name="i")
img = tf.placeholder(tf.float32, [1, 5, 5, 2], name="img")

out_zeros = tf.pad(x, [[0, 0], [1, 2], [2, 1]])
out_reflect = tf.pad(x, [[1, 0], [2, 2], [0, 3]], "REFLECT")
out_symmetric = tf.pad(x, tf.constant([[0, 2], [3, 3], [4, 0]]),
                       mode="symmetric")
out_value = tf.pad(x, [[0, 0], [1, 1], [1, 1]], constant_values=-2.5)
out_int = tf.pad(i, [[2, 1], [0, 3]], constant_values=7)
out_scalar_dims = tf.pad(x[:, :2, :1], [[0, 1], [1, 1], [1, 0]], "SYMMETRIC")
w = tf.constant_initializer([0.1 * k for k in range(36)])
kernel = tf.get_variable("kernel", [3, 3, 2, 2], initializer=w)
out_conv = tf.nn.conv2d(tf.pad(img, [[0, 0], [1, 1], [1, 1], [0, 0]],
                               "REFLECT"),
                        kernel, [1, 1, 1, 1], "VALID")

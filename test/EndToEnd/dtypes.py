# Integer, uint8 and bool tensors end to end: casts, integer arithmetic with
# TF's floor division and modulo of negatives, comparisons, logical ops,
# tf.where (elementwise, row selection and broadcasting where_v2), true
# division of integers (float64); lone ops and fused chains, uint8 and bool
# inputs and outputs. The compiled executable and the interpreter against
# numpy (Inputs/dtypes_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/dtypes_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 29 outputs
import tensorflow as tf

img = tf.placeholder(tf.uint8, [2, 5, 5, 3], name="img")
x = tf.placeholder(tf.float32, [4, 6], name="x")
i = tf.placeholder(tf.int32, [4, 6], name="i")
j = tf.placeholder(tf.int32, [6], name="j")  # never zero
k = tf.placeholder(tf.int64, [4, 6], name="k")
b = tf.placeholder(tf.bool, [4, 6], name="b")
r = tf.placeholder(tf.bool, [4], name="r")

outputs = {
    "image": tf.cast(img, tf.float32) / 255.0,
    "image_int": tf.cast(tf.cast(img, tf.int32) * 2 - 255, tf.float32),
    "to_int": tf.to_int32(x * 3.0),
    "to_uint8": tf.cast(x * 50.0 + 128.0, tf.uint8),
    "int_to_uint8": tf.cast(i, tf.uint8),
    "to_bool": tf.cast(x, tf.bool),
    "from_bool": tf.cast(b, tf.float32) + tf.to_float(i),
    "int_arith": i * 3 + j - 2,
    "int64": tf.cast(i, tf.int64) * k,
    "floordiv": i // j,
    "floormod": i % j,
    "floordiv_float": x // 0.7,
    "floormod_float": tf.floormod(x, -0.7),
    "truediv": i / j,
    "less": x < 0.5,
    "greater_equal": tf.greater_equal(i, j),
    "equal": tf.equal(i, j),
    "not_equal": tf.not_equal(k, 0),
    "bool_equal": tf.equal(b, x > 0),
    "logical": tf.logical_and(b, x > 0) | ~b,
    "where": tf.where(x > 0, x, -x * 2.0),
    "where_int": tf.where(b, i, i * 10),
    "where_rows": tf.where(r, x, x + 100.0),
    "where_v2": tf.where_v2(x > 0, x, 0.0),
    "maximum_int": tf.maximum(i, j),
    "abs_sign_int": tf.abs(-i) * 10 + tf.sign(i),
    "square_int": tf.square(i) - tf.squared_difference(i, j),
    "bool_out": b,
    "uint8_out": img,
}
for name, value in outputs.items():
    tf.identity(value, name="out_" + name)

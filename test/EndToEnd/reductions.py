# Every reduction and arg-reduction end to end, on float32, int32, int64 and
# bool: sum, mean (integer mean truncates), prod, max, min, any, all over
# one axis, several axes (kept or reduced last dimension), all axes and
# keepdims; argmax/argmin along each axis with ties (first index wins) and
# both index types. The compiled executable and the interpreter against
# numpy (Inputs/reductions_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/reductions_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 24 outputs
import tensorflow as tf

x = tf.placeholder(tf.float32, [3, 4, 5], name="x")
i = tf.placeholder(tf.int32, [4, 6], name="i")
k = tf.placeholder(tf.int64, [2, 3], name="k")
b = tf.placeholder(tf.bool, [4, 6], name="b")
t = tf.placeholder(tf.float32, [4, 6], name="t")  # rows with ties

outputs = {
    "sum_last": tf.reduce_sum(x, -1),
    "mean_first_keep": tf.reduce_mean(x, 0, keepdims=True),
    "max_middle": tf.reduce_max(x, axis=1),
    "min_two": tf.reduce_min(x, [0, 2]),
    "prod_two": tf.reduce_prod(x * 0.5 + 1.0, [1, 2]),
    "max_all": tf.math.reduce_max(x),
    "int_sum": tf.reduce_sum(i, 1),
    "int_mean": tf.reduce_mean(i, reduction_indices=[0]),
    "int_max": tf.reduce_max(i, 1, keep_dims=True),
    "int_min": tf.reduce_min(i),
    "int_prod": tf.reduce_prod(i, 0),
    "int64_sum": tf.reduce_sum(k, 0),
    "any_rows": tf.reduce_any(b, 1),
    "all_cols": tf.reduce_all(b, 0),
    "any_all": tf.reduce_any(b),
    "all_keep": tf.reduce_all(b, [0, 1], keepdims=True),
    "argmax_rows": tf.argmax(t, 1),
    "argmin_rows": tf.argmin(t, 1),
    "argmax_cols": tf.argmax(t, 0, output_type=tf.int32),
    "argmax_default": tf.argmax(x),
    "argmin_middle": tf.math.argmin(x, dimension=1),
    "argmax_int": tf.argmax(i, -1),
    "compare_pred": tf.cast(tf.equal(tf.argmax(t, 1), tf.argmax(t * 2.0, 1)),
                            tf.float32),
    "fused_max": tf.reduce_max(tf.nn.relu(x * 2.0 - 1.0), 2),
}
for name, value in outputs.items():
    tf.identity(value, name="out_" + name)

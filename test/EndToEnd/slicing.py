# Python indexing of tensors, tf.strided_slice, tf.slice, tf.stack and
# tf.unstack end to end:
# integer indices (shrink), negative indices and steps, clamped bounds,
# `...`, `None`/tf.newaxis, empty results, explicit masks, on float32,
# int32 and bool, alone and between fused ops. The compiled executable and
# the interpreter against numpy (Inputs/slicing_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/slicing_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 25 outputs
import tensorflow as tf

x = tf.placeholder(tf.float32, [4, 6, 5], name="x")
i = tf.placeholder(tf.int32, [5, 7], name="i")
b = tf.placeholder(tf.bool, [3, 4], name="b")
n = 3  # a Python bound, as models slice `x[:, :n]`

outputs = {
    "index": x[1],
    "last": x[-1],
    "columns": x[:, :n],
    "range_step": x[:, 1:5:2],
    "reverse": x[::-1],
    "reverse_step": x[:, ::-2, 1:],
    "negative_range": x[-3:-1, -4:],
    "clamped": x[2:100, -100:2],
    "ellipsis": x[..., 0],
    "ellipsis_middle": x[1, ..., 2:4],
    "newaxis": x[:, None, 0, tf.newaxis],
    "scalar": x[3, 5, 4] + x[0, 0, 0],
    "int_rows": i[1:4] * 2,
    "int_rev": i[::-1, ::-3],
    "bool_col": b[:, 2],
    "strided": tf.strided_slice(x, [1, 0, 4], [3, 6, 0], [1, 2, -2],
                                end_mask=2),
    "strided_shrink": tf.strided_slice(i, [0, -1], [0, 0], shrink_axis_mask=2,
                                       begin_mask=1, end_mask=1),
    "slice": tf.slice(x, [1, 2, 0], [2, -1, 3]),
    "chain": tf.nn.relu(x[:, 1:4] * 2.0 - 1.0)[..., ::2],
    "concat_halves": tf.concat([x[:, :, 3:], x[:, :, :3]], axis=2),
    "stack": tf.stack([x[0], x[2] * 2.0, x[3]]),
    "stack_last": tf.stack([i, -i], axis=-1),
    "stack_scalars": tf.stack([x[0, 0, 0], 2.0]),
    "unstack_sum": sum(tf.unstack(x, axis=1)),
    "unstack_last": tf.unstack(i, num=7, axis=-1)[6],
}
for name, value in outputs.items():
    tf.identity(value, name="out_" + name)

# tf.gather_nd (full and partial index tuples, an out-of-range tuple giving
# zeros), tf.cumsum (axes, exclusive, reverse) and tf.einsum (matmul,
# batched, contraction with a vector, outer product, sums, transpose) end to
# end: the executable and the interpreter against numpy
# (Inputs/array_ops_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/array_ops_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 12 outputs
import tensorflow as tf

x = tf.placeholder(tf.float32, [3, 4, 2], name="x")
y = tf.placeholder(tf.float32, [3, 5, 2], name="y")
one = tf.get_variable("one", [], initializer=tf.ones_initializer())
v = x * one

tf.identity(tf.gather_nd(v, [[0, 1], [2, 3], [1, 0], [3, 0]]),
            name="out_gather_rows")
tf.identity(tf.gather_nd(v, [[[2, 3, 1]], [[0, 0, 0]], [[1, 4, 0]]]),
            name="out_gather_elems")
tf.identity(tf.cumsum(v, axis=1), name="out_cumsum")
tf.identity(tf.cumsum(v, axis=0, exclusive=True), name="out_cumsum_excl")
tf.identity(tf.cumsum(v, axis=-1, reverse=True), name="out_cumsum_rev")
tf.identity(tf.cumsum(v, 1, exclusive=True, reverse=True),
            name="out_cumsum_both")
tf.identity(tf.einsum("bij,bkj->bik", v, y), name="out_einsum_batched")
tf.identity(tf.einsum("ijk,k->ij", v, tf.constant([0.5, -2.0])),
            name="out_einsum_vector")
tf.identity(tf.einsum("ij,jk->ik", v[0], tf.transpose(y[1])),
            name="out_einsum_matmul")
tf.identity(tf.einsum("i,j->ij", v[0, :, 0], y[2, :, 1]),
            name="out_einsum_outer")
tf.identity(tf.einsum("ijk->kj", v), name="out_einsum_sum")
tf.identity(tf.einsum("ijk->", v) + tf.einsum("ij->ji", v[1]),
            name="out_einsum_total")

# tf.gather and tf.nn.embedding_lookup end to end: an embedding table read
# by int32 ids of rank 2, gathers along axes 0, 1 and -1 with int32 and
# int64 indices (repeated, and out of range: zeros, as TF's GPU kernel),
# on float and int32 params; the executable and the interpreter against
# numpy (Inputs/gather_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/gather_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 5 outputs
import tensorflow as tf

ids = tf.placeholder(tf.int32, [2, 3], name="ids")
w = tf.placeholder(tf.float32, [3, 5, 2], name="w")
t = tf.placeholder(tf.int32, [4, 3], name="t")
table = tf.get_variable("embedding", [10, 4], initializer=tf.constant_initializer(
    [0.25 * k for k in range(40)]))
out_embed = tf.nn.embedding_lookup(table, ids)
out_axis1 = tf.gather(w, [4, 0, 4, 7], axis=1)
out_axis_last = tf.gather(w, tf.constant([1, 0, -1], dtype=tf.int64), axis=-1)
out_ids = tf.gather(w, ids)
out_int = tf.gather(t, [[3, 0], [1, 1]])

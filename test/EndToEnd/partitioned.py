# Partitioned variables and custom getters end to end: an embedding table
# in three partitions read with TF's "mod" and "div" partition strategies
# (int32 and int64 ids), a dense weight partitioned along its columns and
# initialized partition by partition from partition_info, used through its
# concatenation, and a custom getter that scales what get_variable returns;
# the executable and the interpreter against numpy
# (Inputs/partitioned_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/partitioned_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 4 outputs
import numpy as np
import tensorflow as tf

ids = tf.placeholder(tf.int32, [2, 4], name="ids")
ids64 = tf.placeholder(tf.int64, [5], name="ids64")
x = tf.placeholder(tf.float32, [2, 6], name="x")

table = np.arange(30, dtype=np.float32).reshape(10, 3) * 0.5
emb = tf.get_variable("emb", initializer=tf.constant(table),
                      partitioner=tf.fixed_size_partitioner(3))
out_mod = tf.nn.embedding_lookup(emb, ids)
out_div = tf.nn.embedding_lookup(emb, ids64, partition_strategy="div")

w_values = np.linspace(-1.0, 1.0, 30, dtype=np.float32).reshape(6, 5)


def w_init(shape, dtype=None, partition_info=None):
    r, c = partition_info.var_offset
    return w_values[r:r + shape[0], c:c + shape[1]]


with tf.variable_scope("dense", partitioner=tf.fixed_size_partitioner(2, axis=1)):
    w = tf.get_variable("w", [6, 5], initializer=w_init)
out_dense = tf.matmul(x, w)


def double(getter, name, *args, **kwargs):
    return getter(name, *args, **kwargs) * 2.0


with tf.variable_scope("scaled", custom_getter=double):
    b = tf.get_variable("b", [5], initializer=tf.constant_initializer(
        [1.0, 2.0, 3.0, 4.0, 5.0]))
out_scaled = tf.matmul(x, w) + b

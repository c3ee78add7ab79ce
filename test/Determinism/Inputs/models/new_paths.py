# Determinism of this round's paths: partitioned variables (random and
# Python initializers), custom getters, EMA shadows, unrolled loops,
# TensorArray, map_fn, an embedding seq2seq decoder, tf.Print.
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 6], name="x")
ids = tf.placeholder(tf.int32, [2, 3], name="ids")
with tf.variable_scope("part", partitioner=tf.fixed_size_partitioner(3)):
    emb = tf.get_variable("emb", [10, 4])
    w = tf.get_variable("w", [6, 5],
                        initializer=tf.truncated_normal_initializer(0.0, 0.5))
looked = tf.nn.embedding_lookup(emb, ids)


def scale(getter, name, *args, **kwargs):
    return getter(name, *args, **kwargs) * 0.5


with tf.variable_scope("g", custom_getter=scale):
    h = tf.matmul(x, w) + tf.get_variable("b", [5])
ema = tf.train.ExponentialMovingAverage(0.9)
ema.apply([emb._get_variable_list()[0]])


def body(i, acc, ta):
    v = tf.get_variable("loop_w", [5, 5])
    acc = tf.tanh(tf.matmul(acc, v))
    return i + 1, acc, ta.write(i, acc)


_, acc, ta = tf.while_loop(lambda i, a, t: i < 3, body,
                           [0, h, tf.TensorArray(tf.float32, size=3)])
stacked = tf.Print(ta.stack(), [acc])
mapped = tf.map_fn(lambda r: tf.reduce_sum(r * r), looked)
cell = tf.nn.rnn_cell.GRUCell(4)
outs, state = tf.contrib.legacy_seq2seq.embedding_rnn_decoder(
    tf.unstack(ids, axis=1), tf.zeros([2, 4]), cell, num_symbols=10,
    embedding_size=3, feed_previous=True)
tf.identity(stacked, name="stacked")
tf.identity(mapped, name="mapped")
tf.identity(tf.stack(outs), name="decoded")

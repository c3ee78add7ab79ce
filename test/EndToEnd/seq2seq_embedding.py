# tf.contrib.legacy_seq2seq.embedding_rnn_seq2seq with feed_previous=True
# (an EmbeddingWrapper encoder over static_rnn, then embedding_rnn_decoder
# over an OutputProjectionWrapper whose argmax symbol, embedded, feeds the
# next step; again with feed_previous a bool tensor, which TF turns into a
# tf.cond over two decoders sharing variables): the executable and the
# interpreter against numpy
# (Inputs/seq2seq_embedding_ref.py). Variable names:
# test/Frontend/seq2seq_names.py.
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -I %S/Inputs -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/seq2seq_embedding_ref.py --scopec scopec --model %t/model --source %s --dir %t --scopec-args="-I %S/Inputs" | FileCheck %s
# CHECK: checked 3 outputs
import tensorflow as tf
from rnn_weights import init

enc = tf.placeholder(tf.int32, [3, 2], name="enc")
dec = tf.placeholder(tf.int32, [3, 2], name="dec")
cell = tf.nn.rnn_cell.BasicRNNCell(4)
with tf.variable_scope("s2s", initializer=init(2.0)):
    outs, state = tf.contrib.legacy_seq2seq.embedding_rnn_seq2seq(
        tf.unstack(enc), tf.unstack(dec), cell, num_encoder_symbols=5,
        num_decoder_symbols=6, embedding_size=3, feed_previous=True)
tf.identity(tf.stack(outs), name="out_logits")
tf.identity(state, name="out_state")

feed_previous = tf.placeholder_with_default(True, [], name="feed_previous")
with tf.variable_scope("s2s_cond", initializer=init(2.0)):
    outs2, _ = tf.contrib.legacy_seq2seq.embedding_rnn_seq2seq(
        tf.unstack(enc), tf.unstack(dec), tf.nn.rnn_cell.BasicRNNCell(4),
        num_encoder_symbols=5, num_decoder_symbols=6, embedding_size=3,
        feed_previous=feed_previous)
tf.identity(tf.stack(outs2), name="out_logits_cond")

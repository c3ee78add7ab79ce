# tf.contrib.legacy_seq2seq.embedding_attention_seq2seq (the TF translate
# tutorial's model: an EmbeddingWrapper encoder, then attention_decoder with
# one head over the encoder outputs, an OutputProjectionWrapper cell and
# feed_previous=True): the executable and the interpreter against numpy
# written from TF 1.15's seq2seq.py (Inputs/seq2seq_attention_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -I %S/Inputs -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/seq2seq_attention_ref.py --scopec scopec --model %t/model --source %s --dir %t --scopec-args="-I %S/Inputs" | FileCheck %s
# CHECK: checked 4 outputs
import tensorflow as tf
from rnn_weights import pattern

enc = tf.placeholder(tf.int32, [3, 2], name="enc")
dec = tf.placeholder(tf.int32, [3, 2], name="dec")
# Weights large enough that the attention weights are far from uniform.
big = lambda shape, dtype=None, partition_info=None: pattern(shape, 1.5, 2.0)
with tf.variable_scope("s2s", initializer=big):
    outs, state = tf.contrib.legacy_seq2seq.embedding_attention_seq2seq(
        tf.unstack(enc), tf.unstack(dec), tf.nn.rnn_cell.BasicRNNCell(4),
        num_encoder_symbols=5, num_decoder_symbols=6, embedding_size=3,
        feed_previous=True)
tf.identity(tf.stack(outs), name="out_logits")
tf.identity(state, name="out_state")

# The same model fed its decoder inputs (feed_previous=False), attending to
# the encoder's final state before the first step: one loop over all steps.
with tf.variable_scope("s2s_fed", initializer=big):
    outs, state = tf.contrib.legacy_seq2seq.embedding_attention_seq2seq(
        tf.unstack(enc), tf.unstack(dec), tf.nn.rnn_cell.BasicRNNCell(4),
        num_encoder_symbols=5, num_decoder_symbols=6, embedding_size=3,
        initial_state_attention=True)
tf.identity(tf.stack(outs), name="out_fed_logits")
tf.identity(state, name="out_fed_state")

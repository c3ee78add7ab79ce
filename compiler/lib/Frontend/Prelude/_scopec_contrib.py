# tf.contrib of TensorFlow 1.15 as far as scopec builds it: layers, slim
# and framework (Prelude/_scopec_contrib_*.py, _scopec_slim.py). Any other
# contrib module is a clear error when used.
import _scopec_contrib_framework as framework
import _scopec_contrib_layers as layers
import _scopec_slim as slim
import _scopec_rnn_cell

rnn = _scopec_rnn_cell.contrib_rnn
legacy_seq2seq = _scopec_rnn_cell.legacy_seq2seq


def __getattr__(name):
    raise AttributeError(
        "tf.contrib.%s is not supported by scopec (it builds tf.contrib."
        "layers, tf.contrib.slim, tf.contrib.framework, tf.contrib.rnn's "
        "cells and tf.contrib.legacy_seq2seq's rnn_decoder)" % name)

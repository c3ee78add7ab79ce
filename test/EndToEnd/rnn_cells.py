# TF 1.15's RNN cells unrolled by tf.nn.static_rnn, end to end: BasicLSTMCell
# (gates i, j, f, o; forget_bias 1), GRUCell (gates r, u; candidate),
# MultiRNNCell of a BasicRNNCell and an LSTMCell with peepholes, cell clip
# and a projection, over sequences whose lengths end early (zero outputs,
# state carried), and tf.nn.dynamic_rnn (batch-major and time-major, with
# sequence lengths). The executable and the interpreter against numpy
# (Inputs/rnn_cells_ref.py, TF's formulas).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -I %S/Inputs -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/rnn_cells_ref.py --scopec scopec --model %t/model --source %s --dir %t --scopec-args="-I %S/Inputs" | FileCheck %s
# CHECK: checked 9 outputs
import tensorflow as tf
from rnn_weights import init


x = tf.placeholder(tf.float32, [4, 2, 3], name="x")
steps = tf.unstack(x)
with tf.variable_scope("lstm", initializer=init(2.0)):
    outs, state = tf.nn.static_rnn(tf.nn.rnn_cell.BasicLSTMCell(5), steps,
                                   dtype=tf.float32)
tf.identity(tf.stack(outs), name="out_lstm")
tf.identity(state.c, name="out_lstm_c")
gru = tf.contrib.rnn.GRUCell(4, kernel_initializer=init(1.0))
g, gs = tf.nn.static_rnn(gru, steps, dtype=tf.float32, scope="gru")
tf.identity(tf.stack(g), name="out_gru")
multi = tf.nn.rnn_cell.MultiRNNCell([
    tf.nn.rnn_cell.BasicRNNCell(3),
    tf.nn.rnn_cell.LSTMCell(4, use_peepholes=True, cell_clip=0.6, num_proj=2,
                            initializer=init(4.0))])
with tf.variable_scope("m", initializer=init(3.0)):
    m, ms = tf.nn.static_rnn(multi, steps, dtype=tf.float32,
                             sequence_length=[2, 4])
tf.identity(tf.stack(m), name="out_multi")
tf.identity(ms[1].c, name="out_multi_c")
tf.identity(ms[0], name="out_multi_rnn_state")
with tf.variable_scope("dyn", initializer=init(2.0)):
    d, ds = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicLSTMCell(5),
                              tf.transpose(x, [1, 0, 2]), dtype=tf.float32)
tf.identity(d, name="out_dynamic")
with tf.variable_scope("dyn_len", initializer=init(3.0)):
    dl, dls = tf.nn.dynamic_rnn(tf.nn.rnn_cell.BasicRNNCell(3), x,
                                sequence_length=[3, 1], time_major=True,
                                dtype=tf.float32)
tf.identity(dl, name="out_dynamic_len")
tf.identity(dls, name="out_dynamic_len_state")

# TF 1.15's RNN cells are layers: tf.nn.static_rnn creates their variables
# on the first step under `rnn` (or its scope) and reuses them afterwards,
# with TF's names (GRU's gates/candidate, MultiRNNCell's cell_N, LSTMCell's
# peepholes and projection); dynamic_rnn (unrolled) names the same way;
# zero_state and LSTMStateTuple; errors.
# RUN: not scopec %s --emit=params 2>&1 | FileCheck %s
import tensorflow as tf

x = [tf.placeholder(tf.float32, [2, 3], name="x%d" % t) for t in range(4)]
cell = tf.nn.rnn_cell.BasicLSTMCell(5)
outs, state = tf.nn.static_rnn(cell, x, dtype=tf.float32)
print(len(outs), type(state).__name__, state.c.shape, cell.state_size,
      cell.output_size)
# CHECK: 4 LSTMStateTuple (2, 5) LSTMStateTuple(c=5, h=5) 5
with tf.variable_scope("gru"):
    tf.nn.static_rnn(tf.contrib.rnn.GRUCell(4), x, dtype=tf.float32)
multi = tf.nn.rnn_cell.MultiRNNCell([
    tf.nn.rnn_cell.BasicRNNCell(3),
    tf.nn.rnn_cell.LSTMCell(2, use_peepholes=True, num_proj=2)])
print(multi.state_size, multi.zero_state(2, tf.float32)[0].shape)
# CHECK-NEXT: (3, LSTMStateTuple(c=2, h=2)) (2, 3)
tf.nn.static_rnn(multi, x, dtype=tf.float32, scope="multi")
for v in tf.global_variables():
    print(v.name, v.shape)
# CHECK-NEXT: rnn/basic_lstm_cell/kernel:0 (8, 20)
# CHECK-NEXT: rnn/basic_lstm_cell/bias:0 (20,)
# CHECK-NEXT: gru/rnn/gru_cell/gates/kernel:0 (7, 8)
# CHECK-NEXT: gru/rnn/gru_cell/gates/bias:0 (8,)
# CHECK-NEXT: gru/rnn/gru_cell/candidate/kernel:0 (7, 4)
# CHECK-NEXT: gru/rnn/gru_cell/candidate/bias:0 (4,)
# CHECK-NEXT: multi/multi_rnn_cell/cell_0/basic_rnn_cell/kernel:0 (6, 3)
# CHECK-NEXT: multi/multi_rnn_cell/cell_0/basic_rnn_cell/bias:0 (3,)
# CHECK-NEXT: multi/multi_rnn_cell/cell_1/lstm_cell/kernel:0 (5, 8)
# CHECK-NEXT: multi/multi_rnn_cell/cell_1/lstm_cell/bias:0 (8,)
# CHECK-NEXT: multi/multi_rnn_cell/cell_1/lstm_cell/w_f_diag:0 (2,)
# CHECK-NEXT: multi/multi_rnn_cell/cell_1/lstm_cell/w_i_diag:0 (2,)
# CHECK-NEXT: multi/multi_rnn_cell/cell_1/lstm_cell/w_o_diag:0 (2,)
# CHECK-NEXT: multi/multi_rnn_cell/cell_1/lstm_cell/projection/kernel:0 (2, 2)
try:
    tf.nn.static_rnn(tf.nn.rnn_cell.BasicRNNCell(2), x)
except ValueError as e:
    print(e)
# CHECK-NEXT: If no initial_state is provided, dtype must be specified
try:
    tf.contrib.rnn.LSTMBlockCell
except AttributeError as e:
    print(e)
# CHECK-NEXT: LSTMBlockCell is not supported by scopec (of tf.nn.rnn_cell and tf.contrib.rnn it builds
outputs, final = tf.nn.dynamic_rnn(tf.nn.rnn_cell.GRUCell(2), tf.stack(x, 1),
                                   dtype=tf.float32, scope="dyn")
print(outputs.shape, final.shape, tf.global_variables()[-4].name)
# CHECK-NEXT: (2, 4, 2) (2, 2) dyn/gru_cell/gates/kernel:0
# CHECK: rnn_cell_names.py:[[@LINE+1]]:1: error: tf.nn.raw_rnn is not supported by scopec
tf.nn.raw_rnn(cell, None)

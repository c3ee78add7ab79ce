# Trained RNN weights bound by TF's names: a MultiRNNCell of an LSTMCell and
# a GRUCell under dynamic_rnn in scope `encoder` takes its kernels and
# biases from an .npz keyed `encoder/multi_rnn_cell/cell_N/...` (written by
# Inputs/rnn_weights_ref.py, biases non-zero), the parameter table shows each
# read at every one of the loop's 5 steps, and the executable and the interpreter match numpy
# on those weights.
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: %python %S/Inputs/rnn_weights_ref.py %t/w.npz
# RUN: scopec %s --weights %t/w.npz --emit=params | FileCheck %s --check-prefix=PARAMS
# PARAMS: encoder/multi_rnn_cell/cell_0/lstm_cell/kernel (7, 16) float32 {{.*}} 5 {{.*}} (x5)
# PARAMS: encoder/multi_rnn_cell/cell_0/lstm_cell/bias (16,) float32 {{.*}} 5 {{.*}} (x5)
# PARAMS: encoder/multi_rnn_cell/cell_1/gru_cell/gates/kernel (7, 6) float32 {{.*}} 5 {{.*}} (x5)
# PARAMS: encoder/multi_rnn_cell/cell_1/gru_cell/gates/bias (6,) float32 {{.*}} 5 {{.*}} (x5)
# PARAMS: encoder/multi_rnn_cell/cell_1/gru_cell/candidate/kernel (7, 3) float32 {{.*}} 5 {{.*}} (x5)
# PARAMS: encoder/multi_rnn_cell/cell_1/gru_cell/candidate/bias (3,) float32 {{.*}} 5 {{.*}} (x5)
# RUN: scopec %s --weights %t/w.npz -o %t/model
# RUN: %python %S/../EndToEnd/Inputs/check_against_numpy.py --refs %S/Inputs/rnn_weights_ref.py --scopec scopec --model %t/model --source %s --dir %t --scopec-args="--weights %t/w.npz" | FileCheck %s
# CHECK: checked 2 outputs
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 5, 3], name="x")
cell = tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.LSTMCell(4),
                                    tf.nn.rnn_cell.GRUCell(3)])
outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32,
                                   scope="encoder")
tf.identity(outputs, name="out_outputs")
tf.identity(state[0].c, name="out_lstm_c")

# tf.nn.bidirectional_dynamic_rnn (GRU cells, sequence lengths: the
# backward cell reads each sequence reversed within its length),
# tf.nn.static_bidirectional_rnn (LSTM cells, per-step fw/bw outputs
# concatenated) and tf.reverse_sequence (lengths from a placeholder, on
# either axis order), end to end: the executable and the interpreter against
# numpy (Inputs/rnn_bidirectional_ref.py, TF's formulas).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -I %S/Inputs -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/rnn_bidirectional_ref.py --scopec scopec --model %t/model --source %s --dir %t --scopec-args="-I %S/Inputs" | FileCheck %s
# RUN: scopec %s -I %S/Inputs --emit=scoped -o /dev/null | FileCheck %s --check-prefix=NAMES
# CHECK: checked 8 outputs
# NAMES: ReverseSequence_1 ReverseSequence_2
# NAMES: bidirectional_rnn/fw/gru_cell/gates/kernel:0 (7, 8)
# NAMES: bidirectional_rnn/bw/gru_cell/candidate/kernel:0 (7, 4)
# NAMES: sbi/bidirectional_rnn/fw/basic_lstm_cell/kernel:0 (6, 12)
# NAMES: sbi/bidirectional_rnn/bw/basic_lstm_cell/bias:0 (12,)
import tensorflow as tf
from rnn_weights import init


x = tf.placeholder(tf.float32, [2, 4, 3], name="x")
lengths = tf.placeholder(tf.int32, [2], name="lengths")
(fw, bw), (sf, sb) = tf.nn.bidirectional_dynamic_rnn(
    tf.nn.rnn_cell.GRUCell(4, kernel_initializer=init(1.0)),
    tf.nn.rnn_cell.GRUCell(4, kernel_initializer=init(2.0)), x,
    sequence_length=[4, 2], dtype=tf.float32)
out_fw = tf.identity(fw)
out_bw = tf.identity(bw)
out_state_bw = tf.identity(sb)
steps = tf.unstack(x, axis=1)
with tf.variable_scope("sbi", initializer=init(3.0)):
    outs, s_fw, s_bw = tf.nn.static_bidirectional_rnn(
        tf.nn.rnn_cell.BasicLSTMCell(3), tf.nn.rnn_cell.BasicLSTMCell(3),
        steps, dtype=tf.float32, sequence_length=[3, 4])
out_static = tf.stack(outs)
out_static_fw_h = tf.identity(s_fw.h)
out_static_bw_c = tf.identity(s_bw.c)
r1 = tf.reverse_sequence(x, lengths, seq_axis=1, batch_axis=0)
r2 = tf.reverse_sequence(tf.transpose(x, [1, 0, 2]), lengths, 0, 1)
out_reverse_batch_major = r1 * 1.0
out_reverse_time_major = r2 * 1.0
print(r1.op.name, r2.op.name)
for v in tf.global_variables():
    print(v.name, v.shape)

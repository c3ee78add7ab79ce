# tf.contrib.legacy_seq2seq.rnn_decoder (with a loop_function feeding each
# step the previous output, as char-rnn samples) and tf.clip_by_norm /
# tf.global_norm / tf.clip_by_global_norm on tensors, end to end: the
# executable and the interpreter against numpy (Inputs/seq2seq_clip_ref.py).
# Over gradients (training-time values scopec does not build) the clipped
# results are training-time too (test/Frontend/clip_gradients.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -I %S/Inputs -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/seq2seq_clip_ref.py --scopec scopec --model %t/model --source %s --dir %t --scopec-args="-I %S/Inputs" | FileCheck %s
# CHECK: checked 4 outputs
import tensorflow as tf
from rnn_weights import init


x = tf.placeholder(tf.float32, [3, 2, 4], name="x")
proj = tf.get_variable("proj", [3, 4], initializer=init(5.0))
cell = tf.nn.rnn_cell.BasicRNNCell(3)


def loop(prev, i):
    return tf.tanh(tf.matmul(prev, proj))


with tf.variable_scope("dec", initializer=init(1.0)):
    outs, state = tf.contrib.legacy_seq2seq.rnn_decoder(
        tf.unstack(x), cell.zero_state(2, tf.float32), cell,
        loop_function=loop)
tf.identity(tf.stack(outs), name="out_decoder")
v = x * tf.get_variable("one", [], initializer=tf.ones_initializer())
tf.identity(tf.clip_by_norm(v, 1.5, axes=[2]), name="out_clip_norm")
clipped, norm = tf.clip_by_global_norm([v[0], v[1] * 3.0], 2.0)
tf.identity(tf.stack(clipped), name="out_clip_global")
tf.identity(norm, name="out_global_norm")

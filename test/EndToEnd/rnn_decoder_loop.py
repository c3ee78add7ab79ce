# legacy_seq2seq.rnn_decoder with a loop_function as one loop: the first
# step on its input, the other 39 each on loop_function(previous output)
# (char-rnn's sampling decoder: project, argmax, embed) in one scope.loop
# carrying the LSTM state and the output, so the IR does not grow with the
# steps; a loop_function that uses its step index (`i % 2`) is unrolled, as
# TF runs it. Variables are created once, outside the loop. The executable
# and the interpreter against numpy (Inputs/rnn_decoder_loop_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -I %S/Inputs -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/rnn_decoder_loop_ref.py --scopec scopec --model %t/model --source %s --dir %t --scopec-args="-I %S/Inputs" | FileCheck %s
# CHECK: checked 3 outputs
# One loop (the sampling decoder); the step-index decoder is 6 unrolled
# steps of BasicRNNCell: 6 matmuls, next to the LSTM's one before the loop
# and the projection's and the LSTM's in it (the abandoned loop and its
# first step are pruned).
# RUN: scopec %s -I %S/Inputs --emit=fused | FileCheck %s --check-prefix=IR
# IR-COUNT-1: scope.loop steps 39
# IR-NOT: scope.loop steps
# RUN: scopec %s -I %S/Inputs --emit=fused | grep -c "scope.matmul\|scope.fused_matmul" | FileCheck %s --check-prefix=MATMULS
# MATMULS: {{^9$}}
# RUN: scopec %s -I %S/Inputs --emit=params | FileCheck %s --check-prefix=PARAMS
# PARAMS: sample/rnn_decoder/basic_lstm_cell/kernel {{.*}} 1
import tensorflow as tf
from rnn_weights import init

vocab, units, steps = 5, 4, 40
start = tf.placeholder(tf.int32, [2], name="start")
embedding = tf.get_variable("embedding", [vocab, units], initializer=init(2.0))
softmax_w = tf.get_variable("softmax_w", [units, vocab], initializer=init(3.0))
softmax_b = tf.get_variable("softmax_b", [vocab], initializer=init(4.0))


def loop(prev, _):
    prev = tf.matmul(prev, softmax_w) + softmax_b
    prev_symbol = tf.stop_gradient(tf.argmax(prev, 1))
    return tf.nn.embedding_lookup(embedding, prev_symbol)


cell = tf.nn.rnn_cell.BasicLSTMCell(units)
first = tf.nn.embedding_lookup(embedding, start)
inputs = [first] + [tf.zeros_like(first)] * (steps - 1)
with tf.variable_scope("sample", initializer=init(1.0)):
    outputs, state = tf.contrib.legacy_seq2seq.rnn_decoder(
        inputs, cell.zero_state(2, tf.float32), cell, loop_function=loop)
tf.identity(tf.stack(outputs), name="out_sampled")
tf.identity(state.c, name="out_final_c")

# A loop_function that reads its step index: unrolled.
small = tf.nn.rnn_cell.BasicRNNCell(3)
x = tf.placeholder(tf.float32, [6, 2, 3], name="x")


def alternate(prev, i):
    return prev * (1.0 if i % 2 else -1.0)


with tf.variable_scope("alternate", initializer=init(5.0)):
    alt, _ = tf.contrib.legacy_seq2seq.rnn_decoder(
        tf.unstack(x), small.zero_state(2, tf.float32), small,
        loop_function=alternate)
tf.identity(tf.stack(alt), name="out_alternate")

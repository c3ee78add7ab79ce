# A character RNN written the way public TF1 repositories write it
# (embedding, tf.split + squeeze into steps, legacy_seq2seq.rnn_decoder over
# a 2-layer MultiRNNCell of BasicLSTMCells, tf.concat of the outputs,
# reshape, softmax): one loop per layer in the IR (scope-split-loop-layers;
# the split/concat around them fold away), and the executable and the
# interpreter match numpy
# (Inputs/char_rnn_ref.py).
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -I %S/Inputs --emit=fused | FileCheck %s --check-prefix=IR
# IR: scope.gather
# IR-NOT: scope.split {{.*}}axis = 1
# IR-COUNT-2: scope.loop steps 6 carry
# IR-NOT: scope.loop steps
# IR-NOT: scope.concat {{.*}}axis = 1 : i64} : tensor<2x5xf32>, tensor<2x5xf32>, tensor<2x5xf32>
# IR: scope.output "out_probs"
# RUN: scopec %s -I %S/Inputs -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/char_rnn_ref.py --scopec scopec --model %t/model --source %s --dir %t --scopec-args="-I %S/Inputs" | FileCheck %s
# CHECK: checked 3 outputs
import tensorflow as tf
from tensorflow.contrib import legacy_seq2seq, rnn
from rnn_weights import init

batch_size, seq_length, rnn_size, vocab_size, num_layers = 2, 6, 5, 7, 2


class Model():
    def __init__(self):
        cells = [rnn.BasicLSTMCell(rnn_size) for _ in range(num_layers)]
        self.cell = cell = rnn.MultiRNNCell(cells, state_is_tuple=True)
        self.input_data = tf.placeholder(tf.int32, [batch_size, seq_length],
                                         name="input_data")
        self.initial_state = cell.zero_state(batch_size, tf.float32)
        with tf.variable_scope("rnnlm", initializer=init(0.5)):
            softmax_w = tf.get_variable("softmax_w", [rnn_size, vocab_size])
            softmax_b = tf.get_variable("softmax_b", [vocab_size])
        embedding = tf.get_variable("embedding", [vocab_size, rnn_size],
                                    initializer=init(1.0))
        inputs = tf.nn.embedding_lookup(embedding, self.input_data)
        inputs = tf.split(inputs, seq_length, 1)
        inputs = [tf.squeeze(input_, [1]) for input_ in inputs]
        with tf.variable_scope("net", initializer=init(2.0)):
            outputs, last_state = legacy_seq2seq.rnn_decoder(
                inputs, self.initial_state, cell, scope="rnnlm")
        output = tf.reshape(tf.concat(outputs, 1), [-1, rnn_size])
        self.logits = tf.matmul(output, softmax_w) + softmax_b
        self.probs = tf.nn.softmax(self.logits, name="out_probs")
        self.final_state = last_state
        tf.identity(last_state[1].c, name="out_c1")
        tf.identity(outputs[-1], name="out_last")


model = Model()

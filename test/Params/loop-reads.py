# A parameter used in a loop is read once per step: the frontend builds the
# loop body once, as TensorFlow builds a while loop's body, and the table
# counts the reads a run makes (TensorFlow's unrolled rnn_decoder looks the
# kernel up at each of its 5 steps); one used after the loop, once.
# RUN: scopec %s --emit=params | FileCheck %s
# RUN: scopec %s --emit=params --format=json | FileCheck %s --check-prefix=JSON
# CHECK: rnn/basic_rnn_cell/kernel (7, 4) {{.*}} 5  {{.*}}loop-reads.py:[[#CALL:]]:{{[0-9]+}} (x5)
# CHECK: rnn/basic_rnn_cell/bias (4,) {{.*}} zeros 5  {{.*}}loop-reads.py:[[#CALL]]:{{[0-9]+}} (x5)
# CHECK: out/w (4, 2) {{.*}} 1  {{.*}}loop-reads.py:{{[0-9]+}}:{{[0-9]+}}{{$}}
# CHECK: total: 3 parameters
# JSON: "name": "rnn/basic_rnn_cell/kernel",
# JSON: "times": 5
# JSON: "name": "out/w",
# JSON: "times": 1
import tensorflow as tf

inputs = tf.placeholder(tf.float32, [2, 5, 3], name="inputs")
cell = tf.nn.rnn_cell.BasicRNNCell(4)
outputs, state = tf.nn.dynamic_rnn(cell, inputs, dtype=tf.float32)
w = tf.get_variable("out/w", [4, 2])
logits = tf.matmul(state, w, name="logits")

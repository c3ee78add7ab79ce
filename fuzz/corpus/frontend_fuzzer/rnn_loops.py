# RNN cells, a while loop over a TensorArray and a dropout wrapper.
import tensorflow as tf

batch, steps, depth = 2, 5, 3
inputs = tf.placeholder(tf.float32, [batch, steps, depth], name="inputs")
keep_prob = 1.0
cells = [tf.nn.rnn_cell.DropoutWrapper(tf.nn.rnn_cell.LSTMCell(4),
                                       output_keep_prob=keep_prob)
         for _ in range(2)]
cell = tf.nn.rnn_cell.MultiRNNCell(cells)
outputs, state = tf.nn.dynamic_rnn(cell, inputs, dtype=tf.float32)

ta = tf.TensorArray(tf.float32, size=steps).unstack(
    tf.transpose(inputs, [1, 0, 2]))
out = tf.TensorArray(tf.float32, size=steps)


def body(i, acc, out):
    with tf.variable_scope("step", reuse=tf.AUTO_REUSE):
        h = tf.layers.dense(ta.read(i), depth, activation=tf.tanh)
    return i + 1, acc + h, out.write(i, h)


_, total, out = tf.while_loop(lambda i, *_: i < steps, body,
                              [tf.constant(0), tf.zeros([batch, depth]), out])
stacked = out.stack()
pred = tf.cond(tf.constant(True), lambda: total, lambda: -total)

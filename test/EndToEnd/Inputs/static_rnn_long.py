# rnn_long.py's static_rnn variant: steps from tf.unstack, outputs stacked
# again and the last one taken; the time dimension is set by --batch.
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, None, 3], name="x")
steps = tf.unstack(x, axis=1)
outputs, state = tf.nn.static_rnn(tf.nn.rnn_cell.BasicLSTMCell(8), steps,
                                  dtype=tf.float32)
tf.identity(tf.stack(outputs, 1), name="out")
tf.identity(outputs[-1], name="last")

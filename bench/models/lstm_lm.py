"""The recurrent core of a char-rnn / PTB language model, as TF1 model files
build it: a MultiRNNCell of BasicLSTMCells run by tf.nn.dynamic_rnn over
[batch, steps, units] inputs (the embedding and softmax layers left out, so
the case measures the recurrence). Shapes come from flags:

    scopec lstm_lm.py --batch B --flag=steps=T --flag=units=H --flag=layers=L

Fetch: `outputs` ([B, T, H], every step of the top layer)."""
import tensorflow as tf

flags = tf.app.flags
flags.DEFINE_integer("steps", 50, "time steps")
flags.DEFINE_integer("units", 128, "LSTM units (and input size)")
flags.DEFINE_integer("layers", 2, "stacked LSTM layers")
FLAGS = flags.FLAGS

inputs = tf.placeholder(tf.float32, [None, FLAGS.steps, FLAGS.units],
                        name="inputs")
cell = tf.nn.rnn_cell.MultiRNNCell(
    [tf.nn.rnn_cell.BasicLSTMCell(FLAGS.units) for _ in range(FLAGS.layers)])
outputs, state = tf.nn.dynamic_rnn(cell, inputs, dtype=tf.float32)
outputs = tf.identity(outputs, name="outputs")

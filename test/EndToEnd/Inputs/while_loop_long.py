# A tf.while_loop over the steps of `seq` (its step count set by --batch):
# a TensorArray read and one written at the counter, a carried state.
import tensorflow as tf

seq = tf.placeholder(tf.float32, [None, 2, 3], name="seq")
steps = tf.shape(seq)[0]
inputs = tf.TensorArray(tf.float32, size=steps).unstack(seq)
w = tf.get_variable("w", [3, 3])


def body(t, h, out):
    h = tf.tanh(inputs.read(t) + tf.matmul(h, w))
    return t + 1, h, out.write(t, h)


_, h, out = tf.while_loop(lambda t, h, out: t < steps, body,
                          [0, tf.zeros([2, 3]), tf.TensorArray(tf.float32,
                                                               size=steps)])
tf.identity(out.stack(), name="outputs")
tf.identity(h, name="state")

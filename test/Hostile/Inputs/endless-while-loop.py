import tensorflow as tf
x = tf.placeholder(tf.float32, [4], name="x")
r = tf.while_loop(lambda i, y: True, lambda i, y: (i + 1, y * 1.01), [0, x])

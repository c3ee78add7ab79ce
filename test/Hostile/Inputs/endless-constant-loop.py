import tensorflow as tf
# Every loop variable is a constant: the loop runs at compile time.
n = tf.while_loop(lambda i: True, lambda i: i + 1, [0])

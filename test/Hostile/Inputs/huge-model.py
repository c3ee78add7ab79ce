# A variable of 2^38 float32 elements (1 TB): only its declaration is built.
import tensorflow as tf

x = tf.placeholder(tf.float32, [4], name="x")
w = tf.get_variable("w", [274877906944])
y = tf.reduce_sum(w) + x

# 10,000 elementwise ops in one chain (3,333 rounds of mul, add, relu):
# fusion and lowering must stay linear in its length.
import tensorflow as tf

x = tf.placeholder(tf.float32, [1, 64], name="x")
w = tf.get_variable("w", [64])
y = x * w
for i in range(3333):
    y = tf.nn.relu(y * 1.01 + 0.5)

"""A chain of seven cheap elementwise ops over a 64 MiB float32 tensor
(relu6 of an affine map minus a scaled absolute value), which scopec fuses
into one vectorized loop: it reads the input once and writes the output
once, so its speed is measured in GB/s against a memcpy of the same bytes
(bench/common/memcpy_bw.cpp):

    scopec elementwise_chain.py --batch 1

Fetch: `output` ([1, 4096, 4096])."""
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 4096, 4096], name="x")
y = tf.minimum(tf.maximum(x * 1.5 + 0.25, 0.0), 6.0) - tf.abs(x) * 0.125
output = tf.identity(y, name="output")

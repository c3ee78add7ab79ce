# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# Bad calls of the declared elementwise ops: TF's messages at the call.
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 10], name="x")
i = tf.placeholder(tf.int32, [4, 10], name="i")
try:
    tf.sqrt()
except TypeError as e:
    print(e)
# CHECK: sqrt() missing 1 required positional argument: 'x'
try:
    tf.nn.leaky_relu(x, 0.2, "n", 1)
except TypeError as e:
    print(e)
# CHECK: leaky_relu() takes from 1 to 3 positional arguments but 4 were given
try:
    tf.maximum(x, y=x, z=1)
except TypeError as e:
    print(e)
# CHECK: maximum() got an unexpected keyword argument 'z'
# CHECK: {{.*}}.py:[[@LINE+1]]:5: error: Dimensions must be equal, but are 10 and 3 for 'Maximum' (op: 'Maximum') with input shapes: [4,10], [3].
y = tf.maximum(x, tf.placeholder(tf.float32, [3]))

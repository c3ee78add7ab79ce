# RUN: %difftest %s
# Bad calls of TensorFlow functions raise TF 1.15's TypeError (the Python
# signatures of TF's functions and classes, CPython's messages).
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 3], name="x")
calls = [
    lambda: tf.placeholder(),
    lambda: tf.placeholder(tf.float32, [2], "y", 1),
    lambda: tf.constant(),
    lambda: tf.matmul(x),
    lambda: tf.matmul(x, x, foo=1),
    lambda: tf.reshape(x, [6], tensor=x),
    lambda: tf.reshape(x),
    lambda: tf.nn.relu(x=x),
    lambda: tf.nn.bias_add(x),
    lambda: tf.nn.softmax(),
    lambda: tf.nn.max_pool(x, [1, 2, 2, 1]),
    lambda: tf.identity(x, "i", 3),
    lambda: tf.zeros(),
    lambda: tf.get_variable(),
    lambda: tf.get_variable("w", [2], foo=1),
    lambda: tf.variable_scope(),
    lambda: tf.variable_scope("s", reuse_it=True),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

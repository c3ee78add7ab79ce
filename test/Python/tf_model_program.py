# RUN: %difftest %s
# A small TF1 model written like real ones: helper functions, variable
# scopes reused three ways, loops building layers, names printed.
import tensorflow as tf

LAYER_SIZES = [8, 4]


def dense(x, units, name):
    with tf.variable_scope(name):
        w = tf.get_variable("weights", [x.shape.as_list()[1], units],
                            initializer=tf.random_normal_initializer())
        b = tf.get_variable("biases", [units],
                            initializer=tf.constant_initializer(0.0))
        return tf.nn.relu(tf.matmul(x, w) + b)


def tower(x):
    for i, units in enumerate(LAYER_SIZES):
        x = dense(x, units, "fc%d" % (i + 1))
    return x


a = tf.placeholder(tf.float32, [2, 16], name="a")
b = tf.placeholder(tf.float32, [2, 16], name="b")
with tf.variable_scope("siamese") as scope:
    ya = tower(a)
    scope.reuse_variables()
    yb = tower(b)
with tf.variable_scope(scope, reuse=True):
    yc = tower(a)
with tf.variable_scope("other", reuse=tf.AUTO_REUSE):
    yd = dense(a, 3, "head")
    ye = dense(a, 3, "head")
print(ya.name, yb.name, yc.name, yd.name, ye.name)
print(ya.shape, ya.dtype, a, [v.name for v in tf.global_variables()])
print(len(tf.trainable_variables()), scope.name, tf.get_variable_scope().name == "",
      [(v.name, v.shape.as_list()) for v in tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES)][:2])

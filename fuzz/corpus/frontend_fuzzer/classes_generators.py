# Classes, generators, exceptions and decorators as public TF1 models use
# them (a DCGAN-style model object, batch iterators, guarded imports).
import functools
import tensorflow as tf

try:
    from tensorflow.contrib import layers as contrib_layers
except ImportError:
    contrib_layers = None


def scoped(name):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            with tf.variable_scope(name, reuse=tf.AUTO_REUSE):
                return f(*args, **kwargs)
        return wrapper
    return deco


class batch_norm(object):
    def __init__(self, epsilon=1e-5, momentum=0.9, name="batch_norm"):
        with tf.variable_scope(name):
            self.epsilon = epsilon
            self.momentum = momentum
            self.name = name

    def __call__(self, x, train=True):
        return tf.contrib.layers.batch_norm(
            x, decay=self.momentum, updates_collections=None,
            epsilon=self.epsilon, scale=True, is_training=train,
            scope=self.name)


class Model:
    def __init__(self, sizes):
        self.sizes = list(sizes)
        self.bns = [batch_norm(name="bn%d" % i) for i in range(len(sizes))]

    @property
    def depth(self):
        return len(self.sizes)

    @scoped("net")
    def build(self, x):
        for i, (size, bn) in enumerate(zip(self.sizes, self.bns)):
            x = tf.nn.relu(bn(tf.layers.dense(x, size, name="fc%d" % i),
                              train=False))
        return x


def batches(n, size):
    i = 0
    while i < n:
        yield i, min(size, n - i)
        i += size


class ShapeError(ValueError):
    pass


model = Model([8, 4])
x = tf.placeholder(tf.float32, [None, 6], name="x")
y = model.build(x)
y2 = model.build(x)
try:
    if model.depth != 2:
        raise ShapeError("depth %d" % model.depth)
except ShapeError as e:
    print(e)
finally:
    print([b for b in batches(10, 4)], next(iter(batches(3, 2))))
logits = tf.layers.dense(tf.concat([y, y2], axis=1), 3)
labels = tf.placeholder(tf.int32, [None], name="labels")
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(
    labels=labels, logits=logits))

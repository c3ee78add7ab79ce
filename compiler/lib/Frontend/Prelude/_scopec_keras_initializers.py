# tf.keras.initializers of TensorFlow 1.15 (keras/initializers.py, the v1
# API: no GlorotUniform class name, that is v2), over the initializers of
# tf.initializers: Keras' class names with
# Keras' defaults (RandomNormal/RandomUniform/TruncatedNormal at scale
# 0.05), the snake-case aliases, and `get`, which the Keras layers use for
# names such as "he_normal" (Prelude/_scopec_keras_layers.py).
import tensorflow as tf
import _scopec_keras_utils as _utils
import _scopec_initializers as _inits


def Zeros(dtype=tf.float32):
    return tf.zeros_initializer(dtype=dtype)


def Ones(dtype=tf.float32):
    return tf.ones_initializer(dtype=dtype)


def Constant(value=0, dtype=tf.float32, verify_shape=False):
    return tf.constant_initializer(value, dtype=dtype,
                                   verify_shape=verify_shape)


def RandomNormal(mean=0.0, stddev=0.05, seed=None, dtype=tf.float32):
    return tf.random_normal_initializer(mean, stddev, seed=seed, dtype=dtype)


def RandomUniform(minval=-0.05, maxval=0.05, seed=None, dtype=tf.float32):
    return tf.random_uniform_initializer(minval, maxval, seed=seed,
                                         dtype=dtype)


def TruncatedNormal(mean=0.0, stddev=0.05, seed=None, dtype=tf.float32):
    return tf.truncated_normal_initializer(mean, stddev, seed=seed,
                                           dtype=dtype)


def VarianceScaling(scale=1.0, mode="fan_in", distribution="truncated_normal",
                    seed=None, dtype=tf.float32):
    return tf.variance_scaling_initializer(scale, mode, distribution, seed=seed,
                                           dtype=dtype)


def glorot_uniform(seed=None, dtype=tf.float32):
    return tf.glorot_uniform_initializer(seed=seed, dtype=dtype)


def glorot_normal(seed=None, dtype=tf.float32):
    return tf.glorot_normal_initializer(seed=seed, dtype=dtype)


class Initializer(object):
    """The base of user initializers (TF's init_ops.Initializer):
    tf.get_variable calls `__call__(shape, dtype, partition_info)`."""

    def __call__(self, shape, dtype=None, partition_info=None):
        raise NotImplementedError

    def get_config(self):
        return {}

    @classmethod
    def from_config(cls, config):
        config.pop("dtype", None)
        return cls(**config)


Identity = _inits.Identity
Orthogonal = _inits.Orthogonal
he_normal = tf.initializers.he_normal
he_uniform = _inits.he_uniform
lecun_normal = _inits.lecun_normal
lecun_uniform = _inits.lecun_uniform

zeros = Zeros
ones = Ones
constant = Constant
normal = random_normal = RandomNormal
uniform = random_uniform = RandomUniform
truncated_normal = TruncatedNormal
identity = Identity
orthogonal = Orthogonal

_BY_NAME = {
    "Zeros": Zeros, "Ones": Ones, "Constant": Constant,
    "RandomNormal": RandomNormal, "RandomUniform": RandomUniform,
    "TruncatedNormal": TruncatedNormal, "VarianceScaling": VarianceScaling,
    "Identity": Identity, "Orthogonal": Orthogonal,
    "zeros": Zeros, "ones": Ones, "constant": Constant, "normal": RandomNormal,
    "random_normal": RandomNormal, "uniform": RandomUniform,
    "random_uniform": RandomUniform, "truncated_normal": TruncatedNormal,
    "glorot_uniform": glorot_uniform, "glorot_normal": glorot_normal,
    "identity": Identity, "orthogonal": Orthogonal, "he_normal": he_normal,
    "he_uniform": he_uniform, "lecun_normal": lecun_normal,
    "lecun_uniform": lecun_uniform,
}


def deserialize(config, custom_objects=None):
    return _utils.deserialize_keras_object(config, _BY_NAME, custom_objects,
                                           "initializer")


def get(identifier):
    return _utils.get(identifier, _BY_NAME, "initializer")

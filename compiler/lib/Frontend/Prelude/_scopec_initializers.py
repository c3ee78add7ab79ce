# TensorFlow 1.15 initializers written over scopec's: UniformUnitScaling is
# TF's variance scaling (uniform, fan_in, scale factor^2), and Orthogonal is
# a Python initializer (TF's algorithm: the Q of a Gaussian matrix's QR,
# signs fixed by R's diagonal, times `gain`) that get_variable calls with
# the variable's shape. Its Gaussian draws are deterministic: seeded by
# `seed` and the order of the calls, never by the clock.
import numpy as np
import tensorflow as tf


def uniform_unit_scaling_initializer(factor=1.0, seed=None,
                                     dtype=tf.float32):
    # max_val = sqrt(3 / fan_in) * factor = sqrt(3 * factor^2 / fan_in).
    return tf.variance_scaling_initializer(
        scale=factor * factor, mode="fan_in", distribution="uniform",
        seed=seed, dtype=dtype)


_calls = [0]


class Orthogonal(object):

    def __init__(self, gain=1.0, seed=None, dtype=tf.float32):
        self.gain = gain
        self.seed = seed
        self.dtype = dtype

    def __call__(self, shape, dtype=None, partition_info=None):
        shape = [int(d) for d in shape]
        if len(shape) < 2:
            raise ValueError("The tensor to initialize must be at least "
                             "two-dimensional")
        num_rows = 1
        for dim in shape[:-1]:
            num_rows *= dim
        num_cols = shape[-1]
        if num_rows < num_cols:
            flat_shape = (num_cols, num_rows)
        else:
            flat_shape = (num_rows, num_cols)
        _calls[0] += 1
        seed = (0 if self.seed is None else int(self.seed)) * 1000003
        rng = np.random.RandomState((seed + _calls[0]) % (2 ** 32))
        a = rng.normal(0.0, 1.0, flat_shape)
        q, r = np.linalg.qr(a)
        q = q * np.sign(np.diag(r))
        if num_rows < num_cols:
            q = q.T
        return (self.gain * q).reshape(shape).astype(np.float32)

    def get_config(self):
        return {"gain": self.gain, "seed": self.seed,
                "dtype": self.dtype.name}


def orthogonal_initializer(gain=1.0, seed=None, dtype=tf.float32):
    return Orthogonal(gain=gain, seed=seed, dtype=dtype)


class Identity(object):
    """init_ops.Identity: `gain` times the identity matrix (a partition
    gets its slice of it)."""

    def __init__(self, gain=1.0, dtype=tf.float32):
        self.gain = gain
        self.dtype = dtype

    def __call__(self, shape, dtype=None, partition_info=None):
        full_shape = shape if partition_info is None else \
            partition_info.full_shape
        full_shape = [int(d) for d in full_shape]
        if len(full_shape) != 2:
            raise ValueError("Identity matrix initializer can only be used "
                             "for 2D matrices.")
        eye = np.eye(full_shape[0], full_shape[1])
        if partition_info is not None:
            r, c = [int(d) for d in partition_info.var_offset]
            eye = eye[r:r + int(shape[0]), c:c + int(shape[1])]
        return (self.gain * eye).astype(np.float32)

    def get_config(self):
        return {"gain": self.gain, "dtype": self.dtype.name}


# init_ops' variance-scaling shorthands (seed only).
def he_uniform(seed=None):
    return tf.variance_scaling_initializer(2.0, "fan_in", "uniform", seed)


def lecun_normal(seed=None):
    return tf.variance_scaling_initializer(1.0, "fan_in", "truncated_normal",
                                           seed)


def lecun_uniform(seed=None):
    return tf.variance_scaling_initializer(1.0, "fan_in", "uniform", seed)


tf.uniform_unit_scaling_initializer = uniform_unit_scaling_initializer
tf.initializers.uniform_unit_scaling = uniform_unit_scaling_initializer
tf.orthogonal_initializer = orthogonal_initializer
tf.initializers.orthogonal = orthogonal_initializer
tf.initializers.identity = Identity
tf.initializers.he_uniform = he_uniform
tf.initializers.lecun_normal = lecun_normal
tf.initializers.lecun_uniform = lecun_uniform

# tf.keras.constraints of TensorFlow 1.15 (keras/constraints.py): the
# projections an optimizer applies to a variable after each update. A
# compiled inference program never updates its variables, so a constraint
# given to tf.get_variable, tf.Variable or a layer is kept on the variable
# (`v.constraint`) and changes nothing else, as in TF; calling one builds its
# ops like any other function (docs/user-guide.md, "Constraints").
import tensorflow as tf
import _scopec_keras_utils as _utils

# keras.backend.epsilon().
_EPSILON = 1e-7


def _clip(x, min_value, max_value):
    """keras.backend.clip: a max below the min is the min."""
    if max_value is not None and max_value < min_value:
        max_value = min_value
    if max_value is None:
        max_value = float("inf")
    return tf.clip_by_value(x, min_value, max_value)


def _norms(w, axis):
    return tf.sqrt(tf.reduce_sum(tf.square(w), axis=axis, keepdims=True))


class Constraint(object):

    def __call__(self, w):
        return w

    def get_config(self):
        return {}


class MaxNorm(Constraint):

    def __init__(self, max_value=2, axis=0):
        self.max_value = max_value
        self.axis = axis

    def __call__(self, w):
        norms = _norms(w, self.axis)
        desired = _clip(norms, 0, self.max_value)
        return w * (desired / (_EPSILON + norms))

    def get_config(self):
        return {"max_value": self.max_value, "axis": self.axis}


class NonNeg(Constraint):

    def __call__(self, w):
        return w * tf.cast(tf.greater_equal(w, 0.), tf.float32)


class UnitNorm(Constraint):

    def __init__(self, axis=0):
        self.axis = axis

    def __call__(self, w):
        return w / (_EPSILON + _norms(w, self.axis))

    def get_config(self):
        return {"axis": self.axis}


class MinMaxNorm(Constraint):

    def __init__(self, min_value=0.0, max_value=1.0, rate=1.0, axis=0):
        self.min_value = min_value
        self.max_value = max_value
        self.rate = rate
        self.axis = axis

    def __call__(self, w):
        norms = _norms(w, self.axis)
        desired = (self.rate * _clip(norms, self.min_value, self.max_value) +
                   (1 - self.rate) * norms)
        return w * (desired / (_EPSILON + norms))

    def get_config(self):
        return {"min_value": self.min_value, "max_value": self.max_value,
                "rate": self.rate, "axis": self.axis}


max_norm = MaxNorm
non_neg = NonNeg
unit_norm = UnitNorm
min_max_norm = MinMaxNorm

_BY_NAME = {
    "Constraint": Constraint, "MaxNorm": MaxNorm, "NonNeg": NonNeg,
    "UnitNorm": UnitNorm, "MinMaxNorm": MinMaxNorm, "max_norm": MaxNorm,
    "non_neg": NonNeg, "unit_norm": UnitNorm, "min_max_norm": MinMaxNorm,
    # Keras' legacy aliases, found by name only.
    "maxnorm": MaxNorm, "nonneg": NonNeg, "unitnorm": UnitNorm,
}


serialize = _utils.serialize_keras_object


def deserialize(config, custom_objects=None):
    return _utils.deserialize_keras_object(config, _BY_NAME, custom_objects,
                                           "constraint")


def get(identifier):
    return _utils.get(identifier, _BY_NAME, "constraint")

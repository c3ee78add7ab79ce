# tf.keras.regularizers of TensorFlow 1.15 (keras/regularizers.py): L1L2
# and its shorthands, a penalty computed from a weight. Given to a layer
# (`kernel_regularizer=`) or tf.get_variable (`regularizer=`), it builds the
# loss TF adds to REGULARIZATION_LOSSES: training-time ops, compiled only
# when a fetch needs them (docs/user-guide.md).
import tensorflow as tf
import _scopec_keras_utils as _utils


class Regularizer(object):

    def __call__(self, x):
        return 0.

    @classmethod
    def from_config(cls, config):
        return cls(**config)


class L1L2(Regularizer):

    def __init__(self, l1=0., l2=0.):
        self.l1 = float(l1)
        self.l2 = float(l2)

    def __call__(self, x):
        if not self.l1 and not self.l2:
            return tf.constant(0.)
        regularization = 0.
        if self.l1:
            regularization += tf.reduce_sum(self.l1 * tf.abs(x))
        if self.l2:
            regularization += tf.reduce_sum(self.l2 * tf.square(x))
        return regularization

    def get_config(self):
        return {"l1": float(self.l1), "l2": float(self.l2)}


def l1(l=0.01):
    return L1L2(l1=l)


def l2(l=0.01):
    return L1L2(l2=l)


def l1_l2(l1=0.01, l2=0.01):
    return L1L2(l1=l1, l2=l2)


_BY_NAME = {"Regularizer": Regularizer, "L1L2": L1L2, "l1": l1, "l2": l2,
            "l1_l2": l1_l2}


serialize = _utils.serialize_keras_object


def deserialize(config, custom_objects=None):
    return _utils.deserialize_keras_object(config, _BY_NAME, custom_objects,
                                           "regularizer")


def get(identifier):
    return _utils.get(identifier, _BY_NAME, "regularizer")

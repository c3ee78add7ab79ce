# TensorFlow 1.15's functions that TensorFlow itself writes in Python over
# primitive ops (docs/architecture.md, "The TensorFlow prelude"): the same
# steps, name scopes and op names as TF's source, so a model's graph and
# names come out as TF builds them. scopec runs this module once, when the
# model first imports tensorflow; errors and ops are located at the model's
# call.
import tensorflow as tf


def clip_by_value(t, clip_value_min, clip_value_max, name=None):
    with tf.name_scope(name, "clip_by_value",
                       [t, clip_value_min, clip_value_max]) as name:
        values = tf.convert_to_tensor(t, name="t")
        t_min = tf.minimum(values, clip_value_max)
        # Broadcasting that would change the shape is an error in TF.
        _merge_shapes(values, t_min)
        t_max = tf.maximum(t_min, clip_value_min, name=name)
        _merge_shapes(values, t_max)
    return t_max


def _merge_shapes(a, b):
    if a.shape.as_list() != b.shape.as_list():
        raise ValueError("Shapes %s and %s are incompatible" %
                         (a.shape, b.shape))


def moments(x, axes, shift=None, name=None, keep_dims=None, keepdims=None):
    if keepdims is not None and keep_dims is not None:
        raise ValueError("Cannot specify both 'keepdims' and 'keep_dims'")
    keep_dims = keepdims if keepdims is not None else keep_dims
    if keep_dims is None:
        keep_dims = False
    with tf.name_scope(name, "moments", [x, axes]):
        y = x
        mean = tf.reduce_mean(y, axes, keepdims=True, name="mean")
        # The sample variance, not the unbiased one.
        variance = tf.reduce_mean(
            tf.squared_difference(y, tf.stop_gradient(mean)),
            axes,
            keepdims=True,
            name="variance")
        if not keep_dims:
            mean = tf.squeeze(mean, axes)
            variance = tf.squeeze(variance, axes)
        return (mean, variance)


def batch_normalization(x, mean, variance, offset, scale, variance_epsilon,
                        name=None):
    with tf.name_scope(name, "batchnorm",
                       [x, mean, variance, scale, offset]):
        inv = tf.rsqrt(variance + variance_epsilon)
        if scale is not None:
            inv *= scale
        # TF's order of ops (its batch-norm folding depends on it).
        return x * inv + (offset - mean * inv
                          if offset is not None else -mean * inv)


tf.clip_by_value = clip_by_value
tf.nn.moments = moments
tf.nn.batch_normalization = batch_normalization

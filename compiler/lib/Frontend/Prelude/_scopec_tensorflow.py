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


def fused_batch_norm(x, scale, offset, mean=None, variance=None,
                     epsilon=0.001, data_format="NHWC", is_training=True,
                     name=None):
    # TF's one FusedBatchNormV3 op, written with its primitive ops: the
    # output tensor keeps the op's name (`.../FusedBatchNormV3:0`).
    if data_format != "NHWC":
        raise NotImplementedError(
            "tf.nn.fused_batch_norm(data_format=%r) is not supported by "
            "scopec: its kernels are NHWC" % data_format)
    x = tf.convert_to_tensor(x, name="input")
    scale = tf.convert_to_tensor(scale, name="scale")
    offset = tf.convert_to_tensor(offset, name="offset")
    if is_training:
        if mean is not None or variance is not None:
            raise ValueError("Both 'mean' and 'variance' must be None if "
                             "is_training is True.")
    elif mean is None or variance is None:
        raise ValueError("tf.nn.fused_batch_norm(is_training=False) needs "
                         "'mean' and 'variance'")
    # TF 1.15 raises a too small epsilon to cuDNN's minimum.
    min_epsilon = 1.001e-5
    epsilon = epsilon if epsilon > min_epsilon else min_epsilon
    with tf.name_scope(name, "FusedBatchNormV3", [x, scale, offset]) as name:
        if is_training:
            mean, variance = moments(x, [0, 1, 2])
            n = 1
            for d in x.shape.as_list()[:-1]:
                n *= d
            batch_variance = variance * (n / max(n - 1, 1))
        else:
            batch_variance = variance
        inv = tf.rsqrt(variance + epsilon) * scale
        y = tf.add(x * inv, offset - mean * inv, name=name)
    return y, mean, batch_variance


def xw_plus_b(x, weights, biases, name=None):
    with tf.name_scope(name, "xw_plus_b", [x, weights, biases]) as name:
        x = tf.convert_to_tensor(x, name="x")
        weights = tf.convert_to_tensor(weights, name="weights")
        biases = tf.convert_to_tensor(biases, name="biases")
        mm = tf.matmul(x, weights)
        return tf.nn.bias_add(mm, biases, name=name)


def tensordot(a, b, axes, name=None):
    """TF 1.15's tensordot for static shapes: transpose and reshape each
    operand to a matrix, one MatMul, reshape to the free dimensions."""

    def _reshape(a, axes, flipped=False):
        shape_a = a.shape.as_list()
        axes = [i if i >= 0 else i + len(shape_a) for i in axes]
        free = [i for i in range(len(shape_a)) if i not in axes]
        free_dims = [shape_a[i] for i in free]
        prod_free = 1
        for d in free_dims:
            prod_free *= d
        prod_axes = 1
        for i in axes:
            prod_axes *= shape_a[i]
        perm = list(axes) + free if flipped else free + list(axes)
        new_shape = [prod_axes, prod_free] if flipped else [prod_free,
                                                              prod_axes]
        a_trans = a
        if perm != list(range(len(shape_a))):
            a_trans = tf.transpose(a, perm)
        if a_trans.shape.as_list() != new_shape:
            return tf.reshape(a_trans, new_shape), free_dims
        return a_trans, free_dims

    def _axes(a, axes):
        ndims = len(a.shape.as_list())
        if isinstance(axes, int):
            if axes < 0:
                raise ValueError("'axes' must be at least 0.")
            if axes > ndims:
                raise ValueError("'axes' must not be larger than the number "
                                 "of dimensions of tensor %s." % a)
            return (list(range(ndims - axes, ndims)), list(range(axes)))
        if isinstance(axes, (list, tuple)):
            if len(axes) != 2:
                raise ValueError("'axes' must be an integer or have length 2.")
            a_axes = axes[0]
            b_axes = axes[1]
            if isinstance(a_axes, int) and isinstance(b_axes, int):
                a_axes = [a_axes]
                b_axes = [b_axes]
            if len(a_axes) != len(b_axes):
                raise ValueError(
                    "Different number of contraction axes 'a' and 'b', "
                    "%s != %s." % (len(a_axes), len(b_axes)))
            return list(a_axes), list(b_axes)
        raise NotImplementedError(
            "tf.tensordot with tensor 'axes' is not supported by scopec")

    with tf.name_scope(name, "Tensordot", [a, b, axes]) as name:
        a = tf.convert_to_tensor(a, name="a")
        b = tf.convert_to_tensor(b, name="b")
        a_axes, b_axes = _axes(a, axes)
        a_reshape, a_free_dims = _reshape(a, a_axes)
        b_reshape, b_free_dims = _reshape(b, b_axes, True)
        ab_matmul = tf.matmul(a_reshape, b_reshape)
        return tf.reshape(ab_matmul, a_free_dims + b_free_dims, name=name)


class _Namespace(object):
    """A TF submodule written here (tf.app, tf.summary)."""

    def __init__(self, name):
        self.__name__ = name


# tf.app.flags / tf.flags (absl flags in TF 1.15): DEFINE_* registers a flag
# with its default; FLAGS.name reads it. scopec never parses a command line.
class _FlagValues(object):
    pass


_defined_flags = set()


def _define(parse):
    def define(name, default, help=None, *args, **kwargs):
        if name in _defined_flags:
            raise ValueError("The flag '%s' is defined twice." % name)
        _defined_flags.add(name)
        setattr(FLAGS, name, default if default is None else parse(default))
    return define


def _parse_bool(value):
    if isinstance(value, str):
        if value.lower() in ("true", "t", "1"):
            return True
        if value.lower() in ("false", "f", "0"):
            return False
        raise ValueError("Non-boolean argument to boolean flag: %s" % value)
    return bool(value)


FLAGS = _FlagValues()
flags = _Namespace("tensorflow.app.flags")
flags.FLAGS = FLAGS
flags.DEFINE_string = _define(str)
flags.DEFINE_integer = _define(int)
flags.DEFINE_float = _define(float)
flags.DEFINE_boolean = _define(_parse_bool)
flags.DEFINE_bool = flags.DEFINE_boolean


def _app_run(main=None, argv=None):
    raise NotImplementedError(
        "tf.app.run is not supported: scopec compiles the graph the model "
        "file builds at module level (call the graph-building code directly "
        "instead of through main)")


app = _Namespace("tensorflow.app")
app.flags = flags
app.run = _app_run


# tf.summary: summaries are training-time outputs no inference fetch needs,
# so they are built as Python objects and never compiled.
class _Summary(object):

    def __init__(self, kind, name):
        self.name = name
        self.kind = kind

    def __repr__(self):
        return "<scopec summary %s '%s' (not compiled)>" % (self.kind,
                                                            self.name)


def _summary_op(kind):
    def op(name, *args, **kwargs):
        tf._scopec_consume(list(args) + list(kwargs.values()))
        return _Summary(kind, name)
    return op


class _FileWriter(object):
    """Writes nothing: scopec runs no session that would produce events."""

    def __init__(self, logdir, graph=None, *args, **kwargs):
        self.logdir = logdir

    def add_summary(self, *args, **kwargs):
        pass

    def add_graph(self, *args, **kwargs):
        pass

    def flush(self):
        pass

    def close(self):
        pass


summary = _Namespace("tensorflow.summary")
for _kind in ("scalar", "histogram", "image", "audio", "text", "tensor_summary"):
    setattr(summary, _kind, _summary_op(_kind))
summary.merge = lambda inputs, collections=None, name=None: _Summary(
    "merge", name or "Merge/MergeSummary")
summary.merge_all = lambda key=None, scope=None, name=None: _Summary(
    "merge_all", "Merge/MergeSummary")
summary.FileWriter = _FileWriter

tf.app = app
tf.flags = flags
tf.summary = summary
tf.clip_by_value = clip_by_value
tf.nn.moments = moments
tf.nn.batch_normalization = batch_normalization
tf.nn.fused_batch_norm = fused_batch_norm
tf.nn.xw_plus_b = xw_plus_b
tf.tensordot = tensordot

import _scopec_layers
tf.layers = _scopec_layers

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
            batch_variance = _bessel_corrected(variance, n)
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


def dropout(x, keep_prob=None, noise_shape=None, seed=None, name=None,
            rate=None):
    # TF 1.15's deprecated keep_prob: rate = 1 - keep_prob (an op when
    # keep_prob is a tensor, as in TF).
    static_keep = tf.get_static_value(keep_prob)
    try:
        keep = 1. - keep_prob if keep_prob is not None else None
    except TypeError:
        raise ValueError("keep_prob must be a floating point number or Tensor "
                         "(got %r)" % (keep_prob,))
    if keep is not None:
        tf._scopec_consume(keep)
        if rate is not None:
            raise ValueError("Cannot specify both 'keep_prob' and 'rate'")
        rate = keep
        static_rate = None if static_keep is None else 1. - static_keep
    else:
        static_rate = tf.get_static_value(rate)
    if rate is None:
        raise ValueError("You must provide a rate to dropout.")
    return _dropout_v2(x, rate, static_rate, noise_shape, seed, name)


def _dropout_v2(x, rate, static_rate, noise_shape, seed, name):
    with tf.name_scope(name, "dropout", [x]) as name:
        x = tf.convert_to_tensor(x, name="x")
        if not x.dtype.is_floating:
            raise ValueError("x has to be a floating point tensor since it's "
                             "going to be scaled. Got a %s tensor instead." %
                             x.dtype)
        if isinstance(rate, (int, float)):
            if not (rate >= 0 and rate < 1):
                raise ValueError("rate must be a scalar tensor or a float in "
                                 "the range [0, 1), got %g" % rate)
            # TF returns x itself when nothing is dropped.
            if rate == 0:
                return x
        # TF computes x * (1 / (1 - rate)) * cast(uniform >= rate): with a
        # rate known to be 0 at compile time that is x, exactly.
        if static_rate is not None and static_rate == 0:
            return tf.identity(x, name="mul_1")
        if static_rate is None:
            why = ("tf.nn.dropout's keep probability is not known at compile "
                   "time: scopec compiles inference graphs; feed the "
                   "placeholder it comes from, e.g. --feed keep_prob=1.0")
        else:
            why = ("tf.nn.dropout with rate %g drops random elements at run "
                   "time: scopec compiles inference graphs; build the model "
                   "with training=False or feed the placeholder that selects "
                   "it (e.g. --feed keep_prob=1.0, --feed is_training=False)" %
                   static_rate)
        return tf._scopec_unusable(x, why, "mul_1", "Mul")


def cond(pred, true_fn=None, false_fn=None, strict=False, name=None, fn1=None,
         fn2=None):
    """TF 1.15's tf.cond: both branches are built (their variables and ops
    exist, as in TF); a predicate known at compile time (a constant, a
    placeholder given --feed) picks one branch's outputs, otherwise they are
    selected elementwise by the predicate."""
    if fn1 is not None:
        if true_fn is not None:
            raise TypeError("cond(): true_fn and fn1 may not be set "
                            "simultaneously.")
        true_fn = fn1
    if fn2 is not None:
        if false_fn is not None:
            raise TypeError("cond(): false_fn and fn2 may not be set "
                            "simultaneously.")
        false_fn = fn2
    if not callable(true_fn):
        raise TypeError("true_fn must be callable.")
    if not callable(false_fn):
        raise TypeError("false_fn must be callable.")
    if isinstance(pred, bool):
        raise TypeError("pred must not be a Python bool")
    with tf.name_scope(name, "cond", [pred]):
        pred = tf.convert_to_tensor(pred)
        if pred.dtype != tf.bool or pred.shape.as_list() != []:
            raise ValueError("Shape must be rank 0 but is rank %d for "
                             "'cond/Switch' (op: 'Switch'): pred must be a "
                             "scalar bool tensor" % len(pred.shape.as_list()))
        static = tf.get_static_value(pred)
        if static is None:
            # Any use of an unbound placeholder reports which flag to pass.
            pred = tf.identity(pred, name="pred_id")
        res_t = true_fn()
        res_f = false_fn()
        flat_t = _flatten(res_t)
        flat_f = _flatten(res_f)
        if len(flat_t) != len(flat_f):
            raise ValueError("Outputs of true_fn and false_fn must have the "
                             "same structure: %s, %s" % (res_t, res_f))
        merged = []
        for i in range(len(flat_t)):
            t = tf.convert_to_tensor(flat_t[i])
            f = tf.convert_to_tensor(flat_f[i])
            if t.dtype != f.dtype:
                raise ValueError(
                    "Outputs of true_fn and false_fn must have the same type: "
                    "%s, %s" % (t.dtype.name, f.dtype.name))
            name_i = "Merge" if i == 0 else "Merge_%d" % i
            if static is None:
                merged.append(tf.where(pred, t, f, name=name_i))
            else:
                taken, other = (t, f) if static else (f, t)
                tf._scopec_consume(other)
                merged.append(tf.identity(taken, name=name_i))
        return _pack_like(res_t, merged)


def _flatten(structure):
    if isinstance(structure, (list, tuple)):
        out = []
        for s in structure:
            out.extend(_flatten(s))
        return out
    if isinstance(structure, dict):
        out = []
        for k in sorted(structure):
            out.extend(_flatten(structure[k]))
        return out
    return [structure]


def _pack_like(structure, flat):
    it = iter(flat)

    def pack(s):
        if isinstance(s, dict):
            # Filled by sorted key, in the dict's own order and type (TF's
            # nest).
            packed = {k: pack(s[k]) for k in sorted(s)}
            return type(s)([(k, packed[k]) for k in s])
        if isinstance(s, (list, tuple)):
            items = [pack(x) for x in s]
            if isinstance(s, list):
                return items
            if type(s) is tuple:
                return tuple(items)
            return type(s)(*items)  # a namedtuple
        return next(it)
    return pack(structure)


def smart_cond(pred, true_fn=None, false_fn=None, name=None):
    """tf_utils.smart_cond: one branch when the predicate is known at compile
    time (a Python bool, a constant, a fed placeholder), else tf.cond."""
    static = tf.get_static_value(pred)
    if static is not None:
        return true_fn() if static else false_fn()
    return cond(pred, true_fn=true_fn, false_fn=false_fn, name=name)


def _training(f):
    """Marks a training-time function (a loss): the ops it builds are
    training-only, so they neither make their inputs consumed nor become
    default fetches (docs/user-guide.md, "Outputs and inputs")."""

    def wrapper(*args, **kwargs):
        tf._scopec_training(1)
        try:
            return f(*args, **kwargs)
        finally:
            tf._scopec_training(-1)
    wrapper.__name__ = getattr(f, "__name__", "wrapper")
    wrapper.__doc__ = getattr(f, "__doc__", None)
    return wrapper


@_training
def _bessel_corrected(variance, n):
    """FusedBatchNormV3's unbiased variance output, which only the
    moving-average updates of training read: training-only, so it is never
    a default output."""
    return variance * (n / max(n - 1, 1))


def add_n(inputs, name=None):
    if not inputs or not isinstance(inputs, (list, tuple)):
        raise ValueError("inputs must be a list of at least one "
                         "Tensor/IndexedSlices with the same dtype and shape")
    inputs = [tf.convert_to_tensor(t) for t in inputs]
    for t in inputs[1:]:
        if t.dtype != inputs[0].dtype:
            raise TypeError("Expected %s, got %s of type '%s' instead." %
                            (inputs[0].dtype.name, t.dtype.name,
                             t.dtype.name))
        _merge_shapes(inputs[0], t)
    with tf.name_scope(name, "AddN", inputs) as name:
        if len(inputs) == 1:
            return tf.identity(inputs[0], name=name)
        total = inputs[0]
        for t in inputs[1:-1]:
            total = tf.add(total, t)
        return tf.add(total, inputs[-1], name=name)


def _keep_dims(keepdims, keep_dims):
    if keepdims is not None and keep_dims is not None:
        raise ValueError("Cannot specify both 'keepdims' and 'keep_dims'")
    keepdims = keepdims if keepdims is not None else keep_dims
    return bool(keepdims)


def reduce_logsumexp(input_tensor, axis=None, keepdims=None, name=None,
                     reduction_indices=None, keep_dims=None):
    if axis is not None and reduction_indices is not None:
        raise ValueError("Cannot specify both 'axis' and 'reduction_indices'")
    if axis is None:
        axis = reduction_indices
    keepdims = _keep_dims(keepdims, keep_dims)
    with tf.name_scope(name, "ReduceLogSumExp", [input_tensor]) as name:
        input_tensor = tf.convert_to_tensor(input_tensor)
        raw_max = tf.reduce_max(input_tensor, axis=axis, keepdims=True)
        # TF's is_finite(raw_max): an infinite or NaN maximum shifts by 0.
        finite = tf.less(tf.abs(raw_max), float("inf"))
        my_max = tf.stop_gradient(
            tf.where(finite, raw_max, tf.zeros_like(raw_max)))
        result = tf.log(
            tf.reduce_sum(tf.exp(tf.subtract(input_tensor, my_max)), axis,
                          keepdims=keepdims))
        if not keepdims:
            my_max = tf.reshape(my_max, result.shape.as_list())
        return tf.add(result, my_max, name=name)


def log_softmax(logits, axis=None, name=None, dim=None):
    if axis is not None and dim is not None:
        raise ValueError("Cannot specify both 'axis' and 'dim'")
    axis = -1 if axis is None and dim is None else (
        axis if axis is not None else dim)
    with tf.name_scope(name, "LogSoftmax", [logits]) as name:
        logits = tf.convert_to_tensor(logits)
        return tf.subtract(
            logits, reduce_logsumexp(logits, axis, keepdims=True), name=name)


def zeros_like(tensor, dtype=None, name=None, optimize=True):
    tensor = tf.convert_to_tensor(tensor)
    return tf.zeros(tensor.shape.as_list(), dtype=dtype or tensor.dtype,
                    name=name or "zeros_like")


def ones_like(tensor, dtype=None, name=None, optimize=True):
    tensor = tf.convert_to_tensor(tensor)
    return tf.ones(tensor.shape.as_list(), dtype=dtype or tensor.dtype,
                   name=name or "ones_like")


def div_no_nan(x, y, name=None):
    with tf.name_scope(name, "div_no_nan", [x, y]) as name:
        x = tf.convert_to_tensor(x)
        y = tf.convert_to_tensor(y, dtype=x.dtype)
        safe_y = tf.where_v2(tf.equal(y, 0), tf.ones_like(y), y)
        return tf.where_v2(tf.equal(y, 0), tf.zeros_like(x / safe_y),
                           x / safe_y, name=name)


def one_hot(indices, depth, on_value=None, off_value=None, axis=None,
            dtype=None, name=None):
    """TF's OneHot: depth entries along `axis` (default last), on_value
    where the index matches, off_value elsewhere (out-of-range and negative
    indices give a row of off_value, as in TF)."""
    with tf.name_scope(name, "one_hot", [indices, depth, on_value,
                                         off_value]) as name:
        indices = tf.convert_to_tensor(indices)
        if indices.dtype not in (tf.uint8, tf.int32, tf.int64):
            raise TypeError("Value passed to parameter 'indices' has DataType "
                            "%s not in list of allowed values: uint8, int32, "
                            "int64" % indices.dtype.name)
        if dtype is None:
            for v in (on_value, off_value):
                if isinstance(v, (tf.Tensor, tf.Variable)):
                    dtype = v.dtype
                    break
        dtype = dtype or tf.float32
        on_value = tf.convert_to_tensor(1 if on_value is None else on_value,
                                        dtype=dtype, name="on_value")
        off_value = tf.convert_to_tensor(0 if off_value is None else
                                         off_value, dtype=dtype,
                                         name="off_value")
        depth = int(tf.get_static_value(depth))
        rank = len(indices.shape.as_list())
        axis = rank if axis is None or axis == -1 else axis
        if axis < 0 or axis > rank:
            raise ValueError("Expected axis to be -1 or between [0, %d).  But "
                             "received: %d" % (rank, axis))
        shape = [1] * (rank + 1)
        shape[axis] = depth
        positions = tf.constant(list(range(depth)), dtype=indices.dtype,
                                shape=shape, name="depth")
        hit = tf.equal(tf.expand_dims(indices, axis), positions)
        return tf.where_v2(hit, on_value, off_value, name=name)


@_training
def l2_loss(t, name=None):
    with tf.name_scope(name, "L2Loss", [t]) as name:
        t = tf.convert_to_tensor(t)
        return tf.multiply(tf.reduce_sum(tf.square(t)), 0.5, name=name)


def _xent_args(name, sentinel, labels, logits):
    if sentinel is not None:
        raise ValueError("Only call `%s` with named arguments (labels=..., "
                         "logits=..., ...)" % name)
    if labels is None or logits is None:
        raise ValueError("Both labels and logits must be provided.")


@_training
def softmax_cross_entropy_with_logits_v2(labels, logits, axis=-1, name=None,
                                         dim=None):
    if dim is not None:
        axis = dim
    with tf.name_scope(name, "softmax_cross_entropy_with_logits",
                       [logits, labels]) as name:
        logits = tf.convert_to_tensor(logits, name="logits")
        labels = tf.convert_to_tensor(labels, name="labels")
        if labels.shape.as_list() != logits.shape.as_list():
            raise ValueError("logits and labels must be broadcastable: "
                             "logits_size=%s labels_size=%s" %
                             (logits.shape, labels.shape))
        return tf.negative(tf.reduce_sum(labels * log_softmax(logits, axis),
                                         axis), name=name)


@_training
def softmax_cross_entropy_with_logits(_sentinel=None, labels=None,
                                      logits=None, dim=-1, name=None,
                                      axis=None):
    _xent_args("softmax_cross_entropy_with_logits", _sentinel, labels, logits)
    if axis is not None:
        dim = axis
    return softmax_cross_entropy_with_logits_v2(
        labels=tf.stop_gradient(labels), logits=logits, axis=dim, name=name)


@_training
def sparse_softmax_cross_entropy_with_logits(_sentinel=None, labels=None,
                                             logits=None, name=None):
    _xent_args("sparse_softmax_cross_entropy_with_logits", _sentinel, labels,
               logits)
    with tf.name_scope(name, "SparseSoftmaxCrossEntropyWithLogits",
                       [labels, logits]) as name:
        labels = tf.convert_to_tensor(labels)
        logits = tf.convert_to_tensor(logits)
        labels_rank = len(labels.shape.as_list())
        logits_rank = len(logits.shape.as_list())
        if labels_rank != logits_rank - 1:
            raise ValueError("Rank mismatch: Rank of labels (received %s) "
                             "should equal rank of logits minus 1 (received "
                             "%s)." % (labels_rank, logits_rank))
        if labels.shape.as_list() != logits.shape.as_list()[:-1]:
            raise ValueError("Shape mismatch: The shape of labels (received "
                             "%s) should equal the shape of logits except for "
                             "the last dimension (received %s)." %
                             (labels.shape, logits.shape))
        depth = logits.shape.as_list()[-1]
        onehot = one_hot(labels, depth, dtype=logits.dtype)
        return tf.negative(tf.reduce_sum(onehot * log_softmax(logits), -1),
                           name=name)


@_training
def sigmoid_cross_entropy_with_logits(_sentinel=None, labels=None,
                                      logits=None, name=None):
    _xent_args("sigmoid_cross_entropy_with_logits", _sentinel, labels, logits)
    with tf.name_scope(name, "logistic_loss", [logits, labels]) as name:
        logits = tf.convert_to_tensor(logits, name="logits")
        labels = tf.convert_to_tensor(labels, name="labels")
        if logits.shape.as_list() != labels.shape.as_list():
            raise ValueError("logits and labels must have the same shape "
                             "(%s vs %s)" % (logits.shape, labels.shape))
        # TF's formula: max(x, 0) - x * z + log(1 + exp(-|x|)).
        zeros = zeros_like(logits, dtype=logits.dtype)
        cond = (logits >= zeros)
        relu_logits = tf.where(cond, logits, zeros)
        neg_abs_logits = tf.where(cond, -logits, logits)
        return tf.add(relu_logits - logits * labels,
                      tf.log1p(tf.exp(neg_abs_logits)), name=name)


def embedding_lookup(params, ids, partition_strategy="mod", name=None,
                     validate_indices=True, max_norm=None):
    """TF 1.15's embedding_lookup. One table: a gather named as its scope,
    then an identity. Several tables (a list, or a PartitionedVariable's
    partitions): id `i` is row `i // n` of table `i % n` ("mod") or lies in
    the tables' consecutive ranges ("div"), as TF assigns them; TF gathers
    per table with dynamic_partition/stitch, scopec gathers the same rows
    from the tables' concatenation (the same values; docs/user-guide.md,
    "Custom getters and partitioned variables")."""
    if params is None:
        raise ValueError("params must be specified")
    if isinstance(params, tf.PartitionedVariable):
        params = list(params)
    if isinstance(params, (list, tuple)):
        if not params:
            raise ValueError("Need at least one param")
        params = list(params)
    else:
        params = [params]
    if max_norm is not None:
        raise NotImplementedError("tf.nn.embedding_lookup(max_norm=...) is "
                                  "not supported by scopec")
    if partition_strategy not in ("mod", "div"):
        raise ValueError("Unrecognized partition strategy: " +
                         partition_strategy)
    with tf.name_scope(name, "embedding_lookup", params + [ids]) as name:
        if len(params) == 1:
            result = tf.gather(params[0], ids, name=name)
            return tf.identity(result)
        np_ = len(params)
        ids = tf.convert_to_tensor(ids, name="ids")
        rows = [p.get_shape().as_list()[0] for p in params]
        offsets = tf.constant([sum(rows[:i]) for i in range(np_)],
                              dtype=ids.dtype)
        if partition_strategy == "mod":
            p_assignments = ids % np_
            new_ids = ids // np_
        else:
            total = sum(rows)
            ids_per_partition = total // np_
            extras = total % np_
            p_assignments = tf.maximum(
                ids // (ids_per_partition + 1),
                (ids - extras) // ids_per_partition)
            new_ids = tf.where(p_assignments < extras,
                               ids % (ids_per_partition + 1),
                               (ids - extras) % ids_per_partition)
        table = tf.concat(params, 0)
        rows_in_table = tf.gather(offsets, p_assignments) + new_ids
        return tf.gather(table, rows_in_table, name=name)


def Print(input_, data, message=None, first_n=None, summarize=None,
          name=None):
    """tf.Print: its input, unchanged (TF's identity op `Print` that logs
    `data` each time it runs). Compiled code prints nothing: a warning at
    the call says so; `data` is only read by it."""
    tf._scopec_warn("tf.Print prints nothing in code scopec compiles; its "
                    "input passes through unchanged")
    tf._scopec_train_on(list(data))
    with tf.name_scope(name, "Print", [input_]) as name:
        return tf.identity(input_, name=name)


def print_v2(*inputs, **kwargs):
    """tf.print: in a graph, an op that prints when run. Compiled code
    prints nothing (a warning says so); the op is built, never compiled."""
    unknown = set(kwargs) - {"output_stream", "summarize", "sep", "end",
                             "name"}
    if unknown:
        raise ValueError("Unrecognized keyword arguments for tf.print: %s" %
                         sorted(unknown))
    tf._scopec_warn("tf.print prints nothing in code scopec compiles")
    tf._scopec_train_on(list(inputs))
    return tf.no_op(name=kwargs.get("name") or "PrintV2")


def get_local_variable(name, shape=None, dtype=None, initializer=None,
                       regularizer=None, trainable=False, collections=None,
                       caching_device=None, partitioner=None,
                       validate_shape=True, use_resource=None,
                       custom_getter=None, constraint=None, **kwargs):
    """TF's get_local_variable: get_variable in LOCAL_VARIABLES (not
    GLOBAL_VARIABLES), never trainable."""
    collections = list(collections or []) + [tf.GraphKeys.LOCAL_VARIABLES]
    return tf.get_variable(
        name, shape=shape, dtype=dtype, initializer=initializer,
        regularizer=regularizer, trainable=False, collections=collections,
        caching_device=caching_device, partitioner=partitioner,
        validate_shape=validate_shape, use_resource=use_resource,
        custom_getter=custom_getter, constraint=constraint, **kwargs)


def tile(input, multiples, name=None):
    """TF's Tile as one concat per tiled axis (a copy, any dtype); the last
    op carries the name."""
    with tf.name_scope(name, "Tile", [input, multiples]) as scope:
        input = tf.convert_to_tensor(input, name="input")
        m = tf.get_static_value(tf.convert_to_tensor(multiples,
                                                     name="multiples"))
        if m is None:
            raise ValueError("scopec: tf.tile's multiples must be known at "
                             "compile time (shapes are static)")
        m = [int(v) for v in m.reshape(-1)]
        shape = input.shape.as_list()
        if len(m) != len(shape):
            raise ValueError("Dimension must be %d but is %d for 'Tile' "
                             "(op: 'Tile') with input shapes: %s, [%d]." %
                             (len(shape), len(m), shape, len(m)))
        size = 1
        for d, k in zip(shape, m):
            size *= d * max(k, 0)
        if size > 2 ** 31:
            raise ValueError("scopec: the result of tf.tile, of shape %s, is "
                             "too large" % ([d * k for d, k in zip(shape, m)],))
        out = input
        for axis, k in enumerate(m):
            if k < 0:
                raise ValueError("Expected multiples argument to be "
                                 "nonnegative, but got %d at index %d" %
                                 (k, axis))
            if k == 0:
                size = out.shape.as_list()
                size[axis] = 0
                out = tf.slice(out, [0] * len(size), size)
            elif k > 1:
                out = tf.concat([out] * k, axis)
        return tf.identity(out, name=scope)


def l2_normalize(x, axis=None, epsilon=1e-12, name=None, dim=None):
    if dim is not None:
        if axis is not None:
            raise ValueError("Cannot specify both 'dim' and 'axis'")
        axis = dim
    with tf.name_scope(name, "l2_normalize", [x]) as name:
        x = tf.convert_to_tensor(x, name="x")
        square_sum = tf.reduce_sum(tf.square(x), axis, keepdims=True)
        x_inv_norm = tf.rsqrt(tf.maximum(square_sum, epsilon))
        return tf.multiply(x, x_inv_norm, name=name)


def swish(features):
    features = tf.convert_to_tensor(features, name="features")
    return features * tf.sigmoid(features)


@_training
def zero_fraction(value, name=None):
    """The fraction of zeros in `value` (float32), TF's `fraction` op."""
    with tf.name_scope(name, "zero_fraction", [value]):
        value = tf.convert_to_tensor(value, name="value")
        with tf.name_scope("counts_to_fraction"):
            zeros = tf.cast(tf.equal(value, tf.zeros_like(value)), tf.float32)
            fraction = tf.reduce_mean(zeros)
        return tf.identity(fraction, name="fraction")


class _ControlDependencies(object):

    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def control_dependencies(control_inputs):
    """Ordering only: scopec's graph has no stateful ops whose order the
    compiled program could observe, so the block builds as without it; the
    control inputs are read by training-time code."""
    if control_inputs is not None:
        tf._scopec_train_on(list(control_inputs))
    return _ControlDependencies()


class _Namespace(object):
    """A TF submodule written here as an object (tf.app, tf.summary,
    tf.train, tf.nn.rnn_cell): what `scopec --list-api=names` walks into
    (Prelude/_scopec_api_index.py)."""

    def __init__(self, name):
        self.__name__ = name


tf._scopec_Namespace = _Namespace


# tf.app.flags / tf.flags (absl flags in TF 1.15): DEFINE_* registers a flag
# with its default, or the value `scopec --flag NAME=VALUE` gives; FLAGS.name
# reads it.
class _FlagValues(object):
    pass


_defined_flags = set()


def _define(parse):
    def define(name, default, help=None, *args, **kwargs):
        if name in _defined_flags:
            raise ValueError("The flag '%s' is defined twice." % name)
        _defined_flags.add(name)
        given = tf._scopec_flag(name)
        if given is not None:
            try:
                value = parse(given)
            except ValueError as e:
                raise ValueError("--flag %s=%s: %s" % (name, given, e))
        else:
            value = default if default is None else parse(default)
        setattr(FLAGS, name, value)
    return define


def _parse_int(value):
    if isinstance(value, str):
        try:
            return int(value, 0)
        except ValueError:
            raise ValueError("Expect argument to be a string or int, found "
                             "%r" % value)
    return int(value)


def _parse_float(value):
    try:
        return float(value)
    except ValueError:
        raise ValueError("Could not parse %r as a float" % value)


def _parse_list(value):
    if isinstance(value, (list, tuple)):
        return list(value)
    return [s.strip() for s in value.split(",") if s.strip()] if value else []


def _define_enum(name, default, enum_values, help=None, *args, **kwargs):
    def parse(value):
        if value not in enum_values:
            raise ValueError("value should be one of <%s>" %
                             "|".join(enum_values))
        return value
    _define(parse)(name, default, help)


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
flags.DEFINE_integer = _define(_parse_int)
flags.DEFINE_float = _define(_parse_float)
flags.DEFINE_boolean = _define(_parse_bool)
flags.DEFINE_bool = flags.DEFINE_boolean
flags.DEFINE_list = _define(_parse_list)
flags.DEFINE_enum = _define_enum


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
        tf._scopec_train_on(list(args) + list(kwargs.values()))
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
tf.nn.dropout = dropout
tf.nn.zero_fraction = zero_fraction
tf.nn.l2_normalize = tf.math.l2_normalize = l2_normalize
tf.nn.swish = swish
tf.tile = tile
tf.get_local_variable = get_local_variable
tf.Print = Print
tf.print = print_v2
tf.local_variables = lambda scope=None: tf.get_collection(
    tf.GraphKeys.LOCAL_VARIABLES, scope)
tf.model_variables = lambda scope=None: tf.get_collection(
    tf.GraphKeys.MODEL_VARIABLES, scope)
tf.nn.embedding_lookup = embedding_lookup
tf.control_dependencies = control_dependencies
tf.add_n = tf.math.add_n = add_n
tf.reduce_logsumexp = tf.math.reduce_logsumexp = reduce_logsumexp
tf.nn.log_softmax = tf.math.log_softmax = log_softmax
tf.zeros_like = zeros_like
tf.ones_like = ones_like
tf.div_no_nan = tf.math.divide_no_nan = div_no_nan
tf.one_hot = one_hot
tf.nn.l2_loss = l2_loss
tf.nn.softmax_cross_entropy_with_logits = softmax_cross_entropy_with_logits
tf.nn.softmax_cross_entropy_with_logits_v2 = \
    softmax_cross_entropy_with_logits_v2
tf.nn.sparse_softmax_cross_entropy_with_logits = \
    sparse_softmax_cross_entropy_with_logits
tf.nn.sigmoid_cross_entropy_with_logits = sigmoid_cross_entropy_with_logits
tf.cond = cond
# For the layers (Prelude/_scopec_layers.py): TF's tf_utils.smart_cond.
tf._scopec_smart_cond = smart_cond

tf._scopec_training_fn = _training
# For the loops (Prelude/_scopec_control_flow.py).
tf._scopec_flatten = _flatten
tf._scopec_pack_like = _pack_like

import _scopec_variables
import _scopec_array_ops
import _scopec_convolution
import _scopec_graph
tf.Graph = _scopec_graph.Graph
tf.get_default_graph = _scopec_graph.get_default_graph
tf.reset_default_graph = _scopec_graph.reset_default_graph
import _scopec_nn
import _scopec_template
import _scopec_control_flow
tf.make_template = _scopec_template.make_template
tf.case = _scopec_template.case
import _scopec_image
import _scopec_initializers
import _scopec_test
tf.test = _scopec_test
tf.image = _scopec_image

import _scopec_layers
tf.layers = _scopec_layers

import _scopec_rnn_cell

import _scopec_constraints
tf.keras.constraints = _scopec_constraints
import _scopec_keras_initializers
tf.keras.initializers = _scopec_keras_initializers

import _scopec_keras_regularizers
tf.keras.regularizers = _scopec_keras_regularizers

import _scopec_keras_layers
tf.keras.layers = _scopec_keras_layers
tf.keras.Input = _scopec_keras_layers.Input

import _scopec_losses
tf.losses = _scopec_losses

import _scopec_training
tf.train = _scopec_training.train
tf.gradients = _scopec_training.gradients
tf.global_norm = _scopec_training.global_norm
tf.clip_by_global_norm = _scopec_training.clip_by_global_norm
tf.clip_by_norm = _scopec_training.clip_by_norm
tf.Session = _scopec_training.Session
tf.InteractiveSession = _scopec_training.InteractiveSession
tf.global_variables_initializer = _scopec_training._initializer_op("init")
tf.initialize_all_variables = tf.global_variables_initializer
tf.local_variables_initializer = _scopec_training._initializer_op("init")
tf.initialize_local_variables = tf.local_variables_initializer
tf.variables_initializer = _scopec_training._initializer_op("init")
tf.initialize_variables = tf.variables_initializer
tf.group = _scopec_training.group
tf.no_op = _scopec_training.no_op

import _scopec_contrib
tf.contrib = _scopec_contrib
import _scopec_tf_python
tf.python = _scopec_tf_python

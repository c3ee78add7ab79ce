# tf.gather_nd, tf.cumsum and tf.einsum of TensorFlow 1.15 for static
# shapes, over scopec's primitive ops: gather_nd gathers rows of the params
# flattened over the indexed dimensions (an index out of range in any
# component gives zeros, as TF's GPU kernel; its CPU kernel stops the run);
# cumsum is a matmul with a triangular 0/1 matrix (floats); einsum is
# transposes, reshapes, reductions and one (batched) matmul, the result
# named `einsum/...` as TF's.
import numpy as np
import tensorflow as tf


def _product(values):
    p = 1
    for v in values:
        p *= v
    return p


def gather_nd(params, indices, name=None, batch_dims=0):
    if batch_dims != 0:
        raise NotImplementedError("tf.gather_nd(batch_dims=%r) is not "
                                  "supported by scopec" % (batch_dims,))
    with tf.name_scope(name, "GatherNd", [params, indices]) as scope:
        params = tf.convert_to_tensor(params, name="params")
        indices = tf.convert_to_tensor(indices, name="indices")
        if indices.dtype not in (tf.int32, tf.int64):
            raise TypeError("Value passed to parameter 'indices' has DataType "
                            "%s not in list of allowed values: int32, int64" %
                            indices.dtype.name)
        pshape = params.shape.as_list()
        ishape = indices.shape.as_list()
        if not ishape:
            raise ValueError("Shape must be at least rank 1 but is rank 0 for "
                             "'GatherNd' (op: 'GatherNd')")
        k = ishape[-1]
        if k > len(pshape):
            raise ValueError("index innermost dimension length must be <= "
                             "params rank; saw: %d vs. %d" % (k, len(pshape)))
        dims = pshape[:k]
        strides = [_product(dims[i + 1:]) for i in range(k)]
        flat = tf.reduce_sum(indices * tf.constant(strides,
                                                   dtype=indices.dtype),
                             axis=-1)
        # Out-of-range components give zeros, not another element.
        valid = tf.reduce_all(tf.logical_and(
            indices >= 0, indices < tf.constant(dims, dtype=indices.dtype)),
            axis=-1)
        flat = tf.where_v2(valid, flat, tf.constant(-1, dtype=indices.dtype))
        table = tf.reshape(params, [_product(dims)] + pshape[k:])
        return tf.gather(table, flat, name=scope)


def cumsum(x, axis=0, exclusive=False, reverse=False, name=None):
    with tf.name_scope(name, "Cumsum", [x]) as scope:
        x = tf.convert_to_tensor(x, name="x")
        if not x.dtype.is_floating:
            raise NotImplementedError("tf.cumsum of %s tensors is not "
                                      "supported by scopec (floats are)" %
                                      x.dtype.name)
        shape = x.shape.as_list()
        rank = len(shape)
        axis = int(tf.get_static_value(tf.convert_to_tensor(axis)))
        if axis < -rank or axis >= max(rank, 1):
            raise ValueError("axis %d is out of range for a tensor of rank %d"
                             % (axis, rank))
        axis %= rank
        n = shape[axis]
        if n > 4096:
            raise NotImplementedError(
                "tf.cumsum along an axis of %d elements is not supported by "
                "scopec (at most 4096: it is a matmul with a triangular "
                "matrix)" % n)
        # out[j] = sum_i x[i] * tri[i, j]
        i = np.arange(n).reshape(n, 1)
        j = np.arange(n).reshape(1, n)
        if reverse:
            tri = i > j if exclusive else i >= j
        else:
            tri = i < j if exclusive else i <= j
        tri = tf.constant(tri.astype(np.float64), dtype=x.dtype)
        perm = [d for d in range(rank) if d != axis] + [axis]
        moved = x if axis == rank - 1 else tf.transpose(x, perm)
        summed = tf.tensordot(moved, tri, [[rank - 1], [0]])
        if axis == rank - 1:
            return tf.identity(summed, name=scope)
        inverse = [perm.index(d) for d in range(rank)]
        return tf.transpose(summed, inverse, name=scope)


def _parse_einsum(equation, count):
    equation = equation.replace(" ", "")
    if "..." in equation:
        raise NotImplementedError("tf.einsum with '...' is not supported by "
                                  "scopec")
    if "->" in equation:
        inputs, output = equation.split("->")
    else:
        inputs = equation
        letters = sorted(set([c for c in inputs if c.isalpha()]))
        output = "".join([c for c in letters if inputs.count(c) == 1])
    terms = inputs.split(",")
    if len(terms) != count:
        raise ValueError("Got %d arguments for equation \"%s\", expecting %d"
                         % (count, equation, len(terms)))
    for term in terms + [output]:
        if len(set(term)) != len(term):
            raise NotImplementedError(
                "tf.einsum with a repeated index in one term (%s) is not "
                "supported by scopec" % term)
    return terms, output


def _sum_out(x, term, keep):
    """Sums the indices of `term` not in `keep`."""
    axes = [i for i, c in enumerate(term) if c not in keep]
    if axes:
        x = tf.reduce_sum(x, axes)
        term = "".join([c for c in term if c in keep])
    return x, term


def _transpose_to(x, term, order):
    if term == order:
        return x
    return tf.transpose(x, [term.index(c) for c in order])


def einsum(equation, *inputs, **kwargs):
    name = kwargs.pop("name", None)
    if kwargs:
        raise TypeError("invalid keyword arguments for this function: " +
                        ", ".join(sorted(kwargs)))
    with tf.name_scope(name, "einsum", [equation] + list(inputs)):
        terms, output = _parse_einsum(equation, len(inputs))
        xs = [tf.convert_to_tensor(x) for x in inputs]
        for x, term in zip(xs, terms):
            if len(x.shape.as_list()) != len(term):
                raise ValueError("Input %s of rank %d does not match the "
                                 "equation term '%s'" %
                                 (x.name, len(x.shape.as_list()), term))
        if len(xs) == 1:
            x, term = _sum_out(xs[0], terms[0], output)
            return _transpose_to(x, term, output)
        if len(xs) != 2:
            raise NotImplementedError("tf.einsum of %d operands is not "
                                      "supported by scopec (1 or 2 are)" %
                                      len(xs))
        (a, b), (ta, tb) = xs, terms
        # Indices only one operand has and the output lacks are summed first.
        a, ta = _sum_out(a, ta, tb + output)
        b, tb = _sum_out(b, tb, ta + output)
        batch = "".join([c for c in ta if c in tb and c in output])
        contract = "".join([c for c in ta if c in tb and c not in output])
        free_a = "".join([c for c in ta if c not in tb])
        free_b = "".join([c for c in tb if c not in ta])
        dims = {}
        for x, term in ((a, ta), (b, tb)):
            for c, d in zip(term, x.shape.as_list()):
                if dims.setdefault(c, d) != d:
                    raise ValueError("Dimension of index '%s' differs: %d vs "
                                     "%d" % (c, dims[c], d))
        size = lambda s: _product([dims[c] for c in s])
        a = _transpose_to(a, ta, batch + free_a + contract)
        b = _transpose_to(b, tb, batch + contract + free_b)
        lead = [dims[c] for c in batch]
        a = tf.reshape(a, lead + [size(free_a), size(contract)])
        b = tf.reshape(b, lead + [size(contract), size(free_b)])
        product = tf.matmul(a, b)
        product = tf.reshape(product, lead + [dims[c] for c in free_a] +
                             [dims[c] for c in free_b])
        return _transpose_to(product, batch + free_a + free_b, output)


def _static(value, what):
    v = tf.get_static_value(tf.convert_to_tensor(value))
    if v is None:
        raise ValueError("scopec: %s must be known at compile time (shapes "
                         "are static)" % what)
    return v


def range_(start, limit=None, delta=1, dtype=None, name="range"):
    """TF's Range with static bounds: a constant (int32 for Python ints,
    float32 for floats, unless `dtype`)."""
    if limit is None:
        start, limit = 0, start
    with tf.name_scope(name, "Range", [start, limit, delta]) as scope:
        values = [_static(v, "tf.range's bounds") for v in
                  (start, limit, delta)]
        if dtype is None:
            is_float = any([np.asarray(v).dtype.kind == "f" for v in values])
            for v in (start, limit, delta):
                if isinstance(v, tf.Tensor) and v.dtype.is_floating:
                    is_float = True
            dtype = tf.float32 if is_float else tf.int32
        start, limit, delta = [float(v) for v in values]
        if delta == 0:
            raise ValueError("Requires delta != 0: 0")
        out = np.arange(start, limit, delta)
        return tf.constant(out, dtype=dtype, name=scope)


def linspace(start, stop, num, name=None):
    with tf.name_scope(name, "LinSpace", [start, stop, num]) as scope:
        start = np.float32(_static(start, "tf.linspace's start"))
        stop = np.float32(_static(stop, "tf.linspace's stop"))
        num = int(_static(num, "tf.linspace's num"))
        if num <= 0:
            raise ValueError("Requires num > 0: %d" % num)
        if num == 1:
            values = [start]
        else:
            # TF's kernel, in float32: start + step * i.
            step = (stop - start) / np.float32(num - 1)
            values = [start + step * np.float32(i) for i in range(num)]
        return tf.constant(np.array(values, dtype=np.float32), name=scope)


def fill(dims, value, name=None):
    with tf.name_scope(name, "Fill", [dims, value]) as scope:
        value = tf.convert_to_tensor(value, name="value")
        dims = [int(d) for d in np.asarray(_static(dims, "tf.fill's dims"))
                .reshape(-1)]
        if value.shape.as_list():
            raise ValueError("value must be a scalar, got shape %s" %
                             value.shape)
        return tf.add(tf.zeros(dims, dtype=value.dtype), value, name=scope)


def sequence_mask(lengths, maxlen=None, dtype=tf.bool, name=None):
    with tf.name_scope(name, "SequenceMask", [lengths, maxlen]):
        lengths = tf.convert_to_tensor(lengths)
        if maxlen is None:
            static = _static(lengths, "tf.sequence_mask's lengths (without "
                             "maxlen)")
            maxlen = max(int(np.max(static)) if np.size(static) else 0, 0)
        maxlen = tf.convert_to_tensor(maxlen)
        if maxlen.shape.as_list():
            raise ValueError("maxlen must be scalar for sequence_mask")
        row_vector = range_(0, maxlen, 1, dtype=maxlen.dtype)
        matrix = tf.cast(tf.expand_dims(lengths, -1), maxlen.dtype)
        result = row_vector < matrix
        if dtype is None or dtype == tf.bool:
            return result
        return tf.cast(result, dtype)


def reverse(tensor, axis, name=None):
    with tf.name_scope(name, "ReverseV2", [tensor, axis]) as scope:
        tensor = tf.convert_to_tensor(tensor, name="tensor")
        rank = len(tensor.shape.as_list())
        axes = [int(a) for a in np.asarray(_static(axis, "tf.reverse's "
                                                   "axis")).reshape(-1)]
        key = [slice(None)] * rank
        for a in axes:
            if a < -rank or a >= rank:
                raise ValueError("'axis'[%d] = %d is out of valid range "
                                 "[%d; %d)" % (axes.index(a), a, -rank, rank))
            key[a % rank] = slice(None, None, -1)
        return tf.identity(tensor[tuple(key)], name=scope)


def reverse_sequence(input, seq_lengths, seq_axis=None, batch_axis=None,
                     name=None, seq_dim=None, batch_dim=None):
    """TF's ReverseSequence: along `batch_axis`, slice i has its first
    seq_lengths[i] elements along `seq_axis` reversed. Built as a gather
    whose indices are computed from the lengths at run time (the lengths
    may be a placeholder). A length past the dimension is TF's run-time
    error; here those elements read as zeros (gather_nd's rule)."""
    seq_axis = seq_axis if seq_axis is not None else seq_dim
    batch_axis = batch_axis if batch_axis is not None else batch_dim
    if seq_axis is None:
        raise TypeError("Expected int for argument 'seq_dim' not None.")
    batch_axis = 0 if batch_axis is None else batch_axis
    with tf.name_scope(name, "ReverseSequence", [input, seq_lengths]) as scope:
        input = tf.convert_to_tensor(input, name="input")
        lengths = tf.convert_to_tensor(seq_lengths, name="seq_lengths")
        if lengths.dtype not in (tf.int32, tf.int64):
            raise TypeError("Value passed to parameter 'seq_lengths' has "
                            "DataType %s not in list of allowed values: "
                            "int32, int64" % lengths.dtype.name)
        shape = input.shape.as_list()
        rank = len(shape)
        if seq_axis == batch_axis:
            raise ValueError("batch_dim == seq_dim == %d" % seq_axis)
        if not 0 <= seq_axis < rank:
            raise ValueError("seq_dim must be < input rank ( %d vs. %d)" %
                             (seq_axis, rank))
        if not 0 <= batch_axis < rank:
            raise ValueError("batch_dim must be < input rank ( %d vs. %d)" %
                             (batch_axis, rank))
        lengths_shape = lengths.shape.as_list()
        if len(lengths_shape) != 1:
            raise ValueError("Shape must be rank 1 but is rank %d for "
                             "'ReverseSequence' (op: 'ReverseSequence')" %
                             len(lengths_shape))
        if lengths_shape[0] != shape[batch_axis]:
            raise ValueError("Length of seq_lengths != input.dims(%d), "
                             "(%d vs. %d)" % (batch_axis, lengths_shape[0],
                                              shape[batch_axis]))
        perm = [batch_axis, seq_axis] + [d for d in range(rank)
                                         if d not in (batch_axis, seq_axis)]
        x = tf.transpose(input, perm)
        batch, steps = shape[batch_axis], shape[seq_axis]
        lengths = tf.cast(tf.reshape(lengths, [batch, 1]), tf.int32)
        t = tf.constant(np.arange(steps, dtype=np.int32).reshape(1, steps))
        b = tf.constant([[i] * steps for i in range(batch)], dtype=tf.int32)
        source = tf.where_v2(t < lengths, lengths - 1 - t, t + 0 * lengths)
        y = gather_nd(x, tf.stack([b, source], axis=-1))
        inverse = [perm.index(d) for d in range(rank)]
        return tf.transpose(y, inverse, name=scope)


def reduce_variance(input_tensor, axis=None, keepdims=False, name=None):
    with tf.name_scope(name or "reduce_variance"):
        means = tf.reduce_mean(input_tensor, axis=axis, keepdims=True)
        squared_deviations = tf.square(input_tensor - means)
        return tf.reduce_mean(squared_deviations, axis=axis,
                              keepdims=keepdims)


def reduce_std(input_tensor, axis=None, keepdims=False, name=None):
    with tf.name_scope(name or "reduce_std"):
        variance = reduce_variance(input_tensor, axis=axis,
                                   keepdims=keepdims)
        return tf.sqrt(variance)


tf.gather_nd = gather_nd
tf.cumsum = tf.math.cumsum = cumsum
tf.einsum = einsum
tf.range = range_
tf.linspace = tf.lin_space = linspace
tf.fill = fill
tf.sequence_mask = sequence_mask
tf.reverse = tf.reverse_v2 = reverse
tf.reverse_sequence = reverse_sequence
tf.math.reduce_variance = reduce_variance
tf.math.reduce_std = reduce_std

# tf.while_loop, tf.TensorArray, tf.map_fn, tf.scan, tf.foldl and tf.foldr
# of TensorFlow 1.15 (ops/control_flow_ops.py, tensor_array_ops.py,
# functional_ops.py, map_fn.py) for loops whose trip count is known at
# compile time. map_fn, scan and the folds build their function once into
# one loop over the elements (tf._scopec_loop), as TF does. tf.while_loop
# runs its body once per iteration while the condition, computed from
# constants (a counter against a bound), is true: the same values and the
# same variables, but code that grows with the trip count
# (docs/user-guide.md, "Loops"). Every iteration after the first looks its
# variables up with reuse and names its default scopes as the first did,
# so `tf.get_variable` and tf.layers in a body create what TF's single body
# creates.
import tensorflow as tf

# Iterations one loop may unroll to (each one builds the body's ops).
_MAX_ITERATIONS = 10000


class _Iterations(object):
    """Runs a body once per iteration as TF runs it once in its loop."""

    def __init__(self):
        self._mark = None
        self.count = 0

    def run(self, fn, args):
        if self.count >= _MAX_ITERATIONS:
            raise ValueError("scopec: a loop ran more than %d iterations at "
                             "compile time (its code grows with every "
                             "iteration)" % _MAX_ITERATIONS)
        if self._mark is None:
            self._mark = tf._scopec_scope_counts("mark")
            result = fn(*args)
        else:
            tf._scopec_scope_counts("restore", self._mark)
            self._mark = tf._scopec_scope_counts("mark")
            # Reuse in the current scope, which nested scopes inherit (not a
            # re-entered scope: leaving one would rewind the counts).
            scope = tf.get_variable_scope()
            reuse = scope.reuse
            scope._scopec_set_reuse(True)
            try:
                result = fn(*args)
            finally:
                scope._scopec_set_reuse(reuse)
        self.count += 1
        return result

    def done(self):
        if self._mark is not None:
            tf._scopec_scope_counts("commit", self._mark)
            self._mark = None


# Nested structures of loop variables (lists, tuples, namedtuples, dicts):
# the helpers tf.cond uses.
_flatten = tf._scopec_flatten
_pack_like = tf._scopec_pack_like


def _same_structure(a, b):
    if isinstance(a, (list, tuple)) != isinstance(b, (list, tuple)):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(
            [_same_structure(x, y) for x, y in zip(a, b)])
    return True


def _static_bool(value, what):
    v = tf.get_static_value(value)
    if v is None:
        raise NotImplementedError(
            "scopec: %s must be known at compile time (a loop counter "
            "against a constant bound): scopec unrolls loops and cannot "
            "decide '%s' before the model runs" % (what, value.name))
    return bool(v)


def _static_index(index, what):
    if isinstance(index, int):
        return index
    v = tf.get_static_value(index)
    if v is None:
        raise NotImplementedError(
            "scopec: the index of TensorArray.%s must be known at compile "
            "time (a loop counter)" % what)
    return int(v)


def _to_loop_var(v):
    if isinstance(v, TensorArray):
        return v
    return tf.convert_to_tensor(v)


def while_loop(cond, body, loop_vars, shape_invariants=None,
               parallel_iterations=10, back_prop=True, swap_memory=False,
               name=None, maximum_iterations=None,
               return_same_structure=False):
    if not callable(cond):
        raise TypeError("cond must be callable.")
    if not callable(body):
        raise TypeError("body must be callable.")
    if parallel_iterations < 1:
        raise TypeError("parallel_iterations must be a positive integer.")
    if not loop_vars:
        raise ValueError("No loop variables provided")
    limit = None
    if maximum_iterations is not None:
        limit = _static_index(maximum_iterations, "maximum_iterations") \
            if not isinstance(maximum_iterations, int) else maximum_iterations
        if limit < 0:
            raise ValueError("maximum_iterations must be non-negative, got "
                             "%d" % limit)
    flat = _flatten(loop_vars)
    with tf.name_scope(name, "while", [v for v in flat
                                       if not isinstance(v, TensorArray)]):
        flat = [_to_loop_var(v) for v in flat]
        current = _pack_like(loop_vars, flat)
        iterations = _Iterations()
        try:
            while limit is None or iterations.count < limit:
                args = list(current) if isinstance(current, (list, tuple)) \
                    else [current]
                keep_going = cond(*args)
                tf._scopec_consume(keep_going)
                if not _static_bool(tf.convert_to_tensor(keep_going),
                                    "the condition of tf.while_loop"):
                    break
                result = iterations.run(body, args)
                if not isinstance(result, (list, tuple)):
                    result = [result]
                if not _same_structure(list(args), list(result)):
                    raise ValueError(
                        "The two structures don't have the same nested "
                        "structure.\n\nFirst structure: %s\n\nSecond "
                        "structure: %s" % (list(args), list(result)))
                new_flat = [_to_loop_var(v) for v in _flatten(result)]
                for old, new in zip(_flatten(current), new_flat):
                    if isinstance(old, TensorArray) != isinstance(
                            new, TensorArray):
                        raise TypeError("body must return the loop "
                                        "variables' kinds (a TensorArray for "
                                        "a TensorArray)")
                    if not isinstance(new, TensorArray) and \
                            old.dtype.base_dtype != new.dtype.base_dtype:
                        raise ValueError(
                            "Input tensor '%s' enters the loop with type %s, "
                            "but has type %s after 1 iteration." %
                            (old.name, old.dtype.name, new.dtype.name))
                current = _pack_like(loop_vars, new_flat)
        finally:
            iterations.done()
    exits = _flatten(current)
    if not return_same_structure and len(exits) == 1:
        return exits[0]
    return current


class TensorArray(object):
    """tf.TensorArray with indices known at compile time: its elements are
    the tensors written (write returns a new TensorArray, as TF's flow
    does); stack/concat/gather join them with TF's ops."""

    def __init__(self, dtype, size=None, dynamic_size=None,
                 clear_after_read=None, tensor_array_name=None, handle=None,
                 flow=None, infer_shape=True, element_shape=None,
                 colocate_with_first_write_call=True, name=None,
                 _elements=None):
        if handle is not None or flow is not None:
            raise NotImplementedError("scopec: TensorArray(handle=, flow=) "
                                      "is not supported")
        self._dtype = tf.as_dtype(dtype).base_dtype
        self._size = None if size is None else _static_index(size, "size")
        self._dynamic_size = bool(dynamic_size)
        self._element_shape = None if element_shape is None else \
            tf.TensorShape(element_shape)
        self._infer_shape = infer_shape
        self._name = name or tensor_array_name or "TensorArray"
        self._elements = dict(_elements or {})

    def _with(self, elements):
        ta = TensorArray(self._dtype, size=self._size,
                         dynamic_size=self._dynamic_size,
                         infer_shape=self._infer_shape,
                         element_shape=self._element_shape, name=self._name,
                         _elements=elements)
        return ta

    @property
    def dtype(self):
        return self._dtype

    @property
    def dynamic_size(self):
        return self._dynamic_size

    @property
    def element_shape(self):
        """The elements' shape; None until given or written (TF: an unknown
        TensorShape)."""
        if self._element_shape is not None:
            return self._element_shape
        if self._elements:
            return self._elements[min(self._elements)].shape
        return None

    def _length(self):
        if self._size is not None and not self._dynamic_size:
            return self._size
        used = max(self._elements) + 1 if self._elements else 0
        return max(used, self._size or 0)

    def size(self, name=None):
        return tf.constant(self._length(), dtype=tf.int32,
                           name=name or "TensorArraySizeV3")

    def write(self, index, value, name=None):
        i = _static_index(index, "write")
        value = tf.convert_to_tensor(value)
        if value.dtype.base_dtype != self._dtype:
            raise TypeError("TensorArray dtype is %s but Op is trying to "
                            "write dtype %s." % (self._dtype.name,
                                                 value.dtype.name))
        if i < 0:
            raise ValueError("Tried to write to index %d but array size is: "
                             "%d" % (i, self._length()))
        if self._size is not None and not self._dynamic_size and \
                i >= self._size:
            raise ValueError("Tried to write to index %d but array is not "
                             "resizeable and size is: %d" % (i, self._size))
        if i in self._elements:
            raise ValueError("Could not write to TensorArray index %d because "
                             "it has already been written to." % i)
        shape = self.element_shape
        if self._infer_shape and shape is not None and \
                shape.as_list() != value.shape.as_list():
            raise ValueError("Could not write to TensorArray index %d: shape "
                             "%s is not the element shape %s" %
                             (i, value.shape, shape))
        elements = dict(self._elements)
        elements[i] = value
        return self._with(elements)

    def read(self, index, name=None):
        i = _static_index(index, "read")
        if i not in self._elements:
            raise ValueError("Could not read from TensorArray index %d because "
                             "it has not yet been written to." % i)
        return tf.identity(self._elements[i], name=name or "TensorArrayReadV3")

    def _all(self):
        n = self._length()
        missing = [i for i in range(n) if i not in self._elements]
        if missing:
            raise ValueError("Could not read from TensorArray index %d because "
                             "it has not yet been written to." % missing[0])
        return [self._elements[i] for i in range(n)]

    def stack(self, name=None):
        items = self._all()
        with tf.name_scope(name, "TensorArrayStack"):
            if not items:
                shape = self.element_shape
                if shape is None:
                    raise ValueError("scopec: stacking an empty TensorArray "
                                     "needs its element_shape")
                return tf.zeros([0] + shape.as_list(), dtype=self._dtype)
            return tf.stack(items, name="TensorArrayGatherV3")

    def gather(self, indices, name=None):
        idx = tf.get_static_value(tf.convert_to_tensor(indices))
        if idx is None:
            raise NotImplementedError("scopec: TensorArray.gather needs "
                                      "indices known at compile time")
        items = [self.read(int(i)) for i in list(idx.reshape(-1))]
        return tf.stack(items, name=name or "TensorArrayGatherV3")

    def concat(self, name=None):
        return tf.concat(self._all(), 0, name=name or "TensorArrayConcatV3")

    def unstack(self, value, name=None):
        value = tf.convert_to_tensor(value, dtype=self._dtype)
        n = value.shape.as_list()[0]
        if n is None:
            raise NotImplementedError("scopec: TensorArray.unstack needs a "
                                      "static first dimension")
        if self._size is not None and not self._dynamic_size and \
                n > self._size:
            raise ValueError("Tried to write to index %d but array is not "
                             "resizeable and size is: %d" % (n - 1,
                                                             self._size))
        parts = tf.unstack(value, name=name or "TensorArrayUnstack")
        return self._with(dict(enumerate(parts)))

    def scatter(self, indices, value, name=None):
        idx = tf.get_static_value(tf.convert_to_tensor(indices))
        if idx is None:
            raise NotImplementedError("scopec: TensorArray.scatter needs "
                                      "indices known at compile time")
        parts = tf.unstack(tf.convert_to_tensor(value, dtype=self._dtype))
        ta = self
        for i, part in zip(list(idx.reshape(-1)), parts):
            ta = ta.write(int(i), part)
        return ta

    def split(self, value, lengths, name=None):
        sizes = tf.get_static_value(tf.convert_to_tensor(lengths))
        if sizes is None:
            raise NotImplementedError("scopec: TensorArray.split needs "
                                      "lengths known at compile time")
        parts = tf.split(tf.convert_to_tensor(value, dtype=self._dtype),
                         [int(s) for s in list(sizes)])
        return self._with(dict(enumerate(parts)))

    def identity(self):
        return self._with(self._elements)

    def close(self, name=None):
        return tf.no_op(name=name or "TensorArrayCloseV3")


def _elems_structure(elems):
    flat = [tf.convert_to_tensor(e, name="elem") for e in _flatten(elems)]
    n = flat[0].shape.as_list()[0] if flat[0].shape.ndims else None
    if n is None:
        raise ValueError("elems must be 1+ dimensional with a static first "
                         "dimension")
    for e in flat:
        if e.shape.ndims is None or e.shape.as_list()[0] != n:
            raise ValueError("All elems must have the same first dimension "
                             "(%s)" % [x.shape for x in flat])
    return flat, n


def _pack_result(like, flat):
    """`flat` in the structure of `like` (a lone tensor stays one)."""
    if len(flat) == 1 and not isinstance(like, (list, tuple)):
        return flat[0]
    return _pack_like(like, flat)


def map_fn(fn, elems, dtype=None, parallel_iterations=None, back_prop=True,
           swap_memory=False, infer_shape=True, name=None):
    """TF's map_fn: `fn` built once, in one loop over the first dimension of
    `elems` (docs/user-guide.md, "Loops"), its results stacked."""
    if not callable(fn):
        raise TypeError("fn must be callable.")
    with tf.name_scope(name, "map", _flatten(elems)):
        flat, n = _elems_structure(elems)
        if n == 0:
            raise ValueError("scopec: tf.map_fn over zero elements")
        result_like = []

        def body(time, slices, carried):
            result = fn(_pack_like(elems, slices))
            result_like.append(result)
            return [], _flatten(result)

        _, stacked = tf._scopec_loop(n, body, [], flat, name="while")
        if dtype is not None and isinstance(dtype, (list, tuple)):
            return _pack_like(dtype, stacked)
        return _pack_result(result_like[0], stacked)


def _accumulate(fn, elems, initializer, reverse):
    """`fn` folded over the first dimension of `elems` (from the end when
    `reverse`) in one loop: the last accumulator and the accumulators after
    each element, stacked in element order (the first element, or the last
    with `reverse`, is the start when there is no initializer)."""
    if not callable(fn):
        raise TypeError("fn must be callable.")
    flat, n = _elems_structure(elems)
    if reverse:
        flat = [tf.reverse(e, [0]) for e in flat]
    if initializer is None:
        if n == 0:
            raise ValueError("elems must be non-empty without an initializer")
        first = _pack_like(elems, [e[0] for e in flat])
        start, flat, steps = first, [e[1:] for e in flat], n - 1
    else:
        first, start, steps = None, initializer, n
    carried = [tf.convert_to_tensor(a) for a in _flatten(start)]
    if steps == 0:
        stacked = [tf.expand_dims(a, 0) for a in carried]
        return start, _pack_like(start, stacked)

    def body(time, slices, acc):
        result = fn(_pack_like(start, acc), _pack_like(elems, slices))
        flat_result = _flatten(result)
        return flat_result, flat_result

    finals, stacked = tf._scopec_loop(steps, body, carried, flat,
                                      name="while")
    if first is not None:
        stacked = [tf.concat([tf.expand_dims(a, 0), s], 0)
                   for a, s in zip(carried, stacked)]
    if reverse:
        stacked = [tf.reverse(s, [0]) for s in stacked]
    return _pack_like(start, finals), _pack_like(start, stacked)


def scan(fn, elems, initializer=None, parallel_iterations=10, back_prop=True,
         swap_memory=False, infer_shape=True, reverse=False, name=None):
    with tf.name_scope(name, "scan", _flatten(elems)):
        return _accumulate(fn, elems, initializer, reverse)[1]


def _fold(fn, elems, initializer, reverse, default_name, name):
    with tf.name_scope(name, default_name, _flatten(elems)):
        return _accumulate(fn, elems, initializer, reverse)[0]


def foldl(fn, elems, initializer=None, parallel_iterations=10,
          back_prop=True, swap_memory=False, name=None):
    return _fold(fn, elems, initializer, False, "foldl", name)


def foldr(fn, elems, initializer=None, parallel_iterations=10,
          back_prop=True, swap_memory=False, name=None):
    return _fold(fn, elems, initializer, True, "foldr", name)


tf.while_loop = while_loop
tf.TensorArray = TensorArray
tf.map_fn = map_fn
tf.scan = scan
tf.foldl = foldl
tf.foldr = foldr

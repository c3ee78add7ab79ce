# tf.while_loop, tf.TensorArray, tf.map_fn, tf.scan, tf.foldl and tf.foldr
# of TensorFlow 1.15 (ops/control_flow_ops.py, tensor_array_ops.py,
# functional_ops.py, map_fn.py) for loops whose trip count is known at
# compile time (docs/user-guide.md, "Loops"). Each builds its function
# once into one loop, as TF does: map_fn, scan and the folds over the
# elements (tf._scopec_loop); tf.while_loop over its loop variables
# (tf._scopec_while), with the trip count computed from the condition at
# the values of the loop counter, and TensorArray reads and writes at the
# counter as the loop's sequences and stacked outputs. Only a while loop
# over constants (every loop variable known) runs at compile time, one
# iteration at a time, its ops folding to constants: every iteration after
# the first looks its variables up with reuse and names its default scopes
# as the first did, so variables are what TF's single body creates.
import tensorflow as tf

# Iterations a loop over constants may run at compile time.
_MAX_ITERATIONS = tf._scopec_limit(10000)


class _Iterations(object):
    """Runs a body once per iteration as TF runs it once in its loop."""

    def __init__(self):
        self._mark = None
        self.count = 0

    def run(self, fn, args):
        if self.count >= _MAX_ITERATIONS:
            raise ValueError("scopec: a loop over constants ran more than %d "
                             "iterations at compile time" % _MAX_ITERATIONS)
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
            "against a constant bound): scopec computes a loop's trip count "
            "when it compiles and cannot decide '%s' before the model runs" %
            (what, value.name))
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


def _check_iteration(loop_vars, args, result):
    """`result`, the body's return for `args`, as the flat loop variables;
    TF's structure, kind and dtype errors."""
    if not isinstance(result, (list, tuple)):
        result = [result]
    if not _same_structure(list(args), list(result)):
        raise ValueError(
            "The two structures don't have the same nested structure.\n\n"
            "First structure: %s\n\nSecond structure: %s" %
            (list(args), list(result)))
    new_flat = [_to_loop_var(v) for v in _flatten(result)]
    for old, new in zip(_flatten(args), new_flat):
        if isinstance(old, TensorArray) != isinstance(new, TensorArray):
            raise TypeError("body must return the loop variables' kinds (a "
                            "TensorArray for a TensorArray)")
        if not isinstance(new, TensorArray) and \
                old.dtype.base_dtype != new.dtype.base_dtype:
            raise ValueError(
                "Input tensor '%s' enters the loop with type %s, but has type "
                "%s after 1 iteration." % (old.name, old.dtype.name,
                                           new.dtype.name))
    return new_flat


def _loop_args(loop_vars, flat):
    current = _pack_like(loop_vars, flat)
    return list(current) if isinstance(current, (list, tuple)) else [current]


def _unrolled_while(cond, body, loop_vars, flat, limit):
    """A loop over constants (every loop variable known at compile time):
    the body runs once per iteration and its ops fold to constants."""
    iterations = _Iterations()
    try:
        while limit is None or iterations.count < limit:
            args = _loop_args(loop_vars, flat)
            keep_going = cond(*args)
            tf._scopec_consume(keep_going)
            if not _static_bool(tf.convert_to_tensor(keep_going),
                                "the condition of tf.while_loop"):
                break
            flat = _check_iteration(loop_vars, args,
                                    iterations.run(body, args))
    finally:
        iterations.done()
    return flat


# The tf.while_loop bodies being built, innermost last.
_building = []


class _Body(object):
    """A tf.while_loop body being built once (tf._scopec_while): its
    counter candidates (integer scalars entering with a static value, by
    their block argument) and the TensorArray reads and writes indexed by
    them."""

    def __init__(self, slice_fn, candidates):
        self.slice_fn = slice_fn
        self.candidates = candidates
        self.reads = []
        self.counters = None

    def counter(self, index):
        """The carried position of `index` if it is a counter candidate."""
        if isinstance(index, int):
            return None
        for position, arg in self.candidates:
            if index is arg:
                return position
        return None

    def read(self, ta, position):
        shape = ta.element_shape
        if shape is None or not ta._written_indices():
            raise ValueError("Could not read from TensorArray index 0 because "
                             "it has not yet been written to.")
        self.reads.append((ta, position))
        return self.slice_fn(shape.as_list(), ta.dtype)


def _index(index, what):
    """A TensorArray index: `(position, None)` for the counter of the loop
    body being built (its carried position), else `(None, int)`."""
    position = _building[-1].counter(index) if _building else None
    if position is not None:
        return position, None
    if _building and not isinstance(index, int) and \
            tf.get_static_value(index) is None:
        raise _not_a_counter(what)
    return None, _static_index(index, what)


def _not_a_counter(what):
    return NotImplementedError(
        "scopec: the index of TensorArray.%s inside tf.while_loop must be a "
        "loop variable that starts at a constant and steps by a constant "
        "(the loop counter), or a constant" % what)


def _rolled_while(cond, body, loop_vars, flat, limit):
    """The body built once into one loop (tf._scopec_while); the trip count
    comes from evaluating the condition at the counter's values."""
    tensor_positions = [k for k, v in enumerate(flat)
                        if not isinstance(v, TensorArray)]
    carried = [flat[k] for k in tensor_positions]
    state = {}

    def build(step, carried_args, slice_fn):
        inner = list(flat)
        for k, arg in zip(tensor_positions, carried_args):
            inner[k] = arg
        candidates = [
            (n, arg) for n, (arg, init) in enumerate(zip(carried_args, carried))
            if init.dtype.base_dtype in (tf.int32, tf.int64) and
            init.shape.ndims == 0 and tf.get_static_value(init) is not None]
        building = _Body(slice_fn, candidates)
        state["body"] = building
        state["args"] = inner
        _building.append(building)
        try:
            args = _loop_args(loop_vars, inner)
            new_flat = _check_iteration(loop_vars, args, body(*args))
        finally:
            _building.pop()
        new_carried = [new_flat[k] for k in tensor_positions]
        outputs, writes = [], []
        for k, (old, new) in enumerate(zip(flat, new_flat)):
            if not isinstance(old, TensorArray):
                continue
            if new._elements is not old._elements or \
                    new._stacked is not old._stacked:
                raise NotImplementedError(
                    "scopec: a TensorArray written at a constant index inside "
                    "tf.while_loop (TF fails at the second step); write at the "
                    "loop counter")
            if new._rolled is not None:
                position, value = new._rolled
                writes.append((k, position, len(outputs)))
                outputs.append(value)
        state["writes"] = writes
        state["new_flat"] = new_flat
        return new_carried, outputs

    def plan(classes):
        building = state["body"]
        counters = {n: c[1:] for n, c in enumerate(classes)
                    if c is not None and c[0] == "counter"}
        building.counters = counters
        for _, position in building.reads:
            if position not in counters:
                raise _not_a_counter("read")
        for _, position, _ in state["writes"]:
            if position not in counters:
                raise _not_a_counter("write")
        probe = list(state["args"])
        for n, k in enumerate(tensor_positions):
            if classes[n] is not None and classes[n][0] == "invariant":
                probe[k] = carried[n]
        keep_going = cond(*_loop_args(loop_vars, probe))
        tf._scopec_consume(keep_going)
        return tf.convert_to_tensor(keep_going)

    def feed(steps):
        building = state["body"]
        sequences = []
        for ta, position in building.reads:
            start, delta = building.counters[position]
            sequences.append(ta._steps(start, delta, steps))
        return sequences

    finals, stacked, steps = tf._scopec_while(
        build, carried, plan, feed, maximum_iterations=limit,
        positions=tensor_positions)
    building = state["body"]
    out = list(flat)
    for n, k in enumerate(tensor_positions):
        if finals[n] is not None:
            out[k] = finals[n]
        elif n in building.counters:
            start, delta = building.counters[n]
            out[k] = tf.constant(start + steps * delta,
                                 dtype=carried[n].dtype)
    if steps:
        for k, position, output in state["writes"]:
            start, delta = building.counters[position]
            out[k] = flat[k]._after_loop(start, delta, steps, stacked[output])
    return out


def while_loop(cond, body, loop_vars, shape_invariants=None,
               parallel_iterations=10, back_prop=True, swap_memory=False,
               name=None, maximum_iterations=None,
               return_same_structure=False):
    """TF's while_loop for a trip count known at compile time
    (docs/user-guide.md, "Loops"): the body is built once into one loop, as
    TF builds it; a loop over constants only runs at compile time."""
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
        constant = all([not isinstance(v, TensorArray) and
                        tf.get_static_value(v) is not None for v in flat])
        if constant:
            flat = _unrolled_while(cond, body, loop_vars, flat, limit)
        else:
            flat = _rolled_while(cond, body, loop_vars, flat, limit)
    current = _pack_like(loop_vars, flat)
    if not return_same_structure and len(flat) == 1:
        return flat[0]
    return current


class TensorArray(object):
    """tf.TensorArray: its elements are tensors known by index at compile
    time (write returns a new TensorArray, as TF's flow does), held one by
    one or as one stacked tensor (`unstack`, a loop's writes); inside a
    tf.while_loop body, reads and writes at the loop counter are one slice
    of a sequence and one step output of the loop."""

    def __init__(self, dtype, size=None, dynamic_size=None,
                 clear_after_read=None, tensor_array_name=None, handle=None,
                 flow=None, infer_shape=True, element_shape=None,
                 colocate_with_first_write_call=True, name=None):
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
        # Index -> tensor; a tensor whose rows are the elements 0..n-1; the
        # write at the counter in the loop body being built: (counter
        # position, value).
        self._elements = {}
        self._stacked = None
        self._rolled = None

    def _with(self, elements=None, stacked=None, rolled=None):
        ta = TensorArray(self._dtype, size=self._size,
                         dynamic_size=self._dynamic_size,
                         infer_shape=self._infer_shape,
                         element_shape=self._element_shape, name=self._name)
        ta._elements = self._elements if elements is None else elements
        ta._stacked = self._stacked if stacked is None else stacked
        ta._rolled = rolled
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
        if self._stacked is not None:
            return self._stacked.shape[1:]
        if self._elements:
            return self._elements[min(self._elements)].shape
        return None

    def _stacked_length(self):
        return 0 if self._stacked is None else self._stacked.shape.as_list()[0]

    def _written_indices(self):
        return set(range(self._stacked_length())) | set(self._elements)

    def _element(self, i):
        if i in self._elements:
            return self._elements[i]
        return self._stacked[i]

    def _length(self):
        if self._size is not None and not self._dynamic_size:
            return self._size
        written = self._written_indices()
        used = max(written) + 1 if written else 0
        return max(used, self._size or 0)

    def size(self, name=None):
        return tf.constant(self._length(), dtype=tf.int32,
                           name=name or "TensorArraySizeV3")

    def _check_index(self, i):
        if i < 0:
            raise ValueError("Tried to write to index %d but array size is: "
                             "%d" % (i, self._length()))
        if self._size is not None and not self._dynamic_size and \
                i >= self._size:
            raise ValueError("Tried to write to index %d but array is not "
                             "resizeable and size is: %d" % (i, self._size))
        if i in self._written_indices():
            raise ValueError("Could not write to TensorArray index %d because "
                             "it has already been written to." % i)

    def _check_value(self, value, what):
        value = tf.convert_to_tensor(value)
        if value.dtype.base_dtype != self._dtype:
            raise TypeError("TensorArray dtype is %s but Op is trying to "
                            "write dtype %s." % (self._dtype.name,
                                                 value.dtype.name))
        shape = self.element_shape
        if self._infer_shape and shape is not None and \
                shape.as_list() != value.shape.as_list():
            raise ValueError("Could not write to TensorArray index %s: shape "
                             "%s is not the element shape %s" %
                             (what, value.shape, shape))
        return value

    def write(self, index, value, name=None):
        position, i = _index(index, "write")
        if position is not None:
            value = self._check_value(value, "at the loop counter")
            if self._rolled is not None:
                raise ValueError("Could not write to TensorArray index at the "
                                 "loop counter because it has already been "
                                 "written to.")
            return self._with(rolled=(position, value))
        value = self._check_value(value, i)
        self._check_index(i)
        elements = dict(self._elements)
        elements[i] = value
        return self._with(elements, rolled=self._rolled)

    def read(self, index, name=None):
        position, i = _index(index, "read")
        if position is not None:
            return _building[-1].read(self, position)
        if i not in self._written_indices():
            raise ValueError("Could not read from TensorArray index %d because "
                             "it has not yet been written to." % i)
        return tf.identity(self._element(i), name=name or "TensorArrayReadV3")

    def _steps(self, start, delta, steps):
        """Elements start, start + delta, ... (`steps` of them) as one
        tensor: the sequence a loop reading at its counter steps through."""
        indices = [start + j * delta for j in range(steps)]
        written = self._written_indices()
        for i in indices:
            if i not in written:
                raise ValueError("Could not read from TensorArray index %d "
                                 "because it has not yet been written to." % i)
        n = self._stacked_length()
        if delta in (1, -1) and \
                all([0 <= i < n and i not in self._elements for i in indices]):
            low = min(indices)
            part = self._stacked
            if steps != n:
                part = part[low:low + steps]
            return part if delta == 1 else tf.reverse(part, [0])
        return tf.stack([self._element(i) for i in indices])

    def _after_loop(self, start, delta, steps, stacked):
        """This TensorArray after a loop wrote `stacked` (one row per step)
        at its counter start, start + delta, ..."""
        indices = [start + j * delta for j in range(steps)]
        for i in indices:
            self._check_index(i)
        if not self._written_indices() and delta in (1, -1) and \
                min(indices) == 0:
            return self._with(stacked=stacked if delta == 1 else
                              tf.reverse(stacked, [0]))
        elements = dict(self._elements)
        for i, part in zip(indices, tf.unstack(stacked)):
            elements[i] = part
        return self._with(elements)

    def _all(self):
        n = self._length()
        written = self._written_indices()
        missing = [i for i in range(n) if i not in written]
        if missing:
            raise ValueError("Could not read from TensorArray index %d because "
                             "it has not yet been written to." % missing[0])
        return n

    def _inside_loop(self, what):
        if self._rolled is not None:
            raise NotImplementedError(
                "scopec: TensorArray.%s inside the tf.while_loop body that "
                "writes it (use it after the loop)" % what)

    def stack(self, name=None):
        self._inside_loop("stack")
        n = self._all()
        with tf.name_scope(name, "TensorArrayStack"):
            if n == 0:
                shape = self.element_shape
                if shape is None:
                    raise ValueError("scopec: stacking an empty TensorArray "
                                     "needs its element_shape")
                return tf.zeros([0] + shape.as_list(), dtype=self._dtype)
            if not self._elements and n == self._stacked_length():
                return tf.identity(self._stacked, name="TensorArrayGatherV3")
            return tf.stack([self._element(i) for i in range(n)],
                            name="TensorArrayGatherV3")

    def gather(self, indices, name=None):
        self._inside_loop("gather")
        idx = tf.get_static_value(tf.convert_to_tensor(indices))
        if idx is None:
            raise NotImplementedError("scopec: TensorArray.gather needs "
                                      "indices known at compile time")
        items = [self.read(int(i)) for i in list(idx.reshape(-1))]
        return tf.stack(items, name=name or "TensorArrayGatherV3")

    def concat(self, name=None):
        self._inside_loop("concat")
        n = self._all()
        return tf.concat([self._element(i) for i in range(n)], 0,
                         name=name or "TensorArrayConcatV3")

    def unstack(self, value, name=None):
        value = tf.convert_to_tensor(value, dtype=self._dtype)
        n = value.shape.as_list()[0] if value.shape.ndims else None
        if n is None:
            raise NotImplementedError("scopec: TensorArray.unstack needs a "
                                      "static first dimension")
        if self._size is not None and not self._dynamic_size and \
                n > self._size:
            raise ValueError("Tried to write to index %d but array is not "
                             "resizeable and size is: %d" % (n - 1,
                                                             self._size))
        if self._written_indices():
            raise ValueError("Could not write to TensorArray index 0 because "
                             "it has already been written to.")
        return self._with(stacked=tf.identity(
            value, name=name or "TensorArrayUnstack"))

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
        return self._with(rolled=self._rolled)

    def close(self, name=None):
        return tf.no_op(name=name or "TensorArrayCloseV3")


def _dynamic_index(x, entries, k):
    """`x[entries]` where entry `k` is a scalar integer tensor known only
    when the model runs (a loop counter) and the entries before it are `:`:
    the other entries slice, then a gather along axis `k` takes the index
    (negative counting from the end, as strided_slice)."""
    rest = list(entries)
    rest[k] = slice(None)
    sliced = x[tuple(rest)] if len(rest) > 1 or k else x
    n = sliced.shape.as_list()[k]
    index = entries[k]
    index = tf.where(index < 0, index + n, index)
    return tf.gather(sliced, index, axis=k)


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


tf._scopec_dynamic_index = _dynamic_index
tf.while_loop = while_loop
tf.TensorArray = TensorArray
tf.map_fn = map_fn
tf.scan = scan
tf.foldl = foldl
tf.foldr = foldr

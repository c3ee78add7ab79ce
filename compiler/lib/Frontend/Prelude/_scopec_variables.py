# tf.get_variable with custom getters and partitioners, as TensorFlow 1.15
# writes it in Python (ops/variable_scope.py: VariableScope.get_variable,
# _VariableStore.get_variable and _get_partitioned_variable; ops/
# variables.py: PartitionedVariable; ops/partitioned_variables.py: the
# partitioners). The single-variable store is the native
# `tf._scopec_get_single_variable` (TF's _get_single_variable); a lookup
# with neither a custom getter nor a partitioner in force goes straight to
# the native tf.get_variable, which records the same lookup. See
# docs/user-guide.md, "Custom getters and partitioned variables".
import functools
import math

import tensorflow as tf

_scope_get_variable = tf.get_variable

# Full name -> PartitionedVariable (TF's _VariableStore._partitioned_vars).
_partitioned_vars = {}
# A partition's name -> its _SaveSliceInfo (TF keeps it on the variable).
_save_slice_infos = {}


def get_variable(name, shape=None, dtype=None, initializer=None,
                 regularizer=None, trainable=None, collections=None,
                 caching_device=None, partitioner=None, validate_shape=True,
                 use_resource=None, custom_getter=None, constraint=None,
                 synchronization=None, aggregation=None):
    scope = tf.get_variable_scope()
    if custom_getter is not None and not callable(custom_getter):
        raise ValueError("Passed a custom_getter which is not callable: %s" %
                         custom_getter)
    if partitioner is None:
        partitioner = scope.partitioner
    if custom_getter is None:
        custom_getter = scope.custom_getter
    if partitioner is None and custom_getter is None and \
            not _partitioned_vars:
        return _scope_get_variable(
            name, shape=shape, dtype=dtype, initializer=initializer,
            regularizer=regularizer, trainable=trainable,
            collections=collections, caching_device=caching_device,
            validate_shape=validate_shape, use_resource=use_resource,
            constraint=constraint, synchronization=synchronization,
            aggregation=aggregation)
    # VariableScope.get_variable: the scope's defaults.
    if regularizer is None:
        regularizer = scope.regularizer
    reuse = scope.reuse
    if use_resource is None:
        use_resource = scope.use_resource
    full_name = scope.name + "/" + name if scope.name else name
    with tf.name_scope(None):
        if dtype is not None and initializer is not None and \
                not callable(initializer):
            init_dtype = tf.convert_to_tensor(initializer).dtype.base_dtype
            if init_dtype != dtype:
                raise ValueError("Initializer type '%s' and explicit dtype "
                                 "'%s' don't match." % (init_dtype, dtype))
        if initializer is None:
            initializer = scope.initializer
        if constraint is None:
            constraint = scope.constraint
        if dtype is None:
            dtype = scope.dtype
        return _store_get_variable(
            full_name, shape=shape, dtype=dtype, initializer=initializer,
            regularizer=regularizer, reuse=reuse, trainable=trainable,
            collections=collections, caching_device=caching_device,
            partitioner=partitioner, validate_shape=validate_shape,
            use_resource=use_resource, custom_getter=custom_getter,
            constraint=constraint, synchronization=synchronization,
            aggregation=aggregation)


def _store_get_variable(name, shape, dtype, initializer, regularizer, reuse,
                        trainable, collections, caching_device, partitioner,
                        validate_shape, use_resource, custom_getter,
                        constraint, synchronization, aggregation):
    """_VariableStore.get_variable: the custom getter, given TF's true
    getter, or the true getter itself."""
    if custom_getter is None:
        return _true_getter(
            name, shape=shape, dtype=dtype, initializer=initializer,
            regularizer=regularizer, reuse=reuse, trainable=trainable,
            collections=collections, caching_device=caching_device,
            partitioner=partitioner, validate_shape=validate_shape,
            use_resource=use_resource, constraint=constraint,
            synchronization=synchronization, aggregation=aggregation)
    kwargs = {
        "getter": _true_getter, "name": name, "shape": shape,
        "dtype": dtype, "initializer": initializer,
        "regularizer": regularizer, "reuse": reuse, "trainable": trainable,
        "collections": collections, "caching_device": caching_device,
        "partitioner": partitioner, "validate_shape": validate_shape,
        "use_resource": use_resource, "synchronization": synchronization,
        "aggregation": aggregation,
    }
    # Older getters do not take `constraint` (TF's fn_args/has_kwargs test).
    if tf._scopec_accepts_keyword(custom_getter, "constraint"):
        kwargs["constraint"] = constraint
    return custom_getter(**kwargs)


def _true_getter(name, shape=None, dtype=tf.float32, initializer=None,
                 regularizer=None, reuse=None, trainable=None,
                 collections=None, caching_device=None, partitioner=None,
                 validate_shape=True, use_resource=None, constraint=None,
                 synchronization=None, aggregation=None):
    is_scalar = shape is not None and isinstance(shape, (list, tuple)) and \
        not shape
    single = dict(shape=shape, dtype=dtype, initializer=initializer,
                  regularizer=regularizer, reuse=reuse, trainable=trainable,
                  collections=collections, caching_device=caching_device,
                  validate_shape=validate_shape, use_resource=use_resource,
                  constraint=constraint, synchronization=synchronization,
                  aggregation=aggregation)
    if partitioner is not None and not is_scalar:
        if not callable(partitioner):
            raise ValueError("Partitioner must be callable, but received: "
                             "%s" % partitioner)
        with tf.name_scope(None):
            return _get_partitioned_variable(name, partitioner, **single)
    # Reusing a partitioned variable without giving its partitioner.
    if reuse is True and partitioner is None and name in _partitioned_vars:
        return _get_partitioned_variable(name, None, **single)
    if tf._scopec_variable_exists("%s/part_0" % name):
        raise ValueError(
            "No partitioner was provided, but a partitioned version of the "
            "variable was found: %s/part_0. Perhaps a variable of the same "
            "name was already created with partitioning?" % name)
    return tf._scopec_get_single_variable(name, **single)


class _PartitionInfo(object):
    """What a partition's initializer is told: the full variable's shape and
    this partition's offset in it (TF's _PartitionInfo)."""

    def __init__(self, full_shape, var_offset):
        if not isinstance(full_shape, (list, tuple)):
            raise TypeError("`full_shape` must be a sequence (like tuple or "
                            "list) instead of " + type(full_shape).__name__)
        if not isinstance(var_offset, (list, tuple)):
            raise TypeError("`var_offset` must be a sequence (like tuple or "
                            "list) instead of " + type(var_offset).__name__)
        if len(var_offset) != len(full_shape):
            raise ValueError("Expected equal length, but `var_offset` is of "
                             "length {} while full_shape is of length {}."
                             .format(len(var_offset), len(full_shape)))
        self._full_shape = full_shape
        self._var_offset = var_offset

    @property
    def full_shape(self):
        return self._full_shape

    @property
    def var_offset(self):
        return self._var_offset

    def single_offset(self, shape):
        dim = self.single_slice_dim(shape)
        return 0 if dim is None else self.var_offset[dim]

    def single_slice_dim(self, shape):
        if not isinstance(shape, (list, tuple)):
            raise TypeError("`shape` must be a sequence (like tuple or list) "
                            "instead of " + type(shape).__name__)
        if len(shape) != len(self.full_shape):
            raise ValueError("Expected equal length, but received shape={} "
                             "of length {} while self.full_shape={} is of "
                             "length {}.".format(shape, len(shape),
                                                 self.full_shape,
                                                 len(self.full_shape)))
        slice_dim = None
        for i in range(len(shape)):
            if self.var_offset[i] + shape[i] > self.full_shape[i]:
                raise ValueError(
                    "With self.var_offset={}, a partition of shape={} would "
                    "exceed self.full_shape={} in dimension {}.".format(
                        self.var_offset, shape, self.full_shape, i))
            if shape[i] < self.full_shape[i]:
                if slice_dim is not None:
                    raise ValueError(
                        "Cannot use single_slice_dim() with shape={} and "
                        "self.full_shape={} since slice dim could be either "
                        "dimension {} or {}.".format(shape, self.full_shape,
                                                     i, slice_dim))
                slice_dim = i
        return slice_dim


def _call_partitioner(partitioner, shape, dtype):
    if not shape.is_fully_defined():
        raise ValueError("Shape of a new partitioned variable must be fully "
                         "defined, but instead was %s." % (shape,))
    if shape.ndims < 1:
        raise ValueError("A partitioned Variable must have rank at least 1, "
                         "shape: %s" % shape)
    slicing = partitioner(shape=shape, dtype=dtype)
    if not isinstance(slicing, (list, tuple)):
        raise ValueError("Partitioner must return a sequence, but saw: %s" %
                         slicing)
    if len(slicing) != shape.ndims:
        raise ValueError("Partitioner returned a partition list that does not "
                         "match the Variable's rank: %s vs. %s" %
                         (slicing, shape))
    if any([p < 1 for p in slicing]):
        raise ValueError("Partitioner returned zero partitions for some axes: "
                         "%s" % slicing)
    if sum([p > 1 for p in slicing]) > 1:
        raise ValueError("Can only slice a variable along one dimension: "
                         "shape: %s, partitioning: %s" % (shape, slicing))
    return slicing


def _slice_dim_and_num_slices(slicing):
    for slice_dim, num_slices in enumerate(slicing):
        if num_slices > 1:
            return slice_dim, num_slices
    return 0, 1


def _slices(full_shape, num_slices, slice_dim):
    """(offset, shape) of each partition: the first `full % n` partitions
    are one longer (TF's _iter_slices)."""
    excess = full_shape[slice_dim] % num_slices
    offset = [0] * len(full_shape)
    shortest = full_shape[slice_dim] // num_slices
    result = []
    for i in range(num_slices):
        shape = list(full_shape)
        shape[slice_dim] = shortest + (1 if i < excess else 0)
        result.append((list(offset), shape))
        offset[slice_dim] += shape[slice_dim]
    return result


def _get_partitioned_variable(name, partitioner, shape=None,
                              dtype=tf.float32, initializer=None,
                              regularizer=None, reuse=None, trainable=None,
                              collections=None, caching_device=None,
                              validate_shape=True, use_resource=None,
                              constraint=None, synchronization=None,
                              aggregation=None):
    initializing_from_value = initializer is not None and isinstance(
        initializer, tf.Tensor)
    if tf._scopec_variable_exists(name):
        raise ValueError(
            "A partitioner was provided, but an unpartitioned version of the "
            "variable was found: %s.  Perhaps a variable of the same name "
            "was already created without partitioning?" % name)
    if shape is not None:
        shape = tf.TensorShape(shape)
    if initializing_from_value:
        shape = initializer.get_shape() if shape is None else \
            _merge_shapes(shape, initializer.get_shape())
    partitions = None
    if not reuse or partitioner:
        if shape is None:
            raise ValueError("Shape of a new partitioned variable must be "
                             "fully defined, but instead was <unknown>.")
        partitions = _call_partitioner(partitioner, shape, dtype)

    if name in _partitioned_vars:
        if reuse is False:
            raise ValueError(
                "Partitioned variable with name %s already exists. Did you "
                "mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?"
                % name)
        existing = _partitioned_vars[name]
        if shape is not None and not _compatible(shape,
                                                 existing.get_shape()):
            raise ValueError(
                "Trying to reuse partitioned variable %s, but specified shape "
                "%s and found shape %s." % (name, shape, existing.get_shape()))
        if dtype.base_dtype != existing.dtype.base_dtype:
            raise ValueError(
                "Trying to reuse partitioned variable %s, but specified dtype "
                "%s and found dtype %s." % (name, dtype.name,
                                            existing.dtype.name))
        if partitions is not None and \
                existing._get_partitions() != list(partitions):
            raise ValueError(
                "Trying to reuse partitioned variable %s, but specified "
                "partitions %s and found partitions %s." %
                (name, partitions, existing._get_partitions()))
        return existing

    if reuse is True:
        raise ValueError(
            "PartitionedVariable %s does not exist, or was not created with "
            "tf.get_variable(). Did you mean to set reuse=False or "
            "reuse=tf.AUTO_REUSE in VarScope?" % name)

    slice_dim, num_slices = _slice_dim_and_num_slices(partitions)
    if tf._scopec_variable_exists("%s/part_0" % name):
        if not tf._scopec_variable_exists("%s/part_%d" %
                                          (name, num_slices - 1)):
            raise ValueError(
                "Partitioner returned a different partitioning than what was "
                "already found.  Partitioner returned %d shards, and shard "
                "%s/part_0 was found, but %s/part_%d was not." %
                (num_slices, name, name, num_slices - 1))
        if tf._scopec_variable_exists("%s/part_%d" % (name, num_slices)):
            raise ValueError(
                "Partitioner returned a different partitioning than what was "
                "already found.  Partitioner returned %d shards, and shard "
                "%s/part_0 was found, but so was the extra shard %s/part_%d."
                % (num_slices, name, name, num_slices))

    full_shape = shape.as_list()
    variables = []
    for i, (var_offset, var_shape) in enumerate(
            _slices(full_shape, num_slices, slice_dim)):
        partition_info = _PartitionInfo(full_shape, var_offset)
        var_name = "%s/part_%d" % (name, i)
        init, init_shape, part_dtype = initializer, var_shape, dtype
        if initializer is not None and not callable(initializer):
            # A value: each partition takes its slice of it.
            if isinstance(initializer, tf.Tensor):
                value = tf.get_static_value(initializer)
            else:
                constant = tf.convert_to_tensor(initializer, dtype=dtype)
                tf._scopec_consume(constant)
                value = tf.get_static_value(constant)
            if value is None:
                raise ValueError("scopec: the initial value of partitioned "
                                 "variable %s must be known at compile time"
                                 % name)
            index = tuple([slice(o, o + n)
                           for o, n in zip(var_offset, var_shape)])
            init, init_shape = value[index], None
            if isinstance(initializer, tf.Tensor):
                part_dtype = initializer.dtype.base_dtype
        with tf.name_scope(None):
            var = tf._scopec_get_single_variable(
                var_name, shape=init_shape, dtype=part_dtype,
                initializer=init, partition_info=partition_info,
                regularizer=regularizer, reuse=reuse, trainable=trainable,
                collections=collections, caching_device=caching_device,
                validate_shape=validate_shape, use_resource=use_resource,
                constraint=constraint, synchronization=synchronization,
                aggregation=aggregation)
        _save_slice_infos[var.op.name] = _SaveSliceInfo(
            name, full_shape, var_offset, var_shape)
        variables.append(var)
    partitioned = PartitionedVariable(name, shape, dtype, variables,
                                      partitions)
    _partitioned_vars[name] = partitioned
    return partitioned


def _merge_shapes(a, b):
    if not _compatible(a, b):
        raise ValueError("Shapes %s and %s are not compatible" % (a, b))
    return tf.TensorShape([x if x is not None else y
                           for x, y in zip(a.as_list(), b.as_list())])


def _compatible(a, b):
    a, b = a.as_list(), b.as_list()
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x is not None and y is not None and x != y:
            return False
    return True


class _SaveSliceInfo(object):
    """Where a partition lies in its full variable (Variable.SaveSliceInfo):
    a checkpoint stores the full variable `full_name` with these slices."""

    def __init__(self, full_name, full_shape, var_offset, var_shape):
        self.full_name = full_name
        self.full_shape = full_shape
        self.var_offset = var_offset
        self.var_shape = var_shape

    @property
    def spec(self):
        full = " ".join([str(d) for d in self.full_shape])
        sl = ":".join(["%d,%d" % (o, n)
                       for o, n in zip(self.var_offset, self.var_shape)])
        return full + " " + sl


class PartitionedVariable(object):
    """A variable stored as partitions `name/part_0`, ...; used as a tensor
    it is their concatenation (TF's variables.PartitionedVariable)."""

    def __init__(self, name, shape, dtype, variable_list, partitions):
        if not isinstance(variable_list, (list, tuple)):
            raise TypeError("variable_list is not a list or tuple: %s" %
                            variable_list)
        if not isinstance(partitions, (list, tuple)):
            raise TypeError("partitions is not a list or tuple: %s" %
                            partitions)
        if not all([p >= 1 for p in partitions]):
            raise ValueError("partition values must be positive: %s" %
                             partitions)
        if not variable_list:
            raise ValueError("variable_list may not be empty")
        self._variable_list = list(variable_list)
        self._name = name
        self._shape = shape
        self._dtype = dtype
        self._partitions = list(partitions)
        self._as_tensor = None

    def __iter__(self):
        return iter(self._variable_list)

    def __len__(self):
        num_partition_axes = len(self._partition_axes())
        if num_partition_axes > 1:
            raise ValueError("Cannot get a length of %d > 1 partitions" %
                             num_partition_axes)
        return len(self._variable_list)

    def _partition_axes(self):
        if all([p == 1 for p in self._partitions]):
            return [0]
        return [i for i, p in enumerate(self._partitions) if p > 1]

    def _concat(self):
        if len(self._variable_list) == 1:
            with tf.name_scope(None):
                return tf.identity(self._variable_list[0], name=self._name)
        with tf.name_scope(self._name + "/ConcatPartitions/"):
            concatenated = tf.concat(self._variable_list,
                                     self._partition_axes()[0])
        with tf.name_scope(None):
            return tf.identity(concatenated, name=self._name)

    def as_tensor(self):
        return self._concat()

    @property
    def name(self):
        return self._name

    @property
    def dtype(self):
        return self._dtype

    @property
    def shape(self):
        return self.get_shape()

    def get_shape(self):
        return self._shape

    def _get_variable_list(self):
        return self._variable_list

    def _get_partitions(self):
        return self._partitions

    def __repr__(self):
        return "<tf.PartitionedVariable '%s' shape=%s dtype=%s>" % (
            self._name, self._shape, self._dtype.name)


def _partitioned_to_tensor(v, dtype=None, name=None, as_ref=False):
    if dtype is not None and dtype.base_dtype != v.dtype.base_dtype:
        raise ValueError("Incompatible type conversion requested to type '%s' "
                         "for variable of type '%s'" % (dtype.name,
                                                        v.dtype.name))
    if as_ref:
        raise NotImplementedError("PartitionedVariable doesn't support being "
                                  "used as a reference.")
    return v.as_tensor()


tf.register_tensor_conversion_function(PartitionedVariable,
                                       _partitioned_to_tensor)


def fixed_size_partitioner(num_shards, axis=0):
    def _partitioner(shape, **unused_args):
        partitions_list = [1] * len(shape)
        partitions_list[axis] = min(num_shards, shape.dims[axis].value)
        return partitions_list
    return _partitioner


def variable_axis_size_partitioner(max_shard_bytes, axis=0,
                                   bytes_per_string_element=16,
                                   max_shards=None):
    if max_shard_bytes < 1 or bytes_per_string_element < 1:
        raise ValueError("Both max_shard_bytes and bytes_per_string_element "
                         "must be positive.")
    if max_shards and max_shards < 1:
        raise ValueError("max_shards must be positive.")

    def _partitioner(shape, dtype):
        if not isinstance(shape, tf.TensorShape):
            raise ValueError("shape is not a TensorShape: %s" % shape)
        if not shape.is_fully_defined():
            raise ValueError("shape is not fully defined: %s" % shape)
        element_size = dtype.size
        partitions = [1] * shape.ndims
        bytes_per_slice = 1.0 * (shape.num_elements() /
                                 shape.dims[axis].value) * element_size
        slices_per_shard = max(1, math.floor(max_shard_bytes /
                                             bytes_per_slice))
        axis_shards = int(math.ceil(1.0 * shape.dims[axis].value /
                                    slices_per_shard))
        if max_shards:
            axis_shards = min(max_shards, axis_shards)
        partitions[axis] = axis_shards
        return partitions
    return _partitioner


def min_max_variable_partitioner(max_partitions=1, axis=0,
                                 min_slice_size=256 << 10,
                                 bytes_per_string_element=16):
    def _partitioner(shape, dtype):
        if axis >= len(shape):
            raise ValueError("Can not partition variable along axis %d when "
                             "shape is only %s" % (axis, shape))
        bytes_per_element = dtype.size
        total_size_bytes = shape.num_elements() * bytes_per_element
        partitions = total_size_bytes / min_slice_size
        partitions_list = [1] * len(shape)
        partitions_list[axis] = max(1, min(shape.dims[axis].value,
                                           max_partitions,
                                           int(math.ceil(partitions))))
        return partitions_list
    return _partitioner


tf.get_variable = get_variable
tf.PartitionedVariable = PartitionedVariable
tf.fixed_size_partitioner = fixed_size_partitioner
tf.variable_axis_size_partitioner = variable_axis_size_partitioner
tf.min_max_variable_partitioner = min_max_variable_partitioner

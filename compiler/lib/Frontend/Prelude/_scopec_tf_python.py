# `tensorflow.python`, TensorFlow 1.15's internal modules as model files
# import them (`from tensorflow.python.ops import array_ops, math_ops`,
# `from tensorflow.python.ops.rnn_cell_impl import RNNCell`,
# `from tensorflow.python.util import nest`): each module is a view of the
# public API it backs in TF (docs/user-guide.md, "TensorFlow's internal
# modules"), so `array_ops.concat` is `tf.concat` and
# `rnn_cell_impl.LSTMCell` is `tf.nn.rnn_cell.LSTMCell`. A name the module
# has in TF but scopec does not build is an AttributeError naming it.
import tensorflow as tf

_flatten = tf._scopec_flatten


class _Module(tf._scopec_Namespace):
    """An internal TF module: its names come from public namespaces, in
    order (`aliases` maps a name to the public one it is)."""

    def __init__(self, name, sources, aliases=None, names=None):
        tf._scopec_Namespace.__init__(self, name)
        self._sources = sources
        self._aliases = aliases or {}
        for key, value in (names or {}).items():
            setattr(self, key, value)

    def __getattr__(self, attr):
        if attr.startswith("__") or attr in ("_sources", "_aliases"):
            raise AttributeError(attr)
        target = self._aliases.get(attr, attr)
        for source in self._sources:
            if hasattr(source, target):
                return getattr(source, target)
        raise AttributeError("module '%s' has no attribute '%s' in scopec" %
                             (self.__name__, attr))


class _Package(tf._scopec_Namespace):
    """An internal TF package: its modules as attributes."""

    def __init__(self, name, **modules):
        tf._scopec_Namespace.__init__(self, name)
        for key, value in modules.items():
            setattr(self, key, value)

    def __getattr__(self, attr):
        if attr.startswith("__"):
            raise AttributeError(attr)
        raise AttributeError("module '%s.%s' of TensorFlow is not supported "
                             "by scopec" % (self.__name__, attr))


# tf.nest (util/nest.py): nested structures of lists, tuples, namedtuples
# and dicts (by sorted key); anything else is a leaf.
def _is_sequence(seq):
    return isinstance(seq, (list, tuple, dict))


def _nest_flatten(structure, expand_composites=False):
    return _flatten(structure)


def _pack_sequence_as(structure, flat_sequence, expand_composites=False):
    if not _is_sequence(flat_sequence):
        raise TypeError("flat_sequence must be a sequence")
    if not _is_sequence(structure):
        if len(flat_sequence) != 1:
            raise ValueError("Structure is a scalar but len(flat_sequence) == "
                             "%d > 1" % len(flat_sequence))
        return flat_sequence[0]
    count = len(_flatten(structure))
    if count != len(flat_sequence):
        raise ValueError(
            "Could not pack sequence. Structure had %d elements, but "
            "flat_sequence had %d elements.  Structure: %s, flat_sequence: "
            "%s." % (count, len(flat_sequence), structure, flat_sequence))
    return tf._scopec_pack_like(structure, flat_sequence)


def _same_structure(a, b, check_types):
    if _is_sequence(a) != _is_sequence(b):
        return False
    if not _is_sequence(a):
        return True
    if check_types and type(a) is not type(b):
        return False
    if isinstance(a, dict):
        if sorted(a) != sorted(b):
            return False
        return all([_same_structure(a[k], b[k], check_types) for k in a])
    return len(a) == len(b) and all(
        [_same_structure(x, y, check_types) for x, y in zip(a, b)])


def _assert_same_structure(nest1, nest2, check_types=True,
                          expand_composites=False):
    if not _same_structure(nest1, nest2, check_types):
        raise (TypeError if check_types and
               _same_structure(nest1, nest2, False) else ValueError)(
            "The two structures don't have the same nested structure.\n\n"
            "First structure: %s\n\nSecond structure: %s" % (nest1, nest2))


def _map_structure(func, *structure, **kwargs):
    if not callable(func):
        raise TypeError("func must be callable, got: %s" % func)
    if not structure:
        raise ValueError("Must provide at least one structure")
    check_types = kwargs.pop("check_types", True)
    kwargs.pop("expand_composites", None)
    if kwargs:
        raise ValueError("Only valid keyword arguments are `check_types` and "
                         "`expand_composites`, not: `%s`" %
                         "`, `".join(sorted(kwargs)))
    for other in structure[1:]:
        _assert_same_structure(structure[0], other, check_types=check_types)
    flat = [_flatten(s) for s in structure]
    return _pack_sequence_as(structure[0], [func(*x) for x in zip(*flat)])


nest = _Module("tensorflow.python.util.nest", [], names={
    "is_sequence": _is_sequence, "is_nested": _is_sequence,
    "flatten": _nest_flatten, "pack_sequence_as": _pack_sequence_as,
    "assert_same_structure": _assert_same_structure,
    "map_structure": _map_structure})

_rnn_cells = [tf.nn.rnn_cell, tf.contrib.rnn]
_initializer_classes = {
    "Constant": "constant_initializer", "Zeros": "zeros_initializer",
    "Ones": "ones_initializer", "RandomUniform": "random_uniform_initializer",
    "RandomNormal": "random_normal_initializer",
    "TruncatedNormal": "truncated_normal_initializer",
    "GlorotUniform": "glorot_uniform_initializer",
    "GlorotNormal": "glorot_normal_initializer",
    "Orthogonal": "orthogonal_initializer",
    "VarianceScaling": "variance_scaling_initializer",
    "UniformUnitScaling": "uniform_unit_scaling_initializer"}

ops = _Package(
    "tensorflow.python.ops",
    array_ops=_Module("tensorflow.python.ops.array_ops", [tf]),
    math_ops=_Module("tensorflow.python.ops.math_ops", [tf, tf.math]),
    nn=_Module("tensorflow.python.ops.nn", [tf.nn]),
    nn_ops=_Module("tensorflow.python.ops.nn_ops", [tf.nn]),
    nn_impl=_Module("tensorflow.python.ops.nn_impl", [tf.nn]),
    embedding_ops=_Module("tensorflow.python.ops.embedding_ops", [tf.nn]),
    clip_ops=_Module("tensorflow.python.ops.clip_ops", [tf]),
    random_ops=_Module("tensorflow.python.ops.random_ops", [tf]),
    state_ops=_Module("tensorflow.python.ops.state_ops", [tf]),
    standard_ops=_Module("tensorflow.python.ops.standard_ops", [tf]),
    special_math_ops=_Module("tensorflow.python.ops.special_math_ops", [tf]),
    init_ops=_Module("tensorflow.python.ops.init_ops", [tf],
                     _initializer_classes),
    variable_scope=_Module("tensorflow.python.ops.variable_scope", [tf]),
    variables=_Module("tensorflow.python.ops.variables", [tf]),
    partitioned_variables=_Module(
        "tensorflow.python.ops.partitioned_variables", [tf]),
    control_flow_ops=_Module("tensorflow.python.ops.control_flow_ops", [tf]),
    tensor_array_ops=_Module("tensorflow.python.ops.tensor_array_ops", [tf]),
    functional_ops=_Module("tensorflow.python.ops.functional_ops", [tf]),
    map_fn=_Module("tensorflow.python.ops.map_fn", [tf]),
    rnn=_Module("tensorflow.python.ops.rnn", [tf.nn]),
    rnn_cell=_Module("tensorflow.python.ops.rnn_cell", _rnn_cells),
    rnn_cell_impl=_Module(
        "tensorflow.python.ops.rnn_cell_impl", _rnn_cells,
        names={"_WEIGHTS_VARIABLE_NAME": "kernel",
               "_BIAS_VARIABLE_NAME": "bias"}),
    losses=_Module("tensorflow.python.ops.losses", [tf.losses]))
framework = _Package(
    "tensorflow.python.framework",
    ops=_Module("tensorflow.python.framework.ops", [tf]),
    dtypes=_Module("tensorflow.python.framework.dtypes", [tf]),
    tensor_shape=_Module(
        "tensorflow.python.framework.tensor_shape", [tf],
        {"as_shape": "TensorShape"},
        {"dimension_value": lambda d: d.value if isinstance(d, tf.Dimension)
         else d}),
    constant_op=_Module("tensorflow.python.framework.constant_op", [tf]),
    tensor_util=_Module("tensorflow.python.framework.tensor_util", [tf],
                        {"constant_value": "get_static_value"}))
util = _Package("tensorflow.python.util", nest=nest)
tf.nest = nest
del nest
layers = _Package(
    "tensorflow.python.layers",
    base=_Module("tensorflow.python.layers.base", [tf.layers]),
    core=_Module("tensorflow.python.layers.core", [tf.layers]),
    layers=_Module("tensorflow.python.layers.layers", [tf.layers]))


def __getattr__(name):
    raise AttributeError("module 'tensorflow.python.%s' of TensorFlow is not "
                         "supported by scopec" % name)

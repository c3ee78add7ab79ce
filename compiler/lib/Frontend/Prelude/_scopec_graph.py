# tf.get_default_graph(), tf.Graph and tf.reset_default_graph of TensorFlow
# 1.15 for the one graph scopec compiles: lookups by name with TF's errors
# (ops/ops.py, Graph._as_graph_element_locked), collections, and
# as_default()/finalize() as no-ops. A second graph, or resetting one that
# already holds ops, is an error: scopec compiles one graph per model file.
import tensorflow as tf


class _AsDefault(object):

    def __init__(self, graph):
        self._graph = graph

    def __enter__(self):
        return self._graph

    def __exit__(self, *exc):
        return False


class Graph(object):

    def __init__(self):
        if _default[0] is not None and tf._scopec_graph_ops():
            raise NotImplementedError(
                "tf.Graph() after ops were built is not supported by scopec: "
                "it compiles one graph per model file")
        _default[0] = self
        self._finalized = False

    def as_default(self):
        return _AsDefault(self)

    def finalize(self):
        self._finalized = True

    @property
    def finalized(self):
        return self._finalized

    def get_operations(self):
        return [t.op for t in tf._scopec_graph_ops()]

    def get_operation_by_name(self, name):
        if not isinstance(name, str):
            raise TypeError("Operation names are strings (or similar), not "
                            "%s." % type(name).__name__)
        if ":" in name:
            raise ValueError("Name %s appears to refer to a Tensor, not a "
                             "Operation." % repr(name))
        outputs = tf._scopec_graph_outputs(name)
        if not outputs:
            raise KeyError("The name %s refers to an Operation not in the "
                           "graph." % repr(name))
        return outputs[0].op

    def get_tensor_by_name(self, name):
        if not isinstance(name, str):
            raise TypeError("Tensor names are strings (or similar), not %s." %
                            type(name).__name__)
        if ":" not in name:
            raise ValueError(
                "The name %s looks like an (invalid) Operation name, not a "
                "Tensor. Tensor names must be of the form "
                "\"<op_name>:<output_index>\"." % repr(name))
        op_name, out_n = name.split(":", 1)
        try:
            out_n = int(out_n)
        except ValueError:
            raise ValueError(
                "The name %s looks a like a Tensor name, but is not a valid "
                "one. Tensor names must be of the form "
                "\"<op_name>:<output_index>\"." % repr(name))
        outputs = tf._scopec_graph_outputs(op_name)
        if not outputs:
            raise KeyError("The name %s refers to a Tensor which does not "
                           "exist. The operation, %s, does not exist in the "
                           "graph." % (repr(name), repr(op_name)))
        if out_n < 0 or out_n >= len(outputs):
            raise KeyError("The name %s refers to a Tensor which does not "
                           "exist. The operation, %s, exists but only has %s "
                           "outputs." % (repr(name), repr(op_name),
                                         len(outputs)))
        return outputs[out_n]

    def as_graph_element(self, obj, allow_tensor=True, allow_operation=True):
        if isinstance(obj, str):
            if ":" in obj and allow_tensor:
                return self.get_tensor_by_name(obj)
            if allow_operation:
                return self.get_operation_by_name(obj)
        if allow_tensor and isinstance(obj, tf.Tensor):
            return obj
        raise TypeError("Can not convert a %s into a %s." %
                        (type(obj).__name__,
                         "Tensor or Operation" if allow_tensor and
                         allow_operation else "Tensor" if allow_tensor
                         else "Operation"))

    def get_collection(self, name, scope=None):
        return tf.get_collection(name, scope)

    def add_to_collection(self, name, value):
        tf.add_to_collection(name, value)

    def add_to_collections(self, names, value):
        if isinstance(names, str):
            names = [names]
        for name in names:
            tf.add_to_collection(name, value)

    def name_scope(self, name):
        return tf.name_scope(name)


_default = [None]


def get_default_graph():
    if _default[0] is None:
        _default[0] = Graph()
    return _default[0]


def reset_default_graph():
    if tf._scopec_graph_ops():
        raise NotImplementedError(
            "tf.reset_default_graph() after ops were built is not supported "
            "by scopec: it compiles one graph per model file")
    _default[0] = None

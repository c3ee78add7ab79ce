"""A tiny stand-in for TensorFlow 1.15, only for the differential tests.

CPython runs each test of test/Python with this package on PYTHONPATH; scopec
has its own model of TensorFlow. Only what the tests use is here: names,
scopes and shapes print like TF 1.15's; no values are ever computed.
"""


class DType(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<dtype: '%s'>" % self.name

    __str__ = __repr__

    def __eq__(self, other):
        return isinstance(other, DType) and other.name == self.name

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.name)


float16 = DType("float16")
float32 = DType("float32")
float64 = DType("float64")
int32 = DType("int32")
int64 = DType("int64")
bool = DType("bool")
string = DType("string")


class _ReuseMode(object):
    def __repr__(self):
        return "_ReuseMode.AUTO_REUSE"


AUTO_REUSE = _ReuseMode()


class Dimension(object):
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return "Dimension(%r)" % (self.value,)

    def __str__(self):
        return "?" if self.value is None else str(self.value)


class TensorShape(object):
    def __init__(self, dims):
        self.dims = [d if isinstance(d, Dimension) else Dimension(d)
                     for d in dims]

    def as_list(self):
        return [d.value for d in self.dims]

    def __len__(self):
        return len(self.dims)

    def __getitem__(self, i):
        return self.dims[i]

    def __iter__(self):
        return iter(self.dims)

    def __eq__(self, other):
        if not isinstance(other, TensorShape):
            other = TensorShape(other)
        return self.as_list() == other.as_list()

    def __str__(self):
        dims = [str(d) for d in self.dims]
        if len(dims) == 1:
            return "(%s,)" % dims[0]
        return "(%s)" % ", ".join(dims)

    def __repr__(self):
        return "TensorShape(%r)" % (self.dims,)


class _Graph(object):
    def __init__(self):
        self.names_in_use = {}
        self.name_stack = ""
        self.var_scope = VariableScope("", None)
        self.variables = {}
        self.collections = {}

    def unique_name(self, name, mark_as_used=True):
        if self.name_stack:
            name = self.name_stack + "/" + name
        key = name.lower()
        i = self.names_in_use.get(key, 0)
        if mark_as_used:
            self.names_in_use[key] = i + 1
        if i > 0:
            base = key
            while key in self.names_in_use:
                key = "%s_%d" % (base, i)
                i += 1
            if mark_as_used:
                self.names_in_use[key] = 1
            name = "%s_%d" % (name, i - 1)
        return name



def reset_default_graph():
    global _graph
    _graph = _Graph()


class _Op(object):
    def __init__(self, name, type_):
        self.name = name
        self.type = type_


class Tensor(object):
    def __init__(self, op_type, name, shape, dtype):
        self.op = _Op(_graph.unique_name(name), op_type)
        self.name = self.op.name + ":0"
        self.shape = TensorShape(shape)
        self.dtype = dtype

    def get_shape(self):
        return self.shape

    def __repr__(self):
        return "<tf.Tensor '%s' shape=%s dtype=%s>" % (
            self.name, self.shape, self.dtype.name)

    def __str__(self):
        return 'Tensor("%s", shape=%s, dtype=%s)' % (
            self.name, self.shape, self.dtype.name)

    def _binary(self, other, name):
        shape = self.shape.as_list()
        if isinstance(other, Tensor) and len(other.shape) > len(shape):
            shape = other.shape.as_list()
        op_type = "AddV2" if name == "add" else name.capitalize()
        return Tensor(op_type, name, shape, self.dtype)

    def __add__(self, other):
        return self._binary(other, "add")

    __radd__ = __add__

    def __sub__(self, other):
        return self._binary(other, "sub")

    def __mul__(self, other):
        return self._binary(other, "mul")

    __rmul__ = __mul__


class Variable(Tensor):
    def __init__(self, name, shape, dtype, trainable=True):
        self.op = _Op(name, "VariableV2")
        self.name = name + ":0"
        self.shape = TensorShape(shape)
        self.dtype = DType(dtype.name + "_ref")
        _graph.collections.setdefault("variables", []).append(self)
        if trainable:
            _graph.collections.setdefault(
                "trainable_variables", []).append(self)

    def __repr__(self):
        return "<tf.Variable '%s' shape=%s dtype=%s>" % (
            self.name, self.shape, self.dtype.name)

    __str__ = __repr__


class GraphKeys(object):
    GLOBAL_VARIABLES = "variables"
    TRAINABLE_VARIABLES = "trainable_variables"


def get_collection(key):
    return list(_graph.collections.get(key, []))


def add_to_collection(key, value):
    _graph.collections.setdefault(key, []).append(value)


def global_variables():
    return get_collection("variables")


def trainable_variables():
    return get_collection("trainable_variables")


class VariableScope(object):
    def __init__(self, name, reuse, original_name_scope=""):
        self.name = name
        self.reuse = reuse
        self.original_name_scope = original_name_scope

    def reuse_variables(self):
        self.reuse = True


class _NameScope(object):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        g = _graph
        self.saved = g.name_stack
        if self.name is None or self.name == "":
            g.name_stack = ""
        elif self.name.endswith("/"):
            g.name_stack = self.name[:-1]
        else:
            g.name_stack = g.unique_name(self.name)
        return g.name_stack + "/" if g.name_stack else ""

    def __exit__(self, *exc):
        _graph.name_stack = self.saved
        return False


name_scope = _NameScope


class variable_scope(object):
    # TF 1.15's parameters (most are ignored here).
    def __init__(self, name_or_scope, default_name=None, values=None,
                 initializer=None, regularizer=None, caching_device=None,
                 partitioner=None, custom_getter=None, reuse=None, dtype=None,
                 use_resource=None, constraint=None,
                 auxiliary_name_scope=True):
        if name_or_scope is None and default_name is None:
            raise TypeError("If default_name is None then name_or_scope "
                            "is required")
        self.name_or_scope = name_or_scope
        self.default_name = default_name
        self.reuse = reuse

    def __enter__(self):
        g = _graph
        parent = g.var_scope
        self.saved_scope = parent
        reuse = True if (self.reuse is True or parent.reuse is True) else (
            self.reuse if self.reuse is not None else parent.reuse)
        if isinstance(self.name_or_scope, VariableScope):
            scope = self.name_or_scope
            # TF 1.15 opens a new name scope named like the scope's last
            # component (uniquified), not the scope's original name scope.
            self.ns = _NameScope(scope.name.split("/")[-1])
            self.ns.__enter__()
            if self.reuse is not None:
                reuse = self.reuse
            else:
                reuse = scope.reuse
            new = VariableScope(scope.name, reuse, scope.original_name_scope)
        else:
            if self.name_or_scope is not None:
                short = self.name_or_scope
            else:
                prefix = parent.name + "/" if parent.name else ""
                base = self.default_name
                short = base
                i = 1
                while any(k == prefix + short or k.startswith(
                        prefix + short + "/") for k in g.variables) or \
                        (prefix + short) in _used_scopes:
                    short = "%s_%d" % (base, i)
                    i += 1
            full = parent.name + "/" + short if parent.name else short
            _used_scopes.add(full)
            self.ns = _NameScope(short)
            ons = self.ns.__enter__()
            new = VariableScope(full, reuse, ons)
        g.var_scope = new
        return new

    def __exit__(self, *exc):
        _graph.var_scope = self.saved_scope
        self.ns.__exit__(*exc)
        return False


_used_scopes = set()


def get_variable_scope():
    return _graph.var_scope


def get_variable(name, shape=None, dtype=None, initializer=None,
                 regularizer=None, trainable=None, collections=None,
                 caching_device=None, partitioner=None, validate_shape=True,
                 use_resource=None, custom_getter=None, constraint=None,
                 synchronization=None, aggregation=None):
    dtype = float32 if dtype is None else dtype
    trainable = True if trainable is None else trainable
    g = _graph
    scope = g.var_scope
    full = scope.name + "/" + name if scope.name else name
    if full in g.variables:
        if scope.reuse is False or scope.reuse is None:
            raise ValueError(
                "Variable %s already exists, disallowed. Did you mean to set "
                "reuse=True or reuse=tf.AUTO_REUSE in VarScope?" % full)
        return g.variables[full]
    if scope.reuse is True:
        raise ValueError(
            "Variable %s does not exist, or was not created with "
            "tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in "
            "VarScope?" % full)
    v = Variable(full, shape, dtype, trainable)
    g.variables[full] = v
    return v


def placeholder(dtype, shape=None, name=None):
    return Tensor("Placeholder", name or "Placeholder", shape or [], dtype)


def constant(value, dtype=None, shape=None, name="Const", verify_shape=False):
    dtype = float32 if dtype is None else dtype
    if shape is None:
        shape = []
        v = value
        while isinstance(v, (list, tuple)):
            shape.append(len(v))
            v = v[0] if v else None
    return Tensor("Const", name, shape, dtype)


def matmul(a, b, transpose_a=False, transpose_b=False, adjoint_a=False,
           adjoint_b=False, a_is_sparse=False, b_is_sparse=False, name=None):
    return Tensor("MatMul", name or "MatMul", [a.shape.as_list()[0],
                                               b.shape.as_list()[1]], a.dtype)


def _unary(op_type, x, name):
    return Tensor(op_type, name or op_type, x.shape.as_list(), x.dtype)


def identity(input, name=None):
    return _unary("Identity", input, name)


def sigmoid(x, name=None):
    return _unary("Sigmoid", x, name)


def tanh(x, name=None):
    return _unary("Tanh", x, name)


def reshape(tensor, shape, name=None):
    return Tensor("Reshape", name or "Reshape", list(shape), tensor.dtype)


def zeros(shape, dtype=float32, name=None):
    return Tensor("Fill", name or "zeros", list(shape), dtype)


class _Initializer(object):
    def __init__(self, *args, **kwargs):
        self.args = args
        self.kwargs = kwargs


constant_initializer = zeros_initializer = ones_initializer = _Initializer
random_normal_initializer = truncated_normal_initializer = _Initializer
glorot_uniform_initializer = random_uniform_initializer = _Initializer


_graph = _Graph()

from tensorflow import nn  # noqa: E402 (uses the names above)

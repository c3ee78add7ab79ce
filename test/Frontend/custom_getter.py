# Custom getters as TF 1.15 runs them (variable_scope.py): a getter given to
# tf.get_variable or to a variable scope is called with the true getter and
# every get_variable argument by keyword (the full name included); a nested
# scope's getter wraps the enclosing one (the innermost runs first); what it
# returns is what get_variable returns. `constraint` is passed only to
# getters that take it (or **kwargs). tf.layers and make_template go
# through the same path.
# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf

calls = []


def rename(getter, name, *args, **kwargs):
    calls.append(("rename", name, sorted(kwargs)))
    return getter(name + "_renamed", *args, **kwargs)


a = tf.get_variable("a", [2], custom_getter=rename)
print(a.op.name, calls[0])
# CHECK: a_renamed ('rename', 'a', ['aggregation', 'caching_device', 'collections', 'constraint', 'dtype', 'initializer', 'partitioner', 'regularizer', 'reuse', 'shape', 'synchronization', 'trainable', 'use_resource', 'validate_shape'])

# A getter without **kwargs or `constraint` is not given `constraint`.
def plain(getter, name, shape=None, dtype=None, initializer=None,
          regularizer=None, reuse=None, trainable=None, collections=None,
          caching_device=None, partitioner=None, validate_shape=True,
          use_resource=None, synchronization=None, aggregation=None):
    return getter(name, shape=shape, dtype=dtype, reuse=reuse)


print(tf.get_variable("p", [3], custom_getter=plain).shape)
# CHECK: (3,)

order = []


def tag(label):
    def getter(getter, name, *args, **kwargs):
        order.append(label)
        return getter(name, *args, **kwargs)
    return getter


with tf.variable_scope("outer", custom_getter=tag("outer")):
    with tf.variable_scope("inner", custom_getter=tag("inner")) as inner:
        v = tf.get_variable("v", [1])
        print(callable(inner.custom_getter))
# CHECK: True
print(v.op.name, order)
# CHECK: outer/inner/v ['inner', 'outer']

# Reentering a captured scope keeps its getter; a getter may return a tensor
# computed from the variable (here scaled), which is what callers get. The
# getter runs at the root name scope (TF's get_variable clears it).
def scaled(getter, *args, **kwargs):
    return getter(*args, **kwargs) * 2.0


with tf.variable_scope("s", custom_getter=scaled) as s_scope:
    w = tf.get_variable("w", [2, 2])
print(w.op.type, w.op.name)
# CHECK: Mul mul
with tf.variable_scope(s_scope, reuse=True):
    w2 = tf.get_variable("w", [2, 2])
print(w2.op.name, w2.op.inputs[0].op.name)
# CHECK: mul_1 s/w

# tf.layers ask for their variables through the scope's getter.
seen = []


def record(getter, name, *args, **kwargs):
    seen.append(name)
    return getter(name, *args, **kwargs)


x = tf.placeholder(tf.float32, [1, 3], name="x")
with tf.variable_scope("net", custom_getter=record):
    y = tf.layers.dense(x, 4, name="fc")
print(seen)
# CHECK: ['net/fc/kernel', 'net/fc/bias']

# set_custom_getter on the current scope.
with tf.variable_scope("later") as later:
    later.set_custom_getter(rename)
    z = tf.get_variable("z", [1])
print(z.op.name)
# CHECK: later/z_renamed

# make_template(custom_getter_=...)
def make(x):
    return tf.get_variable("t", [1]) + x


tmpl = tf.make_template("tmpl", make, custom_getter_=rename)
tmpl(1.0)
tmpl(2.0)
print([v.op.name for v in tmpl.global_variables])
# CHECK: ['tmpl/t_renamed']

# The getter's reuse argument is the scope's.
def show_reuse(getter, name, *args, **kwargs):
    print(name, kwargs["reuse"])
    return getter(name, *args, **kwargs)


with tf.variable_scope("r", custom_getter=show_reuse):
    tf.get_variable("q", [1])
with tf.variable_scope("r", reuse=True, custom_getter=show_reuse):
    tf.get_variable("q", [1])
with tf.variable_scope("r", reuse=tf.AUTO_REUSE, custom_getter=show_reuse):
    tf.get_variable("q", [1])
# CHECK: r/q False
# CHECK: r/q True
# CHECK: r/q _ReuseMode.AUTO_REUSE

# The true getter keeps the store's rules.
try:
    with tf.variable_scope("r", custom_getter=show_reuse):
        tf.get_variable("q", [1])
except ValueError as e:
    print(str(e).splitlines()[0])
# CHECK: r/q False
# CHECK: Variable r/q already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?

try:
    tf.get_variable("bad", [1], custom_getter=3)
except ValueError as e:
    print(e)
# CHECK: Passed a custom_getter which is not callable: 3
tf.add_to_collection("outputs", [y, w + w2, a + z])
# CHECK: scope.get_variable "a_renamed"

# Variable constraints as TF 1.15 keeps them (variable_scope.py,
# variables.py, keras/constraints.py): `constraint=` of tf.get_variable,
# tf.Variable, a variable scope (its own argument only, not inherited by
# sub-scopes) and the layers is kept on the variable it creates; a shared
# lookup returns the variable with the constraint it was made with;
# tf.keras.constraints.get turns names into constraint objects; a
# non-callable constraint is TF's ValueError when the variable is made.
# Inference never applies a constraint, so none of it adds an op.
# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s --implicit-check-not=scope.square --implicit-check-not=scope.sqrt
import tensorflow as tf

x = tf.placeholder(tf.float32, [2, 3], name="x")
clip = lambda t: tf.clip_by_norm(t, 1.0)
other = lambda t: t

w = tf.get_variable("w", [3, 4], constraint=clip)
print(w.constraint is clip)
# CHECK: True
print(tf.get_variable("plain", [1]).constraint)
# CHECK-NEXT: None

with tf.variable_scope("s", constraint=clip) as s:
    print(s.constraint is clip, tf.get_variable("v", [4]).constraint is clip)
    # CHECK-NEXT: True True
    with tf.variable_scope("inner") as inner:
        print(inner.constraint, tf.get_variable("u", [1]).constraint)
        # CHECK-NEXT: None None
    print(tf.get_variable("own", [1], constraint=other).constraint is other)
    # CHECK-NEXT: True

# Sharing returns the variable as it was made.
with tf.variable_scope("s", reuse=True):
    print(tf.get_variable("v", [4], constraint=other).constraint is clip)
    # CHECK-NEXT: True

# Re-entering a captured scope takes the new argument (None here).
with tf.variable_scope(s) as again:
    print(again.constraint)
    # CHECK-NEXT: None

# Partitions each carry the constraint; custom getters see it.
p = tf.get_variable("p", [4, 2], partitioner=tf.fixed_size_partitioner(2),
                    constraint=clip)
print([part.constraint is clip for part in p])
# CHECK-NEXT: [True, True]
seen = []


def getter(getter, name, *args, **kwargs):
    seen.append(kwargs["constraint"] is clip)
    return getter(name, *args, **kwargs)


with tf.variable_scope("g", custom_getter=getter, constraint=clip):
    print(tf.get_variable("c", [2]).constraint is clip, seen)
    # CHECK-NEXT: True [True]

tv = tf.Variable(tf.ones([2]), constraint=clip)
print(tv.constraint is clip, tf.Variable(1.0).constraint)
# CHECK-NEXT: True None

# Layers: names become Keras constraint objects.
d = tf.layers.Dense(4, kernel_constraint="max_norm",
                    bias_constraint=tf.keras.constraints.NonNeg())
y = d(x)
print(type(d.kernel_constraint).__name__, d.kernel.constraint.get_config(),
      type(d.bias.constraint).__name__)
# CHECK-NEXT: MaxNorm {'max_value': 2, 'axis': 0} NonNeg
k = tf.keras.layers.Dense(2, kernel_constraint=tf.keras.constraints.UnitNorm(
    axis=1))
z = k(y)
print(k.kernel.name, k.kernel.constraint.get_config())
# CHECK-NEXT: dense_1/kernel:0 {'axis': 1}
bn = tf.layers.BatchNormalization(gamma_constraint="non_neg")
bn(y)
print(type(bn.gamma.constraint).__name__, bn.beta.constraint)
# CHECK-NEXT: NonNeg None

C = tf.keras.constraints
print(C.serialize(C.min_max_norm(0.5, 2.0, rate=0.5, axis=[0, 1])))
# CHECK-NEXT: {'class_name': 'MinMaxNorm', 'config': {'min_value': 0.5, 'max_value': 2.0, 'rate': 0.5, 'axis': [0, 1]}}
print(type(C.get({"class_name": "unit_norm", "config": {"axis": 1}})).__name__,
      C.get(None), C.get(clip) is clip, type(C.get("maxnorm")).__name__)
# CHECK-NEXT: UnitNorm None True MaxNorm

for bad in [lambda: tf.Variable(tf.ones([2]), constraint=3),
            lambda: tf.get_variable("bad", [2], constraint="max_norm"),
            lambda: C.get("nope"),
            lambda: C.get(3),
            lambda: tf.keras.layers.Dense(2, kernel_regularizer="l3")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
# CHECK-NEXT: ValueError: The `constraint` argument must be a callable.
# CHECK-NEXT: ValueError: The `constraint` argument must be a callable.
# CHECK-NEXT: ValueError: Unknown constraint: nope
# CHECK-NEXT: ValueError: Could not interpret constraint identifier: 3
# A layer resolves its regularizer names when it is made, as TF does.
# CHECK-NEXT: ValueError: Unknown regularizer: l3

tf.identity(z, name="out")

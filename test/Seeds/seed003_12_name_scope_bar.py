# RUN: scopec %s --emit=scoped | FileCheck %s
# Seed 003 (tutorial on tf.variable_scope): name_scope bar
# The lines before the sample are context it assumes (imports, inputs).
# CHECK: scope.add {{.*}} loc("foo/bar/add"
import tensorflow as tf
# --- sample (verbatim) ---
with tf.variable_scope("foo"):
    with tf.name_scope("bar"):
        v = tf.get_variable("v", [1])
        x = 1.0 + v
assert v.name == "foo/v:0"
assert x.op.name == "foo/bar/add"

# RUN: scopec %s --emit=scoped | FileCheck %s
# Seed 003 (tutorial on tf.variable_scope): 1.0 + v is foo/add
# The lines before the sample are context it assumes (imports, inputs).
# CHECK: scope.add {{.*}} loc("foo/add"
import tensorflow as tf
# --- sample (verbatim) ---
with tf.variable_scope("foo"):
    x = 1.0 + tf.get_variable("v", [1])
assert x.op.name == "foo/add"

# RUN: scopec %s --emit=scoped | FileCheck %s
# Seed 002 (annotated translation of the TF guide): name_scope changes op names, not variable names
# The lines before the sample are context it assumes (imports, inputs).
# CHECK: scope.get_variable "foo/v" reuse <none>
# CHECK: scope.add {{.*}} loc("foo/bar/add"
import tensorflow as tf
# --- sample (verbatim) ---
with tf.variable_scope("foo"):
    with tf.name_scope("bar"):
        v = tf.get_variable("v", [1])
        x = 1.0 + v
assert v.name == "foo/v:0"
assert x.op.name == "foo/bar/add"

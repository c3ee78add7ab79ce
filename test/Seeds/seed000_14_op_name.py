# RUN: scopec %s --emit=scoped | FileCheck %s
# Seed 000 (TF guide 'Sharing Variables'): 1.0 + v inside variable_scope('foo') is foo/add
# The lines before the sample are context it assumes (imports, inputs).
# CHECK: scope.get_variable "foo/v"
# CHECK: scope.constant dense<1.000000e+00> : tensor<f32> loc("foo/add/x"
# CHECK: scope.add {{.*}} -> tensor<1xf32> loc("foo/add"
# CHECK: scope.output "x"
import tensorflow as tf
# --- sample (verbatim) ---
with tf.variable_scope("foo"):
    x = 1.0 + tf.get_variable("v", [1])
assert x.op.name == "foo/add"

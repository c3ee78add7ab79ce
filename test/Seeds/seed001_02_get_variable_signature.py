# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# Seed 001 (blog 'Variable sharing in Tensorflow'): the call-shape sketch
# The lines before the sample are context it assumes (imports, inputs).
# CHECK: {{.*}}seed001_02_get_variable_signature.py:7:21: error: NameError: name 'name' is not defined
import tensorflow as tf
# --- sample (verbatim) ---
v = tf.get_variable(name, shape, dtype, initializer)

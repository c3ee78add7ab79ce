# RUN: not scopec %s --emit=scoped 2>&1 | FileCheck %s
# Seed 002 (annotated translation of the TF guide): the call-shape sketch 'tf.get_variable(name, shape, dtype, initializer)'
# The lines before the sample are context it assumes (imports, inputs).
# CHECK: {{.*}}seed002_05_get_variable_signature.py:7:21: error: NameError: name 'name' is not defined
import tensorflow as tf
# --- sample (verbatim) ---
v = tf.get_variable(name, shape, dtype, initializer)

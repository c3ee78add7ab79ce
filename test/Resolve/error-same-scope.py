# RUN: not scopec %s --emit=resolved 2>&1 | FileCheck %s

# Two lookups of one name in a non-reusing scope (the "Variable sharing in
# Tensorflow" post's first program).

# CHECK: error-same-scope.py:14:{{[0-9]+}}: error: ValueError: Variable scope1/variable1 already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?
# CHECK-NEXT: var2 = tf.get_variable("variable1", [1])
# CHECK: error-same-scope.py:13:{{[0-9]+}}: note: variable 'scope1/variable1' was created here
# CHECK-NEXT: var1 = tf.get_variable("variable1", [1])

import tensorflow as tf
with tf.variable_scope("scope1"):
    var1 = tf.get_variable("variable1", [1])
    var2 = tf.get_variable("variable1", [1])

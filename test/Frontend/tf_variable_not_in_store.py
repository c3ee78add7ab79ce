# RUN: not scopec %s --emit=resolved 2>&1 | FileCheck %s --check-prefix=RESOLVE
# RUN: scopec %s --emit=scoped | FileCheck %s --check-prefix=SCOPED
# get_variable cannot reuse a tf.Variable: the lookup is E2, and the
# frontend stops there as TF raises.
import tensorflow as tf
v = tf.Variable(1.0, name="w")
with tf.variable_scope(tf.get_variable_scope(), reuse=True):
    # RESOLVE: {{.*}}.py:[[@LINE+1]]:9: error: ValueError: Variable w does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
    x = tf.get_variable("w", [])
print("not reached")
# SCOPED-NOT: not reached
# SCOPED: scope.variable "w"
# SCOPED: scope.get_variable "w" reuse <reuse>
# SCOPED-NEXT: return

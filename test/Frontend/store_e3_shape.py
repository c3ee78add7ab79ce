# RUN: not scopec %s --emit=resolved 2>&1 | FileCheck %s --check-prefix=RESOLVE
# RUN: scopec %s --emit=scoped | FileCheck %s --check-prefix=SCOPED
import tensorflow as tf
with tf.variable_scope("s"):
    v = tf.get_variable("v", [2])
with tf.variable_scope("s", reuse=True):
    # RESOLVE: {{.*}}.py:[[@LINE+1]]:9: error: ValueError: Trying to share variable s/v, but specified shape (3,) and found shape (2,).
    w = tf.get_variable("v", [3])
# SCOPED: scope.get_variable "s/v" reuse <reuse> {{.*}} : tensor<3xf32>
# SCOPED-NEXT: return

# RUN: not scopec %s --emit=resolved 2>&1 | FileCheck %s --check-prefix=RESOLVE
# RUN: scopec %s --emit=scoped | FileCheck %s --check-prefix=SCOPED
import tensorflow as tf
v = tf.get_variable("v", [2], dtype=tf.int32)
with tf.variable_scope(tf.get_variable_scope(), reuse=True):
    # RESOLVE: {{.*}}.py:[[@LINE+1]]:9: error: ValueError: Trying to share variable v, but specified dtype float32 and found dtype int32_ref.
    w = tf.get_variable("v", [2], dtype=tf.float32)
# SCOPED: scope.get_variable "v" reuse <reuse> {dtype = f32, {{.*}} : tensor<2xf32>
# SCOPED-NEXT: return

# RUN: scopec %s --emit=scoped --fetch logits --fetch hidden/Relu:0 | FileCheck %s
# RUN: scopec %s --emit=scoped | FileCheck %s --check-prefix=DEFAULT
# RUN: not scopec %s --emit=scoped --fetch nope 2>&1 | FileCheck %s --check-prefix=UNKNOWN
import tensorflow as tf
x = tf.placeholder(tf.float32, [1, 4], name="x")
with tf.variable_scope("hidden"):
    h = tf.nn.relu(tf.matmul(x, tf.get_variable("w", [4, 4])))
logits = tf.matmul(h, tf.get_variable("out", [4, 2]))
probs = tf.nn.softmax(logits)
# CHECK: scope.output "logits", %{{.*}} : tensor<1x2xf32>
# CHECK: scope.output "hidden/Relu:0", %{{.*}} : tensor<1x4xf32>
# DEFAULT-NOT: scope.output "logits"
# DEFAULT: scope.output "probs", %{{.*}} : tensor<1x2xf32>
# DEFAULT-NOT: scope.output
# UNKNOWN: scopec: error: --fetch nope: not a module-level variable holding a tensor nor a TF op name (known: {{.*}}logits{{.*}})

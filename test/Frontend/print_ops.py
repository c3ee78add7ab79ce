# tf.Print and tf.print: TF logs their data each time the graph runs them;
# code scopec compiles prints nothing, and a warning at the call says so.
# tf.Print's result is its input (an identity named Print); tf.print is an
# op (NoOp here) that control dependencies may name. What only they read is
# not an output.
# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
import tensorflow as tf

x = tf.placeholder(tf.float32, [2], name="x")
y = tf.Print(x, [x, tf.reduce_sum(x)], message="x: ", first_n=3)
# CHECK: print_ops.py:[[@LINE-1]]:5: warning: tf.Print prints nothing in code scopec compiles; its input passes through unchanged
print(y.name, y.shape)
# CHECK: Print:0 (2,)
op = tf.print("value:", x, output_stream="log(info)", summarize=3)
# CHECK: print_ops.py:[[@LINE-1]]:6: warning: tf.print prints nothing in code scopec compiles
with tf.control_dependencies([op]):
    z = tf.identity(y * 2.0, name="z")
print(op.type, op.name)
# CHECK: NoOp PrintV2
try:
    tf.print(x, bogus=1)
except ValueError as e:
    print(e)
# CHECK: Unrecognized keyword arguments for tf.print: ['bogus']
# CHECK: %[[X:.*]] = scope.placeholder "x"
# CHECK: scope.identity %[[X]] {{.*}}loc("Print"
# CHECK-NOT: scope.output "Sum"
# CHECK: scope.output "z"
# CHECK-NOT: scope.output

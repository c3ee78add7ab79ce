# RUN: rm -rf %t && split-file %s %t
# RUN: scopec %t/model.py --emit=scoped | FileCheck %t/model.py
# RUN: not scopec %t/twice.py --emit=scoped 2>&1 | FileCheck %t/twice.py
# RUN: not scopec %t/run.py --emit=scoped 2>&1 | FileCheck %t/run.py
# tf.app.flags / tf.flags (defaults, FLAGS.x) and tf.summary (built, never
# compiled: what only summaries consume is not a default fetch), as the
# TensorFlow CIFAR-10 tutorial writes them.
#--- model.py
import tensorflow as tf
FLAGS = tf.app.flags.FLAGS
tf.app.flags.DEFINE_integer("batch_size", 2, "Number of images.")
tf.flags.DEFINE_float("wd", 0.004, "Weight decay.")
tf.app.flags.DEFINE_boolean("use_fp16", "false", "Use float16.")
tf.app.flags.DEFINE_string("data_dir", "/tmp/cifar10_data", "Data.")
x = tf.placeholder(tf.float32, [FLAGS.batch_size, 3], name="x")
y = tf.nn.relu(x)
tf.summary.histogram("activations", y)
tf.summary.scalar("sparsity", tf.reduce_mean(y))
z = y * FLAGS.wd
merged = tf.summary.merge_all()
writer = tf.summary.FileWriter("/tmp/logs")
writer.add_summary(merged, 0)
print(FLAGS.batch_size, FLAGS.wd, FLAGS.use_fp16, FLAGS.data_dir)
print(merged)
# CHECK: 2 0.004 False /tmp/cifar10_data
# CHECK-NEXT: <scopec summary merge_all 'Merge/MergeSummary' (not compiled)>
# CHECK: scope.reduce_mean
# CHECK-NOT: scope.output "Mean"
# CHECK: scope.output "z"
# CHECK-NOT: scope.output
#--- twice.py
import tensorflow as tf
tf.app.flags.DEFINE_integer("steps", 1, "")
# CHECK: twice.py:[[@LINE+1]]:1: error: ValueError: The flag 'steps' is defined twice.
tf.app.flags.DEFINE_integer("steps", 2, "")
#--- run.py
import tensorflow as tf
def main(argv):
    pass
# CHECK: run.py:[[@LINE+1]]:1: error: NotImplementedError: tf.app.run is not supported
tf.app.run()

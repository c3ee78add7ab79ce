# RUN: rm -rf %t && split-file %s %t
# RUN: scopec %t/model.py --emit=scoped 2>&1 | FileCheck %t/model.py
# RUN: not scopec %t/twice.py --emit=scoped 2>&1 | FileCheck %t/twice.py
# RUN: not scopec %t/run.py --emit=scoped 2>&1 | FileCheck %t/run.py
# RUN: scopec %t/model.py --emit=scoped --flag batch_size=0x3 --flag wd=1e-3 --flag use_fp16=True --flag data_dir=/data --flag layers=a,b --flag mode=eval 2>&1 | FileCheck %t/model.py --check-prefix=OVERRIDE
# RUN: not scopec %t/model.py --emit=scoped --flag batch_sise=3 2>&1 | FileCheck %t/model.py --check-prefix=TYPO
# RUN: not scopec %t/model.py --emit=scoped --flag batch_size=three 2>&1 | FileCheck %t/model.py --check-prefix=BADINT
# RUN: not scopec %t/model.py --emit=scoped --flag mode=test 2>&1 | FileCheck %t/model.py --check-prefix=BADENUM
# RUN: not scopec %t/model.py --emit=scoped --flag wd 2>&1 | FileCheck %t/model.py --check-prefix=NOVALUE
# tf.app.flags / tf.flags (defaults, FLAGS.x, `--flag NAME=VALUE` parsed
# by the flag's type, a misspelt or badly typed one an error) and tf.summary (built, never
# compiled: what only summaries consume is not a default fetch), as the
# TensorFlow CIFAR-10 tutorial writes them.
#--- model.py
import tensorflow as tf
FLAGS = tf.app.flags.FLAGS
# BADINT: model.py:[[@LINE+1]]:1: error: ValueError: --flag batch_size=three: Expect argument to be a string or int, found 'three'
tf.app.flags.DEFINE_integer("batch_size", 2, "Number of images.")
tf.flags.DEFINE_float("wd", 0.004, "Weight decay.")
tf.app.flags.DEFINE_boolean("use_fp16", "false", "Use float16.")
tf.app.flags.DEFINE_string("data_dir", "/tmp/cifar10_data", "Data.")
tf.app.flags.DEFINE_list("layers", "conv,fc", "Layer kinds.")
# BADENUM: model.py:[[@LINE+1]]:1: error: ValueError: --flag mode=test: value should be one of <train|eval>
tf.app.flags.DEFINE_enum("mode", "train", ["train", "eval"], "Mode.")
x = tf.placeholder(tf.float32, [FLAGS.batch_size, 3], name="x")
y = tf.nn.relu(x)
tf.summary.histogram("activations", y)
tf.summary.scalar("sparsity", tf.reduce_mean(y))
z = y * FLAGS.wd
merged = tf.summary.merge_all()
writer = tf.summary.FileWriter("/tmp/logs")
writer.add_summary(merged, 0)
print(FLAGS.batch_size, FLAGS.wd, FLAGS.use_fp16, FLAGS.data_dir,
      FLAGS.layers, FLAGS.mode)
print(merged)
# CHECK: 2 0.004 False /tmp/cifar10_data ['conv', 'fc'] train
# OVERRIDE: 3 0.001 True /data ['a', 'b'] eval
# OVERRIDE: scope.placeholder "x" : tensor<3x3xf32>
# TYPO: scopec: error: --flag batch_sise: the model defines no flag named 'batch_sise' with tf.app.flags (its flags: batch_size, wd, use_fp16, data_dir, layers, mode); did you mean 'batch_size'?
# NOVALUE: scopec: error: --flag expects NAME=VALUE, got 'wd'
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

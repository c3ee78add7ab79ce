# Placeholders bound at compile time: --feed makes one a constant (named as
# the placeholder, so tf.get_static_value and everything downstream see the
# value), --input-shape gives a shapeless one its shape and overrides None
# dims, tf.placeholder_with_default is its default unless fed, a
# placeholder nothing reads needs no flag. TF's op names for dropout and
# tf.cond (both branches built, one taken at compile time).
# RUN: scopec %s --emit=scoped --feed keep_prob=1 --feed is_training=False --feed "table=[[1, 2], [3, 4]]" --feed mode=True --input-shape x=2,5 --input-shape batch=[3,5] 2>&1 | FileCheck %s
# RUN: scopec %s --emit=scoped --feed keep_prob=1 --feed is_training=False --feed "table=[[1, 2], [3, 4]]" --feed mode=True --feed scale=3 --input-shape x=2,5 2>&1 | FileCheck %s --check-prefix=FED
import tensorflow as tf

x = tf.placeholder(tf.float32, name="x")
batch = tf.placeholder(tf.float32, [None, 5], name="batch")
keep_prob = tf.placeholder(tf.float32, name="keep_prob")
is_training = tf.placeholder(tf.bool, name="is_training")
table = tf.placeholder(tf.int32, [2, None], name="table")
mode = tf.placeholder(tf.bool, [], name="mode")
learning_rate = tf.placeholder(tf.float32, name="learning_rate")
scale = tf.placeholder_with_default(2.0, [], name="scale")
print(x.shape, batch.shape, table)
# CHECK: (2, 5) (3, 5) Tensor("table:0", shape=(2, 2), dtype=int32)
print(tf.get_static_value(keep_prob), tf.get_static_value(is_training),
      tf.get_static_value(table).tolist(), tf.get_static_value(x),
      tf.get_static_value(scale), tf.get_static_value(3))
# CHECK-NEXT: 1.0 False {{\[\[}}1, 2], [3, 4]] None None 3
# FED: 1.0 False {{\[\[}}1, 2], [3, 4]] None 3.0 3
d = tf.nn.dropout(x, keep_prob)
print(d, tf.nn.dropout(x, 1.0) is x, tf.nn.dropout(x, rate=0) is x)
# CHECK-NEXT: Tensor("dropout/mul_1:0", shape=(2, 5), dtype=float32) True True
with tf.variable_scope("head"):
    y = tf.cond(is_training,
                lambda: tf.layers.dense(d, 3, name="fc") * 2.0,
                lambda: tf.layers.dense(d, 3, name="fc", reuse=True))
print(y, [v.name for v in tf.global_variables()])
# CHECK-NEXT: Tensor("head/cond/Merge:0", shape=(2, 3), dtype=float32) ['head/fc/kernel:0', 'head/fc/bias:0']
z = tf.cond(mode, lambda: [x + 1.0, {"b": batch, "a": scale}],
            lambda: [x - 1.0, {"b": batch * 2.0, "a": scale}])
# The branches' dicts are flattened by sorted key (Merge_1 is 'a') and
# packed back in their own key order, as TF's nest does.
print(z)
# CHECK-NEXT: [<tf.Tensor 'cond/Merge:0' shape=(2, 5) dtype=float32>, {'b': <tf.Tensor 'cond/Merge_2:0' shape=(3, 5) dtype=float32>, 'a': <tf.Tensor 'cond/Merge_1:0' shape=() dtype=float32>}]

# CHECK-DAG: scope.placeholder "x" : tensor<2x5xf32>
# CHECK-DAG: scope.placeholder "batch" : tensor<3x5xf32>
# CHECK-DAG: scope.constant dense<1.000000e+00> : tensor<f32> loc("keep_prob"
# CHECK-DAG: scope.identity {{.*}} loc("scale"
# CHECK-DAG: scope.identity {{.*}} loc("dropout/mul_1"
# CHECK-DAG: scope.get_variable "head/fc/kernel" reuse <none>
# CHECK-DAG: scope.get_variable "head/fc/kernel" reuse <reuse>
# CHECK-DAG: scope.matmul {{.*}} loc("head/cond/fc/MatMul"
# CHECK-DAG: scope.matmul {{.*}} loc("head/cond/fc_1/MatMul"
# CHECK-DAG: scope.identity {{.*}} loc("head/cond/Merge"
# CHECK-DAG: scope.output "y"
# CHECK-NOT: learning_rate
# FED: scope.constant dense<3.000000e+00> : tensor<f32> loc("scale"

# tf.gather and tf.nn.embedding_lookup: TF's op names (GatherV2,
# embedding_lookup/Identity) and errors at the call.
# RUN: rm -rf %t && split-file %s %t
# RUN: scopec %t/names.py --emit=scoped 2>&1 | FileCheck %t/names.py
# RUN: not scopec %t/float_indices.py --emit=scoped 2>&1 | FileCheck %t/float_indices.py
# RUN: not scopec %t/axis.py --emit=scoped 2>&1 | FileCheck %t/axis.py
# RUN: not scopec %t/batch_dims.py --emit=scoped 2>&1 | FileCheck %t/batch_dims.py
# RUN: not scopec %t/partitioned.py --emit=scoped 2>&1 | FileCheck %t/partitioned.py
#--- names.py
import tensorflow as tf
ids = tf.placeholder(tf.int64, [5], name="ids")
with tf.variable_scope("words"):
    table = tf.get_variable("embedding", [100, 8])
    e = tf.nn.embedding_lookup(table, ids)
    g = tf.gather(table, [[1, 2]], name="pick")
print(e, g)
# CHECK: Tensor("words/embedding_lookup/Identity:0", shape=(5, 8), dtype=float32) Tensor("words/pick:0", shape=(1, 2, 8), dtype=float32)
# CHECK: scope.gather %{{.*}}, %{{.*}} {axis = 0 : i64} : tensor<100x8xf32>, tensor<5xi64> -> tensor<5x8xf32> loc("words/embedding_lookup"
#--- float_indices.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: float_indices.py:[[@LINE+1]]:5: error: Value passed to parameter 'indices' has DataType float32 not in list of allowed values: int32, int64
y = tf.gather(x, tf.constant([1.0]))
#--- axis.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: axis.py:[[@LINE+1]]:5: error: Expected axis in the range [-2, 2), but got 2 for 'GatherV2'
y = tf.gather(x, [0], axis=2)
#--- batch_dims.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: batch_dims.py:[[@LINE+1]]:5: error: tf.gather(batch_dims=1) is not supported by scopec
y = tf.gather(x, [[0], [1], [2], [3]], batch_dims=1)
#--- partitioned.py
import tensorflow as tf
a = tf.get_variable("a", [5, 2])
b = tf.get_variable("b", [5, 2])
# CHECK: partitioned.py:[[@LINE+1]]:5: error: ValueError: Unrecognized partition strategy: modulo
y = tf.nn.embedding_lookup([a, b], [0, 7], partition_strategy="modulo")

# A partitioned variable binds from a checkpoint as TensorFlow restores it:
# the checkpoint holds the whole variable (saved from partitions, here two
# slices along axis 0), the model's partitions (emb/part_0..2, dense/w/
# part_0..1 along axis 1) each take their slice, whatever the partitioning
# the checkpoint was saved with.
#
# RUN: rm -rf %t && mkdir -p %t
# RUN: %python %S/Inputs/write_checkpoint.py %t/ckpt --partition emb:0:2 emb=float32:10,3 dense/w=float32:4,5
# RUN: scopec %s --emit=resolved --weights %t/ckpt 2>&1 | FileCheck %s
# CHECK: scope.param @"emb/part_0" : tensor<4x3xf32> {{.*}} = dense<{{\[}}[0.000000e+00, 5.000000e-01, 1.000000e+00], [1.500000e+00
# CHECK: scope.param @"emb/part_1" : tensor<3x3xf32> {{.*}} = dense<{{\[}}[6.000000e+00, 6.500000e+00, 7.000000e+00],
# CHECK: scope.param @"emb/part_2" : tensor<3x3xf32> {{.*}} = dense<{{\[}}[1.050000e+01,
# CHECK: scope.param @"dense/w/part_0" : tensor<4x3xf32> {{.*}} = dense<{{\[}}[0.000000e+00, 5.000000e-01, 1.000000e+00], [2.500000e+00, 3.000000e+00, 3.500000e+00],
# CHECK: scope.param @"dense/w/part_1" : tensor<4x2xf32> {{.*}} = dense<{{\[}}[1.500000e+00, 2.000000e+00], [4.000000e+00, 4.500000e+00],
#
# RUN: scopec %s --list-weights --weights %t/ckpt | FileCheck %s --check-prefix=LIST
# LIST:      NAME     DTYPE    SHAPE    BINDS
# LIST-NEXT: dense/w  float32  (4, 5)   dense/w/part_0, dense/w/part_1
# LIST-NEXT: emb      float32  (10, 3)  emb/part_0, emb/part_1, emb/part_2
# LIST-NEXT: 2 of 2 entries bind a variable of the model
#
# A partition count that does not tile the entry is a missing variable.
# RUN: %python %S/Inputs/write_checkpoint.py %t/short emb=float32:9,3 dense/w=float32:4,5
# RUN: not scopec %s --emit=resolved --weights %t/short 2>&1 | FileCheck %s --check-prefix=SHORT
# SHORT: missing: emb/part_0, emb/part_1, emb/part_2
#
# A file with entries of its own for the partitions (an npz of var.name
# values) binds those, by name, even when it has the whole variable too.
# RUN: %python -c "import numpy as np; np.savez('%t/both.npz', **{'emb': np.zeros((10, 3), np.float32), 'emb/part_0': np.full((4, 3), 1, np.float32), 'emb/part_1': np.full((3, 3), 2, np.float32), 'emb/part_2': np.full((3, 3), 3, np.float32), 'dense/w/part_0': np.zeros((4, 3), np.float32), 'dense/w/part_1': np.zeros((4, 2), np.float32)})"
# RUN: scopec %s --emit=resolved --weights %t/both.npz 2>&1 | FileCheck %s --check-prefix=BOTH
# BOTH: scope.param @"emb/part_1" : tensor<3x3xf32> {{.*}} = dense<2.000000e+00>
import tensorflow as tf

emb = tf.get_variable("emb", [10, 3], partitioner=tf.fixed_size_partitioner(3))
with tf.variable_scope("dense", partitioner=tf.fixed_size_partitioner(2, axis=1)):
    w = tf.get_variable("w", [4, 5])
ids = tf.placeholder(tf.int32, [2], name="ids")
x = tf.placeholder(tf.float32, [1, 4], name="x")
y = tf.matmul(x, w) + tf.reduce_sum(tf.nn.embedding_lookup(emb, ids))

# TensorFlow checkpoints as --weights: named by prefix, by .index, by a data
# shard, by a directory with a `checkpoint` state file (relative or absolute
# path) or a SavedModel directory; several data shards; partitioned
# variables reassembled (dense/w along axis 1, dense/b along axis 0); the
# entries no variable uses (optimizer slots, accumulators, the step counter,
# a string tensor) ignored and summarized in one remark.
#
# RUN: rm -rf %t && mkdir -p %t/run %t/saved/variables %t/abs
# RUN: %python %S/Inputs/write_checkpoint.py %t/run/model.ckpt-100 --shards 3 --partition dense/w:1:2 --partition dense/b:0:3 --state %t/run:model.ckpt-100 dense/w=float32:2,3 dense/b=float32:3 dense/w/Adam=float32:2,3 dense/w/Adam_1=float32:2,3 dense/b/Adam=float32:3 dense/b/Adam_1=float32:3 beta1_power=float32 beta2_power=float32 global_step=int64 vocab=string:2:ab,c
# RUN: scopec %s --emit=resolved --weights %t/run/model.ckpt-100 2>&1 | FileCheck %s
# RUN: scopec %s --emit=resolved --weights %t/run/model.ckpt-100.index 2>&1 | FileCheck %s
# RUN: scopec %s --emit=resolved --weights %t/run/model.ckpt-100.data-00001-of-00003 2>&1 | FileCheck %s
# RUN: scopec %s --emit=resolved --weights %t/run 2>&1 | FileCheck %s
#
# An absolute model_checkpoint_path, and a SavedModel's variables/variables:
# RUN: %python %S/Inputs/write_checkpoint.py %t/abs/ckpt --state %t/abs:%t/abs/ckpt dense/w=float32:2,3 dense/b=float32:3
# RUN: scopec %s --emit=resolved --weights %t/abs 2>&1 | FileCheck %s --check-prefix=PLAIN
# RUN: %python %S/Inputs/write_checkpoint.py %t/saved/variables/variables dense/w=float32:2,3 dense/b=float32:3
# RUN: scopec %s --emit=resolved --weights %t/saved 2>&1 | FileCheck %s --check-prefix=PLAIN
#
# Many entries: the index spans several data blocks (and its keys share
# prefixes across restart points).
# RUN: %python %S/Inputs/write_checkpoint.py %t/big --block-size 64 dense/w=float32:2,3 dense/b=float32:3 dense/w/Adam=float32:2,3 a/b/c/d0=float32:1 a/b/c/d1=float32:1 a/b/c/d2=float32:1 a/b/c/d3=float32:1 a/b/c/d4=float32:1 a/b/c/d5=float32:1 a/b/c/d6=float32:1 a/b/c/d7=float32:1 a/b/c/d8=float32:1 a/b/c/d9=float32:1 a/b/c/e0=float32:1 a/b/c/e1=float32:1 a/b/c/e2=float32:1 a/b/c/e3=float32:1 a/b/c/e4=float32:1 a/b/c/e5=float32:1
# RUN: scopec %s --emit=resolved --weights %t/big 2>&1 | FileCheck %s --check-prefix=BIG

# CHECK: remark: bound 2 of 10 entries; ignored 8: 4 optimizer slots, beta1_power, beta2_power, global_step, vocab (--list-weights shows every entry)
# CHECK: scope.param @"dense/w" : tensor<2x3xf32> {{.*}} = dense<{{\[}}[0.000000e+00, 5.000000e-01, 1.000000e+00], [1.500000e+00, 2.000000e+00, 2.500000e+00]]>
# CHECK: scope.param @"dense/b" : tensor<3xf32> {{.*}} = dense<[0.000000e+00, 5.000000e-01, 1.000000e+00]>

# PLAIN-NOT: remark
# PLAIN: scope.param @"dense/w" : tensor<2x3xf32> {{.*}} = dense<{{\[}}[0.000000e+00, 5.000000e-01, 1.000000e+00], [1.500000e+00, 2.000000e+00, 2.500000e+00]]>

# BIG: remark: bound 2 of 19 entries; ignored 17: 1 optimizer slot, a/b/c/d0, a/b/c/d1, a/b/c/d2, a/b/c/d3, 12 more
# BIG: scope.param @"dense/w" : tensor<2x3xf32> {{.*}} = dense<{{\[}}[0.000000e+00, 5.000000e-01, 1.000000e+00], [1.500000e+00, 2.000000e+00, 2.500000e+00]]>
# BIG: scope.param @"dense/b" : tensor<3xf32> {{.*}} = dense<[0.000000e+00, 5.000000e-01, 1.000000e+00]>

import tensorflow as tf

x = tf.placeholder(tf.float32, [4, 2], name="x")
with tf.variable_scope("dense"):
    w = tf.get_variable("w", [2, 3])
    b = tf.get_variable("b", [3])
y = tf.matmul(x, w) + b

# The options around checkpoint binding, and the errors that list names.
#
# RUN: rm -rf %t && mkdir -p %t
# RUN: %python %S/Inputs/write_checkpoint.py %t/plain dense/w=float32:2,3 dense/b=float32:3 dense/w/Momentum=float32:2,3 global_step=int64 vocab=string:2:ab,c
#
# --list-weights: the entries alone, or against the model.
# RUN: scopec --list-weights --weights %t/plain | FileCheck %s --check-prefix=LIST
# LIST:      NAME            DTYPE    SHAPE
# LIST-NEXT: dense/b         float32  (3,)
# LIST-NEXT: dense/w         float32  (2, 3)
# LIST-NEXT: dense/w/Momentum  float32  (2, 3)
# LIST-NEXT: global_step     int64    ()
# LIST-NEXT: vocab           string   (2,)
# RUN: scopec %s --list-weights --weights %t/plain | FileCheck %s --check-prefix=LISTMODEL
# LISTMODEL:      NAME              DTYPE    SHAPE   BINDS
# LISTMODEL-NEXT: dense/b           float32  (3,)    dense/b
# LISTMODEL-NEXT: dense/w           float32  (2, 3)  dense/w
# LISTMODEL-NEXT: dense/w/Momentum  float32  (2, 3)  - (optimizer slot)
# LISTMODEL-NEXT: global_step       int64    ()      - (training step counter)
# LISTMODEL-NEXT: vocab             string   (2,)    - (not a variable of the model)
# LISTMODEL-NEXT: 2 of 5 entries bind a variable of the model
# RUN: not scopec --list-weights 2>&1 | FileCheck %s --check-prefix=NOWEIGHTS
# NOWEIGHTS: scopec: error: --list-weights needs --weights PATH
#
# --strict-weights: every unused entry is an error.
# RUN: not scopec %s --emit=resolved --weights %t/plain --strict-weights 2>&1 | FileCheck %s --check-prefix=STRICT
# STRICT: error: weights file '{{.*}}plain' does not match the model:
# STRICT-NEXT: extra: dense/w/Momentum, global_step, vocab
#
# A graph built under another outer scope: the error lists the missing
# variables with a hint, and --weights-prefix OLD=NEW binds them.
# RUN: %python %S/Inputs/write_checkpoint.py %t/tower tower_0/dense/w=float32:2,3 tower_0/dense/b=float32:3 tower_0/dense/w/Adam=float32:2,3
# RUN: not scopec %s --emit=resolved --weights %t/tower 2>&1 | FileCheck %s --check-prefix=TOWER
# TOWER: error: weights file '{{.*}}tower' does not match the model:
# TOWER-NEXT: missing: dense/w, dense/b
# TOWER-NEXT: extra: tower_0/dense/b, tower_0/dense/w
# TOWER-NEXT: hint: every missing variable is in the file under another prefix; --weights-prefix tower_0/= binds them
# RUN: scopec %s --emit=resolved --weights %t/tower --weights-prefix tower_0/= 2>&1 | FileCheck %s --check-prefix=MAPPED
# MAPPED: remark: bound 2 of 3 entries; ignored 1: 1 optimizer slot
# MAPPED: scope.param @"dense/w" : tensor<2x3xf32> {{.*}} = dense<{{\[}}[0.000000e+00, 5.000000e-01
# RUN: scopec %s --list-weights --weights %t/tower --weights-prefix tower_0/= | FileCheck %s --check-prefix=LISTMAPPED
# LISTMAPPED: tower_0/dense/w       float32  (2, 3)  dense/w
# RUN: not scopec %s --emit=resolved --weights %t/tower --weights-prefix tower_0 2>&1 | FileCheck %s --check-prefix=BADPREFIX
# BADPREFIX: error: --weights-prefix expects OLD=NEW, got 'tower_0'
#
# A near name is suggested.
# RUN: %python %S/Inputs/write_checkpoint.py %t/typo dense/w=float32:2,3 dense/bias=float32:3
# RUN: not scopec %s --emit=resolved --weights %t/typo 2>&1 | FileCheck %s --check-prefix=TYPO
# TYPO: missing: dense/b (did you mean 'dense/bias'?)
# TYPO-NEXT: extra: dense/bias
#
# Checkpoint dtypes are the trained graph's: float64 binds a float32
# variable only with --weights-cast; integers never bind floats; strings
# never bind.
# RUN: %python %S/Inputs/write_checkpoint.py %t/f64 dense/w=float64:2,3 dense/b=int32:3
# RUN: not scopec %s --emit=resolved --weights %t/f64 2>&1 | FileCheck %s --check-prefix=F64
# F64: error: weights file '{{.*}}f64' does not match the model:
# F64-NEXT: dtype mismatch: dense/w has dtype float64 in the file, the model needs float32 (--weights-cast converts it)
# F64-NEXT: dtype mismatch: dense/b has dtype int32 in the file, the model needs float32
# RUN: %python %S/Inputs/write_checkpoint.py %t/f64w dense/w=float64:2,3:0.1,0.2,0.3,0.4,0.5,0.6 dense/b=float32:3
# RUN: scopec %s --emit=resolved --weights %t/f64w --weights-cast 2>&1 | FileCheck %s --check-prefix=CAST
# CAST: scope.param @"dense/w" : tensor<2x3xf32> {{.*}} = dense<{{\[}}[1.000000e-01, 2.000000e-01, 3.000000e-01], [4.000000e-01, 5.000000e-01, 6.000000e-01]]>
# RUN: %python %S/Inputs/write_checkpoint.py %t/str dense/w=string:2,3 dense/b=float32:3
# RUN: not scopec %s --emit=resolved --weights %t/str --weights-cast 2>&1 | FileCheck %s --check-prefix=STR
# STR: dtype mismatch: dense/w has dtype string in the file, the model needs float32
#
# --weights-moving-averages binds V/ExponentialMovingAverage where present.
# RUN: %python %S/Inputs/write_checkpoint.py %t/ema dense/w=float32:2,3 dense/b=float32:3 dense/w/ExponentialMovingAverage=float32:2,3:9,8,7,6,5,4 global_step=int64
# RUN: scopec %s --emit=resolved --weights %t/ema --weights-moving-averages 2>&1 | FileCheck %s --check-prefix=EMA
# EMA: remark: bound 2 of 4 entries; ignored 2: 1 variable replaced by moving averages, global_step
# EMA: scope.param @"dense/w" : tensor<2x3xf32> {{.*}} = dense<{{\[}}[9.000000e+00, 8.000000e+00, 7.000000e+00], [6.000000e+00, 5.000000e+00, 4.000000e+00]]>
# EMA: scope.param @"dense/b" : tensor<3xf32> {{.*}} = dense<[0.000000e+00, 5.000000e-01, 1.000000e+00]>
# RUN: scopec %s --emit=resolved --weights %t/ema 2>&1 | FileCheck %s --check-prefix=NOEMA
# NOEMA: remark: bound 2 of 4 entries; ignored 2: 1 moving average, global_step
# NOEMA: scope.param @"dense/w" : tensor<2x3xf32> {{.*}} = dense<{{\[}}[0.000000e+00, 5.000000e-01

import tensorflow as tf

x = tf.placeholder(tf.float32, [4, 2], name="x")
with tf.variable_scope("dense"):
    w = tf.get_variable("w", [2, 3])
    b = tf.get_variable("b", [3])
y = tf.matmul(x, w) + b

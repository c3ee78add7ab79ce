# RUN: scopec %s --emit=resolved --weights %S/Inputs/dense.npz --mlir-print-elementsattrs-with-hex-if-larger=1 | FileCheck %s
# RUN: not scopec %s --emit=resolved --weights %S/Inputs/several.npz 2>&1 | FileCheck %s --check-prefix=ERR
# RUN: scopec %s --list-weights --weights %S/Inputs/several.npz | FileCheck %s --check-prefix=LIST

# scopec --weights binds trained values by variable name, bit for bit,
# instead of computing initial values; a file that does not match the model
# is one error listing every problem, and nothing is compiled.

# CHECK: scope.param @"dense/w" : tensor<2x3xf32> {{.*}} = dense<"0xCDCCCC3D00000080FFFF7F7F000080000100000051069E3F">
# CHECK: scope.param @"dense/b" : tensor<3xf32> {{.*}} = dense<"0x0000803F000020C095BFD633">

# ERR: scopec: error: weights file '{{.*}}several.npz' does not match the model:
# ERR-NEXT: missing: dense/b
# ERR-NEXT: extra: dense/extra
# ERR-NEXT: shape mismatch: dense/w has shape (3, 2) in the file, the model needs (2, 3)

# --list-weights reads .npz (and .safetensors) files too.
# LIST:      NAME         DTYPE    SHAPE   BINDS
# LIST-NEXT: dense/w      float32  (3, 2)  no: shape mismatch: dense/w has shape (3, 2) in the file, the model needs (2, 3)
# LIST-NEXT: dense/extra  float32  (1,)    - (not a variable of the model)
# LIST-NEXT: 0 of 2 entries bind a variable of the model; missing from the file: dense/b

import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 2], name="x")
with tf.variable_scope("dense"):
    w = tf.get_variable("w", [2, 3])
    b = tf.get_variable("b", [3], initializer=tf.zeros_initializer())
y = tf.matmul(x, w) + b

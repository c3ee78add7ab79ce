# tf.matmul of rank > 2 tensors (BatchMatMulV2, named MatMul): equal batch
# dimensions, a shared rank-2 operand on either side, transpose_a/b (TF's
# adjoints), rank 4, and `@`; the executable and the interpreter against
# numpy (Inputs/batch_matmul_ref.py). A partly broadcast batch runs in the
# interpreter; code generation refuses it with a located error.
# REQUIRES: numpy
# RUN: rm -rf %t && mkdir -p %t
# RUN: scopec %s -o %t/model > /dev/null
# RUN: %python %S/Inputs/check_against_numpy.py --refs %S/Inputs/batch_matmul_ref.py --scopec scopec --model %t/model --source %s --dir %t | FileCheck %s
# CHECK: checked 6 outputs
# RUN: scopec %s --emit=scoped | FileCheck %s --check-prefix=IR
# IR: scope.batch_matmul %{{.*}}, %{{.*}} : tensor<4x2x3xf32>, tensor<4x3x5xf32> -> tensor<4x2x5xf32> loc("MatMul"
# RUN: not scopec %s -o %t/partial --flag partial=True 2>&1 | FileCheck %s --check-prefix=PARTIAL
# PARTIAL: batch_matmul.py:[[@LINE+23]]:{{[0-9]+}}: error: 'scope.batch_matmul': code generation of a batched matmul whose operands broadcast only some batch dimensions is not supported; --interpret supports it
import numpy as np
import tensorflow as tf


def var(name, shape, phase):
    n = int(np.prod(shape))
    return tf.get_variable(name, shape, initializer=tf.constant_initializer(
        np.sin(np.arange(n) * 0.7 + phase).reshape(shape)))


a = tf.placeholder(tf.float32, [4, 2, 3], name="a")
tf.identity(tf.matmul(a, var("b", [4, 3, 5], 0.0)), name="out_batched")
tf.identity(tf.matmul(a, var("w", [3, 5], 1.0)), name="out_shared_rhs")
tf.identity(tf.matmul(var("m", [2, 2], 2.0), a), name="out_shared_lhs")
tf.identity(tf.matmul(a, var("t", [4, 5, 3], 3.0), transpose_b=True),
            name="out_transpose_b")
tf.identity(tf.matmul(a, var("u", [4, 2, 5], 4.0), transpose_a=True),
            name="out_transpose_a")
tf.identity(tf.reshape(a, [2, 2, 2, 3]) @ var("r", [2, 2, 3, 1], 5.0),
            name="out_rank4")
tf.app.flags.DEFINE_bool("partial", False, "add a partly broadcast matmul")
if tf.app.flags.FLAGS.partial:
    partial = tf.matmul(tf.reshape(a, [4, 1, 2, 3]),
                        var("p", [3, 3, 2], 6.0))

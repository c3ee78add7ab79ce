# Bad dtypes and shapes for casts, comparisons, logical ops and tf.where:
# TensorFlow's messages at the call, one model file each.
# RUN: rm -rf %t && split-file %s %t
# RUN: not scopec %t/logical.py --emit=scoped 2>&1 | FileCheck %t/logical.py
# RUN: not scopec %t/and.py --emit=scoped 2>&1 | FileCheck %t/and.py
# RUN: not scopec %t/less.py --emit=scoped 2>&1 | FileCheck %t/less.py
# RUN: not scopec %t/less_scalar.py --emit=scoped 2>&1 | FileCheck %t/less_scalar.py
# RUN: not scopec %t/where_xy.py --emit=scoped 2>&1 | FileCheck %t/where_xy.py
# RUN: not scopec %t/where_rank.py --emit=scoped 2>&1 | FileCheck %t/where_rank.py
# RUN: not scopec %t/where_rows.py --emit=scoped 2>&1 | FileCheck %t/where_rows.py
# RUN: not scopec %t/where_cond.py --emit=scoped 2>&1 | FileCheck %t/where_cond.py
# RUN: not scopec %t/where_indices.py --emit=scoped 2>&1 | FileCheck %t/where_indices.py
# RUN: not scopec %t/cast_dtype.py --emit=scoped 2>&1 | FileCheck %t/cast_dtype.py
# RUN: not scopec %t/add_bool.py --emit=scoped 2>&1 | FileCheck %t/add_bool.py
# RUN: not scopec %t/add_uint8.py --emit=scoped 2>&1 | FileCheck %t/add_uint8.py
# RUN: not scopec %t/conv_int.py --emit=scoped 2>&1 | FileCheck %t/conv_int.py
# RUN: not scopec %t/reduce_any.py --emit=scoped 2>&1 | FileCheck %t/reduce_any.py
# RUN: not scopec %t/reduce_uint8.py --emit=scoped 2>&1 | FileCheck %t/reduce_uint8.py
# RUN: not scopec %t/matmul_int.py --emit=scoped 2>&1 | FileCheck %t/matmul_int.py

#--- logical.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
b = tf.placeholder(tf.bool, [4, 6], name="b")
# CHECK: logical.py:[[@LINE+1]]:5: error: Value passed to parameter 'x' has DataType float32 not in list of allowed values: bool
y = tf.logical_and(x, b)
#--- and.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
b = tf.placeholder(tf.bool, [4, 6], name="b")
# CHECK: and.py:[[@LINE+1]]:5: error: Value passed to parameter 'x' has DataType float32 not in list of allowed values: bool
y = x & b
#--- less.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
i = tf.placeholder(tf.int32, [4, 6], name="i")
# CHECK: less.py:[[@LINE+1]]:5: error: Input 'y' of 'Less' Op has type int32 that does not match type float32 of argument 'x'.
y = tf.less(x, i)
#--- less_scalar.py
import tensorflow as tf
i = tf.placeholder(tf.int32, [4, 6], name="i")
# CHECK: less_scalar.py:[[@LINE+1]]:5: error: {{(TypeError: )?}}Expected int32, got 0.5 of type 'float' instead.
y = i < 0.5
#--- where_xy.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
b = tf.placeholder(tf.bool, [4, 6], name="b")
# CHECK: where_xy.py:[[@LINE+1]]:5: error: x and y must both be non-None or both be None.
y = tf.where(b, x)
#--- where_rank.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
b = tf.placeholder(tf.bool, [4, 6], name="b")
# CHECK: where_rank.py:[[@LINE+1]]:5: error: Shapes must be equal rank, but are 2 and 1 for 'Select' (op: 'Select') with input shapes: [4,6], [4,6], [6].
y = tf.where(b, x, tf.zeros([6]))
#--- where_rows.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: where_rows.py:[[@LINE+1]]:5: error: Dimension 0 in both shapes must be equal, but are 3 and 4 for 'Select' (op: 'Select') with input shapes: [3], [4,6], [4,6].
y = tf.where(tf.zeros([3], tf.bool), x, x)
#--- where_cond.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: where_cond.py:[[@LINE+1]]:5: error: Value passed to parameter 'condition' has DataType float32 not in list of allowed values: bool
y = tf.where(x, x, x)
#--- where_indices.py
import tensorflow as tf
b = tf.placeholder(tf.bool, [4, 6], name="b")
# CHECK: where_indices.py:[[@LINE+1]]:5: error: tf.where(condition) returns the indices of the true elements, whose number depends on the values: scopec needs static shapes (pass x and y to select elements)
y = tf.where(b)
#--- cast_dtype.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: cast_dtype.py:[[@LINE+1]]:5: error: Cannot convert value 'float33' to a TensorFlow DType.
y = tf.cast(x, "float33")
#--- add_bool.py
import tensorflow as tf
b = tf.placeholder(tf.bool, [4, 6], name="b")
# CHECK: add_bool.py:[[@LINE+1]]:5: error: Value passed to parameter 'x' has DataType bool not in list of allowed values: bfloat16, float16, float32, float64, int32, int64
y = b + b
#--- add_uint8.py
import tensorflow as tf
img = tf.placeholder(tf.uint8, [4, 6], name="img")
# CHECK: add_uint8.py:[[@LINE+1]]:5: error: 'Mul' on uint8 tensors is not supported by scopec (it casts and moves them only): cast first, e.g. tf.cast(x, tf.int32)
y = img * 2
#--- conv_int.py
import tensorflow as tf
i = tf.placeholder(tf.int32, [1, 4, 4, 1], name="i")
# CHECK: conv_int.py:[[@LINE+1]]:5: error: Value passed to parameter 'input' has DataType int32 not in list of allowed values: {{.*}}float32
y = tf.nn.conv2d(i, tf.ones([1, 1, 1, 1], tf.int32), [1, 1, 1, 1], "SAME")
#--- reduce_any.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: reduce_any.py:[[@LINE+1]]:5: error: Value passed to parameter 'input' has DataType float32 not in list of allowed values: bool
y = tf.reduce_any(x)
#--- reduce_uint8.py
import tensorflow as tf
img = tf.placeholder(tf.uint8, [4, 6], name="img")
# CHECK: reduce_uint8.py:[[@LINE+1]]:5: error: 'Max' on uint8 tensors is not supported by scopec (it casts and moves them only): cast first, e.g. tf.cast(input, tf.int32)
y = tf.reduce_max(img)
#--- matmul_int.py
import tensorflow as tf
i = tf.placeholder(tf.int32, [4, 6], name="i")
# CHECK: matmul_int.py:[[@LINE+1]]:5: error: 'MatMul' on int32 tensors is not supported by scopec (float32 and float64 only): cast first, e.g. tf.cast(a, tf.float32)
y = tf.matmul(i, i, transpose_b=True)

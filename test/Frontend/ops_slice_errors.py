# Bad indices and slices: TensorFlow's messages at the indexing expression.
# RUN: rm -rf %t && split-file %s %t
# RUN: not scopec %t/out_of_bounds.py --emit=scoped 2>&1 | FileCheck %t/out_of_bounds.py
# RUN: not scopec %t/too_many.py --emit=scoped 2>&1 | FileCheck %t/too_many.py
# RUN: not scopec %t/zero_step.py --emit=scoped 2>&1 | FileCheck %t/zero_step.py
# RUN: not scopec %t/two_ellipses.py --emit=scoped 2>&1 | FileCheck %t/two_ellipses.py
# RUN: not scopec %t/float_index.py --emit=scoped 2>&1 | FileCheck %t/float_index.py
# RUN: not scopec %t/tensor_index.py --emit=scoped 2>&1 | FileCheck %t/tensor_index.py
# RUN: not scopec %t/slice_size.py --emit=scoped 2>&1 | FileCheck %t/slice_size.py
# RUN: not scopec %t/tensor_bound.py --emit=scoped 2>&1 | FileCheck %t/tensor_bound.py
#--- out_of_bounds.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: out_of_bounds.py:[[@LINE+1]]:5: error: slice index 6 of dimension 1 out of bounds. for 'strided_slice' (op: 'StridedSlice') with input shapes: [4,6], [2], [2], [2] and with computed input tensors: input[1] = <0 6>, input[2] = <0 7>, input[3] = <1 1>.
y = x[:, 6]
#--- too_many.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: too_many.py:[[@LINE+1]]:5: error: Index out of range using input dim 2; input has only 2 dims for 'strided_slice'
y = x[1, 2, 3]
#--- zero_step.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: zero_step.py:[[@LINE+1]]:5: error: strides[1] must be non-zero for 'strided_slice'
y = x[:, ::0]
#--- two_ellipses.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: two_ellipses.py:[[@LINE+1]]:5: error: Multiple ellipses in slice spec not allowed for 'strided_slice'
y = x[..., 1, ...]
#--- float_index.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: float_index.py:[[@LINE+1]]:5: error: Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar tf.int32/tf.int64 tensors are valid indices, got 1.5
y = x[1.5]
#--- tensor_index.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
k = tf.placeholder(tf.int32, [], name="k")
# A scalar index tensor known only at run time is a gather after full
# slices; elsewhere, and as a slice bound, it is an error.
y = x[:, k]
# CHECK: tensor_index.py:[[@LINE+1]]:5: error: scopec supports an index tensor known only when the model runs after full slices (`x[:, i]`) only
y = x[1, k]
#--- slice_size.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: slice_size.py:[[@LINE+1]]:5: error: Expected size[1] in [0, 4], but got 5 for 'Slice' (op: 'Slice') with input shapes: [4,6].
y = tf.slice(x, [0, 2], [-1, 5])
#--- tensor_bound.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
k = tf.placeholder(tf.int32, [], name="k")
# CHECK: tensor_bound.py:[[@LINE+1]]:7: error: indexing with a tensor is not supported by scopec
y = x[:k]

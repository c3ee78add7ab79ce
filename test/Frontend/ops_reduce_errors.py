# Bad reduction and argmax calls: TensorFlow's messages at the call.
# RUN: rm -rf %t && split-file %s %t
# RUN: not scopec %t/both_axes.py --emit=scoped 2>&1 | FileCheck %t/both_axes.py
# RUN: not scopec %t/both_keep.py --emit=scoped 2>&1 | FileCheck %t/both_keep.py
# RUN: not scopec %t/axis_range.py --emit=scoped 2>&1 | FileCheck %t/axis_range.py
# RUN: not scopec %t/argmax_range.py --emit=scoped 2>&1 | FileCheck %t/argmax_range.py
# RUN: not scopec %t/argmax_both.py --emit=scoped 2>&1 | FileCheck %t/argmax_both.py
# RUN: not scopec %t/argmax_type.py --emit=scoped 2>&1 | FileCheck %t/argmax_type.py
# RUN: not scopec %t/argmax_bool.py --emit=scoped 2>&1 | FileCheck %t/argmax_bool.py
# RUN: not scopec %t/argmax_empty.py --emit=scoped 2>&1 | FileCheck %t/argmax_empty.py
#--- both_axes.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: both_axes.py:[[@LINE+1]]:5: error: Cannot specify both 'axis' and 'reduction_indices'
y = tf.reduce_max(x, axis=1, reduction_indices=1)
#--- both_keep.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: both_keep.py:[[@LINE+1]]:5: error: Cannot specify both 'keepdims' and 'keep_dims'
y = tf.reduce_sum(x, 1, keepdims=True, keep_dims=True)
#--- axis_range.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: axis_range.py:[[@LINE+1]]:5: error: {{.*}}for 'Prod' (op: 'Prod') with input shapes: [4,6].
y = tf.reduce_prod(x, 2)
#--- argmax_range.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: argmax_range.py:[[@LINE+1]]:5: error: Expected dimension in the range [-2, 2), but got 2 for 'ArgMax' (op: 'ArgMax') with input shapes: [4,6].
y = tf.argmax(x, 2)
#--- argmax_both.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: argmax_both.py:[[@LINE+1]]:5: error: Cannot specify both 'axis' and 'dimension'
y = tf.argmax(x, 1, dimension=1)
#--- argmax_type.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: argmax_type.py:[[@LINE+1]]:5: error: Value for attr 'output_type' of float32 is not in the list of allowed values: int32, int64
y = tf.argmax(x, 1, output_type=tf.float32)
#--- argmax_bool.py
import tensorflow as tf
b = tf.placeholder(tf.bool, [4, 6], name="b")
# CHECK: argmax_bool.py:[[@LINE+1]]:5: error: Value passed to parameter 'input' has DataType bool not in list of allowed values: bfloat16, float16, float32, float64, int32, int64
y = tf.argmin(b, 1)
#--- argmax_empty.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 0], name="x")
# CHECK: argmax_empty.py:[[@LINE+1]]:5: error: Reduction axis 1 is empty in shape [4,0]
y = tf.argmax(x, 1)

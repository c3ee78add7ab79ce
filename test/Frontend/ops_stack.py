# RUN: rm -rf %t && split-file %s %t
# RUN: scopec %t/names.py --emit=scoped 2>&1 | FileCheck %t/names.py
# RUN: not scopec %t/axis.py --emit=scoped 2>&1 | FileCheck %t/axis.py
# RUN: not scopec %t/shapes.py --emit=scoped 2>&1 | FileCheck %t/shapes.py
# RUN: not scopec %t/num.py --emit=scoped 2>&1 | FileCheck %t/num.py
# tf.stack (Pack) and tf.unstack (Unpack): TF 1.15's names, shapes, the IR
# (reshapes around a concat or a split) and the errors.
#--- names.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
s = tf.stack([x, x], axis=1)
t = tf.stack([1, 2, 3])
parts = tf.unstack(x, axis=-1, name="cols")
print(s.name, s.shape, s.op.type, t.name, t.shape, t.dtype.name)
print(len(parts), parts[0].name, parts[5].name, parts[5].shape, parts[0].op.type)
# CHECK: stack:0 (4, 2, 6) Pack stack_1:0 (3,) int32
# CHECK-NEXT: 6 cols:0 cols:5 (4,) Unpack
# CHECK: %[[A:.*]] = scope.reshape %{{.*}} : tensor<4x6xf32> -> tensor<4x1x6xf32>
# CHECK: scope.concat %[[A]], %{{.*}} {axis = 1 : i64} : tensor<4x1x6xf32>, tensor<4x1x6xf32> -> tensor<4x2x6xf32>
# CHECK: scope.split %{{.*}} {axis = 1 : i64} : tensor<4x6xf32> -> tensor<4x1xf32>
#--- axis.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: axis.py:[[@LINE+1]]:5: error: axis = 3 not in [-3, 3)
y = tf.stack([x, x], axis=3)
#--- shapes.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: shapes.py:[[@LINE+1]]:5: error: Shapes of all inputs must match: values[0].shape = [4,6] != values[1].shape = [6] for 'stack' (op: 'Pack')
y = tf.stack([x, x[0]])
#--- num.py
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6], name="x")
# CHECK: num.py:[[@LINE+1]]:5: error: Dimension must be 3 but is 4 for 'unstack' (op: 'Unpack')
y = tf.unstack(x, num=3)

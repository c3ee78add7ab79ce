# RUN: scopec %s --emit=scoped 2>&1 | FileCheck %s
# Indexing tensors: TF 1.15's op names (strided_slice, StridedSlice, Slice),
# result shapes, and the dense scope.strided_slice (+ reshape) each builds.
import tensorflow as tf
x = tf.placeholder(tf.float32, [4, 6, 5], name="x")
ys = [x[1], x[:, 1:3], x[..., -1], x[:, None, ::2], x[::-1, -2:, 1:4:2],
      x[1:3, ...], x[:, :, tf.newaxis], x[7:], x[-1, -1, -1],
      tf.strided_slice(x, [0, 1], [4, 5], [2, 2]),
      tf.slice(x, [1, 0, 2], [2, -1, 3], name="crop")]
with tf.name_scope("block"):
    ys.append(x[0])
for y in ys:
    print(y.name, y.shape, y.op.type)
# CHECK: strided_slice:0 (6, 5) StridedSlice
# CHECK-NEXT: strided_slice_1:0 (4, 2, 5) StridedSlice
# CHECK-NEXT: strided_slice_2:0 (4, 6) StridedSlice
# CHECK-NEXT: strided_slice_3:0 (4, 1, 3, 5) StridedSlice
# CHECK-NEXT: strided_slice_4:0 (4, 2, 2) StridedSlice
# CHECK-NEXT: strided_slice_5:0 (2, 6, 5) StridedSlice
# CHECK-NEXT: strided_slice_6:0 (4, 6, 1, 5) StridedSlice
# CHECK-NEXT: strided_slice_7:0 (0, 6, 5) StridedSlice
# CHECK-NEXT: strided_slice_8:0 () StridedSlice
# CHECK-NEXT: StridedSlice:0 (2, 2, 5) StridedSlice
# CHECK-NEXT: crop:0 (2, 6, 3) Slice
# CHECK-NEXT: block/strided_slice:0 (6, 5) StridedSlice
# CHECK: scope.strided_slice %{{.*}} {offsets = array<i64: 1, 0, 0>, strides = array<i64: 1, 1, 1>} : tensor<4x6x5xf32> -> tensor<1x6x5xf32>
# CHECK-NEXT: scope.reshape %{{.*}} : tensor<1x6x5xf32> -> tensor<6x5xf32>
# CHECK: scope.strided_slice %{{.*}} {offsets = array<i64: 3, 4, 1>, strides = array<i64: -1, 1, 2>} : tensor<4x6x5xf32> -> tensor<4x2x2xf32>

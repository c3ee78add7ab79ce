// RUN: scopec-opt %s -scope-plan-buffers -convert-scope-to-emitc | FileCheck %s
// Data movement (Shape.h) and reductions (Reduce.h). Reshape is a view: no
// code.

// CHECK-LABEL: emitc.file "source"
// CHECK: include "scopec/runtime/kernels/Shape.h"
// CHECK: call_opaque "scopec::rt::kernels::transpose"
// CHECK-SAME: template_args = [#emitc.opaque<"scopec::rt::kernels::Shape<2, 3, 4>">, #emitc.opaque<"scopec::rt::kernels::Perm<2, 0, 1>">]
// concat's inputs go in a local array of const float pointers.
// CHECK: %[[INS:.*]] = "emitc.variable"() <{value = #emitc.opaque<"">}> : () -> !emitc.array<2x!emitc.ptr<!emitc.opaque<"const float">>>
// CHECK: assign %{{.*}} : !emitc.ptr<!emitc.opaque<"const float">> to %{{.*}}
// CHECK: call_opaque "scopec::rt::kernels::concat"(%[[INS]], %{{[0-9]+}})
// CHECK-SAME: template_args = [4, 2, 3, 5]
// CHECK: %[[OUTS:.*]] = "emitc.variable"() <{value = #emitc.opaque<"">}> : () -> !emitc.array<3x!emitc.ptr<f32>>
// CHECK: call_opaque "scopec::rt::kernels::split"(%{{[0-9]+}}, %[[OUTS]])
// CHECK-SAME: template_args = [4, 2, 2, 2, 4]
// Negative axes are normalized and sorted; empty axes reduce everything.
// CHECK: call_opaque "scopec::rt::kernels::reduce"
// CHECK-SAME: template_args = [#emitc.opaque<"scopec::rt::kernels::Shape<4, 4, 2>">, #emitc.opaque<"scopec::rt::kernels::Axes<0, 2>">, #emitc.opaque<"scopec::rt::kernels::ReduceSum">]
// CHECK: call_opaque "scopec::rt::kernels::reduce"
// CHECK-SAME: template_args = [#emitc.opaque<"scopec::rt::kernels::Shape<4>">, #emitc.opaque<"scopec::rt::kernels::Axes<0>">, #emitc.opaque<"scopec::rt::kernels::ReduceMean">]
// Every reduction is the one kernel with its combiner, on any element type;
// argmax/argmin view the input as [outer, axis, inner].
// CHECK: call_opaque "scopec::rt::kernels::reduce"
// CHECK-SAME: #emitc.opaque<"scopec::rt::kernels::ReduceMax">
// CHECK-SAME: (!emitc.ptr<!emitc.opaque<"const int32_t">>, !emitc.ptr<i32>)
// CHECK: call_opaque "scopec::rt::kernels::reduce"
// CHECK-SAME: #emitc.opaque<"scopec::rt::kernels::ReduceAll">
// CHECK-SAME: (!emitc.ptr<!emitc.opaque<"const bool">>, !emitc.ptr<i1>)
// CHECK: call_opaque "scopec::rt::kernels::argReduce"
// CHECK-SAME: template_args = [4, 8, 2, #emitc.opaque<"true">]
// CHECK-SAME: (!emitc.ptr<f32>, !emitc.ptr<i64>)
// CHECK: call_opaque "scopec::rt::kernels::argReduce"
// CHECK-SAME: template_args = [1, 4, 8, #emitc.opaque<"false">]
// A strided slice is one kernel over the dense form (offsets, strides).
// CHECK: call_opaque "scopec::rt::kernels::stridedSlice"
// CHECK-SAME: template_args = [#emitc.opaque<"scopec::rt::kernels::Shape<3, 5>">, #emitc.opaque<"scopec::rt::kernels::Shape<2, 2>">, #emitc.opaque<"scopec::rt::kernels::Offsets<2, 4>">, #emitc.opaque<"scopec::rt::kernels::Strides<-1, -3>">]
// CHECK-SAME: (!emitc.ptr<!emitc.opaque<"const int32_t">>, !emitc.ptr<i32>)
// A pad is one kernel: shapes, paddings before, the mode (1: REFLECT) and
// the constant as a double argument.
// CHECK: call_opaque "scopec::rt::kernels::pad"
// CHECK-SAME: args = [0 : index, 1 : index, 7.000000e+00]
// CHECK-SAME: template_args = [#emitc.opaque<"scopec::rt::kernels::Shape<3, 5>">, #emitc.opaque<"scopec::rt::kernels::Shape<4, 8>">, #emitc.opaque<"scopec::rt::kernels::Shape<1, 2>">, 1]
// A gather views the params as [outer, axis, inner] and takes the index
// count.
// CHECK: call_opaque "scopec::rt::kernels::gather"
// CHECK-SAME: template_args = [3, 5, 1, 4]
// CHECK-SAME: (!emitc.ptr<!emitc.opaque<"const int32_t">>, !emitc.ptr<!emitc.opaque<"const int64_t">>, !emitc.ptr<i32>)
// CHECK-NEXT: return
func.func @model() {
  %x = scope.placeholder "x" : tensor<2x3x4xf32>
  %y = scope.placeholder "y" : tensor<4x5x2xf32>
  %t = scope.transpose %x {perm = array<i64: 2, 0, 1>} : tensor<2x3x4xf32> -> tensor<4x2x3xf32>
  %r = scope.reshape %t : tensor<4x2x3xf32> -> tensor<4x3x2xf32>
  %c = scope.concat %r, %y {axis = -2 : i64} : tensor<4x3x2xf32>, tensor<4x5x2xf32> -> tensor<4x8x2xf32>
  %s:3 = scope.split %c {axis = 1 : i64} : tensor<4x8x2xf32> -> tensor<4x2x2xf32>, tensor<4x2x2xf32>, tensor<4x4x2xf32>
  %u = scope.reduce_sum %s#2 {axes = array<i64: -1, 0>, keep_dims = false} : tensor<4x4x2xf32> -> tensor<4xf32>
  %m = scope.reduce_mean %u {axes = array<i64>, keep_dims = false} : tensor<4xf32> -> tensor<f32>
  %i = scope.placeholder "i" : tensor<3x5xi32>
  %im = scope.reduce_max %i {axes = array<i64: 1>} : tensor<3x5xi32> -> tensor<3xi32>
  %b = scope.placeholder "b" : tensor<3x5xi1>
  %ba = scope.reduce_all %b {axes = array<i64: 0>, keep_dims = true} : tensor<3x5xi1> -> tensor<1x5xi1>
  %am = scope.arg_max %c {axis = 1 : i64} : tensor<4x8x2xf32> -> tensor<4x2xi64>
  %an = scope.arg_min %s#2 {axis = 0 : i64} : tensor<4x4x2xf32> -> tensor<4x2xi32>
  scope.output "a", %s#0 : tensor<4x2x2xf32>
  scope.output "m", %m : tensor<f32>
  scope.output "im", %im : tensor<3xi32>
  scope.output "ba", %ba : tensor<1x5xi1>
  scope.output "am", %am : tensor<4x2xi64>
  %ss = scope.strided_slice %i {offsets = array<i64: 2, 4>, strides = array<i64: -1, -3>} : tensor<3x5xi32> -> tensor<2x2xi32>
  scope.output "an", %an : tensor<4x2xi32>
  scope.output "ss", %ss : tensor<2x2xi32>
  %p = scope.pad %i {after = array<i64: 0, 1>, before = array<i64: 1, 2>, mode = "REFLECT", value = 7.0 : f64} : tensor<3x5xi32> -> tensor<4x8xi32>
  scope.output "p", %p : tensor<4x8xi32>
  %gi = scope.placeholder "gi" : tensor<2x2xi64>
  %g = scope.gather %i, %gi {axis = 1 : i64} : tensor<3x5xi32>, tensor<2x2xi64> -> tensor<3x2x2xi32>
  scope.output "g", %g : tensor<3x2x2xi32>
  return
}

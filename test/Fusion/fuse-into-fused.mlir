// RUN: scopec %s --interpret > %t.ref
// RUN: scopec-opt %s --scope-fuse-elementwise > %t.fused.mlir
// RUN: FileCheck %s < %t.fused.mlir
// RUN: scopec %t.fused.mlir --interpret > %t.out
// RUN: diff %t.ref %t.out
// Fusion extends the larger of two bodies in place: a plain producer is
// put in front of a fused consumer's body (its input replaced by the
// producer's scalar code), a plain consumer after a fused producer's; two
// fused ops merge. Inputs end up in the order the body reads them, and the
// numbers do not change.

// CHECK-LABEL: func.func @model
// Front: tanh(x) feeds the fused consumer, which also reads y.
// CHECK: %[[F:.*]] = scope.fused_elementwise ins(%[[X:.*]], %[[Y:.*]] : tensor<4xf32>, tensor<4xf32>) {
// CHECK-NEXT: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32):
// CHECK-NEXT: math.tanh %[[A]]
// CHECK: scope.output "front", %[[F]]
// Back and both: one fused op reading y, x (once, though both pieces read
// it) and z, in that order.
// CHECK: %[[G:.*]] = scope.fused_elementwise ins(%[[Y]], %[[X]], %{{.*}} : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>)
// CHECK: scope.output "merged", %[[G]]
// CHECK-NOT: scope.tanh
// CHECK-NOT: scope.mul
// CHECK-NOT: scope.sub

func.func @model() {
  %x = scope.placeholder "x" : tensor<4xf32>
  %y = scope.placeholder "y" : tensor<4xf32>
  %z = scope.placeholder "z" : tensor<4xf32>
  %t = scope.tanh %x : tensor<4xf32>
  %front = scope.fused_elementwise ins(%t, %y : tensor<4xf32>, tensor<4xf32>) {
  ^bb0(%a: f32, %b: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %m, %a : f32
    %q = arith.subf %s, %b : f32
    scope.yield %q : f32
  } : tensor<4xf32>
  scope.output "front", %front : tensor<4xf32>
  %p = scope.fused_elementwise ins(%y, %x : tensor<4xf32>, tensor<4xf32>) {
  ^bb0(%a: f32, %b: f32):
    %m = arith.mulf %a, %b : f32
    %s = arith.addf %m, %b : f32
    %q = arith.subf %s, %a : f32
    scope.yield %q : f32
  } : tensor<4xf32>
  %c = scope.mul %p, %x : tensor<4xf32>, tensor<4xf32> -> tensor<4xf32>
  %d = scope.fused_elementwise ins(%c, %z : tensor<4xf32>, tensor<4xf32>) {
  ^bb0(%a: f32, %b: f32):
    %m = arith.mulf %a, %b : f32
    scope.yield %m : f32
  } : tensor<4xf32>
  scope.output "merged", %d : tensor<4xf32>
  return
}

// RUN: scopec %s --interpret | FileCheck %s
// tf.pad's three modes (by hand) on one row [1, 2, 3].

func.func @model() {
  %x = scope.constant dense<[[1.0, 2.0, 3.0]]> : tensor<1x3xf32>
  // CONSTANT with -1: [-1, -1, 1, 2, 3, -1]
  // CHECK-LABEL: output constant shape=[1,6] dtype=float32
  // CHECK-NEXT: values=[-1, -1, 1, 2, 3, -1]
  %0 = scope.pad %x {after = array<i64: 0, 1>, before = array<i64: 0, 2>, mode = "CONSTANT", value = -1.0 : f64} : tensor<1x3xf32> -> tensor<1x6xf32>
  scope.output "constant", %0 : tensor<1x6xf32>
  // REFLECT (edge not repeated): [3, 2, 1, 2, 3, 2, 1]
  // CHECK-LABEL: output reflect shape=[1,7]
  // CHECK-NEXT: values=[3, 2, 1, 2, 3, 2, 1]
  %1 = scope.pad %x {after = array<i64: 0, 2>, before = array<i64: 0, 2>, mode = "REFLECT", value = 0.0 : f64} : tensor<1x3xf32> -> tensor<1x7xf32>
  scope.output "reflect", %1 : tensor<1x7xf32>
  // SYMMETRIC (edge repeated), and one row after: the row mirrored,
  // [3, 2, 1, 1, 2, 3, 3, 2, 1], twice.
  // CHECK-LABEL: output symmetric shape=[2,9]
  // CHECK-NEXT: values=[3, 2, 1, 1, 2, 3, 3, 2, 1, 3, 2, 1, 1, 2, 3, 3, 2, 1]
  %2 = scope.pad %x {after = array<i64: 1, 3>, before = array<i64: 0, 3>, mode = "SYMMETRIC", value = 0.0 : f64} : tensor<1x3xf32> -> tensor<2x9xf32>
  scope.output "symmetric", %2 : tensor<2x9xf32>
  return
}

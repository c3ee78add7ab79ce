// RUN: scopec %s --interpret | FileCheck %s
// The reference formulas of the declared elementwise ops on edge values,
// expected values by hand: round goes half to even, sign of zero is zero,
// leaky_relu's alpha defaults to 0.2, minimum broadcasts a scalar.

func.func @model() {
  %x = scope.constant dense<[-2.5, -1.5, -0.5, 0.0, 0.5, 1.5, 2.5, 3.0]> : tensor<8xf32>
  %s = scope.constant dense<1.0> : tensor<f32>

  // CHECK-LABEL: output round shape=[8]
  // CHECK-NEXT: values=[-2, -2, -0, 0, 0, 2, 2, 3]
  %0 = scope.round %x : tensor<8xf32>
  scope.output "round", %0 : tensor<8xf32>

  // CHECK-LABEL: output sign shape=[8]
  // CHECK-NEXT: values=[-1, -1, -1, 0, 1, 1, 1, 1]
  %1 = scope.sign %x : tensor<8xf32>
  scope.output "sign", %1 : tensor<8xf32>

  // CHECK-LABEL: output leaky_relu shape=[8]
  // CHECK-NEXT: values=[-0.5, -0.3, -0.1, 0, 0.5, 1.5, 2.5, 3]
  %2 = scope.leaky_relu %x : tensor<8xf32>
  scope.output "leaky_relu", %2 : tensor<8xf32>

  // CHECK-LABEL: output minimum shape=[8]
  // CHECK-NEXT: values=[-2.5, -1.5, -0.5, 0, 0.5, 1, 1, 1]
  %3 = scope.minimum %x, %s : tensor<8xf32>, tensor<f32> -> tensor<8xf32>
  scope.output "minimum", %3 : tensor<8xf32>

  // CHECK-LABEL: output floor shape=[8]
  // CHECK-NEXT: values=[-3, -2, -1, 0, 0, 1, 2, 3]
  %4 = scope.floor %x : tensor<8xf32>
  scope.output "floor", %4 : tensor<8xf32>

  // CHECK-LABEL: output square shape=[8]
  // CHECK-NEXT: values=[6.25, 2.25, 0.25, 0, 0.25, 2.25, 6.25, 9]
  %5 = scope.square %x : tensor<8xf32>
  scope.output "square", %5 : tensor<8xf32>
  return
}

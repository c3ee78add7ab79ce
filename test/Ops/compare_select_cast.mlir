// RUN: scopec %s --interpret | FileCheck %s
// Comparisons (bool results), logical ops, select and casts in the
// reference interpreter. Expected values by hand, following TF: Cast from
// float to int truncates toward zero, to uint8 wraps modulo 256, to bool is
// `x != 0`.

func.func @model() {
  %x = scope.constant dense<[-1.5, 0.0, 2.5, 300.0]> : tensor<4xf32>
  %t = scope.constant dense<0.0> : tensor<f32>
  // CHECK-LABEL: output less shape=[4] dtype=bool
  // CHECK-NEXT: values=[1, 0, 0, 0]
  %lt = scope.less %x, %t : tensor<4xf32>, tensor<f32> -> tensor<4xi1>
  scope.output "less", %lt : tensor<4xi1>
  // CHECK-LABEL: output greater_equal shape=[4] dtype=bool
  // CHECK-NEXT: values=[0, 1, 1, 1]
  %ge = scope.greater_equal %x, %t : tensor<4xf32>, tensor<f32> -> tensor<4xi1>
  scope.output "greater_equal", %ge : tensor<4xi1>
  // CHECK-LABEL: output not_equal shape=[4] dtype=bool
  // CHECK-NEXT: values=[1, 0, 1, 1]
  %ne = scope.not_equal %x, %t : tensor<4xf32>, tensor<f32> -> tensor<4xi1>
  scope.output "not_equal", %ne : tensor<4xi1>
  // CHECK-LABEL: output and shape=[4] dtype=bool
  // CHECK-NEXT: values=[0, 0, 0, 0]
  %and = scope.logical_and %lt, %ge : tensor<4xi1>, tensor<4xi1> -> tensor<4xi1>
  scope.output "and", %and : tensor<4xi1>
  // CHECK-LABEL: output or shape=[4] dtype=bool
  // CHECK-NEXT: values=[1, 1, 1, 1]
  %or = scope.logical_or %lt, %ge : tensor<4xi1>, tensor<4xi1> -> tensor<4xi1>
  scope.output "or", %or : tensor<4xi1>
  // CHECK-LABEL: output not shape=[4] dtype=bool
  // CHECK-NEXT: values=[0, 1, 1, 1]
  %not = scope.logical_not %lt : tensor<4xi1>
  scope.output "not", %not : tensor<4xi1>
  // CHECK-LABEL: output select shape=[4] dtype=float32
  // CHECK-NEXT: values=[1.5, 0, 2.5, 300]
  %neg = scope.neg %x : tensor<4xf32>
  %sel = scope.select %lt, %neg, %x : tensor<4xi1>, tensor<4xf32>, tensor<4xf32> -> tensor<4xf32>
  scope.output "select", %sel : tensor<4xf32>
  // CHECK-LABEL: output to_int32 shape=[4] dtype=int32
  // CHECK-NEXT: values=[-1, 0, 2, 300]
  %i = scope.cast %x : tensor<4xf32> -> tensor<4xi32>
  scope.output "to_int32", %i : tensor<4xi32>
  // CHECK-LABEL: output to_uint8 shape=[4] dtype=uint8
  // CHECK-NEXT: values=[255, 0, 2, 44]
  %u = scope.cast %i : tensor<4xi32> -> tensor<4xui8>
  scope.output "to_uint8", %u : tensor<4xui8>
  // CHECK-LABEL: output uint8_to_float shape=[4] dtype=float32
  // CHECK-NEXT: values=[255, 0, 2, 44]
  %uf = scope.cast %u : tensor<4xui8> -> tensor<4xf32>
  scope.output "uint8_to_float", %uf : tensor<4xf32>
  // CHECK-LABEL: output to_bool shape=[4] dtype=bool
  // CHECK-NEXT: values=[1, 0, 1, 1]
  %b = scope.cast %x : tensor<4xf32> -> tensor<4xi1>
  scope.output "to_bool", %b : tensor<4xi1>
  // CHECK-LABEL: output bool_to_int64 shape=[4] dtype=int64
  // CHECK-NEXT: values=[1, 0, 0, 0]
  %bl = scope.cast %lt : tensor<4xi1> -> tensor<4xi64>
  scope.output "bool_to_int64", %bl : tensor<4xi64>
  return
}

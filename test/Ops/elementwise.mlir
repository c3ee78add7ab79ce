// RUN: scopec %s --interpret | FileCheck %s
// scope.add/sub/mul/div with NumPy broadcasting (trailing dimensions align;
// size-1 and missing dimensions repeat). Expected values by hand.

func.func @model() {
  %col = scope.constant dense<[[10.0], [20.0]]> : tensor<2x1xf32>
  %row = scope.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %m = scope.constant dense<[[1.0, 2.0, 4.0], [8.0, 16.0, 32.0]]> : tensor<2x3xf32>
  %s = scope.constant dense<2.0> : tensor<f32>

  // [2,1] + [3] -> [2,3]: [[11, 12, 13], [21, 22, 23]]
  // CHECK-LABEL: output add_col_row shape=[2,3] dtype=float32
  // CHECK-NEXT: values=[11, 12, 13, 21, 22, 23]
  %0 = scope.add %col, %row : tensor<2x1xf32>, tensor<3xf32> -> tensor<2x3xf32>
  scope.output "add_col_row", %0 : tensor<2x3xf32>

  // [3] - [2,1] -> [2,3]: [[1-10, 2-10, 3-10], [1-20, 2-20, 3-20]]
  // CHECK-LABEL: output sub_row_col shape=[2,3]
  // CHECK-NEXT: values=[-9, -8, -7, -19, -18, -17]
  %1 = scope.sub %row, %col : tensor<3xf32>, tensor<2x1xf32> -> tensor<2x3xf32>
  scope.output "sub_row_col", %1 : tensor<2x3xf32>

  // [2,3] * [3]: rows times [1, 2, 3]
  // CHECK-LABEL: output mul_row shape=[2,3]
  // CHECK-NEXT: values=[1, 4, 12, 8, 32, 96]
  %2 = scope.mul %m, %row : tensor<2x3xf32>, tensor<3xf32> -> tensor<2x3xf32>
  scope.output "mul_row", %2 : tensor<2x3xf32>

  // [2,3] / scalar 2, and scalar 2 / [2,3]
  // CHECK-LABEL: output div_scalar shape=[2,3]
  // CHECK-NEXT: values=[0.5, 1, 2, 4, 8, 16]
  %3 = scope.div %m, %s : tensor<2x3xf32>, tensor<f32> -> tensor<2x3xf32>
  scope.output "div_scalar", %3 : tensor<2x3xf32>
  // CHECK-LABEL: output scalar_div shape=[2,3]
  // CHECK-NEXT: values=[2, 1, 0.5, 0.25, 0.125, 0.0625]
  %4 = scope.div %s, %m : tensor<f32>, tensor<2x3xf32> -> tensor<2x3xf32>
  scope.output "scalar_div", %4 : tensor<2x3xf32>

  // Rank 3 against rank 2 with size-1 dims on both sides:
  // [2,1,2] + [3,1] -> [2,3,2]: a[i,0,k] + b[j,0]
  // a = [[[0, 1]], [[100, 101]]], b = [[0], [10], [20]]
  %a = scope.constant dense<[[[0.0, 1.0]], [[100.0, 101.0]]]> : tensor<2x1x2xf32>
  %b = scope.constant dense<[[0.0], [10.0], [20.0]]> : tensor<3x1xf32>
  // CHECK-LABEL: output add_rank3 shape=[2,3,2]
  // CHECK-NEXT: values=[0, 1, 10, 11, 20, 21, 100, 101, 110, 111, 120, 121]
  %5 = scope.add %a, %b : tensor<2x1x2xf32>, tensor<3x1xf32> -> tensor<2x3x2xf32>
  scope.output "add_rank3", %5 : tensor<2x3x2xf32>

  // Integer division rounds toward negative infinity and the remainder
  // takes the divisor's sign, as TF's FloorDiv/FloorMod (and Python):
  // [7, -7, 6] // [2] = [3, -4, 3]; [7, -7, 6] % [-4] = [-1, -3, -2].
  %i = scope.constant dense<[7, -7, 6]> : tensor<3xi32>
  %j = scope.constant dense<2> : tensor<1xi32>
  %k = scope.constant dense<-4> : tensor<i32>
  // CHECK-LABEL: output int_div shape=[3] dtype=int32
  // CHECK-NEXT: values=[3, -4, 3]
  %6 = scope.floor_div %i, %j : tensor<3xi32>, tensor<1xi32> -> tensor<3xi32>
  scope.output "int_div", %6 : tensor<3xi32>
  // CHECK-LABEL: output int_mod shape=[3] dtype=int32
  // CHECK-NEXT: values=[-1, -3, -2]
  %m8 = scope.floor_mod %i, %k : tensor<3xi32>, tensor<i32> -> tensor<3xi32>
  scope.output "int_mod", %m8 : tensor<3xi32>
  // CHECK-LABEL: output int_mul shape=[3] dtype=int32
  // CHECK-NEXT: values=[14, -14, 12]
  %7 = scope.mul %i, %j : tensor<3xi32>, tensor<1xi32> -> tensor<3xi32>
  scope.output "int_mul", %7 : tensor<3xi32>
  return
}

// RUN: scopec-opt %s -split-input-file --scope-fuse-matmul-bias-activation | FileCheck %s

// CHECK-LABEL: func.func @bias_add_relu
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>, %[[W:.*]]: tensor<8x5xf32>, %[[B:.*]]: tensor<5xf32>)
// CHECK: %[[R:.*]] = scope.fused_matmul %[[X]], %[[W]], %[[B]] {activation = #scope.activation<relu>}
// CHECK-SAME: : tensor<4x8xf32>, tensor<8x5xf32>, tensor<5xf32> -> tensor<4x5xf32>
// CHECK-NOT: scope.matmul
// CHECK-NOT: scope.bias_add
// CHECK-NOT: scope.relu
// CHECK: return %[[R]]
func.func @bias_add_relu(%x: tensor<4x8xf32>, %w: tensor<8x5xf32>, %b: tensor<5xf32>) -> tensor<4x5xf32> {
  %m = scope.matmul %x, %w : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
  %y = scope.bias_add %m, %b : tensor<4x5xf32>, tensor<5xf32>
  %r = scope.relu %y : tensor<4x5xf32>
  return %r : tensor<4x5xf32>
}

// -----

// Transposes are kept; the bias may come first in the add.
// CHECK-LABEL: func.func @transposed_add_first_tanh
// CHECK-SAME: (%[[X:.*]]: tensor<8x4xf32>, %[[W:.*]]: tensor<5x8xf32>, %[[B:.*]]: tensor<5xf32>)
// CHECK: %[[R:.*]] = scope.fused_matmul %[[X]], %[[W]], %[[B]] {activation = #scope.activation<tanh>, transpose_a = true, transpose_b = true}
// CHECK-NOT: scope.add
// CHECK-NOT: scope.tanh
// CHECK: return %[[R]]
func.func @transposed_add_first_tanh(%x: tensor<8x4xf32>, %w: tensor<5x8xf32>, %b: tensor<5xf32>) -> tensor<4x5xf32> {
  %m = scope.matmul %x, %w {transpose_a = true, transpose_b = true} : tensor<8x4xf32>, tensor<5x8xf32> -> tensor<4x5xf32>
  %y = scope.add %b, %m : tensor<5xf32>, tensor<4x5xf32> -> tensor<4x5xf32>
  %r = scope.tanh %y : tensor<4x5xf32>
  return %r : tensor<4x5xf32>
}

// -----

// A [1,N] bias is reshaped to [N]; no activation gives none.
// CHECK-LABEL: func.func @row_bias_only
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>, %[[W:.*]]: tensor<8x5xf32>, %[[B:.*]]: tensor<1x5xf32>)
// CHECK: %[[V:.*]] = scope.reshape %[[B]] : tensor<1x5xf32> -> tensor<5xf32>
// CHECK: %[[R:.*]] = scope.fused_matmul %[[X]], %[[W]], %[[V]] {activation = #scope.activation<none>}
// CHECK: return %[[R]]
func.func @row_bias_only(%x: tensor<4x8xf32>, %w: tensor<8x5xf32>, %b: tensor<1x5xf32>) -> tensor<4x5xf32> {
  %m = scope.matmul %x, %w : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
  %y = scope.add %m, %b : tensor<4x5xf32>, tensor<1x5xf32> -> tensor<4x5xf32>
  return %y : tensor<4x5xf32>
}

// -----

// Activation without bias: a zero bias constant.
// CHECK-LABEL: func.func @sigmoid_only
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>, %[[W:.*]]: tensor<8x5xf32>)
// CHECK: %[[Z:.*]] = scope.constant dense<0.000000e+00> : tensor<5xf32>
// CHECK: %[[R:.*]] = scope.fused_matmul %[[X]], %[[W]], %[[Z]] {activation = #scope.activation<sigmoid>}
// CHECK: return %[[R]]
func.func @sigmoid_only(%x: tensor<4x8xf32>, %w: tensor<8x5xf32>) -> tensor<4x5xf32> {
  %m = scope.matmul %x, %w : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
  %r = scope.sigmoid %m : tensor<4x5xf32>
  return %r : tensor<4x5xf32>
}

// -----

// bias_add then add of a bias then relu6: one kernel, biases summed.
// CHECK-LABEL: func.func @two_biases_relu6
// CHECK-SAME: (%[[X:.*]]: tensor<4x8xf32>, %[[W:.*]]: tensor<8x5xf32>, %[[B:.*]]: tensor<5xf32>, %[[C:.*]]: tensor<5xf32>)
// CHECK: %[[S:.*]] = scope.add %[[B]], %[[C]] : tensor<5xf32>, tensor<5xf32> -> tensor<5xf32>
// CHECK: %[[R:.*]] = scope.fused_matmul %[[X]], %[[W]], %[[S]] {activation = #scope.activation<relu6>}
// CHECK: return %[[R]]
func.func @two_biases_relu6(%x: tensor<4x8xf32>, %w: tensor<8x5xf32>, %b: tensor<5xf32>, %c: tensor<5xf32>) -> tensor<4x5xf32> {
  %m = scope.matmul %x, %w : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
  %y = scope.bias_add %m, %b : tensor<4x5xf32>, tensor<5xf32>
  %z = scope.add %c, %y : tensor<5xf32>, tensor<4x5xf32> -> tensor<4x5xf32>
  %r = scope.relu6 %z : tensor<4x5xf32>
  return %r : tensor<4x5xf32>
}

// -----

// Does not fuse: the matmul result has another use.
// CHECK-LABEL: func.func @matmul_result_shared
// CHECK: scope.matmul
// CHECK: scope.bias_add
// CHECK-NOT: scope.fused_matmul
func.func @matmul_result_shared(%x: tensor<4x8xf32>, %w: tensor<8x5xf32>, %b: tensor<5xf32>) -> (tensor<4x5xf32>, tensor<4x5xf32>) {
  %m = scope.matmul %x, %w : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
  %y = scope.bias_add %m, %b : tensor<4x5xf32>, tensor<5xf32>
  return %y, %m : tensor<4x5xf32>, tensor<4x5xf32>
}

// -----

// Partly fuses: the biased value has another use; the activation stays.
// CHECK-LABEL: func.func @biased_value_shared
// CHECK: %[[F:.*]] = scope.fused_matmul %{{.*}}, %{{.*}}, %{{.*}} {activation = #scope.activation<none>}
// CHECK: %[[R:.*]] = scope.relu %[[F]]
// CHECK: return %[[R]], %[[F]]
func.func @biased_value_shared(%x: tensor<4x8xf32>, %w: tensor<8x5xf32>, %b: tensor<5xf32>) -> (tensor<4x5xf32>, tensor<4x5xf32>) {
  %m = scope.matmul %x, %w : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
  %y = scope.bias_add %m, %b : tensor<4x5xf32>, tensor<5xf32>
  %r = scope.relu %y : tensor<4x5xf32>
  return %r, %y : tensor<4x5xf32>, tensor<4x5xf32>
}

// -----

// Does not fuse: a full-matrix add, a per-row [M,1] add, a [1] add.
// CHECK-LABEL: func.func @not_a_bias
// CHECK-COUNT-3: scope.matmul
// CHECK-NOT: scope.fused_matmul
func.func @not_a_bias(%x: tensor<4x8xf32>, %w: tensor<8x5xf32>, %full: tensor<4x5xf32>, %rows: tensor<4x1xf32>, %one: tensor<1xf32>) -> (tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>) {
  %m0 = scope.matmul %x, %w : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
  %a0 = scope.add %m0, %full : tensor<4x5xf32>, tensor<4x5xf32> -> tensor<4x5xf32>
  %m1 = scope.matmul %x, %w : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
  %a1 = scope.add %m1, %rows : tensor<4x5xf32>, tensor<4x1xf32> -> tensor<4x5xf32>
  %m2 = scope.matmul %x, %w : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
  %a2 = scope.add %one, %m2 : tensor<1xf32>, tensor<4x5xf32> -> tensor<4x5xf32>
  return %a0, %a1, %a2 : tensor<4x5xf32>, tensor<4x5xf32>, tensor<4x5xf32>
}

// -----

// Does not fuse: two matmuls added.
// CHECK-LABEL: func.func @two_matmuls_added
// CHECK-COUNT-2: scope.matmul
// CHECK: scope.add
// CHECK-NOT: scope.fused_matmul
func.func @two_matmuls_added(%x: tensor<4x8xf32>, %w: tensor<8x5xf32>, %v: tensor<8x5xf32>) -> tensor<4x5xf32> {
  %m = scope.matmul %x, %w : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
  %n = scope.matmul %x, %v : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
  %y = scope.add %m, %n : tensor<4x5xf32>, tensor<4x5xf32> -> tensor<4x5xf32>
  return %y : tensor<4x5xf32>
}

// -----

// Does not fuse: a lone matmul, and a matmul followed by softmax.
// CHECK-LABEL: func.func @nothing_to_fuse
// CHECK: scope.matmul
// CHECK: scope.matmul
// CHECK: scope.softmax
// CHECK-NOT: scope.fused_matmul
func.func @nothing_to_fuse(%x: tensor<4x8xf32>, %w: tensor<8x5xf32>) -> (tensor<4x5xf32>, tensor<4x5xf32>) {
  %m = scope.matmul %x, %w : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
  %n = scope.matmul %x, %w : tensor<4x8xf32>, tensor<8x5xf32> -> tensor<4x5xf32>
  %s = scope.softmax %n : tensor<4x5xf32>
  return %m, %s : tensor<4x5xf32>, tensor<4x5xf32>
}

// -----

// Two biases in a row, the second defined after the matmul: their sum is
// built before the fused kernel that uses it.
// CHECK-LABEL: func.func @two_biases_late_definition
// CHECK: %[[B2:.*]] = scope.constant
// CHECK: %[[SUM:.*]] = scope.add %{{.*}}, %[[B2]] : tensor<3xf32>, tensor<3xf32> -> tensor<3xf32>
// CHECK: scope.fused_matmul %{{.*}}, %{{.*}}, %[[SUM]]
func.func @two_biases_late_definition(%x: tensor<2x4xf32>, %w: tensor<4x3xf32>, %b: tensor<3xf32>) -> tensor<2x3xf32> {
  %m = scope.matmul %x, %w : tensor<2x4xf32>, tensor<4x3xf32> -> tensor<2x3xf32>
  %a = scope.bias_add %m, %b : tensor<2x3xf32>, tensor<3xf32>
  %b2 = scope.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %y = scope.add %a, %b2 : tensor<2x3xf32>, tensor<3xf32> -> tensor<2x3xf32>
  return %y : tensor<2x3xf32>
}

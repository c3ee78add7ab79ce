// RUN: scopec-opt %s -split-input-file -canonicalize | FileCheck %s
// tf.stack(tf.unstack(x)) folds to x (same axis) or a transpose of x, a
// reshape chain to one reshape, and a split with unread pieces to slices;
// a loop drops the sequences its body does not read.

// CHECK-LABEL: func.func @same_axis
// CHECK-SAME: (%[[X:.*]]: tensor<3x2x4xf32>)
// CHECK-NEXT: return %[[X]]
func.func @same_axis(%x: tensor<3x2x4xf32>) -> tensor<3x2x4xf32> {
  %p:3 = scope.split %x {axis = 0 : i64} : tensor<3x2x4xf32> -> tensor<1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>
  %a = scope.reshape %p#0 : tensor<1x2x4xf32> -> tensor<2x4xf32>
  %b = scope.reshape %p#1 : tensor<1x2x4xf32> -> tensor<2x4xf32>
  %c = scope.reshape %p#2 : tensor<1x2x4xf32> -> tensor<2x4xf32>
  %a1 = scope.reshape %a : tensor<2x4xf32> -> tensor<1x2x4xf32>
  %b1 = scope.reshape %b : tensor<2x4xf32> -> tensor<1x2x4xf32>
  %c1 = scope.reshape %c : tensor<2x4xf32> -> tensor<1x2x4xf32>
  %r = scope.concat %a1, %b1, %c1 {axis = 0 : i64} : tensor<1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32> -> tensor<3x2x4xf32>
  return %r : tensor<3x2x4xf32>
}

// -----

// Unstacked along 1 (batch-major), stacked along 0 (time-major).
// CHECK-LABEL: func.func @moved_axis
// CHECK-SAME: (%[[X:.*]]: tensor<2x3x4xf32>)
// CHECK-NEXT: %[[T:.*]] = scope.transpose %[[X]] {perm = array<i64: 1, 0, 2>} : tensor<2x3x4xf32> -> tensor<3x2x4xf32>
// CHECK-NEXT: return %[[T]]
func.func @moved_axis(%x: tensor<2x3x4xf32>) -> tensor<3x2x4xf32> {
  %p:3 = scope.split %x {axis = 1 : i64} : tensor<2x3x4xf32> -> tensor<2x1x4xf32>, tensor<2x1x4xf32>, tensor<2x1x4xf32>
  %a = scope.reshape %p#0 : tensor<2x1x4xf32> -> tensor<2x4xf32>
  %b = scope.reshape %p#1 : tensor<2x1x4xf32> -> tensor<2x4xf32>
  %c = scope.reshape %p#2 : tensor<2x1x4xf32> -> tensor<2x4xf32>
  %a1 = scope.reshape %a : tensor<2x4xf32> -> tensor<1x2x4xf32>
  %b1 = scope.reshape %b : tensor<2x4xf32> -> tensor<1x2x4xf32>
  %c1 = scope.reshape %c : tensor<2x4xf32> -> tensor<1x2x4xf32>
  %r = scope.concat %a1, %b1, %c1 {axis = 0 : i64} : tensor<1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32> -> tensor<3x2x4xf32>
  return %r : tensor<3x2x4xf32>
}

// -----

// Pieces out of order, a missing piece or two splits: no fold.
// CHECK-LABEL: func.func @no_fold
// CHECK-COUNT-3: scope.concat
func.func @no_fold(%x: tensor<2x4xf32>, %y: tensor<2x4xf32>) -> (tensor<2x4xf32>, tensor<2x2xf32>, tensor<2x4xf32>) {
  %p:2 = scope.split %x {axis = 1 : i64} : tensor<2x4xf32> -> tensor<2x2xf32>, tensor<2x2xf32>
  %q:2 = scope.split %y {axis = 1 : i64} : tensor<2x4xf32> -> tensor<2x2xf32>, tensor<2x2xf32>
  %swapped = scope.concat %p#1, %p#0 {axis = 1 : i64} : tensor<2x2xf32>, tensor<2x2xf32> -> tensor<2x4xf32>
  %one = scope.concat %p#0 {axis = 1 : i64} : tensor<2x2xf32> -> tensor<2x2xf32>
  %mixed = scope.concat %p#0, %q#1 {axis = 1 : i64} : tensor<2x2xf32>, tensor<2x2xf32> -> tensor<2x4xf32>
  return %swapped, %one, %mixed : tensor<2x4xf32>, tensor<2x2xf32>, tensor<2x4xf32>
}

// -----

// CHECK-LABEL: func.func @reshapes
// CHECK-SAME: (%[[X:.*]]: tensor<2x6xf32>)
// CHECK-NEXT: %[[R:.*]] = scope.reshape %[[X]] : tensor<2x6xf32> -> tensor<3x4xf32>
// CHECK-NEXT: return %[[X]], %[[R]]
func.func @reshapes(%x: tensor<2x6xf32>) -> (tensor<2x6xf32>, tensor<3x4xf32>) {
  %a = scope.reshape %x : tensor<2x6xf32> -> tensor<12xf32>
  %b = scope.reshape %a : tensor<12xf32> -> tensor<2x6xf32>
  %c = scope.reshape %a : tensor<12xf32> -> tensor<3x4xf32>
  return %b, %c : tensor<2x6xf32>, tensor<3x4xf32>
}

// -----

// Only the last of four steps is read: one slice, no split.
// CHECK-LABEL: func.func @last_step
// CHECK-SAME: (%[[X:.*]]: tensor<4x2x3xf32>)
// CHECK-NEXT: %[[S:.*]] = scope.strided_slice %[[X]] {offsets = array<i64: 3, 0, 0>, strides = array<i64: 1, 1, 1>} : tensor<4x2x3xf32> -> tensor<1x2x3xf32>
// CHECK-NEXT: %[[R:.*]] = scope.reshape %[[S]]
// CHECK-NEXT: return %[[R]]
func.func @last_step(%x: tensor<4x2x3xf32>) -> tensor<2x3xf32> {
  %p:4 = scope.split %x {axis = 0 : i64} : tensor<4x2x3xf32> -> tensor<1x2x3xf32>, tensor<1x2x3xf32>, tensor<1x2x3xf32>, tensor<1x2x3xf32>
  %r = scope.reshape %p#3 : tensor<1x2x3xf32> -> tensor<2x3xf32>
  return %r : tensor<2x3xf32>
}

// -----

// tf.concat(outputs, 1) of time-major steps (char-rnn's output layer).
// CHECK-LABEL: func.func @concat_squeezed
// CHECK-SAME: (%[[X:.*]]: tensor<3x2x4xf32>)
// CHECK-NEXT: %[[T:.*]] = scope.transpose %[[X]] {perm = array<i64: 1, 0, 2>} : tensor<3x2x4xf32> -> tensor<2x3x4xf32>
// CHECK-NEXT: %[[R:.*]] = scope.reshape %[[T]] : tensor<2x3x4xf32> -> tensor<2x12xf32>
// CHECK-NEXT: return %[[R]]
func.func @concat_squeezed(%x: tensor<3x2x4xf32>) -> tensor<2x12xf32> {
  %p:3 = scope.split %x {axis = 0 : i64} : tensor<3x2x4xf32> -> tensor<1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>
  %a = scope.reshape %p#0 : tensor<1x2x4xf32> -> tensor<2x4xf32>
  %b = scope.reshape %p#1 : tensor<1x2x4xf32> -> tensor<2x4xf32>
  %c = scope.reshape %p#2 : tensor<1x2x4xf32> -> tensor<2x4xf32>
  %r = scope.concat %a, %b, %c {axis = 1 : i64} : tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32> -> tensor<2x12xf32>
  return %r : tensor<2x12xf32>
}

// -----

// tf.concat(outputs, 0): time-major rows, no transpose.
// CHECK-LABEL: func.func @concat_rows
// CHECK-SAME: (%[[X:.*]]: tensor<3x2x4xf32>)
// CHECK-NEXT: %[[R:.*]] = scope.reshape %[[X]] : tensor<3x2x4xf32> -> tensor<6x4xf32>
// CHECK-NEXT: return %[[R]]
func.func @concat_rows(%x: tensor<3x2x4xf32>) -> tensor<6x4xf32> {
  %p:3 = scope.split %x {axis = 0 : i64} : tensor<3x2x4xf32> -> tensor<1x2x4xf32>, tensor<1x2x4xf32>, tensor<1x2x4xf32>
  %a = scope.reshape %p#0 : tensor<1x2x4xf32> -> tensor<2x4xf32>
  %b = scope.reshape %p#1 : tensor<1x2x4xf32> -> tensor<2x4xf32>
  %c = scope.reshape %p#2 : tensor<1x2x4xf32> -> tensor<2x4xf32>
  %r = scope.concat %a, %b, %c {axis = 0 : i64} : tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32> -> tensor<6x4xf32>
  return %r : tensor<6x4xf32>
}

// -----

// A batch of one made time-major moves no element; a real transpose stays.
// CHECK-LABEL: func.func @unit_transpose
// CHECK-SAME: (%[[X:.*]]: tensor<1x5x4xf32>, %[[Y:.*]]: tensor<2x5x4xf32>)
// CHECK-NEXT: %[[R:.*]] = scope.reshape %[[X]] : tensor<1x5x4xf32> -> tensor<5x1x4xf32>
// CHECK-NEXT: %[[T:.*]] = scope.transpose %[[Y]]
// CHECK-NEXT: return %[[R]], %[[T]]
func.func @unit_transpose(%x: tensor<1x5x4xf32>, %y: tensor<2x5x4xf32>) -> (tensor<5x1x4xf32>, tensor<5x2x4xf32>) {
  %r = scope.transpose %x {perm = array<i64: 1, 0, 2>} : tensor<1x5x4xf32> -> tensor<5x1x4xf32>
  %t = scope.transpose %y {perm = array<i64: 1, 0, 2>} : tensor<2x5x4xf32> -> tensor<5x2x4xf32>
  return %r, %t : tensor<5x1x4xf32>, tensor<5x2x4xf32>
}

// -----

// A sequence the body does not read leaves the loop.
// CHECK-LABEL: func.func @unread_sequence
// CHECK-SAME: (%[[XS:.*]]: tensor<3x2xf32>, %[[YS:.*]]: tensor<3x2xf32>, %[[H0:.*]]: tensor<2xf32>)
// CHECK: scope.loop steps 3 carry(%[[H0]] : tensor<2xf32>) over(%[[YS]] : tensor<3x2xf32>)
// CHECK-NEXT: ^bb0(%{{.*}}: tensor<i32>, %[[Y:.*]]: tensor<2xf32>, %[[H:.*]]: tensor<2xf32>):
// CHECK-NEXT: scope.add %[[H]], %[[Y]]
func.func @unread_sequence(%xs: tensor<3x2xf32>, %ys: tensor<3x2xf32>, %h0: tensor<2xf32>) -> tensor<2xf32> {
  %h = scope.loop steps 3 carry(%h0 : tensor<2xf32>) over(%xs, %ys : tensor<3x2xf32>, tensor<3x2xf32>) -> (tensor<2xf32>), () {
  ^bb0(%t: tensor<i32>, %x: tensor<2xf32>, %y: tensor<2xf32>, %hp: tensor<2xf32>):
    %n = scope.add %hp, %y : tensor<2xf32>, tensor<2xf32> -> tensor<2xf32>
    scope.loop_yield %n : tensor<2xf32>
  }
  return %h : tensor<2xf32>
}

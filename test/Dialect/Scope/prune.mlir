// RUN: scopec-opt %s -split-input-file --scope-prune | FileCheck %s

// What no output needs goes: unused placeholders, compute and parameters.
// CHECK-LABEL: scope.param @"a/w"
// CHECK-NOT: scope.param @"b/w"
scope.param @"a/w" : tensor<2xf32>
scope.param @"b/w" : tensor<2xf32>
// CHECK-LABEL: func.func @model
func.func @model() {
  // CHECK: %[[X:.*]] = scope.placeholder "x"
  // CHECK-NOT: scope.placeholder "unused"
  // CHECK: %[[W:.*]] = scope.read @"a/w"
  // CHECK-NOT: scope.read @"b/w"
  // CHECK: %[[S:.*]] = scope.add %[[X]], %[[W]]
  // CHECK-NOT: scope.mul
  // CHECK: scope.output "s", %[[S]]
  %x = scope.placeholder "x" : tensor<2xf32>
  %y = scope.placeholder "unused" : tensor<2xf32>
  %w = scope.read @"a/w" : tensor<2xf32>
  %v = scope.read @"b/w" : tensor<2xf32>
  %s = scope.add %x, %w : tensor<2xf32>, tensor<2xf32> -> tensor<2xf32>
  %m = scope.mul %y, %v : tensor<2xf32>, tensor<2xf32> -> tensor<2xf32>
  scope.output "s", %s : tensor<2xf32>
  return
}

// -----

// Unresolved lookups stay: their sharing rules must still be checked.
// CHECK-LABEL: func.func @lookups
func.func @lookups() {
  // CHECK: scope.get_variable "v"
  %0 = scope.get_variable "v" reuse <none> : tensor<1xf32>
  return
}

// -----

// A loop no output needs goes with its body and what only the body reads; a
// needed loop keeps what its yield needs and loses the rest of its body.
scope.param @"rnn/w" : tensor<2xf32>
scope.param @"dead/w" : tensor<2xf32>
// CHECK-LABEL: func.func @loops
func.func @loops() {
  // CHECK: %[[H0:.*]] = scope.placeholder "h0"
  // CHECK: %[[W:.*]] = scope.read @"rnn/w"
  // CHECK-NOT: scope.read @"dead/w"
  // CHECK: %[[H:.*]] = scope.loop steps 3 carry(%[[H0]] : tensor<2xf32>)
  // CHECK-NEXT: ^bb0
  // CHECK-NEXT: %[[N:.*]] = scope.add %{{.*}}, %[[W]]
  // CHECK-NEXT: scope.loop_yield %[[N]]
  // CHECK-NOT: scope.loop
  // CHECK: scope.output "h", %[[H]]
  %h0 = scope.placeholder "h0" : tensor<2xf32>
  %w = scope.read @"rnn/w" : tensor<2xf32>
  %d = scope.read @"dead/w" : tensor<2xf32>
  %h = scope.loop steps 3 carry(%h0 : tensor<2xf32>) -> (tensor<2xf32>), () {
  ^bb0(%t: tensor<i32>, %hp: tensor<2xf32>):
    %n = scope.add %hp, %w : tensor<2xf32>, tensor<2xf32> -> tensor<2xf32>
    %unused = scope.mul %hp, %w : tensor<2xf32>, tensor<2xf32> -> tensor<2xf32>
    scope.loop_yield %n : tensor<2xf32>
  }
  %g = scope.loop steps 3 carry(%h0 : tensor<2xf32>) -> (tensor<2xf32>), () {
  ^bb0(%t: tensor<i32>, %hp: tensor<2xf32>):
    %n = scope.add %hp, %d : tensor<2xf32>, tensor<2xf32> -> tensor<2xf32>
    scope.loop_yield %n : tensor<2xf32>
  }
  scope.output "h", %h : tensor<2xf32>
  return
}

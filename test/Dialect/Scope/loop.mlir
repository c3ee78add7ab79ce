// RUN: scopec-opt %s | scopec-opt | FileCheck %s
// scope.loop round-trips: carried values, sequences, stacked outputs.

// CHECK-LABEL: func.func @rnn
// CHECK: %{{.*}}, %{{.*}} = scope.loop steps 3 carry(%{{.*}} : tensor<1x2xf32>) over(%{{.*}} : tensor<3x1x2xf32>) -> (tensor<1x2xf32>), (tensor<3x1x2xf32>) {
// CHECK-NEXT: ^bb0(%{{.*}}: tensor<i32>, %[[X:.*]]: tensor<1x2xf32>, %[[H:.*]]: tensor<1x2xf32>):
// CHECK: scope.loop_yield %[[N:.*]], %[[N]] : tensor<1x2xf32>, tensor<1x2xf32>
func.func @rnn(%h0: tensor<1x2xf32>, %xs: tensor<3x1x2xf32>) -> (tensor<1x2xf32>, tensor<3x1x2xf32>) {
  %h, %ys = scope.loop steps 3 carry(%h0 : tensor<1x2xf32>) over(%xs : tensor<3x1x2xf32>) -> (tensor<1x2xf32>), (tensor<3x1x2xf32>) {
  ^bb0(%t: tensor<i32>, %x: tensor<1x2xf32>, %hp: tensor<1x2xf32>):
    %s = scope.add %x, %hp : tensor<1x2xf32>, tensor<1x2xf32> -> tensor<1x2xf32>
    %n = scope.tanh %s : tensor<1x2xf32>
    scope.loop_yield %n, %n : tensor<1x2xf32>, tensor<1x2xf32>
  }
  return %h, %ys : tensor<1x2xf32>, tensor<3x1x2xf32>
}

// CHECK-LABEL: func.func @counter
// CHECK: scope.loop steps 4 carry
// CHECK-NOT: over
func.func @counter(%c0: tensor<i32>) -> tensor<i32> {
  %c = scope.loop steps 4 carry(%c0 : tensor<i32>) -> (tensor<i32>), () {
  ^bb0(%t: tensor<i32>, %c: tensor<i32>):
    %n = scope.add %c, %t : tensor<i32>, tensor<i32> -> tensor<i32>
    scope.loop_yield %n : tensor<i32>
  }
  return %c : tensor<i32>
}

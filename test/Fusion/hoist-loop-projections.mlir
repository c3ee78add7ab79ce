// RUN: scopec-opt %s -split-input-file --scope-hoist-loop-projections | FileCheck %s
// An RNN cell's input projection for all steps as one product before the
// loop: matmul(concat(x_t, h), W) + b in the body becomes h W[1:] + the
// step's slice of (xs W[:1] + b).

// W = [[1, 2], [3, 4], [5, 6]]: W_x = [[1, 2]], W_h = [[3, 4], [5, 6]].
scope.param @w : tensor<3x2xf32> = dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>
scope.param @b : tensor<2xf32> = dense<[0.5, -0.5]> : tensor<2xf32>
// CHECK-LABEL: func.func @cell
// CHECK-SAME: (%[[XS:.*]]: tensor<4x1x1xf32>, %[[H0:.*]]: tensor<1x2xf32>)
// CHECK: %[[B:.*]] = scope.read @b
// CHECK: %[[F:.*]] = scope.reshape %[[XS]] : tensor<4x1x1xf32> -> tensor<4x1xf32>
// CHECK: %[[WX:.*]] = scope.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00]]> : tensor<1x2xf32>
// CHECK: %[[P:.*]] = scope.matmul %[[F]], %[[WX]] : tensor<4x1xf32>, tensor<1x2xf32> -> tensor<4x2xf32>
// CHECK: %[[PB:.*]] = scope.bias_add %[[P]], %[[B]]
// CHECK: %[[PS:.*]] = scope.reshape %[[PB]] : tensor<4x2xf32> -> tensor<4x1x2xf32>
// CHECK: %[[WH:.*]] = scope.constant dense<{{\[\[}}3.000000e+00, 4.000000e+00], [5.000000e+00, 6.000000e+00]]> : tensor<2x2xf32>
// CHECK: scope.loop steps 4 carry(%[[H0]] : tensor<1x2xf32>) over(%[[XS]], %[[PS]] : tensor<4x1x1xf32>, tensor<4x1x2xf32>)
// CHECK-NEXT: ^bb0(%{{.*}}: tensor<i32>, %{{.*}}: tensor<1x1xf32>, %[[PT:.*]]: tensor<1x2xf32>, %[[H:.*]]: tensor<1x2xf32>):
// CHECK-NEXT: %[[M:.*]] = scope.matmul %[[H]], %[[WH]] : tensor<1x2xf32>, tensor<2x2xf32> -> tensor<1x2xf32>
// CHECK-NEXT: %[[S:.*]] = scope.add %[[M]], %[[PT]]
// CHECK-NEXT: %[[N:.*]] = scope.tanh %[[S]]
// CHECK-NEXT: scope.loop_yield %[[N]], %[[N]]
func.func @cell(%xs: tensor<4x1x1xf32>, %h0: tensor<1x2xf32>) -> tensor<4x1x2xf32> {
  %w = scope.read @w : tensor<3x2xf32>
  %b = scope.read @b : tensor<2xf32>
  %h, %ys = scope.loop steps 4 carry(%h0 : tensor<1x2xf32>) over(%xs : tensor<4x1x1xf32>) -> (tensor<1x2xf32>), (tensor<4x1x2xf32>) {
  ^bb0(%t: tensor<i32>, %x: tensor<1x1xf32>, %hp: tensor<1x2xf32>):
    %c = scope.concat %x, %hp {axis = 1 : i64} : tensor<1x1xf32>, tensor<1x2xf32> -> tensor<1x3xf32>
    %m = scope.matmul %c, %w : tensor<1x3xf32>, tensor<3x2xf32> -> tensor<1x2xf32>
    %a = scope.bias_add %m, %b : tensor<1x2xf32>, tensor<2xf32>
    %n = scope.tanh %a : tensor<1x2xf32>
    scope.loop_yield %n, %n : tensor<1x2xf32>, tensor<1x2xf32>
  }
  return %ys : tensor<4x1x2xf32>
}

// -----

// Weights known only at run time, a state first in the concat: unchanged.
scope.param @w : tensor<3x2xf32>
// CHECK-LABEL: func.func @not_hoisted
// CHECK-NOT: scope.constant
// CHECK: scope.loop steps 4 carry(%{{.*}} : tensor<1x2xf32>) over(%{{.*}} : tensor<4x1x1xf32>)
// CHECK: scope.concat
// CHECK: scope.matmul %{{.*}}, %{{.*}} : tensor<1x3xf32>, tensor<3x2xf32>
// CHECK: scope.concat
// CHECK: scope.matmul %{{.*}}, %{{.*}} : tensor<1x3xf32>, tensor<3x2xf32>
func.func @not_hoisted(%xs: tensor<4x1x1xf32>, %h0: tensor<1x2xf32>, %v: tensor<3x2xf32>) -> tensor<1x2xf32> {
  %w = scope.read @w : tensor<3x2xf32>
  %h = scope.loop steps 4 carry(%h0 : tensor<1x2xf32>) over(%xs : tensor<4x1x1xf32>) -> (tensor<1x2xf32>), () {
  ^bb0(%t: tensor<i32>, %x: tensor<1x1xf32>, %hp: tensor<1x2xf32>):
    %c = scope.concat %x, %hp {axis = 1 : i64} : tensor<1x1xf32>, tensor<1x2xf32> -> tensor<1x3xf32>
    %m = scope.matmul %c, %v : tensor<1x3xf32>, tensor<3x2xf32> -> tensor<1x2xf32>
    %d = scope.concat %hp, %x {axis = 1 : i64} : tensor<1x2xf32>, tensor<1x1xf32> -> tensor<1x3xf32>
    %k = scope.matmul %d, %w : tensor<1x3xf32>, tensor<3x2xf32> -> tensor<1x2xf32>
    %s = scope.add %m, %k : tensor<1x2xf32>, tensor<1x2xf32> -> tensor<1x2xf32>
    scope.loop_yield %s : tensor<1x2xf32>
  }
  return %h : tensor<1x2xf32>
}

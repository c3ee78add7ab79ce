// RUN: scopec-opt %s -split-input-file --scope-split-loop-layers | FileCheck %s
// A stacked RNN's loop as one loop per layer: the carried values whose
// recurrence is closed (layer 1) run first over all steps, stacking what
// the rest reads; the rest runs over those stacked values.

// Two layers: h1' = tanh(x + h1), h2' = tanh(h1' + h2); the output is h2'.
// The step counter's use (a mask) is cloned into both loops.
// CHECK-LABEL: func.func @two_layers
// CHECK-SAME: (%[[XS:.*]]: tensor<4x1x2xf32>, %[[A:.*]]: tensor<1x2xf32>, %[[B:.*]]: tensor<1x2xf32>, %[[L:.*]]: tensor<1xi32>)
// CHECK: %[[H1:.*]], %[[S1:.*]] = scope.loop steps 4 carry(%[[A]] : tensor<1x2xf32>) over(%[[XS]] : tensor<4x1x2xf32>) -> (tensor<1x2xf32>), (tensor<4x1x2xf32>)
// CHECK-NEXT: ^bb0(%[[T:.*]]: tensor<i32>, %[[X:.*]]: tensor<1x2xf32>, %[[P1:.*]]: tensor<1x2xf32>):
// CHECK-NEXT: %[[V:.*]] = scope.less %[[T]], %[[L]]
// CHECK-NEXT: %[[S:.*]] = scope.add %[[X]], %[[P1]]
// CHECK-NEXT: %[[N1:.*]] = scope.tanh %[[S]]
// CHECK-NEXT: %[[K1:.*]] = scope.select %[[V]], %[[N1]], %[[P1]]
// CHECK-NEXT: scope.loop_yield %[[K1]], %[[N1]]
// CHECK: %[[H2:.*]], %[[YS:.*]] = scope.loop steps 4 carry(%[[B]] : tensor<1x2xf32>) over(%[[XS]], %[[S1]] : tensor<4x1x2xf32>, tensor<4x1x2xf32>) -> (tensor<1x2xf32>), (tensor<4x1x2xf32>)
// CHECK-NEXT: ^bb0(%[[T2:.*]]: tensor<i32>, %{{.*}}: tensor<1x2xf32>, %[[N1S:.*]]: tensor<1x2xf32>, %[[P2:.*]]: tensor<1x2xf32>):
// CHECK-NEXT: %[[V2:.*]] = scope.less %[[T2]], %[[L]]
// CHECK-NEXT: %[[S2:.*]] = scope.add %[[N1S]], %[[P2]]
// CHECK-NEXT: %[[N2:.*]] = scope.tanh %[[S2]]
// CHECK-NEXT: %[[K2:.*]] = scope.select %[[V2]], %[[N2]], %[[P2]]
// CHECK-NEXT: scope.loop_yield %[[K2]], %[[N2]]
// CHECK: return %[[YS]], %[[H1]], %[[H2]]
func.func @two_layers(%xs: tensor<4x1x2xf32>, %a: tensor<1x2xf32>, %b: tensor<1x2xf32>, %len: tensor<1xi32>) -> (tensor<4x1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>) {
  %f:2, %ys = scope.loop steps 4 carry(%a, %b : tensor<1x2xf32>, tensor<1x2xf32>) over(%xs : tensor<4x1x2xf32>) -> (tensor<1x2xf32>, tensor<1x2xf32>), (tensor<4x1x2xf32>) {
  ^bb0(%t: tensor<i32>, %x: tensor<1x2xf32>, %h1: tensor<1x2xf32>, %h2: tensor<1x2xf32>):
    %valid = scope.less %t, %len : tensor<i32>, tensor<1xi32> -> tensor<1xi1>
    %s1 = scope.add %x, %h1 : tensor<1x2xf32>, tensor<1x2xf32> -> tensor<1x2xf32>
    %n1 = scope.tanh %s1 : tensor<1x2xf32>
    %k1 = scope.select %valid, %n1, %h1 : tensor<1xi1>, tensor<1x2xf32>, tensor<1x2xf32> -> tensor<1x2xf32>
    %s2 = scope.add %n1, %h2 : tensor<1x2xf32>, tensor<1x2xf32> -> tensor<1x2xf32>
    %n2 = scope.tanh %s2 : tensor<1x2xf32>
    %k2 = scope.select %valid, %n2, %h2 : tensor<1xi1>, tensor<1x2xf32>, tensor<1x2xf32> -> tensor<1x2xf32>
    scope.loop_yield %k1, %k2, %n2 : tensor<1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>
  }
  return %ys, %f#0, %f#1 : tensor<4x1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>
}

// -----

// Three layers become three loops, each over the previous one's outputs.
// CHECK-LABEL: func.func @three_layers
// CHECK: scope.loop steps 3 carry(%{{.*}} : tensor<1x2xf32>) over(%{{.*}} : tensor<3x1x2xf32>)
// CHECK: scope.loop steps 3 carry(%{{.*}} : tensor<1x2xf32>) over(%{{.*}}, %{{.*}} : tensor<3x1x2xf32>, tensor<3x1x2xf32>)
// CHECK: scope.loop steps 3 carry(%{{.*}} : tensor<1x2xf32>) over(%{{.*}}, %{{.*}}, %{{.*}} : tensor<3x1x2xf32>, tensor<3x1x2xf32>, tensor<3x1x2xf32>)
// CHECK-NOT: scope.loop steps
func.func @three_layers(%xs: tensor<3x1x2xf32>, %h: tensor<1x2xf32>) -> tensor<3x1x2xf32> {
  %f:3, %ys = scope.loop steps 3 carry(%h, %h, %h : tensor<1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>) over(%xs : tensor<3x1x2xf32>) -> (tensor<1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>), (tensor<3x1x2xf32>) {
  ^bb0(%t: tensor<i32>, %x: tensor<1x2xf32>, %h1: tensor<1x2xf32>, %h2: tensor<1x2xf32>, %h3: tensor<1x2xf32>):
    %s1 = scope.add %x, %h1 : tensor<1x2xf32>, tensor<1x2xf32> -> tensor<1x2xf32>
    %s2 = scope.add %s1, %h2 : tensor<1x2xf32>, tensor<1x2xf32> -> tensor<1x2xf32>
    %s3 = scope.add %s2, %h3 : tensor<1x2xf32>, tensor<1x2xf32> -> tensor<1x2xf32>
    scope.loop_yield %s1, %s2, %s3, %s3 : tensor<1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>
  }
  return %ys : tensor<3x1x2xf32>
}

// -----

// Not split: one state (nothing to split), and two states that read each
// other (an LSTM's c and h).
// CHECK-LABEL: func.func @coupled
// CHECK-COUNT-1: scope.loop steps
// CHECK-NOT: scope.loop steps
func.func @coupled(%xs: tensor<3x1x2xf32>, %h: tensor<1x2xf32>) -> tensor<3x1x2xf32> {
  %f:2, %ys = scope.loop steps 3 carry(%h, %h : tensor<1x2xf32>, tensor<1x2xf32>) over(%xs : tensor<3x1x2xf32>) -> (tensor<1x2xf32>, tensor<1x2xf32>), (tensor<3x1x2xf32>) {
  ^bb0(%t: tensor<i32>, %x: tensor<1x2xf32>, %c: tensor<1x2xf32>, %hh: tensor<1x2xf32>):
    %s = scope.add %x, %hh : tensor<1x2xf32>, tensor<1x2xf32> -> tensor<1x2xf32>
    %nc = scope.add %s, %c : tensor<1x2xf32>, tensor<1x2xf32> -> tensor<1x2xf32>
    %nh = scope.tanh %nc : tensor<1x2xf32>
    scope.loop_yield %nc, %nh, %nh : tensor<1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>
  }
  return %ys : tensor<3x1x2xf32>
}

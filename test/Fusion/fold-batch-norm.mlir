// RUN: scopec-opt %s -split-input-file --scope-fold-batch-norm | FileCheck %s
// Inference batch norm folded into weights: the per-channel scale computed
// from parameters becomes part of the filter, the shift a constant.

// conv2d * rsqrt(var + eps) * gamma + (beta - mean * scale): the filter
// [1,1,1,2] = [2, 3] scaled by rsqrt([3, 0] + 1) * [1, 4] = [0.5, 4].
scope.param @w : tensor<1x1x1x2xf32> = dense<[[[[2.0, 3.0]]]]> : tensor<1x1x1x2xf32>
scope.param @var : tensor<2xf32> = dense<[3.0, 0.0]> : tensor<2xf32>
scope.param @gamma : tensor<2xf32> = dense<[1.0, 4.0]> : tensor<2xf32>
scope.param @mean : tensor<2xf32> = dense<[1.0, 1.0]> : tensor<2xf32>
scope.param @beta : tensor<2xf32> = dense<[0.5, 0.0]> : tensor<2xf32>
// CHECK-LABEL: func.func @conv_bn
// CHECK-DAG: %[[W:.*]] = scope.constant dense<{{\[\[\[\[}}1.000000e+00, 1.200000e+01]]]]> : tensor<1x1x1x2xf32>
// CHECK-DAG: %[[SHIFT:.*]] = scope.constant dense<[0.000000e+00, -4.000000e+00]> : tensor<2xf32>
// CHECK: %[[C:.*]] = scope.conv2d %{{.*}}, %[[W]]
// CHECK-NOT: scope.mul
// CHECK: scope.add %[[C]], %[[SHIFT]]
func.func @conv_bn(%x: tensor<1x2x2x1xf32>) -> tensor<1x2x2x2xf32> {
  %w = scope.read @w : tensor<1x1x1x2xf32>
  %c = scope.conv2d %x, %w {dilations = array<i64: 1, 1>, padding = #scope.padding<SAME>, strides = array<i64: 1, 1>} : tensor<1x2x2x1xf32>, tensor<1x1x1x2xf32> -> tensor<1x2x2x2xf32>
  %var = scope.read @var : tensor<2xf32>
  %gamma = scope.read @gamma : tensor<2xf32>
  %mean = scope.read @mean : tensor<2xf32>
  %beta = scope.read @beta : tensor<2xf32>
  %eps = scope.constant dense<1.0> : tensor<f32>
  %v = scope.add %var, %eps : tensor<2xf32>, tensor<f32> -> tensor<2xf32>
  %r = scope.rsqrt %v : tensor<2xf32>
  %s = scope.mul %r, %gamma : tensor<2xf32>, tensor<2xf32> -> tensor<2xf32>
  %y = scope.mul %c, %s : tensor<1x2x2x2xf32>, tensor<2xf32> -> tensor<1x2x2x2xf32>
  %ms = scope.mul %mean, %s : tensor<2xf32>, tensor<2xf32> -> tensor<2xf32>
  %t = scope.sub %beta, %ms : tensor<2xf32>, tensor<2xf32> -> tensor<2xf32>
  %z = scope.add %y, %t : tensor<1x2x2x2xf32>, tensor<2xf32> -> tensor<1x2x2x2xf32>
  return %z : tensor<1x2x2x2xf32>
}

// -----

// (matmul + bias) * scale: the weights' columns and the bias are scaled.
scope.param @w : tensor<2x2xf32> = dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>
scope.param @b : tensor<2xf32> = dense<[1.0, -1.0]> : tensor<2xf32>
// CHECK-LABEL: func.func @matmul_bias_scale
// CHECK-DAG: %[[B:.*]] = scope.constant dense<[2.000000e+00, -5.000000e-01]> : tensor<2xf32>
// CHECK-DAG: %[[W:.*]] = scope.constant dense<{{\[\[}}2.000000e+00, 1.000000e+00], [6.000000e+00, 2.000000e+00]]> : tensor<2x2xf32>
// CHECK: %[[M:.*]] = scope.matmul %{{.*}}, %[[W]]
// CHECK: %[[R:.*]] = scope.bias_add %[[M]], %[[B]]
// CHECK-NOT: scope.mul
// CHECK: return %[[R]]
func.func @matmul_bias_scale(%x: tensor<3x2xf32>) -> tensor<3x2xf32> {
  %w = scope.read @w : tensor<2x2xf32>
  %b = scope.read @b : tensor<2xf32>
  %m = scope.matmul %x, %w : tensor<3x2xf32>, tensor<2x2xf32> -> tensor<3x2xf32>
  %a = scope.bias_add %m, %b : tensor<3x2xf32>, tensor<2xf32>
  %s = scope.constant dense<[2.0, 0.5]> : tensor<2xf32>
  %y = scope.mul %s, %a : tensor<2xf32>, tensor<3x2xf32> -> tensor<3x2xf32>
  return %y : tensor<3x2xf32>
}

// -----

// Not folded: a scale computed from an input, a convolution used twice, a
// scale that varies along another axis.
scope.param @w : tensor<1x1x1x2xf32> = dense<[[[[2.0, 3.0]]]]> : tensor<1x1x1x2xf32>
// CHECK-LABEL: func.func @not_folded
// CHECK-COUNT-3: scope.mul
func.func @not_folded(%x: tensor<1x2x2x1xf32>, %s: tensor<2xf32>) -> (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) {
  %w = scope.read @w : tensor<1x1x1x2xf32>
  %c = scope.conv2d %x, %w {dilations = array<i64: 1, 1>, padding = #scope.padding<SAME>, strides = array<i64: 1, 1>} : tensor<1x2x2x1xf32>, tensor<1x1x1x2xf32> -> tensor<1x2x2x2xf32>
  %y = scope.mul %c, %s : tensor<1x2x2x2xf32>, tensor<2xf32> -> tensor<1x2x2x2xf32>
  %c2 = scope.conv2d %x, %w {dilations = array<i64: 1, 1>, padding = #scope.padding<SAME>, strides = array<i64: 1, 1>} : tensor<1x2x2x1xf32>, tensor<1x1x1x2xf32> -> tensor<1x2x2x2xf32>
  %k = scope.constant dense<2.0> : tensor<2xf32>
  %y2 = scope.mul %c2, %k : tensor<1x2x2x2xf32>, tensor<2xf32> -> tensor<1x2x2x2xf32>
  %c3 = scope.conv2d %x, %w {dilations = array<i64: 1, 1>, padding = #scope.padding<SAME>, strides = array<i64: 1, 1>} : tensor<1x2x2x1xf32>, tensor<1x1x1x2xf32> -> tensor<1x2x2x2xf32>
  %rows = scope.constant dense<[[[[1.0]], [[2.0]]]]> : tensor<1x2x1x1xf32>
  %y3 = scope.mul %c3, %rows : tensor<1x2x2x2xf32>, tensor<1x2x1x1xf32> -> tensor<1x2x2x2xf32>
  %sum = scope.add %y2, %c2 : tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32> -> tensor<1x2x2x2xf32>
  return %y, %sum, %y3 : tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>
}

// -----

// A scalar product (a weight-decay term) is left alone.
// CHECK-LABEL: func.func @scalar
// CHECK: scope.mul %{{.*}}, %{{.*}} : tensor<f32>, tensor<f32> -> tensor<f32>
func.func @scalar(%x: tensor<3xf32>) -> tensor<f32> {
  %s = scope.reduce_sum %x {axes = array<i64: 0>, keep_dims = false} : tensor<3xf32> -> tensor<f32>
  %k = scope.constant dense<0.5> : tensor<f32>
  %y = scope.mul %s, %k : tensor<f32>, tensor<f32> -> tensor<f32>
  return %y : tensor<f32>
}

// -----

// A reshape that changes nothing between the bias and the scale (DCGAN's
// deconv2d) is looked through.
scope.param @w : tensor<1x1x1x2xf32> = dense<[[[[2.0, 3.0]]]]> : tensor<1x1x1x2xf32>
// CHECK-LABEL: func.func @through_reshape
// CHECK: %[[C:.*]] = scope.conv2d
// CHECK-NEXT: %[[R:.*]] = scope.bias_add %[[C]], %{{.*}}
// CHECK-NEXT: return %[[R]]
func.func @through_reshape(%x: tensor<1x2x2x1xf32>) -> tensor<1x2x2x2xf32> {
  %w = scope.read @w : tensor<1x1x1x2xf32>
  %c = scope.conv2d %x, %w {dilations = array<i64: 1, 1>, padding = #scope.padding<SAME>, strides = array<i64: 1, 1>} : tensor<1x2x2x1xf32>, tensor<1x1x1x2xf32> -> tensor<1x2x2x2xf32>
  %b = scope.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %a = scope.bias_add %c, %b : tensor<1x2x2x2xf32>, tensor<2xf32>
  %r = scope.reshape %a : tensor<1x2x2x2xf32> -> tensor<1x2x2x2xf32>
  %s = scope.constant dense<[2.0, 0.5]> : tensor<2xf32>
  %y = scope.mul %r, %s : tensor<1x2x2x2xf32>, tensor<2xf32> -> tensor<1x2x2x2xf32>
  return %y : tensor<1x2x2x2xf32>
}

// -----

// A dense layer reshaped to an image, then scaled per channel (DCGAN's
// generator input): column j of the matmul is channel j % 2, so its weights
// and bias are scaled by s[j % 2]; the reshape stays.
scope.param @w : tensor<1x4xf32> = dense<[[1.0, 2.0, 3.0, 4.0]]> : tensor<1x4xf32>
scope.param @b : tensor<4xf32> = dense<[1.0, 1.0, 1.0, 1.0]> : tensor<4xf32>
// CHECK-LABEL: func.func @dense_reshape_scale
// CHECK-DAG: %[[B:.*]] = scope.constant dense<[2.000000e+00, 1.000000e+01, 2.000000e+00, 1.000000e+01]> : tensor<4xf32>
// CHECK-DAG: %[[W:.*]] = scope.constant dense<{{\[\[}}2.000000e+00, 2.000000e+01, 6.000000e+00, 4.000000e+01]]> : tensor<1x4xf32>
// CHECK: %[[M:.*]] = scope.matmul %{{.*}}, %[[W]]
// CHECK: %[[A:.*]] = scope.bias_add %[[M]], %[[B]]
// CHECK: %[[R:.*]] = scope.reshape %[[A]] : tensor<3x4xf32> -> tensor<3x2x2xf32>
// CHECK-NOT: scope.mul
// CHECK: return %[[R]]
func.func @dense_reshape_scale(%x: tensor<3x1xf32>) -> tensor<3x2x2xf32> {
  %w = scope.read @w : tensor<1x4xf32>
  %b = scope.read @b : tensor<4xf32>
  %m = scope.matmul %x, %w : tensor<3x1xf32>, tensor<1x4xf32> -> tensor<3x4xf32>
  %a = scope.bias_add %m, %b : tensor<3x4xf32>, tensor<4xf32>
  %r = scope.reshape %a : tensor<3x4xf32> -> tensor<3x2x2xf32>
  %s = scope.constant dense<[2.0, 10.0]> : tensor<2xf32>
  %y = scope.mul %r, %s : tensor<3x2x2xf32>, tensor<2xf32> -> tensor<3x2x2xf32>
  return %y : tensor<3x2x2xf32>
}

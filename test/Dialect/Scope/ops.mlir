// RUN: scopec-opt %s | scopec-opt | FileCheck %s
// Round trip of every scope op: the printed form parses back unchanged.

// CHECK: scope.param @"conv1/weights" : tensor<5x5x3x8xf32> {initializer = #scope.init<"random_normal", {mean = 0.000000e+00 : f64, stddev = 1.000000e+00 : f64}>}
scope.param @"conv1/weights" : tensor<5x5x3x8xf32> {initializer = #scope.init<"random_normal", {mean = 0.0 : f64, stddev = 1.0 : f64}>}
// CHECK: scope.param @b : tensor<8xf32> {trainable = false} = dense<5.000000e-01> : tensor<8xf32>
scope.param @b : tensor<8xf32> {trainable = false} = dense<0.5> : tensor<8xf32>
// CHECK: scope.param @"fc/w" : tensor<32x10xf32> {initializer = #scope.init<"variance_scaling", {distribution = "uniform", mode = "fan_avg", scale = 2.000000e+00 : f64}>}
scope.param @"fc/w" : tensor<32x10xf32> {initializer = #scope.init<"variance_scaling", {distribution = "uniform", mode = "fan_avg", scale = 2.0 : f64}>}

// CHECK-LABEL: func.func @variables
func.func @variables() {
  // CHECK: scope.get_variable "foo/v" reuse <none> {initializer = #scope.init<"constant", {value = 4.000000e-01 : f64}>, shape = array<i64: 1>} : tensor<1xf32>
  %0 = scope.get_variable "foo/v" reuse <none> {initializer = #scope.init<"constant", {value = 0.4 : f64}>, shape = array<i64: 1>} : tensor<1xf32>
  // CHECK: scope.get_variable "foo/v" reuse <reuse> : tensor<1xf32>
  %1 = scope.get_variable "foo/v" reuse <reuse> : tensor<1xf32>
  // CHECK: scope.get_variable "bar/n" reuse <auto> {dtype = i32, initializer = #scope.init<"zeros">, trainable = false} : tensor<2xi32>
  %2 = scope.get_variable "bar/n" reuse <auto> {dtype = i32, initializer = #scope.init<"zeros">, trainable = false} : tensor<2xi32>
  // CHECK: scope.get_variable "c" reuse <none> {initializer = #scope.init<"value", {value = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>}>} : tensor<2xf32>
  %3 = scope.get_variable "c" reuse <none> {initializer = #scope.init<"value", {value = dense<[1.0, 2.0]> : tensor<2xf32>}>} : tensor<2xf32>
  // CHECK: scope.variable "W_1" {initializer = #scope.init<"truncated_normal", {mean = 0.000000e+00 : f64, seed = 7 : i64, stddev = 1.000000e-01 : f64}>} : tensor<32x10xf32>
  %4 = scope.variable "W_1" {initializer = #scope.init<"truncated_normal", {mean = 0.0 : f64, stddev = 0.1 : f64, seed = 7}>} : tensor<32x10xf32>
  // CHECK: scope.variable "u" {initializer = #scope.init<"random_uniform", {maxval = 1.000000e+00 : f64, minval = -1.000000e+00 : f64}>} : tensor<4xf32>
  %5 = scope.variable "u" {initializer = #scope.init<"random_uniform", {minval = -1.0 : f64, maxval = 1.0 : f64}>} : tensor<4xf32>
  // CHECK: scope.variable "g" {initializer = #scope.init<"glorot_uniform">} : tensor<3x3xf32>
  %6 = scope.variable "g" {initializer = #scope.init<"glorot_uniform">} : tensor<3x3xf32>
  // CHECK: scope.variable "h" {initializer = #scope.init<"glorot_normal">} : tensor<3x3xf32>
  %7 = scope.variable "h" {initializer = #scope.init<"glorot_normal">} : tensor<3x3xf32>
  // CHECK: scope.variable "o" {initializer = #scope.init<"ones">} : tensor<3xf32>
  %8 = scope.variable "o" {initializer = #scope.init<"ones">} : tensor<3xf32>
  return
}

// CHECK-LABEL: func.func @model
func.func @model() {
  // CHECK: %[[X:.*]] = scope.placeholder "image" : tensor<1x9x9x3xf32>
  %x = scope.placeholder "image" : tensor<1x9x9x3xf32>
  // CHECK: %[[W:.*]] = scope.read @"conv1/weights" : tensor<5x5x3x8xf32>
  %w = scope.read @"conv1/weights" : tensor<5x5x3x8xf32>
  // CHECK: %[[B:.*]] = scope.read @b : tensor<8xf32>
  %b = scope.read @b : tensor<8xf32>
  // CHECK: %[[C:.*]] = scope.conv2d %[[X]], %[[W]] {dilations = array<i64: 1, 1>, padding = #scope.padding<SAME>, strides = array<i64: 2, 2>} : tensor<1x9x9x3xf32>, tensor<5x5x3x8xf32> -> tensor<1x5x5x8xf32>
  %c = scope.conv2d %x, %w {padding = #scope.padding<SAME>, strides = array<i64: 2, 2>, dilations = array<i64: 1, 1>} : tensor<1x9x9x3xf32>, tensor<5x5x3x8xf32> -> tensor<1x5x5x8xf32>
  // CHECK: %[[BA:.*]] = scope.bias_add %[[C]], %[[B]] : tensor<1x5x5x8xf32>, tensor<8xf32>
  %ba = scope.bias_add %c, %b : tensor<1x5x5x8xf32>, tensor<8xf32>
  // CHECK: scope.conv2d_transpose %[[C]], %[[W]] {dilations = array<i64: 1, 1>, padding = #scope.padding<SAME>, strides = array<i64: 2, 2>} : tensor<1x5x5x8xf32>, tensor<5x5x3x8xf32> -> tensor<1x9x9x3xf32>
  %ct = scope.conv2d_transpose %c, %w {padding = #scope.padding<SAME>, strides = array<i64: 2, 2>, dilations = array<i64: 1, 1>} : tensor<1x5x5x8xf32>, tensor<5x5x3x8xf32> -> tensor<1x9x9x3xf32>
  // CHECK: scope.depthwise_conv2d %[[C]], %{{.*}} {dilations = array<i64: 2, 1>, padding = #scope.padding<VALID>, strides = array<i64: 1, 1>} : tensor<1x5x5x8xf32>, tensor<2x2x8x3xf32> -> tensor<1x3x4x24xf32>
  %dw = scope.constant dense<0.5> : tensor<2x2x8x3xf32>
  %dc = scope.depthwise_conv2d %c, %dw {padding = #scope.padding<VALID>, strides = array<i64: 1, 1>, dilations = array<i64: 2, 1>} : tensor<1x5x5x8xf32>, tensor<2x2x8x3xf32> -> tensor<1x3x4x24xf32>
  // CHECK: scope.add %[[C]], %[[B]] : tensor<1x5x5x8xf32>, tensor<8xf32> -> tensor<1x5x5x8xf32>
  %add = scope.add %c, %b : tensor<1x5x5x8xf32>, tensor<8xf32> -> tensor<1x5x5x8xf32>
  // CHECK: scope.sub
  %sub = scope.sub %add, %ba : tensor<1x5x5x8xf32>, tensor<1x5x5x8xf32> -> tensor<1x5x5x8xf32>
  // CHECK: scope.mul
  %mul = scope.mul %sub, %b : tensor<1x5x5x8xf32>, tensor<8xf32> -> tensor<1x5x5x8xf32>
  // CHECK: scope.div
  %div = scope.div %b, %mul : tensor<8xf32>, tensor<1x5x5x8xf32> -> tensor<1x5x5x8xf32>
  // CHECK: scope.relu %{{.*}} : tensor<1x5x5x8xf32>
  %relu = scope.relu %div : tensor<1x5x5x8xf32>
  // CHECK: scope.relu6
  %relu6 = scope.relu6 %relu : tensor<1x5x5x8xf32>
  // CHECK: scope.sigmoid
  %sig = scope.sigmoid %relu6 : tensor<1x5x5x8xf32>
  // CHECK: scope.tanh
  %tanh = scope.tanh %sig : tensor<1x5x5x8xf32>
  // CHECK: scope.identity
  %id = scope.identity %tanh : tensor<1x5x5x8xf32>
  // CHECK: scope.max_pool %{{.*}} {ksize = array<i64: 3, 3>, padding = #scope.padding<SAME>, strides = array<i64: 2, 2>} : tensor<1x5x5x8xf32> -> tensor<1x3x3x8xf32>
  %mp = scope.max_pool %id {ksize = array<i64: 3, 3>, strides = array<i64: 2, 2>, padding = #scope.padding<SAME>} : tensor<1x5x5x8xf32> -> tensor<1x3x3x8xf32>
  // CHECK: scope.avg_pool %{{.*}} {ksize = array<i64: 2, 2>, padding = #scope.padding<VALID>, strides = array<i64: 1, 1>} : tensor<1x3x3x8xf32> -> tensor<1x2x2x8xf32>
  %ap = scope.avg_pool %mp {ksize = array<i64: 2, 2>, strides = array<i64: 1, 1>, padding = #scope.padding<VALID>} : tensor<1x3x3x8xf32> -> tensor<1x2x2x8xf32>
  // CHECK: scope.lrn %{{.*}} {alpha = 1.000000e-03 : f64, beta = 7.500000e-01 : f64, depth_radius = 4 : i64} : tensor<1x2x2x8xf32>
  %lrn = scope.lrn %ap {depth_radius = 4 : i64, bias = 1.0 : f64, alpha = 0.001 : f64, beta = 0.75 : f64} : tensor<1x2x2x8xf32>
  // CHECK: scope.reshape %{{.*}} : tensor<1x2x2x8xf32> -> tensor<1x32xf32>
  %flat = scope.reshape %lrn : tensor<1x2x2x8xf32> -> tensor<1x32xf32>
  // CHECK: %[[FW:.*]] = scope.read @"fc/w"
  %fw = scope.read @"fc/w" : tensor<32x10xf32>
  // CHECK: scope.matmul %{{.*}}, %[[FW]] : tensor<1x32xf32>, tensor<32x10xf32> -> tensor<1x10xf32>
  %mm = scope.matmul %flat, %fw : tensor<1x32xf32>, tensor<32x10xf32> -> tensor<1x10xf32>
  // CHECK: scope.matmul %{{.*}}, %[[FW]] {transpose_b = true} : tensor<1x10xf32>, tensor<32x10xf32> -> tensor<1x32xf32>
  %mt = scope.matmul %mm, %fw {transpose_b = true} : tensor<1x10xf32>, tensor<32x10xf32> -> tensor<1x32xf32>
  // CHECK: scope.softmax %{{.*}} : tensor<1x10xf32>
  %sm = scope.softmax %mm : tensor<1x10xf32>
  // CHECK: scope.softmax %{{.*}} {axis = 0 : i64} : tensor<1x10xf32>
  %sm0 = scope.softmax %mm {axis = 0 : i64} : tensor<1x10xf32>
  // CHECK: scope.transpose %{{.*}} {perm = array<i64: 1, 0>} : tensor<1x10xf32> -> tensor<10x1xf32>
  %tr = scope.transpose %sm {perm = array<i64: 1, 0>} : tensor<1x10xf32> -> tensor<10x1xf32>
  // CHECK: scope.concat %{{.*}}, %{{.*}} {axis = 1 : i64} : tensor<1x10xf32>, tensor<1x10xf32> -> tensor<1x20xf32>
  %cat = scope.concat %sm, %sm0 {axis = 1 : i64} : tensor<1x10xf32>, tensor<1x10xf32> -> tensor<1x20xf32>
  // CHECK: scope.split %{{.*}} {axis = -1 : i64} : tensor<1x20xf32> -> tensor<1x5xf32>, tensor<1x15xf32>
  %s:2 = scope.split %cat {axis = -1 : i64} : tensor<1x20xf32> -> tensor<1x5xf32>, tensor<1x15xf32>
  // CHECK: scope.reduce_sum %{{.*}} {axes = array<i64: 1>, keep_dims = true} : tensor<1x15xf32> -> tensor<1x1xf32>
  %rs = scope.reduce_sum %s#1 {axes = array<i64: 1>, keep_dims = true} : tensor<1x15xf32> -> tensor<1x1xf32>
  // CHECK: scope.reduce_mean %{{.*}} {axes = array<i64>} : tensor<1x5xf32> -> tensor<f32>
  %rm = scope.reduce_mean %s#0 {axes = array<i64>} : tensor<1x5xf32> -> tensor<f32>
  // CHECK: scope.constant dense<1.000000e+00> : tensor<f32>
  %one = scope.constant dense<1.0> : tensor<f32>
  // CHECK: scope.fused_conv2d %[[X]], %[[W]], %[[B]] {activation = #scope.activation<relu>, dilations = array<i64: 1, 1>, padding = #scope.padding<VALID>, strides = array<i64: 1, 1>} : tensor<1x9x9x3xf32>, tensor<5x5x3x8xf32>, tensor<8xf32> -> tensor<1x5x5x8xf32>
  %fc = scope.fused_conv2d %x, %w, %b {activation = #scope.activation<relu>, padding = #scope.padding<VALID>, strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>} : tensor<1x9x9x3xf32>, tensor<5x5x3x8xf32>, tensor<8xf32> -> tensor<1x5x5x8xf32>
  %fb = scope.constant dense<0.0> : tensor<10xf32>
  // CHECK: scope.fused_matmul %{{.*}}, %[[FW]], %{{.*}} {activation = #scope.activation<relu6>} : tensor<1x32xf32>, tensor<32x10xf32>, tensor<10xf32> -> tensor<1x10xf32>
  %fm = scope.fused_matmul %flat, %fw, %fb {activation = #scope.activation<relu6>} : tensor<1x32xf32>, tensor<32x10xf32>, tensor<10xf32> -> tensor<1x10xf32>
  // CHECK: scope.output "logits", %{{.*}} : tensor<1x10xf32>
  scope.output "logits", %fm : tensor<1x10xf32>
  scope.output "mean", %rm : tensor<f32>
  return
}

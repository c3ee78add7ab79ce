// RUN: scopec-opt %s -split-input-file -verify-diagnostics
// Every verifier error of the scope dialect.

func.func @get_variable_empty_name() {
  // expected-error @+1 {{'scope.get_variable' op requires a non-empty name}}
  %0 = scope.get_variable "" reuse <none> : tensor<1xf32>
  return
}

// -----

func.func @get_variable_trailing_slash() {
  // expected-error @+1 {{variable name 'foo/' must not end with '/'}}
  %0 = scope.get_variable "foo/" reuse <none> : tensor<1xf32>
  return
}

// -----

func.func @get_variable_shape_mismatch() {
  // expected-error @+1 {{requested shape [2] does not match the result type 'tensor<1xf32>'}}
  %0 = scope.get_variable "v" reuse <none> {shape = array<i64: 2>} : tensor<1xf32>
  return
}

// -----

func.func @get_variable_dtype_mismatch() {
  // expected-error @+1 {{requested dtype 'i32' does not match the result type 'tensor<1xf32>'}}
  %0 = scope.get_variable "v" reuse <none> {dtype = i32} : tensor<1xf32>
  return
}

// -----

func.func @get_variable_dynamic() {
  // expected-error @+1 {{must be statically shaped tensor}}
  %0 = scope.get_variable "v" reuse <none> : tensor<?xf32>
  return
}

// -----

func.func @variable_empty_name() {
  // expected-error @+1 {{'scope.variable' op requires a non-empty name}}
  %0 = scope.variable "" {initializer = #scope.init<"zeros">} : tensor<1xf32>
  return
}

// -----

// expected-error @+1 {{unknown initializer kind 'xavier'}}
func.func @unknown_initializer() attributes {i = #scope.init<"xavier">} {
  return
}

// -----

// expected-error @+1 {{initializer 'random_normal' has no parameter 'maxval'}}
func.func @bad_initializer_param() attributes {i = #scope.init<"random_normal", {maxval = 1.0 : f64}>} {
  return
}

// -----

// expected-error @+1 {{initializer 'constant' needs a 'value' parameter}}
func.func @constant_without_value() attributes {i = #scope.init<"constant">} {
  return
}

// -----

// expected-error @+1 {{invalid initializer mode "fan_sideways"}}
func.func @bad_mode() attributes {i = #scope.init<"variance_scaling", {mode = "fan_sideways"}>} {
  return
}

// -----

// expected-error @+1 {{initializer seed must be an integer}}
func.func @bad_seed() attributes {i = #scope.init<"random_uniform", {seed = 1.5 : f64}>} {
  return
}

// -----

// expected-error @+1 {{initializer parameter 'stddev' must be a number}}
func.func @bad_number() attributes {i = #scope.init<"random_normal", {stddev = "one"}>} {
  return
}

// -----

// expected-error @+1 {{initializer value must be a number or dense elements}}
func.func @bad_value() attributes {i = #scope.init<"constant", {value = "x"}>} {
  return
}

// -----

// expected-error @+1 {{'scope.param' op requires a statically shaped tensor type, got 'tensor<?xf32>'}}
scope.param @p : tensor<?xf32>

// -----

// expected-error @+1 {{value of type 'tensor<3xf32>' does not match the parameter type 'tensor<2xf32>'}}
scope.param @p : tensor<2xf32> = dense<1.0> : tensor<3xf32>

// -----

func.func @read_missing() {
  // expected-error @+1 {{'missing' does not name a scope.param}}
  %0 = scope.read @missing : tensor<2xf32>
  return
}

// -----

scope.param @p : tensor<2xf32>
func.func @read_wrong_type() {
  // expected-error @+1 {{result type 'tensor<3xf32>' does not match the parameter type 'tensor<2xf32>'}}
  %0 = scope.read @p : tensor<3xf32>
  return
}

// -----

func.func @placeholder_empty_name() {
  // expected-error @+1 {{'scope.placeholder' op requires a non-empty name}}
  %0 = scope.placeholder "" : tensor<2xf32>
  return
}

// -----

func.func @output_empty_name(%x: tensor<2xf32>) {
  // expected-error @+1 {{'scope.output' op requires a non-empty name}}
  scope.output "", %x : tensor<2xf32>
  return
}

// -----

func.func @output_twice(%x: tensor<2xf32>) {
  // expected-error @+1 {{output name 'y' is used twice}}
  scope.output "y", %x : tensor<2xf32>
  scope.output "y", %x : tensor<2xf32>
  return
}

// -----

func.func @binary_incompatible(%a: tensor<2x3xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{'scope.add' op Dimensions must be equal, but are 3 and 4}}
  %0 = scope.add %a, %b : tensor<2x3xf32>, tensor<4xf32> -> tensor<2x3xf32>
  return
}

// -----

func.func @binary_wrong_result(%a: tensor<2x3xf32>, %b: tensor<3xf32>) {
  // expected-error @+1 {{'scope.mul' op result shape [3] does not match the inferred shape [2,3]}}
  %0 = scope.mul %a, %b : tensor<2x3xf32>, tensor<3xf32> -> tensor<3xf32>
  return
}

// -----

func.func @binary_element_types(%a: tensor<3xf32>, %b: tensor<3xi32>) {
  // expected-error @+1 {{'scope.sub' op failed to verify that all of {lhs, rhs, result} have same element type}}
  %0 = scope.sub %a, %b : tensor<3xf32>, tensor<3xi32> -> tensor<3xf32>
  return
}

// -----

func.func @softmax_axis(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{axis 2 is out of range for a tensor of rank 2}}
  %0 = scope.softmax %a {axis = 2 : i64} : tensor<2x3xf32>
  return
}

// -----

func.func @softmax_scalar(%a: tensor<f32>) {
  // expected-error @+1 {{expects a tensor of rank at least 1}}
  %0 = scope.softmax %a : tensor<f32>
  return
}

// -----

func.func @bias_add_channels(%x: tensor<1x4x4x8xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{'scope.bias_add' op Dimensions must be equal, but are 8 and 4}}
  %0 = scope.bias_add %x, %b : tensor<1x4x4x8xf32>, tensor<4xf32>
  return
}

// -----

func.func @bias_add_rank(%x: tensor<8xf32>, %b: tensor<8xf32>) {
  // expected-error @+1 {{Shape must be at least rank 2 but is rank 1}}
  %0 = scope.bias_add %x, %b : tensor<8xf32>, tensor<8xf32>
  return
}

// -----

func.func @conv_channels(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x4x8xf32>) {
  // expected-error @+1 {{'scope.conv2d' op Dimensions must be equal, but are 3 and 4}}
  %0 = scope.conv2d %x, %w {padding = #scope.padding<SAME>, strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>} : tensor<1x8x8x3xf32>, tensor<3x3x4x8xf32> -> tensor<1x8x8x8xf32>
  return
}

// -----

func.func @depthwise_channels(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x4x2xf32>) {
  // expected-error @+1 {{'scope.depthwise_conv2d' op Dimensions must be equal, but are 3 and 4}}
  %0 = scope.depthwise_conv2d %x, %w {padding = #scope.padding<SAME>, strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>} : tensor<1x8x8x3xf32>, tensor<3x3x4x2xf32> -> tensor<1x8x8x8xf32>
  return
}

// -----

func.func @depthwise_result(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x2xf32>) {
  // expected-error @+1 {{'scope.depthwise_conv2d' op result shape [1,8,8,3] does not match the inferred shape [1,8,8,6]}}
  %0 = scope.depthwise_conv2d %x, %w {padding = #scope.padding<SAME>, strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>} : tensor<1x8x8x3xf32>, tensor<3x3x3x2xf32> -> tensor<1x8x8x3xf32>
  return
}

// -----

func.func @conv_transpose_size(%x: tensor<1x4x4x8xf32>, %w: tensor<3x3x3x8xf32>) {
  // expected-error @+1 {{'scope.conv2d_transpose' op Conv2DCustomBackpropInput: Size of out_backprop doesn't match computed: actual = 4, computed = 5 spatial_dim: 1 input: 9 filter: 3 output: 4 stride: 2 dilation: 1}}
  %0 = scope.conv2d_transpose %x, %w {padding = #scope.padding<SAME>, strides = array<i64: 2, 2>, dilations = array<i64: 1, 1>} : tensor<1x4x4x8xf32>, tensor<3x3x3x8xf32> -> tensor<1x9x8x3xf32>
  return
}

// -----

func.func @conv_transpose_depth(%x: tensor<1x4x4x8xf32>, %w: tensor<3x3x3x8xf32>) {
  // expected-error @+1 {{'scope.conv2d_transpose' op Conv2DCustomBackpropInput: input and filter must have the same depth: 4 vs 3}}
  %0 = scope.conv2d_transpose %x, %w {padding = #scope.padding<SAME>, strides = array<i64: 2, 2>, dilations = array<i64: 1, 1>} : tensor<1x4x4x8xf32>, tensor<3x3x3x8xf32> -> tensor<1x8x8x4xf32>
  return
}

// -----

func.func @conv_transpose_strides(%x: tensor<1x4x4x8xf32>, %w: tensor<3x3x3x8xf32>) {
  // expected-error @+1 {{'scope.conv2d_transpose' op strides must be positive}}
  %0 = scope.conv2d_transpose %x, %w {padding = #scope.padding<SAME>, strides = array<i64: 0, 2>, dilations = array<i64: 1, 1>} : tensor<1x4x4x8xf32>, tensor<3x3x3x8xf32> -> tensor<1x8x8x3xf32>
  return
}

// -----

func.func @conv_rank(%x: tensor<8x8x3xf32>, %w: tensor<3x3x3x8xf32>) {
  // expected-error @+1 {{Shape must be rank 4 but is rank 3 for the input of a 2-D convolution (NHWC)}}
  %0 = scope.conv2d %x, %w {padding = #scope.padding<SAME>, strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>} : tensor<8x8x3xf32>, tensor<3x3x3x8xf32> -> tensor<1x8x8x8xf32>
  return
}

// -----

func.func @conv_strides(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x8xf32>) {
  // expected-error @+1 {{expects 2 spatial strides, got 4}}
  %0 = scope.conv2d %x, %w {padding = #scope.padding<SAME>, strides = array<i64: 1, 1, 1, 1>, dilations = array<i64: 1, 1>} : tensor<1x8x8x3xf32>, tensor<3x3x3x8xf32> -> tensor<1x8x8x8xf32>
  return
}

// -----

func.func @conv_zero_dilation(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x8xf32>) {
  // expected-error @+1 {{dilations must be positive}}
  %0 = scope.conv2d %x, %w {padding = #scope.padding<SAME>, strides = array<i64: 1, 1>, dilations = array<i64: 0, 1>} : tensor<1x8x8x3xf32>, tensor<3x3x3x8xf32> -> tensor<1x8x8x8xf32>
  return
}

// -----

func.func @conv_valid_too_small(%x: tensor<1x2x2x3xf32>, %w: tensor<3x3x3x8xf32>) {
  // expected-error @+1 {{Negative dimension size caused by subtracting 3 from 2}}
  %0 = scope.conv2d %x, %w {padding = #scope.padding<VALID>, strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>} : tensor<1x2x2x3xf32>, tensor<3x3x3x8xf32> -> tensor<1x1x1x8xf32>
  return
}

// -----

func.func @conv_result(%x: tensor<1x9x9x3xf32>, %w: tensor<3x3x3x8xf32>) {
  // expected-error @+1 {{result shape [1,9,9,8] does not match the inferred shape [1,5,5,8]}}
  %0 = scope.conv2d %x, %w {padding = #scope.padding<SAME>, strides = array<i64: 2, 2>, dilations = array<i64: 1, 1>} : tensor<1x9x9x3xf32>, tensor<3x3x3x8xf32> -> tensor<1x9x9x8xf32>
  return
}

// -----

func.func @matmul_inner(%a: tensor<4x32xf32>, %b: tensor<10x10xf32>) {
  // expected-error @+1 {{'scope.matmul' op Dimensions must be equal, but are 32 and 10}}
  %0 = scope.matmul %a, %b : tensor<4x32xf32>, tensor<10x10xf32> -> tensor<4x10xf32>
  return
}

// -----

func.func @matmul_rank(%a: tensor<2x4x32xf32>, %b: tensor<32x10xf32>) {
  // expected-error @+1 {{Shape must be rank 2 but is rank 3 for the first input of MatMul}}
  %0 = scope.matmul %a, %b : tensor<2x4x32xf32>, tensor<32x10xf32> -> tensor<4x10xf32>
  return
}

// -----

func.func @pool_ksize(%x: tensor<1x8x8x3xf32>) {
  // expected-error @+1 {{'scope.max_pool' op expects 2 spatial window sizes, got 1}}
  %0 = scope.max_pool %x {ksize = array<i64: 2>, strides = array<i64: 2, 2>, padding = #scope.padding<SAME>} : tensor<1x8x8x3xf32> -> tensor<1x4x4x3xf32>
  return
}

// -----

func.func @pool_result(%x: tensor<1x8x8x3xf32>) {
  // expected-error @+1 {{'scope.avg_pool' op result shape [1,8,8,3] does not match the inferred shape [1,4,4,3]}}
  %0 = scope.avg_pool %x {ksize = array<i64: 2, 2>, strides = array<i64: 2, 2>, padding = #scope.padding<VALID>} : tensor<1x8x8x3xf32> -> tensor<1x8x8x3xf32>
  return
}

// -----

func.func @lrn_rank(%x: tensor<8x3xf32>) {
  // expected-error @+1 {{'scope.lrn' op expects a 4-D (NHWC) input}}
  %0 = scope.lrn %x : tensor<8x3xf32>
  return
}

// -----

func.func @lrn_radius(%x: tensor<1x2x2x3xf32>) {
  // expected-error @+1 {{depth_radius must be non-negative, got -1}}
  %0 = scope.lrn %x {depth_radius = -1 : i64} : tensor<1x2x2x3xf32>
  return
}

// -----

func.func @reshape_count(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{'scope.reshape' op cannot reshape 6 elements into 8}}
  %0 = scope.reshape %x : tensor<2x3xf32> -> tensor<2x4xf32>
  return
}

// -----

func.func @transpose_perm(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{[0,0] is not a valid permutation of 2 axes}}
  %0 = scope.transpose %x {perm = array<i64: 0, 0>} : tensor<2x3xf32> -> tensor<2x2xf32>
  return
}

// -----

func.func @transpose_rank(%x: tensor<2x3xf32>) {
  // expected-error @+1 {{transpose expects a permutation of 2 axes, got [0]}}
  %0 = scope.transpose %x {perm = array<i64: 0>} : tensor<2x3xf32> -> tensor<2xf32>
  return
}

// -----

func.func @concat_dims(%a: tensor<2x3xf32>, %b: tensor<4x3xf32>) {
  // expected-error @+1 {{Dimension 0 in both shapes must be equal, but are 2 and 4. Shapes are [2,3] and [4,3].}}
  %0 = scope.concat %a, %b {axis = 1 : i64} : tensor<2x3xf32>, tensor<4x3xf32> -> tensor<2x6xf32>
  return
}

// -----

func.func @concat_axis(%a: tensor<2x3xf32>) {
  // expected-error @+1 {{axis 2 is out of range for a tensor of rank 2}}
  %0 = scope.concat %a {axis = 2 : i64} : tensor<2x3xf32> -> tensor<2x3xf32>
  return
}

// -----

func.func @split_sum(%x: tensor<2x6xf32>) {
  // expected-error @+1 {{results do not split [2,6] along axis 1}}
  %0:2 = scope.split %x {axis = 1 : i64} : tensor<2x6xf32> -> tensor<2x2xf32>, tensor<2x2xf32>
  return
}

// -----

func.func @split_other_dim(%x: tensor<2x6xf32>) {
  // expected-error @+1 {{result shape [3,3] does not match the inferred shape [2,3]}}
  %0:2 = scope.split %x {axis = 1 : i64} : tensor<2x6xf32> -> tensor<3x3xf32>, tensor<2x3xf32>
  return
}

// -----

func.func @reduce_axis(%x: tensor<2x6xf32>) {
  // expected-error @+1 {{Invalid reduction dimension 3 for input with 2 dimensions}}
  %0 = scope.reduce_sum %x {axes = array<i64: 3>} : tensor<2x6xf32> -> tensor<2xf32>
  return
}

// -----

func.func @reduce_result(%x: tensor<2x6xf32>) {
  // expected-error @+1 {{'scope.reduce_mean' op result shape [2] does not match the inferred shape [2,1]}}
  %0 = scope.reduce_mean %x {axes = array<i64: 1>, keep_dims = true} : tensor<2x6xf32> -> tensor<2xf32>
  return
}

// -----

func.func @fused_conv_bias(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x8xf32>, %b: tensor<3xf32>) {
  // expected-error @+1 {{'scope.fused_conv2d' op expects a bias of shape [8], got [3]}}
  %0 = scope.fused_conv2d %x, %w, %b {activation = #scope.activation<relu>, padding = #scope.padding<SAME>, strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>} : tensor<1x8x8x3xf32>, tensor<3x3x3x8xf32>, tensor<3xf32> -> tensor<1x8x8x8xf32>
  return
}

// -----

func.func @fused_conv_shape(%x: tensor<1x8x8x3xf32>, %w: tensor<3x3x3x8xf32>, %b: tensor<8xf32>) {
  // expected-error @+1 {{'scope.fused_conv2d' op result shape [1,8,8,8] does not match the inferred shape [1,6,6,8]}}
  %0 = scope.fused_conv2d %x, %w, %b {activation = #scope.activation<none>, padding = #scope.padding<VALID>, strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>} : tensor<1x8x8x3xf32>, tensor<3x3x3x8xf32>, tensor<8xf32> -> tensor<1x8x8x8xf32>
  return
}

// -----

func.func @fused_matmul_bias(%a: tensor<4x32xf32>, %w: tensor<32x10xf32>, %b: tensor<4xf32>) {
  // expected-error @+1 {{'scope.fused_matmul' op expects a bias of shape [10], got [4]}}
  %0 = scope.fused_matmul %a, %w, %b {activation = #scope.activation<tanh>} : tensor<4x32xf32>, tensor<32x10xf32>, tensor<4xf32> -> tensor<4x10xf32>
  return
}

// -----

func.func @fused_matmul_shape(%a: tensor<4x32xf32>, %w: tensor<30x10xf32>, %b: tensor<10xf32>) {
  // expected-error @+1 {{'scope.fused_matmul' op Dimensions must be equal, but are 32 and 30}}
  %0 = scope.fused_matmul %a, %w, %b {activation = #scope.activation<sigmoid>} : tensor<4x32xf32>, tensor<30x10xf32>, tensor<10xf32> -> tensor<4x10xf32>
  return
}

// -----

func.func @strided_slice_bounds(%x: tensor<4x6xf32>) {
  // expected-error @+1 {{'scope.strided_slice' op dimension 1 reads indices 5..7 of a size-6 dimension}}
  %0 = scope.strided_slice %x {offsets = array<i64: 0, 5>, strides = array<i64: 1, 1>} : tensor<4x6xf32> -> tensor<4x3xf32>
  return
}

// -----

func.func @strided_slice_zero_stride(%x: tensor<4x6xf32>) {
  // expected-error @+1 {{'scope.strided_slice' op stride of dimension 0 is zero}}
  %0 = scope.strided_slice %x {offsets = array<i64: 0, 0>, strides = array<i64: 0, 1>} : tensor<4x6xf32> -> tensor<4x6xf32>
  return
}

// -----

func.func @strided_slice_rank(%x: tensor<4x6xf32>) {
  // expected-error @+1 {{'scope.strided_slice' op needs one offset, stride and result size per input dimension (rank 2)}}
  %0 = scope.strided_slice %x {offsets = array<i64: 0>, strides = array<i64: 1>} : tensor<4x6xf32> -> tensor<4x6xf32>
  return
}

// -----

func.func @pad_rank(%x: tensor<4x6xf32>) {
  // expected-error @+1 {{'scope.pad' op needs paddings before and after, and a result size, per input dimension (rank 2)}}
  %0 = scope.pad %x {after = array<i64: 0>, before = array<i64: 0, 1>, mode = "CONSTANT", value = 0.0 : f64} : tensor<4x6xf32> -> tensor<4x7xf32>
  return
}

// -----

func.func @pad_mode(%x: tensor<4x6xf32>) {
  // expected-error @+1 {{'scope.pad' op mode must be CONSTANT, REFLECT or SYMMETRIC, not EDGE}}
  %0 = scope.pad %x {after = array<i64: 0, 0>, before = array<i64: 0, 1>, mode = "EDGE", value = 0.0 : f64} : tensor<4x6xf32> -> tensor<4x7xf32>
  return
}

// -----

func.func @pad_negative(%x: tensor<4x6xf32>) {
  // expected-error @+1 {{'scope.pad' op paddings of dimension 1 must be non-negative}}
  %0 = scope.pad %x {after = array<i64: 0, -1>, before = array<i64: 0, 1>, mode = "CONSTANT", value = 0.0 : f64} : tensor<4x6xf32> -> tensor<4x6xf32>
  return
}

// -----

func.func @pad_size(%x: tensor<4x6xf32>) {
  // expected-error @+1 {{'scope.pad' op result dimension 1 is 8, expected 7}}
  %0 = scope.pad %x {after = array<i64: 0, 0>, before = array<i64: 0, 1>, mode = "CONSTANT", value = 0.0 : f64} : tensor<4x6xf32> -> tensor<4x8xf32>
  return
}

// -----

func.func @pad_reflect_limit(%x: tensor<4x6xf32>) {
  // expected-error @+1 {{'scope.pad' op REFLECT paddings of dimension 0 must be at most 3}}
  %0 = scope.pad %x {after = array<i64: 0, 0>, before = array<i64: 4, 0>, mode = "REFLECT", value = 0.0 : f64} : tensor<4x6xf32> -> tensor<8x6xf32>
  return
}

// -----

func.func @gather_axis(%x: tensor<4x6xf32>, %i: tensor<3xi32>) {
  // expected-error @+1 {{'scope.gather' op axis 2 is not a dimension of the 2-D params}}
  %0 = scope.gather %x, %i {axis = 2 : i64} : tensor<4x6xf32>, tensor<3xi32> -> tensor<4x3xf32>
  return
}

// -----

func.func @gather_shape(%x: tensor<4x6xf32>, %i: tensor<3xi32>) {
  // expected-error @+1 {{'scope.gather' op result shape must be [4,3]}}
  %0 = scope.gather %x, %i {axis = 1 : i64} : tensor<4x6xf32>, tensor<3xi32> -> tensor<3x6xf32>
  return
}

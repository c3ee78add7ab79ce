// RUN: scopec-opt %s -split-input-file -scope-plan-buffers -convert-scope-to-emitc -verify-diagnostics
// What code generation rejects, with a message at the offending op.

func.func @model() {
  %x = scope.placeholder "x" : tensor<2x2xf64>
  // expected-error @+1 {{'scope.matmul': code generation supports float32 tensors only, got 'tensor<2x2xf64>'}}
  %y = scope.matmul %x, %x : tensor<2x2xf64>, tensor<2x2xf64> -> tensor<2x2xf64>
  scope.output "y", %y : tensor<2x2xf64>
  return
}

// -----

func.func @model() {
  %x = scope.placeholder "x" : tensor<1x4x4x1xf32>
  %w = scope.placeholder "w" : tensor<1x1x1x2xf32>
  // expected-error @+1 {{code generation needs the filter to be a parameter or a constant (it is packed at compile time)}}
  %y = scope.conv2d %x, %w {padding = #scope.padding<VALID>, strides = array<i64: 1, 1>, dilations = array<i64: 1, 1>} : tensor<1x4x4x1xf32>, tensor<1x1x1x2xf32> -> tensor<1x4x4x2xf32>
  scope.output "y", %y : tensor<1x4x4x2xf32>
  return
}

// -----

// expected-error @+1 {{'scope.param' op has no value: code generation needs the parameter's contents}}
scope.param @w : tensor<4xf32> {initializer = #scope.init<"zeros">}
func.func @model() {
  %x = scope.placeholder "x" : tensor<4xf32>
  %w = scope.read @w : tensor<4xf32>
  %y = scope.add %x, %w : tensor<4xf32>, tensor<4xf32> -> tensor<4xf32>
  scope.output "y", %y : tensor<4xf32>
  return
}

// -----

func.func @model() {
  // expected-error @+1 {{'scope.get_variable' cannot be compiled to C++ (it must be resolved or fused away first)}}
  %v = scope.get_variable "v" reuse <none> {initializer = #scope.init<"zeros">, shape = array<i64: 2>} : tensor<2xf32>
  scope.output "v", %v : tensor<2xf32>
  return
}

// -----

// expected-error @+1 {{code generation expects exactly one model function, found 2}}
module {
  func.func @a() {
    return
  }
  func.func @b() {
    return
  }
}

// -----

func.func @model() {
  %x = scope.placeholder "x" : tensor<2xf32>
  %y = scope.fused_elementwise ins(%x : tensor<2xf32>) {
  ^bb0(%a: f32):
    // expected-error @+1 {{'math.sin': cannot be lowered to C++ in a fused elementwise body}}
    %s = math.sin %a : f32
    scope.yield %s : f32
  } : tensor<2xf32>
  scope.output "y", %y : tensor<2xf32>
  return
}

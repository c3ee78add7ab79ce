// RUN: scopec-opt %s -split-input-file -verify-diagnostics
// The verifier every elementwise op shares (ElementwiseOpInterface).

func.func @broadcast(%x: tensor<4x10xf32>, %y: tensor<3xf32>) {
  // expected-error @+1 {{'scope.maximum' op}}
  %0 = scope.maximum %x, %y : tensor<4x10xf32>, tensor<3xf32> -> tensor<4x10xf32>
  return
}

// -----

func.func @result_shape(%x: tensor<4x10xf32>, %y: tensor<10xf32>) {
  // expected-error @+1 {{'scope.pow' op result shape [4,1] does not match the inferred shape [4,10]}}
  %0 = scope.pow %x, %y : tensor<4x10xf32>, tensor<10xf32> -> tensor<4x1xf32>
  return
}

// -----

func.func @element_types(%x: tensor<4xf32>, %y: tensor<4xf64>) {
  // expected-error @+1 {{'scope.squared_difference' op requires one element type, got 'f32' and 'f64'}}
  %0 = scope.squared_difference %x, %y : tensor<4xf32>, tensor<4xf64> -> tensor<4xf32>
  return
}

// -----

func.func @integer(%x: tensor<4xi32>) {
  // expected-error @+1 {{'scope.sqrt' op operand #0 must be}}
  %0 = scope.sqrt %x : tensor<4xi32>
  return
}

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
  // expected-error @+1 {{'scope.squared_difference' op failed to verify that all of {lhs, rhs, result} have same element type}}
  %0 = scope.squared_difference %x, %y : tensor<4xf32>, tensor<4xf64> -> tensor<4xf32>
  return
}

// -----

func.func @integer(%x: tensor<4xi32>) {
  // expected-error @+1 {{'scope.sqrt' op operand #0 must be}}
  %0 = scope.sqrt %x : tensor<4xi32>
  return
}

// -----

func.func @div_integers(%x: tensor<4xi32>) {
  // expected-error @+1 {{'scope.div' op operand #0 must be statically shaped tensor of 32-bit float or 64-bit float values, but got 'tensor<4xi32>'}}
  %0 = scope.div %x, %x : tensor<4xi32>, tensor<4xi32> -> tensor<4xi32>
  return
}

// -----

func.func @compare_result_not_bool(%x: tensor<4xf32>) {
  // expected-error @+1 {{'scope.less' op result #0 must be statically shaped tensor of 1-bit signless integer values, but got 'tensor<4xf32>'}}
  %0 = scope.less %x, %x : tensor<4xf32>, tensor<4xf32> -> tensor<4xf32>
  return
}

// -----

func.func @logical_on_floats(%x: tensor<4xf32>) {
  // expected-error @+1 {{'scope.logical_and' op operand #0 must be statically shaped tensor of 1-bit signless integer values, but got 'tensor<4xf32>'}}
  %0 = scope.logical_and %x, %x : tensor<4xf32>, tensor<4xf32> -> tensor<4xi1>
  return
}

// -----

func.func @select_condition_not_bool(%c: tensor<4xf32>, %x: tensor<4xf32>) {
  // expected-error @+1 {{'scope.select' op operand #0 must be statically shaped tensor of 1-bit signless integer values, but got 'tensor<4xf32>'}}
  %0 = scope.select %c, %x, %x : tensor<4xf32>, tensor<4xf32>, tensor<4xf32> -> tensor<4xf32>
  return
}

// -----

func.func @arithmetic_on_uint8(%x: tensor<4xui8>) {
  // expected-error @+1 {{'scope.add' op operand #0 must be statically shaped tensor of 32-bit float or 64-bit float or 32-bit signless integer or 64-bit signless integer values, but got 'tensor<4xui8>'}}
  %0 = scope.add %x, %x : tensor<4xui8>, tensor<4xui8> -> tensor<4xui8>
  return
}

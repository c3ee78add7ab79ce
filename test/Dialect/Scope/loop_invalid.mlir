// RUN: scopec-opt %s -split-input-file -verify-diagnostics
// Every verifier error of scope.loop and scope.loop_yield.

func.func @arg_count(%h0: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{'scope.loop' op expects 2 block arguments (the step, one slice per sequence, one per carried value), got 1}}
  %h = scope.loop steps 2 carry(%h0 : tensor<2xf32>) -> (tensor<2xf32>), () {
  ^bb0(%t: tensor<i32>):
    scope.loop_yield %h0 : tensor<2xf32>
  }
  return %h : tensor<2xf32>
}

// -----

func.func @step_type(%h0: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{expects the first block argument (the step) to be tensor<i32>, got 'tensor<i64>'}}
  %h = scope.loop steps 2 carry(%h0 : tensor<2xf32>) -> (tensor<2xf32>), () {
  ^bb0(%t: tensor<i64>, %h: tensor<2xf32>):
    scope.loop_yield %h : tensor<2xf32>
  }
  return %h : tensor<2xf32>
}

// -----

func.func @sequence_steps(%xs: tensor<3x2xf32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{expects sequence 'tensor<3x2xf32>' to have 2 steps of the slice type 'tensor<2xf32>'}}
  %ys = scope.loop steps 2 over(%xs : tensor<3x2xf32>) -> (), (tensor<2x2xf32>) {
  ^bb0(%t: tensor<i32>, %x: tensor<2xf32>):
    scope.loop_yield %x : tensor<2xf32>
  }
  return %ys : tensor<2x2xf32>
}

// -----

func.func @carried_type(%h0: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{expects a carried value to keep its type 'tensor<2xf32>' (block argument 'tensor<3xf32>', result 'tensor<2xf32>')}}
  %h = scope.loop steps 2 carry(%h0 : tensor<2xf32>) -> (tensor<2xf32>), () {
  ^bb0(%t: tensor<i32>, %h: tensor<3xf32>):
    scope.loop_yield %h0 : tensor<2xf32>
  }
  return %h : tensor<2xf32>
}

// -----

func.func @yield_count(%h0: tensor<2xf32>) -> tensor<2xf32> {
  %h = scope.loop steps 2 carry(%h0 : tensor<2xf32>) -> (tensor<2xf32>), () {
  ^bb0(%t: tensor<i32>, %h: tensor<2xf32>):
    // expected-error @+1 {{'scope.loop_yield' op expects 1 carried values and 0 step outputs, got 2 values}}
    scope.loop_yield %h, %h : tensor<2xf32>, tensor<2xf32>
  }
  return %h : tensor<2xf32>
}

// -----

func.func @yield_type(%h0: tensor<2xf32>, %o: tensor<3xf32>) -> tensor<2xf32> {
  %h = scope.loop steps 2 carry(%h0 : tensor<2xf32>) -> (tensor<2xf32>), () {
  ^bb0(%t: tensor<i32>, %h: tensor<2xf32>):
    // expected-error @+1 {{'scope.loop_yield' op yields 'tensor<3xf32>' for a carried value of type 'tensor<2xf32>'}}
    scope.loop_yield %o : tensor<3xf32>
  }
  return %h : tensor<2xf32>
}

// -----

func.func @stacked_type(%h0: tensor<2xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{expects the stacked result 'tensor<2x3xf32>' to be 2 steps of 'tensor<2xf32>'}}
  %h, %ys = scope.loop steps 2 carry(%h0 : tensor<2xf32>) -> (tensor<2xf32>), (tensor<2x3xf32>) {
  ^bb0(%t: tensor<i32>, %h: tensor<2xf32>):
    scope.loop_yield %h, %h : tensor<2xf32>, tensor<2xf32>
  }
  return %ys : tensor<2x3xf32>
}

// -----

func.func @zero_steps(%h0: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{attribute 'trip_count' failed to satisfy constraint}}
  %h = scope.loop steps 0 carry(%h0 : tensor<2xf32>) -> (tensor<2xf32>), () {
  ^bb0(%t: tensor<i32>, %h: tensor<2xf32>):
    scope.loop_yield %h : tensor<2xf32>
  }
  return %h : tensor<2xf32>
}

// -----

func.func @yield_outside(%h0: tensor<2xf32>) {
  // expected-error @+1 {{'scope.loop_yield' op expects parent op 'scope.loop'}}
  scope.loop_yield %h0 : tensor<2xf32>
}

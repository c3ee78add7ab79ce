//===- Passes.td - parameter value passes -------------------*- tablegen -*-===//
//
// Passes that give every `scope.param` its contents: initial values computed
// from the initializers, or trained values bound from a weights file. They
// live with the compiler (not the dialect) because they use the ScopecParams
// library (initializers, random streams, .npz/.safetensors readers).
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_PARAMS_TRANSFORMS_PASSES_TD
#define SCOPEC_PARAMS_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def ScopeMaterializeParams
    : Pass<"scope-materialize-params", "mlir::ModuleOp"> {
  let summary = "computes every parameter's initial value from its "
                "initializer";
  let description = [{
    Sets the `value` of each `scope.param` that has none from its
    `initializer` (TensorFlow 1.15's initializer semantics; a parameter
    without an initializer gets TF's default: glorot_uniform for floating
    types, zeros otherwise). Random values come from a stream keyed by the
    graph `seed`, the parameter's name and the initializer's op-level seed
    only, so they are deterministic for a given seed and do not change when
    unrelated variables are added or removed. Parameters that already have a
    value (e.g. bound by `scope-bind-weights`) are left alone.

    Before:
    ```mlir
    scope.param @"fc/b" : tensor<2xf32> {initializer = #scope.init<"constant", {value = 0.5 : f64}>}
    ```
    After:
    ```mlir
    scope.param @"fc/b" : tensor<2xf32> {initializer = #scope.init<"constant", {value = 0.5 : f64}>} = dense<5.000000e-01> : tensor<2xf32>
    ```
  }];
  let options = [
    Option<"seed", "seed", "uint64_t", /*default=*/"0",
           "Graph seed for random initial values">,
  ];
  let dependentDialects = ["::scopec::scope::ScopeDialect"];
}

def ScopeBindWeights : Pass<"scope-bind-weights", "mlir::ModuleOp"> {
  let summary = "binds trained values from a checkpoint, .npz or .safetensors";
  let description = [{
    Reads `file` (a TensorFlow checkpoint by prefix, `.index`, state-file
    directory or SavedModel; or a .npz / .safetensors file) and sets the
    `value` of every `scope.param` to the entry of the same name (a trailing
    `:0` in the file is ignored; `prefix=OLD=NEW` renames entries first),
    exactly: float32 entries are copied bit for bit; float64 entries of a
    .npz/.safetensors bound to float32 parameters are rounded to nearest
    (checkpoint dtypes must match unless `cast`). Every parameter needs an
    entry of its shape and a compatible dtype; all problems are reported
    together in one error that lists the names. Entries no parameter uses
    (optimizer slots, `global_step`...) are summarized in one remark, or are
    an error with `strict`. Nothing is ever zero-filled.

    Before (`w.npz` holds `fc/b` = [1, 2]):
    ```mlir
    scope.param @"fc/b" : tensor<2xf32> {initializer = #scope.init<"zeros">}
    ```
    After:
    ```mlir
    scope.param @"fc/b" : tensor<2xf32> {initializer = #scope.init<"zeros">} = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
    ```
  }];
  let options = [
    Option<"file", "file", "std::string", /*default=*/"",
           "The weights (checkpoint, .npz or .safetensors)">,
    Option<"strict", "strict", "bool", /*default=*/"false",
           "An entry no parameter uses is an error">,
    Option<"cast", "cast", "bool", /*default=*/"false",
           "Convert checkpoint dtypes (float64 to float32...)">,
    ListOption<"prefixes", "prefix", "std::string",
               "OLD=NEW: entries named OLD... bind parameters NEW...">,
    Option<"movingAverages", "moving-averages", "bool", /*default=*/"false",
           "V binds V/ExponentialMovingAverage when present">,
  ];
  let dependentDialects = ["::scopec::scope::ScopeDialect"];
}

def ScopeFoldBatchNorm : Pass<"scope-fold-batch-norm", "mlir::ModuleOp"> {
  let summary = "folds inference batch normalization into the preceding "
                "convolution's or matmul's weights";
  let description = [{
    Inference batch normalization multiplies a convolution's (or matmul's)
    output by a per-channel scale computed from parameters,
    `gamma * rsqrt(moving_variance + epsilon)`, then adds a per-channel
    shift. Once parameters have values, both are compile-time constants:

    1. every elementwise op whose operands are all compile-time values
       (constants, parameters with values, elementwise ops over them) and
       whose result is small (at most 65536 elements) becomes a
       `scope.constant`, computed in float64 with each op's reference
       formula, so the scale and shift are constants;
    2. `mul(conv, scale)` (either operand order), where `conv` is a
       `scope.conv2d`, `depthwise_conv2d`, `conv2d_transpose` or `matmul`
       used only by the `mul`, whose weights are compile-time values, and
       `scale` varies at most along the last (channel) axis, becomes the same
       op on weights scaled per output channel (a new constant).

    The shift is then a constant bias that
    `scope-fuse-conv-bias-activation` / `-matmul-bias-activation` move into
    the kernel's epilogue: conv + batch norm + relu runs as one fused
    convolution. Parameters themselves are not changed (`--emit=params`
    still lists the trained values).

    Before:
    ```mlir
    %y = scope.conv2d %x, %w ... -> tensor<1x8x8x4xf32>
    %s = scope.rsqrt %v : tensor<4xf32>        // %v: a parameter's value
    %z = scope.mul %y, %s : tensor<1x8x8x4xf32>, tensor<4xf32> -> tensor<1x8x8x4xf32>
    ```
    After:
    ```mlir
    %w2 = scope.constant dense<...> : tensor<3x3x3x4xf32>  // %w * %s per channel
    %z = scope.conv2d %x, %w2 ... -> tensor<1x8x8x4xf32>
    ```
  }];
  let dependentDialects = ["::scopec::scope::ScopeDialect"];
}

def ScopeHoistLoopProjections
    : Pass<"scope-hoist-loop-projections", "mlir::ModuleOp"> {
  let summary = "computes an RNN cell's input projection for every step "
                "before its loop";
  let description = [{
    In a `scope.loop` body, `matmul(concat(x_t, h...), W)` (and the
    `bias_add` of a loop-invariant bias that follows it), where `x_t` is a
    slice of one of the loop's sequences and `W` a compile-time value, is
    `x_t W_x + h W_h` with `W_x` the first rows of `W`: the `x_t W_x + b` of
    every step become one product over the whole sequence before the loop,
    a new sequence of the loop, and the body keeps `h W_h` plus its slice.

    Before:
    ```mlir
    %r = scope.loop steps 50 carry(%h0 : ...) over(%xs : tensor<50x1x128xf32>) ... {
    ^bb0(%t: tensor<i32>, %x: tensor<1x128xf32>, %h: tensor<1x128xf32>):
      %c = scope.concat %x, %h {axis = 1 : i64} : ... -> tensor<1x256xf32>
      %m = scope.matmul %c, %w : tensor<1x256xf32>, tensor<256x512xf32> -> tensor<1x512xf32>
      %y = scope.bias_add %m, %b : tensor<1x512xf32>, tensor<512xf32>
    ```
    After:
    ```mlir
    %f = scope.reshape %xs : tensor<50x1x128xf32> -> tensor<50x128xf32>
    %p = scope.matmul %f, %wx ...            // %wx: rows 0..127 of %w
    %pb = scope.bias_add %p, %b ...
    %ps = scope.reshape %pb : tensor<50x512xf32> -> tensor<50x1x512xf32>
    %r = scope.loop steps 50 carry(%h0 : ...) over(%xs, %ps : ...) ... {
    ^bb0(%t: tensor<i32>, %x: ..., %pt: tensor<1x512xf32>, %h: tensor<1x128xf32>):
      %m = scope.matmul %h, %wh ...          // %wh: rows 128..255 of %w
      %y = scope.add %m, %pt ...
    ```
  }];
  let dependentDialects = ["::scopec::scope::ScopeDialect"];
}

#endif // SCOPEC_PARAMS_TRANSFORMS_PASSES_TD

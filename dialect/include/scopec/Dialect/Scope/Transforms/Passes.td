//===- Passes.td - scope dialect passes ---------------------*- tablegen -*-===//

#ifndef SCOPEC_DIALECT_SCOPE_TRANSFORMS_PASSES_TD
#define SCOPEC_DIALECT_SCOPE_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

def ScopePrune : Pass<"scope-prune", "mlir::ModuleOp"> {
  let summary = "removes what no model output needs";
  let description = [{
    Keeps the ops the `scope.output`s depend on and erases the rest, so the
    model's inputs are exactly the placeholders the fetches depend on (SPEC
    §2). Parameters that no remaining `scope.read` uses are erased too.
    Runs after variable resolution: every lookup must have been checked
    before it can be dropped, so `scope.get_variable` ops are left alone.

    Before:
    ```mlir
    scope.param @"a/w" : tensor<2xf32>
    scope.param @"b/w" : tensor<2xf32>
    func.func @model() {
      %x = scope.placeholder "x" : tensor<2xf32>
      %y = scope.placeholder "unused" : tensor<2xf32>
      %w = scope.read @"a/w" : tensor<2xf32>
      %v = scope.read @"b/w" : tensor<2xf32>
      %s = scope.add %x, %w : tensor<2xf32>, tensor<2xf32> -> tensor<2xf32>
      scope.output "s", %s : tensor<2xf32>
      return
    }
    ```
    After:
    ```mlir
    scope.param @"a/w" : tensor<2xf32>
    func.func @model() {
      %x = scope.placeholder "x" : tensor<2xf32>
      %w = scope.read @"a/w" : tensor<2xf32>
      %s = scope.add %x, %w : tensor<2xf32>, tensor<2xf32> -> tensor<2xf32>
      scope.output "s", %s : tensor<2xf32>
      return
    }
    ```
  }];
  let dependentDialects = ["::scopec::scope::ScopeDialect"];
}

def ScopeResolveVariables
    : Pass<"scope-resolve-variables", "mlir::ModuleOp"> {
  let summary = "applies TF 1.15's variable-store rules: one scope.param per "
                "variable";
  let description = [{
    Walks the lookups of every function in program order, exactly as
    TensorFlow 1.15's variable store sees the `tf.get_variable` calls, and
    decides for each `scope.get_variable` whether it creates a variable,
    shares an existing one or fails (the rules live in `VariableStore.h`,
    shared with the frontend). A created variable becomes a module-level
    `scope.param` (symbol = full name, type, initializer, trainable; located
    at the creating lookup); every lookup becomes a `scope.read` of its
    parameter, located at the lookup. A `scope.variable` (`tf.Variable`) is
    never shared: each one becomes its own parameter, renamed `NAME_1`,
    `NAME_2`, ... if its name is taken.

    A lookup TensorFlow rejects is reported with TensorFlow's exact message,
    with a `note:` at the lookup that created the variable where there is one
    (already exists, shape mismatch, dtype mismatch), and the pass fails.

    Before:
    ```mlir
    func.func @model() {
      %0 = scope.get_variable "conv1/weights" reuse <none>
             {initializer = #scope.init<"zeros">, shape = array<i64: 2>} : tensor<2xf32>
      %1 = scope.get_variable "conv1/weights" reuse <reuse>
             {shape = array<i64: 2>} : tensor<2xf32>
      %2 = scope.add %0, %1 : tensor<2xf32>, tensor<2xf32> -> tensor<2xf32>
      scope.output "y", %2 : tensor<2xf32>
      return
    }
    ```
    After:
    ```mlir
    scope.param @"conv1/weights" : tensor<2xf32> {initializer = #scope.init<"zeros">}
    func.func @model() {
      %0 = scope.read @"conv1/weights" : tensor<2xf32>
      %1 = scope.read @"conv1/weights" : tensor<2xf32>
      %2 = scope.add %0, %1 : tensor<2xf32>, tensor<2xf32> -> tensor<2xf32>
      scope.output "y", %2 : tensor<2xf32>
      return
    }
    ```
  }];
  let dependentDialects = ["::scopec::scope::ScopeDialect"];
}

def ScopeFuseConvBiasActivation : Pass<"scope-fuse-conv-bias-activation"> {
  let summary = "fuses conv2d + per-channel bias + activation into "
                "scope.fused_conv2d";
  let description = [{
    A `scope.conv2d` whose result has exactly one use, by a per-channel bias
    or by an activation, becomes a `scope.fused_conv2d` that replaces that
    user. A per-channel bias is `scope.bias_add %conv, %b` or `scope.add` of
    the conv result and (either order) a tensor of the same element type of
    shape [F] or [1, ..., 1, F] (F output channels; the add must not
    broadcast the conv result up); a [1, ..., 1, F] bias is reshaped to [F].
    Activations are `scope.relu`, `relu6`, `sigmoid` and `tanh`. A conv
    followed directly by an activation gets a zero bias constant (the fused
    op's bias is not optional).

    A `scope.fused_conv2d` with activation `none` whose result has exactly one
    use keeps absorbing that user: another per-channel bias (the two biases
    are added with a `scope.add` of [F] vectors) or an activation. Fusion
    stops at an intermediate with more than one use: if the biased value is
    shared, conv + bias fuse and the activation stays; if the conv result is
    shared, nothing fuses. Adds of anything else (a full tensor, an [H,W,F]
    or [1] tensor, another conv's result) are left alone.

    Before:
    ```mlir
    %c = scope.conv2d %x, %w {dilations = array<i64: 1, 1>, padding = #scope.padding<SAME>, strides = array<i64: 1, 1>}
           : tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32> -> tensor<1x8x8x16xf32>
    %b = scope.bias_add %c, %bias : tensor<1x8x8x16xf32>, tensor<16xf32>
    %r = scope.relu %b : tensor<1x8x8x16xf32>
    ```
    After:
    ```mlir
    %r = scope.fused_conv2d %x, %w, %bias {activation = #scope.activation<relu>, dilations = array<i64: 1, 1>, padding = #scope.padding<SAME>, strides = array<i64: 1, 1>}
           : tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32>, tensor<16xf32> -> tensor<1x8x8x16xf32>
    ```
  }];
  let dependentDialects = ["::scopec::scope::ScopeDialect"];
}

def ScopeFuseMatMulBiasActivation : Pass<"scope-fuse-matmul-bias-activation"> {
  let summary = "fuses matmul + per-column bias + activation into "
                "scope.fused_matmul";
  let description = [{
    The same rules as `scope-fuse-conv-bias-activation`, for `scope.matmul`:
    a matmul whose [M, N] result has exactly one use, by a bias of shape [N]
    or [1, N] (`scope.bias_add`, or `scope.add` in either operand order) or
    by an activation, becomes a `scope.fused_matmul` (zero bias constant when
    there is no bias); `transpose_a`/`transpose_b` are kept. A fused matmul
    with activation `none` and one use absorbs a further bias or activation.

    Before:
    ```mlir
    %m = scope.matmul %x, %w : tensor<4x32xf32>, tensor<32x10xf32> -> tensor<4x10xf32>
    %a = scope.add %m, %bias : tensor<4x10xf32>, tensor<10xf32> -> tensor<4x10xf32>
    %r = scope.tanh %a : tensor<4x10xf32>
    ```
    After:
    ```mlir
    %r = scope.fused_matmul %x, %w, %bias {activation = #scope.activation<tanh>}
           : tensor<4x32xf32>, tensor<32x10xf32>, tensor<10xf32> -> tensor<4x10xf32>
    ```
  }];
  let dependentDialects = ["::scopec::scope::ScopeDialect"];
}

def ScopeSplitLoopLayers : Pass<"scope-split-loop-layers", "mlir::ModuleOp"> {
  let summary = "splits a stacked RNN's loop into one loop per layer";
  let description = [{
    Loop fission of `scope.loop`: when the new values of some carried
    values (an RNN's first layer) depend on no other carried value, those
    are run over all steps by a first loop that also stacks, per step,
    every value of theirs the rest of the body reads; the rest runs in a
    second loop over those stacked values as sequences. Repeated until no
    loop splits: a stack of L layers becomes L loops, layer by layer, so
    every layer's input projection becomes a loop sequence that
    `scope-hoist-loop-projections` computes as one product. Body ops that
    depend on no carried value (the step counter, slices) are cloned into
    each loop that reads them. Bodies with nested regions are left alone.

    Before (h1 closed, h2 reading h1's new value):
    ```mlir
    %f:2, %ys = scope.loop steps 4 carry(%a, %b : ...) over(%xs : ...) {
    ^bb0(%t: tensor<i32>, %x: tensor<1x8xf32>, %h1: tensor<1x8xf32>, %h2: tensor<1x8xf32>):
      %n1 = scope.add %x, %h1 ...
      %n2 = scope.add %n1, %h2 ...
      scope.loop_yield %n1, %n2, %n2 : ...
    }
    ```
    After:
    ```mlir
    %f1, %s1 = scope.loop steps 4 carry(%a : ...) over(%xs : ...) {
    ^bb0(%t: tensor<i32>, %x: tensor<1x8xf32>, %h1: tensor<1x8xf32>):
      %n1 = scope.add %x, %h1 ...
      scope.loop_yield %n1, %n1 : ...
    }
    %f2, %ys = scope.loop steps 4 carry(%b : ...) over(%xs, %s1 : ...) {
    ^bb0(%t: tensor<i32>, %x: tensor<1x8xf32>, %n1: tensor<1x8xf32>, %h2: tensor<1x8xf32>):
      %n2 = scope.add %n1, %h2 ...
      scope.loop_yield %n2, %n2 : ...
    }
    ```
  }];
  let dependentDialects = ["::scopec::scope::ScopeDialect"];
}

def ScopeFuseElementwise : Pass<"scope-fuse-elementwise"> {
  let summary = "fuses chains of elementwise ops into scope.fused_elementwise";
  let description = [{
    Elementwise ops are the ops of ElementwiseOpInterface (NumPy
    broadcasting: arithmetic, activations, math functions, comparisons,
    logical ops, select, cast), `scope.identity` and
    `scope.fused_elementwise`, on tensors of any element type. A producer
    fuses into its consumer when every use of the producer's result is in
    that consumer and both results have the same shape; one `scope.fused_elementwise` with a scalar `arith`/`math`
    body replaces the two, and repeating this fuses whole chains into one
    loop. Splat `scope.constant` operands become `arith.constant`s in the
    body; every other operand becomes an input (once, however often it is
    used), broadcast to the result shape.

    Not fused: a lone elementwise op (nothing to save); an intermediate with
    a use outside the chain (it must be materialized anyway); a producer the
    consumer broadcasts (fusing would recompute it per broadcast copy). A
    bias or an activation that a conv2d/matmul kernel's
    epilogue can absorb is left to it, and this pass absorbs it into a
    `scope.fused_conv2d`/`scope.fused_matmul` with activation `none` (the
    epilogue patterns of the two kernel fusion passes): the natural kernel
    epilogue is cheaper than a separate loop. Other chains after a kernel
    stay one `scope.fused_elementwise` reading the kernel's result.

    Before:
    ```mlir
    %s = scope.mul %x, %scale : tensor<1x8x8x16xf32>, tensor<16xf32> -> tensor<1x8x8x16xf32>
    %t = scope.add %s, %shift : tensor<1x8x8x16xf32>, tensor<16xf32> -> tensor<1x8x8x16xf32>
    %r = scope.relu6 %t : tensor<1x8x8x16xf32>
    ```
    After:
    ```mlir
    %r = scope.fused_elementwise ins(%x, %scale, %shift : tensor<1x8x8x16xf32>, tensor<16xf32>, tensor<16xf32>) {
    ^bb0(%a: f32, %b: f32, %c: f32):
      %0 = arith.mulf %a, %b : f32
      %1 = arith.addf %0, %c : f32
      %zero = arith.constant 0.0 : f32
      %2 = arith.maximumf %1, %zero : f32
      %six = arith.constant 6.0 : f32
      %3 = arith.minimumf %2, %six : f32
      scope.yield %3 : f32
    } : tensor<1x8x8x16xf32>
    ```
  }];
  let dependentDialects = ["::scopec::scope::ScopeDialect",
                           "::mlir::arith::ArithDialect",
                           "::mlir::math::MathDialect"];
}

#endif // SCOPEC_DIALECT_SCOPE_TRANSFORMS_PASSES_TD

//===- Passes.td - scopec conversion passes -----------------*- tablegen -*-===//
//
// Code generation: fused `scope` IR -> planned buffers -> EmitC (the last MLIR
// before C++).
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_CONVERSION_PASSES_TD
#define SCOPEC_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ScopePlanBuffers : Pass<"scope-plan-buffers", "mlir::ModuleOp"> {
  let summary = "assigns every tensor a static buffer";
  let description = [{
    Decides where each tensor of the model function lives when the generated
    code runs, and records it on the ops (discardable attributes):

    - model inputs (`scope.placeholder`) live in the caller's input buffers,
      parameters and constants in the parameter blob: no attribute;
    - `scope.reshape` and `scope.identity` are views of their operand: no
      attribute, no copy;
    - a computed tensor that is (a view of) a model output is written
      directly into the caller's output buffer: `scopec.output_slots` holds
      the output's index (-1 for results that are not);
    - every other computed tensor gets an offset into one activation arena:
      `scopec.arena_offsets` (-1 for results that are not in the arena).
      Offsets are assigned greedily in op order, first fit, 64-byte aligned;
      a tensor is live from its producer to its last (direct or view) user,
      so tensors whose lifetimes do not overlap share memory.

    The function gets `scopec.arena_bytes`, the peak activation memory.

    Before:
    ```mlir
    func.func @model() {
      %x = scope.placeholder "x" : tensor<256xf32>
      %a = scope.relu %x : tensor<256xf32>
      %b = scope.tanh %a : tensor<256xf32>
      %c = scope.sigmoid %b : tensor<256xf32>
      %d = scope.relu %c : tensor<256xf32>
      scope.output "y", %d : tensor<256xf32>
      return
    }
    ```
    After (`%c` reuses `%a`'s memory):
    ```mlir
    func.func @model() attributes {scopec.arena_bytes = 2048 : i64} {
      %x = scope.placeholder "x" : tensor<256xf32>
      %a = scope.relu %x {scopec.arena_offsets = array<i64: 0>} : tensor<256xf32>
      %b = scope.tanh %a {scopec.arena_offsets = array<i64: 1024>} : tensor<256xf32>
      %c = scope.sigmoid %b {scopec.arena_offsets = array<i64: 0>} : tensor<256xf32>
      %d = scope.relu %c {scopec.output_slots = array<i64: 0>} : tensor<256xf32>
      scope.output "y", %d : tensor<256xf32>
      return
    }
    ```
  }];
  let dependentDialects = ["::scopec::scope::ScopeDialect"];
}

def ConvertScopeToEmitC : Pass<"convert-scope-to-emitc", "mlir::ModuleOp"> {
  let summary = "lowers a planned model to EmitC: header, source, main, params";
  let description = [{
    Replaces the module's contents (one model function, its parameters) by
    four `emitc.file` ops, each one output file:

    - `header`: the model's namespace with its shapes as constexpr values and
      the entry points `run(inputs, outputs)`, `runWithArena(inputs,
      outputs, arena)` and `checkParams()`;
    - `source`: the entry points; `runWithArena` calls one runtime kernel per
      op (`emitc.call_opaque "scopec::rt::kernels::..."` with the static
      shapes as `template_args`), preceded by a comment with the op's
      TensorFlow name and source location; fused elementwise ops become
      `emitc.for` loop nests;
    - `main`: the executable's `main`, which calls `scopec::rt::runMain` with
      the model's `ModelInfo` table;
    - `params`: one `emitc.global` per parameter (or constant) with its
      values, already in the layout the kernel reads (conv filters packed by
      the runtime's `packConv2DFilter`), each at a 64-byte aligned
      `scopec.offset` in the parameter blob. This file is written as a binary
      blob, never as C++.

    Requires `scope-plan-buffers` to have run. The module gets
    `scopec.model_name`, `scopec.peak_activation_bytes`,
    `scopec.params_bytes` and `scopec.params_checksum`.

    ```mlir
    emitc.file "source" {
      ...
      emitc.func @runWithArena(%inputs: ..., %outputs: ..., %arena: ...) {
        ...
        emitc.verbatim "// conv1/Relu (model.py:12:5)"
        emitc.call_opaque "scopec::rt::kernels::conv2DBiasAct"(%x, %w, %b, %y)
            {template_args = [1, 32, 32, 8, 5, 5, 8, 1, 1, 1, 1, 2, 2, 32, 32,
                              #emitc.opaque<"scopec::rt::kernels::Act::Relu">]} : ...
    ```
  }];
  let options = [
    Option<"modelName", "model-name", "std::string", /*default=*/"",
           "C++ namespace and symbol prefix (default: the model file's stem)">,
    Option<"className", "class-name", "std::string", /*default=*/"",
           "C++ class of the model in the header (default: the model "
           "name in CamelCase)">,
    Option<"threads", "threads", "int64_t", /*default=*/"0",
           "Default OpenMP thread count of the executable (0: OpenMP's)">,
  ];
  let dependentDialects = ["::mlir::emitc::EmitCDialect"];
}

#endif // SCOPEC_CONVERSION_PASSES_TD

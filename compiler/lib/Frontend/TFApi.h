//===- TFApi.h - The TensorFlow functions of the `tf` module -----*- C++ -*-===//

#ifndef SCOPEC_FRONTEND_TFAPI_H
#define SCOPEC_FRONTEND_TFAPI_H

#include "Signature.h"
#include "TFObjects.h"

#include "scopec/Dialect/Scope/IR/ScopeOps.h"

#include <functional>
#include <map>

namespace scopec::frontend {

class TFGraph;
class TFRuntime;

/// A native function of the `tf` modules, given the runtime.
using TFFn = std::function<FailureOr<Value>(TFRuntime &, CallArgs &)>;
/// The function value `name` that calls `fn` with `rt` (TFModule.cpp).
Value tfNative(TFRuntime &rt, const std::string &name, TFFn fn);

// TFFold.cpp
/// The values of the integer or bool computation `v` from the values
/// `inputs` of `inputValues` and small integer constants, or nothing when
/// it depends on anything else (a tf.while_loop's condition at one step).
std::optional<std::vector<double>>
evaluateInteger(mlir::Value v, llvm::ArrayRef<mlir::Value> inputValues,
                llvm::ArrayRef<std::vector<double>> inputs);

// TFElementwise.cpp
/// Adds the Python functions of every elementwise op (ScopeOps.td) to the
/// modules, which are keyed by Python name ("tf", "tf.nn", "tf.math").
void registerElementwiseOps(TFRuntime &rt,
                            const std::map<std::string, ModuleObj *> &modules);
/// The elementwise op `opName` ("scope.pow") on `operands` (parameters `x`,
/// `y`), named `defaultName`: Python's operators on tensors.
FailureOr<Value> tfElementwise(TFRuntime &rt, llvm::StringRef opName,
                               llvm::ArrayRef<Value> operands,
                               llvm::StringRef defaultName, SrcLoc l);

// TFGetVariable.cpp
FailureOr<Value> tfGetVariable(TFRuntime &rt, CallArgs &args);
/// TF's _VariableStore._get_single_variable (the "true getter" custom
/// getters and partitioned variables call): full name, explicit reuse.
FailureOr<Value> tfGetSingleVariable(TFRuntime &rt, CallArgs &args);
/// `_scopec_variable_exists(name)`: the store holds a variable `name`.
FailureOr<Value> tfVariableExists(TFRuntime &rt, CallArgs &args);
/// `_scopec_accepts_keyword(fn, name)`: calling `fn` may pass `name=` (a
/// parameter of that name or `**kwargs`; TF's fn_args/has_kwargs test).
FailureOr<Value> tfAcceptsKeyword(TFRuntime &rt, CallArgs &args);
/// tf.register_tensor_conversion_function(base_type, conversion_func,
/// priority=100) for Python classes.
FailureOr<Value> tfRegisterTensorConversion(TFRuntime &rt, CallArgs &args);

// TFVariables.cpp
FailureOr<Value> tfVariable(TFRuntime &rt, CallArgs &args);
FailureOr<Value> tfGetCollection(TFRuntime &rt, CallArgs &args);
FailureOr<Value> tfAddToCollection(TFRuntime &rt, CallArgs &args);
FailureOr<Value> tfTrainableVariables(TFRuntime &rt, CallArgs &args);
FailureOr<Value> tfGlobalVariables(TFRuntime &rt, CallArgs &args);
FailureOr<Value> tfGetVariableScope(TFRuntime &rt, CallArgs &args);
/// `v.assign(value)`, `tf.assign(ref, value)` and the add/sub forms
/// (`opType`: Assign, AssignAdd, AssignSub): a training-time update whose
/// result no fetch may use.
FailureOr<Value> tfAssign(TFRuntime &rt, llvm::StringRef opType,
                          const Value &ref, const Value &value,
                          const Value &nameArg, SrcLoc l);
/// TF's check when a variable is made with `constraint=`.
LogicalResult checkConstraint(Interpreter &in, const Value &constraint,
                              SrcLoc l);
/// The tensor object of a new variable (tf.get_variable's or tf.Variable's
/// op `VariableV2`).
std::shared_ptr<TensorObj> newVariable(TFGraph &g, TensorOrigin origin,
                                       const std::string &name,
                                       const Shape &shape, DType dtype,
                                       mlir::Value value, mlir::Location loc,
                                       const InitSpec &init, bool trainable);
/// Adds a new variable to `collections` (None: GLOBAL_VARIABLES), and to
/// TRAINABLE_VARIABLES when trainable.
LogicalResult addToCollections(TFRuntime &rt, const Value &collections,
                               const Value &var, bool trainable, SrcLoc l);

// TFInitializers.cpp
/// `tf.<kind>_initializer(...)`; `kind` selects the initializer.
FailureOr<Value> tfInitializer(TFRuntime &rt, const std::string &kind,
                               CallArgs &args);
/// Calling an initializer object: `init(shape, dtype=None)`.
FailureOr<Value> tfCallInitializer(TFRuntime &rt, InitializerObj &init,
                                   CallArgs &args);
/// `v.eval()`, `t.eval()` for variables and constants.
FailureOr<Value> tfEval(TFRuntime &rt, TensorObj &t, CallArgs &args);

// TFTensors.cpp
FailureOr<Value> tfPlaceholder(TFRuntime &rt, CallArgs &args);
FailureOr<Value> tfPlaceholderWithDefault(TFRuntime &rt, CallArgs &args);
/// tf.get_static_value: the value of a constant (fed placeholders included)
/// as an array, None for a computed tensor, a non-tensor as it is.
FailureOr<Value> tfGetStaticValue(TFRuntime &rt, CallArgs &args);
FailureOr<Value> tfConstant(TFRuntime &rt, CallArgs &args);
/// tf.shape / tf.size / tf.rank (`kind`: Shape, Size, Rank): constants,
/// shapes being static.
FailureOr<Value> tfShapeOf(TFRuntime &rt, llvm::StringRef kind, CallArgs &args);
/// tf.zeros / tf.ones.
FailureOr<Value> tfFill(TFRuntime &rt, const std::string &kind, CallArgs &args);
/// tf.random_normal / random_uniform / truncated_normal.
FailureOr<Value> tfRandom(TFRuntime &rt, const std::string &kind,
                          CallArgs &args);

// TFCast.cpp
struct OpCall;
/// Converts `x` (a tensor or Python value) to `dtype` as tf.cast does,
/// naming the op `nameArg` or `dflt`.
FailureOr<Value> castTo(TFRuntime &rt, const Value &x, DType dtype,
                        const Value &nameArg, const std::string &dflt,
                        SrcLoc l);
/// A Cast of `x` to `dtype` named `op.name`.
std::shared_ptr<TensorObj>
emitCast(OpCall &op, const std::shared_ptr<TensorObj> &x, DType dtype);
/// Casts integer operands of the true division `op` to its float dtype
/// (float64 for int32/int64, float32 for 8- and 16-bit integers).
LogicalResult trueDivide(OpCall &op, std::shared_ptr<TensorObj> &x,
                         std::shared_ptr<TensorObj> &y);
/// Registers tf.cast, tf.to_float, ..., tf.where and tf.where_v2.
void registerCastOps(TFRuntime &rt, ModuleObj &tf);

// TFReduce.cpp
/// Adds the Python functions of every reduction op (ScopeOps.td:
/// tf.reduce_sum, ...) and tf.argmax/argmin to the modules, keyed by Python
/// name ("tf", "tf.math").
void registerReductionOps(TFRuntime &rt,
                          const std::map<std::string, ModuleObj *> &modules);

// TFGather.cpp
/// Registers tf.gather.
void registerGatherOps(TFRuntime &rt, ModuleObj &tf);

// TFConv.cpp
/// Registers tf.nn.depthwise_conv2d_native and tf.nn.conv2d_backprop_input
/// (the prelude writes depthwise_conv2d, separable_conv2d, conv2d_transpose
/// and atrous_conv2d over them, as TF does).
void registerConvOps(TFRuntime &rt, ModuleObj &nn);

// TFPad.cpp
/// Registers tf.pad.
void registerPadOps(TFRuntime &rt, ModuleObj &tf);

// TFSlice.cpp
/// `tensor[key]` (Python indexing and slicing): TF's strided_slice.
FailureOr<Value> tfSliceTensor(TFRuntime &rt, const Value &tensor,
                               const Value &key, SrcLoc l);
/// Registers tf.strided_slice and tf.slice.
void registerSliceOps(TFRuntime &rt, ModuleObj &tf);

// TFStack.cpp
/// Registers tf.stack and tf.unstack.
void registerStackOps(TFRuntime &rt, ModuleObj &tf);
/// `tf._scopec_loop`, the recurrence primitive (TFLoop.cpp).
void registerLoopOps(TFRuntime &rt, ModuleObj &tf);
/// `tf._scopec_while`, tf.while_loop's primitive (TFWhile.cpp).
void registerWhileOps(TFRuntime &rt, ModuleObj &tf);

// TFOps.cpp
/// Reads an int list that may also be given as one int (`ksize=2`).
FailureOr<std::vector<int64_t>> intList(TFRuntime &rt, const Value &v, SrcLoc l,
                                        const char *what);
/// `a op b` on tensors (Python operators); `opName` is TF's (`add`).
FailureOr<Value> tfOperator(TFRuntime &rt, BinOpKind op, const Value &a,
                            const Value &b, SrcLoc l);
FailureOr<Value> tfNeg(TFRuntime &rt, const Value &a, SrcLoc l);
/// Registers tf.add, tf.nn.conv2d, ... into the modules.
void registerOps(TFRuntime &rt, ModuleObj &tf, ModuleObj &nn, ModuleObj &math);

// TFNNOps.cpp
/// NHWC window values (ksize/strides/dilations: one int, (h, w) or
/// [1, h, w, 1]) to the spatial (h, w) pair; `dflt` for None.
FailureOr<std::vector<int64_t>> spatial(TFRuntime &rt, const Value &v, SrcLoc l,
                                        const char *what, int64_t dflt);
/// padding='SAME' (true) or 'VALID' (false), with TF's message otherwise.
FailureOr<bool> padding(TFRuntime &rt, const Value &v, SrcLoc l);
/// Accepts data_format None or 'NHWC'; anything else is a located error.
LogicalResult dataFormat(TFRuntime &rt, const Value &v, SrcLoc l);
/// A convolution's `strides`, `dilations` and `padding` arguments.
struct ConvWindow {
  std::vector<int64_t> strides, dilations;
  bool same = false;
  scopec::scope::Padding padding() const {
    return same ? scopec::scope::Padding::Same : scopec::scope::Padding::Valid;
  }
};
/// Reads a["strides"], a["dilations"] (default 1) and a["padding"].
FailureOr<ConvWindow> convWindow(TFRuntime &rt, BoundArgs &a, SrcLoc l);
/// Registers tf.nn.softmax, bias_add, conv2d, max_pool, avg_pool and lrn.
void registerNNOps(TFRuntime &rt, ModuleObj &nn);

// TFArrayOps.cpp
/// Registers tf.reshape, transpose, concat, split, squeeze and expand_dims.
void registerArrayOps(TFRuntime &rt, ModuleObj &tf);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_TFAPI_H

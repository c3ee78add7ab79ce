//===- ModelInterpreter.h - evaluation state --------------------*- C++ -*-===//
//
// Private to lib/Interpreter: the object that walks one model function,
// shared by Interpreter.cpp (values, inputs, parameters) and EvaluateOps.cpp
// (one case per op).
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_LIB_INTERPRETER_MODELINTERPRETER_H
#define SCOPEC_LIB_INTERPRETER_MODELINTERPRETER_H

#include "scopec/Interpreter/Interpreter.h"
#include "scopec/Interpreter/Kernels.h"

#include "scopec/Dialect/Scope/IR/ScopeOps.h"

#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"

namespace scopec::interp::eval {

/// The static shape of a ranked tensor type.
Shape shapeOf(mlir::Type type);
/// The kernels' activation for a fused op's epilogue.
Activation toActivation(scope::Activation activation);
/// Rounds an interpreted value to `elementType`: integers wrap around to
/// their bit width (as TF's integer kernels do), booleans are 0 or 1; float
/// values stay in float64.
double toElementType(mlir::Type elementType, double value);

/// Evaluates one model function, op by op, in order.
class ModelInterpreter {
public:
  explicit ModelInterpreter(mlir::ModuleOp module) : symbols(module) {}

  mlir::LogicalResult run(mlir::func::FuncOp model,
                          const std::map<std::string, Tensor> &inputs,
                          std::vector<ModelOutput> &outputs);

private:
  /// Evaluates one op of the model body (EvaluateOps.cpp).
  mlir::LogicalResult evaluate(mlir::Operation *op);
  mlir::LogicalResult evaluatePlaceholder(scope::PlaceholderOp op);
  mlir::LogicalResult evaluateRead(scope::ReadOp op);
  /// The convolutions: scope.conv2d (and fused_conv2d's convolution),
  /// depthwise_conv2d and conv2d_transpose.
  enum class ConvKind { Conv, Depthwise, Transpose };
  mlir::LogicalResult evaluateConv(mlir::Operation *op, ConvKind kind,
                                   mlir::Value input,
                                   mlir::Value filter,
                                   llvm::ArrayRef<int64_t> strides,
                                   llvm::ArrayRef<int64_t> dilations,
                                   scope::Padding padding, Tensor &result);
  /// scope.fused_elementwise: its scalar body per result element
  /// (FusedElementwise.cpp).
  mlir::LogicalResult evaluateFusedElementwise(scope::FusedElementwiseOp op);
  /// scope.loop: its body once per step (Loop.cpp).
  mlir::LogicalResult evaluateLoop(scope::LoopOp op);

  const Tensor &get(mlir::Value value) { return values[value]; }
  /// Records `tensor` as the value of `result` after checking its shape
  /// against the declared type.
  mlir::LogicalResult set(mlir::Operation *op, mlir::Value result,
                          Tensor tensor);
  /// Reports a kernel failure at `op`.
  mlir::LogicalResult check(mlir::Operation *op, bool ok,
                            const std::string &error) {
    if (ok)
      return mlir::success();
    return op->emitError() << "cannot interpret: " << error;
  }

  mlir::SymbolTable symbols;
  const std::map<std::string, Tensor> *inputs = nullptr;
  std::vector<ModelOutput> *outputs = nullptr;
  int placeholderIndex = 0;
  llvm::DenseMap<mlir::Value, Tensor> values;
  llvm::StringMap<Tensor> paramValues;
};

} // namespace scopec::interp::eval

#endif // SCOPEC_LIB_INTERPRETER_MODELINTERPRETER_H

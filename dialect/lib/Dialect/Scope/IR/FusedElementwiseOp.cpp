//===- FusedElementwiseOp.cpp - scope.fused_elementwise verifier ----------===//
//
// The invariants a code generator relies on to emit the op as one loop nest:
// one scalar block argument per input, inputs that broadcast to the result,
// a body of side-effect-free scalar ops, and a yield of the result element.
//
//===----------------------------------------------------------------------===//

#include "scopec/Dialect/Scope/IR/ScalarBuilder.h"
#include "scopec/Dialect/Scope/IR/ScopeOps.h"
#include "scopec/Dialect/Scope/IR/ShapeRules.h"

#include "mlir/Interfaces/SideEffectInterfaces.h"

using namespace mlir;
using namespace scopec::scope;
namespace shapes = scopec::shapes;

namespace {
shapes::Shape shapeOf(Type type) {
  auto tensor = cast<RankedTensorType>(type);
  return shapes::Shape(tensor.getShape().begin(), tensor.getShape().end());
}

/// True for the scalar types a body may compute with.
bool isScalar(Type type) { return type.isIntOrIndexOrFloat(); }

/// `input` broadcasts to `result` when broadcasting the two gives `result`.
bool broadcastsTo(const shapes::Shape &input, const shapes::Shape &result) {
  shapes::Shape joined;
  std::string error;
  return shapes::broadcast(input, result, joined, error) && joined == result;
}
} // namespace

LogicalResult FusedElementwiseOp::verify() {
  Block &body = getBody().front();
  if (body.getNumArguments() != getInputs().size())
    return emitOpError() << "expects " << getInputs().size()
                         << " block arguments (one per input), got "
                         << body.getNumArguments();

  shapes::Shape resultShape = shapeOf(getType());
  for (auto [index, input] : llvm::enumerate(getInputs())) {
    Type element = cast<RankedTensorType>(input.getType()).getElementType();
    Type argType = body.getArgument(index).getType();
    if (argType != getScalarType(element))
      return emitOpError() << "block argument #" << index << " has type "
                           << argType << ", but input #" << index
                           << " has element type " << element;
    shapes::Shape inputShape = shapeOf(input.getType());
    if (!broadcastsTo(inputShape, resultShape))
      return emitOpError() << "input #" << index << " of shape "
                           << shapes::formatShape(inputShape)
                           << " does not broadcast to the result shape "
                           << shapes::formatShape(resultShape);
  }

  // Runs before the generic block checks: the terminator may be missing.
  auto yield = body.empty() ? YieldOp() : dyn_cast<YieldOp>(body.back());
  if (!yield)
    return emitOpError() << "expects the body to end with scope.yield";

  for (Operation &op : body.without_terminator()) {
    if (op.getNumRegions() != 0 || !isMemoryEffectFree(&op))
      return op.emitOpError()
             << "is not allowed in a scope.fused_elementwise body: only "
                "side-effect-free scalar ops are";
    SmallVector<Type> types(op.getOperandTypes());
    llvm::append_range(types, op.getResultTypes());
    for (Type type : types)
      if (!isScalar(type))
        return op.emitOpError()
               << "in a scope.fused_elementwise body must operate on "
                  "scalars, got "
               << type;
  }

  Type yielded = yield.getValue().getType();
  Type element = cast<RankedTensorType>(getType()).getElementType();
  if (yielded != getScalarType(element))
    return emitOpError() << "body yields " << yielded
                         << ", but the result element type is " << element;
  return success();
}

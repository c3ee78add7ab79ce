//===- ElementwiseOps.cpp - Unfused elementwise kernel calls --------------===//
//
// Elementwise ops the fusion passes left alone (a lone op is never wrapped
// into a fused op of its own): binary arithmetic with NumPy broadcasting,
// activations and bias_add on float32, each one call into Elementwise.h; the
// other ops of ElementwiseOpInterface and other element types, a loop over
// their scalar formula (FusedElementwise.cpp).
//
//===----------------------------------------------------------------------===//

#include "ModelLowering.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace scopec;
using namespace scopec::lowering;

static LogicalResult lowerBinary(ModelLowering &l, Operation *op,
                                 StringRef binOp) {
  Value lhs = op->getOperand(0), rhs = op->getOperand(1);
  Value result = op->getResult(0);
  l.emitComment(op);
  FailureOr<Value> aPtr = l.getPointer(lhs), bPtr = l.getPointer(rhs);
  FailureOr<Value> outPtr = l.getResultPointer(result);
  if (failed(aPtr) || failed(bPtr) || failed(outPtr))
    return failure();
  l.callKernel("binary",
               {l.opaque(("scopec::rt::kernels::BinOp::" + binOp).str()),
                l.intList("Shape", shapeOf(result)),
                l.intList("Shape", shapeOf(lhs)),
                l.intList("Shape", shapeOf(rhs))},
               {*aPtr, *bPtr, *outPtr});
  return success();
}

static LogicalResult lowerUnary(ModelLowering &l, Operation *op,
                                scope::Activation act) {
  Value result = op->getResult(0);
  l.emitComment(op);
  FailureOr<Value> inPtr = l.getPointer(op->getOperand(0));
  FailureOr<Value> outPtr = l.getResultPointer(result);
  if (failed(inPtr) || failed(outPtr))
    return failure();
  auto type = cast<RankedTensorType>(result.getType());
  l.callKernel("unary", {l.activation(act), l.integer(type.getNumElements())},
               {*inPtr, *outPtr});
  return success();
}

static LogicalResult lowerBiasAdd(ModelLowering &l, scope::BiasAddOp op) {
  ArrayRef<int64_t> shape = shapeOf(op.getResult());
  int64_t channels = shape.back();
  int64_t rows = cast<RankedTensorType>(op.getType()).getNumElements() /
                 std::max<int64_t>(channels, 1);
  l.emitComment(op);
  FailureOr<Value> inPtr = l.getPointer(op.getInput());
  FailureOr<Value> biasPtr = l.getPointer(op.getBias());
  FailureOr<Value> outPtr = l.getResultPointer(op.getResult());
  if (failed(inPtr) || failed(biasPtr) || failed(outPtr))
    return failure();
  l.callKernel("biasAdd", {l.integer(rows), l.integer(channels)},
               {*inPtr, *biasPtr, *outPtr});
  return success();
}

LogicalResult lowering::lowerElementwiseOp(ModelLowering &l, Operation *op) {
  // The float32 kernels of Elementwise.h; every other op and element type,
  // a loop over its scalar formula.
  bool hasKernel =
      isa<scope::AddOp, scope::SubOp, scope::MulOp, scope::DivOp, scope::ReluOp,
          scope::Relu6Op, scope::SigmoidOp, scope::TanhOp, scope::BiasAddOp>(
          op);
  if (!isa<scope::BiasAddOp>(op) &&
      (!hasKernel || !elementTypeOf(op->getResult(0)).isF32() ||
       !elementTypeOf(op->getOperand(0)).isF32()))
    return lowerElementwiseLoop(l, cast<scope::ElementwiseOpInterface>(op));
  if (failed(checkFloat32(l, op)))
    return failure();
  l.require("scopec/runtime/kernels/Elementwise.h");
  using scope::Activation;
  return llvm::TypeSwitch<Operation *, LogicalResult>(op)
      .Case([&](scope::AddOp) { return lowerBinary(l, op, "Add"); })
      .Case([&](scope::SubOp) { return lowerBinary(l, op, "Sub"); })
      .Case([&](scope::MulOp) { return lowerBinary(l, op, "Mul"); })
      .Case([&](scope::DivOp) { return lowerBinary(l, op, "Div"); })
      .Case([&](scope::ReluOp) { return lowerUnary(l, op, Activation::Relu); })
      .Case(
          [&](scope::Relu6Op) { return lowerUnary(l, op, Activation::Relu6); })
      .Case([&](scope::SigmoidOp) {
        return lowerUnary(l, op, Activation::Sigmoid);
      })
      .Case([&](scope::TanhOp) { return lowerUnary(l, op, Activation::Tanh); })
      .Case([&](scope::BiasAddOp biasAdd) { return lowerBiasAdd(l, biasAdd); })
      .Default([&](Operation *) { return failure(); });
}

//===- EvaluateOps.cpp - one case per scope op ----------------------------===//
//
// Unpacks each op's operands and attributes and calls its reference kernel.
// Ops the interpreter cannot run (unresolved variable lookups, foreign ops)
// are reported at their location.
//
//===----------------------------------------------------------------------===//

#include "ModelInterpreter.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace scopec;
using namespace scopec::interp;
using namespace scopec::interp::eval;

namespace {
bool isIntegerTensor(Value value) {
  return isa<IntegerType>(
      cast<RankedTensorType>(value.getType()).getElementType());
}

Window poolWindow(ArrayRef<int64_t> strides, scope::Padding padding) {
  Window window;
  window.strideH = strides.size() == 2 ? strides[0] : 0;
  window.strideW = strides.size() == 2 ? strides[1] : 0;
  window.same = padding == scope::Padding::Same;
  return window;
}
} // namespace

LogicalResult ModelInterpreter::evaluate(Operation *op) {
  std::string error;
  Tensor result;
  // Ops with one result computed by a kernel: the kernel fills `result` or
  // sets `error` and returns false.
  auto single = [&](bool ok) -> LogicalResult {
    if (failed(check(op, ok, error)))
      return failure();
    return set(op, op->getResult(0), std::move(result));
  };
  auto binaryOp = [&](BinaryKind kind, Value lhs, Value rhs) {
    return single(
        binary(kind, get(lhs), get(rhs), isIntegerTensor(lhs), result, error));
  };
  auto unaryOp = [&](Activation activation, Value input) {
    result = unary(activation, get(input));
    return single(true);
  };
  auto pool2d = [&](auto op, bool isMax) -> LogicalResult {
    ArrayRef<int64_t> ksize = op.getKsize();
    if (ksize.size() != 2 || op.getStrides().size() != 2)
      return op.emitError("cannot interpret: ksize and strides need two "
                          "(height, width) values");
    Window window = poolWindow(op.getStrides(), op.getPadding());
    const Tensor &input = get(op.getInput());
    return single(
        isMax ? maxPool(input, ksize[0], ksize[1], window, result, error)
              : avgPool(input, ksize[0], ksize[1], window, result, error));
  };

  return llvm::TypeSwitch<Operation *, LogicalResult>(op)
      // Inputs, parameters, constants and outputs.
      .Case([&](scope::PlaceholderOp op) { return evaluatePlaceholder(op); })
      .Case([&](scope::ReadOp op) { return evaluateRead(op); })
      .Case([&](scope::ConstantOp op) -> LogicalResult {
        FailureOr<Tensor> value = readElements(op.getValue(), op.getLoc());
        if (failed(value))
          return failure();
        return set(op, op.getResult(), std::move(*value));
      })
      .Case([&](scope::OutputOp op) {
        outputs->push_back({op.getName().str(),
                            cast<RankedTensorType>(op.getValue().getType()),
                            get(op.getValue())});
        return success();
      })
      .Case([&](func::ReturnOp) { return success(); })
      // Elementwise.
      .Case([&](scope::AddOp op) {
        return binaryOp(BinaryKind::Add, op.getLhs(), op.getRhs());
      })
      .Case([&](scope::SubOp op) {
        return binaryOp(BinaryKind::Sub, op.getLhs(), op.getRhs());
      })
      .Case([&](scope::MulOp op) {
        return binaryOp(BinaryKind::Mul, op.getLhs(), op.getRhs());
      })
      .Case([&](scope::DivOp op) {
        return binaryOp(BinaryKind::Div, op.getLhs(), op.getRhs());
      })
      .Case([&](scope::ElementwiseOpInterface op) {
        std::vector<const Tensor *> operands;
        for (Value operand : op->getOperands())
          operands.push_back(&get(operand));
        auto fn = [&](const std::vector<double> &x) { return op.evaluate(x); };
        return single(mapElements(operands, shapeOf(op->getResult(0).getType()),
                                  fn, result, error));
      })
      .Case([&](scope::IdentityOp op) {
        return unaryOp(Activation::None, op.getInput());
      })
      .Case([&](scope::SoftmaxOp op) {
        return single(softmax(get(op.getInput()),
                              static_cast<int64_t>(op.getAxis()), result,
                              error));
      })
      .Case([&](scope::BiasAddOp op) {
        return single(
            biasAdd(get(op.getInput()), get(op.getBias()), result, error));
      })
      // Windows and matrices.
      .Case([&](scope::Conv2DOp op) -> LogicalResult {
        if (failed(evaluateConv(op, ConvKind::Conv, op.getInput(), op.getFilter(),
                                op.getStrides(), op.getDilations(),
                                op.getPadding(), result)))
          return failure();
        return set(op, op.getResult(), std::move(result));
      })
      .Case([&](scope::DepthwiseConv2DOp op) -> LogicalResult {
        if (failed(evaluateConv(op, ConvKind::Depthwise, op.getInput(),
                                op.getFilter(), op.getStrides(),
                                op.getDilations(), op.getPadding(), result)))
          return failure();
        return set(op, op.getResult(), std::move(result));
      })
      .Case([&](scope::Conv2DTransposeOp op) -> LogicalResult {
        if (failed(evaluateConv(op, ConvKind::Transpose, op.getInput(),
                                op.getFilter(), op.getStrides(),
                                op.getDilations(), op.getPadding(), result)))
          return failure();
        return set(op, op.getResult(), std::move(result));
      })
      .Case([&](scope::FusedConv2DOp op) -> LogicalResult {
        Tensor conv;
        if (failed(evaluateConv(op, ConvKind::Conv, op.getInput(), op.getFilter(),
                                op.getStrides(), op.getDilations(),
                                op.getPadding(), conv)) ||
            failed(check(op, biasAdd(conv, get(op.getBias()), result, error),
                         error)))
          return failure();
        return set(op, op.getResult(),
                   unary(toActivation(op.getActivation()), result));
      })
      .Case([&](scope::MatMulOp op) {
        return single(matmul(get(op.getLhs()), get(op.getRhs()),
                             op.getTransposeA(), op.getTransposeB(), result,
                             error));
      })
      .Case([&](scope::BatchMatMulOp op) {
        return single(batchMatmul(get(op.getLhs()), get(op.getRhs()),
                                  op.getAdjX(), op.getAdjY(), result, error));
      })
      .Case([&](scope::FusedMatMulOp op) -> LogicalResult {
        Tensor product;
        if (failed(check(op,
                         matmul(get(op.getLhs()), get(op.getRhs()),
                                op.getTransposeA(), op.getTransposeB(), product,
                                error),
                         error)) ||
            failed(check(op, biasAdd(product, get(op.getBias()), result, error),
                         error)))
          return failure();
        return set(op, op.getResult(),
                   unary(toActivation(op.getActivation()), result));
      })
      .Case([&](scope::LoopOp op) { return evaluateLoop(op); })
      .Case([&](scope::FusedElementwiseOp op) {
        return evaluateFusedElementwise(op);
      })
      .Case([&](scope::MaxPoolOp op) { return pool2d(op, /*isMax=*/true); })
      .Case([&](scope::AvgPoolOp op) { return pool2d(op, /*isMax=*/false); })
      .Case([&](scope::LRNOp op) {
        return single(
            lrn(get(op.getInput()), static_cast<int64_t>(op.getDepthRadius()),
                op.getBias().convertToDouble(), op.getAlpha().convertToDouble(),
                op.getBeta().convertToDouble(), result, error));
      })
      // Shapes and reductions.
      .Case([&](scope::ReshapeOp op) {
        return single(
            reshape(get(op.getInput()), shapeOf(op.getType()), result, error));
      })
      .Case([&](scope::TransposeOp op) {
        return single(transpose(get(op.getInput()),
                                Shape(op.getPerm().begin(), op.getPerm().end()),
                                result, error));
      })
      .Case([&](scope::ConcatOp op) {
        std::vector<const Tensor *> pieces;
        for (Value input : op.getInputs())
          pieces.push_back(&get(input));
        return single(
            concat(pieces, static_cast<int64_t>(op.getAxis()), result, error));
      })
      .Case([&](scope::SplitOp op) -> LogicalResult {
        // The pieces' sizes along the axis are the results' sizes.
        int64_t rank =
            cast<RankedTensorType>(op.getInput().getType()).getRank();
        int64_t axis = static_cast<int64_t>(op.getAxis());
        if (axis < 0)
          axis += rank;
        if (axis < 0 || axis >= rank)
          return op.emitError() << "cannot interpret: split axis "
                                << op.getAxis() << " is out of range";
        Shape sizes;
        for (Value piece : op.getResults())
          sizes.push_back(shapeOf(piece.getType())[axis]);
        std::vector<Tensor> pieces;
        if (failed(check(op,
                         split(get(op.getInput()), axis, sizes, pieces, error),
                         error)))
          return failure();
        for (auto [value, piece] : llvm::zip(op.getResults(), pieces))
          if (failed(set(op, value, std::move(piece))))
            return failure();
        return success();
      })
      .Case([&](scope::GatherOp op) {
        return set(op, op.getResult(),
                   gather(get(op.getParams()), get(op.getIndices()),
                          static_cast<int64_t>(op.getAxis())));
      })
      .Case([&](scope::PadOp op) {
        return set(op, op.getResult(),
                   pad(get(op.getInput()),
                       Shape(op.getBefore().begin(), op.getBefore().end()),
                       Shape(op.getAfter().begin(), op.getAfter().end()),
                       op.getMode(), op.getValue().convertToDouble()));
      })
      .Case([&](scope::StridedSliceOp op) {
        return set(
            op, op.getResult(),
            stridedSlice(get(op.getInput()),
                         Shape(op.getOffsets().begin(), op.getOffsets().end()),
                         Shape(op.getStrides().begin(), op.getStrides().end()),
                         shapeOf(op.getType())));
      })
      .Case<scope::ArgMaxOp, scope::ArgMinOp>([&](Operation *op) {
        bool isMax = isa<scope::ArgMaxOp>(op);
        int64_t axis = isMax ? cast<scope::ArgMaxOp>(op).getAxis()
                             : cast<scope::ArgMinOp>(op).getAxis();
        return single(
            argReduce(isMax, get(op->getOperand(0)), axis, result, error));
      })
      .Case([&](scope::ReductionOpInterface op) {
        auto combine = [&](llvm::ArrayRef<double> values) {
          return op.evaluate(values);
        };
        return single(reduce(combine, get(op.getInput()),
                             Shape(op.getAxes().begin(), op.getAxes().end()),
                             op.getKeepDims(), result, error));
      })
      // What the interpreter cannot run.
      .Case<scope::GetVariableOp, scope::VariableOp>([&](Operation *op) {
        return op->emitError()
               << "cannot interpret an unresolved variable lookup: run "
                  "variable resolution first (the interpreter needs the "
                  "resolved stage)";
      })
      .Default([&](Operation *op) {
        return op->emitError()
               << "the interpreter does not support '" << op->getName() << "'";
      });
}

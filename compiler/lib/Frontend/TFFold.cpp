//===- TFFold.cpp - Static values of small integer computations -----------===//
//
// Model files compute shapes with ops: `tf.shape(x)[0]`, `n * 2`,
// `tf.stack([batch, -1])`. scopec's shapes are static, so such a computation
// on constants folds to a constant (keeping the op's name) and can serve as
// a shape (TFRuntime::toShape). Only integer and bool computations whose
// operands and result have at most kMaxFoldedElements elements fold: float
// arithmetic on constants stays in the graph as the model wrote it.
//
//===----------------------------------------------------------------------===//

#include "TFApi.h"
#include "TFOpCall.h"

#include "scopec/Dialect/Scope/IR/ScopeOps.h"

using namespace scopec::frontend;
namespace sc = scopec::scope;

namespace {

constexpr int64_t kMaxFoldedElements = 64;

/// Row-major strides of `shape`.
Shape stridesOf(const Shape &shape) {
  Shape s(shape.size(), 1);
  for (size_t d = shape.size(); d-- > 1;)
    s[d - 1] = s[d] * shape[d];
  return s;
}

/// The multi-index of flat position `flat` in `shape`.
Shape indexOf(int64_t flat, const Shape &shape) {
  Shape index(shape.size(), 0);
  for (size_t d = shape.size(); d-- > 0;) {
    index[d] = flat % shape[d];
    flat /= shape[d];
  }
  return index;
}

/// The flat position in `shape` that NumPy broadcasting reads for output
/// index `index` (of a result of rank >= shape's).
int64_t broadcastSource(const Shape &index, const Shape &shape) {
  Shape strides = stridesOf(shape);
  size_t offset = index.size() - shape.size();
  int64_t flat = 0;
  for (size_t d = 0; d < shape.size(); ++d)
    flat += (shape[d] == 1 ? 0 : index[offset + d]) * strides[d];
  return flat;
}

/// The values of the scope.constant `c` of an integer or bool type.
std::optional<std::vector<double>> constantValues(sc::ConstantOp c) {
  auto attr = llvm::dyn_cast<mlir::DenseIntElementsAttr>(c.getValue());
  if (!attr || attr.getNumElements() > kMaxFoldedElements)
    return std::nullopt;
  bool isBool = attr.getElementType().isInteger(1);
  std::vector<double> out;
  for (const llvm::APInt &v : attr.getValues<llvm::APInt>())
    out.push_back(isBool ? static_cast<double>(v.getZExtValue())
                         : static_cast<double>(v.getSExtValue()));
  return out;
}

/// The values of `v`, computed from the static `inputs` (the values of
/// `inputValues`) through the ops that fold (and, with `readConstants`,
/// small integer scope.constant ops), or nothing.
std::optional<std::vector<double>>
evaluateValue(mlir::Value v, llvm::ArrayRef<mlir::Value> inputValues,
              llvm::ArrayRef<std::vector<double>> inputs,
              bool readConstants = false) {
  for (size_t k = 0; k < inputValues.size(); ++k)
    if (inputValues[k] == v)
      return inputs[k];
  mlir::Operation *op = v.getDefiningOp();
  if (!op || op->getNumResults() != 1)
    return std::nullopt;
  if (auto c = llvm::dyn_cast<sc::ConstantOp>(op))
    return readConstants ? constantValues(c) : std::nullopt;
  std::vector<std::vector<double>> operands(op->getNumOperands());
  std::vector<Shape> shapes;
  for (unsigned k = 0; k < op->getNumOperands(); ++k) {
    std::optional<std::vector<double>> operand =
        evaluateValue(op->getOperand(k), inputValues, inputs, readConstants);
    if (!operand)
      return std::nullopt;
    operands[k] = std::move(*operand);
    auto type = llvm::cast<mlir::RankedTensorType>(op->getOperand(k).getType());
    shapes.emplace_back(type.getShape().begin(), type.getShape().end());
  }
  auto type = llvm::cast<mlir::RankedTensorType>(v.getType());
  Shape shape(type.getShape().begin(), type.getShape().end());
  int64_t count = 1;
  for (int64_t d : shape)
    count *= d;
  std::vector<double> out(count, 0.0);
  if (auto e = llvm::dyn_cast<sc::ElementwiseOpInterface>(op)) {
    llvm::SmallVector<double> args(operands.size());
    for (int64_t i = 0; i < count; ++i) {
      Shape index = indexOf(i, shape);
      for (size_t k = 0; k < operands.size(); ++k)
        args[k] = operands[k][broadcastSource(index, shapes[k])];
      out[i] = e.evaluate(args);
    }
  } else if (auto s = llvm::dyn_cast<sc::StridedSliceOp>(op)) {
    Shape inStrides = stridesOf(shapes[0]);
    for (int64_t i = 0; i < count; ++i) {
      Shape index = indexOf(i, shape);
      int64_t source = 0;
      for (size_t d = 0; d < index.size(); ++d)
        source += (s.getOffsets()[d] + index[d] * s.getStrides()[d]) *
                  inStrides[d];
      out[i] = operands[0][source];
    }
  } else if (llvm::isa<sc::ReshapeOp, sc::IdentityOp>(op)) {
    out = operands[0];
  } else if (auto c = llvm::dyn_cast<sc::ConcatOp>(op)) {
    out.clear();
    int64_t axis = static_cast<int64_t>(c.getAxis());
    if (axis < 0)
      axis += static_cast<int64_t>(shape.size());
    int64_t outer = 1;
    for (int64_t d = 0; d < axis; ++d)
      outer *= shape[d];
    for (int64_t o = 0; o < outer; ++o)
      for (const std::vector<double> &in : operands) {
        int64_t chunk = static_cast<int64_t>(in.size()) / outer;
        out.insert(out.end(), in.begin() + o * chunk,
                   in.begin() + (o + 1) * chunk);
      }
  } else {
    return std::nullopt;
  }
  return out;
}

/// Erases `op` and the ops that only fed it, down to the op call's inputs.
void eraseChain(mlir::Operation *op, llvm::ArrayRef<mlir::Value> keep) {
  llvm::SmallVector<mlir::Value> operands(op->getOperands());
  op->erase();
  for (mlir::Value v : operands)
    if (!llvm::is_contained(keep, v) && v.getDefiningOp() && v.use_empty())
      eraseChain(v.getDefiningOp(), keep);
}

} // namespace

std::optional<std::vector<double>>
scopec::frontend::evaluateInteger(mlir::Value v,
                                  llvm::ArrayRef<mlir::Value> inputValues,
                                  llvm::ArrayRef<std::vector<double>> inputs) {
  return evaluateValue(v, inputValues, inputs, /*readConstants=*/true);
}

std::shared_ptr<TensorObj> TFRuntime::fold(OpCall &op, mlir::Value result,
                                           const Shape &shape, DType dtype) {
  int64_t count;
  if (isFloatDType(dtype) || !checkedCount(shape, kMaxFoldedElements, count))
    return nullptr;
  mlir::Operation *created = result.getDefiningOp();
  if (!created || !result.use_empty())
    return nullptr;
  std::vector<std::vector<double>> inputs;
  llvm::SmallVector<mlir::Value> inputValues;
  for (const TensorRef &t : op.inputs) {
    // Shape arithmetic only: small integer operands (no copy of a large
    // constant on every op built from one).
    int64_t inputCount;
    if (isFloatDType(t->dtype) || t->trainingOnly ||
        !checkedCount(t->shape, kMaxFoldedElements, inputCount))
      return nullptr;
    std::optional<std::vector<double>> values = staticValues(*t);
    if (!values)
      return nullptr;
    inputs.push_back(std::move(*values));
    inputValues.push_back(t->value);
  }
  std::optional<std::vector<double>> values =
      evaluateValue(result, inputValues, inputs);
  if (!values || static_cast<int64_t>(values->size()) != count)
    return nullptr;
  for (double &v : *values)
    v = castTo(dtype, v);
  eraseChain(created, inputValues);
  InitSpec spec;
  spec.spec.kind = "value";
  spec.spec.values = std::move(*values);
  return newConstant(op.name, op.type, shape, dtype, spec, op.l);
}

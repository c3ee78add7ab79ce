//===- ScopeOps.cpp - scope dialect operations, verifiers -----------------===//
//
// Shape invariants are checked with the same rules the frontend uses
// (ShapeRules.h), so verified IR always has TensorFlow-consistent shapes.
//
//===----------------------------------------------------------------------===//

#include "scopec/Dialect/Scope/IR/ScopeOps.h"
#include "scopec/Dialect/Scope/IR/ScalarBuilder.h"
#include "scopec/Dialect/Scope/IR/ShapeRules.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <cmath>

using namespace mlir;
using namespace scopec::scope;
namespace shapes = scopec::shapes;

namespace {
shapes::Shape shapeOf(Type type) {
  auto tensor = cast<RankedTensorType>(type);
  return shapes::Shape(tensor.getShape().begin(), tensor.getShape().end());
}

shapes::Shape toShape(llvm::ArrayRef<int64_t> values) {
  return shapes::Shape(values.begin(), values.end());
}

/// Every operand and result of `op` has one element type.
LogicalResult verifySameElementTypes(Operation *op) {
  Type expected;
  for (Type type : llvm::concat<Type>(llvm::to_vector(op->getOperandTypes()),
                                      llvm::to_vector(op->getResultTypes()))) {
    Type element = cast<RankedTensorType>(type).getElementType();
    if (!expected)
      expected = element;
    else if (element != expected)
      return op->emitOpError() << "requires one element type, got "
                               << expected << " and " << element;
  }
  return success();
}

/// Reports a shape-rule failure, or a result shape other than the rule's.
LogicalResult checkRule(Operation *op, bool ok, const std::string &error,
                        const shapes::Shape &expected, Type resultType) {
  if (!ok)
    return op->emitOpError() << error;
  shapes::Shape actual = shapeOf(resultType);
  if (actual != expected)
    return op->emitOpError() << "result shape " << shapes::formatShape(actual)
                             << " does not match the inferred shape "
                             << shapes::formatShape(expected);
  return success();
}

LogicalResult verifyName(Operation *op, llvm::StringRef name) {
  if (name.empty())
    return op->emitOpError() << "requires a non-empty name";
  return success();
}

/// Tensors that enter the graph (inputs, variables, parameters) stay within
/// the shape rules' element limit, like every op result, so that byte sizes
/// of verified IR always fit in int64.
LogicalResult verifySize(Operation *op, Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  if (tensor && tensor.hasStaticShape() &&
      shapes::numElements(shapeOf(tensor)) < 0)
    return op->emitOpError() << "type " << type
                             << " is too large (more than 2^40 elements)";
  return success();
}

LogicalResult verifySpatial(Operation *op, llvm::StringRef what,
                            llvm::ArrayRef<int64_t> values) {
  if (values.size() != 2)
    return op->emitOpError() << "expects 2 spatial " << what << ", got "
                             << values.size();
  if (llvm::any_of(values, [](int64_t v) { return v < 1; }))
    return op->emitOpError() << what << " must be positive";
  return success();
}

LogicalResult verifyConv(Operation *op, Value input, Value filter,
                         llvm::ArrayRef<int64_t> strides,
                         llvm::ArrayRef<int64_t> dilations, Padding padding,
                         Type resultType) {
  if (failed(verifySpatial(op, "strides", strides)) ||
      failed(verifySpatial(op, "dilations", dilations)))
    return failure();
  shapes::Shape result;
  std::string error;
  bool ok = shapes::conv2d(shapeOf(input.getType()), shapeOf(filter.getType()),
                           toShape(strides), toShape(dilations),
                           padding == Padding::Same, result, error);
  return checkRule(op, ok, error, result, resultType);
}

LogicalResult verifyChannelBias(Operation *op, Value bias, int64_t channels) {
  shapes::Shape shape = shapeOf(bias.getType());
  if (shape.size() != 1 || shape[0] != channels)
    return op->emitOpError() << "expects a bias of shape [" << channels
                             << "], got " << shapes::formatShape(shape);
  return success();
}
} // namespace

//===----------------------------------------------------------------------===//
// Variables, parameters, inputs and outputs
//===----------------------------------------------------------------------===//

LogicalResult GetVariableOp::verify() {
  if (failed(verifyName(*this, getName())) ||
      failed(verifySize(*this, getType())))
    return failure();
  if (getName().ends_with("/"))
    return emitOpError() << "variable name '" << getName()
                         << "' must not end with '/'";
  auto type = cast<RankedTensorType>(getType());
  if (auto shape = getShape(); shape && *shape != type.getShape())
    return emitOpError() << "requested shape "
                         << shapes::formatShape(toShape(*shape))
                         << " does not match the result type " << type;
  if (auto dtype = getDtype(); dtype && *dtype != type.getElementType())
    return emitOpError() << "requested dtype " << *dtype
                         << " does not match the result type " << type;
  return success();
}

LogicalResult VariableOp::verify() {
  if (failed(verifySize(*this, getType())))
    return failure();
  return verifyName(*this, getName());
}

LogicalResult ParamOp::verify() {
  auto type = dyn_cast<RankedTensorType>(getType());
  if (!type || !type.hasStaticShape())
    return emitOpError() << "requires a statically shaped tensor type, got "
                         << getType();
  if (failed(verifySize(*this, type)))
    return failure();
  if (auto value = getValue(); value && value->getType() != type)
    return emitOpError() << "value of type " << value->getType()
                         << " does not match the parameter type " << type;
  return success();
}

LogicalResult ReadOp::verifySymbolUses(SymbolTableCollection &symbolTable) {
  auto param =
      symbolTable.lookupNearestSymbolFrom<ParamOp>(*this, getParamAttr());
  if (!param)
    return emitOpError() << "'" << getParam()
                         << "' does not name a scope.param";
  if (param.getType() != getType())
    return emitOpError() << "result type " << getType()
                         << " does not match the parameter type "
                         << param.getType();
  return success();
}

LogicalResult PlaceholderOp::verify() {
  if (failed(verifySize(*this, getType())))
    return failure();
  return verifyName(*this, getName());
}

LogicalResult OutputOp::verify() {
  if (failed(verifyName(*this, getName())))
    return failure();
  for (Operation &other : (*this)->getBlock()->getOperations()) {
    auto output = dyn_cast<OutputOp>(other);
    if (output && output != *this && output.getName() == getName())
      return emitOpError() << "output name '" << getName()
                           << "' is used twice";
  }
  return success();
}

OpFoldResult ConstantOp::fold(FoldAdaptor) { return getValue(); }

//===----------------------------------------------------------------------===//
// Compute ops
//===----------------------------------------------------------------------===//

LogicalResult scopec::scope::verifyElementwise(Operation *op) {
  // Element types are each op's own constraint (ODS traits).
  shapes::Shape result = shapeOf(op->getOperand(0).getType());
  std::string error;
  for (Value operand : op->getOperands().drop_front())
    if (!shapes::broadcast(shapes::Shape(result), shapeOf(operand.getType()),
                           result, error))
      return checkRule(op, false, error, result, op->getResult(0).getType());
  return checkRule(op, true, error, result, op->getResult(0).getType());
}

LogicalResult SoftmaxOp::verify() {
  int64_t axis;
  std::string error;
  int64_t rank = cast<RankedTensorType>(getType()).getRank();
  if (rank == 0)
    return emitOpError() << "expects a tensor of rank at least 1";
  if (!shapes::normalizeAxis(getAxis(), rank, axis, error))
    return emitOpError() << error;
  return success();
}

LogicalResult BiasAddOp::verify() {
  if (failed(verifySameElementTypes(*this)))
    return failure();
  std::string error;
  if (!shapes::biasAdd(shapeOf(getInput().getType()),
                       shapeOf(getBias().getType()), error))
    return emitOpError() << error;
  return success();
}

LogicalResult Conv2DOp::verify() {
  if (failed(verifySameElementTypes(*this)))
    return failure();
  return verifyConv(*this, getInput(), getFilter(), getStrides(),
                    getDilations(), getPadding(), getType());
}

LogicalResult DepthwiseConv2DOp::verify() {
  if (failed(verifySameElementTypes(*this)) ||
      failed(verifySpatial(*this, "strides", getStrides())) ||
      failed(verifySpatial(*this, "dilations", getDilations())))
    return failure();
  shapes::Shape result;
  std::string error;
  bool ok = shapes::depthwiseConv2d(
      shapeOf(getInput().getType()), shapeOf(getFilter().getType()),
      toShape(getStrides()), toShape(getDilations()),
      getPadding() == Padding::Same, result, error);
  return checkRule(*this, ok, error, result, getType());
}

LogicalResult Conv2DTransposeOp::verify() {
  if (failed(verifySameElementTypes(*this)) ||
      failed(verifySpatial(*this, "strides", getStrides())) ||
      failed(verifySpatial(*this, "dilations", getDilations())))
    return failure();
  std::string error;
  shapes::Shape output = shapeOf(getType());
  bool ok = shapes::conv2dTranspose(
      shapeOf(getInput().getType()), shapeOf(getFilter().getType()), output,
      toShape(getStrides()), toShape(getDilations()),
      getPadding() == Padding::Same, error);
  return checkRule(*this, ok, error, output, getType());
}

LogicalResult MatMulOp::verify() {
  if (failed(verifySameElementTypes(*this)))
    return failure();
  shapes::Shape result;
  std::string error;
  bool ok = shapes::matmul(shapeOf(getLhs().getType()),
                           shapeOf(getRhs().getType()), getTransposeA(),
                           getTransposeB(), result, error);
  return checkRule(*this, ok, error, result, getType());
}

LogicalResult BatchMatMulOp::verify() {
  if (failed(verifySameElementTypes(*this)))
    return failure();
  shapes::Shape result;
  std::string error;
  bool ok = shapes::batchMatmul(shapeOf(getLhs().getType()),
                                shapeOf(getRhs().getType()), getAdjX(),
                                getAdjY(), result, error);
  return checkRule(*this, ok, error, result, getType());
}

template <typename PoolOp>
static LogicalResult verifyPool(PoolOp op) {
  if (failed(verifySameElementTypes(op)) ||
      failed(verifySpatial(op, "window sizes", op.getKsize())) ||
      failed(verifySpatial(op, "strides", op.getStrides())))
    return failure();
  shapes::Shape result;
  std::string error;
  bool ok = shapes::pool2d(shapeOf(op.getInput().getType()),
                           toShape(op.getKsize()), toShape(op.getStrides()),
                           op.getPadding() == Padding::Same, result, error);
  return checkRule(op, ok, error, result, op.getType());
}

LogicalResult MaxPoolOp::verify() { return verifyPool(*this); }
LogicalResult AvgPoolOp::verify() { return verifyPool(*this); }

LogicalResult LRNOp::verify() {
  if (cast<RankedTensorType>(getType()).getRank() != 4)
    return emitOpError() << "expects a 4-D (NHWC) input";
  // I64Attr accessors return uint64_t; read the signed value.
  int64_t radius = getDepthRadiusAttr().getInt();
  if (radius < 0)
    return emitOpError() << "depth_radius must be non-negative, got "
                         << radius;
  return success();
}

LogicalResult ReshapeOp::verify() {
  if (failed(verifySameElementTypes(*this)))
    return failure();
  int64_t in = shapes::numElements(shapeOf(getInput().getType()));
  int64_t out = shapes::numElements(shapeOf(getType()));
  if (in != out)
    return emitOpError() << "cannot reshape " << in << " elements into "
                         << out;
  return success();
}

LogicalResult TransposeOp::verify() {
  if (failed(verifySameElementTypes(*this)))
    return failure();
  shapes::Shape result;
  std::string error;
  bool ok = shapes::transpose(shapeOf(getInput().getType()),
                              toShape(getPerm()), result, error);
  return checkRule(*this, ok, error, result, getType());
}

LogicalResult ConcatOp::verify() {
  if (failed(verifySameElementTypes(*this)))
    return failure();
  std::vector<shapes::Shape> inputs;
  for (Value input : getInputs())
    inputs.push_back(shapeOf(input.getType()));
  shapes::Shape result;
  std::string error;
  bool ok = shapes::concat(inputs, getAxis(), result, error);
  return checkRule(*this, ok, error, result, getType());
}

LogicalResult SplitOp::verify() {
  if (failed(verifySameElementTypes(*this)))
    return failure();
  if (getResults().empty())
    return emitOpError() << "expects at least one result";
  shapes::Shape input = shapeOf(getInput().getType());
  shapes::Shape sizes;
  int64_t axis;
  std::string error;
  if (!shapes::normalizeAxis(getAxis(), input.size(), axis, error))
    return emitOpError() << error;
  for (Type type : getResultTypes())
    sizes.push_back(shapeOf(type).size() == input.size() ? shapeOf(type)[axis]
                                                          : -2);
  std::vector<shapes::Shape> results;
  if (llvm::is_contained(sizes, -2) ||
      !shapes::split(input, getAxis(), sizes, results, error))
    return emitOpError() << "results do not split "
                         << shapes::formatShape(input) << " along axis "
                         << getAxis() << (error.empty() ? "" : ": ") << error;
  for (auto [expected, type] : llvm::zip(results, getResultTypes()))
    if (shapeOf(type) != expected)
      return emitOpError() << "result shape "
                           << shapes::formatShape(shapeOf(type))
                           << " does not match the inferred shape "
                           << shapes::formatShape(expected);
  return success();
}

LogicalResult scopec::scope::verifyReduction(Operation *op) {
  auto reduction = cast<ReductionOpInterface>(op);
  shapes::Shape result;
  std::string error;
  bool ok = shapes::reduce(shapeOf(reduction.getInput().getType()),
                           toShape(reduction.getAxes()),
                           reduction.getKeepDims(), result, error);
  return checkRule(op, ok, error, result, op->getResult(0).getType());
}

static LogicalResult verifyArgReduce(Operation *op, Value input, int64_t axis,
                                     Type resultType) {
  shapes::Shape in = shapeOf(input.getType());
  int64_t rank = static_cast<int64_t>(in.size());
  if (axis < -rank || axis >= rank || rank == 0)
    return op->emitOpError()
           << "axis " << axis << " is out of range for rank " << rank;
  if (axis < 0)
    axis += rank;
  if (in[axis] == 0)
    return op->emitOpError() << "reduces the empty axis " << axis;
  shapes::Shape result(in);
  result.erase(result.begin() + axis);
  return checkRule(op, true, "", result, resultType);
}

LogicalResult ArgMaxOp::verify() {
  return verifyArgReduce(*this, getInput(), getAxis(), getType());
}
LogicalResult ArgMinOp::verify() {
  return verifyArgReduce(*this, getInput(), getAxis(), getType());
}

LogicalResult StridedSliceOp::verify() {
  shapes::Shape in = shapeOf(getInput().getType());
  shapes::Shape out = shapeOf(getType());
  size_t rank = in.size();
  if (getOffsets().size() != rank || getStrides().size() != rank ||
      out.size() != rank)
    return emitOpError() << "needs one offset, stride and result size per "
                            "input dimension (rank "
                         << rank << ")";
  for (size_t d = 0; d < rank; ++d) {
    int64_t offset = getOffsets()[d], stride = getStrides()[d];
    if (stride == 0)
      return emitOpError() << "stride of dimension " << d << " is zero";
    if (out[d] == 0)
      continue;
    int64_t last = offset + (out[d] - 1) * stride;
    if (offset < 0 || offset >= in[d] || last < 0 || last >= in[d])
      return emitOpError() << "dimension " << d << " reads indices " << offset
                           << ".." << last << " of a size-" << in[d]
                           << " dimension";
  }
  return success();
}

LogicalResult GatherOp::verify() {
  shapes::Shape params = shapeOf(getParams().getType());
  shapes::Shape indices = shapeOf(getIndices().getType());
  int64_t axis = static_cast<int64_t>(getAxis());
  if (axis < 0 || axis >= static_cast<int64_t>(params.size()))
    return emitOpError() << "axis " << axis << " is not a dimension of the "
                         << params.size() << "-D params";
  shapes::Shape expected(params.begin(), params.begin() + axis);
  expected.insert(expected.end(), indices.begin(), indices.end());
  expected.insert(expected.end(), params.begin() + axis + 1, params.end());
  if (shapeOf(getType()) != expected)
    return emitOpError() << "result shape must be "
                         << shapes::formatShape(expected);
  if (getElementTypeOrSelf(getType()) !=
      getElementTypeOrSelf(getParams().getType()))
    return emitOpError() << "result element type must be the params'";
  return success();
}

LogicalResult PadOp::verify() {
  shapes::Shape in = shapeOf(getInput().getType());
  shapes::Shape out = shapeOf(getType());
  size_t rank = in.size();
  if (getBefore().size() != rank || getAfter().size() != rank ||
      out.size() != rank)
    return emitOpError() << "needs paddings before and after, and a result "
                            "size, per input dimension (rank "
                         << rank << ")";
  llvm::StringRef mode = getMode();
  if (mode != "CONSTANT" && mode != "REFLECT" && mode != "SYMMETRIC")
    return emitOpError() << "mode must be CONSTANT, REFLECT or SYMMETRIC, not "
                         << mode;
  for (size_t d = 0; d < rank; ++d) {
    int64_t before = getBefore()[d], after = getAfter()[d];
    if (before < 0 || after < 0)
      return emitOpError() << "paddings of dimension " << d
                           << " must be non-negative";
    if (out[d] != in[d] + before + after)
      return emitOpError() << "result dimension " << d << " is " << out[d]
                           << ", expected " << in[d] + before + after;
    int64_t limit = mode == "REFLECT" ? in[d] - 1 : in[d];
    if (mode != "CONSTANT" && (before > limit || after > limit))
      return emitOpError() << mode << " paddings of dimension " << d
                           << " must be at most " << limit;
  }
  return success();
}

LogicalResult FusedConv2DOp::verify() {
  if (failed(verifySameElementTypes(*this)) ||
      failed(verifyConv(*this, getInput(), getFilter(), getStrides(),
                        getDilations(), getPadding(), getType())))
    return failure();
  return verifyChannelBias(*this, getBias(), shapeOf(getType()).back());
}

LogicalResult FusedMatMulOp::verify() {
  if (failed(verifySameElementTypes(*this)))
    return failure();
  shapes::Shape result;
  std::string error;
  bool ok = shapes::matmul(shapeOf(getLhs().getType()),
                           shapeOf(getRhs().getType()), getTransposeA(),
                           getTransposeB(), result, error);
  if (failed(checkRule(*this, ok, error, result, getType())))
    return failure();
  return verifyChannelBias(*this, getBias(), result.back());
}

#include "scopec/Dialect/Scope/IR/ScopeInterfaces.cpp.inc"

#define GET_OP_CLASSES
#include "scopec/Dialect/Scope/IR/ScopeOps.cpp.inc"

//===- ShapeOps.cpp - Data movement, reductions and output copies ---------===//
//
// transpose, concat, split and the reductions call Shape.h. Model outputs
// normally need no code (the planner made their producer write straight into
// the caller's buffer); an output that is an input, a parameter or another
// output's tensor is copied with std::memcpy.
//
//===----------------------------------------------------------------------===//

#include "ModelLowering.h"

#include "scopec/Conversion/ScopeToEmitC/BufferPlan.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace scopec;
using namespace scopec::lowering;

static int64_t product(ArrayRef<int64_t> dims) {
  int64_t p = 1;
  for (int64_t d : dims)
    p *= d;
  return p;
}

/// An axis attribute (I64Attr getters return uint64_t) in [0, rank).
static int64_t normalizeAxis(uint64_t attr, size_t rank) {
  int64_t axis = static_cast<int64_t>(attr);
  return axis < 0 ? axis + static_cast<int64_t>(rank) : axis;
}

/// A local `T *name[n]` array holding `pointers` (for concat's inputs and
/// split's outputs, which the kernels take as arrays).
static Value buildPointerArray(ModelLowering &l, ArrayRef<Value> pointers,
                               Type elementType) {
  OpBuilder &b = l.getBuilder();
  Location loc = b.getUnknownLoc();
  auto arrayType = emitc::ArrayType::get(
      {static_cast<int64_t>(pointers.size())}, elementType);
  Value array = emitc::VariableOp::create(
      b, loc, arrayType, emitc::OpaqueAttr::get(l.getContext(), ""));
  for (auto [index, ptr] : llvm::enumerate(pointers)) {
    Value element = ptr;
    if (auto global = ptr.getDefiningOp<emitc::GetGlobalOp>())
      element = l.literal(global.getName(), elementType);
    else if (element.getType() != elementType)
      element = emitc::CastOp::create(b, loc, elementType, element);
    Value slot = emitc::SubscriptOp::create(
        b, loc, emitc::LValueType::get(elementType), array,
        ValueRange{l.literal(std::to_string(index), l.getSizeType())});
    emitc::AssignOp::create(b, loc, slot, element);
  }
  return array;
}

static LogicalResult lowerTranspose(ModelLowering &l, scope::TransposeOp op) {
  l.emitComment(op);
  FailureOr<Value> inPtr = l.getPointer(op.getInput());
  FailureOr<Value> outPtr = l.getResultPointer(op.getResult());
  if (failed(inPtr) || failed(outPtr))
    return failure();
  l.callKernel("transpose",
               {l.intList("Shape", shapeOf(op.getInput())),
                l.intList("Perm", op.getPerm())},
               {*inPtr, *outPtr});
  return success();
}

static LogicalResult lowerConcat(ModelLowering &l, scope::ConcatOp op) {
  ArrayRef<int64_t> out = shapeOf(op.getResult());
  int64_t axis = normalizeAxis(op.getAxis(), out.size());
  l.emitComment(op);
  SmallVector<Value> inputs;
  SmallVector<Attribute> templateArgs = {
      l.integer(product(out.take_front(axis))),
      l.integer(product(out.drop_front(axis + 1)))};
  for (Value input : op.getInputs()) {
    FailureOr<Value> ptr = l.getPointer(input);
    if (failed(ptr))
      return failure();
    inputs.push_back(*ptr);
    templateArgs.push_back(l.integer(shapeOf(input)[axis]));
  }
  FailureOr<Value> outPtr = l.getResultPointer(op.getResult());
  if (failed(outPtr))
    return failure();
  Value array = buildPointerArray(
      l, inputs, l.getElementPtrType(elementTypeOf(op.getResult()), true));
  l.callKernel("concat", templateArgs, {array, *outPtr});
  return success();
}

static LogicalResult lowerSplit(ModelLowering &l, scope::SplitOp op) {
  ArrayRef<int64_t> in = shapeOf(op.getInput());
  int64_t axis = normalizeAxis(op.getAxis(), in.size());
  l.emitComment(op);
  FailureOr<Value> inPtr = l.getPointer(op.getInput());
  if (failed(inPtr))
    return failure();
  SmallVector<Value> outputs;
  SmallVector<Attribute> templateArgs = {
      l.integer(product(in.take_front(axis))),
      l.integer(product(in.drop_front(axis + 1)))};
  for (Value result : op.getResults()) {
    FailureOr<Value> ptr = l.getResultPointer(result);
    if (failed(ptr))
      return failure();
    outputs.push_back(*ptr);
    templateArgs.push_back(l.integer(shapeOf(result)[axis]));
  }
  Value array = buildPointerArray(
      l, outputs, l.getElementPtrType(elementTypeOf(op.getInput())));
  l.callKernel("split", templateArgs, {*inPtr, array});
  return success();
}

static LogicalResult lowerStridedSlice(ModelLowering &l,
                                       scope::StridedSliceOp op) {
  l.emitComment(op);
  FailureOr<Value> inPtr = l.getPointer(op.getInput());
  FailureOr<Value> outPtr = l.getResultPointer(op.getResult());
  if (failed(inPtr) || failed(outPtr))
    return failure();
  l.callKernel("stridedSlice",
               {l.intList("Shape", shapeOf(op.getInput())),
                l.intList("Shape", shapeOf(op.getResult())),
                l.intList("Offsets", op.getOffsets()),
                l.intList("Strides", op.getStrides())},
               {*inPtr, *outPtr});
  return success();
}

static LogicalResult lowerGather(ModelLowering &l, scope::GatherOp op) {
  l.emitComment(op);
  FailureOr<Value> paramsPtr = l.getPointer(op.getParams());
  FailureOr<Value> indicesPtr = l.getPointer(op.getIndices());
  FailureOr<Value> outPtr = l.getResultPointer(op.getResult());
  if (failed(paramsPtr) || failed(indicesPtr) || failed(outPtr))
    return failure();
  ArrayRef<int64_t> params = shapeOf(op.getParams());
  int64_t axis = static_cast<int64_t>(op.getAxis());
  l.callKernel("gather",
               {l.integer(product(params.take_front(axis))),
                l.integer(params[axis]),
                l.integer(product(params.drop_front(axis + 1))),
                l.integer(product(shapeOf(op.getIndices())))},
               {*paramsPtr, *indicesPtr, *outPtr});
  return success();
}

static LogicalResult lowerPad(ModelLowering &l, scope::PadOp op) {
  l.emitComment(op);
  FailureOr<Value> inPtr = l.getPointer(op.getInput());
  FailureOr<Value> outPtr = l.getResultPointer(op.getResult());
  if (failed(inPtr) || failed(outPtr))
    return failure();
  int mode = op.getMode() == "CONSTANT" ? 0 : op.getMode() == "REFLECT" ? 1 : 2;
  OpBuilder &b = l.getBuilder();
  l.callKernel("pad",
               {l.intList("Shape", shapeOf(op.getInput())),
                l.intList("Shape", shapeOf(op.getResult())),
                l.intList("Shape", op.getBefore()), l.integer(mode)},
               {*inPtr, *outPtr},
               b.getArrayAttr({b.getIndexAttr(0), b.getIndexAttr(1),
                               b.getF64FloatAttr(
                                   op.getValue().convertToDouble())}));
  return success();
}

/// Any reduction: the runtime's one reduce skeleton with the op's combiner
/// (ReductionOpInterface::getKernelName), on the op's element type.
static LogicalResult lowerReduce(ModelLowering &l,
                                 scope::ReductionOpInterface op) {
  ArrayRef<int64_t> in = shapeOf(op.getInput());
  int64_t rank = static_cast<int64_t>(in.size());
  SmallVector<int64_t> axes;
  for (int64_t axis : op.getAxes())
    axes.push_back(axis < 0 ? axis + rank : axis);
  if (axes.empty())
    for (int64_t axis = 0; axis < rank; ++axis)
      axes.push_back(axis);
  llvm::sort(axes);
  axes.erase(std::unique(axes.begin(), axes.end()), axes.end());
  l.emitComment(op);
  FailureOr<Value> inPtr = l.getPointer(op.getInput());
  FailureOr<Value> outPtr = l.getResultPointer(op->getResult(0));
  if (failed(inPtr) || failed(outPtr))
    return failure();
  l.callKernel("reduce",
               {l.intList("Shape", in), l.intList("Axes", axes),
                l.opaque(("scopec::rt::kernels::" + op.getKernelName()).str())},
               {*inPtr, *outPtr});
  return success();
}

/// tf.argmax/argmin as [outer, axis, inner] (the result drops the axis).
static LogicalResult lowerArgReduce(ModelLowering &l, Operation *op,
                                    int64_t axis, bool isMax) {
  ArrayRef<int64_t> in = shapeOf(op->getOperand(0));
  int64_t rank = static_cast<int64_t>(in.size());
  if (axis < 0)
    axis += rank;
  l.emitComment(op);
  FailureOr<Value> inPtr = l.getPointer(op->getOperand(0));
  FailureOr<Value> outPtr = l.getResultPointer(op->getResult(0));
  if (failed(inPtr) || failed(outPtr))
    return failure();
  l.callKernel("argReduce",
               {l.integer(product(in.take_front(axis))), l.integer(in[axis]),
                l.integer(product(in.drop_front(axis + 1))),
                l.opaque(isMax ? "true" : "false")},
               {*inPtr, *outPtr});
  return success();
}

LogicalResult lowering::lowerShapeOp(ModelLowering &l, Operation *op) {
  if (auto reduction = dyn_cast<scope::ReductionOpInterface>(op)) {
    l.require("scopec/runtime/kernels/Reduce.h");
    return lowerReduce(l, reduction);
  }
  if (auto argMax = dyn_cast<scope::ArgMaxOp>(op)) {
    l.require("scopec/runtime/kernels/Reduce.h");
    return lowerArgReduce(l, op, argMax.getAxis(), true);
  }
  if (auto argMin = dyn_cast<scope::ArgMinOp>(op)) {
    l.require("scopec/runtime/kernels/Reduce.h");
    return lowerArgReduce(l, op, argMin.getAxis(), false);
  }
  // Data movement takes any element type.
  l.require("scopec/runtime/kernels/Shape.h");
  return llvm::TypeSwitch<Operation *, LogicalResult>(op)
      .Case([&](scope::TransposeOp t) { return lowerTranspose(l, t); })
      .Case([&](scope::ConcatOp c) { return lowerConcat(l, c); })
      .Case([&](scope::SplitOp s) { return lowerSplit(l, s); })
      .Case([&](scope::StridedSliceOp s) { return lowerStridedSlice(l, s); })
      .Case([&](scope::PadOp p) { return lowerPad(l, p); })
      .Case([&](scope::GatherOp g) { return lowerGather(l, g); })
      .Default([&](Operation *) { return failure(); });
}

LogicalResult lowering::lowerOutputOp(ModelLowering &l, scope::OutputOp op,
                                      int64_t index) {
  Value root = getStorageRoot(op.getValue());
  if (getPlannedBuffer(root).outputSlot == index)
    return success(); // the producer wrote it in place
  int64_t bytes = getTensorBytes(op.getValue());
  if (bytes == 0)
    return success();
  l.require("<cstring>");
  l.emitCommentLine(
      ("output " + Twine(index) + ": " + op.getName() + " is a copy").str());
  FailureOr<Value> src = l.getPointer(op.getValue());
  if (failed(src))
    return failure();
  Value dst = l.getOutputPointer(index);
  OpBuilder &b = l.getBuilder();
  emitc::CallOpaqueOp::create(
      b, op.getLoc(), TypeRange{}, "std::memcpy", ValueRange{dst, *src},
      b.getArrayAttr(
          {b.getIndexAttr(0), b.getIndexAttr(1), b.getI64IntegerAttr(bytes)}),
      ArrayAttr());
  return success();
}

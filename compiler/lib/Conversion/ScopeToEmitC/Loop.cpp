//===- Loop.cpp - scope.loop as a C++ for loop ----------------------------===//
//
// One `for (size_t t = 0; t < steps; ++t)` around the body's kernels, so the
// generated code does not grow with the steps (docs/architecture.md, "Loops
// in the IR"). Buffers (PlanBuffers.cpp): the carried values live in the
// buffers of the loop's final results, filled from the initial values
// before the loop; a sequence's slice is a pointer into the sequence; the
// step is a one-element int32 array. After the body, each step output is
// copied into its slice of the stacked result, then each new carried value
// into its buffer (through a stack buffer when it is another carried
// value).
//
//===----------------------------------------------------------------------===//

#include "ModelLowering.h"

#include "scopec/Conversion/ScopeToEmitC/BufferPlan.h"

using namespace mlir;
using namespace scopec;
using namespace scopec::lowering;

namespace {

/// `std::memcpy(dst, src, bytes)`.
void copy(ModelLowering &l, Value dst, Value src, int64_t bytes) {
  if (bytes == 0)
    return;
  l.require("<cstring>");
  OpBuilder &b = l.getBuilder();
  emitc::CallOpaqueOp::create(
      b, b.getUnknownLoc(), TypeRange{}, "std::memcpy", ValueRange{dst, src},
      b.getArrayAttr(
          {b.getIndexAttr(0), b.getIndexAttr(1), b.getI64IntegerAttr(bytes)}),
      ArrayAttr());
}

/// `pointer + t * elements`.
Value stepSlice(ModelLowering &l, Value pointer, Value t, int64_t elements) {
  OpBuilder &b = l.getBuilder();
  Location loc = b.getUnknownLoc();
  // int64_t: emitc adds integers, not size_t, to pointers.
  Type i64 = b.getI64Type();
  Value offset =
      emitc::MulOp::create(b, loc, i64, emitc::CastOp::create(b, loc, i64, t),
                           l.literal(std::to_string(elements), i64));
  return emitc::AddOp::create(b, loc, pointer.getType(), pointer, offset);
}

/// The largest carried value a loop stages on the stack when its body passes
/// it on as another carried value.
constexpr int64_t kMaxStagedBytes = 1 << 20;

int64_t numElements(Value tensor) {
  return cast<RankedTensorType>(tensor.getType()).getNumElements();
}

} // namespace

LogicalResult lowering::lowerLoop(ModelLowering &l, scope::LoopOp op) {
  OpBuilder &b = l.getBuilder();
  Location loc = op.getLoc();
  Block &body = op.getBody().front();
  auto yield = cast<scope::LoopYieldOp>(body.getTerminator());
  size_t numCarried = op.getInits().size();
  ValueRange yielded = yield.getValues();

  // A new carried value that is (a view of) another carried value, as in a
  // body swapping two, would be overwritten before it is copied: it goes
  // through a stack buffer declared before the loop.
  llvm::SmallVector<std::pair<size_t, Value>> staged;
  for (auto [index, value] : llvm::enumerate(yielded.take_front(numCarried))) {
    auto arg = dyn_cast<BlockArgument>(getStorageRoot(value));
    if (!arg || arg.getOwner() != &body || arg.getArgNumber() == 0 ||
        !llvm::is_contained(op.getCarriedArguments(), arg) ||
        arg == op.getCarriedArguments()[index])
      continue;
    int64_t bytes = getTensorBytes(value);
    if (bytes > kMaxStagedBytes)
      return l.fail(op, "code generation does not support a loop whose body "
                        "passes one carried value of more than " +
                            std::to_string(kMaxStagedBytes) +
                            " bytes on as another; --interpret does");
    staged.emplace_back(index,
                        emitc::VariableOp::create(
                            b, loc,
                            emitc::ArrayType::get({std::max<int64_t>(bytes, 1)},
                                                  b.getIntegerType(8)),
                            emitc::OpaqueAttr::get(l.getContext(), "")));
  }

  l.emitComment(op);
  // The carried values start as the initial values, in the finals' buffers.
  for (auto [init, final, carried] :
       llvm::zip(op.getInits(), op.getFinals(), op.getCarriedArguments())) {
    FailureOr<Value> dst = l.getResultPointer(final);
    FailureOr<Value> src = l.getPointer(init);
    if (failed(dst) || failed(src))
      return failure();
    copy(l, *dst, *src, getTensorBytes(final));
    l.aliasBuffer(carried, final);
  }
  for (Value stacked : op.getStacked())
    if (failed(l.getResultPointer(stacked)))
      return failure();

  // int32_t step[1]: the step as the body's tensor<i32>.
  Type i32 = b.getI32Type();
  Value stepArray =
      emitc::VariableOp::create(b, loc, emitc::ArrayType::get({1}, i32),
                                emitc::OpaqueAttr::get(l.getContext(), ""));

  OpBuilder::InsertionGuard guard(b);
  Type sizeType = l.getSizeType();
  auto loop = emitc::ForOp::create(
      b, loc, l.literal("0", sizeType),
      l.literal(std::to_string(op.getTripCount()), sizeType),
      l.literal("1", sizeType));
  b.setInsertionPointToStart(loop.getBody());
  Value t = loop.getInductionVar();
  Value stepSlot =
      emitc::SubscriptOp::create(b, loc, emitc::LValueType::get(i32), stepArray,
                                 ValueRange{l.literal("0", sizeType)});
  emitc::AssignOp::create(b, loc, stepSlot,
                          emitc::CastOp::create(b, loc, i32, t));
  l.setPointer(op.getStepArgument(),
               emitc::ApplyOp::create(b, loc, emitc::PointerType::get(i32), "&",
                                      stepSlot));
  for (auto [sequence, slice] :
       llvm::zip(op.getSequences(), op.getSliceArguments())) {
    FailureOr<Value> whole = l.getPointer(sequence);
    if (failed(whole))
      return failure();
    l.setPointer(slice, stepSlice(l, *whole, t, numElements(slice)));
  }

  int64_t outputIndex = 0;
  for (Operation &inner : body.without_terminator())
    if (failed(lowerOp(l, inner, outputIndex)))
      return failure();

  // The step's outputs, then the new carried values.
  for (auto [value, stacked] :
       llvm::zip(yielded.drop_front(numCarried), op.getStacked())) {
    FailureOr<Value> dst = l.getResultPointer(stacked);
    FailureOr<Value> src = l.getPointer(value);
    if (failed(dst) || failed(src))
      return failure();
    copy(l, stepSlice(l, *dst, t, numElements(value)), *src,
         getTensorBytes(value));
  }
  for (auto &[index, buffer] : staged) {
    FailureOr<Value> src = l.getPointer(yielded[index]);
    if (failed(src))
      return failure();
    copy(l, buffer, *src, getTensorBytes(yielded[index]));
  }
  for (auto [index, value, carried] : llvm::enumerate(
           yielded.take_front(numCarried), op.getCarriedArguments())) {
    if (getStorageRoot(value) == carried)
      continue;
    FailureOr<Value> dst = l.getPointer(carried);
    FailureOr<Value> src = l.getPointer(value);
    if (failed(dst) || failed(src))
      return failure();
    auto stage = llvm::find_if(
        staged, [&, index = index](auto &s) { return s.first == index; });
    copy(l, *dst, stage != staged.end() ? stage->second : *src,
         getTensorBytes(value));
  }
  return success();
}

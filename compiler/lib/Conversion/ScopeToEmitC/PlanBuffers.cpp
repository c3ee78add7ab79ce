//===- PlanBuffers.cpp - Static buffer planning ---------------------------===//
//
// Every computed tensor of a model gets a static home before any code is
// generated: a caller's output buffer when it is (a view of) a model output,
// else an offset into one activation arena. Arena offsets come from a greedy
// first-fit over lifetimes measured in op order: a buffer lives from its
// producer to its last user (users of its views count), and two buffers
// whose lifetimes overlap never overlap in memory. Producer and consumers
// are never in place, so a kernel's output never aliases its inputs. A
// scope.loop is one op of that order: its results are planned like any
// op's (the carried values live in their final results' buffers), and
// every tensor its body computes lives for the whole loop (a buffer per
// body tensor, reused at every step: memory does not grow with the steps).
//
//===----------------------------------------------------------------------===//

#include "scopec/Conversion/Passes.h"
#include "scopec/Conversion/ScopeToEmitC/BufferPlan.h"
#include "scopec/Dialect/Scope/IR/ScopeOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <algorithm>

namespace scopec {
#define GEN_PASS_DEF_SCOPEPLANBUFFERS
#include "scopec/Conversion/Passes.h.inc"
} // namespace scopec

using namespace mlir;
using namespace scopec;

int64_t scopec::getTensorBytes(Value value) {
  auto type = cast<RankedTensorType>(value.getType());
  int64_t elementBytes = (type.getElementTypeBitWidth() + 7) / 8;
  return type.getNumElements() * elementBytes;
}

bool scopec::isViewOp(Operation *op) {
  return isa<scope::ReshapeOp, scope::IdentityOp>(op);
}

Value scopec::getStorageRoot(Value value) {
  while (Operation *op = value.getDefiningOp()) {
    if (!isViewOp(op))
      break;
    value = op->getOperand(0);
  }
  return value;
}

bool scopec::producesBuffers(Operation *op) {
  if (op->getNumResults() == 0 || isViewOp(op))
    return false;
  return !isa<scope::PlaceholderOp, scope::ReadOp, scope::ConstantOp,
              scope::GetVariableOp, scope::VariableOp>(op);
}

PlannedBuffer scopec::getPlannedBuffer(Value value) {
  PlannedBuffer planned;
  auto result = dyn_cast<OpResult>(value);
  if (!result)
    return planned;
  Operation *op = result.getOwner();
  unsigned index = result.getResultNumber();
  if (auto offsets =
          op->getAttrOfType<DenseI64ArrayAttr>(kArenaOffsetsAttrName))
    if (index < offsets.size())
      planned.arenaOffset = offsets[index];
  if (auto slots = op->getAttrOfType<DenseI64ArrayAttr>(kOutputSlotsAttrName))
    if (index < slots.size())
      planned.outputSlot = slots[index];
  return planned;
}

namespace {

/// One arena buffer: its lifetime [start, end] in op indices and its place.
struct ArenaBuffer {
  Value value;
  int64_t start = 0, end = 0;
  int64_t size = 0, offset = 0;
};

/// The index of the last op (in `opIndex`) that reads `value` directly or
/// through views; `start` if nothing reads it.
int64_t lastUse(Value value, const DenseMap<Operation *, int64_t> &opIndex,
                int64_t start) {
  int64_t last = start;
  SmallVector<Value> worklist{value};
  while (!worklist.empty()) {
    Value v = worklist.pop_back_val();
    for (Operation *user : v.getUsers()) {
      Operation *top = user;
      while (top && !opIndex.count(top))
        top = top->getParentOp();
      if (top)
        last = std::max(last, opIndex.lookup(top));
      if (isViewOp(user))
        worklist.push_back(user->getResult(0));
    }
  }
  return last;
}

/// First fit: the lowest aligned offset where `buffer` overlaps no placed
/// buffer that is live at the same time.
int64_t firstFit(const ArenaBuffer &buffer, ArrayRef<ArenaBuffer> placed) {
  SmallVector<const ArenaBuffer *> live;
  for (const ArenaBuffer &other : placed)
    if (!(other.end < buffer.start || other.start > buffer.end))
      live.push_back(&other);
  llvm::sort(live, [](const ArenaBuffer *a, const ArenaBuffer *b) {
    return a->offset < b->offset;
  });
  int64_t offset = 0;
  for (const ArenaBuffer *other : live) {
    if (offset + buffer.size <= other->offset)
      break;
    offset = std::max(offset, other->offset + other->size);
  }
  return offset;
}

} // namespace

LogicalResult scopec::planBuffers(func::FuncOp func) {
  if (func.isExternal())
    return success();
  Block &body = func.getBody().front();
  DenseMap<Operation *, int64_t> opIndex;
  for (auto [index, op] : llvm::enumerate(body))
    opIndex[&op] = static_cast<int64_t>(index);

  // Outputs first: a computed tensor that is (a view of) an output is
  // written straight into the caller's buffer, once.
  DenseMap<Value, int64_t> outputSlot;
  int64_t slot = 0;
  for (auto output : body.getOps<scope::OutputOp>()) {
    Value root = getStorageRoot(output.getValue());
    Operation *producer = root.getDefiningOp();
    if (producer && producesBuffers(producer) && !outputSlot.count(root))
      outputSlot[root] = slot;
    ++slot;
  }

  // Everything else computed goes to the arena, in op order.
  SmallVector<ArenaBuffer> placed;
  int64_t arenaBytes = 0;
  Builder builder(func.getContext());
  // Plans `op`'s results; `loopIndex` is the index of the top-level loop
  // whose body holds `op` (its buffers live through the whole loop), or -1.
  auto plan = [&](Operation &op, int64_t loopIndex) -> LogicalResult {
    op.removeAttr(kArenaOffsetsAttrName);
    op.removeAttr(kOutputSlotsAttrName);
    if (!producesBuffers(&op))
      return success();
    SmallVector<int64_t> offsets, slots;
    bool anyOffset = false, anySlot = false;
    for (Value result : op.getResults()) {
      if (!isa<RankedTensorType>(result.getType()) ||
          !cast<RankedTensorType>(result.getType()).hasStaticShape())
        return op.emitOpError("cannot plan a buffer for a result of type ")
               << result.getType();
      auto it = outputSlot.find(result);
      if (it != outputSlot.end()) {
        slots.push_back(it->second);
        offsets.push_back(-1);
        anySlot = true;
        continue;
      }
      ArenaBuffer buffer;
      buffer.value = result;
      buffer.start = loopIndex >= 0 ? loopIndex : opIndex.lookup(&op);
      buffer.end =
          loopIndex >= 0 ? loopIndex : lastUse(result, opIndex, buffer.start);
      buffer.size = alignBufferSize(getTensorBytes(result));
      buffer.offset = firstFit(buffer, placed);
      arenaBytes = std::max(arenaBytes, buffer.offset + buffer.size);
      placed.push_back(buffer);
      offsets.push_back(buffer.offset);
      slots.push_back(-1);
      anyOffset = true;
    }
    if (anyOffset)
      op.setAttr(kArenaOffsetsAttrName, builder.getDenseI64ArrayAttr(offsets));
    if (anySlot)
      op.setAttr(kOutputSlotsAttrName, builder.getDenseI64ArrayAttr(slots));
    return success();
  };
  for (Operation &op : body) {
    if (failed(plan(op, -1)))
      return failure();
    if (!isa<scope::LoopOp>(op))
      continue;
    int64_t loopIndex = opIndex.lookup(&op);
    WalkResult walked = op.walk([&](Operation *inner) {
      if (inner == &op || isa<scope::FusedElementwiseOp>(inner->getParentOp()))
        return WalkResult::advance();
      return failed(plan(*inner, loopIndex)) ? WalkResult::interrupt()
                                             : WalkResult::advance();
    });
    if (walked.wasInterrupted())
      return failure();
  }
  func->setAttr(kArenaBytesAttrName, builder.getI64IntegerAttr(arenaBytes));
  return success();
}

namespace {

struct ScopePlanBuffersPass
    : public scopec::impl::ScopePlanBuffersBase<ScopePlanBuffersPass> {
  void runOnOperation() override {
    for (auto func : getOperation().getOps<func::FuncOp>())
      if (failed(planBuffers(func)))
        return signalPassFailure();
  }
};

} // namespace

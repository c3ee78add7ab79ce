//===- SplitLoopLayers.cpp - one loop per layer of a stacked RNN ----------===//
//
// A stacked RNN (MultiRNNCell under dynamic_rnn) is one scope.loop whose
// body runs every layer for step t. Layer 1's state evolves on its own;
// layer 2 reads layer 1's new output. This pass splits such a loop in two
// (loop fission): the first runs the carried values whose recurrence is
// closed (layer 1) over all steps and stacks what the rest reads of it
// per step; the second runs the rest over those stacked values as
// sequences. Repeated, a stack of L layers becomes L loops, layer by layer,
// as cuDNN and oneDNN run them: each layer's input is then a loop sequence,
// so scope-hoist-loop-projections computes every layer's input projection
// for all steps as one GEMM, not only the first layer's
// (docs/architecture.md, "Loops in the IR"). The price is the stacked
// intermediate values ([steps, ...] each), which a layer-by-layer RNN
// keeps anyway.
//
// The split set S is the smallest set of carried values closed under the
// body's dependences (the new value of each member depends on no carried
// value outside S), when it is not all of them. Body ops are assigned by
// the carried values they depend on: on some of S only -> the first loop;
// on any other -> the second; on none (the step counter, slices, outside
// values) -> cloned into whichever loop needs them. Bodies with nested
// regions are left alone.
//
//===----------------------------------------------------------------------===//

#include "scopec/Dialect/Scope/IR/ScopeOps.h"
#include "scopec/Dialect/Scope/Transforms/Passes.h"

#include "mlir/IR/IRMapping.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"

namespace scopec::scope {
#define GEN_PASS_DEF_SCOPESPLITLOOPLAYERS
#include "scopec/Dialect/Scope/Transforms/Passes.h.inc"
} // namespace scopec::scope

using namespace mlir;
using namespace scopec::scope;

namespace {

/// Which carried values (by index) each body value depends on.
class Dependences {
public:
  explicit Dependences(LoopOp loop)
      : numCarried(loop.getCarriedArguments().size()) {
    for (auto [i, arg] : llvm::enumerate(loop.getCarriedArguments())) {
      llvm::BitVector bits(numCarried);
      bits.set(i);
      deps[arg] = bits;
    }
    for (Operation &op : loop.getBody().front().without_terminator()) {
      llvm::BitVector bits(numCarried);
      for (Value operand : op.getOperands())
        bits |= of(operand);
      for (Value result : op.getResults())
        deps[result] = bits;
    }
  }
  /// Empty for the step, the slices and values from outside the loop.
  llvm::BitVector of(Value v) const {
    auto it = deps.find(v);
    return it == deps.end() ? llvm::BitVector(numCarried) : it->second;
  }

private:
  unsigned numCarried;
  llvm::DenseMap<Value, llvm::BitVector> deps;
};

/// The smallest set of carried values closed under the dependences of their
/// new values, if it is not all of them.
std::optional<llvm::BitVector> closedSubset(LoopOp loop,
                                            const Dependences &deps) {
  auto yield = cast<LoopYieldOp>(loop.getBody().front().getTerminator());
  unsigned n = loop.getCarriedArguments().size();
  std::optional<llvm::BitVector> best;
  for (unsigned i = 0; i < n; ++i) {
    llvm::BitVector closure(n);
    closure.set(i);
    for (bool grew = true; grew;) {
      llvm::BitVector next = closure;
      for (unsigned j : closure.set_bits())
        next |= deps.of(yield.getOperand(j));
      grew = next != closure;
      closure = next;
    }
    if (closure.count() < n && (!best || closure.count() < best->count()))
      best = closure;
  }
  return best;
}

bool dependsOnly(const llvm::BitVector &bits, const llvm::BitVector &set) {
  llvm::BitVector outside = bits;
  outside.reset(set);
  return outside.none();
}

/// Clones into `into` the ops of `body` that compute `roots`, with
/// `mapping` holding the block arguments (and the values read as slices);
/// returns a builder at the end of `into`.
OpBuilder cloneOps(Block &body, Block &into, IRMapping &mapping,
                   ArrayRef<Value> roots) {
  llvm::DenseSet<Operation *> wanted;
  SmallVector<Operation *> work;
  auto want = [&](Value v) {
    if (mapping.contains(v))
      return;
    if (Operation *def = v.getDefiningOp())
      if (def->getBlock() == &body && wanted.insert(def).second)
        work.push_back(def);
  };
  for (Value root : roots)
    want(root);
  while (!work.empty())
    for (Value operand : work.pop_back_val()->getOperands())
      want(operand);
  OpBuilder b = OpBuilder::atBlockEnd(&into);
  for (Operation &op : body.without_terminator())
    if (wanted.contains(&op))
      b.clone(op, mapping);
  return b;
}

/// One part of `loop`: a loop carrying `loop`'s carried values `carried`,
/// over `loop`'s sequences and `extra` (whose slices stand for the body
/// values `sliced`), whose body is the part of `loop`'s body that computes
/// `yields` (the new carried values, then the step outputs, of types
/// `stacked`).
LoopOp buildPart(OpBuilder &b, LoopOp loop, ArrayRef<unsigned> carried,
                 ValueRange extra, ArrayRef<Value> sliced,
                 ArrayRef<Value> yields, TypeRange stacked) {
  Location loc = loop.getLoc();
  SmallVector<Value> inits, sequences(loop.getSequences());
  SmallVector<Type> finals;
  for (unsigned i : carried) {
    inits.push_back(loop.getInits()[i]);
    finals.push_back(loop.getFinals()[i].getType());
  }
  llvm::append_range(sequences, extra);
  auto part = LoopOp::create(b, loc, finals, stacked, inits, sequences,
                             loop.getTripCount());
  Block *body = new Block();
  part.getBody().push_back(body);
  IRMapping mapping;
  auto argument = [&](Value original) {
    mapping.map(original, body->addArgument(original.getType(), loc));
  };
  argument(loop.getStepArgument());
  for (BlockArgument slice : loop.getSliceArguments())
    argument(slice);
  for (Value v : sliced)
    argument(v);
  for (unsigned i : carried)
    argument(loop.getCarriedArguments()[i]);
  Block &original = loop.getBody().front();
  OpBuilder y = cloneOps(original, *body, mapping, yields);
  SmallVector<Value> mapped;
  for (Value v : yields)
    mapped.push_back(mapping.lookupOrDefault(v));
  LoopYieldOp::create(y, original.getTerminator()->getLoc(), mapped);
  return part;
}

/// Splits `loop` into a loop over the carried values `first` and one over
/// the rest.
void split(LoopOp loop, const llvm::BitVector &first,
           const Dependences &deps) {
  Block &body = loop.getBody().front();
  auto yield = cast<LoopYieldOp>(body.getTerminator());
  unsigned numCarried = loop.getCarriedArguments().size();
  auto inFirst = [&](Value v) {
    llvm::BitVector bits = deps.of(v);
    return bits.any() && dependsOnly(bits, first);
  };
  auto inSecond = [&](Value v) { return !dependsOnly(deps.of(v), first); };
  SmallVector<unsigned> firstCarried, secondCarried;
  for (unsigned i = 0; i < numCarried; ++i)
    (first.test(i) ? firstCarried : secondCarried).push_back(i);

  // The first loop's values the second reads (carried arguments of the
  // first set included), stacked by the first loop, and the step outputs
  // each loop produces.
  llvm::SetVector<Value> crossing;
  auto noteUse = [&](Value v) {
    if (inFirst(v))
      crossing.insert(v);
  };
  for (Operation &op : body.without_terminator())
    if (inSecond(op.getResult(0)))
      for (Value operand : op.getOperands())
        noteUse(operand);
  for (unsigned i : secondCarried)
    noteUse(yield.getOperand(i));
  SmallVector<unsigned> firstOutputs, secondOutputs;
  for (unsigned k = 0; k < loop.getStacked().size(); ++k)
    (inSecond(yield.getOperand(numCarried + k)) ? secondOutputs : firstOutputs)
        .push_back(k);
  auto yieldsOf = [&](ArrayRef<unsigned> carried, ArrayRef<Value> more,
                      ArrayRef<unsigned> outputs) {
    SmallVector<Value> yields;
    for (unsigned i : carried)
      yields.push_back(yield.getOperand(i));
    llvm::append_range(yields, more);
    for (unsigned k : outputs)
      yields.push_back(yield.getOperand(numCarried + k));
    return yields;
  };

  OpBuilder b(loop);
  // The first loop stacks the crossing values, then its outputs.
  SmallVector<Type> firstStacked;
  for (Value v : crossing) {
    auto t = cast<RankedTensorType>(v.getType());
    SmallVector<int64_t> shape{int64_t(loop.getTripCount())};
    llvm::append_range(shape, t.getShape());
    firstStacked.push_back(RankedTensorType::get(shape, t.getElementType()));
  }
  for (unsigned k : firstOutputs)
    firstStacked.push_back(loop.getStacked()[k].getType());
  LoopOp loop1 =
      buildPart(b, loop, firstCarried, {}, {},
                yieldsOf(firstCarried, crossing.getArrayRef(), firstOutputs),
                firstStacked);
  // The second loop reads the crossing values as slices.
  SmallVector<Type> secondStacked;
  for (unsigned k : secondOutputs)
    secondStacked.push_back(loop.getStacked()[k].getType());
  LoopOp loop2 = buildPart(
      b, loop, secondCarried, loop1.getStacked().take_front(crossing.size()),
      crossing.getArrayRef(), yieldsOf(secondCarried, {}, secondOutputs),
      secondStacked);

  // The original loop's results.
  for (auto [j, i] : llvm::enumerate(firstCarried))
    loop.getFinals()[i].replaceAllUsesWith(loop1.getFinals()[j]);
  for (auto [j, i] : llvm::enumerate(secondCarried))
    loop.getFinals()[i].replaceAllUsesWith(loop2.getFinals()[j]);
  for (auto [j, k] : llvm::enumerate(firstOutputs))
    loop.getStacked()[k].replaceAllUsesWith(
        loop1.getStacked()[crossing.size() + j]);
  for (auto [j, k] : llvm::enumerate(secondOutputs))
    loop.getStacked()[k].replaceAllUsesWith(loop2.getStacked()[j]);
  loop.erase();
}

/// Whether every op of the body has results and no region (the bodies
/// this pass knows how to split).
bool splittable(LoopOp loop) {
  return llvm::all_of(loop.getBody().front().without_terminator(),
                      [](Operation &op) {
                        return op.getNumResults() > 0 &&
                               op.getNumRegions() == 0;
                      });
}

struct SplitLoopLayersPass
    : public scopec::scope::impl::ScopeSplitLoopLayersBase<
          SplitLoopLayersPass> {
  void runOnOperation() override {
    // Each split replaces its loop: look again until nothing splits.
    for (bool changed = true; changed;) {
      changed = false;
      SmallVector<LoopOp> loops;
      getOperation()->walk([&](LoopOp loop) { loops.push_back(loop); });
      for (LoopOp loop : loops) {
        if (!splittable(loop))
          continue;
        Dependences deps(loop);
        if (std::optional<llvm::BitVector> first = closedSubset(loop, deps)) {
          split(loop, *first, deps);
          changed = true;
          break;
        }
      }
    }
  }
};

} // namespace

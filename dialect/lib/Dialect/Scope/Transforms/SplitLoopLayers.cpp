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
  for (unsigned i = 0; i < numCarried; ++i)
    if (!first.test(i))
      noteUse(yield.getOperand(i));
  SmallVector<unsigned> firstOutputs, secondOutputs;
  for (unsigned k = 0; k < loop.getStacked().size(); ++k) {
    Value out = yield.getOperand(numCarried + k);
    (inSecond(out) ? secondOutputs : firstOutputs).push_back(k);
  }

  OpBuilder b(loop);
  Location loc = loop.getLoc();
  int64_t steps = loop.getTripCount();
  auto stackedType = [&](Value v) {
    auto t = cast<RankedTensorType>(v.getType());
    SmallVector<int64_t> shape{steps};
    llvm::append_range(shape, t.getShape());
    return RankedTensorType::get(shape, t.getElementType());
  };
  // Clones into `into` the body ops that compute `roots`, with `mapping`
  // holding the block arguments (and the values read as slices).
  auto cloneBody = [&](Block &into, IRMapping &mapping, ValueRange roots) {
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
    OpBuilder ib = OpBuilder::atBlockEnd(&into);
    for (Operation &op : body.without_terminator())
      if (wanted.contains(&op))
        ib.clone(op, mapping);
    return ib;
  };

  // The first loop.
  SmallVector<Value> firstInits;
  SmallVector<Type> firstFinals, firstStacked;
  for (unsigned i : first.set_bits()) {
    firstInits.push_back(loop.getInits()[i]);
    firstFinals.push_back(loop.getFinals()[i].getType());
  }
  for (Value v : crossing)
    firstStacked.push_back(stackedType(v));
  for (unsigned k : firstOutputs)
    firstStacked.push_back(loop.getStacked()[k].getType());
  auto loop1 = LoopOp::create(b, loc, firstFinals, firstStacked, firstInits,
                              loop.getSequences(), steps);
  Block *body1 = new Block();
  loop1.getBody().push_back(body1);
  IRMapping map1;
  map1.map(loop.getStepArgument(),
           body1->addArgument(loop.getStepArgument().getType(), loc));
  for (BlockArgument slice : loop.getSliceArguments())
    map1.map(slice, body1->addArgument(slice.getType(), loc));
  for (unsigned i : first.set_bits()) {
    BlockArgument arg = loop.getCarriedArguments()[i];
    map1.map(arg, body1->addArgument(arg.getType(), loc));
  }
  SmallVector<Value> roots1;
  for (unsigned i : first.set_bits())
    roots1.push_back(yield.getOperand(i));
  llvm::append_range(roots1, crossing);
  for (unsigned k : firstOutputs)
    roots1.push_back(yield.getOperand(numCarried + k));
  OpBuilder y1 = cloneBody(*body1, map1, roots1);
  SmallVector<Value> yields1;
  for (Value root : roots1)
    yields1.push_back(map1.lookupOrDefault(root));
  LoopYieldOp::create(y1, yield.getLoc(), yields1);

  // The second loop, over the original sequences and the crossing values.
  SmallVector<Value> secondInits, sequences(loop.getSequences());
  SmallVector<Type> secondFinals, secondStacked;
  for (unsigned i = 0; i < numCarried; ++i)
    if (!first.test(i)) {
      secondInits.push_back(loop.getInits()[i]);
      secondFinals.push_back(loop.getFinals()[i].getType());
    }
  for (unsigned c = 0; c < crossing.size(); ++c)
    sequences.push_back(loop1.getStacked()[c]);
  for (unsigned k : secondOutputs)
    secondStacked.push_back(loop.getStacked()[k].getType());
  auto loop2 = LoopOp::create(b, loc, secondFinals, secondStacked,
                              secondInits, sequences, steps);
  Block *body2 = new Block();
  loop2.getBody().push_back(body2);
  IRMapping map2;
  map2.map(loop.getStepArgument(),
           body2->addArgument(loop.getStepArgument().getType(), loc));
  for (BlockArgument slice : loop.getSliceArguments())
    map2.map(slice, body2->addArgument(slice.getType(), loc));
  for (Value v : crossing) {
    auto t = cast<RankedTensorType>(v.getType());
    map2.map(v, body2->addArgument(t, loc));
  }
  for (unsigned i = 0; i < numCarried; ++i)
    if (!first.test(i)) {
      BlockArgument arg = loop.getCarriedArguments()[i];
      map2.map(arg, body2->addArgument(arg.getType(), loc));
    }
  // The first loop's values the second reads are slices there.
  SmallVector<Value> roots2;
  for (unsigned i = 0; i < numCarried; ++i)
    if (!first.test(i))
      roots2.push_back(yield.getOperand(i));
  for (unsigned k : secondOutputs)
    roots2.push_back(yield.getOperand(numCarried + k));
  OpBuilder y2 = cloneBody(*body2, map2, roots2);
  SmallVector<Value> yields2;
  for (Value root : roots2)
    yields2.push_back(map2.lookupOrDefault(root));
  LoopYieldOp::create(y2, yield.getLoc(), yields2);

  // The original loop's results.
  unsigned f1 = 0, f2 = 0;
  for (unsigned i = 0; i < numCarried; ++i)
    loop.getFinals()[i].replaceAllUsesWith(first.test(i)
                                               ? loop1.getFinals()[f1++]
                                               : loop2.getFinals()[f2++]);
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

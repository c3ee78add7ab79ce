//===- FuseElementwise.cpp - elementwise chains into one loop -------------===//
//
// Fuses chains of elementwise scope ops into one `scope.fused_elementwise`
// whose body is scalar `arith`/`math` code, one producer at a time (rules in
// Fusion.h and the pass description).
//
//===----------------------------------------------------------------------===//

#include "scopec/Dialect/Scope/IR/ScalarBuilder.h"
#include "scopec/Dialect/Scope/Transforms/Fusion.h"
#include "scopec/Dialect/Scope/Transforms/Passes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/TypeSwitch.h"

namespace scopec::scope {
#define GEN_PASS_DEF_SCOPEFUSEELEMENTWISE
#include "scopec/Dialect/Scope/Transforms/Passes.h.inc"
} // namespace scopec::scope

using namespace mlir;
using namespace scopec::scope;

//===----------------------------------------------------------------------===//
// Logic
//===----------------------------------------------------------------------===//

bool scopec::scope::isFusableElementwise(Operation *op) {
  return isa<ElementwiseOpInterface, IdentityOp, FusedElementwiseOp>(op);
}

/// The static shape of a tensor-typed value.
static ArrayRef<int64_t> shapeOf(Value value) {
  return cast<RankedTensorType>(value.getType()).getShape();
}

bool scopec::scope::canFuseElementwise(Operation *producer,
                                       Operation *consumer) {
  if (producer == consumer || !isFusableElementwise(producer) ||
      !isFusableElementwise(consumer) ||
      shapeOf(producer->getResult(0)) != shapeOf(consumer->getResult(0)))
    return false;
  if (producer->getBlock() != consumer->getBlock() ||
      producer->getResult(0).use_empty() ||
      llvm::any_of(producer->getUsers(),
                   [&](Operation *user) { return user != consumer; }))
    return false;
  return !isAbsorbableByEpilogue(producer) && !isAbsorbableByEpilogue(consumer);
}

namespace {
/// Builds the scalar body of a fused_elementwise op from scope ops: tensors
/// become block arguments (once each) or, for splat constants,
/// `arith.constant`s. It starts from an empty block, or from the body of a
/// fused op that is about to be replaced, which it then extends in place:
/// fusing a chain of n ops one op at a time then costs O(n), where copying
/// the growing body at each step cost O(n^2) (a chain of 6000 ops took 15 s).
class BodyBuilder {
public:
  /// An empty body.
  BodyBuilder(MLIRContext *context) : builder(context) {
    region.push_back(new Block());
    builder.setInsertionPointToEnd(&region.front());
  }

  /// Takes over `fused`'s body (its op is replaced by the caller): its
  /// arguments stand for `fused`'s inputs; new computation goes in front of
  /// its yield. Its ops may be on `rewriter`'s worklist, so the one this
  /// removes (the old yield) is erased through it.
  BodyBuilder(FusedElementwiseOp fused, RewriterBase &rewriter)
      : builder(fused.getContext()), rewriter(&rewriter) {
    region.takeBody(fused.getBody());
    Block &block = region.front();
    for (auto [input, arg] : llvm::zip(fused.getInputs(), block.getArguments())) {
      inputs.push_back(input);
      scalars[input] = arg;
    }
    builder.setInsertionPoint(block.getTerminator());
  }

  /// Emits the scalar computation of `op`, binding its result to it.
  void emit(Operation *op) {
    SmallVector<Value> args;
    for (Value operand : op->getOperands())
      args.push_back(getScalar(operand));
    scalars[op->getResult(0)] = emitScalar(op, args);
  }

  /// Puts the scalar computation of `producer` (an input of this body) at
  /// the start of the body and lets the body use it instead of the input.
  void prepend(Operation *producer) {
    Value tensor = producer->getResult(0);
    builder.setInsertionPointToStart(&region.front());
    emit(producer);
    Block &block = region.front();
    for (unsigned i = inputs.size(); i-- > 0;) {
      if (inputs[i] != tensor)
        continue;
      block.getArgument(i).replaceAllUsesWith(scalars[tensor]);
      block.eraseArgument(i);
      inputs.erase(inputs.begin() + i);
    }
  }

  /// Ends the body with a yield of `value`'s scalar (replacing the body's
  /// old yield, if it had one).
  void yield(Value value, Location loc) {
    Block &block = region.front();
    if (!block.empty() && isa<YieldOp>(block.back()))
      rewriter->eraseOp(&block.back());
    builder.setInsertionPointToEnd(&block);
    YieldOp::create(builder, loc, scalars.lookup(value));
  }

  /// Binds `tensor` (the result of the fused op whose body this was) to the
  /// value its yield returns.
  void bindYield(Value tensor) {
    scalars[tensor] = cast<YieldOp>(region.front().getTerminator()).getValue();
  }

  /// The tensors the block arguments stand for, in order.
  ArrayRef<Value> getInputs() const { return inputs; }
  Region &getRegion() { return region; }

private:
  Value getScalar(Value tensor) {
    if (Value scalar = scalars.lookup(tensor))
      return scalar;
    Type element = cast<RankedTensorType>(tensor.getType()).getElementType();
    Value scalar;
    DenseElementsAttr splat;
    if (auto constant = tensor.getDefiningOp<ConstantOp>())
      splat = dyn_cast<DenseElementsAttr>(constant.getValue());
    if (splat && splat.isSplat()) {
      scalar = arith::ConstantOp::create(
          builder, tensor.getLoc(),
          cast<TypedAttr>(splat.getSplatValue<Attribute>()));
    } else {
      inputs.push_back(tensor);
      scalar = region.front().addArgument(getScalarType(element),
                                          tensor.getLoc());
    }
    scalars[tensor] = scalar;
    return scalar;
  }

  Value emitScalar(Operation *op, ArrayRef<Value> args) {
    if (auto elementwise = dyn_cast<ElementwiseOpInterface>(op))
      return elementwise.buildScalar(builder, op->getLoc(), args);
    return llvm::TypeSwitch<Operation *, Value>(op)
        .Case<IdentityOp>([&](auto) { return args[0]; })
        .Case<FusedElementwiseOp>([&](FusedElementwiseOp fused) {
          Block &body = fused.getBody().front();
          IRMapping mapping;
          mapping.map(body.getArguments(), args);
          for (Operation &inner : body.without_terminator())
            builder.clone(inner, mapping);
          auto yield = cast<YieldOp>(body.getTerminator());
          return mapping.lookup(yield.getValue());
        })
        .Default([](Operation *) { return Value(); });
  }

  OpBuilder builder;
  RewriterBase *rewriter = nullptr;
  Region region;
  SmallVector<Value> inputs;
  DenseMap<Value, Value> scalars;
};

/// The number of scalar ops in `op`'s body (1 for a plain elementwise op).
size_t bodySize(Operation *op) {
  auto fused = dyn_cast<FusedElementwiseOp>(op);
  return fused ? fused.getBody().front().getOperations().size() : 1;
}

/// At most this many source locations are kept on a fused op (the first
/// ones fused): merging every location of a long chain was quadratic too.
constexpr size_t kMaxFusedLocations = 16;

Location fusedLocation(RewriterBase &rewriter, Operation *producer,
                       Operation *consumer) {
  SmallVector<Location> locs;
  for (Operation *op : {producer, consumer}) {
    if (auto fused = dyn_cast<FusedLoc>(op->getLoc()))
      llvm::append_range(locs, fused.getLocations());
    else
      locs.push_back(op->getLoc());
  }
  if (locs.size() > kMaxFusedLocations)
    locs.truncate(kMaxFusedLocations);
  return rewriter.getFusedLoc(locs);
}
} // namespace

FailureOr<FusedElementwiseOp>
scopec::scope::fuseElementwise(RewriterBase &rewriter, Operation *producer,
                               Operation *consumer) {
  if (!canFuseElementwise(producer, consumer))
    return failure();
  Location loc = fusedLocation(rewriter, producer, consumer);
  Value result = consumer->getResult(0);
  auto fusedProducer = dyn_cast<FusedElementwiseOp>(producer);
  auto fusedConsumer = dyn_cast<FusedElementwiseOp>(consumer);
  // Extend the larger body in place; copy the smaller one into it.
  std::optional<BodyBuilder> body;
  if (fusedProducer && bodySize(producer) >= bodySize(consumer)) {
    body.emplace(fusedProducer, rewriter);
    body->bindYield(producer->getResult(0));
    body->emit(consumer);
    body->yield(result, consumer->getLoc());
  } else if (fusedConsumer) {
    body.emplace(fusedConsumer, rewriter);
    body->prepend(producer);
  } else {
    body.emplace(rewriter.getContext());
    body->emit(producer);
    body->emit(consumer);
    body->yield(result, consumer->getLoc());
  }

  rewriter.setInsertionPoint(consumer);
  auto fused = FusedElementwiseOp::create(rewriter, loc, result.getType(),
                                          body->getInputs());
  rewriter.inlineRegionBefore(body->getRegion(), fused.getBody(),
                              fused.getBody().end());
  rewriter.replaceOp(consumer, fused);
  rewriter.eraseOp(producer);
  return fused;
}

//===----------------------------------------------------------------------===//
// Pattern
//===----------------------------------------------------------------------===//

namespace {
/// Fuses the first fusable producer of an elementwise op into it.
struct FuseElementwisePattern : public RewritePattern {
  FuseElementwisePattern(MLIRContext *context)
      : RewritePattern(MatchAnyOpTypeTag(), /*benefit=*/1, context) {}

  LogicalResult matchAndRewrite(Operation *consumer,
                                PatternRewriter &rewriter) const override {
    if (!isFusableElementwise(consumer))
      return rewriter.notifyMatchFailure(consumer, "not elementwise");
    for (Value operand : consumer->getOperands()) {
      Operation *producer = operand.getDefiningOp();
      if (producer && canFuseElementwise(producer, consumer))
        return fuseElementwise(rewriter, producer, consumer);
    }
    return rewriter.notifyMatchFailure(consumer, "no fusable producer");
  }
};
} // namespace

namespace {
/// bias_add(x, b) -> add(x, b): the same NumPy broadcast along the last
/// axis. A bias no kernel epilogue took (after a depthwise or transposed
/// convolution, a pooling, ...) then joins the elementwise chain around it
/// instead of being a pass of its own; an epilogue still takes the add.
struct BiasAddToAdd : public OpRewritePattern<BiasAddOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(BiasAddOp biasAdd,
                                PatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<AddOp>(biasAdd, biasAdd.getType(),
                                       biasAdd.getInput(), biasAdd.getBias());
    return success();
  }
};
} // namespace

void scopec::scope::populateFuseElementwisePatterns(
    RewritePatternSet &patterns) {
  patterns.add<FuseElementwisePattern, BiasAddToAdd>(patterns.getContext());
  populateFuseEpiloguePatterns(patterns, /*conv=*/true, /*matmul=*/true);
}

//===----------------------------------------------------------------------===//
// Pass
//===----------------------------------------------------------------------===//

/// Orders a fused op's inputs as its body first reads them, whichever way
/// its pieces were fused (extending a body appends inputs at the end).
static void orderInputsByFirstUse(FusedElementwiseOp op) {
  Block &body = op.getBody().front();
  SmallVector<unsigned> order;
  llvm::SmallDenseSet<unsigned> seen;
  for (Operation &inner : body)
    for (Value operand : inner.getOperands())
      if (auto arg = dyn_cast<BlockArgument>(operand);
          arg && arg.getOwner() == &body &&
          seen.insert(arg.getArgNumber()).second)
        order.push_back(arg.getArgNumber());
  unsigned count = body.getNumArguments();
  for (unsigned i = 0; i < count; ++i)
    if (!seen.count(i))
      order.push_back(i);
  if (llvm::equal(order, llvm::seq<unsigned>(0, count)))
    return;
  SmallVector<Value> inputs;
  for (unsigned i : order) {
    BlockArgument old = body.getArgument(i);
    old.replaceAllUsesWith(body.addArgument(old.getType(), old.getLoc()));
    inputs.push_back(op.getInputs()[i]);
  }
  body.eraseArguments(0, count);
  op.getInputsMutable().assign(inputs);
}

namespace {
struct FuseElementwisePass
    : public scopec::scope::impl::ScopeFuseElementwiseBase<
          FuseElementwisePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateFuseElementwisePatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns)))) {
      getOperation()->emitError() << "fusion did not converge";
      return signalPassFailure();
    }
    getOperation()->walk(orderInputsByFirstUse);
  }
};
} // namespace

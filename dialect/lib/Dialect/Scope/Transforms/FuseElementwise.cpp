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
/// Builds the scalar body of a fused_elementwise op from scope ops, in a
/// detached region: tensors become block arguments (once each) or, for splat
/// constants, `arith.constant`s.
class BodyBuilder {
public:
  BodyBuilder(MLIRContext *context) : builder(context) {
    block = new Block();
    region.push_back(block);
    builder.setInsertionPointToEnd(block);
  }

  /// Emits the scalar computation of `op`, binding its result to it.
  void emit(Operation *op) {
    SmallVector<Value> args;
    for (Value operand : op->getOperands())
      args.push_back(getScalar(operand));
    scalars[op->getResult(0)] = emitScalar(op, args);
  }

  /// Ends the body with a yield of `value`'s scalar.
  void yield(Value value) {
    YieldOp::create(builder, value.getLoc(), scalars.lookup(value));
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
      scalar = block->addArgument(getScalarType(element), tensor.getLoc());
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
  Region region;
  Block *block;
  SmallVector<Value> inputs;
  DenseMap<Value, Value> scalars;
};
} // namespace

FailureOr<FusedElementwiseOp>
scopec::scope::fuseElementwise(RewriterBase &rewriter, Operation *producer,
                               Operation *consumer) {
  if (!canFuseElementwise(producer, consumer))
    return failure();
  BodyBuilder body(rewriter.getContext());
  body.emit(producer);
  body.emit(consumer);
  body.yield(consumer->getResult(0));

  rewriter.setInsertionPoint(consumer);
  Location loc = rewriter.getFusedLoc({producer->getLoc(), consumer->getLoc()});
  auto fused = FusedElementwiseOp::create(
      rewriter, loc, consumer->getResult(0).getType(), body.getInputs());
  rewriter.inlineRegionBefore(body.getRegion(), fused.getBody(),
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

namespace {
struct FuseElementwisePass
    : public scopec::scope::impl::ScopeFuseElementwiseBase<
          FuseElementwisePass> {
  void runOnOperation() override {
    RewritePatternSet patterns(&getContext());
    populateFuseElementwisePatterns(patterns);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns)))) {
      getOperation()->emitError() << "fusion did not converge";
      signalPassFailure();
    }
  }
};
} // namespace

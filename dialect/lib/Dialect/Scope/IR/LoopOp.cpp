//===- LoopOp.cpp - scope.loop verifier -----------------------------------===//
//
// The invariants the interpreter and the code generator rely on: the block
// takes the step, one slice per sequence and the carried values; the yield
// gives the carried values back with their types, then the step outputs;
// each result is a carried value or a step output stacked over the steps.
//
//===----------------------------------------------------------------------===//

#include "scopec/Dialect/Scope/IR/ScopeOps.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace scopec::scope;

/// `type` with `leading` prepended to its shape.
static RankedTensorType stackedType(int64_t leading, Type type) {
  auto tensor = cast<RankedTensorType>(type);
  SmallVector<int64_t> shape{leading};
  llvm::append_range(shape, tensor.getShape());
  return RankedTensorType::get(shape, tensor.getElementType());
}

LogicalResult LoopOp::verify() {
  Block &body = getBody().front();
  size_t numSequences = getSequences().size(), numCarried = getInits().size();
  if (body.getNumArguments() != 1 + numSequences + numCarried)
    return emitOpError() << "expects " << 1 + numSequences + numCarried
                         << " block arguments (the step, one slice per "
                            "sequence, one per carried value), got "
                         << body.getNumArguments();
  auto step = dyn_cast<RankedTensorType>(getStepArgument().getType());
  if (!step || step.getRank() != 0 || !step.getElementType().isInteger(32))
    return emitOpError("expects the first block argument (the step) to be "
                       "tensor<i32>, got ")
           << getStepArgument().getType();
  int64_t steps = getTripCount();
  for (auto [sequence, slice] :
       llvm::zip(getSequences(), getSliceArguments())) {
    auto type = cast<RankedTensorType>(sequence.getType());
    if (type.getRank() == 0 || type.getDimSize(0) != steps ||
        stackedType(steps, slice.getType()) != type)
      return emitOpError() << "expects sequence " << sequence.getType()
                           << " to have " << steps
                           << " steps of the slice type " << slice.getType();
  }
  if (getFinals().size() != numCarried)
    return emitOpError() << "expects one final value per carried value ("
                         << numCarried << "), got " << getFinals().size();
  for (auto [init, carried, final] :
       llvm::zip(getInits(), getCarriedArguments(), getFinals()))
    if (init.getType() != carried.getType() ||
        final.getType() != carried.getType())
      return emitOpError() << "expects a carried value to keep its type "
                           << init.getType() << " (block argument "
                           << carried.getType() << ", result "
                           << final.getType() << ")";
  auto yield = cast<LoopYieldOp>(body.getTerminator());
  ValueRange yielded = yield.getValues();
  if (yielded.size() != numCarried + getStacked().size())
    return yield.emitOpError()
           << "expects " << numCarried << " carried values and "
           << getStacked().size() << " step outputs, got " << yielded.size()
           << " values";
  for (auto [value, carried] :
       llvm::zip(yielded.take_front(numCarried), getCarriedArguments()))
    if (value.getType() != carried.getType())
      return yield.emitOpError()
             << "yields " << value.getType() << " for a carried value of type "
             << carried.getType();
  for (auto [value, stacked] :
       llvm::zip(yielded.drop_front(numCarried), getStacked()))
    if (stackedType(steps, value.getType()) != stacked.getType())
      return emitOpError() << "expects the stacked result " << stacked.getType()
                           << " to be " << steps << " steps of "
                           << value.getType();
  return success();
}

namespace {
/// A sequence whose slice the body no longer reads (after
/// scope-hoist-loop-projections, say) is dropped: its buffer need not live
/// through the loop.
struct DropUnreadSequences : OpRewritePattern<LoopOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(LoopOp loop,
                                PatternRewriter &rewriter) const override {
    SmallVector<Value> kept;
    llvm::BitVector unread(loop.getBody().getNumArguments());
    for (auto [sequence, slice] :
         llvm::zip(loop.getSequences(), loop.getSliceArguments())) {
      if (slice.use_empty())
        unread.set(slice.getArgNumber());
      else
        kept.push_back(sequence);
    }
    if (unread.none())
      return failure();
    auto rebuilt =
        LoopOp::create(rewriter, loop.getLoc(), loop.getFinals().getTypes(),
                       loop.getStacked().getTypes(), loop.getInits(), kept,
                       loop.getTripCount());
    rewriter.inlineRegionBefore(loop.getBody(), rebuilt.getBody(),
                                rebuilt.getBody().end());
    rebuilt.getBody().front().eraseArguments(unread);
    rewriter.replaceOp(loop, rebuilt.getResults());
    return success();
  }
};
} // namespace

void LoopOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                         MLIRContext *context) {
  patterns.add<DropUnreadSequences>(context);
}

/// `(t1, t2)`, possibly `()`: scope.loop's result groups.
ParseResult scopec::scope::parseParenTypes(OpAsmParser &parser,
                                           SmallVectorImpl<Type> &types) {
  if (parser.parseLParen())
    return failure();
  if (succeeded(parser.parseOptionalRParen()))
    return success();
  if (parser.parseTypeList(types))
    return failure();
  return parser.parseRParen();
}

void scopec::scope::printParenTypes(OpAsmPrinter &printer, Operation *,
                                    TypeRange types) {
  printer << "(" << types << ")";
}

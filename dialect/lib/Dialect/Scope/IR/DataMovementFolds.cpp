//===- DataMovementFolds.cpp - Folds of reshape, concat and split ---------===//
//
// What tf.stack/tf.unstack around a recurrence leave (docs/architecture.md,
// "Loops in the IR"): `tf.stack(tf.unstack(x))` is x, or x transposed when
// the axes differ, `tf.concat(tf.unstack(x), c)` a transpose and reshape of
// x, and a split some of whose pieces nothing reads is the slices that are
// read (a static_rnn whose last output alone is used). A transpose that
// only moves unit dimensions is a reshape.
//
//===----------------------------------------------------------------------===//

#include "scopec/Dialect/Scope/IR/ScopeOps.h"

#include "mlir/IR/PatternMatch.h"

using namespace mlir;
using namespace scopec::scope;

OpFoldResult ReshapeOp::fold(FoldAdaptor) {
  if (getInput().getType() == getType())
    return getInput();
  if (auto inner = getInput().getDefiningOp<ReshapeOp>()) {
    getInputMutable().assign(inner.getInput());
    return getResult();
  }
  return {};
}

namespace {

/// The shape of `type` without dimension `axis`.
SmallVector<int64_t> dropDim(Type type, int64_t axis) {
  SmallVector<int64_t> shape(cast<RankedTensorType>(type).getShape());
  shape.erase(shape.begin() + axis);
  return shape;
}

/// concat_c(reshape?(split_a(x)#0), ..., reshape?(split_a(x)#n-1)), every
/// piece in order: x with axis a moved to c (no transpose when a == c), then
/// reshaped to the result. Each piece is either stacked (its unit dimension
/// moved from a to c: tf.stack(tf.unstack(x))) or squeezed (dimension a
/// dropped and the pieces joined along c: tf.concat(tf.unstack(x), c)).
struct ConcatOfSplit : OpRewritePattern<ConcatOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(ConcatOp concat,
                                PatternRewriter &rewriter) const override {
    SplitOp split;
    int64_t c = concat.getAxis();
    for (auto [index, input] : llvm::enumerate(concat.getInputs())) {
      Value piece = input;
      if (auto reshape = input.getDefiningOp<ReshapeOp>())
        piece = reshape.getInput();
      auto result = dyn_cast<OpResult>(piece);
      auto owner = result ? dyn_cast<SplitOp>(result.getOwner()) : SplitOp();
      if (!owner || result.getResultNumber() != index ||
          (split && owner != split))
        return failure();
      split = owner;
      auto pieceType = cast<RankedTensorType>(piece.getType());
      auto inputType = cast<RankedTensorType>(input.getType());
      int64_t a = split.getAxis();
      if (pieceType.getDimSize(a) != 1)
        return failure();
      SmallVector<int64_t> reduced = dropDim(pieceType, a);
      bool stacked = inputType.getRank() == pieceType.getRank() &&
                     inputType.getDimSize(c) == 1 &&
                     dropDim(inputType, c) == reduced;
      bool squeezed = inputType.getShape() == ArrayRef<int64_t>(reduced);
      if (!stacked && !squeezed)
        return failure();
    }
    if (!split || split.getNumResults() != concat.getInputs().size())
      return failure();
    Value x = split.getInput();
    int64_t a = split.getAxis();
    auto xType = cast<RankedTensorType>(x.getType());
    int64_t rank = xType.getRank();
    if (c >= rank)
      return failure();
    SmallVector<int64_t> perm;
    for (int64_t d = 0; d < rank; ++d)
      if (d != a)
        perm.push_back(d);
    perm.insert(perm.begin() + c, a);
    Value moved = x;
    if (a != c) {
      SmallVector<int64_t> shape;
      for (int64_t d : perm)
        shape.push_back(xType.getDimSize(d));
      moved = TransposeOp::create(
          rewriter, concat.getLoc(),
          RankedTensorType::get(shape, xType.getElementType()), x,
          rewriter.getDenseI64ArrayAttr(perm));
    }
    if (moved.getType() != concat.getType())
      moved = ReshapeOp::create(rewriter, concat.getLoc(), concat.getType(),
                                moved);
    rewriter.replaceOp(concat, moved);
    return success();
  }
};

/// A split with pieces nothing reads: each read piece as a strided slice.
struct SplitOfUnusedPieces : OpRewritePattern<SplitOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(SplitOp split,
                                PatternRewriter &rewriter) const override {
    if (llvm::all_of(split.getResults(),
                     [](Value piece) { return !piece.use_empty(); }))
      return failure();
    auto inputType = cast<RankedTensorType>(split.getInput().getType());
    int64_t axis = split.getAxis(), offset = 0;
    SmallVector<Value> replacements;
    for (Value piece : split.getResults()) {
      int64_t size = cast<RankedTensorType>(piece.getType()).getDimSize(axis);
      if (piece.use_empty()) {
        replacements.push_back(Value());
        offset += size;
        continue;
      }
      SmallVector<int64_t> offsets(inputType.getRank(), 0);
      SmallVector<int64_t> strides(inputType.getRank(), 1);
      offsets[axis] = offset;
      offset += size;
      replacements.push_back(StridedSliceOp::create(
          rewriter, split.getLoc(), piece.getType(), split.getInput(),
          rewriter.getDenseI64ArrayAttr(offsets),
          rewriter.getDenseI64ArrayAttr(strides)));
    }
    for (auto [piece, replacement] :
         llvm::zip(split.getResults(), replacements))
      if (replacement)
        rewriter.replaceAllUsesWith(piece, replacement);
    rewriter.eraseOp(split);
    return success();
  }
};

/// A transpose that keeps the order of the dimensions larger than 1 moves
/// no element: a reshape (batch-1 sequences made time-major).
struct TransposeOfUnitDims : OpRewritePattern<TransposeOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(TransposeOp transpose,
                                PatternRewriter &rewriter) const override {
    auto inputType = cast<RankedTensorType>(transpose.getInput().getType());
    int64_t last = -1;
    for (int64_t d : transpose.getPerm()) {
      if (inputType.getDimSize(d) == 1)
        continue;
      if (d < last)
        return failure();
      last = d;
    }
    rewriter.replaceOpWithNewOp<ReshapeOp>(transpose, transpose.getType(),
                                           transpose.getInput());
    return success();
  }
};

} // namespace

void TransposeOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                              MLIRContext *context) {
  patterns.add<TransposeOfUnitDims>(context);
}

void ConcatOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                           MLIRContext *context) {
  patterns.add<ConcatOfSplit>(context);
}

void SplitOp::getCanonicalizationPatterns(RewritePatternSet &patterns,
                                          MLIRContext *context) {
  patterns.add<SplitOfUnusedPieces>(context);
}

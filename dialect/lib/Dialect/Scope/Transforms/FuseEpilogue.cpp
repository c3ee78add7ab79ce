//===- FuseEpilogue.cpp - bias and activation epilogues of fused kernels --===//
//
// What conv2d and matmul fusion share: recognizing a per-channel bias and an
// activation, and absorbing one more of them into a `scope.fused_conv2d` or
// `scope.fused_matmul` whose activation is still `none` (see Fusion.h).
//
//===----------------------------------------------------------------------===//

#include "scopec/Dialect/Scope/Transforms/Fusion.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace scopec::scope;

//===----------------------------------------------------------------------===//
// Building blocks
//===----------------------------------------------------------------------===//

/// True if `bias` can be added to every row of `result`'s type as one value
/// per channel: shape [C] or [1, ..., 1, C], same element type, rank at most
/// the result's.
static bool isChannelBiasFor(Value bias, RankedTensorType result) {
  auto type = dyn_cast<RankedTensorType>(bias.getType());
  if (!type || result.getRank() == 0 || type.getRank() == 0 ||
      type.getRank() > result.getRank() ||
      type.getElementType() != result.getElementType())
    return false;
  ArrayRef<int64_t> shape = type.getShape();
  if (shape.back() != result.getShape().back())
    return false;
  return llvm::all_of(shape.drop_back(), [](int64_t d) { return d == 1; });
}

Value scopec::scope::getChannelBias(Operation *user, Value value) {
  auto resultType = dyn_cast<RankedTensorType>(value.getType());
  if (!user || !resultType || user->getNumResults() != 1 ||
      user->getResult(0).getType() != resultType)
    return {};
  if (auto biasAdd = dyn_cast<BiasAddOp>(user))
    return biasAdd.getInput() == value ? biasAdd.getBias() : Value();
  auto add = dyn_cast<AddOp>(user);
  if (!add || (add.getLhs() == value) == (add.getRhs() == value))
    return {};
  Value other = add.getLhs() == value ? add.getRhs() : add.getLhs();
  return isChannelBiasFor(other, resultType) ? other : Value();
}

std::optional<Activation> scopec::scope::getActivation(Operation *op) {
  return llvm::TypeSwitch<Operation *, std::optional<Activation>>(op)
      .Case<ReluOp>([](auto) { return Activation::Relu; })
      .Case<Relu6Op>([](auto) { return Activation::Relu6; })
      .Case<SigmoidOp>([](auto) { return Activation::Sigmoid; })
      .Case<TanhOp>([](auto) { return Activation::Tanh; })
      .Default([](Operation *) { return std::nullopt; });
}

Operation *scopec::scope::detail::getOnlyEpilogueUser(Value value) {
  if (!value.hasOneUse())
    return nullptr;
  Operation *user = *value.user_begin();
  if (getChannelBias(user, value) || getActivation(user))
    return user;
  return nullptr;
}

Value scopec::scope::detail::buildChannelBias(RewriterBase &rewriter,
                                              Location loc, Value bias) {
  auto type = cast<RankedTensorType>(bias.getType());
  if (type.getRank() == 1)
    return bias;
  auto vector =
      RankedTensorType::get({type.getShape().back()}, type.getElementType());
  // A bias that was reshaped up from the vector is that vector.
  if (auto reshape = bias.getDefiningOp<ReshapeOp>())
    if (reshape.getInput().getType() == vector)
      return reshape.getInput();
  return ReshapeOp::create(rewriter, loc, vector, bias);
}

Value scopec::scope::detail::buildZeroBias(RewriterBase &rewriter, Location loc,
                                           RankedTensorType resultType) {
  auto vector = RankedTensorType::get({resultType.getShape().back()},
                                      resultType.getElementType());
  return ConstantOp::create(rewriter, loc,
                            cast<ElementsAttr>(rewriter.getZeroAttr(vector)));
}

//===----------------------------------------------------------------------===//
// Absorbing one more user into a fused kernel
//===----------------------------------------------------------------------===//

/// The activation of a fused kernel, or none for any other op.
static std::optional<Activation> getKernelActivation(Operation *op) {
  return llvm::TypeSwitch<Operation *, std::optional<Activation>>(op)
      .Case<FusedConv2DOp, FusedMatMulOp>(
          [](auto kernel) { return kernel.getActivation(); })
      .Default([](Operation *) { return std::nullopt; });
}

bool scopec::scope::canFuseIntoEpilogue(Operation *kernel) {
  std::optional<Activation> activation = getKernelActivation(kernel);
  return activation && *activation == Activation::None &&
         detail::getOnlyEpilogueUser(kernel->getResult(0));
}

FailureOr<Operation *> scopec::scope::fuseIntoEpilogue(RewriterBase &rewriter,
                                                       Operation *kernel) {
  if (!canFuseIntoEpilogue(kernel))
    return failure();
  Value result = kernel->getResult(0);
  Operation *user = detail::getOnlyEpilogueUser(result);

  // The new kernel goes where the user is: a bias operand may be defined
  // between the two.
  rewriter.setInsertionPoint(user);
  Location loc = rewriter.getFusedLoc({kernel->getLoc(), user->getLoc()});
  // The summed bias is built before the new kernel, which uses it.
  Value bias = getChannelBias(user, result);
  Value sum;
  if (bias) {
    // Both kernels take the bias as operand #2.
    Value oldBias = kernel->getOperand(2);
    sum = AddOp::create(rewriter, loc, oldBias.getType(), oldBias,
                        detail::buildChannelBias(rewriter, loc, bias));
  }
  Operation *fused = rewriter.clone(*kernel);
  fused->setLoc(loc);
  if (bias) {
    rewriter.modifyOpInPlace(fused, [&] { fused->setOperand(2, sum); });
  } else {
    auto attr =
        ActivationAttr::get(rewriter.getContext(), *getActivation(user));
    rewriter.modifyOpInPlace(fused, [&] {
      llvm::TypeSwitch<Operation *>(fused).Case<FusedConv2DOp, FusedMatMulOp>(
          [&](auto op) { op.setActivationAttr(attr); });
    });
  }
  rewriter.replaceOp(user, fused->getResults());
  rewriter.eraseOp(kernel);
  return fused;
}

bool scopec::scope::isAbsorbableByEpilogue(Operation *op) {
  // `op` must be the only user of the value it biases or activates, and that
  // value must come from a kernel with no activation yet, possibly through
  // more such biases (an activation ends an epilogue).
  for (Value operand : op->getOperands()) {
    if (detail::getOnlyEpilogueUser(operand) != op)
      continue;
    Operation *producer = operand.getDefiningOp();
    if (!producer)
      continue;
    if (isa<Conv2DOp, MatMulOp>(producer))
      return true;
    if (std::optional<Activation> activation = getKernelActivation(producer))
      return *activation == Activation::None;
    bool isBias = llvm::any_of(producer->getOperands(), [&](Value value) {
      return getChannelBias(producer, value) != nullptr;
    });
    if (isBias)
      return isAbsorbableByEpilogue(producer);
  }
  return false;
}

//===----------------------------------------------------------------------===//
// Pattern
//===----------------------------------------------------------------------===//

namespace {
/// Absorbs the only user of a fused kernel with activation `none`.
template <typename KernelOp>
struct FuseIntoEpiloguePattern : public OpRewritePattern<KernelOp> {
  using OpRewritePattern<KernelOp>::OpRewritePattern;

  LogicalResult matchAndRewrite(KernelOp kernel,
                                PatternRewriter &rewriter) const override {
    if (failed(fuseIntoEpilogue(rewriter, kernel)))
      return rewriter.notifyMatchFailure(
          kernel, "activation is set, or the only user is not a per-channel "
                  "bias or an activation");
    return success();
  }
};
} // namespace

void scopec::scope::populateFuseEpiloguePatterns(RewritePatternSet &patterns,
                                                 bool conv, bool matmul) {
  if (conv)
    patterns.add<FuseIntoEpiloguePattern<FusedConv2DOp>>(patterns.getContext());
  if (matmul)
    patterns.add<FuseIntoEpiloguePattern<FusedMatMulOp>>(patterns.getContext());
}

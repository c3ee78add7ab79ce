//===- FoldBatchNorm.cpp - batch norm folded into weights -----------------===//
//
// Inference batch normalization is a per-channel scale and shift computed
// from parameters. Once parameters have values (MaterializeParams,
// BindWeights), this pass computes small elementwise subgraphs over
// constants and parameters at compile time, in float64 with each op's
// reference formula (the interpreter's kernels), and multiplies a
// per-channel scale into the weights of the convolution or matmul it
// follows (rules in Passes.td).
//
//===----------------------------------------------------------------------===//

#include "scopec/Params/Transforms/Passes.h"

#include "scopec/Dialect/Scope/IR/ScopeOps.h"
#include "scopec/Interpreter/Interpreter.h"
#include "scopec/Interpreter/Kernels.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/DenseMap.h"

#include <optional>

namespace scopec::params {
#define GEN_PASS_DEF_SCOPEFOLDBATCHNORM
#include "scopec/Params/Transforms/Passes.h.inc"
} // namespace scopec::params

using namespace mlir;
using namespace scopec;
using interp::Tensor;

namespace {

/// Largest elementwise result folded into a constant: per-channel vectors,
/// not activations.
constexpr int64_t kMaxFoldedElements = 65536;

bool isFloatTensor(Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  return tensor && isa<FloatType>(tensor.getElementType());
}

/// Rounds float64 values to `elementType` (f32 or f64).
void roundTo(Type elementType, std::vector<double> &values) {
  if (elementType.isF32())
    for (double &v : values)
      v = static_cast<double>(static_cast<float>(v));
}

/// A DenseElementsAttr of `type` (f32 or f64) holding `values`.
DenseElementsAttr toAttr(RankedTensorType type,
                         const std::vector<double> &values) {
  if (type.getElementType().isF32()) {
    std::vector<float> narrow(values.begin(), values.end());
    return DenseElementsAttr::get(type, ArrayRef<float>(narrow));
  }
  return DenseElementsAttr::get(type, ArrayRef<double>(values));
}

/// Compile-time float values of tensors computed only from constants,
/// parameters with values and elementwise ops over them.
class StaticValues {
public:
  explicit StaticValues(ModuleOp module) : symbols(module) {}

  /// The value of `v`, or null when it is not known at compile time.
  /// Operands are computed first in an explicit post-order walk: a chain of
  /// 10,000 elementwise ops recursed 10,000 frames deep (a stack overflow
  /// under ASan).
  const Tensor *get(Value root) {
    SmallVector<std::pair<Value, bool>> stack = {{root, false}};
    while (!stack.empty()) {
      auto [v, operandsDone] = stack.back();
      if (cache.count(v)) {
        stack.pop_back();
        continue;
      }
      if (!operandsDone && foldable(v)) {
        stack.back().second = true;
        for (Value operand : v.getDefiningOp()->getOperands())
          if (!cache.count(operand))
            stack.push_back({operand, false});
        continue;
      }
      stack.pop_back();
      cache[v] = compute(v);
    }
    return lookup(root);
  }

  /// Forgets values of ops the rewriter erased or replaced.
  void clear() { cache.clear(); }

private:
  const Tensor *lookup(Value v) const {
    auto it = cache.find(v);
    return it != cache.end() && it->second ? &*it->second : nullptr;
  }

  /// An elementwise op small enough to evaluate (its operands first).
  static bool foldable(Value v) {
    Operation *op = v.getDefiningOp();
    return op && isFloatTensor(v.getType()) &&
           isa<scope::ElementwiseOpInterface>(op) && op->getNumResults() == 1 &&
           cast<RankedTensorType>(v.getType()).getNumElements() <=
               kMaxFoldedElements;
  }

  /// `v`'s value from its op and the cached values of its operands.
  std::optional<Tensor> compute(Value v) {
    if (!isFloatTensor(v.getType()))
      return std::nullopt;
    Operation *op = v.getDefiningOp();
    if (!op)
      return std::nullopt;
    if (auto constant = dyn_cast<scope::ConstantOp>(op))
      return read(constant.getValue(), op->getLoc());
    if (auto read = dyn_cast<scope::ReadOp>(op)) {
      auto param = symbols.lookup<scope::ParamOp>(read.getParam());
      if (!param || !param.getValue())
        return std::nullopt;
      return this->read(*param.getValue(), op->getLoc());
    }
    if (!foldable(v))
      return std::nullopt;
    auto elementwise = cast<scope::ElementwiseOpInterface>(op);
    auto type = cast<RankedTensorType>(v.getType());
    std::vector<const Tensor *> operands;
    for (Value operand : op->getOperands()) {
      const Tensor *t = lookup(operand);
      if (!t)
        return std::nullopt;
      operands.push_back(t);
    }
    Tensor result;
    std::string error;
    auto fn = [&](const std::vector<double> &x) {
      return elementwise.evaluate(x);
    };
    if (!interp::mapElements(
            operands, interp::Shape(type.getShape().begin(), type.getShape().end()),
            fn, result, error))
      return std::nullopt;
    roundTo(type.getElementType(), result.values);
    return result;
  }

  std::optional<Tensor> read(ElementsAttr attr, Location loc) {
    // A value the interpreter cannot read (elided data) is simply not
    // folded; the diagnostic is not an error of the model.
    ScopedDiagnosticHandler silence(loc.getContext(),
                                    [](Diagnostic &) { return success(); });
    FailureOr<Tensor> tensor = interp::readElements(attr, loc);
    if (failed(tensor))
      return std::nullopt;
    return std::move(*tensor);
  }

  SymbolTable symbols;
  llvm::DenseMap<Value, std::optional<Tensor>> cache;
};

/// Replaces small compile-time elementwise results with constants.
struct FoldStaticElementwise
    : public OpInterfaceRewritePattern<scope::ElementwiseOpInterface> {
  FoldStaticElementwise(MLIRContext *context, StaticValues &values)
      : OpInterfaceRewritePattern(context), values(values) {}

  LogicalResult matchAndRewrite(scope::ElementwiseOpInterface op,
                                PatternRewriter &rewriter) const override {
    if (op->getNumResults() != 1)
      return failure();
    Value result = op->getResult(0);
    const Tensor *value = values.get(result);
    if (!value)
      return rewriter.notifyMatchFailure(op, "not a compile-time value");
    auto type = cast<RankedTensorType>(result.getType());
    auto constant = scope::ConstantOp::create(rewriter, op->getLoc(),
                                              toAttr(type, value->values));
    rewriter.replaceOp(op, constant.getResult());
    values.clear();
    return success();
  }

  StaticValues &values;
};

/// The output-channel index of each weight element, or nothing for ops and
/// weight layouts this pass does not fold.
std::optional<std::vector<int64_t>> outputChannels(Operation *op,
                                                   ArrayRef<int64_t> w) {
  int64_t count = 1;
  for (int64_t d : w)
    count *= d;
  std::vector<int64_t> channel(count);
  auto fill = [&](auto &&f) {
    for (int64_t i = 0; i < count; ++i)
      channel[i] = f(i);
    return channel;
  };
  if (w.size() == 4 && isa<scope::Conv2DOp>(op)) // [KH,KW,C,F]
    return fill([&](int64_t i) { return i % w[3]; });
  if (w.size() == 4 && isa<scope::DepthwiseConv2DOp>(op)) // [KH,KW,C,M]
    return fill([&](int64_t i) { return i % (w[2] * w[3]); });
  if (w.size() == 4 && isa<scope::Conv2DTransposeOp>(op)) // [KH,KW,F,C]
    return fill([&](int64_t i) { return (i / w[3]) % w[2]; });
  if (auto matmul = dyn_cast<scope::MatMulOp>(op); matmul && w.size() == 2)
    return matmul.getTransposeB()
               ? fill([&](int64_t i) { return i / w[1]; })  // [F,K]
               : fill([&](int64_t i) { return i % w[1]; }); // [K,F]
  return std::nullopt;
}

/// mul(conv, scale) -> conv with the scale multiplied into its weights;
/// mul(conv + bias, scale) -> conv' + bias * scale.
struct FoldScaleIntoWeights : public OpRewritePattern<scope::MulOp> {
  FoldScaleIntoWeights(MLIRContext *context, StaticValues &values)
      : OpRewritePattern(context), values(values) {}

  LogicalResult matchAndRewrite(scope::MulOp mul,
                                PatternRewriter &rewriter) const override {
    for (int side : {0, 1})
      if (succeeded(fold(mul, mul->getOperand(side),
                         mul->getOperand(1 - side), rewriter)))
        return success();
    return rewriter.notifyMatchFailure(
        mul, "not a convolution or matmul (plus a bias) used once, scaled "
             "per channel by a compile-time value");
  }

private:
  static bool isFoldable(Operation *op) {
    return op && isa<scope::Conv2DOp, scope::DepthwiseConv2DOp,
                     scope::Conv2DTransposeOp, scope::MatMulOp>(op);
  }

  /// The per-channel values of `v` if it is a compile-time value varying at
  /// most along the last axis (of `channels` entries).
  std::optional<std::vector<double>> perChannel(Value v,
                                                int64_t channels) const {
    ArrayRef<int64_t> shape = cast<RankedTensorType>(v.getType()).getShape();
    for (size_t i = 0; i + 1 < shape.size(); ++i)
      if (shape[i] != 1)
        return std::nullopt;
    if (!shape.empty() && shape.back() != channels && shape.back() != 1)
      return std::nullopt;
    const Tensor *t = values.get(v);
    if (!t)
      return std::nullopt;
    std::vector<double> out(channels);
    for (int64_t c = 0; c < channels; ++c)
      out[c] = t->numElements() == 1 ? t->values[0] : t->values[c];
    return out;
  }

  /// Whether `producer`'s weights are float32 compile-time values in a
  /// layout whose output channels this pass knows.
  bool hasStaticWeights(Operation *producer) const {
    Value weights = producer->getOperand(1);
    auto type = cast<RankedTensorType>(weights.getType());
    return type.getElementType().isF32() &&
           outputChannels(producer, type.getShape()) && values.get(weights);
  }

  /// A clone of `producer` (at the rewriter's insertion point) whose weights
  /// are scaled per output channel; hasStaticWeights(producer) must hold.
  Operation *scaleWeights(Operation *producer, ArrayRef<double> scale,
                          PatternRewriter &rewriter) const {
    Value weights = producer->getOperand(1);
    auto type = cast<RankedTensorType>(weights.getType());
    std::vector<int64_t> channelOf =
        *outputChannels(producer, type.getShape());
    const Tensor *w = values.get(weights);
    std::vector<double> scaled(w->values.size());
    for (size_t i = 0; i < scaled.size(); ++i)
      scaled[i] = w->values[i] * scale[channelOf[i]];
    auto folded = scope::ConstantOp::create(rewriter, weights.getLoc(),
                                            toAttr(type, scaled));
    Operation *replacement = rewriter.clone(*producer);
    replacement->setOperand(1, folded.getResult());
    return replacement;
  }

  LogicalResult fold(scope::MulOp mul, Value product, Value scale,
                     PatternRewriter &rewriter) const {
    auto type = mul.getType();
    if (type.getRank() == 0 || product.getType() != type ||
        !product.hasOneUse() || !isFloatTensor(scale.getType()) ||
        cast<RankedTensorType>(scale.getType()).getElementType() !=
            type.getElementType())
      return failure();
    int64_t channels = type.getShape().back();
    std::optional<std::vector<double>> s = perChannel(scale, channels);
    if (!s)
      return failure();
    // Look through a reshape or identity: one that changes nothing (DCGAN's
    // `tf.reshape(tf.nn.bias_add(deconv, b), deconv.get_shape())`), or a
    // reshape from rows of L values, L a multiple of the channel count (a
    // dense layer reshaped to an image: column j becomes channel j % C).
    Operation *view = product.getDefiningOp();
    Value inner = product;
    std::vector<double> innerScale = *s;
    if (view && isa<scope::ReshapeOp, scope::IdentityOp>(view)) {
      inner = view->getOperand(0);
      auto innerType = cast<RankedTensorType>(inner.getType());
      int64_t rowLength = innerType.getRank() ? innerType.getShape().back() : 0;
      if (!inner.hasOneUse() || rowLength == 0 || rowLength % channels != 0)
        return failure();
      innerScale.resize(rowLength);
      for (int64_t j = 0; j < rowLength; ++j)
        innerScale[j] = (*s)[j % channels];
    } else {
      view = nullptr;
    }
    SmallVector<Operation *> dead;
    rewriter.setInsertionPoint(mul);
    Value folded = scaleProduct(inner, innerScale, rewriter, dead);
    if (!folded)
      return failure();
    if (view && folded.getType() != type)
      folded = scope::ReshapeOp::create(rewriter, view->getLoc(), type, folded);
    rewriter.replaceOp(mul, folded);
    if (view)
      rewriter.eraseOp(view);
    for (Operation *op : dead)
      rewriter.eraseOp(op);
    values.clear();
    return success();
  }

  /// `product` (used once) with its last-axis scale `s` multiplied into
  /// the weights of the convolution or matmul computing it, directly or
  /// before its bias: the new value, built at the rewriter's insertion
  /// point, or null (nothing built). `dead` gets the replaced ops, users
  /// first.
  Value scaleProduct(Value product, ArrayRef<double> s,
                     PatternRewriter &rewriter,
                     SmallVector<Operation *> &dead) const {
    Operation *producer = product.getDefiningOp();
    if (!producer)
      return {};
    if (isFoldable(producer)) {
      if (!hasStaticWeights(producer))
        return {};
      dead.push_back(producer);
      return scaleWeights(producer, s, rewriter)->getResult(0);
    }
    // (conv + bias) * s = conv' + bias * s.
    if (!isa<scope::AddOp, scope::BiasAddOp>(producer))
      return {};
    int64_t channels = static_cast<int64_t>(s.size());
    for (int side : {0, 1}) {
      Value inner = producer->getOperand(side),
            bias = producer->getOperand(1 - side);
      Operation *conv = inner.getDefiningOp();
      if (!isFoldable(conv) || !inner.hasOneUse() ||
          inner.getType() != product.getType() ||
          (isa<scope::BiasAddOp>(producer) && side != 0))
        continue;
      std::optional<std::vector<double>> b = perChannel(bias, channels);
      if (!b || !hasStaticWeights(conv))
        continue;
      // The new bias first: the epilogue fusions expect a bias defined
      // before its convolution or matmul.
      auto elementType = cast<RankedTensorType>(product.getType())
                             .getElementType();
      auto biasType = RankedTensorType::get({channels}, elementType);
      std::vector<double> scaledBias(channels);
      for (int64_t c = 0; c < channels; ++c)
        scaledBias[c] = (*b)[c] * s[c];
      roundTo(elementType, scaledBias);
      auto newBias = scope::ConstantOp::create(rewriter, bias.getLoc(),
                                               toAttr(biasType, scaledBias));
      Operation *replacement = scaleWeights(conv, s, rewriter);
      dead.push_back(producer);
      dead.push_back(conv);
      return scope::BiasAddOp::create(rewriter, producer->getLoc(),
                                      product.getType(),
                                      replacement->getResult(0), newBias)
          .getResult();
    }
    return {};
  }

  StaticValues &values;
};

struct FoldBatchNormPass
    : public scopec::params::impl::ScopeFoldBatchNormBase<FoldBatchNormPass> {
  void runOnOperation() override {
    StaticValues values(getOperation());
    RewritePatternSet patterns(&getContext());
    patterns.add<FoldScaleIntoWeights>(&getContext(), values);
    patterns.add<FoldStaticElementwise>(&getContext(), values);
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns)))) {
      getOperation()->emitError() << "batch norm folding did not converge";
      signalPassFailure();
    }
  }
};

} // namespace

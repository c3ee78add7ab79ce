//===- HoistLoopProjections.cpp - input projections before a loop ---------===//
//
// An RNN cell multiplies the concatenation of its input and its state by
// one kernel: `matmul(concat(x_t, h), W)` (+ bias) in a scope.loop body,
// x_t a slice of one of the loop's sequences. That is x_t W_x + h W_h, W_x
// and W_h the first rows and the rest of W, and the x_t W_x of every step
// do not depend on the recurrence: this pass computes them (with the bias)
// as ONE [steps*batch, D] x [D, N] product before the loop, a new sequence
// of the loop, and leaves the body h W_h plus that sequence's slice (the
// standard cuDNN/oneDNN RNN trick: one large GEMM instead of a small one per
// step, and half the weights read per step). W must be a compile-time
// value (a parameter with a value, or a constant): W_x and W_h are new
// constants, so the parameter blob holds W once, split in two.
//
//===----------------------------------------------------------------------===//

#include "scopec/Params/Transforms/Passes.h"

#include "scopec/Dialect/Scope/IR/ScopeOps.h"
#include "scopec/Interpreter/Interpreter.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/SymbolTable.h"

namespace scopec::params {
#define GEN_PASS_DEF_SCOPEHOISTLOOPPROJECTIONS
#include "scopec/Params/Transforms/Passes.h.inc"
} // namespace scopec::params

using namespace mlir;
using namespace scopec;
namespace sc = scopec::scope;

namespace {

/// One matmul to split: `matmul(concat(slice, rest...), weights)`, with the
/// bias_add that follows it when there is one.
struct Projection {
  sc::MatMulOp matmul;
  sc::ConcatOp concat;
  BlockArgument slice;
  sc::BiasAddOp biasAdd;
};

RankedTensorType tensorType(ArrayRef<int64_t> shape, Type element) {
  return RankedTensorType::get(shape, element);
}

/// The compile-time value of `v` (a constant, or a read of a parameter with
/// a value) as f32 elements, or nothing.
std::optional<std::vector<float>> staticValue(Value v,
                                              SymbolTable &symbols) {
  ElementsAttr attr;
  if (auto constant = v.getDefiningOp<sc::ConstantOp>())
    attr = constant.getValue();
  else if (auto read = v.getDefiningOp<sc::ReadOp>())
    if (auto param = symbols.lookup<sc::ParamOp>(read.getParam()))
      if (param.getValue())
        attr = *param.getValue();
  if (!attr)
    return std::nullopt;
  ScopedDiagnosticHandler silence(v.getContext(),
                                  [](Diagnostic &) { return success(); });
  FailureOr<interp::Tensor> tensor = interp::readElements(attr, v.getLoc());
  if (failed(tensor))
    return std::nullopt;
  return std::vector<float>(tensor->values.begin(), tensor->values.end());
}

bool definedOutside(Value v, sc::LoopOp loop) {
  return !loop->isAncestor(v.getParentRegion()->getParentOp());
}

/// The first projection of `loop`'s body this pass can split.
std::optional<Projection> findProjection(sc::LoopOp loop,
                                         SymbolTable &symbols) {
  auto slices = loop.getSliceArguments();
  for (Operation &op : loop.getBody().front()) {
    auto matmul = dyn_cast<sc::MatMulOp>(op);
    if (!matmul || matmul.getTransposeA() || matmul.getTransposeB() ||
        !matmul.getType().getElementType().isF32() ||
        !definedOutside(matmul.getRhs(), loop))
      continue;
    auto concat = matmul.getLhs().getDefiningOp<sc::ConcatOp>();
    if (!concat || concat.getAxis() != 1 || concat.getInputs().size() < 2 ||
        cast<RankedTensorType>(concat.getType()).getRank() != 2)
      continue;
    auto slice = dyn_cast<BlockArgument>(concat.getInputs().front());
    if (!slice || !llvm::is_contained(slices, slice))
      continue;
    if (!staticValue(matmul.getRhs(), symbols))
      continue;
    Projection p{matmul, concat, slice, {}};
    if (matmul->hasOneUse())
      if (auto bias = dyn_cast<sc::BiasAddOp>(*matmul->user_begin()))
        if (definedOutside(bias.getBias(), loop))
          p.biasAdd = bias;
    return p;
  }
  return std::nullopt;
}

/// Splits `p` out of `loop`; returns the rebuilt loop.
void hoist(sc::LoopOp loop, Projection p, SymbolTable &symbols) {
  Location loc = p.matmul.getLoc();
  auto weightsType = cast<RankedTensorType>(p.matmul.getRhs().getType());
  Type f32 = weightsType.getElementType();
  int64_t rows = weightsType.getDimSize(0), n = weightsType.getDimSize(1);
  auto sliceType = cast<RankedTensorType>(p.slice.getType());
  int64_t batch = sliceType.getDimSize(0), d = sliceType.getDimSize(1);
  int64_t steps = loop.getTripCount();
  std::vector<float> w = *staticValue(p.matmul.getRhs(), symbols);
  OpBuilder b(loop);
  auto constant = [&](int64_t begin, int64_t end) {
    auto type = tensorType({end - begin, n}, f32);
    ArrayRef<float> values(w.data() + begin * n, (end - begin) * n);
    return sc::ConstantOp::create(
        b, p.matmul.getRhs().getLoc(),
        cast<ElementsAttr>(DenseElementsAttr::get(type, values)));
  };

  // Before the loop: every step's x_t W_x (+ bias) in one product.
  unsigned k = p.slice.getArgNumber() - 1;
  Value sequence = loop.getSequences()[k];
  Value flat = sc::ReshapeOp::create(b, loc, tensorType({steps * batch, d}, f32),
                                     sequence);
  Value product =
      sc::MatMulOp::create(b, loc, tensorType({steps * batch, n}, f32), flat,
                           constant(0, d), false, false);
  if (p.biasAdd)
    product = sc::BiasAddOp::create(b, p.biasAdd.getLoc(), product.getType(),
                                    product, p.biasAdd.getBias());
  Value projected = sc::ReshapeOp::create(
      b, loc, tensorType({steps, batch, n}, f32), product);
  Value stateWeights = constant(d, rows);

  // The loop with the projections as one more sequence.
  SmallVector<Value> sequences(loop.getSequences());
  sequences.push_back(projected);
  auto rebuilt = sc::LoopOp::create(
      b, loop.getLoc(), loop.getFinals().getTypes(),
      loop.getStacked().getTypes(), loop.getInits(), sequences, steps);
  rebuilt.getBody().takeBody(loop.getBody());
  Block &body = rebuilt.getBody().front();
  BlockArgument step = body.insertArgument(
      1 + loop.getSequences().size(), tensorType({batch, n}, f32), loc);
  loop.replaceAllUsesWith(rebuilt.getResults());
  loop.erase();

  // In the body: h W_h + the step's projection.
  OpBuilder ib(p.matmul);
  SmallVector<Value> rest(p.concat.getInputs().drop_front());
  Value state = rest.front();
  if (rest.size() > 1) {
    int64_t width = rows - d;
    state = sc::ConcatOp::create(ib, p.concat.getLoc(),
                                 tensorType({batch, width}, f32), rest,
                                 ib.getI64IntegerAttr(1));
  }
  Value recurrent = sc::MatMulOp::create(
      ib, loc, p.matmul.getType(), state, stateWeights, false, false);
  Value sum = sc::AddOp::create(ib, loc, p.matmul.getType(), recurrent, step);
  Operation *replaced = p.biasAdd ? p.biasAdd.getOperation()
                                  : p.matmul.getOperation();
  replaced->getResult(0).replaceAllUsesWith(sum);
  if (p.biasAdd)
    p.biasAdd.erase();
  p.matmul.erase();
  if (p.concat->use_empty())
    p.concat.erase();
}

struct HoistLoopProjectionsPass
    : public params::impl::ScopeHoistLoopProjectionsBase<
          HoistLoopProjectionsPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SymbolTable symbols(module);
    // Each hoist rebuilds its loop: look again until nothing is left.
    for (bool changed = true; changed;) {
      changed = false;
      SmallVector<sc::LoopOp> loops;
      module.walk([&](sc::LoopOp loop) { loops.push_back(loop); });
      for (sc::LoopOp loop : loops)
        if (std::optional<Projection> p = findProjection(loop, symbols)) {
          hoist(loop, *p, symbols);
          changed = true;
          break;
        }
    }
  }
};

} // namespace

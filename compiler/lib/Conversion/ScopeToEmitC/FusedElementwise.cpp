//===- FusedElementwise.cpp - scope.fused_elementwise as a loop nest ------===//
//
// A fused elementwise op, or an elementwise op without a runtime kernel,
// becomes one `emitc.for` nest over its result, its scalar `arith`/`math`
// body (the op's ElementwiseOpInterface formula) translated op by op to
// EmitC. Broadcasting is
// resolved at compile time: unit dimensions are dropped and neighbouring
// dimensions that every input broadcasts alike are merged, so a same-shape
// chain is one flat loop and a per-channel operand is rows x channels. Each
// input is read at sum(i_d * stride_d) with stride 0 along its broadcast
// dimensions. Large nests are split across threads by OpenMP (one pragma).
//
//===----------------------------------------------------------------------===//

#include "ModelLowering.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/IRMapping.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace scopec;
using namespace scopec::lowering;

namespace {

/// Below this many result elements the loop stays on one thread.
constexpr int64_t kParallelElements = int64_t(1) << 15;

/// The collapsed iteration space of a fused elementwise op.
struct LoopNest {
  SmallVector<int64_t> dims;
  SmallVector<int64_t> outStrides;
  SmallVector<SmallVector<int64_t>> inStrides; ///< [input][dim]
};

LoopNest buildLoopNest(ArrayRef<int64_t> result,
                       ArrayRef<ArrayRef<int64_t>> inputs) {
  int64_t rank = static_cast<int64_t>(result.size());
  LoopNest nest;
  SmallVector<SmallVector<bool>> broadcast; // [dim][input]
  for (int64_t d = 0; d < rank; ++d) {
    if (result[d] == 1)
      continue;
    SmallVector<bool> flags;
    for (ArrayRef<int64_t> in : inputs) {
      int64_t i = d - (rank - static_cast<int64_t>(in.size()));
      flags.push_back((i >= 0 ? in[i] : 1) == 1);
    }
    if (!nest.dims.empty() && broadcast.back() == flags) {
      nest.dims.back() *= result[d];
    } else {
      nest.dims.push_back(result[d]);
      broadcast.push_back(flags);
    }
  }
  size_t n = nest.dims.size();
  nest.outStrides.assign(n, 0);
  nest.inStrides.assign(inputs.size(), SmallVector<int64_t>(n, 0));
  int64_t outStride = 1;
  SmallVector<int64_t> inStride(inputs.size(), 1);
  for (size_t g = n; g-- > 0;) {
    nest.outStrides[g] = outStride;
    outStride *= nest.dims[g];
    for (size_t k = 0; k < inputs.size(); ++k) {
      if (broadcast[g][k])
        continue;
      nest.inStrides[k][g] = inStride[k];
      inStride[k] *= nest.dims[g];
    }
  }
  return nest;
}

/// Builds the C code of the scalar body, one EmitC op per arith/math op.
class BodyTranslator {
public:
  /// Constants are hoisted in front of `hoistBefore` (the loop nest) when
  /// there is one.
  BodyTranslator(ModelLowering &l, Operation *hoistBefore)
      : l(l), b(l.getBuilder()), hoistBefore(hoistBefore) {}

  IRMapping mapping;

  LogicalResult translate(Operation *op) {
    Type f32 = b.getF32Type();
    Location loc = op->getLoc();
    auto in = [&](unsigned i) -> Value {
      return mapping.lookup(op->getOperand(i));
    };
    auto call = [&](StringRef callee, ValueRange args) -> Value {
      l.require("<cmath>");
      return emitc::CallOpaqueOp::create(b, loc, TypeRange{f32}, callee, args)
          .getResult(0);
    };
    // The runtime's branch-free exp and tanh (Activation.h, ~2 ulp): loops
    // calling them vectorize, unlike libm's.
    auto runtimeCall = [&](StringRef callee, ArrayAttr templateArgs) -> Value {
      l.require("scopec/runtime/kernels/Activation.h");
      return emitc::CallOpaqueOp::create(b, loc, TypeRange{f32}, callee,
                                         ValueRange{in(0)}, ArrayAttr(),
                                         templateArgs)
          .getResult(0);
    };
    auto select = [&](emitc::CmpPredicate pred, Value x, Value y, Value t,
                      Value f) -> Value {
      Value cond = emitc::CmpOp::create(b, loc, b.getI1Type(), pred, x, y);
      return emitc::ConditionalOp::create(b, loc, f32, cond, t, f);
    };
    Value result =
        llvm::TypeSwitch<Operation *, Value>(op)
            .Case([&](arith::ConstantOp c) -> Value {
              auto value = dyn_cast<FloatAttr>(c.getValue());
              if (!value || !value.getType().isF32())
                return nullptr;
              OpBuilder::InsertionGuard guard(b);
              if (hoistBefore)
                b.setInsertionPoint(hoistBefore);
              return emitc::ConstantOp::create(b, loc, f32, value);
            })
            .Case([&](arith::AddFOp) {
              return emitc::AddOp::create(b, loc, f32, in(0), in(1));
            })
            .Case([&](arith::SubFOp) {
              return emitc::SubOp::create(b, loc, f32, in(0), in(1));
            })
            .Case([&](arith::MulFOp) {
              return emitc::MulOp::create(b, loc, f32, in(0), in(1));
            })
            .Case([&](arith::DivFOp) {
              return emitc::DivOp::create(b, loc, f32, in(0), in(1));
            })
            .Case([&](arith::NegFOp) {
              return emitc::UnaryMinusOp::create(b, loc, f32, in(0));
            })
            .Case<arith::MaximumFOp, arith::MaxNumFOp>([&](Operation *) {
              return select(emitc::CmpPredicate::lt, in(0), in(1), in(1),
                            in(0));
            })
            .Case<arith::MinimumFOp, arith::MinNumFOp>([&](Operation *) {
              return select(emitc::CmpPredicate::lt, in(1), in(0), in(1),
                            in(0));
            })
            .Case([&](arith::SelectOp) {
              return emitc::ConditionalOp::create(b, loc, f32, in(0), in(1),
                                                  in(2));
            })
            .Case([&](arith::CmpFOp cmp) -> Value {
              std::optional<emitc::CmpPredicate> pred = predicate(cmp);
              if (!pred)
                return nullptr;
              return emitc::CmpOp::create(b, loc, b.getI1Type(), *pred, in(0),
                                          in(1));
            })
            .Case([&](math::ExpOp) {
              return runtimeCall("scopec::rt::kernels::exp", ArrayAttr());
            })
            .Case([&](math::LogOp) { return call("std::log", in(0)); })
            .Case([&](math::Log1pOp) { return call("std::log1p", in(0)); })
            .Case([&](math::ExpM1Op) { return call("std::expm1", in(0)); })
            .Case([&](math::FloorOp) { return call("std::floor", in(0)); })
            .Case([&](math::CeilOp) { return call("std::ceil", in(0)); })
            // Round half to even: the default rounding mode.
            .Case([&](math::RoundEvenOp) {
              return call("std::nearbyint", in(0));
            })
            .Case([&](math::RsqrtOp) {
              Value one =
                  emitc::ConstantOp::create(b, loc, f32, b.getF32FloatAttr(1));
              return emitc::DivOp::create(b, loc, f32, one,
                                          call("std::sqrt", in(0)));
            })
            .Case([&](math::SqrtOp) { return call("std::sqrt", in(0)); })
            .Case([&](math::AbsFOp) { return call("std::fabs", in(0)); })
            .Case([&](math::PowFOp) {
              return call("std::pow", ValueRange{in(0), in(1)});
            })
            .Case([&](math::TanhOp) {
              return runtimeCall(
                  "scopec::rt::kernels::activate",
                  b.getArrayAttr({l.activation(scope::Activation::Tanh)}));
            })
            .Default([](Operation *) { return nullptr; });
    if (!result)
      return l.fail(op, "cannot be lowered to C++ in a fused elementwise "
                        "body");
    mapping.map(op->getResult(0), result);
    return success();
  }

private:
  static std::optional<emitc::CmpPredicate> predicate(arith::CmpFOp cmp) {
    switch (cmp.getPredicate()) {
    case arith::CmpFPredicate::OLT:
      return emitc::CmpPredicate::lt;
    case arith::CmpFPredicate::OLE:
      return emitc::CmpPredicate::le;
    case arith::CmpFPredicate::OGT:
      return emitc::CmpPredicate::gt;
    case arith::CmpFPredicate::OGE:
      return emitc::CmpPredicate::ge;
    case arith::CmpFPredicate::OEQ:
      return emitc::CmpPredicate::eq;
    case arith::CmpFPredicate::UNE:
      return emitc::CmpPredicate::ne;
    default:
      return std::nullopt;
    }
  }

  ModelLowering &l;
  OpBuilder &b;
  Operation *hoistBefore;
};

} // namespace

/// sum(ivs[g] * strides[g]) as a size_t expression (0 if every stride is 0).
static Value linearIndex(ModelLowering &l, ArrayRef<Value> ivs,
                         ArrayRef<int64_t> strides) {
  OpBuilder &b = l.getBuilder();
  Location loc = b.getUnknownLoc();
  Type sizeType = l.getSizeType();
  Value sum;
  for (auto [iv, stride] : llvm::zip(ivs, strides)) {
    if (stride == 0)
      continue;
    Value term =
        stride == 1
            ? iv
            : emitc::MulOp::create(b, loc, sizeType, iv,
                                   l.literal(std::to_string(stride), sizeType))
                  .getResult();
    sum = sum ? emitc::AddOp::create(b, loc, sizeType, sum, term).getResult()
              : term;
  }
  return sum ? sum : l.literal("0", sizeType);
}

/// Lowers `op`, whose result element is `yielded` computed by the scalar
/// arith/math ops of `body` from its arguments (one per input), as one loop
/// nest.
static LogicalResult emitElementwiseLoop(ModelLowering &l, Operation *op,
                                         ValueRange inputValues, Block &body,
                                         Value yielded) {
  if (failed(checkFloat32(l, op)))
    return failure();
  OpBuilder &b = l.getBuilder();
  Location loc = op->getLoc();
  l.emitComment(op);
  Value opResult = op->getResult(0);

  // Pointers (outside the loops), as float * or float arrays.
  SmallVector<Value> inputs;
  SmallVector<ArrayRef<int64_t>> inputShapes;
  for (Value input : inputValues) {
    FailureOr<Value> ptr = l.getPointer(input);
    if (failed(ptr))
      return failure();
    Value p = *ptr;
    if (!isa<emitc::ArrayType>(p.getType()) &&
        p.getType() != l.getFloatPtrType())
      p = emitc::CastOp::create(b, loc, l.getFloatPtrType(), p);
    inputs.push_back(p);
    inputShapes.push_back(shapeOf(input));
  }
  FailureOr<Value> outPtr = l.getResultPointer(opResult);
  if (failed(outPtr))
    return failure();

  LoopNest nest = buildLoopNest(shapeOf(opResult), inputShapes);
  auto resultType = cast<RankedTensorType>(opResult.getType());
  Operation *outermost = nullptr;
  if (!nest.dims.empty() && nest.dims.front() > 1 &&
      resultType.getNumElements() >= kParallelElements)
    outermost = emitc::VerbatimOp::create(b, loc, "#pragma omp parallel for");

  // The loop nest.
  OpBuilder::InsertionGuard guard(b);
  SmallVector<Value> ivs;
  Type sizeType = l.getSizeType();
  for (int64_t dim : nest.dims) {
    auto loop = emitc::ForOp::create(b, loc, l.literal("0", sizeType),
                                     l.literal(std::to_string(dim), sizeType),
                                     l.literal("1", sizeType));
    if (!outermost)
      outermost = loop;
    ivs.push_back(loop.getInductionVar());
    b.setInsertionPointToStart(loop.getBody());
  }

  BodyTranslator translator(l, outermost);
  Type f32 = b.getF32Type();
  for (auto [k, arg] : llvm::enumerate(body.getArguments())) {
    Value index = linearIndex(l, ivs, nest.inStrides[k]);
    Value slot = emitc::SubscriptOp::create(b, loc, emitc::LValueType::get(f32),
                                            inputs[k], ValueRange{index});
    translator.mapping.map(arg, emitc::LoadOp::create(b, loc, f32, slot));
  }
  for (Operation &bodyOp : body)
    if (!isa<scope::YieldOp>(bodyOp) && failed(translator.translate(&bodyOp)))
      return failure();
  Value index = linearIndex(l, ivs, nest.outStrides);
  Value slot = emitc::SubscriptOp::create(b, loc, emitc::LValueType::get(f32),
                                          *outPtr, ValueRange{index});
  emitc::AssignOp::create(b, loc, slot, translator.mapping.lookup(yielded));
  return success();
}

LogicalResult lowering::lowerFusedElementwise(ModelLowering &l,
                                              scope::FusedElementwiseOp op) {
  Block &body = op.getBody().front();
  return emitElementwiseLoop(l, op, op.getInputs(), body,
                              body.getTerminator()->getOperand(0));
}

LogicalResult lowering::lowerElementwiseLoop(ModelLowering &l,
                                             scope::ElementwiseOpInterface op) {
  // The op's scalar formula, built in a detached block for the translator.
  Block body;
  for (Value operand : op->getOperands())
    body.addArgument(
        cast<RankedTensorType>(operand.getType()).getElementType(),
        op.getLoc());
  OpBuilder builder(op.getContext());
  builder.setInsertionPointToEnd(&body);
  Value yielded = op.buildScalar(builder, op.getLoc(), body.getArguments());
  return emitElementwiseLoop(l, op, op->getOperands(), body, yielded);
}

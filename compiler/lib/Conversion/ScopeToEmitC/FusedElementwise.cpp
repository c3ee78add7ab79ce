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

#include "scopec/Dialect/Scope/IR/ScalarBuilder.h"

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
/// Values keep their C types: an element loaded from a `uint8_t *` stays
/// `uint8_t` (so casts and comparisons of it are unsigned) although its
/// arith type is the signless `i8`.
class BodyTranslator {
public:
  /// Constants are hoisted in front of `hoistBefore` (the loop nest) when
  /// there is one.
  BodyTranslator(ModelLowering &l, Operation *hoistBefore)
      : l(l), b(l.getBuilder()), hoistBefore(hoistBefore) {}

  IRMapping mapping;

  LogicalResult translate(Operation *op) {
    Location loc = op->getLoc();
    Type type = op->getResult(0).getType();
    auto in = [&](unsigned i) -> Value {
      return mapping.lookup(op->getOperand(i));
    };
    auto call = [&](StringRef header, StringRef callee,
                    ValueRange args) -> Value {
      l.require(header);
      return emitc::CallOpaqueOp::create(b, loc, TypeRange{type}, callee, args)
          .getResult(0);
    };
    auto math = [&](StringRef callee) {
      return call("<cmath>", callee, ValueRange{in(0)});
    };
    // The runtime's branch-free float exp and tanh (Activation.h, ~2 ulp):
    // loops calling them vectorize, unlike libm's.
    auto runtimeCall = [&](StringRef callee, ArrayAttr templateArgs) -> Value {
      l.require("scopec/runtime/kernels/Activation.h");
      return emitc::CallOpaqueOp::create(b, loc, TypeRange{type}, callee,
                                         ValueRange{in(0)}, ArrayAttr(),
                                         templateArgs)
          .getResult(0);
    };
    auto cmp = [&](emitc::CmpPredicate pred, Value x, Value y) -> Value {
      return emitc::CmpOp::create(b, loc, b.getI1Type(), pred, x, y);
    };
    auto select = [&](emitc::CmpPredicate pred, Value x, Value y, Value t,
                      Value f) -> Value {
      return emitc::ConditionalOp::create(b, loc, type, cmp(pred, x, y), t, f);
    };
    auto castTo = [&](Type to, Value v) -> Value {
      if (v.getType() == to)
        return v;
      return emitc::CastOp::create(b, loc, to, v);
    };
    // `v` read as the unsigned integer of its width (bool stays bool).
    auto asUnsigned = [&](Value v) -> Value {
      Type t = v.getType();
      if (!isa<IntegerType>(t) || t.isInteger(1))
        return v;
      return castTo(IntegerType::get(b.getContext(), t.getIntOrFloatBitWidth(),
                                     IntegerType::Unsigned),
                    v);
    };
    // Integer `/` and `%` with a zero divisor give 0 instead of trapping
    // (docs/user-guide.md, "Integer tensors").
    auto safeIntegerOp = [&](auto opTag) -> Value {
      using IntOp = decltype(opTag);
      Value zero =
          emitc::ConstantOp::create(b, loc, type, b.getIntegerAttr(type, 0));
      Value divisorIsZero = cmp(emitc::CmpPredicate::eq, in(1), zero);
      Value q = IntOp::create(b, loc, type, in(0), in(1));
      return emitc::ConditionalOp::create(b, loc, type, divisorIsZero, zero, q);
    };
    bool isF32 = type.isF32();
    Value result =
        llvm::TypeSwitch<Operation *, Value>(op)
            .Case([&](arith::ConstantOp c) -> Value {
              auto value = dyn_cast<TypedAttr>(c.getValue());
              if (!value || !isa<FloatAttr, IntegerAttr>(value))
                return nullptr;
              OpBuilder::InsertionGuard guard(b);
              if (hoistBefore)
                b.setInsertionPoint(hoistBefore);
              return emitc::ConstantOp::create(b, loc, type, value);
            })
            .Case<arith::AddFOp, arith::AddIOp>([&](Operation *) {
              return emitc::AddOp::create(b, loc, type, in(0), in(1));
            })
            .Case<arith::SubFOp, arith::SubIOp>([&](Operation *) {
              return emitc::SubOp::create(b, loc, type, in(0), in(1));
            })
            .Case<arith::MulFOp, arith::MulIOp>([&](Operation *) {
              return emitc::MulOp::create(b, loc, type, in(0), in(1));
            })
            .Case([&](arith::DivFOp) {
              return emitc::DivOp::create(b, loc, type, in(0), in(1));
            })
            .Case([&](arith::DivSIOp) { return safeIntegerOp(emitc::DivOp()); })
            .Case([&](arith::RemSIOp) { return safeIntegerOp(emitc::RemOp()); })
            .Case([&](arith::RemFOp) {
              return call("<cmath>", "std::fmod", ValueRange{in(0), in(1)});
            })
            .Case([&](arith::NegFOp) {
              return emitc::UnaryMinusOp::create(b, loc, type, in(0));
            })
            .Case<arith::MaximumFOp, arith::MaxNumFOp, arith::MaxSIOp>(
                [&](Operation *) {
                  return select(emitc::CmpPredicate::lt, in(0), in(1), in(1),
                                in(0));
                })
            .Case<arith::MinimumFOp, arith::MinNumFOp, arith::MinSIOp>(
                [&](Operation *) {
                  return select(emitc::CmpPredicate::lt, in(1), in(0), in(1),
                                in(0));
                })
            .Case([&](arith::SelectOp) {
              return emitc::ConditionalOp::create(b, loc, type, in(0), in(1),
                                                  in(2));
            })
            .Case([&](arith::CmpFOp c) -> Value {
              std::optional<emitc::CmpPredicate> pred = predicate(c);
              if (!pred)
                return nullptr;
              return cmp(*pred, in(0), in(1));
            })
            .Case([&](arith::CmpIOp c) -> Value {
              std::optional<emitc::CmpPredicate> pred = predicate(c);
              if (!pred)
                return nullptr;
              return cmp(*pred, in(0), in(1));
            })
            // On bool, `&` `|` and `^` are logical; `^` is `!=`.
            .Case([&](arith::AndIOp) -> Value {
              if (type.isInteger(1))
                return emitc::LogicalAndOp::create(b, loc, type, in(0), in(1));
              return emitc::BitwiseAndOp::create(b, loc, type, in(0), in(1));
            })
            .Case([&](arith::OrIOp) -> Value {
              if (type.isInteger(1))
                return emitc::LogicalOrOp::create(b, loc, type, in(0), in(1));
              return emitc::BitwiseOrOp::create(b, loc, type, in(0), in(1));
            })
            .Case([&](arith::XOrIOp) -> Value {
              if (type.isInteger(1))
                return cmp(emitc::CmpPredicate::ne, in(0), in(1));
              return emitc::BitwiseXorOp::create(b, loc, type, in(0), in(1));
            })
            .Case<arith::ExtFOp, arith::TruncFOp, arith::SIToFPOp,
                  arith::FPToSIOp, arith::ExtSIOp, arith::TruncIOp>(
                [&](Operation *) { return castTo(type, in(0)); })
            .Case<arith::UIToFPOp, arith::ExtUIOp>(
                [&](Operation *) { return castTo(type, asUnsigned(in(0))); })
            .Case([&](arith::FPToUIOp) {
              return castTo(IntegerType::get(b.getContext(),
                                             type.getIntOrFloatBitWidth(),
                                             IntegerType::Unsigned),
                            in(0));
            })
            .Case([&](math::ExpOp) {
              if (isF32)
                return runtimeCall("scopec::rt::kernels::exp", ArrayAttr());
              return math("std::exp");
            })
            .Case([&](math::LogOp) { return math("std::log"); })
            .Case([&](math::Log1pOp) { return math("std::log1p"); })
            .Case([&](math::ExpM1Op) { return math("std::expm1"); })
            .Case([&](math::FloorOp) { return math("std::floor"); })
            .Case([&](math::CeilOp) { return math("std::ceil"); })
            // Round half to even: the default rounding mode.
            .Case([&](math::RoundEvenOp) { return math("std::nearbyint"); })
            .Case([&](math::RsqrtOp) {
              Value one = emitc::ConstantOp::create(b, loc, type,
                                                    b.getFloatAttr(type, 1));
              return emitc::DivOp::create(b, loc, type, one, math("std::sqrt"));
            })
            .Case([&](math::SqrtOp) { return math("std::sqrt"); })
            .Case([&](math::AbsFOp) { return math("std::fabs"); })
            .Case([&](math::AbsIOp) {
              return call("<cstdlib>", "std::abs", ValueRange{in(0)});
            })
            .Case([&](math::PowFOp) {
              return call("<cmath>", "std::pow", ValueRange{in(0), in(1)});
            })
            .Case([&](math::TanhOp) {
              if (!isF32)
                return math("std::tanh");
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
  /// Signed predicates (the only ones ScalarBuilder emits); the operands'
  /// C types decide the comparison.
  static std::optional<emitc::CmpPredicate> predicate(arith::CmpIOp cmp) {
    switch (cmp.getPredicate()) {
    case arith::CmpIPredicate::slt:
      return emitc::CmpPredicate::lt;
    case arith::CmpIPredicate::sle:
      return emitc::CmpPredicate::le;
    case arith::CmpIPredicate::sgt:
      return emitc::CmpPredicate::gt;
    case arith::CmpIPredicate::sge:
      return emitc::CmpPredicate::ge;
    case arith::CmpIPredicate::eq:
      return emitc::CmpPredicate::eq;
    case arith::CmpIPredicate::ne:
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

/// Gives every value of the loop body used more than once its own local
/// variable. emitc's form-expressions folds single-use operators into their
/// users; once the two users of a value (relu's `x < 0 ? 0 : x`) have been
/// folded together, the value has a single user and is folded in as well,
/// and the C++ printer then repeats it at each use: a chain of n relus
/// printed 2^n copies (40 never finished compiling). A load from a local
/// is never folded, so each shared value is computed once.
static void spillSharedValues(OpBuilder &b, Block &body) {
  SmallVector<Operation *> shared;
  for (Operation &op : body) {
    auto expr = dyn_cast<emitc::CExpressionInterface>(&op);
    if (!expr || expr.hasSideEffects() || op.getNumResults() != 1 ||
        isa<emitc::ConstantOp, emitc::LiteralOp>(op) ||
        op.getResult(0).hasOneUse() || op.getResult(0).use_empty())
      continue;
    shared.push_back(&op);
  }
  OpBuilder::InsertionGuard guard(b);
  for (Operation *op : shared) {
    Value value = op->getResult(0);
    Location loc = op->getLoc();
    b.setInsertionPointAfter(op);
    Value local = emitc::VariableOp::create(
        b, loc, emitc::LValueType::get(value.getType()),
        emitc::OpaqueAttr::get(b.getContext(), ""));
    auto assign = emitc::AssignOp::create(b, loc, local, value);
    Value loaded = emitc::LoadOp::create(b, loc, value.getType(), local);
    value.replaceAllUsesExcept(loaded, assign);
  }
}

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
  OpBuilder &b = l.getBuilder();
  Location loc = op->getLoc();
  l.emitComment(op);
  Value opResult = op->getResult(0);

  // Pointers (outside the loops), as `T *` or `T` arrays.
  SmallVector<Value> inputs;
  SmallVector<ArrayRef<int64_t>> inputShapes;
  for (Value input : inputValues) {
    FailureOr<Value> ptr = l.getPointer(input);
    if (failed(ptr))
      return failure();
    Value p = *ptr;
    Type ptrType = l.getElementPtrType(elementTypeOf(input));
    if (!isa<emitc::ArrayType>(p.getType()) && p.getType() != ptrType)
      p = emitc::CastOp::create(b, loc, ptrType, p);
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
  for (auto [k, arg] : llvm::enumerate(body.getArguments())) {
    Type element = elementTypeOf(inputValues[k]);
    Value index = linearIndex(l, ivs, nest.inStrides[k]);
    Value slot = emitc::SubscriptOp::create(
        b, loc, emitc::LValueType::get(element), inputs[k], ValueRange{index});
    translator.mapping.map(arg, emitc::LoadOp::create(b, loc, element, slot));
  }
  for (Operation &bodyOp : body)
    if (!isa<scope::YieldOp>(bodyOp) && failed(translator.translate(&bodyOp)))
      return failure();
  Type resultElement = elementTypeOf(opResult);
  Value index = linearIndex(l, ivs, nest.outStrides);
  Value slot =
      emitc::SubscriptOp::create(b, loc, emitc::LValueType::get(resultElement),
                                 *outPtr, ValueRange{index});
  Value value = translator.mapping.lookup(yielded);
  if (value.getType() != resultElement)
    value = emitc::CastOp::create(b, loc, resultElement, value);
  emitc::AssignOp::create(b, loc, slot, value);
  spillSharedValues(b, *b.getInsertionBlock());
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
    body.addArgument(scope::getScalarType(elementTypeOf(operand)), op.getLoc());
  OpBuilder builder(op.getContext());
  builder.setInsertionPointToEnd(&body);
  Value yielded = op.buildScalar(builder, op.getLoc(), body.getArguments());
  return emitElementwiseLoop(l, op, op->getOperands(), body, yielded);
}

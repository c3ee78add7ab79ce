//===- ScalarBuilder.h - scalar arith/math code of elementwise ops -*- C++ -*-===//
//
// The terse vocabulary the elementwise op declarations in ScopeOps.td write
// their scalar formulas in: `s.div(s.c(1), s.add(s.c(1), s.exp(s.neg(s.x()))))`
// emits TensorFlow's sigmoid as `arith`/`math` ops on the operands' element
// type.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_DIALECT_SCOPE_IR_SCALARBUILDER_H
#define SCOPEC_DIALECT_SCOPE_IR_SCALARBUILDER_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/TypeUtilities.h"

namespace scopec::scope {

/// The scalar type a fused body computes an element of `elementType` in:
/// arith works on signless integers, so `ui8` is `i8` (the ops that depend on
/// signedness, such as casts, look at their tensor types).
inline mlir::Type getScalarType(mlir::Type elementType) {
  if (auto integer = mlir::dyn_cast<mlir::IntegerType>(elementType))
    if (!integer.isSignless())
      return mlir::IntegerType::get(elementType.getContext(),
                                    integer.getWidth());
  return elementType;
}

/// Builds scalar `arith`/`math` ops. Arithmetic picks the float or integer
/// op from its operands' type (integers are signed: TF's int8/16/32/64).
class ScalarBuilder {
public:
  ScalarBuilder(mlir::OpBuilder &b, mlir::Location loc,
                mlir::ValueRange operands)
      : b(b), loc(loc), operands(operands) {}

  /// The first, second and third operand.
  mlir::Value x() const { return operands[0]; }
  mlir::Value y() const { return operands[1]; }
  mlir::Value z() const { return operands[2]; }
  /// A constant of the first operand's type.
  mlir::Value c(double value) { return constant(operands[0].getType(), value); }
  /// A constant of `type` (float, integer or i1).
  mlir::Value constant(mlir::Type type, double value) {
    if (mlir::isa<mlir::FloatType>(type))
      return mlir::arith::ConstantOp::create(b, loc,
                                             b.getFloatAttr(type, value));
    return mlir::arith::ConstantOp::create(
        b, loc, b.getIntegerAttr(type, static_cast<int64_t>(value)));
  }

  mlir::Value add(mlir::Value l, mlir::Value r) {
    if (isFloat(l))
      return mlir::arith::AddFOp::create(b, loc, l, r);
    return mlir::arith::AddIOp::create(b, loc, l, r);
  }
  mlir::Value sub(mlir::Value l, mlir::Value r) {
    if (isFloat(l))
      return mlir::arith::SubFOp::create(b, loc, l, r);
    return mlir::arith::SubIOp::create(b, loc, l, r);
  }
  mlir::Value mul(mlir::Value l, mlir::Value r) {
    if (isFloat(l))
      return mlir::arith::MulFOp::create(b, loc, l, r);
    return mlir::arith::MulIOp::create(b, loc, l, r);
  }
  /// Float division (integer tensors never reach RealDiv: see floorDiv).
  mlir::Value div(mlir::Value l, mlir::Value r) {
    return mlir::arith::DivFOp::create(b, loc, l, r);
  }
  mlir::Value neg(mlir::Value v) {
    if (isFloat(v))
      return mlir::arith::NegFOp::create(b, loc, v);
    return sub(constant(v.getType(), 0), v);
  }
  mlir::Value max(mlir::Value l, mlir::Value r) {
    if (isFloat(l))
      return mlir::arith::MaximumFOp::create(b, loc, l, r);
    return mlir::arith::MaxSIOp::create(b, loc, l, r);
  }
  mlir::Value min(mlir::Value l, mlir::Value r) {
    if (isFloat(l))
      return mlir::arith::MinimumFOp::create(b, loc, l, r);
    return mlir::arith::MinSIOp::create(b, loc, l, r);
  }
  /// Ordered comparisons (false when either is NaN), signed for integers.
  mlir::Value lt(mlir::Value l, mlir::Value r) {
    return cmp(mlir::arith::CmpFPredicate::OLT, mlir::arith::CmpIPredicate::slt,
               l, r);
  }
  mlir::Value le(mlir::Value l, mlir::Value r) {
    return cmp(mlir::arith::CmpFPredicate::OLE, mlir::arith::CmpIPredicate::sle,
               l, r);
  }
  mlir::Value gt(mlir::Value l, mlir::Value r) {
    return cmp(mlir::arith::CmpFPredicate::OGT, mlir::arith::CmpIPredicate::sgt,
               l, r);
  }
  mlir::Value ge(mlir::Value l, mlir::Value r) {
    return cmp(mlir::arith::CmpFPredicate::OGE, mlir::arith::CmpIPredicate::sge,
               l, r);
  }
  mlir::Value eq(mlir::Value l, mlir::Value r) {
    return cmp(mlir::arith::CmpFPredicate::OEQ, mlir::arith::CmpIPredicate::eq,
               l, r);
  }
  /// `l != r` (true when either is NaN).
  mlir::Value ne(mlir::Value l, mlir::Value r) {
    return cmp(mlir::arith::CmpFPredicate::UNE, mlir::arith::CmpIPredicate::ne,
               l, r);
  }
  mlir::Value select(mlir::Value cond, mlir::Value t, mlir::Value f) {
    return mlir::arith::SelectOp::create(b, loc, cond, t, f);
  }
  /// Bitwise operations (logical on i1).
  mlir::Value andI(mlir::Value l, mlir::Value r) {
    return mlir::arith::AndIOp::create(b, loc, l, r);
  }
  mlir::Value orI(mlir::Value l, mlir::Value r) {
    return mlir::arith::OrIOp::create(b, loc, l, r);
  }
  mlir::Value xorI(mlir::Value l, mlir::Value r) {
    return mlir::arith::XOrIOp::create(b, loc, l, r);
  }

  /// Python's (and TF's FloorDiv) rounding towards negative infinity.
  mlir::Value floorDiv(mlir::Value l, mlir::Value r) {
    if (isFloat(l))
      return floor(div(l, r));
    // q = l / r (truncated); one less when the remainder is non-zero and
    // its sign differs from the divisor's.
    mlir::Value q = mlir::arith::DivSIOp::create(b, loc, l, r);
    return select(needsFloorFix(mlir::arith::RemSIOp::create(b, loc, l, r), r),
                  sub(q, constant(l.getType(), 1)), q);
  }
  /// The remainder with the divisor's sign (TF's FloorMod, Python's %).
  mlir::Value floorMod(mlir::Value l, mlir::Value r) {
    mlir::Value rem =
        isFloat(l) ? mlir::arith::RemFOp::create(b, loc, l, r).getResult()
                   : mlir::arith::RemSIOp::create(b, loc, l, r).getResult();
    return select(needsFloorFix(rem, r), add(rem, r), rem);
  }

  /// Converts `v` (an element of tensor type `from`) to the element type
  /// `to`, as TF's Cast: float to integer truncates, anything to bool is
  /// `!= 0`, bool to a number is 0 or 1.
  mlir::Value cast(mlir::Value v, mlir::Type from, mlir::Type to) {
    mlir::Type target = getScalarType(to);
    if (from == to)
      return v;
    if (to.isInteger(1))
      return ne(v, constant(v.getType(), 0));
    bool fromUnsigned = from.isUnsignedInteger() || from.isInteger(1);
    if (mlir::isa<mlir::FloatType>(from)) {
      if (mlir::isa<mlir::FloatType>(to))
        return from.getIntOrFloatBitWidth() < to.getIntOrFloatBitWidth()
                   ? mlir::arith::ExtFOp::create(b, loc, target, v).getResult()
                   : mlir::arith::TruncFOp::create(b, loc, target, v)
                         .getResult();
      if (to.isUnsignedInteger())
        return mlir::arith::FPToUIOp::create(b, loc, target, v);
      return mlir::arith::FPToSIOp::create(b, loc, target, v);
    }
    if (mlir::isa<mlir::FloatType>(to)) {
      if (fromUnsigned)
        return mlir::arith::UIToFPOp::create(b, loc, target, v);
      return mlir::arith::SIToFPOp::create(b, loc, target, v);
    }
    unsigned fromWidth = from.getIntOrFloatBitWidth();
    unsigned toWidth = to.getIntOrFloatBitWidth();
    if (fromWidth == toWidth)
      return v; // int8 <-> uint8: the same bits
    if (fromWidth > toWidth)
      return mlir::arith::TruncIOp::create(b, loc, target, v);
    if (fromUnsigned)
      return mlir::arith::ExtUIOp::create(b, loc, target, v);
    return mlir::arith::ExtSIOp::create(b, loc, target, v);
  }

  mlir::Value exp(mlir::Value v) { return mlir::math::ExpOp::create(b, loc, v); }
  mlir::Value expm1(mlir::Value v) {
    return mlir::math::ExpM1Op::create(b, loc, v);
  }
  mlir::Value log(mlir::Value v) { return mlir::math::LogOp::create(b, loc, v); }
  mlir::Value log1p(mlir::Value v) {
    return mlir::math::Log1pOp::create(b, loc, v);
  }
  mlir::Value sqrt(mlir::Value v) {
    return mlir::math::SqrtOp::create(b, loc, v);
  }
  mlir::Value rsqrt(mlir::Value v) {
    return mlir::math::RsqrtOp::create(b, loc, v);
  }
  mlir::Value abs(mlir::Value v) {
    if (isFloat(v))
      return mlir::math::AbsFOp::create(b, loc, v);
    return mlir::math::AbsIOp::create(b, loc, v);
  }
  mlir::Value floor(mlir::Value v) {
    return mlir::math::FloorOp::create(b, loc, v);
  }
  mlir::Value ceil(mlir::Value v) {
    return mlir::math::CeilOp::create(b, loc, v);
  }
  /// Rounds half to even (TensorFlow's Round).
  mlir::Value roundEven(mlir::Value v) {
    return mlir::math::RoundEvenOp::create(b, loc, v);
  }
  mlir::Value tanh(mlir::Value v) {
    return mlir::math::TanhOp::create(b, loc, v);
  }
  mlir::Value pow(mlir::Value l, mlir::Value r) {
    return mlir::math::PowFOp::create(b, loc, l, r);
  }

private:
  static bool isFloat(mlir::Value v) {
    return mlir::isa<mlir::FloatType>(v.getType());
  }
  mlir::Value cmp(mlir::arith::CmpFPredicate f, mlir::arith::CmpIPredicate i,
                  mlir::Value l, mlir::Value r) {
    if (isFloat(l))
      return mlir::arith::CmpFOp::create(b, loc, f, l, r);
    return mlir::arith::CmpIOp::create(b, loc, i, l, r);
  }
  /// A non-zero remainder whose sign differs from the divisor's.
  mlir::Value needsFloorFix(mlir::Value rem, mlir::Value divisor) {
    mlir::Value zero = constant(rem.getType(), 0);
    return andI(ne(rem, zero), xorI(lt(rem, zero), lt(divisor, zero)));
  }

  mlir::OpBuilder &b;
  mlir::Location loc;
  mlir::ValueRange operands;
};

} // namespace scopec::scope

#endif // SCOPEC_DIALECT_SCOPE_IR_SCALARBUILDER_H

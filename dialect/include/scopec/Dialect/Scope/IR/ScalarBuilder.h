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

namespace scopec::scope {

class ScalarBuilder {
public:
  ScalarBuilder(mlir::OpBuilder &b, mlir::Location loc,
                mlir::ValueRange operands)
      : b(b), loc(loc), operands(operands) {}

  /// The first and second operand.
  mlir::Value x() const { return operands[0]; }
  mlir::Value y() const { return operands[1]; }
  /// A constant of the operands' element type.
  mlir::Value c(double value) {
    return mlir::arith::ConstantOp::create(
        b, loc, b.getFloatAttr(operands[0].getType(), value));
  }

  mlir::Value add(mlir::Value l, mlir::Value r) {
    return mlir::arith::AddFOp::create(b, loc, l, r);
  }
  mlir::Value sub(mlir::Value l, mlir::Value r) {
    return mlir::arith::SubFOp::create(b, loc, l, r);
  }
  mlir::Value mul(mlir::Value l, mlir::Value r) {
    return mlir::arith::MulFOp::create(b, loc, l, r);
  }
  mlir::Value div(mlir::Value l, mlir::Value r) {
    return mlir::arith::DivFOp::create(b, loc, l, r);
  }
  mlir::Value neg(mlir::Value v) {
    return mlir::arith::NegFOp::create(b, loc, v);
  }
  mlir::Value max(mlir::Value l, mlir::Value r) {
    return mlir::arith::MaximumFOp::create(b, loc, l, r);
  }
  mlir::Value min(mlir::Value l, mlir::Value r) {
    return mlir::arith::MinimumFOp::create(b, loc, l, r);
  }
  /// `l < r` and `l > r` (false when either is NaN).
  mlir::Value lt(mlir::Value l, mlir::Value r) {
    return mlir::arith::CmpFOp::create(b, loc, mlir::arith::CmpFPredicate::OLT,
                                       l, r);
  }
  mlir::Value gt(mlir::Value l, mlir::Value r) {
    return mlir::arith::CmpFOp::create(b, loc, mlir::arith::CmpFPredicate::OGT,
                                       l, r);
  }
  mlir::Value select(mlir::Value cond, mlir::Value t, mlir::Value f) {
    return mlir::arith::SelectOp::create(b, loc, cond, t, f);
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
    return mlir::math::AbsFOp::create(b, loc, v);
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
  mlir::OpBuilder &b;
  mlir::Location loc;
  mlir::ValueRange operands;
};

} // namespace scopec::scope

#endif // SCOPEC_DIALECT_SCOPE_IR_SCALARBUILDER_H

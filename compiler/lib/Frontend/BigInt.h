//===- BigInt.h - Python ints beyond 64 bits --------------------*- C++ -*-===//
//
// Python's int has no size limit. scopec keeps ints in a Value's int64 and
// promotes a result that does not fit to a BigIntObj (GMP); results that
// fit again are demoted, so a BigIntObj is always outside the int64 range.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_BIGINT_H
#define SCOPEC_FRONTEND_BIGINT_H

#include "Interpreter.h"

namespace scopec::frontend {

/// Whether `v` is an int too large for int64.
bool isBigInt(const Value &v);
/// int or bool or big int.
inline bool isAnyInt(const Value &v) { return v.isIntLike() || isBigInt(v); }

/// int(d) of a finite float, exactly (a big int when needed).
FailureOr<Value> floatToInt(Interpreter &in, double d, SrcLoc l);

/// The int written in `digits` (no sign, no underscores) in `base`;
/// nothing when they are not digits of that base.
std::optional<Value> parseBigInt(llvm::StringRef digits, int base,
                                 bool negative);

/// The value of a big int as a float (OverflowError when too large).
FailureOr<double> bigIntToDouble(Interpreter &in, const Value &v, SrcLoc l);

/// Magnitude digits in `base` of a big int.
void bigIntDigits(const Value &v, int base, bool &negative,
                  std::string &digits);

/// `a op b` for two ints, either of which may be big (and for int64
/// operands whose result overflows).
FailureOr<Value> bigIntOp(Interpreter &in, BinOpKind op, const Value &a,
                          const Value &b, SrcLoc l);
/// pow(base, exp, mod) for ints.
FailureOr<Value> bigIntPowMod(Interpreter &in, const Value &base,
                              const Value &exp, const Value &mod, SrcLoc l);
/// Magnitude digits in `base` of any int; false when `v` is no int.
bool anyIntDigits(const Value &v, int base, bool &negative,
                  std::string &digits);
/// round(x[, ndigits]) as CPython: ints stay ints (half to even below the
/// units), floats are rounded on their exact binary value (round-half-even
/// of the decimal expansion); instances use `__round__`.
FailureOr<Value> roundNumber(Interpreter &in, const Value &x,
                             const Value *ndigits, SrcLoc l);
/// CPython's hash() of a number (int of any size, bool, finite or infinite
/// float): its value modulo 2**61 - 1 (Python/pyhash.c), so equal numbers
/// hash alike; nothing for other values and NaN.
std::optional<int64_t> numberHash(const Value &v);

/// Attributes of int and float values (`is_integer`, `hex`, `real`, ...);
/// nothing when there is none.
FailureOr<std::optional<Value>> numberAttr(Interpreter &in, const Value &v,
                                           const std::string &name);
/// Attributes of the types int and float (`float.fromhex`).
FailureOr<std::optional<Value>>
numberTypeAttr(Interpreter &in, llvm::StringRef type, const std::string &name);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_BIGINT_H

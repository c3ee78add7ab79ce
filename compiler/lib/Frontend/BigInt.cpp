//===- BigInt.cpp - Python ints beyond 64 bits (GMP) ----------------------===//
//
// A BigIntObj holds an int outside the int64 range; arithmetic of two ints
// that overflows int64 (InterpOps.cpp) and every operation with a big int
// operand lands here, through the object protocol. Results are demoted to
// int64 when they fit. Sizes are bounded (kMaxBits) like every other
// growing value of the interpreter.
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"

#include <gmp.h>

#include <cmath>
#include <cstdlib>

using namespace scopec::frontend;

namespace {

/// The largest int scopec builds (CPython has no limit; 2**(2**23) has
/// about 2.5 million decimal digits).
constexpr size_t kMaxBits = size_t(1) << 23;

/// An owned mpz_t.
struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  Mpz(const Mpz &) = delete;
  Mpz &operator=(const Mpz &) = delete;
  ~Mpz() { mpz_clear(v); }
};

struct BigIntObj : Object {
  BigIntObj() : Object(ObjKind::BigInt) { mpz_init(v); }
  ~BigIntObj() override { mpz_clear(v); }
  std::string typeName() const override { return "int"; }
  std::string repr() const override {
    std::string s(mpz_sizeinbase(v, 10) + 2, '\0');
    mpz_get_str(s.data(), 10, v);
    s.resize(std::strlen(s.c_str()));
    return s;
  }
  int equals(const Value &other) const override;
  bool hash(std::string &key, std::string &) const override {
    // Equal to a float: the float's key (hashKey()).
    if (mpz_sizeinbase(v, 2) <= 1024 &&
        mpz_sizeinbase(v, 2) - mpz_scan1(v, 0) <= 53) {
      key = "f" + formatFloatRepr(mpz_get_d(v));
      return true;
    }
    key = "n" + repr();
    return true;
  }
  Result binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                  const Value &rhs, SrcLoc l) override;
  Result unaryOp(Interpreter &in, UnaryOpKind op, SrcLoc l) override;
  Result compare(Interpreter &in, CmpOpKind op, const Value &lhs,
                 const Value &rhs, SrcLoc l) override;
  mpz_t v;
};

void load(const Value &x, mpz_t out) {
  if (x.is(ObjKind::BigInt))
    mpz_set(out, static_cast<BigIntObj *>(x.get())->v);
  else
    mpz_set_si(out, static_cast<long>(x.getInt()));
}

Value store(const mpz_t x) {
  if (mpz_fits_slong_p(x))
    return Value::integer(mpz_get_si(x));
  auto big = std::make_shared<BigIntObj>();
  mpz_set(big->v, x);
  return Value::object(big);
}

LogicalResult tooLarge(Interpreter &in, SrcLoc l) {
  return in.error(l, "integer too large (scopec limits ints to 2**" +
                         std::to_string(kMaxBits) + ")");
}

/// a / b correctly rounded (CPython's long_true_divide).
FailureOr<Value> trueDivide(Interpreter &in, const mpz_t a, const mpz_t b,
                            SrcLoc l) {
  bool negative = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
  if (mpz_sgn(a) == 0)
    return Value::real(negative ? -0.0 : 0.0);
  Mpz x, y, q, r;
  mpz_abs(x.v, a);
  mpz_abs(y.v, b);
  // Scale so that the quotient has 55 significant bits, then round the
  // quotient (and the remainder as a sticky bit) to 53 bits, half to even.
  long shift = static_cast<long>(mpz_sizeinbase(x.v, 2)) -
               static_cast<long>(mpz_sizeinbase(y.v, 2));
  long k = 55 - shift;
  if (k > 0)
    mpz_mul_2exp(x.v, x.v, k);
  else
    mpz_mul_2exp(y.v, y.v, -k);
  mpz_tdiv_qr(q.v, r.v, x.v, y.v);
  long extra = static_cast<long>(mpz_sizeinbase(q.v, 2)) - 53;
  uint64_t top;
  if (extra > 0) {
    Mpz low;
    mpz_tdiv_r_2exp(low.v, q.v, extra);
    mpz_tdiv_q_2exp(q.v, q.v, extra);
    top = mpz_get_ui(q.v);
    uint64_t half = uint64_t(1) << (extra - 1);
    uint64_t rest = mpz_get_ui(low.v);
    bool sticky = mpz_sgn(r.v) != 0;
    if (rest > half || (rest == half && (sticky || (top & 1))))
      ++top;
  } else {
    top = mpz_get_ui(q.v);
    extra = 0;
  }
  double d = std::ldexp(static_cast<double>(top), static_cast<int>(extra - k));
  if (std::isinf(d))
    return in.raise(l, "OverflowError",
                    "integer division result too large for a float");
  return Value::real(negative ? -d : d);
}

FailureOr<Value> intPow(Interpreter &in, const mpz_t base, const mpz_t exp,
                        SrcLoc l) {
  if (mpz_sgn(exp) < 0) {
    FailureOr<double> b = bigIntToDouble(in, store(base), l);
    if (failed(b))
      return failure();
    FailureOr<double> e = bigIntToDouble(in, store(exp), l);
    if (failed(e))
      return failure();
    if (*b == 0)
      return in.raise(l, "ZeroDivisionError",
                      "0.0 cannot be raised to a negative power");
    return Value::real(std::pow(*b, *e));
  }
  if (mpz_cmpabs_ui(base, 1) <= 0) {
    // 0, 1 and -1 to any power.
    int64_t r = mpz_sgn(exp) == 0                      ? 1
                : mpz_sgn(base) == 0                   ? 0
                : mpz_sgn(base) > 0 || mpz_even_p(exp) ? 1
                                                       : -1;
    return Value::integer(r);
  }
  if (!mpz_fits_ulong_p(exp) ||
      mpz_get_ui(exp) * mpz_sizeinbase(base, 2) > kMaxBits)
    return tooLarge(in, l);
  Mpz r;
  mpz_pow_ui(r.v, base, mpz_get_ui(exp));
  return store(r.v);
}

} // namespace

bool scopec::frontend::isBigInt(const Value &v) {
  return v.is(ObjKind::BigInt);
}

/// `a op b` for two ints (either may be big).
FailureOr<Value> scopec::frontend::bigIntOp(Interpreter &in, BinOpKind op,
                                            const Value &a, const Value &b,
                                            SrcLoc l) {
  Mpz x, y, r;
  load(a, x.v);
  load(b, y.v);
  switch (op) {
  case BinOpKind::Add:
    mpz_add(r.v, x.v, y.v);
    break;
  case BinOpKind::Sub:
    mpz_sub(r.v, x.v, y.v);
    break;
  case BinOpKind::Mul:
    if (mpz_sizeinbase(x.v, 2) + mpz_sizeinbase(y.v, 2) > kMaxBits)
      return tooLarge(in, l);
    mpz_mul(r.v, x.v, y.v);
    break;
  case BinOpKind::Div:
    if (mpz_sgn(y.v) == 0)
      return in.raise(l, "ZeroDivisionError", "division by zero");
    return trueDivide(in, x.v, y.v, l);
  case BinOpKind::FloorDiv:
  case BinOpKind::Mod:
    if (mpz_sgn(y.v) == 0)
      return in.raise(l, "ZeroDivisionError",
                      op == BinOpKind::Mod
                          ? "integer modulo by zero"
                          : "integer division or modulo by zero");
    if (op == BinOpKind::FloorDiv)
      mpz_fdiv_q(r.v, x.v, y.v);
    else
      mpz_fdiv_r(r.v, x.v, y.v);
    break;
  case BinOpKind::Pow:
    return intPow(in, x.v, y.v, l);
  case BinOpKind::LShift:
  case BinOpKind::RShift: {
    if (mpz_sgn(y.v) < 0)
      return in.raise(l, "ValueError", "negative shift count");
    if (op == BinOpKind::RShift) {
      if (!mpz_fits_ulong_p(y.v))
        mpz_set_si(r.v, mpz_sgn(x.v) < 0 ? -1 : 0);
      else
        mpz_fdiv_q_2exp(r.v, x.v, mpz_get_ui(y.v));
      break;
    }
    if (mpz_sgn(x.v) == 0)
      break;
    if (!mpz_fits_ulong_p(y.v) ||
        mpz_get_ui(y.v) + mpz_sizeinbase(x.v, 2) > kMaxBits)
      return tooLarge(in, l);
    mpz_mul_2exp(r.v, x.v, mpz_get_ui(y.v));
    break;
  }
  case BinOpKind::BitAnd:
    mpz_and(r.v, x.v, y.v);
    break;
  case BinOpKind::BitOr:
    mpz_ior(r.v, x.v, y.v);
    break;
  case BinOpKind::BitXor:
    mpz_xor(r.v, x.v, y.v);
    break;
  case BinOpKind::MatMul:
    return in.raise(l, "TypeError",
                    "unsupported operand type(s) for @: 'int' and 'int'");
  }
  return store(r.v);
}

FailureOr<Value> scopec::frontend::bigIntPowMod(Interpreter &in,
                                                const Value &base,
                                                const Value &exp,
                                                const Value &mod, SrcLoc l) {
  Mpz b, e, m, r;
  load(base, b.v);
  load(exp, e.v);
  load(mod, m.v);
  if (mpz_sgn(m.v) == 0)
    return in.raise(l, "ValueError", "pow() 3rd argument cannot be 0");
  bool negativeMod = mpz_sgn(m.v) < 0;
  mpz_abs(m.v, m.v);
  if (mpz_sgn(e.v) < 0) {
    if (!mpz_invert(b.v, b.v, m.v))
      return in.raise(l, "ValueError",
                      "base is not invertible for the given modulus");
    mpz_neg(e.v, e.v);
  }
  mpz_powm(r.v, b.v, e.v, m.v);
  // The result has the sign of the modulus (Python's %).
  if (negativeMod && mpz_sgn(r.v) != 0)
    mpz_sub(r.v, r.v, m.v);
  return store(r.v);
}

int BigIntObj::equals(const Value &other) const {
  if (other.is(ObjKind::BigInt))
    return mpz_cmp(v, static_cast<BigIntObj *>(other.get())->v) == 0;
  if (other.isIntLike())
    return 0;
  if (other.isFloat()) {
    double d = other.getFloat();
    return !std::isnan(d) && !std::isinf(d) && mpz_cmp_d(v, d) == 0;
  }
  return -1;
}

Result BigIntObj::binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                           const Value &rhs, SrcLoc l) {
  const Value &other = lhs.get() == this ? rhs : lhs;
  if (isAnyInt(other))
    return Result(bigIntOp(in, op, lhs, rhs, l));
  if (other.isFloat()) {
    Value self = lhs.get() == this ? lhs : rhs;
    FailureOr<double> d = bigIntToDouble(in, self, l);
    if (failed(d))
      return Result::failure();
    Value x = lhs.get() == this ? Value::real(*d) : lhs;
    Value y = lhs.get() == this ? rhs : Value::real(*d);
    return Result(in.binaryOp(op, x, y, l));
  }
  if (op == BinOpKind::Mul && (other.isStr() || other.isSeq())) {
    (void)in.raise(l, "OverflowError",
                   "cannot fit 'int' into an index-sized "
                   "integer");
    return Result::failure();
  }
  return Result::notImplemented();
}

Result BigIntObj::unaryOp(Interpreter &in, UnaryOpKind op, SrcLoc l) {
  (void)in, (void)l;
  Mpz r;
  switch (op) {
  case UnaryOpKind::Neg:
    mpz_neg(r.v, v);
    break;
  case UnaryOpKind::Pos:
    mpz_set(r.v, v);
    break;
  case UnaryOpKind::Invert:
    mpz_com(r.v, v);
    break;
  case UnaryOpKind::Not:
    return Value::boolean(false);
  }
  return store(r.v);
}

Result BigIntObj::compare(Interpreter &in, CmpOpKind op, const Value &lhs,
                          const Value &rhs, SrcLoc l) {
  (void)in, (void)l;
  bool selfLeft = lhs.get() == this;
  const Value &other = selfLeft ? rhs : lhs;
  int c;
  if (isAnyInt(other)) {
    Mpz x;
    load(other, x.v);
    c = mpz_cmp(v, x.v);
  } else if (other.isFloat()) {
    double d = other.getFloat();
    if (std::isnan(d))
      return Value::boolean(op == CmpOpKind::Ne);
    c = std::isinf(d) ? (d > 0 ? -1 : 1) : mpz_cmp_d(v, d);
  } else {
    return Result::notImplemented();
  }
  if (!selfLeft)
    c = -c;
  switch (op) {
  case CmpOpKind::Lt:
    return Value::boolean(c < 0);
  case CmpOpKind::Gt:
    return Value::boolean(c > 0);
  case CmpOpKind::Le:
    return Value::boolean(c <= 0);
  case CmpOpKind::Ge:
    return Value::boolean(c >= 0);
  case CmpOpKind::Eq:
    return Value::boolean(c == 0);
  case CmpOpKind::Ne:
    return Value::boolean(c != 0);
  default:
    return Result::notImplemented();
  }
}

FailureOr<Value> scopec::frontend::floatToInt(Interpreter &in, double d,
                                              SrcLoc l) {
  if (std::isnan(d))
    return in.raise(l, "ValueError", "cannot convert float NaN to integer");
  if (std::isinf(d))
    return in.raise(l, "OverflowError",
                    "cannot convert float infinity to integer");
  d = std::trunc(d);
  if (std::fabs(d) < 9.2e18)
    return Value::integer(static_cast<int64_t>(d));
  Mpz r;
  mpz_set_d(r.v, d);
  return store(r.v);
}

std::optional<Value> scopec::frontend::parseBigInt(llvm::StringRef digits,
                                                   int base, bool negative) {
  if (digits.empty() || digits.size() > kMaxBits / 3)
    return std::nullopt;
  Mpz r;
  if (mpz_set_str(r.v, digits.str().c_str(), base) != 0)
    return std::nullopt;
  if (negative)
    mpz_neg(r.v, r.v);
  return store(r.v);
}

FailureOr<double> scopec::frontend::bigIntToDouble(Interpreter &in,
                                                   const Value &v, SrcLoc l) {
  if (v.isIntLike())
    return static_cast<double>(v.getInt());
  const mpz_t &x = static_cast<BigIntObj *>(v.get())->v;
  // Round to nearest, ties to even (mpz_get_d truncates).
  size_t bits = mpz_sizeinbase(x, 2);
  if (bits > 1024)
    return in.raise(l, "OverflowError", "int too large to convert to float");
  Mpz m, low;
  mpz_abs(m.v, x);
  long extra = static_cast<long>(bits) - 53;
  double d;
  if (extra > 0) {
    mpz_tdiv_r_2exp(low.v, m.v, extra);
    mpz_tdiv_q_2exp(m.v, m.v, extra);
    uint64_t top = mpz_get_ui(m.v);
    Mpz half;
    mpz_setbit(half.v, extra - 1);
    int cmp = mpz_cmp(low.v, half.v);
    if (cmp > 0 || (cmp == 0 && (top & 1)))
      ++top;
    d = std::ldexp(static_cast<double>(top), static_cast<int>(extra));
  } else {
    d = mpz_get_d(m.v);
  }
  if (std::isinf(d))
    return in.raise(l, "OverflowError", "int too large to convert to float");
  return mpz_sgn(x) < 0 ? -d : d;
}

void scopec::frontend::bigIntDigits(const Value &v, int base, bool &negative,
                                    std::string &digits) {
  Mpz m;
  load(v, m.v);
  negative = mpz_sgn(m.v) < 0;
  mpz_abs(m.v, m.v);
  digits.assign(mpz_sizeinbase(m.v, base) + 2, '\0');
  mpz_get_str(digits.data(), base, m.v);
  digits.resize(std::strlen(digits.c_str()));
}

bool scopec::frontend::anyIntDigits(const Value &v, int base, bool &negative,
                                    std::string &digits) {
  if (!isAnyInt(v))
    return false;
  bigIntDigits(v, base, negative, digits);
  return true;
}

//===----------------------------------------------------------------------===//
// hash()
//===----------------------------------------------------------------------===//

namespace {
/// CPython's modulus for numeric hashes (_PyHASH_MODULUS) and its bits.
constexpr unsigned kHashBits = 61;
constexpr uint64_t kHashModulus = (uint64_t(1) << kHashBits) - 1;

int64_t finishHash(uint64_t magnitude, bool negative) {
  int64_t h = negative ? -static_cast<int64_t>(magnitude)
                       : static_cast<int64_t>(magnitude);
  return h == -1 ? -2 : h;
}

/// _Py_HashDouble for a finite value: the exact binary fraction reduced
/// modulo 2**61 - 1, 28 bits at a time.
int64_t hashDouble(double d) {
  int e;
  double m = std::frexp(d, &e);
  bool negative = m < 0;
  if (negative)
    m = -m;
  uint64_t x = 0;
  while (m != 0) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0; // 2**28
    e -= 28;
    auto y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus)
      x -= kHashModulus;
  }
  e = e >= 0 ? e % static_cast<int>(kHashBits)
             : static_cast<int>(kHashBits) - 1 -
                   ((-1 - e) % static_cast<int>(kHashBits));
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  return finishHash(x, negative);
}
} // namespace

std::optional<int64_t> scopec::frontend::numberHash(const Value &v) {
  if (v.isFloat()) {
    double d = v.getFloat();
    if (std::isnan(d))
      return std::nullopt;
    return std::isinf(d) ? (d > 0 ? 314159 : -314159) : hashDouble(d);
  }
  if (!isAnyInt(v))
    return std::nullopt;
  Mpz n, r;
  load(v, n.v);
  bool negative = mpz_sgn(n.v) < 0;
  mpz_abs(n.v, n.v);
  mpz_tdiv_r_ui(r.v, n.v, kHashModulus);
  return finishHash(mpz_get_ui(r.v), negative);
}

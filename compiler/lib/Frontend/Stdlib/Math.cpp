//===- Math.cpp - The `math` module ---------------------------------------===//
//
// CPython's `math` on scopec's values (64-bit ints, doubles): the same
// results and the same exceptions (`ValueError: math domain error`,
// `OverflowError: math range error`, CPython's TypeErrors for bad
// arguments). An integer result beyond 64 bits (`math.factorial(21)`,
// `math.floor(1e20)`) is a scopec limitation error.
//
//===----------------------------------------------------------------------===//

#include "Support.h"


#include <algorithm>
#include <cmath>
#include <numeric>

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

bool domainError(Interpreter &in, SrcLoc l) {
  return in.raise(l, "ValueError", "math domain error");
}

bool rangeError(Interpreter &in, SrcLoc l) {
  return in.raise(l, "OverflowError", "math range error");
}

/// CPython's math_1: `r = f(x)` with a NaN from a non-NaN argument a domain
/// error, and an infinity from a finite one a range error for the functions
/// that can overflow (a domain error, e.g. a pole, for the others).
bool checkedResult(Interpreter &in, SrcLoc l, double x, double r,
                   bool canOverflow, Value &out) {
  if (std::isnan(r) && !std::isnan(x))
    return domainError(in, l);
  if (std::isinf(r) && std::isfinite(x))
    return canOverflow ? rangeError(in, l) : domainError(in, l);
  out = Value::real(r);
  return true;
}

/// A float as a 64-bit int the way floor/ceil/trunc convert it.
bool floatToInt(Interpreter &in, SrcLoc l, double d, Value &out) {
  if (std::isnan(d))
    return in.raise(l, "ValueError", "cannot convert float NaN to integer");
  if (std::isinf(d))
    return in.raise(l, "OverflowError",
                    "cannot convert float infinity to integer");
  if (d >= 9223372036854775808.0 || d < -9223372036854775808.0)
    return intOverflow(in, l);
  out = Value::integer(static_cast<int64_t>(d));
  return true;
}

/// The one-argument float functions: name, function, whether it can
/// overflow.
struct UnaryFn {
  const char *name;
  double (*fn)(double);
  bool canOverflow;
};

/// Entry of kUnary for the C function `std::NAME`.
#define SCOPEC_MATH_UNARY(NAME, CAN_OVERFLOW)                                  \
  {#NAME, [](double x) { return std::NAME(x); }, CAN_OVERFLOW}

const UnaryFn kUnary[] = {
    SCOPEC_MATH_UNARY(sqrt, false),  SCOPEC_MATH_UNARY(exp, true),
    SCOPEC_MATH_UNARY(expm1, true),  SCOPEC_MATH_UNARY(log1p, false),
    SCOPEC_MATH_UNARY(log2, false),  SCOPEC_MATH_UNARY(log10, false),
    SCOPEC_MATH_UNARY(sin, false),   SCOPEC_MATH_UNARY(cos, false),
    SCOPEC_MATH_UNARY(tan, false),   SCOPEC_MATH_UNARY(asin, false),
    SCOPEC_MATH_UNARY(acos, false),  SCOPEC_MATH_UNARY(atan, false),
    SCOPEC_MATH_UNARY(sinh, true),   SCOPEC_MATH_UNARY(cosh, true),
    SCOPEC_MATH_UNARY(tanh, false),  SCOPEC_MATH_UNARY(asinh, false),
    SCOPEC_MATH_UNARY(acosh, false), SCOPEC_MATH_UNARY(atanh, false),
    SCOPEC_MATH_UNARY(erf, false),   SCOPEC_MATH_UNARY(erfc, false),
    SCOPEC_MATH_UNARY(fabs, false),  SCOPEC_MATH_UNARY(exp2, true),
    SCOPEC_MATH_UNARY(cbrt, false),
    {"degrees", [](double x) { return x * (180.0 / M_PI); }, false},
    {"radians", [](double x) { return x * (M_PI / 180.0); }, false},
};

#undef SCOPEC_MATH_UNARY

/// math.log(x[, base]).
bool mathLog(Interpreter &in, CallArgs &a, Value &out) {
  // CPython parses log's arguments itself (`math.log requires ...`).
  static const Signature sig{"log", {"x=", "base=", "/"}, ArgStyle::Clinic};
  if (a.kw.empty() && (a.pos.empty() || a.pos.size() > 2))
    return in.raise(a.loc, "TypeError", "math.log requires 1 to 2 arguments");
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  bool hasBase = b.given("base");
  double logs[2];
  for (size_t i = 0; i < (hasBase ? 2u : 1u); ++i) {
    double x;
    if (!realArg(in, b[i ? "base" : "x"], a.loc, x))
      return false;
    // log(0) and log of a negative number are domain errors (C gives -inf
    // and NaN).
    if (std::isnan(x)) {
      logs[i] = x;
      continue;
    }
    if (x <= 0)
      return domainError(in, a.loc);
    logs[i] = std::log(x);
  }
  if (!hasBase) {
    out = Value::real(logs[0]);
    return true;
  }
  if (logs[1] == 0)
    return in.raise(a.loc, "ZeroDivisionError", "float division by zero");
  out = Value::real(logs[0] / logs[1]);
  return true;
}

/// math.pow(x, y): C99's pow, with errors only for finite arguments.
bool mathPow(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig =
      Signature{"pow", {"x", "y", "/"}, ArgStyle::Clinic}.qualified("math.pow");
  BoundArgs b;
  double x, y;
  if (!in.bind(sig, a, b) || !realArg(in, b["x"], a.loc, x) ||
      !realArg(in, b["y"], a.loc, y))
    return false;
  double r = std::pow(x, y);
  if (std::isfinite(x) && std::isfinite(y)) {
    if (std::isnan(r))
      return domainError(in, a.loc);
    if (std::isinf(r))
      return x == 0 ? domainError(in, a.loc) : rangeError(in, a.loc);
  }
  out = Value::real(r);
  return true;
}

/// Two-argument float functions: atan2, copysign, fmod.
template <int Which>
bool binaryFloat(Interpreter &in, CallArgs &a, Value &out) {
  static const char *const names[] = {"atan2", "copysign", "fmod"};
  static const Signature sig =
      Signature{names[Which], {"x", "y", "/"}, ArgStyle::Clinic}.qualified(
          std::string("math.") + names[Which]);
  BoundArgs b;
  double x, y;
  if (!in.bind(sig, a, b) || !realArg(in, b["x"], a.loc, x) ||
      !realArg(in, b["y"], a.loc, y))
    return false;
  if (Which == 0) {
    out = Value::real(std::atan2(x, y));
  } else if (Which == 1) {
    out = Value::real(std::copysign(x, y));
  } else {
    // fmod(x, +-inf) is x for a finite x; otherwise a NaN from non-NaN
    // arguments (an infinite x, a zero y) is a domain error.
    double r = std::isinf(y) && std::isfinite(x) ? x : std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y))
      return domainError(in, a.loc);
    out = Value::real(r);
  }
  return true;
}

/// math.floor / math.ceil / math.trunc: ints unchanged, floats to int.
template <int Which>
bool toIntegral(Interpreter &in, CallArgs &a, Value &out) {
  static const char *const names[] = {"math.floor", "math.ceil", "math.trunc"};
  static const Signature sig{names[Which], {"x", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  const Value &v = b["x"];
  if (v.isIntLike()) {
    out = Value::integer(v.getInt());
    return true;
  }
  double d;
  Value n = Interpreter::asNumber(v);
  if (Which == 2 && !n.isNumber())
    return in.raise(a.loc, "TypeError",
                    "type " + typeName(v) + " doesn't define __trunc__ method");
  if (!realArg(in, v, a.loc, d))
    return false;
  d = Which == 0 ? std::floor(d) : Which == 1 ? std::ceil(d) : std::trunc(d);
  return floatToInt(in, a.loc, d, out);
}

/// math.isnan / math.isinf / math.isfinite.
template <int Which>
bool classify(Interpreter &in, CallArgs &a, Value &out) {
  static const char *const names[] = {"math.isnan", "math.isinf",
                                      "math.isfinite"};
  static const Signature sig{names[Which], {"x", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  double d;
  if (!in.bind(sig, a, b) || !realArg(in, b["x"], a.loc, d))
    return false;
  out = Value::boolean(Which == 0   ? std::isnan(d)
                       : Which == 1 ? std::isinf(d)
                                    : std::isfinite(d));
  return true;
}

/// math.hypot(*coordinates): an infinity wins over NaN, as in CPython.
bool mathHypot(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"math.hypot", {"*coordinates"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  std::vector<double> xs;
  double maxAbs = 0;
  bool sawNan = false, sawInf = false;
  for (const Value &v : b.args()) {
    double x;
    if (!realArg(in, v, a.loc, x))
      return false;
    x = std::fabs(x);
    sawNan |= std::isnan(x);
    sawInf |= std::isinf(x);
    maxAbs = std::max(maxAbs, x);
    xs.push_back(x);
  }
  if (sawInf || sawNan) {
    out = Value::real(sawInf ? INFINITY : NAN);
    return true;
  }
  if (xs.size() == 2) {
    out = Value::real(std::hypot(xs[0], xs[1]));
    return true;
  }
  // Scaled by the largest coordinate so squares cannot overflow.
  double sum = 0;
  if (maxAbs > 0)
    for (double x : xs)
      sum += (x / maxAbs) * (x / maxAbs);
  out = Value::real(maxAbs * std::sqrt(sum));
  return true;
}

/// math.factorial(n) for the n whose factorial fits 64 bits.
bool mathFactorial(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"math.factorial", {"n", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  int64_t n;
  if (!in.bind(sig, a, b) || !indexArg(in, b["n"], a.loc, n))
    return false;
  if (n < 0)
    return in.raise(a.loc, "ValueError",
                    "factorial() not defined for negative values");
  int64_t r = 1;
  for (int64_t k = 2; k <= n; ++k)
    if (__builtin_mul_overflow(r, k, &r))
      return intOverflow(in, a.loc);
  out = Value::integer(r);
  return true;
}

/// math.gcd(*integers).
bool mathGcd(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"math.gcd", {"*integers"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  uint64_t g = 0;
  for (const Value &v : b.args()) {
    int64_t n;
    if (!indexArg(in, v, a.loc, n))
      return false;
    uint64_t m = n < 0 ? 0 - static_cast<uint64_t>(n) : n;
    g = std::gcd(g, m);
  }
  if (g > static_cast<uint64_t>(INT64_MAX))
    return intOverflow(in, a.loc);
  out = Value::integer(static_cast<int64_t>(g));
  return true;
}

/// math.prod(iterable, /, *, start=1): `start * x0 * x1 ...`.
bool mathProd(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "prod", {"iterable", "/", "*", "start="}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  Value acc = b.get("start", Value::integer(1));
  if (!in.forEach(b["iterable"], a.loc, [&](const Value &v) {
        Value r;
        if (!in.binaryOp(BinOpKind::Mul, acc, v, a.loc, r))
          return false;
        acc = r;
        return true;
      }))
    return false;
  out = acc;
  return true;
}

/// math.fsum(iterable): Shewchuk's exact summation with CPython's handling
/// of infinities, NaNs and intermediate overflow.
bool mathFsum(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"math.fsum", {"seq", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  std::vector<double> p;
  double specialSum = 0, infSum = 0;
  bool ok = in.forEach(b["seq"], a.loc, [&](const Value &v) {
    double x;
    if (!realArg(in, v, a.loc, x))
      return false;
    double saved = x;
    size_t i = 0;
    for (double y : p) {
      if (std::fabs(x) < std::fabs(y))
        std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0)
        p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x == 0)
      return true;
    if (std::isfinite(x)) {
      p.push_back(x);
      return true;
    }
    // A non-finite sum: an overflow from finite inputs is an error.
    if (std::isfinite(saved))
      return in.raise(a.loc, "OverflowError", "intermediate overflow in fsum");
    if (std::isinf(saved))
      infSum += saved;
    specialSum += saved;
    p.clear();
    return true;
  });
  if (!ok)
    return false;
  if (specialSum != 0) {
    if (std::isnan(infSum))
      return in.raise(a.loc, "ValueError", "-inf + inf in fsum");
    out = Value::real(specialSum);
    return true;
  }
  double hi = 0, lo = 0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    // Sum from the top, stopping when the sum becomes inexact.
    while (n > 0) {
      double x = hi, y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0)
        break;
    }
    // Round half-even correctly when the remaining partials say so.
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      double y = lo * 2, x = hi + y;
      if (y == x - hi)
        hi = x;
    }
  }
  out = Value::real(hi);
  return true;
}

/// math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
bool mathIsclose(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "isclose", {"a", "b", "*", "rel_tol=", "abs_tol="}, ArgStyle::Clinic};
  BoundArgs v;
  if (!in.bind(sig, a, v))
    return false;
  double x, y, rel = 1e-9, abs = 0;
  if (!realArg(in, v["a"], a.loc, x) || !realArg(in, v["b"], a.loc, y) ||
      (v.given("rel_tol") && !realArg(in, v["rel_tol"], a.loc, rel)) ||
      (v.given("abs_tol") && !realArg(in, v["abs_tol"], a.loc, abs)))
    return false;
  if (rel < 0 || abs < 0)
    return in.raise(a.loc, "ValueError", "tolerances must be non-negative");
  bool close;
  if (x == y)
    close = true;
  else if (std::isinf(x) || std::isinf(y))
    close = false;
  else {
    double diff = std::fabs(y - x);
    close = (diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x)) ||
            diff <= abs;
  }
  out = Value::boolean(close);
  return true;
}

/// A non-negative int argument of comb/perm, else CPython's ValueError.
bool countArg(Interpreter &in, const Value &v, SrcLoc l, const char *what,
              int64_t &out) {
  if (!indexArg(in, v, l, out))
    return false;
  if (out < 0)
    return in.raise(l, "ValueError",
                    std::string(what) + " must be a non-negative integer");
  return true;
}

/// math.comb(n, k) and math.perm(n, k=None) within 64 bits: the product
/// (n-k+1)...n, divided step by step by 1...k for comb (each partial
/// quotient is a binomial coefficient, hence exact).
template <bool Comb>
bool mathCombPerm(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig = Signature{Comb ? "comb" : "perm",
                                         {"n", Comb ? "k" : "k=", "/"},
                                         ArgStyle::Clinic}
                                   .qualified(Comb ? "math.comb" : "math.perm");
  BoundArgs b;
  int64_t n, k;
  if (!in.bind(sig, a, b) || !countArg(in, b["n"], a.loc, "n", n))
    return false;
  k = n;
  if (b.given("k") && !(!Comb && b["k"].isNone()) &&
      !countArg(in, b["k"], a.loc, "k", k))
    return false;
  if (k > n) {
    out = Value::integer(0);
    return true;
  }
  if (Comb)
    k = std::min(k, n - k);
  unsigned __int128 r = 1;
  for (int64_t i = 0; i < k; ++i) {
    r *= static_cast<unsigned __int128>(n - i);
    if (Comb)
      r /= static_cast<unsigned __int128>(i + 1);
    if (r > static_cast<unsigned __int128>(INT64_MAX))
      return intOverflow(in, a.loc);
  }
  out = Value::integer(static_cast<int64_t>(r));
  return true;
}

/// math.isqrt(n): the floor of the exact square root.
bool mathIsqrt(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"math.isqrt", {"n", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  int64_t n;
  if (!in.bind(sig, a, b) || !indexArg(in, b["n"], a.loc, n))
    return false;
  if (n < 0)
    return in.raise(a.loc, "ValueError",
                    "isqrt() argument must be nonnegative");
  auto r = static_cast<int64_t>(std::sqrt(static_cast<double>(n)));
  // Correct the floating-point estimate.
  while (r > 0 && static_cast<__int128>(r) * r > n)
    --r;
  while (static_cast<__int128>(r + 1) * (r + 1) <= n)
    ++r;
  out = Value::integer(r);
  return true;
}

/// math.lcm(*integers).
bool mathLcm(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"math.lcm", {"*integers"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  uint64_t l = 1;
  for (const Value &v : b.args()) {
    int64_t n;
    if (!indexArg(in, v, a.loc, n))
      return false;
    uint64_t m = n < 0 ? 0 - static_cast<uint64_t>(n) : n;
    if (m == 0 || l == 0) {
      l = 0;
      continue;
    }
    unsigned __int128 r =
        static_cast<unsigned __int128>(l / std::gcd(l, m)) * m;
    if (r > static_cast<unsigned __int128>(INT64_MAX))
      return intOverflow(in, a.loc);
    l = static_cast<uint64_t>(r);
  }
  out = Value::integer(static_cast<int64_t>(l));
  return true;
}

/// math.modf(x): (fractional part, integral part), both floats.
bool mathModf(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"math.modf", {"x", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  double x, whole;
  if (!in.bind(sig, a, b) || !realArg(in, b["x"], a.loc, x))
    return false;
  double frac = std::isinf(x) ? std::copysign(0.0, x) : std::modf(x, &whole);
  if (std::isinf(x))
    whole = x;
  out = Value::tuple({Value::real(frac), Value::real(whole)});
  return true;
}

/// math.frexp(x): (mantissa, exponent).
bool mathFrexp(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"math.frexp", {"x", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  double x;
  if (!in.bind(sig, a, b) || !realArg(in, b["x"], a.loc, x))
    return false;
  int e = 0;
  double m = std::isfinite(x) ? std::frexp(x, &e) : x;
  out = Value::tuple({Value::real(m), Value::integer(e)});
  return true;
}

/// math.ldexp(x, i).
bool mathLdexp(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig =
      Signature{"ldexp", {"x", "i", "/"}, ArgStyle::Clinic}.qualified(
          "math.ldexp");
  BoundArgs b;
  double x;
  int64_t i;
  if (!in.bind(sig, a, b) || !realArg(in, b["x"], a.loc, x))
    return false;
  if (!b["i"].isIntLike())
    return in.raise(a.loc, "TypeError",
                    "Expected an int as second argument to ldexp.");
  i = b["i"].getInt();
  double r = std::ldexp(x, static_cast<int>(std::clamp<int64_t>(
                               i, INT32_MIN, INT32_MAX)));
  if (std::isinf(r) && std::isfinite(x))
    return rangeError(in, a.loc);
  out = Value::real(r);
  return true;
}

/// math.gamma(x) and math.lgamma(x): poles are domain errors.
template <bool Log>
bool mathGamma(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      Log ? "math.lgamma" : "math.gamma", {"x", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  double x;
  if (!in.bind(sig, a, b) || !realArg(in, b["x"], a.loc, x))
    return false;
  if (std::isfinite(x) && x <= 0 && x == std::floor(x))
    return domainError(in, a.loc);
  if (std::isinf(x) && x < 0 && !Log)
    return domainError(in, a.loc);
  double r = Log ? std::lgamma(x) : std::tgamma(x);
  if (std::isinf(r) && std::isfinite(x))
    return rangeError(in, a.loc);
  out = Value::real(r);
  return true;
}

} // namespace

Value stdlib::makeMath(Interpreter &in) {
  (void)in;
  auto m = newModule("math");
  m->add("pi", Value::real(M_PI));
  m->add("e", Value::real(M_E));
  m->add("tau", Value::real(2 * M_PI));
  m->add("inf", Value::real(INFINITY));
  m->add("nan", Value::real(NAN));
  for (const UnaryFn &u : kUnary) {
    std::string qualified = std::string("math.") + u.name;
    auto sig = std::make_shared<const Signature>(
        qualified, std::initializer_list<const char *>{"x", "/"},
        ArgStyle::Clinic);
    addFunction(*m, u.name, [u, sig](Interpreter &in, CallArgs &a, Value &out) {
      BoundArgs b;
      double x;
      if (!in.bind(*sig, a, b) || !realArg(in, b["x"], a.loc, x))
        return false;
      return checkedResult(in, a.loc, x, u.fn(x), u.canOverflow, out);
    });
  }
  addFunction(*m, "log", mathLog);
  addFunction(*m, "pow", mathPow);
  addFunction(*m, "atan2", binaryFloat<0>);
  addFunction(*m, "copysign", binaryFloat<1>);
  addFunction(*m, "fmod", binaryFloat<2>);
  addFunction(*m, "floor", toIntegral<0>);
  addFunction(*m, "ceil", toIntegral<1>);
  addFunction(*m, "trunc", toIntegral<2>);
  addFunction(*m, "isnan", classify<0>);
  addFunction(*m, "isinf", classify<1>);
  addFunction(*m, "isfinite", classify<2>);
  addFunction(*m, "hypot", mathHypot);
  addFunction(*m, "factorial", mathFactorial);
  addFunction(*m, "gcd", mathGcd);
  addFunction(*m, "prod", mathProd);
  addFunction(*m, "fsum", mathFsum);
  addFunction(*m, "isclose", mathIsclose);
  addFunction(*m, "comb", mathCombPerm<true>);
  addFunction(*m, "perm", mathCombPerm<false>);
  addFunction(*m, "isqrt", mathIsqrt);
  addFunction(*m, "lcm", mathLcm);
  addFunction(*m, "modf", mathModf);
  addFunction(*m, "frexp", mathFrexp);
  addFunction(*m, "ldexp", mathLdexp);
  addFunction(*m, "gamma", mathGamma<false>);
  addFunction(*m, "lgamma", mathGamma<true>);
  return Value::object(m);
}

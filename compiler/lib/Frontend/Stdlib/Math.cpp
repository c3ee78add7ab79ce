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

LogicalResult domainError(Interpreter &in, SrcLoc l) {
  return in.raise(l, "ValueError", "math domain error");
}

LogicalResult rangeError(Interpreter &in, SrcLoc l) {
  return in.raise(l, "OverflowError", "math range error");
}

/// CPython's math_1: `r = f(x)` with a NaN from a non-NaN argument a domain
/// error, and an infinity from a finite one a range error for the functions
/// that can overflow (a domain error, e.g. a pole, for the others).
FailureOr<Value> checkedResult(Interpreter &in, SrcLoc l, double x, double r,
                               bool canOverflow) {
  if (std::isnan(r) && !std::isnan(x))
    return domainError(in, l);
  if (std::isinf(r) && std::isfinite(x))
    return canOverflow ? rangeError(in, l) : domainError(in, l);
  return Value::real(r);
}

/// A float as a 64-bit int the way floor/ceil/trunc convert it.
FailureOr<Value> floatToInt(Interpreter &in, SrcLoc l, double d) {
  if (std::isnan(d))
    return in.raise(l, "ValueError", "cannot convert float NaN to integer");
  if (std::isinf(d))
    return in.raise(l, "OverflowError",
                    "cannot convert float infinity to integer");
  if (d >= 9223372036854775808.0 || d < -9223372036854775808.0)
    return intOverflow(in, l);
  return Value::integer(static_cast<int64_t>(d));
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
FailureOr<Value> mathLog(Interpreter &in, CallArgs &a) {
  // CPython parses log's arguments itself (`math.log requires ...`).
  static const Signature sig{"log", {"x=", "base=", "/"}, ArgStyle::Clinic};
  if (a.kw.empty() && (a.pos.empty() || a.pos.size() > 2))
    return in.raise(a.loc, "TypeError", "math.log requires 1 to 2 arguments");
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  bool hasBase = b.given("base");
  double logs[2];
  for (size_t i = 0; i < (hasBase ? 2u : 1u); ++i) {
    FailureOr<double> x = realArg(in, b[i ? "base" : "x"], a.loc);
    if (failed(x))
      return failure();
    // log(0) and log of a negative number are domain errors (C gives -inf
    // and NaN).
    if (std::isnan(*x)) {
      logs[i] = *x;
      continue;
    }
    if (*x <= 0)
      return domainError(in, a.loc);
    logs[i] = std::log(*x);
  }
  if (!hasBase)
    return Value::real(logs[0]);
  if (logs[1] == 0)
    return in.raise(a.loc, "ZeroDivisionError", "float division by zero");
  return Value::real(logs[0] / logs[1]);
}

/// The two float arguments `x` and `y` of a bound call.
FailureOr<std::pair<double, double>> twoReals(Interpreter &in,
                                              const BoundArgs &b, SrcLoc l) {
  FailureOr<double> x = realArg(in, b["x"], l);
  if (failed(x))
    return failure();
  FailureOr<double> y = realArg(in, b["y"], l);
  if (failed(y))
    return failure();
  return std::make_pair(*x, *y);
}

/// math.pow(x, y): C99's pow, with errors only for finite arguments.
FailureOr<Value> mathPow(Interpreter &in, CallArgs &a) {
  static const Signature sig =
      Signature{"pow", {"x", "y", "/"}, ArgStyle::Clinic}.qualified("math.pow");
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return failure();
  FailureOr<std::pair<double, double>> xy = twoReals(in, *b, a.loc);
  if (failed(xy))
    return failure();
  auto [x, y] = *xy;
  double r = std::pow(x, y);
  if (std::isfinite(x) && std::isfinite(y)) {
    if (std::isnan(r))
      return domainError(in, a.loc);
    if (std::isinf(r))
      return x == 0 ? domainError(in, a.loc) : rangeError(in, a.loc);
  }
  return Value::real(r);
}

/// Two-argument float functions: atan2, copysign, fmod.
template <int Which>
FailureOr<Value> binaryFloat(Interpreter &in, CallArgs &a) {
  static const char *const names[] = {"atan2", "copysign", "fmod"};
  static const Signature sig =
      Signature{names[Which], {"x", "y", "/"}, ArgStyle::Clinic}.qualified(
          std::string("math.") + names[Which]);
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return failure();
  FailureOr<std::pair<double, double>> xy = twoReals(in, *b, a.loc);
  if (failed(xy))
    return failure();
  auto [x, y] = *xy;
  if (Which == 0)
    return Value::real(std::atan2(x, y));
  if (Which == 1)
    return Value::real(std::copysign(x, y));
  // fmod(x, +-inf) is x for a finite x; otherwise a NaN from non-NaN
  // arguments (an infinite x, a zero y) is a domain error.
  double r = std::isinf(y) && std::isfinite(x) ? x : std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y))
    return domainError(in, a.loc);
  return Value::real(r);
}

/// math.floor / math.ceil / math.trunc: ints unchanged, floats to int.
template <int Which> FailureOr<Value> toIntegral(Interpreter &in, CallArgs &a) {
  static const char *const names[] = {"math.floor", "math.ceil", "math.trunc"};
  static const Signature sig{names[Which], {"x", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return failure();
  const Value &v = (*b)["x"];
  if (v.isIntLike())
    return Value::integer(v.getInt());
  Value n = Interpreter::asNumber(v);
  if (Which == 2 && !n.isNumber())
    return in.raise(a.loc, "TypeError",
                    "type " + typeName(v) + " doesn't define __trunc__ method");
  FailureOr<double> d = realArg(in, v, a.loc);
  if (failed(d))
    return failure();
  double r = Which == 0   ? std::floor(*d)
             : Which == 1 ? std::ceil(*d)
                          : std::trunc(*d);
  return floatToInt(in, a.loc, r);
}

/// The one argument `x` of a function of a real number, bound to `sig`.
FailureOr<double> oneReal(Interpreter &in, const Signature &sig, CallArgs &a) {
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return failure();
  return realArg(in, (*b)["x"], a.loc);
}

/// math.isnan / math.isinf / math.isfinite.
template <int Which> FailureOr<Value> classify(Interpreter &in, CallArgs &a) {
  static const char *const names[] = {"math.isnan", "math.isinf",
                                      "math.isfinite"};
  static const Signature sig{names[Which], {"x", "/"}, ArgStyle::Clinic};
  FailureOr<double> d = oneReal(in, sig, a);
  if (failed(d))
    return failure();
  return Value::boolean(Which == 0   ? std::isnan(*d)
                        : Which == 1 ? std::isinf(*d)
                                     : std::isfinite(*d));
}

/// math.hypot(*coordinates): an infinity wins over NaN, as in CPython.
FailureOr<Value> mathHypot(Interpreter &in, CallArgs &a) {
  static const Signature sig{"math.hypot", {"*coordinates"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return failure();
  std::vector<double> xs;
  double maxAbs = 0;
  bool sawNan = false, sawInf = false;
  for (const Value &v : b->args()) {
    FailureOr<double> coordinate = realArg(in, v, a.loc);
    if (failed(coordinate))
      return failure();
    double x = std::fabs(*coordinate);
    sawNan |= std::isnan(x);
    sawInf |= std::isinf(x);
    maxAbs = std::max(maxAbs, x);
    xs.push_back(x);
  }
  if (sawInf || sawNan)
    return Value::real(sawInf ? INFINITY : NAN);
  if (xs.size() == 2)
    return Value::real(std::hypot(xs[0], xs[1]));
  // Scaled by the largest coordinate so squares cannot overflow.
  double sum = 0;
  if (maxAbs > 0)
    for (double x : xs)
      sum += (x / maxAbs) * (x / maxAbs);
  return Value::real(maxAbs * std::sqrt(sum));
}

/// math.factorial(n) for the n whose factorial fits 64 bits.
FailureOr<Value> mathFactorial(Interpreter &in, CallArgs &a) {
  static const Signature sig{"math.factorial", {"n", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return failure();
  FailureOr<int64_t> n = indexArg(in, (*b)["n"], a.loc);
  if (failed(n))
    return failure();
  if (*n < 0)
    return in.raise(a.loc, "ValueError",
                    "factorial() not defined for negative values");
  int64_t r = 1;
  for (int64_t k = 2; k <= *n; ++k)
    if (__builtin_mul_overflow(r, k, &r))
      return intOverflow(in, a.loc);
  return Value::integer(r);
}

/// math.gcd(*integers).
FailureOr<Value> mathGcd(Interpreter &in, CallArgs &a) {
  static const Signature sig{"math.gcd", {"*integers"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return failure();
  uint64_t g = 0;
  for (const Value &v : b->args()) {
    FailureOr<int64_t> n = indexArg(in, v, a.loc);
    if (failed(n))
      return failure();
    uint64_t m = *n < 0 ? 0 - static_cast<uint64_t>(*n) : *n;
    g = std::gcd(g, m);
  }
  if (g > static_cast<uint64_t>(INT64_MAX))
    return intOverflow(in, a.loc);
  return Value::integer(static_cast<int64_t>(g));
}

/// math.prod(iterable, /, *, start=1): `start * x0 * x1 ...`.
FailureOr<Value> mathProd(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "prod", {"iterable", "/", "*", "start="}, ArgStyle::Clinic};
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return failure();
  Value acc = b->get("start", Value::integer(1));
  if (failed(in.forEach(
          (*b)["iterable"], a.loc, [&](const Value &v) -> LogicalResult {
            FailureOr<Value> r = in.binaryOp(BinOpKind::Mul, acc, v, a.loc);
            if (failed(r))
              return failure();
            acc = *r;
            return success();
          })))
    return failure();
  return acc;
}

/// math.fsum(iterable): Shewchuk's exact summation with CPython's handling
/// of infinities, NaNs and intermediate overflow.
FailureOr<Value> mathFsum(Interpreter &in, CallArgs &a) {
  static const Signature sig{"math.fsum", {"seq", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return failure();
  std::vector<double> p;
  double specialSum = 0, infSum = 0;
  LogicalResult ok =
      in.forEach((*b)["seq"], a.loc, [&](const Value &v) -> LogicalResult {
        FailureOr<double> item = realArg(in, v, a.loc);
        if (failed(item))
          return failure();
        double x = *item;
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
          return success();
        if (std::isfinite(x)) {
          p.push_back(x);
          return success();
        }
        // A non-finite sum: an overflow from finite inputs is an error.
        if (std::isfinite(saved))
          return in.raise(a.loc, "OverflowError",
                          "intermediate overflow in fsum");
        if (std::isinf(saved))
          infSum += saved;
        specialSum += saved;
        p.clear();
        return success();
      });
  if (failed(ok))
    return failure();
  if (specialSum != 0) {
    if (std::isnan(infSum))
      return in.raise(a.loc, "ValueError", "-inf + inf in fsum");
    return Value::real(specialSum);
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
  return Value::real(hi);
}

/// math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
FailureOr<Value> mathIsclose(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "isclose", {"a", "b", "*", "rel_tol=", "abs_tol="}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &v = *bound;
  FailureOr<double> x = realArg(in, v["a"], a.loc);
  if (failed(x))
    return failure();
  FailureOr<double> y = realArg(in, v["b"], a.loc);
  if (failed(y))
    return failure();
  double rel = 1e-9, abs = 0;
  if (v.given("rel_tol")) {
    FailureOr<double> r = realArg(in, v["rel_tol"], a.loc);
    if (failed(r))
      return failure();
    rel = *r;
  }
  if (v.given("abs_tol")) {
    FailureOr<double> r = realArg(in, v["abs_tol"], a.loc);
    if (failed(r))
      return failure();
    abs = *r;
  }
  if (rel < 0 || abs < 0)
    return in.raise(a.loc, "ValueError", "tolerances must be non-negative");
  bool close;
  if (*x == *y)
    close = true;
  else if (std::isinf(*x) || std::isinf(*y))
    close = false;
  else {
    double diff = std::fabs(*y - *x);
    close = (diff <= std::fabs(rel * *y) || diff <= std::fabs(rel * *x)) ||
            diff <= abs;
  }
  return Value::boolean(close);
}

/// A non-negative int argument of comb/perm, else CPython's ValueError.
FailureOr<int64_t> countArg(Interpreter &in, const Value &v, SrcLoc l,
                            const char *what) {
  FailureOr<int64_t> n = indexArg(in, v, l);
  if (failed(n))
    return failure();
  if (*n < 0)
    return in.raise(l, "ValueError",
                    std::string(what) + " must be a non-negative integer");
  return n;
}

/// math.comb(n, k) and math.perm(n, k=None) within 64 bits: the product
/// (n-k+1)...n, divided step by step by 1...k for comb (each partial
/// quotient is a binomial coefficient, hence exact).
template <bool Comb>
FailureOr<Value> mathCombPerm(Interpreter &in, CallArgs &a) {
  static const Signature sig = Signature{Comb ? "comb" : "perm",
                                         {"n", Comb ? "k" : "k=", "/"},
                                         ArgStyle::Clinic}
                                   .qualified(Comb ? "math.comb" : "math.perm");
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  FailureOr<int64_t> nArg = countArg(in, b["n"], a.loc, "n");
  if (failed(nArg))
    return failure();
  int64_t n = *nArg, k = n;
  if (b.given("k") && !(!Comb && b["k"].isNone())) {
    FailureOr<int64_t> kArg = countArg(in, b["k"], a.loc, "k");
    if (failed(kArg))
      return failure();
    k = *kArg;
  }
  if (k > n)
    return Value::integer(0);
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
  return Value::integer(static_cast<int64_t>(r));
}

/// math.isqrt(n): the floor of the exact square root.
FailureOr<Value> mathIsqrt(Interpreter &in, CallArgs &a) {
  static const Signature sig{"math.isqrt", {"n", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return failure();
  FailureOr<int64_t> nArg = indexArg(in, (*b)["n"], a.loc);
  if (failed(nArg))
    return failure();
  int64_t n = *nArg;
  if (n < 0)
    return in.raise(a.loc, "ValueError",
                    "isqrt() argument must be nonnegative");
  auto r = static_cast<int64_t>(std::sqrt(static_cast<double>(n)));
  // Correct the floating-point estimate.
  while (r > 0 && static_cast<__int128>(r) * r > n)
    --r;
  while (static_cast<__int128>(r + 1) * (r + 1) <= n)
    ++r;
  return Value::integer(r);
}

/// math.lcm(*integers).
FailureOr<Value> mathLcm(Interpreter &in, CallArgs &a) {
  static const Signature sig{"math.lcm", {"*integers"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return failure();
  uint64_t l = 1;
  for (const Value &v : b->args()) {
    FailureOr<int64_t> n = indexArg(in, v, a.loc);
    if (failed(n))
      return failure();
    uint64_t m = *n < 0 ? 0 - static_cast<uint64_t>(*n) : *n;
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
  return Value::integer(static_cast<int64_t>(l));
}

/// math.modf(x): (fractional part, integral part), both floats.
FailureOr<Value> mathModf(Interpreter &in, CallArgs &a) {
  static const Signature sig{"math.modf", {"x", "/"}, ArgStyle::Clinic};
  FailureOr<double> xArg = oneReal(in, sig, a);
  if (failed(xArg))
    return failure();
  double x = *xArg, whole;
  double frac = std::isinf(x) ? std::copysign(0.0, x) : std::modf(x, &whole);
  if (std::isinf(x))
    whole = x;
  return Value::tuple({Value::real(frac), Value::real(whole)});
}

/// math.frexp(x): (mantissa, exponent).
FailureOr<Value> mathFrexp(Interpreter &in, CallArgs &a) {
  static const Signature sig{"math.frexp", {"x", "/"}, ArgStyle::Clinic};
  FailureOr<double> x = oneReal(in, sig, a);
  if (failed(x))
    return failure();
  int e = 0;
  double m = std::isfinite(*x) ? std::frexp(*x, &e) : *x;
  return Value::tuple({Value::real(m), Value::integer(e)});
}

/// math.ldexp(x, i).
FailureOr<Value> mathLdexp(Interpreter &in, CallArgs &a) {
  static const Signature sig =
      Signature{"ldexp", {"x", "i", "/"}, ArgStyle::Clinic}.qualified(
          "math.ldexp");
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  FailureOr<double> xArg = realArg(in, b["x"], a.loc);
  if (failed(xArg))
    return failure();
  double x = *xArg;
  if (!b["i"].isIntLike())
    return in.raise(a.loc, "TypeError",
                    "Expected an int as second argument to ldexp.");
  int64_t i = b["i"].getInt();
  double r = std::ldexp(x, static_cast<int>(std::clamp<int64_t>(
                               i, INT32_MIN, INT32_MAX)));
  if (std::isinf(r) && std::isfinite(x))
    return rangeError(in, a.loc);
  return Value::real(r);
}

/// math.gamma(x) and math.lgamma(x): poles are domain errors.
template <bool Log> FailureOr<Value> mathGamma(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      Log ? "math.lgamma" : "math.gamma", {"x", "/"}, ArgStyle::Clinic};
  FailureOr<double> xArg = oneReal(in, sig, a);
  if (failed(xArg))
    return failure();
  double x = *xArg;
  if (std::isfinite(x) && x <= 0 && x == std::floor(x))
    return domainError(in, a.loc);
  if (std::isinf(x) && x < 0 && !Log)
    return domainError(in, a.loc);
  double r = Log ? std::lgamma(x) : std::tgamma(x);
  if (std::isinf(r) && std::isfinite(x))
    return rangeError(in, a.loc);
  return Value::real(r);
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
    addFunction(*m, u.name,
                [u, sig](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                  FailureOr<double> x = oneReal(in, *sig, a);
                  if (failed(x))
                    return failure();
                  return checkedResult(in, a.loc, *x, u.fn(*x), u.canOverflow);
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

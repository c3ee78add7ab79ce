//===- NumberMethods.cpp - round() and the methods of int and float -------===//
//
// round() with CPython's rules (Objects/floatobject.c double_round: the
// decimal expansion of the exact binary value, halves to even), float.hex /
// fromhex / as_integer_ratio / is_integer, and the numeric attributes of
// ints (real, imag, numerator, denominator, bit_length).
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"
#include "Classes.h"

#include "llvm/ADT/StringExtras.h"

#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace scopec::frontend;

namespace {

/// `d` rounded to `k` decimal places (negative: tens, hundreds, ...).
double roundFloat(double d, int64_t k) {
  if (!std::isfinite(d) || d == 0 || k > 323)
    return d;
  if (k < -308)
    return std::copysign(0.0, d);
  // The exact decimal expansion of |d| (glibc prints it exactly).
  std::string text(1500, '\0');
  int n = snprintf(text.data(), text.size(), "%.1100f", std::fabs(d));
  text.resize(n);
  size_t dot = text.find('.');
  std::string digits = text.substr(0, dot) + text.substr(dot + 1);
  int64_t point = static_cast<int64_t>(dot);
  int64_t keep = point + k;
  if (keep >= static_cast<int64_t>(digits.size()))
    return d;
  if (keep < 0)
    return std::copysign(0.0, d);
  char first = digits[keep];
  bool restNonZero =
      digits.find_first_not_of('0', keep + 1) != std::string::npos;
  bool previousOdd = keep > 0 && ((digits[keep - 1] - '0') & 1);
  bool up = first > '5' || (first == '5' && (restNonZero || previousOdd));
  std::string kept = digits.substr(0, keep);
  if (up) {
    int64_t i = keep - 1;
    for (; i >= 0 && kept[i] == '9'; --i)
      kept[i] = '0';
    if (i >= 0)
      ++kept[i];
    else {
      kept.insert(kept.begin(), '1');
      ++point;
    }
  }
  // Back to a number: the kept digits, then zeros up to the point.
  std::string number = kept;
  if (static_cast<int64_t>(number.size()) < point)
    number.append(point - number.size(), '0');
  if (static_cast<int64_t>(number.size()) > point)
    number.insert(point, ".");
  if (number.empty() || number[0] == '.')
    number.insert(0, "0");
  double r = std::strtod(number.c_str(), nullptr);
  return std::copysign(r, d);
}

FailureOr<Value> roundInt(Interpreter &in, const Value &x, int64_t k,
                          SrcLoc l) {
  if (k >= 0)
    return x.isBool() ? Value::integer(x.getInt()) : x;
  if (k < -4000)
    return Value::integer(0);
  // Halves go to the even multiple of 10**-k.
  FailureOr<Value> p =
      in.binaryOp(BinOpKind::Pow, Value::integer(10), Value::integer(-k), l);
  if (failed(p))
    return failure();
  FailureOr<Value> q = in.binaryOp(BinOpKind::FloorDiv, x, *p, l);
  if (failed(q))
    return failure();
  FailureOr<Value> qp = in.binaryOp(BinOpKind::Mul, *q, *p, l);
  if (failed(qp))
    return failure();
  FailureOr<Value> r = in.binaryOp(BinOpKind::Sub, x, *qp, l);
  if (failed(r))
    return failure();
  FailureOr<Value> twice =
      in.binaryOp(BinOpKind::Mul, *r, Value::integer(2), l);
  if (failed(twice))
    return failure();
  FailureOr<Value> gt = in.compare(CmpOpKind::Gt, *twice, *p, l);
  if (failed(gt))
    return failure();
  FailureOr<Value> eq = in.compare(CmpOpKind::Eq, *twice, *p, l);
  if (failed(eq))
    return failure();
  FailureOr<Value> odd =
      in.binaryOp(BinOpKind::BitAnd, *q, Value::integer(1), l);
  if (failed(odd))
    return failure();
  Value quotient = *q;
  if (gt->getBool() || (eq->getBool() && odd->getInt() == 1)) {
    FailureOr<Value> next =
        in.binaryOp(BinOpKind::Add, quotient, Value::integer(1), l);
    if (failed(next))
      return failure();
    quotient = *next;
  }
  return in.binaryOp(BinOpKind::Mul, quotient, *p, l);
}

FailureOr<int64_t> ndigitsArg(Interpreter &in, const Value &v, SrcLoc l) {
  Value n = Interpreter::asNumber(v);
  if (isBigInt(n)) {
    FailureOr<Value> neg = in.compare(CmpOpKind::Lt, n, Value::integer(0), l);
    if (failed(neg))
      return failure();
    return neg->getBool() ? INT64_MIN / 2 : INT64_MAX / 2;
  }
  if (!n.isIntLike())
    return in.raise(l, "TypeError",
                    "'" + typeName(v) +
                        "' object cannot be interpreted as "
                        "an integer");
  return n.getInt();
}

std::string floatHex(double d) {
  if (std::isnan(d))
    return "nan";
  if (std::isinf(d))
    return d < 0 ? "-inf" : "inf";
  std::string sign = std::signbit(d) ? "-" : "";
  if (d == 0)
    return sign + "0x0.0p+0";
  int e;
  double m = std::frexp(std::fabs(d), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  const char *hex = "0123456789abcdef";
  std::string s = sign + "0x";
  int lead = static_cast<int>(m);
  s += hex[lead];
  m -= lead;
  s += '.';
  for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; ++i) {
    m *= 16.0;
    int digit = static_cast<int>(m);
    s += hex[digit];
    m -= digit;
  }
  return s + "p" + (e < 0 ? "-" : "+") + std::to_string(std::abs(e));
}

FailureOr<Value> floatFromHex(Interpreter &in, const Value &arg, SrcLoc l) {
  if (!arg.isStr())
    return in.raise(l, "TypeError", "bad argument type for built-in operation");
  llvm::StringRef s = llvm::StringRef(arg.getStr()).trim();
  std::string lower = s.lower();
  llvm::StringRef body(lower);
  bool negative = body.consume_front("-");
  if (!negative)
    body.consume_front("+");
  auto invalid = [&]() {
    return in.raise(l, "ValueError",
                    "invalid hexadecimal floating-point string");
  };
  double d;
  if (body == "inf" || body == "infinity") {
    d = INFINITY;
  } else if (body == "nan") {
    d = NAN;
  } else {
    body.consume_front("0x");
    if (body.empty() ||
        body.find_first_not_of("0123456789abcdef.p+-") != llvm::StringRef::npos)
      return invalid();
    std::string text = "0x" + body.str();
    char *end = nullptr;
    d = std::strtod(text.c_str(), &end);
    if (!end || *end != 0 || text == "0x" || text == "0x.")
      return invalid();
    if (std::isinf(d))
      return in.raise(l, "OverflowError",
                      "hexadecimal value too large to represent as a float");
  }
  return Value::real(negative ? -d : d);
}

FailureOr<Value> asIntegerRatio(Interpreter &in, double d, SrcLoc l) {
  if (std::isinf(d))
    return in.raise(l, "OverflowError",
                    "cannot convert Infinity to integer ratio");
  if (std::isnan(d))
    return in.raise(l, "ValueError", "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  Value num = Value::integer(static_cast<int64_t>(m)), den = Value::integer(1);
  if (e > 0) {
    FailureOr<Value> shifted =
        in.binaryOp(BinOpKind::LShift, num, Value::integer(e), l);
    if (failed(shifted))
      return failure();
    num = *shifted;
  }
  if (e < 0) {
    FailureOr<Value> shifted =
        in.binaryOp(BinOpKind::LShift, den, Value::integer(-e), l);
    if (failed(shifted))
      return failure();
    den = *shifted;
  }
  return Value::tuple({num, den});
}

/// A method of a number: its result, or a failure.
using NumberMethod =
    std::function<FailureOr<Value>(Interpreter &, const Value &, CallArgs &)>;

/// A method bound to a number: `fn(self, args)`.
Value boundNumber(const std::string &name, const Value &self, NumberMethod fn) {
  return Interpreter::native(name, [self, fn](Interpreter &in, CallArgs &a) {
    return fn(in, self, a);
  });
}

LogicalResult noArgs(Interpreter &in, CallArgs &a,
                     const std::string &qualified) {
  if (!a.kw.empty())
    return in.raise(a.loc, "TypeError",
                    qualified + "() takes no keyword arguments");
  if (!a.pos.empty())
    return in.raise(a.loc, "TypeError",
                    qualified + "() takes no arguments (" +
                        std::to_string(a.pos.size()) + " given)");
  return success();
}

} // namespace

FailureOr<Value> scopec::frontend::roundNumber(Interpreter &in, const Value &x,
                                               const Value *ndigits, SrcLoc l) {
  if (ClassObj *cls = classOf(x)) {
    if (cls->lookup("__round__")) {
      std::vector<Value> args;
      if (ndigits)
        args.push_back(*ndigits);
      FailureOr<std::optional<Value>> r =
          in.callSpecial(x, "__round__", args, l);
      if (failed(r))
        return failure();
      // Found: the class defines `__round__`.
      return **r;
    }
  }
  Value n = Interpreter::asNumber(x);
  int64_t k = 0;
  if (isAnyInt(n)) {
    if (ndigits) {
      FailureOr<int64_t> digits = ndigitsArg(in, *ndigits, l);
      if (failed(digits))
        return failure();
      k = *digits;
    }
    return roundInt(in, n, k, l);
  }
  if (!n.isFloat())
    return in.raise(l, "TypeError",
                    "type " + typeName(x) + " doesn't define __round__ method");
  double d = n.getFloat();
  if (!ndigits) {
    if (std::isnan(d))
      return in.raise(l, "ValueError", "cannot convert float NaN to integer");
    if (std::isinf(d))
      return in.raise(l, "OverflowError",
                      "cannot convert float infinity to integer");
    return floatToInt(in, std::nearbyint(d), l);
  }
  FailureOr<int64_t> digits = ndigitsArg(in, *ndigits, l);
  if (failed(digits))
    return failure();
  return Value::real(roundFloat(d, *digits));
}

FailureOr<std::optional<Value>>
scopec::frontend::numberAttr(Interpreter &in, const Value &v,
                             const std::string &name) {
  bool isFloat = v.isFloat();
  std::string type = isFloat ? "float" : "int";
  if (name == "real")
    return std::optional<Value>(v.isBool() ? Value::integer(v.getInt()) : v);
  if (name == "imag")
    return std::optional<Value>(isFloat ? Value::real(0) : Value::integer(0));
  if (!isFloat && (name == "numerator" || name == "denominator"))
    return std::optional<Value>(name == "denominator" ? Value::integer(1)
                                : v.isBool() ? Value::integer(v.getInt())
                                             : v);
  if (name == "conjugate")
    return std::optional<Value>(boundNumber(
        name, v,
        [type](Interpreter &in, const Value &self,
               CallArgs &a) -> FailureOr<Value> {
          if (failed(noArgs(in, a, type + ".conjugate")))
            return failure();
          return self.isBool() ? Value::integer(self.getInt()) : self;
        }));
  if (name == "__round__")
    return std::optional<Value>(boundNumber(
        name, v,
        [](Interpreter &in, const Value &self,
           CallArgs &a) -> FailureOr<Value> {
          if (a.pos.size() > 1)
            return in.raise(a.loc, "TypeError",
                            "__round__ expected at most 1 argument, got " +
                                std::to_string(a.pos.size()));
          const Value *nd =
              a.pos.empty() || a.pos[0].isNone() ? nullptr : &a.pos[0];
          return roundNumber(in, self, nd, a.loc);
        }));
  if (name == "as_integer_ratio")
    return std::optional<Value>(boundNumber(
        name, v,
        [type](Interpreter &in, const Value &self,
               CallArgs &a) -> FailureOr<Value> {
          if (failed(noArgs(in, a, type + ".as_integer_ratio")))
            return failure();
          if (!self.isFloat())
            return Value::tuple(
                {self.isBool() ? Value::integer(self.getInt()) : self,
                 Value::integer(1)});
          return asIntegerRatio(in, self.getFloat(), a.loc);
        }));
  if (isFloat && name == "is_integer")
    return std::optional<Value>(boundNumber(
        name, v,
        [](Interpreter &in, const Value &self,
           CallArgs &a) -> FailureOr<Value> {
          if (failed(noArgs(in, a, "float.is_integer")))
            return failure();
          double d = self.getFloat();
          return Value::boolean(std::isfinite(d) && std::floor(d) == d);
        }));
  if (isFloat && name == "hex")
    return std::optional<Value>(
        boundNumber(name, v,
                    [](Interpreter &in, const Value &self,
                       CallArgs &a) -> FailureOr<Value> {
                      if (failed(noArgs(in, a, "float.hex")))
                        return failure();
                      return Value::str(floatHex(self.getFloat()));
                    }));
  if (isFloat && name == "fromhex")
    return numberTypeAttr(in, "float", name);
  if (!isFloat && name == "bit_length")
    return std::optional<Value>(boundNumber(
        name, v,
        [](Interpreter &in, const Value &self,
           CallArgs &a) -> FailureOr<Value> {
          if (failed(noArgs(in, a, "int.bit_length")))
            return failure();
          bool negative;
          std::string digits;
          anyIntDigits(self, 2, negative, digits);
          return Value::integer(
              digits == "0" ? 0 : static_cast<int64_t>(digits.size()));
        }));
  return std::optional<Value>();
}

FailureOr<std::optional<Value>>
scopec::frontend::numberTypeAttr(Interpreter &in, llvm::StringRef type,
                                 const std::string &name) {
  (void)in;
  if (type == "float" && name == "fromhex")
    return std::optional<Value>(Interpreter::native(
        "fromhex", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
          if (!a.kw.empty() || a.pos.size() != 1)
            return in.raise(a.loc, "TypeError",
                            "float.fromhex() takes exactly one argument (" +
                                std::to_string(a.pos.size()) + " given)");
          return floatFromHex(in, a.pos[0], a.loc);
        }));
  return std::optional<Value>();
}

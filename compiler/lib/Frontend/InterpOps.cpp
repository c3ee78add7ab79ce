//===- InterpOps.cpp - Python operators of the interpreter ----------------===//
//
// Arithmetic, comparisons and membership on Python values with Python's
// semantics (floor division, modulo sign, int/float promotion); results
// beyond int64 become big ints (BigInt.h). Other objects answer through the object protocol.
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"
#include "BuiltinTypes.h"
#include "Interpreter.h"

#include <cmath>

using namespace scopec::frontend;

static const char *opSymbol(BinOpKind op) {
  switch (op) {
  case BinOpKind::Add:
    return "+";
  case BinOpKind::Sub:
    return "-";
  case BinOpKind::Mul:
    return "*";
  case BinOpKind::Div:
    return "/";
  case BinOpKind::FloorDiv:
    return "//";
  case BinOpKind::Mod:
    return "%";
  case BinOpKind::Pow:
    return "** or pow()";
  case BinOpKind::MatMul:
    return "@";
  case BinOpKind::LShift:
    return "<<";
  case BinOpKind::RShift:
    return ">>";
  case BinOpKind::BitAnd:
    return "&";
  case BinOpKind::BitOr:
    return "|";
  case BinOpKind::BitXor:
    return "^";
  }
  return "?";
}

static const char *cmpSymbol(CmpOpKind op) {
  switch (op) {
  case CmpOpKind::Lt:
    return "<";
  case CmpOpKind::Gt:
    return ">";
  case CmpOpKind::Le:
    return "<=";
  case CmpOpKind::Ge:
    return ">=";
  default:
    return "==";
  }
}

static FailureOr<Value> intOp(Interpreter &in, BinOpKind op, int64_t a,
                              int64_t b, SrcLoc l) {
  int64_t r = 0;
  // A result beyond int64 is a big int.
  auto overflow = [&]() {
    return bigIntOp(in, op, Value::integer(a), Value::integer(b), l);
  };
  switch (op) {
  case BinOpKind::Add:
    if (__builtin_add_overflow(a, b, &r))
      return overflow();
    break;
  case BinOpKind::Sub:
    if (__builtin_sub_overflow(a, b, &r))
      return overflow();
    break;
  case BinOpKind::Mul:
    if (__builtin_mul_overflow(a, b, &r))
      return overflow();
    break;
  case BinOpKind::Div:
    if (b == 0)
      return in.raise(l, "ZeroDivisionError", "division by zero");
    return Value::real(static_cast<double>(a) / static_cast<double>(b));
  case BinOpKind::FloorDiv:
  case BinOpKind::Mod: {
    if (b == 0)
      return in.raise(l, "ZeroDivisionError",
                      op == BinOpKind::Mod ? "integer modulo by zero"
                                           : "integer division or modulo by "
                                             "zero");
    if (a == INT64_MIN && b == -1) {
      if (op == BinOpKind::Mod)
        return Value::integer(0);
      return overflow();
    }
    int64_t q = a / b, m = a % b;
    if (m != 0 && ((m < 0) != (b < 0))) {
      q -= 1;
      m += b;
    }
    r = op == BinOpKind::FloorDiv ? q : m;
    break;
  }
  case BinOpKind::Pow: {
    if (b < 0) {
      if (a == 0)
        return in.raise(l, "ZeroDivisionError", "0.0 cannot be raised to a "
                           "negative power");
      return Value::real(std::pow(static_cast<double>(a),
                                  static_cast<double>(b)));
    }
    r = 1;
    int64_t base = a;
    int64_t e = b;
    while (e > 0) {
      if (e & 1)
        if (__builtin_mul_overflow(r, base, &r))
          return overflow();
      e >>= 1;
      if (e > 0 && __builtin_mul_overflow(base, base, &base))
        return overflow();
    }
    break;
  }
  case BinOpKind::LShift:
    if (b < 0)
      return in.raise(l, "ValueError", "negative shift count");
    if (b >= 63 || (a != 0 && (a > (INT64_MAX >> b) || a < (INT64_MIN >> b)))) {
      if (a == 0)
        return Value::integer(0);
      return overflow();
    }
    r = static_cast<int64_t>(static_cast<uint64_t>(a) << b);
    break;
  case BinOpKind::RShift:
    if (b < 0)
      return in.raise(l, "ValueError", "negative shift count");
    r = b >= 64 ? (a < 0 ? -1 : 0) : (a >> b);
    break;
  case BinOpKind::BitAnd:
    r = a & b;
    break;
  case BinOpKind::BitOr:
    r = a | b;
    break;
  case BinOpKind::BitXor:
    r = a ^ b;
    break;
  case BinOpKind::MatMul:
    return in.raise(l, "TypeError", "unsupported operand type(s) for @: 'int' and 'int'");
  }
  return Value::integer(r);
}

static FailureOr<Value> floatOp(Interpreter &in, BinOpKind op, double a,
                                double b, SrcLoc l, const std::string &ta,
                                const std::string &tb) {
  switch (op) {
  case BinOpKind::Add:
    return Value::real(a + b);
  case BinOpKind::Sub:
    return Value::real(a - b);
  case BinOpKind::Mul:
    return Value::real(a * b);
  case BinOpKind::Div:
    if (b == 0)
      return in.raise(l, "ZeroDivisionError", "float division by zero");
    return Value::real(a / b);
  case BinOpKind::FloorDiv:
  case BinOpKind::Mod: {
    if (b == 0)
      return in.raise(l, "ZeroDivisionError", op == BinOpKind::Mod
                             ? "float modulo"
                             : "float floor division by "
                               "zero");
    double m = std::fmod(a, b);
    if (m != 0 && ((m < 0) != (b < 0)))
      m += b;
    if (op == BinOpKind::Mod)
      return Value::real(m);
    double div = (a - m) / b;
    double floordiv = std::floor(div);
    if (div - floordiv > 0.5)
      floordiv += 1.0;
    return Value::real(floordiv);
  }
  case BinOpKind::Pow:
    if (a == 0 && b < 0)
      return in.raise(l, "ZeroDivisionError", "0.0 cannot be raised to a "
                         "negative power");
    if (a < 0 && std::floor(b) != b)
      return in.error(l, "complex results are not supported");
    return Value::real(std::pow(a, b));
  default:
    return in.raise(l, "TypeError", std::string("unsupported operand type(s) for ") +
                           opSymbol(op) + ": '" + ta + "' and '" + tb + "'");
  }
}

static FailureOr<Value> repeat(Interpreter &in, const Value &seq, int64_t n,
                               SrcLoc l) {
  if (n < 0)
    n = 0;
  if (seq.isStr()) {
    const std::string &s = seq.getStr();
    if (!s.empty() && static_cast<uint64_t>(n) * s.size() >
                          static_cast<uint64_t>(Limits::kMaxStringBytes))
      return in.error(l, "string too large");
    if (failed(in.checkMemory(l, static_cast<uint64_t>(n) * s.size())))
      return failure();
    std::string r;
    for (int64_t i = 0; i < n; ++i)
      r += s;
    return Value::str(std::move(r));
  }
  auto &items = seq.items();
  if (!items.empty() && static_cast<uint64_t>(n) * items.size() >
                            static_cast<uint64_t>(Limits::kMaxSequence))
    return in.error(l, "sequence too large");
  if (failed(in.checkMemory(l, static_cast<uint64_t>(n) * items.size() *
                                   sizeof(Value))))
    return failure();
  std::vector<Value> r;
  for (int64_t i = 0; i < n; ++i)
    r.insert(r.end(), items.begin(), items.end());
  return seq.isList() ? Value::list(std::move(r)) : Value::tuple(std::move(r));
}

FailureOr<Value> Interpreter::binaryOp(BinOpKind op, const Value &a,
                                       const Value &b, SrcLoc l) {
  if (a.isObj() || b.isObj()) {
    FailureOr<std::optional<Value>> r = setBinaryOp(op, a, b, l);
    if (failed(r))
      return failure();
    if (r->has_value())
      return **r;
  }
  // Objects first (left operand, then right), as CPython's __add__ and
  // __radd__.
  for (const Value *v : {&a, &b}) {
    if (!v->isObj() || (v == &b && a.isObj() && a.get() == b.get()))
      continue;
    Result r = v->get()->binaryOp(*this, op, a, b, l);
    if (r.failed())
      return failure();
    if (r.implemented())
      return r.value();
  }
  if (a.isIntLike() && b.isIntLike())
    return intOp(*this, op, a.getInt(), b.getInt(), l);
  if (a.isNumber() && b.isNumber())
    return floatOp(*this, op, a.asDouble(), b.asDouble(), l, typeName(a),
                   typeName(b));
  if (op == BinOpKind::Mod && a.isStr())
    return percentFormat(a.getStr(), b, l);
  if (op == BinOpKind::BitOr) {
    FailureOr<std::optional<Value>> merged = dictMerge(*this, a, b, l);
    if (failed(merged))
      return failure();
    if (merged->has_value())
      return **merged;
  }
  if (op == BinOpKind::Add) {
    if (a.isStr() && b.isStr()) {
      if (a.getStr().size() + b.getStr().size() >
          static_cast<size_t>(Limits::kMaxStringBytes))
        return error(l, "string too large");
      if (failed(checkMemory(l, a.getStr().size() + b.getStr().size())))
        return failure();
      return Value::str(a.getStr() + b.getStr());
    }
    if ((a.isList() && b.isList()) || (a.isTuple() && b.isTuple())) {
      std::vector<Value> r = a.items();
      if (r.size() + b.items().size() > Limits::kMaxSequence)
        return error(l, "sequence too large");
      if (failed(checkMemory(l, (r.size() + b.items().size()) * sizeof(Value))))
        return failure();
      r.insert(r.end(), b.items().begin(), b.items().end());
      return a.isList() ? Value::list(std::move(r))
                        : Value::tuple(std::move(r));
    }
    if (a.isStr() || a.isSeq())
      return raise(l, "TypeError", "can only concatenate " + typeName(a) + " (not \"" +
                          typeName(b) + "\") to " + typeName(a));
  }
  if (op == BinOpKind::Mul) {
    if ((a.isStr() || a.isSeq()) && b.isIntLike())
      return repeat(*this, a, b.getInt(), l);
    if ((b.isStr() || b.isSeq()) && a.isIntLike())
      return repeat(*this, b, a.getInt(), l);
    if (a.isStr() || a.isSeq() || b.isStr() || b.isSeq())
      return raise(l, "TypeError", "can't multiply sequence by non-int of type '" +
                          typeName(a.isStr() || a.isSeq() ? b : a) + "'");
  }
  return raise(l, "TypeError", std::string("unsupported operand type(s) for ") +
                      opSymbol(op) + ": '" + typeName(a) + "' and '" +
                      typeName(b) + "'");
}

/// Three-way comparison for ordering (-1, 0, 1; 2 when unordered; 3 or 4
/// when sequences were decided by their first unequal elements' own
/// comparison: false or true); a failure with an error if unordered.
static FailureOr<int> order(Interpreter &in, const Value &a, const Value &b,
                            CmpOpKind op, SrcLoc l) {
  if (a.isNumber() && b.isNumber()) {
    if (a.isIntLike() && b.isIntLike())
      return a.getInt() < b.getInt() ? -1 : a.getInt() > b.getInt() ? 1 : 0;
    double x = a.asDouble(), y = b.asDouble();
    if (std::isnan(x) || std::isnan(y))
      return 2; // unordered: every comparison is false
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a.isStr() && b.isStr()) {
    int c = a.getStr().compare(b.getStr());
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  if ((a.isList() && b.isList()) || (a.isTuple() && b.isTuple())) {
    auto &x = a.items(), &y = b.items();
    for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
      FailureOr<bool> eq = in.equal(x[i], y[i], l);
      if (failed(eq))
        return failure();
      if (*eq)
        continue;
      // The first unequal elements decide, with the operator itself (their
      // own __lt__, ...).
      FailureOr<Value> r = in.compare(op, x[i], y[i], l);
      if (failed(r))
        return failure();
      FailureOr<bool> t = in.isTrue(*r, l);
      if (failed(t))
        return failure();
      return 3 + *t;
    }
    return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
  }
  return in.raise(l, "TypeError", std::string("'") + cmpSymbol(op) +
                         "' not supported between instances of '" +
                         typeName(a) + "' and '" + typeName(b) + "'");
}

FailureOr<Value> Interpreter::compare(CmpOpKind op, const Value &a,
                                      const Value &b, SrcLoc l) {
  switch (op) {
  case CmpOpKind::Is:
    return Value::boolean(identical(a, b));
  case CmpOpKind::IsNot:
    return Value::boolean(!identical(a, b));
  case CmpOpKind::In:
  case CmpOpKind::NotIn: {
    bool found = false;
    if (b.isStr()) {
      if (!a.isStr())
        return raise(l, "TypeError", "'in <string>' requires string as left operand, not " +
                            typeName(a));
      found = b.getStr().find(a.getStr()) != std::string::npos;
    } else if (b.isDict()) {
      FailureOr<std::string> key = dictKey(a, l);
      if (failed(key))
        return failure();
      found = b.as<DictObj>()->find(*key) >= 0;
    } else if (b.is(ObjKind::Set) || b.is(ObjKind::FrozenSet)) {
      FailureOr<std::string> key = elementKey(a, l);
      if (failed(key))
        return failure();
      found = b.as<SetObj>()->hasKey(*key);
    } else if (Result own = b.isObj() && !b.is(ObjKind::Instance)
                                ? b.get()->contains(*this, a, l)
                                : Result::notImplemented();
               own.implemented()) {
      // Native containers that test membership themselves (bytes).
      if (own.failed())
        return failure();
      FailureOr<bool> t = isTrue(own.value(), l);
      if (failed(t))
        return failure();
      found = *t;
    } else {
      FailureOr<std::optional<Value>> r =
          callSpecial(b, "__contains__", {a}, l);
      if (failed(r))
        return failure();
      bool special = r->has_value();
      if (special) {
        FailureOr<bool> t = isTrue(**r, l);
        if (failed(t))
          return failure();
        found = *t;
      }
      // Otherwise search the iteration, stopping (with a failure but no
      // error) at the first match (an iterator is consumed up to there).
      bool searchFailed = false;
      auto search = [&](const Value &x) -> LogicalResult {
        FailureOr<bool> eq = equal(x, a, l);
        if (failed(eq)) {
          searchFailed = true;
          return failure();
        }
        found = *eq;
        return success(!found);
      };
      if (!special && failed(forEach(b, l, search)) &&
          (searchFailed || !found))
        return failure();
    }
    return Value::boolean(op == CmpOpKind::In ? found : !found);
  }
  default:
    break;
  }
  if (a.isObj() || b.isObj()) {
    FailureOr<std::optional<Value>> r = setCompare(op, a, b, l);
    if (failed(r))
      return failure();
    if (r->has_value())
      return **r;
  }
  for (const Value *v : {&a, &b}) {
    if (!v->isObj() || (v == &b && a.isObj() && a.get() == b.get()))
      continue;
    Result r = v->get()->compare(*this, op, a, b, l);
    if (r.failed())
      return failure();
    if (r.implemented())
      return r.value();
  }
  if (op == CmpOpKind::Eq || op == CmpOpKind::Ne) {
    FailureOr<bool> eq = contentsEqual(a, b, l);
    if (failed(eq))
      return failure();
    return Value::boolean(op == CmpOpKind::Eq ? *eq : !*eq);
  }
  FailureOr<int> ordered = order(*this, a, b, op, l);
  if (failed(ordered))
    return failure();
  int c = *ordered;
  bool r = false;
  if (c >= 3) // decided by the first unequal elements' own comparison
    return Value::boolean(c == 4);
  if (c != 2) {
    switch (op) {
    case CmpOpKind::Lt:
      r = c < 0;
      break;
    case CmpOpKind::Gt:
      r = c > 0;
      break;
    case CmpOpKind::Le:
      r = c <= 0;
      break;
    case CmpOpKind::Ge:
      r = c >= 0;
      break;
    default:
      break;
    }
  }
  return Value::boolean(r);
}

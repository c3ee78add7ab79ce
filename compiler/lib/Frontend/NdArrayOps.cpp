//===- NdArrayOps.cpp - NumPy arrays in the object protocol ---------------===//
//
// Operators with broadcasting and NumPy's result types, comparisons, and
// the protocol slots of NdArrayObj (Value.h).
//
//===----------------------------------------------------------------------===//

#include "NdArray.h"
#include "NumPy.h"

#include <cmath>

using namespace scopec::frontend;

namespace {

bool isOperand(const Value &v) {
  return isa<NdArrayObj>(v) || v.isNumber();
}

const char *ufuncName(BinOpKind op) {
  switch (op) {
  case BinOpKind::BitAnd:
    return "bitwise_and";
  case BinOpKind::BitOr:
    return "bitwise_or";
  case BinOpKind::BitXor:
    return "bitwise_xor";
  case BinOpKind::LShift:
    return "left_shift";
  default:
    return "right_shift";
  }
}

/// Python's float floor division and modulo (NumPy follows them).
double floorDiv(double p, double q) {
  if (q == 0)
    return p / q;
  double m = std::fmod(p, q);
  double div = (p - m) / q;
  if (m != 0 && ((q < 0) != (m < 0)))
    div -= 1.0;
  double f = std::floor(div);
  if (div - f > 0.5)
    f += 1.0;
  return f;
}

double floatMod(double p, double q) {
  if (q == 0)
    return NAN;
  double m = std::fmod(p, q);
  if (m != 0 && ((m < 0) != (q < 0)))
    m += q;
  return m;
}

} // namespace

namespace {
/// The operands of an elementwise operation broadcast together (NumPy's
/// rule, the size checked): their shape and values in C order.
struct Operands {
  Shape shape;
  std::vector<double> a, b;
};

FailureOr<Operands> broadcastOperands(Interpreter &in, SrcLoc l,
                                      const NdArrayObj &x,
                                      const NdArrayObj &y) {
  FailureOr<Shape> shape = broadcastShapes(in, l, {x.shape, y.shape});
  if (failed(shape) || failed(checkArraySize(in, l, *shape)))
    return failure();
  return Operands{*shape, broadcastValues(x, *shape),
                  broadcastValues(y, *shape)};
}
} // namespace

FailureOr<Value> scopec::frontend::arrayBinary(Interpreter &in, BinOpKind op,
                                               const Value &lhs,
                                               const Value &rhs, SrcLoc l) {
  if (op == BinOpKind::MatMul)
    return npMatmul(in, lhs, rhs, l);
  FailureOr<ArrayRef> x = toArray(in, lhs, l);
  if (failed(x))
    return failure();
  FailureOr<ArrayRef> y = toArray(in, rhs, l);
  if (failed(y))
    return failure();
  DType rt = resultType({lhs, rhs});
  bool isInt = !isFloatDType(rt) && rt != DType::Bool;
  if (op == BinOpKind::Div && !isFloatDType(rt))
    rt = DType::F64;
  if (rt == DType::Bool &&
      (op == BinOpKind::Sub || op == BinOpKind::Pow ||
       op == BinOpKind::FloorDiv || op == BinOpKind::Mod)) {
    if (op == BinOpKind::Sub)
      return in.raise(l, "TypeError",
                      "numpy boolean subtract, the `-` operator, is not "
                      "supported, use the bitwise_xor, the `^` operator, or "
                      "the logical_xor function instead.");
    rt = DType::I8;
    isInt = true;
  }
  bool bitwise = op == BinOpKind::BitAnd || op == BinOpKind::BitOr ||
                 op == BinOpKind::BitXor || op == BinOpKind::LShift ||
                 op == BinOpKind::RShift;
  if (bitwise && isFloatDType(rt))
    return in.raise(l, "TypeError",
                    std::string("ufunc '") + ufuncName(op) +
                        "' not supported for the input types, and the "
                        "inputs could not be safely coerced to any "
                        "supported types according to the casting rule "
                        "''safe''");
  FailureOr<Operands> operands = broadcastOperands(in, l, **x, **y);
  if (failed(operands))
    return failure();
  const Shape &shape = operands->shape;
  const std::vector<double> &a = operands->a, &b = operands->b;
  int64_t n = a.size();
  std::vector<double> r(n);
  bool negPow = false;
  for (int64_t k = 0; k < n; ++k) {
    double p = a[k], q = b[k], v = 0;
    switch (op) {
    case BinOpKind::Add:
      v = rt == DType::Bool ? (p != 0 || q != 0) : p + q;
      break;
    case BinOpKind::Sub:
      v = p - q;
      break;
    case BinOpKind::Mul:
      v = rt == DType::Bool ? (p != 0 && q != 0) : p * q;
      break;
    case BinOpKind::Div:
      v = p / q;
      break;
    case BinOpKind::FloorDiv:
      v = isInt ? (q == 0 ? 0 : std::floor(p / q)) : floorDiv(p, q);
      break;
    case BinOpKind::Mod:
      v = isInt ? (q == 0 ? 0 : floatMod(p, q)) : floatMod(p, q);
      break;
    case BinOpKind::Pow:
      negPow |= isInt && q < 0;
      v = std::pow(p, q);
      break;
    case BinOpKind::BitAnd:
      v = static_cast<double>(static_cast<int64_t>(p) &
                              static_cast<int64_t>(q));
      break;
    case BinOpKind::BitOr:
      v = static_cast<double>(static_cast<int64_t>(p) |
                              static_cast<int64_t>(q));
      break;
    case BinOpKind::BitXor:
      v = static_cast<double>(static_cast<int64_t>(p) ^
                              static_cast<int64_t>(q));
      break;
    case BinOpKind::LShift:
      v = q >= 63 || q < 0 ? 0
                           : std::ldexp(static_cast<double>(static_cast<int64_t>(p)),
                                        static_cast<int>(q));
      break;
    case BinOpKind::RShift:
      v = q >= 63 || q < 0 ? (p < 0 ? -1 : 0)
                           : static_cast<double>(static_cast<int64_t>(p) >>
                                                 static_cast<int>(q));
      break;
    case BinOpKind::MatMul:
      break;
    }
    r[k] = npCast(rt, v);
  }
  if (negPow)
    return in.raise(l, "ValueError",
                    "Integers to negative integer powers are not allowed.");
  return arrayResult(makeArray(rt, shape, std::move(r)));
}

FailureOr<Value> scopec::frontend::arrayCompare(Interpreter &in, CmpOpKind op,
                                                const Value &lhs,
                                                const Value &rhs, SrcLoc l) {
  FailureOr<ArrayRef> x = toArray(in, lhs, l);
  if (failed(x))
    return failure();
  FailureOr<ArrayRef> y = toArray(in, rhs, l);
  if (failed(y))
    return failure();
  // Compare in the common dtype (a float32 array == 0.4 compares in
  // float32, as NumPy does with a Python scalar).
  DType ct = resultType({lhs, rhs});
  FailureOr<Operands> operands = broadcastOperands(in, l, **x, **y);
  if (failed(operands))
    return failure();
  const Shape &shape = operands->shape;
  const std::vector<double> &a = operands->a, &b = operands->b;
  int64_t n = a.size();
  std::vector<double> r(n);
  for (int64_t k = 0; k < n; ++k) {
    double p = npCast(ct, a[k]), q = npCast(ct, b[k]);
    switch (op) {
    case CmpOpKind::Lt:
      r[k] = p < q;
      break;
    case CmpOpKind::Gt:
      r[k] = p > q;
      break;
    case CmpOpKind::Le:
      r[k] = p <= q;
      break;
    case CmpOpKind::Ge:
      r[k] = p >= q;
      break;
    case CmpOpKind::Eq:
      r[k] = p == q;
      break;
    default:
      r[k] = p != q;
      break;
    }
  }
  return arrayResult(makeArray(DType::Bool, shape, std::move(r)));
}

//===----------------------------------------------------------------------===//
// Protocol slots
//===----------------------------------------------------------------------===//

std::string NdArrayObj::repr() const {
  if (scalar)
    return formatScalar(dtype, first());
  return formatArray(*this, true);
}

std::string NdArrayObj::str() const {
  if (scalar)
    return formatScalar(dtype, first());
  return formatArray(*this, false);
}

int NdArrayObj::truth() const {
  int64_t n = size();
  if (n == 1)
    return first() != 0;
  if (n == 0)
    return 0;
  return -1;
}

int NdArrayObj::equals(const Value &other) const {
  // Only scalars compare by value here (dict keys, `in` on lists); array
  // `==` is elementwise through compare().
  if (!shape.empty() || !other.isNumber())
    return -1;
  return first() == other.asDouble();
}

bool NdArrayObj::hash(std::string &key, std::string &error) const {
  if (!scalar) {
    error = "unhashable type: 'numpy.ndarray'";
    return false;
  }
  return hashKey(arrayScalar(dtype, first()), key, error);
}

std::optional<Value> NdArrayObj::toNumber() const {
  if (!shape.empty())
    return std::nullopt;
  return arrayScalar(dtype, first());
}

Result NdArrayObj::getAttr(Interpreter &in, const std::string &name,
                           SrcLoc l) {
  FailureOr<std::optional<Value>> attr = arrayAttr(
      in, std::static_pointer_cast<NdArrayObj>(shared_from_this()), name, l);
  if (failed(attr))
    return Result::failure();
  return *attr ? Result(**attr) : Result::notImplemented();
}

Result NdArrayObj::binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                            const Value &rhs, SrcLoc l) {
  // A tensor operand makes the operation a tensor op; other objects get
  // their turn.
  if (!isOperand(lhs) || !isOperand(rhs))
    return Result::notImplemented();
  return Result(arrayBinary(in, op, lhs, rhs, l));
}

Result NdArrayObj::inPlaceOp(Interpreter &in, BinOpKind op, const Value &rhs,
                             SrcLoc l) {
  // NumPy scalars are immutable: `s += 1` rebinds.
  if (scalar || !isOperand(rhs))
    return Result::notImplemented();
  Value self = Value::object(shared_from_this());
  FailureOr<Value> r = arrayBinary(in, op, self, rhs, l);
  if (failed(r))
    return Result::failure();
  FailureOr<ArrayRef> converted = toArray(in, *r, l);
  if (failed(converted))
    return Result::failure();
  ArrayRef res = *converted;
  // NumPy's 'same_kind' casting of the output back into this array.
  auto kindOf = [](DType d) {
    return d == DType::Bool ? 0 : isFloatDType(d) ? 2 : 1;
  };
  if (kindOf(res->dtype) > kindOf(dtype)) {
    static const char *names[] = {"add",      "subtract",     "multiply",
                                  "true_divide", "floor_divide", "remainder",
                                  "power",    "matmul",       "left_shift",
                                  "right_shift", "bitwise_and", "bitwise_or",
                                  "bitwise_xor"};
    auto dname = [](DType d) {
      return std::string(d == DType::Bool ? "bool" : dtypeName(d));
    };
    (void)in.raise(l, "TypeError",
                   std::string("Cannot cast ufunc '") +
                       names[static_cast<int>(op)] + "' output from dtype('" +
                       dname(res->dtype) + "') to dtype('" + dname(dtype) +
                       "') with casting rule 'same_kind'");
    return Result::failure();
  }
  if (res->shape != shape) {
    auto text = [](const Shape &s) {
      std::string t = "(";
      for (size_t i = 0; i < s.size(); ++i)
        t += (i ? "," : "") + std::to_string(s[i]);
      return t + (s.size() == 1 ? ",)" : ")");
    };
    (void)in.raise(l, "ValueError",
                   "non-broadcastable output operand with shape " +
                       text(shape) + " doesn't match the broadcast shape " +
                       text(res->shape));
    return Result::failure();
  }
  std::vector<double> v = res->values();
  std::vector<int64_t> offs = offsets();
  for (size_t k = 0; k < offs.size(); ++k)
    (*buffer)[offs[k]] = npCast(dtype, v[k]);
  return self;
}

Result NdArrayObj::unaryOp(Interpreter &in, UnaryOpKind op, SrcLoc l) {
  if (op == UnaryOpKind::Neg && dtype == DType::Bool) {
    (void)in.raise(l, "TypeError",
                   "The numpy boolean negative, the `-` operator, is not "
                   "supported, use the `~` operator or the logical_not "
                   "function instead.");
    return Result::failure();
  }
  if (op == UnaryOpKind::Invert && isFloatDType(dtype)) {
    (void)in.raise(l, "TypeError",
                   "ufunc 'invert' not supported for the input types, and the "
                   "inputs could not be safely coerced to any supported types "
                   "according to the casting rule ''safe''");
    return Result::failure();
  }
  std::vector<double> d = values();
  for (double &v : d) {
    if (op == UnaryOpKind::Neg)
      v = npCast(dtype, -v);
    else if (op == UnaryOpKind::Invert)
      v = dtype == DType::Bool ? (v == 0) : npCast(dtype, -v - 1);
  }
  return arrayResult(makeArray(dtype, shape, std::move(d)));
}

Result NdArrayObj::compare(Interpreter &in, CmpOpKind op, const Value &lhs,
                           const Value &rhs, SrcLoc l) {
  if (!isOperand(lhs) || !isOperand(rhs)) {
    // `a == None`, `a == "x"`: NumPy compares elementwise and finds
    // nothing equal.
    if (op != CmpOpKind::Eq && op != CmpOpKind::Ne)
      return Result::notImplemented();
    if (!lhs.isNone() && !rhs.isNone() && !lhs.isStr() && !rhs.isStr())
      return Result::notImplemented();
    auto r = makeArray(DType::Bool, shape,
                       std::vector<double>(size(), op == CmpOpKind::Ne));
    return arrayResult(r);
  }
  return Result(arrayCompare(in, op, lhs, rhs, l));
}

Result NdArrayObj::getItem(Interpreter &in, const Value &key, SrcLoc l) {
  return Result(arrayGetItem(
      in, std::static_pointer_cast<NdArrayObj>(shared_from_this()), key, l));
}

Result NdArrayObj::setItem(Interpreter &in, const Value &key, const Value &v,
                           SrcLoc l) {
  if (scalar) {
    (void)in.raise(l, "TypeError",
                   "'" + typeName() +
                       "' object does not support item assignment");
    return Result::failure();
  }
  if (failed(arraySetItem(
          in, std::static_pointer_cast<NdArrayObj>(shared_from_this()), key, v,
          l)))
    return Result::failure();
  return Value::none();
}

Result NdArrayObj::contains(Interpreter &in, const Value &item, SrcLoc l) {
  FailureOr<Value> eq = arrayCompare(
      in, CmpOpKind::Eq, Value::object(shared_from_this()), item, l);
  if (failed(eq))
    return Result::failure();
  FailureOr<ArrayRef> r = toArray(in, *eq, l);
  if (failed(r))
    return Result::failure();
  for (double v : (*r)->values())
    if (v != 0)
      return Value::boolean(true);
  return Value::boolean(false);
}

Result NdArrayObj::len(Interpreter &in, SrcLoc l) {
  if (shape.empty()) {
    (void)in.raise(l, "TypeError",
                   scalar ? "object of type '" + typeName() + "' has no len()"
                          : std::string("len() of unsized object"));
    return Result::failure();
  }
  return Value::integer(shape[0]);
}

Result
NdArrayObj::iterate(Interpreter &in, SrcLoc l,
                    llvm::function_ref<LogicalResult(const Value &)> fn) {
  if (shape.empty()) {
    (void)in.raise(l, "TypeError",
                   scalar ? "'" + typeName() + "' object is not iterable"
                          : std::string("iteration over a 0-d array"));
    return Result::failure();
  }
  auto self = std::static_pointer_cast<NdArrayObj>(shared_from_this());
  for (int64_t i = 0; i < shape[0]; ++i) {
    FailureOr<Value> row = arrayGetItem(in, self, Value::integer(i), l);
    if (failed(row) || failed(fn(*row)))
      return Result::failure();
  }
  return Value::none();
}

//===- NdArray.cpp - NumPy arrays: layout, dtypes, conversion -------------===//
//
// Construction, views, NumPy's casting and promotion rules (1.x,
// value-based for scalars), conversion of Python values and broadcasting.
// See docs/user-guide.md ("NumPy at compile time").
//
//===----------------------------------------------------------------------===//

#include "NdArray.h"
#include "NumPy.h"

#include <cmath>

using namespace scopec::frontend;

const char NdArrayObj::ID = 0;

NdArrayObj::NdArrayObj(DType dtype, Shape shape, std::vector<double> data)
    : HostObject(&ID), dtype(dtype), shape(std::move(shape)),
      buffer(std::make_shared<std::vector<double>>(std::move(data))) {
  strides = contiguousStrides(this->shape);
}

NdArrayObj::NdArrayObj(const NdArrayObj &base, Shape shape,
                       std::vector<int64_t> strides, int64_t offset)
    : HostObject(&ID), dtype(base.dtype), shape(std::move(shape)),
      buffer(base.buffer), strides(std::move(strides)), offset(offset) {}

std::vector<int64_t>
scopec::frontend::contiguousStrides(const Shape &shape) {
  std::vector<int64_t> st(shape.size(), 1);
  for (int i = static_cast<int>(shape.size()) - 2; i >= 0; --i)
    st[i] = st[i + 1] * std::max<int64_t>(shape[i + 1], 1);
  return st;
}

std::string scopec::frontend::shapeText(const Shape &s) {
  return pythonShape(s);
}

int64_t NdArrayObj::size() const {
  int64_t n = 1;
  for (int64_t d : shape)
    n *= d;
  return n;
}

bool NdArrayObj::isContiguous() const {
  return strides == contiguousStrides(shape) || size() <= 1;
}

std::vector<int64_t> NdArrayObj::offsets() const {
  int64_t n = size();
  std::vector<int64_t> out;
  out.reserve(n);
  if (n == 0)
    return out;
  size_t rank = shape.size();
  std::vector<int64_t> idx(rank, 0);
  int64_t off = offset;
  for (int64_t k = 0; k < n; ++k) {
    out.push_back(off);
    for (int i = static_cast<int>(rank) - 1; i >= 0; --i) {
      if (++idx[i] < shape[i]) {
        off += strides[i];
        break;
      }
      off -= strides[i] * (shape[i] - 1);
      idx[i] = 0;
    }
  }
  return out;
}

std::vector<double> NdArrayObj::values() const {
  if (isContiguous()) {
    auto begin = buffer->begin() + offset;
    return std::vector<double>(begin, begin + size());
  }
  std::vector<double> out;
  out.reserve(size());
  for (int64_t off : offsets())
    out.push_back((*buffer)[off]);
  return out;
}

std::string NdArrayObj::scalarTypeName() const {
  return dtype == DType::Bool ? "bool_" : dtypeName(dtype);
}

//===----------------------------------------------------------------------===//
// Casting and promotion
//===----------------------------------------------------------------------===//

/// Rounds to the nearest IEEE half (ties to even), as a double.
static double roundHalf(double v) {
  if (!std::isfinite(v) || v == 0)
    return v;
  double a = std::fabs(v);
  if (a >= 65520.0)
    return v < 0 ? -INFINITY : INFINITY;
  int e;
  std::frexp(a, &e); // a = m * 2^e, m in [0.5, 1)
  // 11 significant bits for normals; subnormals have a fixed 2^-24 step.
  int exp = std::max(e - 11, -24);
  double q = std::ldexp(std::nearbyint(std::ldexp(a, -exp)), exp);
  return v < 0 ? -q : q;
}

double scopec::frontend::npCast(DType dtype, double v) {
  auto wrap = [&](int bits, bool isSigned) -> double {
    if (std::isnan(v) || std::isinf(v))
      return isSigned && bits == 64 ? static_cast<double>(INT64_MIN) : 0;
    double t = std::trunc(v);
    if (bits == 64)
      return std::max(-9.223372036854775808e18,
                      std::min(9.223372036854775807e18, t));
    double m = std::ldexp(1.0, bits);
    double r = std::fmod(t, m);
    if (r < 0)
      r += m;
    if (isSigned && r >= m / 2)
      r -= m;
    return r;
  };
  switch (dtype) {
  case DType::F32:
    return static_cast<double>(static_cast<float>(v));
  case DType::F16:
    return roundHalf(v);
  case DType::I64:
    return wrap(64, true);
  case DType::I32:
    return wrap(32, true);
  case DType::I16:
    return wrap(16, true);
  case DType::I8:
    return wrap(8, true);
  case DType::U8:
    return wrap(8, false);
  case DType::Bool:
    return v != 0 ? 1 : 0;
  default:
    return v;
  }
}

namespace {

/// A numeric type in NumPy's lattice: kind 'b', 'u', 'i' or 'f' and bits.
struct NumType {
  char kind;
  int bits;
};

NumType numType(DType d) {
  switch (d) {
  case DType::Bool:
    return {'b', 8};
  case DType::U8:
    return {'u', 8};
  case DType::I8:
    return {'i', 8};
  case DType::I16:
    return {'i', 16};
  case DType::I32:
    return {'i', 32};
  case DType::I64:
    return {'i', 64};
  case DType::F16:
    return {'f', 16};
  case DType::F32:
    return {'f', 32};
  default:
    return {'f', 64};
  }
}

/// Unsigned types wider than uint8 are not dtypes of scopec: they become
/// the smallest signed type that holds them.
DType fromNumType(NumType t) {
  switch (t.kind) {
  case 'b':
    return DType::Bool;
  case 'u':
    return t.bits == 8 ? DType::U8 : t.bits == 16 ? DType::I32
                                   : t.bits == 32 ? DType::I64
                                                  : DType::F64;
  case 'i':
    return t.bits == 8    ? DType::I8
           : t.bits == 16 ? DType::I16
           : t.bits == 32 ? DType::I32
                          : DType::I64;
  default:
    return t.bits == 16 ? DType::F16 : t.bits == 32 ? DType::F32 : DType::F64;
  }
}

NumType promote(NumType a, NumType b) {
  if (a.kind == 'b')
    return b;
  if (b.kind == 'b')
    return a;
  if (a.kind == b.kind)
    return {a.kind, std::max(a.bits, b.bits)};
  if (a.kind == 'f' || b.kind == 'f') {
    NumType f = a.kind == 'f' ? a : b, n = a.kind == 'f' ? b : a;
    int need = n.bits == 8 ? 16 : n.bits == 16 ? 32 : 64;
    return {'f', std::max(f.bits, need)};
  }
  NumType u = a.kind == 'u' ? a : b, s = a.kind == 'u' ? b : a;
  if (s.bits > u.bits)
    return s;
  if (u.bits == 64)
    return {'f', 64};
  return {'i', u.bits * 2};
}

int category(NumType t) {
  return t.kind == 'b' ? 0 : t.kind == 'f' ? 2 : 1;
}

/// NumPy's min_scalar_type of a value of type `t`; positive integers are
/// signed when they meet a signed array (NumPy's "small unsigned" rule).
NumType minScalarType(NumType t, double v, bool preferSigned) {
  if (t.kind == 'b')
    return t;
  if (t.kind == 'f') {
    double a = std::fabs(v);
    if (!std::isfinite(v) || a <= 65504.0)
      return {'f', 16};
    return {'f', a <= 3.4028234663852886e38 ? 32 : 64};
  }
  bool signedOut = v < 0 || preferSigned;
  for (int bits : {8, 16, 32}) {
    double lim = std::ldexp(1.0, signedOut ? bits - 1 : bits);
    if (v < lim && v >= (signedOut ? -lim : 0))
      return {signedOut ? 'i' : 'u', bits};
  }
  return {signedOut || v < 0 ? 'i' : 'u', 64};
}

bool isScalarOperand(const Value &v) {
  if (auto *a = dynCast<NdArrayObj>(v))
    return a->shape.empty();
  return true;
}

double scalarValue(const Value &v) {
  if (auto *a = dynCast<NdArrayObj>(v))
    return a->first();
  return v.asDouble();
}

} // namespace

DType scopec::frontend::promoteTypes(DType a, DType b) {
  return fromNumType(promote(numType(a), numType(b)));
}

DType scopec::frontend::operandDType(const Value &v) {
  if (auto *a = dynCast<NdArrayObj>(v))
    return a->dtype;
  if (v.isBool())
    return DType::Bool;
  if (v.isFloat())
    return DType::F64;
  return DType::I64;
}

DType scopec::frontend::resultType(const std::vector<Value> &operands) {
  int arrayCat = -1, scalarCat = -1;
  bool signedArray = false;
  for (const Value &v : operands) {
    NumType t = numType(operandDType(v));
    if (isScalarOperand(v)) {
      scalarCat = std::max(scalarCat, category(t));
    } else {
      arrayCat = std::max(arrayCat, category(t));
      signedArray |= t.kind == 'i';
    }
  }
  bool valueBased = arrayCat >= 0 && scalarCat >= 0 && scalarCat <= arrayCat;
  std::optional<NumType> r;
  for (const Value &v : operands) {
    NumType t = numType(operandDType(v));
    if (valueBased && isScalarOperand(v))
      t = minScalarType(t, scalarValue(v), signedArray);
    r = r ? promote(*r, t) : t;
  }
  return r ? fromNumType(*r) : DType::F64;
}

//===----------------------------------------------------------------------===//
// Construction
//===----------------------------------------------------------------------===//

FailureOr<int64_t> scopec::frontend::checkArraySize(Interpreter &in, SrcLoc l,
                                                    const Shape &shape) {
  for (int64_t d : shape)
    if (d < 0)
      return in.raise(l, "ValueError", "negative dimensions are not allowed");
  if (shape.size() > 32)
    return in.raise(l, "ValueError",
                    "maximum supported dimension for an ndarray is 32, found " +
                        std::to_string(shape.size()));
  int64_t count;
  if (!checkedCount(shape, kMaxCompileTimeElements, count))
    return in.error(l, "array of shape " + shapeText(shape) +
                           " is too large: scopec evaluates NumPy arrays of "
                           "at most " +
                           std::to_string(kMaxCompileTimeElements) +
                           " elements at compile time");
  return count;
}

FailureOr<ArrayRef> scopec::frontend::newArray(Interpreter &in, SrcLoc l,
                                               DType dtype,
                                               const Shape &shape) {
  FailureOr<int64_t> n = checkArraySize(in, l, shape);
  if (failed(n))
    return failure();
  return std::make_shared<NdArrayObj>(dtype, shape, std::vector<double>(*n, 0));
}

ArrayRef scopec::frontend::makeArray(DType dtype, Shape shape,
                                     std::vector<double> data) {
  return std::make_shared<NdArrayObj>(dtype, std::move(shape),
                                      std::move(data));
}

Value scopec::frontend::npScalar(DType dtype, double v) {
  auto a = makeArray(dtype, {}, {npCast(dtype, v)});
  a->scalar = true;
  return Value::object(a);
}

Value scopec::frontend::arrayResult(ArrayRef a) {
  if (a->shape.empty())
    return npScalar(a->dtype, a->first());
  return Value::object(std::move(a));
}

Value scopec::frontend::arrayScalar(DType dtype, double v) {
  if (dtype == DType::Bool)
    return Value::boolean(v != 0);
  if (isFloatDType(dtype))
    return Value::real(v);
  return Value::integer(static_cast<int64_t>(v));
}

FailureOr<DType> scopec::frontend::toNpDType(Interpreter &in, const Value &v,
                                             SrcLoc l) {
  if (auto *d = dynCast<DTypeObj>(v)) {
    if (d->dt == DType::Str)
      return in.error(l, "string arrays are not supported by scopec");
    return d->dt;
  }
  if (v.isStr()) {
    static const std::pair<const char *, DType> names[] = {
        {"float32", DType::F32}, {"f4", DType::F32},     {"single", DType::F32},
        {"float64", DType::F64}, {"f8", DType::F64},     {"float", DType::F64},
        {"double", DType::F64},  {"int32", DType::I32},  {"i4", DType::I32},
        {"int64", DType::I64},   {"i8", DType::I64},     {"int", DType::I64},
        {"int16", DType::I16},   {"i2", DType::I16},     {"int8", DType::I8},
        {"i1", DType::I8},       {"uint8", DType::U8},   {"u1", DType::U8},
        {"bool", DType::Bool},   {"?", DType::Bool},     {"float16", DType::F16},
        {"f2", DType::F16},      {"half", DType::F16}};
    for (auto &[n, d] : names)
      if (v.getStr() == n)
        return d;
    return in.raise(l, "TypeError",
                    "data type " + repr(v) + " not understood");
  }
  if (v.is(ObjKind::Builtin)) {
    const std::string &n = v.as<BuiltinObj>()->name;
    if (n == "float" || n == "int" || n == "bool")
      return n == "float" ? DType::F64 : n == "int" ? DType::I64 : DType::Bool;
  }
  return in.raise(l, "TypeError", "Cannot interpret '" + repr(v) +
                                      "' as a data type");
}

FailureOr<ArrayRef> scopec::frontend::toArray(Interpreter &in, const Value &v,
                                              SrcLoc l,
                                              std::optional<DType> dtype) {
  if (auto *a = dynCast<NdArrayObj>(v)) {
    if (!dtype || *dtype == a->dtype)
      return refAs<NdArrayObj>(v);
    std::vector<double> d = a->values();
    for (double &x : d)
      x = npCast(*dtype, x);
    return makeArray(*dtype, a->shape, std::move(d));
  }
  // Nested sequences: the shape of the first path, every path checked.
  Shape shape;
  std::vector<double> values;
  std::optional<DType> found;
  std::function<LogicalResult(const Value &, size_t)> walk =
      [&](const Value &x, size_t depth) -> LogicalResult {
    if (depth > 32)
      return in.raise(l, "ValueError", "setting an array element with a "
                                       "sequence: nesting too deep");
    const Value n = x.isObj() && !isa<NdArrayObj>(x) ? Interpreter::asNumber(x)
                                                     : x;
    if (n.isNumber() || (isa<NdArrayObj>(n) && n.as<NdArrayObj>()->scalar)) {
      if (depth != shape.size())
        return in.raise(l, "ValueError",
                        "setting an array element with a sequence. The "
                        "requested array has an inhomogeneous shape after " +
                            std::to_string(depth) +
                            " dimensions. The detected shape was " +
                            shapeText(Shape(shape.begin(),
                                            shape.begin() + depth)) +
                            " + inhomogeneous part.");
      DType t = operandDType(n);
      found = found ? promoteTypes(*found, t) : t;
      values.push_back(isa<NdArrayObj>(n) ? n.as<NdArrayObj>()->first()
                                          : n.asDouble());
      return success();
    }
    std::vector<Value> items;
    Shape sub;
    if (auto *a = dynCast<NdArrayObj>(n)) {
      if (depth == shape.size() && values.empty())
        shape.insert(shape.end(), a->shape.begin(), a->shape.end());
      else if (shape.size() != depth + a->shape.size() ||
               !std::equal(a->shape.begin(), a->shape.end(),
                           shape.begin() + depth))
        return in.raise(l, "ValueError",
                        "setting an array element with a sequence. The "
                        "requested array has an inhomogeneous shape after " +
                            std::to_string(depth) + " dimensions.");
      found = found ? promoteTypes(*found, a->dtype) : a->dtype;
      std::vector<double> d = a->values();
      values.insert(values.end(), d.begin(), d.end());
      return success();
    }
    if (n.isSeq()) {
      items = n.items();
    } else if (n.is(ObjKind::Range)) {
      FailureOr<std::vector<Value>> list = in.toList(n, l);
      if (failed(list))
        return failure();
      items = std::move(*list);
    } else if (isa<DTypeObj>(n) || n.isStr() || n.isNone()) {
      return in.error(l, "cannot make a NumPy array of " + typeName(n) +
                             " values (scopec supports numeric arrays)");
    } else {
      return in.error(l, "cannot convert a " + typeName(x) +
                             " to a NumPy array");
    }
    if (depth == shape.size() && values.empty())
      shape.push_back(static_cast<int64_t>(items.size()));
    else if (depth >= shape.size() ||
             shape[depth] != static_cast<int64_t>(items.size()))
      return in.raise(l, "ValueError",
                      "setting an array element with a sequence. The "
                      "requested array has an inhomogeneous shape after " +
                          std::to_string(depth) +
                          " dimensions. The detected shape was " +
                          shapeText(Shape(shape.begin(),
                                          shape.begin() +
                                              std::min(depth, shape.size()))) +
                          " + inhomogeneous part.");
    for (const Value &item : items) {
      if (values.size() >= static_cast<size_t>(kMaxCompileTimeElements))
        return in.error(l, "array too large: scopec evaluates NumPy arrays of "
                           "at most " +
                               std::to_string(kMaxCompileTimeElements) +
                               " elements at compile time");
      if (failed(walk(item, depth + 1)))
        return failure();
    }
    return success();
  };
  if (failed(walk(v, 0)))
    return failure();
  FailureOr<int64_t> count = checkArraySize(in, l, shape);
  if (failed(count))
    return failure();
  if (*count != static_cast<int64_t>(values.size()))
    return in.raise(l, "ValueError",
                    "setting an array element with a sequence. The "
                    "requested array has an inhomogeneous shape.");
  DType d = dtype ? *dtype : found ? *found : DType::F64;
  for (double &x : values)
    x = npCast(d, x);
  return makeArray(d, shape, std::move(values));
}

//===----------------------------------------------------------------------===//
// Broadcasting
//===----------------------------------------------------------------------===//

FailureOr<Shape>
scopec::frontend::broadcastShapes(Interpreter &in, SrcLoc l,
                                  const std::vector<Shape> &shapes) {
  size_t rank = 0;
  for (const Shape &s : shapes)
    rank = std::max(rank, s.size());
  Shape out(rank, 1);
  for (const Shape &s : shapes)
    for (size_t i = 0; i < s.size(); ++i) {
      int64_t &o = out[rank - s.size() + i];
      int64_t d = s[i];
      if (d == o || d == 1)
        continue;
      if (o != 1) {
        std::string text;
        for (const Shape &t : shapes) {
          std::string st = "(";
          for (size_t k = 0; k < t.size(); ++k)
            st += (k ? "," : "") + std::to_string(t[k]);
          text += st + (t.size() == 1 ? ",) " : ") ");
        }
        return in.raise(l, "ValueError",
                        "operands could not be broadcast together with "
                        "shapes " +
                            text);
      }
      o = d;
    }
  return out;
}

std::vector<double> scopec::frontend::broadcastValues(const NdArrayObj &a,
                                                      const Shape &shape) {
  if (a.shape == shape)
    return a.values();
  // A view with zero strides on the broadcast dimensions.
  std::vector<int64_t> st(shape.size(), 0);
  size_t lead = shape.size() - a.shape.size();
  for (size_t i = 0; i < a.shape.size(); ++i)
    st[lead + i] = a.shape[i] == 1 ? 0 : a.strides[i];
  NdArrayObj view(a, shape, st, a.offset);
  return view.values();
}

FailureOr<int64_t> scopec::frontend::normalizeAxis(Interpreter &in, SrcLoc l,
                                                   int64_t axis, size_t ndim) {
  int64_t n = static_cast<int64_t>(ndim);
  if (axis < -n || axis >= n)
    return in.raise(l, "IndexError", "axis " + std::to_string(axis) +
                                         " is out of bounds for array of "
                                         "dimension " +
                                         std::to_string(n));
  return axis < 0 ? axis + n : axis;
}

//===- NdArray.cpp - The NumPy subset of model files ----------------------===//

#include "NdArray.h"

#include "scopec/Dialect/Scope/IR/ShapeRules.h"

#include <cmath>
#include <cstdio>

using namespace scopec::frontend;

namespace {

int64_t count(const Shape &s) {
  int64_t n = 1;
  for (int64_t d : s)
    n *= d;
  return n;
}

/// Strides (in elements) of a C-order shape.
std::vector<int64_t> strides(const Shape &s) {
  std::vector<int64_t> st(s.size(), 1);
  for (int i = static_cast<int>(s.size()) - 2; i >= 0; --i)
    st[i] = st[i + 1] * s[i + 1];
  return st;
}

/// NumPy's result type of a binary op on two dtypes.
DType promote(DType a, DType b) {
  if (a == b)
    return a;
  auto rank = [](DType d) {
    switch (d) {
    case DType::Bool:
      return 0;
    case DType::I32:
      return 1;
    case DType::I64:
      return 2;
    case DType::F32:
      return 3;
    default:
      return 4;
    }
  };
  return rank(a) > rank(b) ? a : b;
}

//===--- Printing (NumPy 1.x defaults: precision 8, maxprec, 75 columns) ---===//

std::string formatFloatPositional(double v, bool single, int &intLen,
                                  int &fracLen) {
  std::string r = single ? formatFloat32Repr(static_cast<float>(v))
                         : formatFloatRepr(v);
  // repr may be scientific for tiny/huge values; fall back to %.8f.
  if (r.find('e') != std::string::npos) {
    char buf[64];
    snprintf(buf, sizeof(buf), "%.8f", v);
    r = buf;
    while (!r.empty() && r.back() == '0')
      r.pop_back();
  }
  size_t dot = r.find('.');
  if (dot != std::string::npos) {
    std::string frac = r.substr(dot + 1);
    if (frac.size() > 8) {
      char buf[64];
      snprintf(buf, sizeof(buf), "%.8f", v);
      r = buf;
      while (!r.empty() && r.back() == '0')
        r.pop_back();
      dot = r.find('.');
    }
    if (r.substr(dot + 1) == "0")
      r = r.substr(0, dot + 1);
  }
  dot = r.find('.');
  intLen = static_cast<int>(dot == std::string::npos ? r.size() : dot);
  fracLen = dot == std::string::npos ? 0
                                     : static_cast<int>(r.size() - dot - 1);
  return r;
}

struct ElementFormatter {
  DType dtype;
  int intWidth = 0, fracWidth = 0, width = 0;
  bool sci = false;

  explicit ElementFormatter(const NdArrayObj &a) : dtype(a.dtype) {
    if (dtype == DType::Bool) {
      width = 5;
      for (double v : a.data)
        if (v != 0)
          continue;
      bool anyFalse = false;
      for (double v : a.data)
        anyFalse |= v == 0;
      width = anyFalse ? 5 : 4;
      return;
    }
    if (!isFloatDType(dtype)) {
      for (double v : a.data)
        width = std::max<int>(width,
                              std::to_string(static_cast<int64_t>(v)).size());
      return;
    }
    double maxAbs = 0, minAbs = INFINITY;
    for (double v : a.data) {
      if (!std::isfinite(v))
        continue;
      double m = std::fabs(v);
      maxAbs = std::max(maxAbs, m);
      if (m > 0)
        minAbs = std::min(minAbs, m);
    }
    sci = maxAbs >= 1e8 || (minAbs < 1e-4 && minAbs > 0) ||
          (minAbs != INFINITY && maxAbs / minAbs > 1e3);
    for (double v : a.data) {
      std::string s = format(v);
      width = std::max<int>(width, s.size());
      if (!sci && std::isfinite(v)) {
        int il, fl;
        formatFloatPositional(v, dtype == DType::F32, il, fl);
        intWidth = std::max(intWidth, il);
        fracWidth = std::max(fracWidth, fl);
      }
    }
  }

  std::string format(double v) const {
    if (dtype == DType::Bool)
      return v != 0 ? "True" : "False";
    if (!isFloatDType(dtype))
      return std::to_string(static_cast<int64_t>(v));
    if (std::isnan(v))
      return "nan";
    if (std::isinf(v))
      return v < 0 ? "-inf" : "inf";
    if (sci) {
      char buf[64];
      // Shortest mantissa (up to 8 digits) in NumPy's 1.2345e+05 style.
      for (int p = 0; p <= 8; ++p) {
        snprintf(buf, sizeof(buf), "%.*e", p, v);
        double back = std::strtod(buf, nullptr);
        if (dtype == DType::F32 ? static_cast<float>(back) == static_cast<float>(v)
                                : back == v)
          break;
      }
      std::string s = buf;
      size_t e = s.find('e');
      std::string mant = s.substr(0, e), ex = s.substr(e);
      if (mant.find('.') == std::string::npos)
        mant += ".";
      return mant + ex;
    }
    int il, fl;
    return formatFloatPositional(v, dtype == DType::F32, il, fl);
  }

  std::string padded(double v) const {
    std::string s = format(v);
    if (isFloatDType(dtype) && !sci && std::isfinite(v)) {
      size_t dot = s.find('.');
      int il = static_cast<int>(dot == std::string::npos ? s.size() : dot);
      int fl = dot == std::string::npos ? 0
                                        : static_cast<int>(s.size() - dot - 1);
      return std::string(std::max(0, intWidth - il), ' ') + s +
             std::string(std::max(0, fracWidth - fl), ' ');
    }
    int w = isFloatDType(dtype) && !sci ? intWidth + 1 + fracWidth : width;
    if (static_cast<int>(s.size()) < w)
      s = std::string(w - s.size(), ' ') + s;
    return s;
  }
};

void formatRec(const NdArrayObj &a, const ElementFormatter &f, size_t dim,
               int64_t offset, const std::vector<int64_t> &st,
               const std::string &sep, const std::string &indent,
               bool summarize, std::string &out) {
  out += "[";
  int64_t n = a.shape[dim];
  bool last = dim + 1 == a.shape.size();
  std::string line;
  size_t lineStart = out.size() - 1;
  (void)lineStart;
  for (int64_t i = 0; i < n; ++i) {
    if (summarize && n > 6 && i == 3) {
      out += last ? "..." + sep : "...\n" + indent + " ";
      i = n - 3;
    }
    if (last) {
      std::string e = f.padded(a.data[offset + i * st[dim]]);
      // Wrap at 75 columns like NumPy.
      size_t curLine = out.size() - out.rfind('\n') - 1;
      if (out.rfind('\n') == std::string::npos)
        curLine = out.size();
      if (i > 0 && curLine + e.size() + (i + 1 < n ? sep.size() : 1) > 75) {
        while (!out.empty() && out.back() == ' ')
          out.pop_back();
        out += "\n" + indent + " ";
      }
      out += e;
    } else {
      formatRec(a, f, dim + 1, offset + i * st[dim], st, sep, indent + " ",
                summarize, out);
    }
    if (i + 1 < n) {
      if (last) {
        out += sep;
      } else {
        std::string trimmedSep = sep;
        while (!trimmedSep.empty() && trimmedSep.back() == ' ')
          trimmedSep.pop_back();
        out += trimmedSep + std::string(a.shape.size() - dim - 1, '\n') +
               indent + " ";
      }
    }
  }
  out += "]";
}

std::string formatArray(const NdArrayObj &a, bool asRepr) {
  ElementFormatter f(a);
  std::string sep = asRepr ? ", " : " ";
  if (a.shape.empty()) {
    std::string s = f.format(a.data.empty() ? 0 : a.data[0]);
    return asRepr ? "array(" + s + (a.dtype == DType::F32 ? ", dtype=float32" : "") + ")" : s;
  }
  std::string out;
  std::string indent = asRepr ? "      " : "";
  if (count(a.shape) == 0) {
    out = "[]";
  } else {
    formatRec(a, f, 0, 0, strides(a.shape), sep, indent,
              count(a.shape) > 1000, out);
  }
  if (!asRepr)
    return out;
  std::string r = "array(" + out;
  if (a.dtype != DType::F64 && a.dtype != DType::I64 && a.dtype != DType::Bool)
    r += ", dtype=" + std::string(dtypeName(a.dtype));
  return r + ")";
}

} // namespace

std::string NdArrayObj::repr() const { return formatArray(*this, true); }
std::string NdArrayObj::str() const { return formatArray(*this, false); }

int NdArrayObj::truth() const {
  if (data.size() == 1)
    return data[0] != 0;
  if (data.empty())
    return 0;
  return -1;
}

Value scopec::frontend::arrayScalar(DType dtype, double v) {
  if (dtype == DType::Bool)
    return Value::boolean(v != 0);
  if (isFloatDType(dtype))
    return Value::real(v);
  return Value::integer(static_cast<int64_t>(v));
}

bool scopec::frontend::toArray(Interpreter &in, const Value &v, SrcLoc l,
                               std::shared_ptr<NdArrayObj> &out,
                               std::optional<DType> dtype) {
  if (isa<NdArrayObj>(v)) {
    out = std::static_pointer_cast<NdArrayObj>(v.ref());
    return true;
  }
  if (v.isBool() || v.isInt() || v.isFloat()) {
    // Python scalars are "weak": they take the other operand's dtype.
    DType d = dtype ? *dtype
                    : v.isFloat() ? DType::F64
                    : v.isBool()  ? DType::Bool
                                  : DType::I64;
    if (dtype && v.isFloat() && !isFloatDType(*dtype))
      d = DType::F64;
    out = std::make_shared<NdArrayObj>(d, Shape{},
                                       std::vector<double>{castTo(d, v.asDouble())});
    return true;
  }
  return in.error(l, "cannot convert a " + typeName(v) + " to an array");
}

/// Broadcast iteration over two arrays.
static bool broadcastApply(Interpreter &in, const NdArrayObj &a,
                           const NdArrayObj &b, SrcLoc l, Shape &shape,
                           std::vector<double> &out,
                           const std::function<double(double, double)> &fn) {
  std::string err;
  if (!scopec::shapes::broadcast(a.shape, b.shape, shape, err))
    return in.error(l, "operands could not be broadcast together with "
                       "shapes " +
                           pythonShape(a.shape) + " " + pythonShape(b.shape));
  int64_t n = count(shape);
  out.resize(n);
  size_t rank = shape.size();
  std::vector<int64_t> idx(rank, 0);
  auto offsetOf = [&](const NdArrayObj &x) {
    int64_t off = 0, stride = 1;
    for (int i = static_cast<int>(x.shape.size()) - 1; i >= 0; --i) {
      int64_t d = idx[rank - x.shape.size() + i];
      off += (x.shape[i] == 1 ? 0 : d) * stride;
      stride *= x.shape[i];
    }
    return off;
  };
  for (int64_t k = 0; k < n; ++k) {
    out[k] = fn(a.data[offsetOf(a)], b.data[offsetOf(b)]);
    for (int i = static_cast<int>(rank) - 1; i >= 0; --i) {
      if (++idx[i] < shape[i])
        break;
      idx[i] = 0;
    }
  }
  return true;
}

bool scopec::frontend::arrayBinary(Interpreter &in, BinOpKind op,
                                   const Value &a, const Value &b, SrcLoc l,
                                   Value &out) {
  std::shared_ptr<NdArrayObj> x, y;
  std::optional<DType> ad, bd;
  if (isa<NdArrayObj>(a))
    ad = a.as<NdArrayObj>()->dtype;
  if (isa<NdArrayObj>(b))
    bd = b.as<NdArrayObj>()->dtype;
  if (!toArray(in, a, l, x, bd) || !toArray(in, b, l, y, ad))
    return false;
  DType rt = promote(x->dtype, y->dtype);
  if (op == BinOpKind::Div)
    rt = isFloatDType(rt) ? rt : DType::F64;
  Shape shape;
  std::vector<double> data;
  bool zeroDiv = false;
  std::function<double(double, double)> fn;
  switch (op) {
  case BinOpKind::Add:
    fn = [](double p, double q) { return p + q; };
    break;
  case BinOpKind::Sub:
    fn = [](double p, double q) { return p - q; };
    break;
  case BinOpKind::Mul:
    fn = [](double p, double q) { return p * q; };
    break;
  case BinOpKind::Div:
    fn = [](double p, double q) { return p / q; };
    break;
  case BinOpKind::Pow:
    fn = [](double p, double q) { return std::pow(p, q); };
    break;
  case BinOpKind::FloorDiv:
    fn = [&](double p, double q) {
      if (q == 0)
        zeroDiv = true;
      return q == 0 ? 0 : std::floor(p / q);
    };
    break;
  case BinOpKind::Mod:
    fn = [&](double p, double q) {
      if (q == 0) {
        zeroDiv = true;
        return 0.0;
      }
      double m = std::fmod(p, q);
      if (m != 0 && ((m < 0) != (q < 0)))
        m += q;
      return m;
    };
    break;
  default:
    return in.error(l, "this operator is not supported on numpy arrays");
  }
  if (!broadcastApply(in, *x, *y, l, shape, data, fn))
    return false;
  (void)zeroDiv;
  for (double &v : data)
    v = castTo(rt, v);
  out = Value::object(std::make_shared<NdArrayObj>(rt, shape, data));
  return true;
}

bool scopec::frontend::arrayCompare(Interpreter &in, CmpOpKind op,
                                    const Value &a, const Value &b, SrcLoc l,
                                    Value &out) {
  std::shared_ptr<NdArrayObj> x, y;
  std::optional<DType> ad, bd;
  if (isa<NdArrayObj>(a))
    ad = a.as<NdArrayObj>()->dtype;
  if (isa<NdArrayObj>(b))
    bd = b.as<NdArrayObj>()->dtype;
  if (!toArray(in, a, l, x, bd) || !toArray(in, b, l, y, ad))
    return false;
  // Compare in the common dtype (a float32 array == 0.4 compares in
  // float32, as NumPy does with a Python scalar).
  DType ct = promote(x->dtype, y->dtype);
  Shape shape;
  std::vector<double> data;
  auto cmp = [op, ct](double p, double q) -> double {
    p = castTo(ct, p);
    q = castTo(ct, q);
    switch (op) {
    case CmpOpKind::Lt:
      return p < q;
    case CmpOpKind::Gt:
      return p > q;
    case CmpOpKind::Le:
      return p <= q;
    case CmpOpKind::Ge:
      return p >= q;
    case CmpOpKind::Eq:
      return p == q;
    case CmpOpKind::Ne:
      return p != q;
    default:
      return 0;
    }
  };
  if (!broadcastApply(in, *x, *y, l, shape, data, cmp))
    return false;
  out = Value::object(std::make_shared<NdArrayObj>(DType::Bool, shape, data));
  return true;
}

void scopec::frontend::arrayRows(const NdArrayObj &a, std::vector<Value> &out) {
  if (a.shape.empty())
    return;
  int64_t n = a.shape[0];
  Shape rowShape(a.shape.begin() + 1, a.shape.end());
  int64_t rowSize = count(rowShape);
  for (int64_t i = 0; i < n; ++i) {
    if (rowShape.empty()) {
      out.push_back(arrayScalar(a.dtype, a.data[i]));
      continue;
    }
    std::vector<double> d(a.data.begin() + i * rowSize,
                          a.data.begin() + (i + 1) * rowSize);
    out.push_back(
        Value::object(std::make_shared<NdArrayObj>(a.dtype, rowShape, d)));
  }
}

bool scopec::frontend::arraySubscript(Interpreter &in, const Value &self,
                                      const Value &index, SrcLoc l,
                                      Value &out) {
  auto *a = self.as<NdArrayObj>();
  std::vector<Value> idx =
      index.isTuple() ? index.items() : std::vector<Value>{index};
  if (idx.size() > a->shape.size())
    return in.error(l, "too many indices for array: array is " +
                           std::to_string(a->shape.size()) +
                           "-dimensional, but " + std::to_string(idx.size()) +
                           " were indexed");
  int64_t offset = 0;
  std::vector<int64_t> st = strides(a->shape);
  for (size_t k = 0; k < idx.size(); ++k) {
    if (!idx[k].isIntLike())
      return in.error(l, "only integers are supported as numpy array indices "
                         "by scopec");
    int64_t i = idx[k].getInt();
    if (i < 0)
      i += a->shape[k];
    if (i < 0 || i >= a->shape[k])
      return in.error(l, "index " + std::to_string(idx[k].getInt()) +
                             " is out of bounds for axis " + std::to_string(k) +
                             " with size " + std::to_string(a->shape[k]));
    offset += i * st[k];
  }
  Shape rest(a->shape.begin() + idx.size(), a->shape.end());
  if (rest.empty()) {
    out = arrayScalar(a->dtype, a->data[offset]);
    return true;
  }
  int64_t n = count(rest);
  std::vector<double> d(a->data.begin() + offset, a->data.begin() + offset + n);
  out = Value::object(std::make_shared<NdArrayObj>(a->dtype, rest, d));
  return true;
}

bool scopec::frontend::arrayAttr(Interpreter &in, const Value &self,
                                 const std::string &name, SrcLoc l,
                                 Value &out, bool &found) {
  auto arr = std::static_pointer_cast<NdArrayObj>(self.ref());
  found = true;
  if (name == "shape") {
    std::vector<Value> dims;
    for (int64_t d : arr->shape)
      dims.push_back(Value::integer(d));
    out = Value::tuple(dims);
    return true;
  }
  if (name == "ndim") {
    out = Value::integer(static_cast<int64_t>(arr->shape.size()));
    return true;
  }
  if (name == "size") {
    out = Value::integer(count(arr->shape));
    return true;
  }
  if (name == "dtype") {
    out = Value::object(std::make_shared<DTypeObj>(arr->dtype, false));
    return true;
  }
  using Reduce = std::function<double(const std::vector<double> &)>;
  auto reducer = [&](const char *n, Reduce fn, bool boolResult,
                     bool emptyError) {
    out = Interpreter::native(n, [arr, fn, boolResult, emptyError,
                                  name = std::string(n)](Interpreter &in,
                                                         CallArgs &a,
                                                         Value &o) {
      if (!a.pos.empty() || !a.kw.empty())
        return in.error(a.loc, name + "() arguments are not supported by "
                                      "scopec");
      if (emptyError && arr->data.empty())
        return in.error(a.loc, "zero-size array to reduction operation " +
                                   name + " which has no identity");
      double r = fn(arr->data);
      o = boolResult ? Value::boolean(r != 0)
                     : arrayScalar(name == "mean" ? DType::F64 : arr->dtype, r);
      return true;
    });
  };
  if (name == "max")
    reducer("max", [](const std::vector<double> &d) {
      double m = -INFINITY;
      for (double v : d)
        m = std::isnan(v) ? v : std::max(m, v);
      return m;
    }, false, true);
  else if (name == "min")
    reducer("min", [](const std::vector<double> &d) {
      double m = INFINITY;
      for (double v : d)
        m = std::isnan(v) ? v : std::min(m, v);
      return m;
    }, false, true);
  else if (name == "sum")
    reducer("sum", [](const std::vector<double> &d) {
      double s = 0;
      for (double v : d)
        s += v;
      return s;
    }, false, false);
  else if (name == "mean")
    reducer("mean", [](const std::vector<double> &d) {
      double s = 0;
      for (double v : d)
        s += v;
      return d.empty() ? NAN : s / static_cast<double>(d.size());
    }, false, false);
  else if (name == "all")
    reducer("all", [](const std::vector<double> &d) {
      for (double v : d)
        if (v == 0)
          return 0.0;
      return 1.0;
    }, true, false);
  else if (name == "any")
    reducer("any", [](const std::vector<double> &d) {
      for (double v : d)
        if (v != 0)
          return 1.0;
      return 0.0;
    }, true, false);
  else if (name == "__abs__" || name == "tolist" || name == "item" ||
           name == "flatten" || name == "copy") {
    std::string n = name;
    out = Interpreter::native(n, [arr, n](Interpreter &in, CallArgs &a,
                                          Value &o) {
      if (n == "__abs__") {
        std::vector<double> d = arr->data;
        for (double &v : d)
          v = std::fabs(v);
        o = Value::object(std::make_shared<NdArrayObj>(arr->dtype, arr->shape, d));
      } else if (n == "flatten" || n == "copy") {
        o = Value::object(std::make_shared<NdArrayObj>(
            arr->dtype,
            n == "flatten" ? Shape{static_cast<int64_t>(arr->data.size())}
                           : arr->shape,
            arr->data));
      } else if (n == "item") {
        if (arr->data.size() != 1)
          return in.error(a.loc, "can only convert an array of size 1 to a "
                                 "Python scalar");
        o = arrayScalar(arr->dtype, arr->data[0]);
      } else {
        std::function<Value(size_t, int64_t)> build = [&](size_t dim,
                                                          int64_t off) {
          if (dim == arr->shape.size())
            return arrayScalar(arr->dtype, arr->data[off]);
          std::vector<Value> items;
          int64_t st = 1;
          for (size_t k = dim + 1; k < arr->shape.size(); ++k)
            st *= arr->shape[k];
          for (int64_t i = 0; i < arr->shape[dim]; ++i)
            items.push_back(build(dim + 1, off + i * st));
          return Value::list(items);
        };
        o = build(0, 0);
      }
      return true;
    });
  } else if (name == "T" && arr->shape.size() <= 1) {
    out = self;
  } else {
    found = false;
  }
  return true;
}

//===- NumPyMath.cpp - NumPy's ufuncs, reductions and products ------------===//
//
// Elementwise functions with NumPy's result dtypes, reductions over axes
// (pairwise summation in the array's precision, as NumPy sums), cumulative
// sums, where/clip/round, comparisons of whole arrays, sorting, and
// dot/matmul/outer (Eigen's GEMM in float64).
//
//===----------------------------------------------------------------------===//

#include "NumPy.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace scopec::frontend;

namespace {

/// The float dtype a float-valued ufunc gives for `d` (sqrt of int8 is
/// float16, of int32 float64).
DType floatResult(DType d) {
  return isFloatDType(d) ? d : promoteTypes(d, DType::F16);
}

/// NumPy's pairwise summation, rounding every partial sum to `d`.
double pairwiseSum(const double *a, int64_t n, int64_t stride, DType d) {
  auto r = [d](double v) { return npCast(d, v); };
  if (n < 8) {
    double res = 0.;
    for (int64_t i = 0; i < n; ++i)
      res = r(res + a[i * stride]);
    return res;
  }
  if (n <= 128) {
    double p[8];
    for (int j = 0; j < 8; ++j)
      p[j] = a[j * stride];
    int64_t i = 8;
    for (; i < n - (n % 8); i += 8)
      for (int j = 0; j < 8; ++j)
        p[j] = r(p[j] + a[(i + j) * stride]);
    double res = r(r(r(p[0] + p[1]) + r(p[2] + p[3])) +
                   r(r(p[4] + p[5]) + r(p[6] + p[7])));
    for (; i < n; ++i)
      res = r(res + a[i * stride]);
    return res;
  }
  int64_t n2 = n / 2;
  n2 -= n2 % 8;
  return r(pairwiseSum(a, n2, stride, d) +
           pairwiseSum(a + n2 * stride, n - n2, stride, d));
}

/// The accumulator dtype of sum/prod/cumsum (small integers sum as int64).
DType sumType(DType d) {
  if (isFloatDType(d))
    return d;
  if (d == DType::U8)
    return DType::I64; // uint64 in NumPy; scopec has no uint64
  return DType::I64;
}

/// The lanes of `a` along `axes` (sorted): values with the kept axes
/// outermost, the reduced ones innermost; `outShape` as keepdims says.
struct Lanes {
  std::vector<double> values;
  int64_t count = 0;  // number of lanes
  int64_t length = 1; // elements per lane
  Shape outShape;
};

FailureOr<Lanes> lanes(Interpreter &in, const ArrayRef &a,
                       const std::vector<int64_t> &axes, bool keepdims,
                       SrcLoc l) {
  Lanes out;
  std::vector<int64_t> perm;
  for (size_t i = 0; i < a->shape.size(); ++i)
    if (!std::binary_search(axes.begin(), axes.end(), i)) {
      perm.push_back(static_cast<int64_t>(i));
      out.outShape.push_back(a->shape[i]);
    } else if (keepdims) {
      out.outShape.push_back(1);
    }
  for (int64_t ax : axes) {
    perm.push_back(ax);
    out.length *= a->shape[ax];
  }
  FailureOr<ArrayRef> t = npTranspose(in, a, perm, l);
  if (failed(t))
    return failure();
  out.values = (*t)->values();
  out.count = out.length ? a->size() / out.length : 1;
  if (!out.length) {
    out.count = 1;
    for (size_t i = 0; i < a->shape.size(); ++i)
      if (!std::binary_search(axes.begin(), axes.end(), i))
        out.count *= a->shape[i];
  }
  return out;
}

enum class Red { Sum, Prod, Mean, Var, Std, Max, Min, ArgMax, ArgMin, All, Any };

const char *redName(Red r) {
  switch (r) {
  case Red::Max:
    return "maximum";
  case Red::Min:
    return "minimum";
  case Red::ArgMax:
    return "argmax";
  default:
    return "argmin";
  }
}

FailureOr<Value> reduce(Interpreter &in, Red kind, NpArgs &a,
                        const Value &axisArg, bool keepdims,
                        std::optional<DType> dt, int64_t ddof) {
  FailureOr<ArrayRef> converted = toArray(in, a["a"], a.l);
  if (failed(converted))
    return failure();
  ArrayRef x = *converted;
  std::vector<int64_t> axes;
  bool argKind = kind == Red::ArgMax || kind == Red::ArgMin;
  if (argKind && !axisArg.isNone()) {
    FailureOr<int64_t> i = in.toInt(axisArg, a.l, "axis");
    if (failed(i))
      return failure();
    FailureOr<int64_t> ax = normalizeAxis(in, a.l, *i, x->shape.size());
    if (failed(ax))
      return failure();
    axes = {*ax};
  } else if (argKind) {
    x = makeArray(x->dtype, {x->size()}, x->values());
    axes = {0};
  } else {
    FailureOr<std::vector<int64_t>> v =
        toAxes(in, axisArg, a.l, x->shape.size());
    if (failed(v))
      return failure();
    axes = std::move(*v);
  }
  FailureOr<Lanes> lanesOf = lanes(in, x, axes, keepdims, a.l);
  if (failed(lanesOf))
    return failure();
  Lanes &ln = *lanesOf;
  if (ln.length == 0 && (kind == Red::Max || kind == Red::Min))
    return in.raise(a.l, "ValueError",
                    std::string("zero-size array to reduction operation ") +
                        redName(kind) + " which has no identity");
  if (ln.length == 0 && argKind)
    return in.raise(a.l, "ValueError",
                    std::string("attempt to get ") + redName(kind) +
                        " of an empty sequence");
  DType src = x->dtype, rt;
  switch (kind) {
  case Red::Sum:
  case Red::Prod:
    rt = dt ? *dt : sumType(src);
    break;
  case Red::Mean:
  case Red::Var:
  case Red::Std:
    rt = dt ? *dt : isFloatDType(src) ? src : DType::F64;
    break;
  case Red::ArgMax:
  case Red::ArgMin:
    rt = DType::I64;
    break;
  case Red::All:
  case Red::Any:
    rt = DType::Bool;
    break;
  default:
    rt = src;
  }
  // float16 accumulates in float32, as NumPy does.
  DType acc = rt == DType::F16 ? DType::F32 : rt;
  std::vector<double> r(ln.count);
  for (int64_t k = 0; k < ln.count; ++k) {
    const double *p = ln.values.data() + k * ln.length;
    int64_t n = ln.length;
    double v = 0;
    switch (kind) {
    case Red::Sum:
      if (isFloatDType(acc)) {
        std::vector<double> c(p, p + n);
        for (double &e : c)
          e = npCast(acc, e);
        v = pairwiseSum(c.data(), n, 1, acc);
      } else {
        for (int64_t i = 0; i < n; ++i)
          v += p[i];
      }
      break;
    case Red::Prod:
      v = 1;
      for (int64_t i = 0; i < n; ++i)
        v = npCast(acc, v * p[i]);
      break;
    case Red::Mean:
    case Red::Var:
    case Red::Std: {
      std::vector<double> c(p, p + n);
      for (double &e : c)
        e = npCast(acc, e);
      double mean = npCast(acc, pairwiseSum(c.data(), n, 1, acc) /
                                    static_cast<double>(n));
      if (kind == Red::Mean) {
        v = n ? mean : NAN;
        break;
      }
      for (double &e : c) {
        double d = npCast(acc, e - mean);
        e = npCast(acc, d * d);
      }
      double denom = static_cast<double>(std::max<int64_t>(n - ddof, 0));
      v = npCast(acc, pairwiseSum(c.data(), n, 1, acc) / denom);
      if (kind == Red::Std)
        v = std::sqrt(v);
      break;
    }
    case Red::Max:
    case Red::Min: {
      v = p[0];
      for (int64_t i = 1; i < n && !std::isnan(v); ++i)
        v = std::isnan(p[i]) ? p[i]
            : kind == Red::Max ? std::max(v, p[i])
                               : std::min(v, p[i]);
      break;
    }
    case Red::ArgMax:
    case Red::ArgMin: {
      int64_t best = 0;
      for (int64_t i = 1; i < n && !std::isnan(p[best]); ++i)
        if (std::isnan(p[i]) ||
            (kind == Red::ArgMax ? p[i] > p[best] : p[i] < p[best]))
          best = i;
      v = static_cast<double>(best);
      break;
    }
    case Red::All:
      v = 1;
      for (int64_t i = 0; i < n; ++i)
        if (p[i] == 0)
          v = 0;
      break;
    case Red::Any:
      for (int64_t i = 0; i < n; ++i)
        if (p[i] != 0)
          v = 1;
      break;
    }
    r[k] = npCast(rt, v);
  }
  if (argKind && keepdims && axisArg.isNone())
    ln.outShape = Shape(a["a"].isObj() && isa<NdArrayObj>(a["a"])
                            ? a["a"].as<NdArrayObj>()->shape.size()
                            : 0,
                        1);
  return arrayResult(makeArray(rt, ln.outShape, std::move(r)));
}

void addReductions(NpTable &t) {
  struct R {
    const char *name;
    Red kind;
  };
  // NumPy's signatures: mean has no `initial` and a keyword-only `where`.
  for (R r : {R{"sum", Red::Sum}, R{"prod", Red::Prod}, R{"product", Red::Prod},
              R{"mean", Red::Mean}}) {
    Red kind = r.kind;
    defineNp(t,
             kind == Red::Mean
                 ? Signature{r.name,
                             {"a", "axis=", "dtype=", "out=", "keepdims=", "*",
                              "where="}}
                 : Signature{r.name,
                             {"a", "axis=", "dtype=", "out=", "keepdims=",
                              "initial=", "where="}},
             [kind](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
               bool keep = false;
               if (a.has("keepdims")) {
                 FailureOr<bool> v = toBool(in, a["keepdims"], a.l);
                 if (failed(v))
                   return failure();
                 keep = *v;
               }
               FailureOr<std::optional<DType>> dt = optDType(in, a, "dtype");
               if (failed(dt))
                 return failure();
               if (a.has("out") || a.hasParam("initial") || a.has("where"))
                 return in.error(a.l, "out=, initial= and where= are not "
                                      "supported by scopec");
               return reduce(in, kind, a, a["axis"], keep, *dt, 0);
             });
  }
  for (R r : {R{"var", Red::Var}, R{"std", Red::Std}}) {
    Red kind = r.kind;
    defineNp(
        t,
        {r.name,
         {"a", "axis=", "dtype=", "out=", "ddof=", "keepdims=", "*", "where="}},
        [kind](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
          bool keep = false;
          int64_t ddof = 0;
          if (a.has("where"))
            return in.error(a.l, "where= is not supported by scopec");
          if (a.has("keepdims")) {
            FailureOr<bool> v = toBool(in, a["keepdims"], a.l);
            if (failed(v))
              return failure();
            keep = *v;
          }
          if (a.has("ddof")) {
            FailureOr<int64_t> v = in.toInt(a["ddof"], a.l, "ddof");
            if (failed(v))
              return failure();
            ddof = *v;
          }
          FailureOr<std::optional<DType>> dt = optDType(in, a, "dtype");
          if (failed(dt))
            return failure();
          return reduce(in, kind, a, a["axis"], keep, *dt, ddof);
        });
  }
  for (R r : {R{"max", Red::Max}, R{"amax", Red::Max}, R{"min", Red::Min},
              R{"amin", Red::Min}, R{"all", Red::All}, R{"any", Red::Any},
              R{"argmax", Red::ArgMax}, R{"argmin", Red::ArgMin}}) {
    Red kind = r.kind;
    // np.max and np.min are NumPy 1.24's amax and amin.
    std::string shown = r.name == std::string("max")   ? "amax"
                        : r.name == std::string("min") ? "amin"
                                                       : r.name;
    bool extremum = kind == Red::Max || kind == Red::Min;
    bool arg = kind == Red::ArgMax || kind == Red::ArgMin;
    Signature sig =
        extremum
            ? Signature{shown,
                        {"a",
                         "axis=", "out=", "keepdims=", "initial=", "where="}}
        : arg ? Signature{shown, {"a", "axis=", "out=", "*", "keepdims="}}
              : Signature{shown,
                          {"a", "axis=", "out=", "keepdims=", "*", "where="}};
    defineNp(
        t, sig,
        [kind](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
          bool keep = false;
          if (a.has("keepdims")) {
            FailureOr<bool> v = toBool(in, a["keepdims"], a.l);
            if (failed(v))
              return failure();
            keep = *v;
          }
          if (a.has("out") || a.hasParam("initial") || a.hasParam("where"))
            return in.error(a.l, "out=, initial= and where= are not "
                                 "supported by scopec");
          return reduce(in, kind, a, a["axis"], keep, std::nullopt, 0);
        },
        r.name);
  }
  for (const char *name : {"cumsum", "cumprod"}) {
    bool prod = name[3] == 'p';
    defineNp(t, {name, {"a", "axis=", "dtype=", "out="}},
             [prod](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
               FailureOr<ArrayRef> converted = toArray(in, a["a"], a.l);
               if (failed(converted))
                 return failure();
               ArrayRef x = *converted;
               FailureOr<std::optional<DType>> dt = optDType(in, a, "dtype");
               if (failed(dt))
                 return failure();
               int64_t axis = 0;
               if (!a.has("axis")) {
                 x = makeArray(x->dtype, {x->size()}, x->values());
               } else {
                 FailureOr<int64_t> i = in.toInt(a["axis"], a.l, "axis");
                 if (failed(i))
                   return failure();
                 FailureOr<int64_t> ax =
                     normalizeAxis(in, a.l, *i, x->shape.size());
                 if (failed(ax))
                   return failure();
                 axis = *ax;
               }
               DType rt = dt->value_or(sumType(x->dtype));
               std::vector<double> v = x->values();
               int64_t inner = 1;
               for (size_t i = axis + 1; i < x->shape.size(); ++i)
                 inner *= x->shape[i];
               int64_t len = x->shape.empty() ? 1 : x->shape[axis];
               for (double &e : v)
                 e = npCast(rt, e);
               for (size_t base = 0; base < v.size(); base += len * inner)
                 for (int64_t j = 0; j < inner; ++j)
                   for (int64_t i = 1; i < len; ++i) {
                     double &cur = v[base + i * inner + j];
                     double prev = v[base + (i - 1) * inner + j];
                     cur = npCast(rt, prod ? prev * cur : prev + cur);
                   }
               return Value::object(makeArray(rt, x->shape, std::move(v)));
             });
  }
}

//===--- Elementwise ------------------------------------------------------===//

enum class Kind { Float, Same, Bool };

struct Unary {
  const char *name;
  Kind kind;
  double (*fn)(double);
};

double sign(double v) { return std::isnan(v) ? v : (v > 0) - (v < 0); }
double square(double v) { return v * v; }
double isnanFn(double v) { return std::isnan(v); }
double isinfFn(double v) { return std::isinf(v); }
double isfiniteFn(double v) { return std::isfinite(v); }
double notFn(double v) { return v == 0; }
double negFn(double v) { return -v; }
double posFn(double v) { return v; }
double absFn(double v) { return std::fabs(v); }
double sqrtFn(double v) { return std::sqrt(v); }
double expFn(double v) { return std::exp(v); }
double logFn(double v) { return std::log(v); }
double rintFn(double v) { return std::nearbyint(v); }
double recipFn(double v) { return 1.0 / v; }

const Unary kUnary[] = {
    {"sqrt", Kind::Float, sqrtFn},
    {"exp", Kind::Float, expFn},
    {"exp2", Kind::Float, [](double v) { return std::exp2(v); }},
    {"expm1", Kind::Float, [](double v) { return std::expm1(v); }},
    {"log", Kind::Float, logFn},
    {"log2", Kind::Float, [](double v) { return std::log2(v); }},
    {"log10", Kind::Float, [](double v) { return std::log10(v); }},
    {"log1p", Kind::Float, [](double v) { return std::log1p(v); }},
    {"sin", Kind::Float, [](double v) { return std::sin(v); }},
    {"cos", Kind::Float, [](double v) { return std::cos(v); }},
    {"tan", Kind::Float, [](double v) { return std::tan(v); }},
    {"arcsin", Kind::Float, [](double v) { return std::asin(v); }},
    {"arccos", Kind::Float, [](double v) { return std::acos(v); }},
    {"arctan", Kind::Float, [](double v) { return std::atan(v); }},
    {"sinh", Kind::Float, [](double v) { return std::sinh(v); }},
    {"cosh", Kind::Float, [](double v) { return std::cosh(v); }},
    {"tanh", Kind::Float, [](double v) { return std::tanh(v); }},
    {"floor", Kind::Float, [](double v) { return std::floor(v); }},
    {"ceil", Kind::Float, [](double v) { return std::ceil(v); }},
    {"trunc", Kind::Float, [](double v) { return std::trunc(v); }},
    {"rint", Kind::Float, rintFn},
    {"reciprocal", Kind::Same, recipFn},
    {"abs", Kind::Same, absFn},
    {"absolute", Kind::Same, absFn},
    {"fabs", Kind::Float, absFn},
    {"square", Kind::Same, square},
    {"negative", Kind::Same, negFn},
    {"positive", Kind::Same, posFn},
    {"sign", Kind::Same, sign},
    {"isnan", Kind::Bool, isnanFn},
    {"isinf", Kind::Bool, isinfFn},
    {"isfinite", Kind::Bool, isfiniteFn},
    {"logical_not", Kind::Bool, notFn},
};

FailureOr<Value> unary(Interpreter &in, const Unary &u, NpArgs &a) {
  FailureOr<ArrayRef> converted = toArray(in, a["x"], a.l);
  if (failed(converted))
    return failure();
  ArrayRef x = *converted;
  DType rt = u.kind == Kind::Bool    ? DType::Bool
             : u.kind == Kind::Float ? floatResult(x->dtype)
                                     : x->dtype;
  std::vector<double> v = x->values();
  for (double &e : v)
    e = npCast(rt, u.fn(npCast(rt == DType::Bool ? x->dtype : rt, e)));
  return arrayResult(makeArray(rt, x->shape, std::move(v)));
}

/// Broadcasts operands and applies `fn` elementwise in dtype `rt`.
FailureOr<Value> elementwise(Interpreter &in, const std::vector<Value> &ops,
                             SrcLoc l, DType rt,
                             const std::function<double(const double *)> &fn) {
  std::vector<ArrayRef> arrs;
  std::vector<Shape> shapes;
  for (const Value &v : ops) {
    FailureOr<ArrayRef> a = toArray(in, v, l);
    if (failed(a))
      return failure();
    arrs.push_back(*a);
    shapes.push_back((*a)->shape);
  }
  FailureOr<Shape> broadcast = broadcastShapes(in, l, shapes);
  if (failed(broadcast))
    return failure();
  const Shape &shape = *broadcast;
  FailureOr<int64_t> count = checkArraySize(in, l, shape);
  if (failed(count))
    return failure();
  int64_t n = *count;
  std::vector<std::vector<double>> vals;
  for (auto &a : arrs)
    vals.push_back(broadcastValues(*a, shape));
  std::vector<double> r(n), args(arrs.size());
  for (int64_t k = 0; k < n; ++k) {
    for (size_t i = 0; i < arrs.size(); ++i)
      args[i] = vals[i][k];
    r[k] = npCast(rt, fn(args.data()));
  }
  return arrayResult(makeArray(rt, shape, std::move(r)));
}

/// Makes `name` check its arguments as NumPy's ufuncs do before binding
/// them (ufunc_generic_fastcall): `nin` inputs and an optional output by
/// position, and only the ufunc keywords by name (an input is positional
/// only).
void ufuncArgs(NpTable &t, llvm::StringRef name, size_t nin) {
  NativeFn inner = t[name];
  t[name] = [inner, name = name.str(), nin](Interpreter &in,
                                            CallArgs &a) -> FailureOr<Value> {
    size_t n = a.pos.size();
    if (n < nin || n > nin + 1)
      return in.raise(a.loc, "TypeError",
                      name + "() takes from " + std::to_string(nin) + " to " +
                          std::to_string(nin + 1) +
                          " positional arguments but " + std::to_string(n) +
                          " were given");
    static const llvm::StringRef kKeywords[] = {
        "out",   "where", "dtype",  "casting", "order", "subok",
        "signature", "extobj", "axes", "axis", "keepdims"};
    for (auto &kw : a.kw)
      if (!llvm::is_contained(kKeywords, kw.first))
        return in.raise(a.loc, "TypeError",
                        name + "() got an unexpected keyword argument '" +
                            kw.first + "'");
    return inner(in, a);
  };
}

void addElementwise(NpTable &t) {
  for (const Unary &u : kUnary)
    defineNp(t, {u.name, {"x", "out=", "where=", "dtype="}},
             [&u](Interpreter &in, NpArgs &a) { return unary(in, u, a); });
  for (const Unary &u : kUnary)
    ufuncArgs(t, u.name, 1);
  struct B {
    const char *name;
    BinOpKind op;
  };
  for (B b : {B{"add", BinOpKind::Add}, B{"subtract", BinOpKind::Sub},
              B{"multiply", BinOpKind::Mul}, B{"divide", BinOpKind::Div},
              B{"true_divide", BinOpKind::Div},
              B{"floor_divide", BinOpKind::FloorDiv},
              B{"power", BinOpKind::Pow}, B{"mod", BinOpKind::Mod},
              B{"remainder", BinOpKind::Mod}}) {
    BinOpKind op = b.op;
    defineNp(t, {b.name, {"x1", "x2", "out=", "where=", "dtype="}},
             [op](Interpreter &in, NpArgs &a) {
               return arrayBinary(in, op, a["x1"], a["x2"], a.l);
             });
    ufuncArgs(t, b.name, 2);
  }
  struct C {
    const char *name;
    CmpOpKind op;
  };
  for (C c : {C{"equal", CmpOpKind::Eq}, C{"not_equal", CmpOpKind::Ne},
              C{"less", CmpOpKind::Lt}, C{"less_equal", CmpOpKind::Le},
              C{"greater", CmpOpKind::Gt},
              C{"greater_equal", CmpOpKind::Ge}}) {
    CmpOpKind op = c.op;
    defineNp(t, {c.name, {"x1", "x2", "out=", "where="}},
             [op](Interpreter &in, NpArgs &a) {
               return arrayCompare(in, op, a["x1"], a["x2"], a.l);
             });
    ufuncArgs(t, c.name, 2);
  }
  struct M {
    const char *name;
    int which;
  };
  for (M m : {M{"maximum", 0}, M{"minimum", 1}, M{"fmax", 2}, M{"fmin", 3},
              M{"logical_and", 4}, M{"logical_or", 5}, M{"logical_xor", 6},
              M{"arctan2", 7}, M{"hypot", 8}}) {
    int which = m.which;
    defineNp(t, {m.name, {"x1", "x2", "out=", "where="}},
             [which](Interpreter &in, NpArgs &a) {
               DType rt = which >= 4 && which <= 6
                              ? DType::Bool
                              : resultType({a["x1"], a["x2"]});
               if (which >= 7)
                 rt = floatResult(rt);
               return elementwise(
                   in, {a["x1"], a["x2"]}, a.l, rt,
                   [which](const double *p) -> double {
                     double x = p[0], y = p[1];
                     switch (which) {
                     case 0:
                       return std::isnan(x) || std::isnan(y) ? NAN
                                                             : std::max(x, y);
                     case 1:
                       return std::isnan(x) || std::isnan(y) ? NAN
                                                             : std::min(x, y);
                     case 2:
                       return std::fmax(x, y);
                     case 3:
                       return std::fmin(x, y);
                     case 4:
                       return x != 0 && y != 0;
                     case 5:
                       return x != 0 || y != 0;
                     case 6:
                       return (x != 0) != (y != 0);
                     case 7:
                       return std::atan2(x, y);
                     default:
                       return std::hypot(x, y);
                     }
                   });
             });
    ufuncArgs(t, m.name, 2);
  }
  defineNp(t, {"clip", {"a", "a_min", "a_max", "out="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             if (!a.has("a_min") && !a.has("a_max"))
               return in.raise(a.l, "ValueError",
                               "One of max or min must be given");
             std::vector<Value> ops{a["a"]};
             if (a.has("a_min"))
               ops.push_back(a["a_min"]);
             if (a.has("a_max"))
               ops.push_back(a["a_max"]);
             bool lo = a.has("a_min"), hi = a.has("a_max");
             return elementwise(in, ops, a.l, resultType(ops),
                                [lo, hi](const double *p) {
                                  double v = p[0];
                                  if (lo)
                                    v = std::max(v, p[1]);
                                  if (hi)
                                    v = std::min(v, p[lo ? 2 : 1]);
                                  return v;
                                });
           });
  defineNp(t, {"where", {"condition", "x=", "y="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             if (!a.given("x") && !a.given("y")) {
               FailureOr<ArrayRef> c = toArray(in, a["condition"], a.l);
               if (failed(c))
                 return failure();
               CallArgs ca;
               ca.pos = {Value::object(*c)};
               ca.loc = a.l;
               return numpyFunctions().lookup("nonzero")(in, ca);
             }
             if (!a.given("x") || !a.given("y"))
               return in.raise(a.l, "ValueError",
                               "either both or neither of x and y should be "
                               "given");
             DType rt = resultType({a["x"], a["y"]});
             return elementwise(
                 in, {a["condition"], a["x"], a["y"]}, a.l, rt,
                 [](const double *p) { return p[0] != 0 ? p[1] : p[2]; });
           });
  defineNp(t, {"nonzero", {"a"}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> converted = toArray(in, a["a"], a.l);
             if (failed(converted))
               return failure();
             ArrayRef x = *converted;
             if (x->shape.empty())
               x = makeArray(x->dtype, {1}, x->values());
             std::vector<double> v = x->values();
             std::vector<int64_t> st = contiguousStrides(x->shape);
             std::vector<std::vector<double>> idx(x->shape.size());
             for (size_t k = 0; k < v.size(); ++k) {
               if (v[k] == 0)
                 continue;
               int64_t rem = static_cast<int64_t>(k);
               for (size_t d = 0; d < st.size(); ++d) {
                 idx[d].push_back(static_cast<double>(rem / st[d]));
                 rem %= st[d];
               }
             }
             std::vector<Value> items;
             for (auto &i : idx) {
               int64_t n = static_cast<int64_t>(i.size());
               items.push_back(
                   Value::object(makeArray(DType::I64, {n}, std::move(i))));
             }
             return Value::tuple(items);
           });
  defineNp(t, {"count_nonzero", {"a", "axis="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> x = toArray(in, a["a"], a.l);
             if (failed(x))
               return failure();
             int64_t n = 0;
             for (double v : (*x)->values())
               n += v != 0;
             return Value::integer(n);
           });
  // np.round is NumPy 1.24's round_.
  for (const char *name : {"round", "around", "round_"})
    defineNp(
        t,
        {std::string(name) == "round" ? "round_" : name,
         {"a", "decimals=", "out="}},
        [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
          FailureOr<ArrayRef> converted = toArray(in, a["a"], a.l);
          if (failed(converted))
            return failure();
          ArrayRef x = *converted;
          int64_t dec = 0;
          if (a.has("decimals")) {
            FailureOr<int64_t> v = in.toInt(a["decimals"], a.l, "decimals");
            if (failed(v))
              return failure();
            dec = *v;
          }
          DType d = x->dtype;
          std::vector<double> v = x->values();
          if (isFloatDType(d)) {
            double f = npCast(d, std::pow(10.0, std::abs(dec)));
            for (double &e : v) {
              double y = npCast(d, dec >= 0 ? e * f : e / f);
              y = std::nearbyint(y);
              e = npCast(d, dec >= 0 ? y / f : y * f);
            }
          } else if (dec < 0) {
            double f = std::pow(10.0, -dec);
            for (double &e : v)
              e = npCast(d, std::nearbyint(e / f) * f);
          }
          return arrayResult(makeArray(d, x->shape, std::move(v)));
        },
        name);
  defineNp(
      t, {"isclose", {"a", "b", "rtol=", "atol=", "equal_nan="}},
      [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
        double rtol = 1e-5, atol = 1e-8;
        bool eqnan = false;
        if (a.has("rtol")) {
          FailureOr<double> v = in.toDouble(a["rtol"], a.l, "rtol");
          if (failed(v))
            return failure();
          rtol = *v;
        }
        if (a.has("atol")) {
          FailureOr<double> v = in.toDouble(a["atol"], a.l, "atol");
          if (failed(v))
            return failure();
          atol = *v;
        }
        if (a.has("equal_nan")) {
          FailureOr<bool> v = toBool(in, a["equal_nan"], a.l);
          if (failed(v))
            return failure();
          eqnan = *v;
        }
        return elementwise(
            in, {a["a"], a["b"]}, a.l, DType::Bool, [=](const double *p) {
              if (std::isnan(p[0]) || std::isnan(p[1]))
                return eqnan && std::isnan(p[0]) && std::isnan(p[1]) ? 1.0
                                                                     : 0.0;
              if (std::isinf(p[0]) || std::isinf(p[1]))
                return p[0] == p[1] ? 1.0 : 0.0;
              return std::fabs(p[0] - p[1]) <= atol + rtol * std::fabs(p[1])
                         ? 1.0
                         : 0.0;
            });
      });
  defineNp(t, {"allclose", {"a", "b", "rtol=", "atol=", "equal_nan="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             CallArgs ca;
             ca.loc = a.l;
             for (const Signature::Param &p : a.b.signature().params)
               if (a.given(p.name))
                 ca.kw.emplace_back(p.name, a[p.name]);
             FailureOr<Value> close =
                 numpyFunctions().lookup("isclose")(in, ca);
             if (failed(close))
               return failure();
             FailureOr<ArrayRef> c = toArray(in, *close, a.l);
             if (failed(c))
               return failure();
             bool all = true;
             for (double v : (*c)->values())
               all &= v != 0;
             return Value::boolean(all);
           });
  defineNp(t, {"array_equal", {"a1", "a2", "equal_nan="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> x = toArray(in, a["a1"], a.l);
             if (failed(x))
               return failure();
             FailureOr<ArrayRef> y = toArray(in, a["a2"], a.l);
             if (failed(y))
               return failure();
             return Value::boolean((*x)->shape == (*y)->shape &&
                                   (*x)->values() == (*y)->values());
           });
}

//===--- Sorting ----------------------------------------------------------===//

void addSorting(NpTable &t) {
  for (const char *name : {"sort", "argsort"}) {
    bool arg = name[0] == 'a';
    defineNp(t, {name, {"a", "axis=", "kind=", "order="}},
             [arg](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
               FailureOr<ArrayRef> converted = toArray(in, a["a"], a.l);
               if (failed(converted))
                 return failure();
               ArrayRef x = *converted;
               int64_t axis = -1;
               if (a.given("axis") && a["axis"].isNone()) {
                 x = makeArray(x->dtype, {x->size()}, x->values());
               } else if (a.has("axis")) {
                 FailureOr<int64_t> v = in.toInt(a["axis"], a.l, "axis");
                 if (failed(v))
                   return failure();
                 axis = *v;
               }
               if (x->shape.empty())
                 return in.raise(a.l, "IndexError",
                                 "axis -1 is out of bounds for array of "
                                 "dimension 0");
               FailureOr<int64_t> ax =
                   normalizeAxis(in, a.l, axis, x->shape.size());
               if (failed(ax))
                 return failure();
               axis = *ax;
               std::vector<double> v = x->values(), r(v.size());
               int64_t inner = 1;
               for (size_t i = axis + 1; i < x->shape.size(); ++i)
                 inner *= x->shape[i];
               int64_t len = x->shape[axis];
               std::vector<int64_t> idx(len);
               for (size_t base = 0; base < v.size(); base += len * inner)
                 for (int64_t j = 0; j < inner; ++j) {
                   std::iota(idx.begin(), idx.end(), 0);
                   auto at = [&](int64_t i) { return v[base + i * inner + j]; };
                   std::stable_sort(idx.begin(), idx.end(),
                                    [&](int64_t p, int64_t q) {
                                      double x = at(p), y = at(q);
                                      if (std::isnan(y))
                                        return !std::isnan(x);
                                      return x < y;
                                    });
                   for (int64_t i = 0; i < len; ++i)
                     r[base + i * inner + j] =
                         arg ? static_cast<double>(idx[i]) : at(idx[i]);
                 }
               return Value::object(
                   makeArray(arg ? DType::I64 : x->dtype, x->shape, r));
             });
  }
  defineNp(t, {"unique", {"ar"}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> x = toArray(in, a["ar"], a.l);
             if (failed(x))
               return failure();
             std::vector<double> v = (*x)->values();
             std::sort(v.begin(), v.end());
             v.erase(std::unique(v.begin(), v.end()), v.end());
             int64_t n = static_cast<int64_t>(v.size());
             return Value::object(makeArray((*x)->dtype, {n}, std::move(v)));
           });
}

//===--- Products ---------------------------------------------------------===//

using RowMatrix =
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// (P x K) times (K x Q), row-major.
std::vector<double> gemm(const std::vector<double> &a,
                         const std::vector<double> &b, int64_t p, int64_t k,
                         int64_t q) {
  std::vector<double> c(p * q);
  Eigen::Map<const RowMatrix> A(a.data(), p, k);
  Eigen::Map<const RowMatrix> B(b.data(), k, q);
  Eigen::Map<RowMatrix> C(c.data(), p, q);
  C.noalias() = A * B;
  return c;
}

std::string shapeNoSpace(const Shape &s) {
  std::string t = "(";
  for (size_t i = 0; i < s.size(); ++i)
    t += (i ? "," : "") + std::to_string(s[i]);
  return t + (s.size() == 1 ? ",)" : ")");
}

FailureOr<Value> dot(Interpreter &in, const Value &av, const Value &bv,
                     SrcLoc l) {
  FailureOr<ArrayRef> aArg = toArray(in, av, l);
  if (failed(aArg))
    return failure();
  FailureOr<ArrayRef> bArg = toArray(in, bv, l);
  if (failed(bArg))
    return failure();
  ArrayRef a = *aArg, b = *bArg;
  if (a->shape.empty() || b->shape.empty())
    return arrayBinary(in, BinOpKind::Mul, av, bv, l);
  DType rt = resultType({Value::object(a), Value::object(b)});
  int64_t k = a->shape.back();
  size_t bk = b->shape.size() == 1 ? 0 : b->shape.size() - 2;
  if (b->shape[bk] != k)
    return in.raise(l, "ValueError",
                    "shapes " + shapeNoSpace(a->shape) + " and " +
                        shapeNoSpace(b->shape) + " not aligned: " +
                        std::to_string(k) + " (dim " +
                        std::to_string(a->shape.size() - 1) + ") != " +
                        std::to_string(b->shape[bk]) + " (dim " +
                        std::to_string(bk) + ")");
  Shape outShape(a->shape.begin(), a->shape.end() - 1);
  std::vector<int64_t> perm{static_cast<int64_t>(bk)};
  for (size_t i = 0; i < b->shape.size(); ++i)
    if (i != bk) {
      perm.push_back(static_cast<int64_t>(i));
      outShape.push_back(b->shape[i]);
    }
  FailureOr<ArrayRef> bt = npTranspose(in, b, perm, l);
  if (failed(bt))
    return failure();
  FailureOr<int64_t> count = checkArraySize(in, l, outShape);
  if (failed(count))
    return failure();
  int64_t n = *count;
  int64_t p = k ? a->size() / k : 0, q = k ? b->size() / k : 0;
  if (!k) {
    p = 1;
    for (size_t i = 0; i + 1 < a->shape.size(); ++i)
      p *= a->shape[i];
    q = n / std::max<int64_t>(p, 1);
  }
  std::vector<double> c = gemm(a->values(), (*bt)->values(), p, k, q);
  for (double &e : c)
    e = npCast(rt, e);
  return arrayResult(makeArray(rt, outShape, std::move(c)));
}

void addProducts(NpTable &t) {
  defineNp(t, {"dot", {"a", "b", "out="}}, [](Interpreter &in, NpArgs &a) {
    return dot(in, a["a"], a["b"], a.l);
  });
  defineNp(t, {"matmul", {"x1", "x2", "out="}}, [](Interpreter &in, NpArgs &a) {
    return npMatmul(in, a["x1"], a["x2"], a.l);
  });
  defineNp(t, {"outer", {"a", "b", "out="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> xArg = toArray(in, a["a"], a.l);
             if (failed(xArg))
               return failure();
             FailureOr<ArrayRef> yArg = toArray(in, a["b"], a.l);
             if (failed(yArg))
               return failure();
             ArrayRef x = *xArg, y = *yArg;
             DType rt = resultType({Value::object(x), Value::object(y)});
             if (x->shape.empty() || y->shape.empty())
               rt = promoteTypes(x->dtype, y->dtype);
             Shape s{x->size(), y->size()};
             FailureOr<int64_t> count = checkArraySize(in, a.l, s);
             if (failed(count))
               return failure();
             int64_t n = *count;
             std::vector<double> u = x->values(), v = y->values(), r(n);
             for (size_t i = 0; i < u.size(); ++i)
               for (size_t j = 0; j < v.size(); ++j)
                 r[i * v.size() + j] = npCast(rt, u[i] * v[j]);
             return Value::object(makeArray(rt, s, std::move(r)));
           });
}

} // namespace

FailureOr<Value> scopec::frontend::npMatmul(Interpreter &in, const Value &av,
                                            const Value &bv, SrcLoc l) {
  FailureOr<ArrayRef> aArg = toArray(in, av, l);
  if (failed(aArg))
    return failure();
  FailureOr<ArrayRef> bArg = toArray(in, bv, l);
  if (failed(bArg))
    return failure();
  ArrayRef a = *aArg, b = *bArg;
  const char *sig = "(n?,k),(k,m?)->(n?,m?)";
  for (int i = 0; i < 2; ++i)
    if ((i ? b : a)->shape.empty())
      return in.raise(l, "ValueError",
                      "matmul: Input operand " + std::to_string(i) +
                          " does not have enough dimensions (has 0, gufunc "
                          "core with signature " +
                          sig + " requires 1)");
  DType rt = promoteTypes(a->dtype, b->dtype);
  Shape as = a->shape, bs = b->shape;
  bool aVec = as.size() == 1, bVec = bs.size() == 1;
  if (aVec)
    as.insert(as.begin(), 1);
  if (bVec)
    bs.push_back(1);
  int64_t n = as[as.size() - 2], k = as.back(), m = bs.back();
  if (bs[bs.size() - 2] != k)
    return in.raise(l, "ValueError",
                    "matmul: Input operand 1 has a mismatch in its core "
                    "dimension 0, with gufunc signature " +
                        std::string(sig) + " (size " +
                        std::to_string(bs[bs.size() - 2]) +
                        " is different from " + std::to_string(k) + ")");
  Shape batchA(as.begin(), as.end() - 2), batchB(bs.begin(), bs.end() - 2);
  FailureOr<Shape> broadcast = broadcastShapes(in, l, {batchA, batchB});
  if (failed(broadcast))
    return failure();
  const Shape &batch = *broadcast;
  Shape outShape = batch;
  if (!aVec)
    outShape.push_back(n);
  if (!bVec)
    outShape.push_back(m);
  FailureOr<int64_t> count = checkArraySize(in, l, outShape);
  if (failed(count))
    return failure();
  int64_t total = *count;
  Shape fullA = batch, fullB = batch;
  fullA.insert(fullA.end(), {n, k});
  fullB.insert(fullB.end(), {k, m});
  ArrayRef ar = makeArray(a->dtype, as, a->values()),
           br = makeArray(b->dtype, bs, b->values());
  std::vector<double> va = broadcastValues(*ar, fullA),
                      vb = broadcastValues(*br, fullB), r;
  int64_t batches = 1;
  for (int64_t d : batch)
    batches *= d;
  r.reserve(total);
  for (int64_t i = 0; i < batches; ++i) {
    std::vector<double> x(va.begin() + i * n * k, va.begin() + (i + 1) * n * k),
        y(vb.begin() + i * k * m, vb.begin() + (i + 1) * k * m);
    std::vector<double> c = gemm(x, y, n, k, m);
    for (double e : c)
      r.push_back(npCast(rt, rt == DType::Bool ? e != 0 : e));
  }
  return arrayResult(makeArray(rt, outShape, std::move(r)));
}

void scopec::frontend::addMathFunctions(NpTable &t) {
  addReductions(t);
  addElementwise(t);
  addSorting(t);
  addProducts(t);
}

//===- NumPyMath.cpp - NumPy's elementwise functions ----------------------===//
//
// Elementwise functions (ufuncs) with NumPy's result dtypes and argument
// checks, where/clip/round/nonzero, and comparisons of whole arrays
// (isclose, allclose, array_equal). addMathFunctions also registers the
// reductions and sorting (NumPyReductions.cpp) and the products
// (NumPyProducts.cpp).
//
//===----------------------------------------------------------------------===//

#include "NumPy.h"

#include <algorithm>
#include <cmath>

using namespace scopec::frontend;

namespace {

/// The float dtype a float-valued ufunc gives for `d` (sqrt of int8 is
/// float16, of int32 float64).
DType floatResult(DType d) {
  return isFloatDType(d) ? d : promoteTypes(d, DType::F16);
}

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

} // namespace

void scopec::frontend::addMathFunctions(NpTable &t) {
  addReductions(t);
  addElementwise(t);
  addSorting(t);
  addProducts(t);
}

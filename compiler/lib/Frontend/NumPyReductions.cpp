//===- NumPyReductions.cpp - NumPy's reductions and sorting ---------------===//
//
// Functions along axes: sum/prod/mean/var/std/max/min/argmax/argmin/all/any
// (pairwise summation in the array's precision, as NumPy sums),
// cumsum/cumprod, and sort/argsort/unique. Registered by addMathFunctions
// (NumPyMath.cpp).
//
//===----------------------------------------------------------------------===//

#include "NumPy.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace scopec::frontend;

namespace {

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

enum class Red {
  Sum,
  Prod,
  Mean,
  Var,
  Std,
  Max,
  Min,
  ArgMax,
  ArgMin,
  All,
  Any
};

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
        v = std::isnan(p[i])   ? p[i]
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

} // namespace

void scopec::frontend::addReductions(NpTable &t) {
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

//===--- Sorting ----------------------------------------------------------===//

void scopec::frontend::addSorting(NpTable &t) {
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

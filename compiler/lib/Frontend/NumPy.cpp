//===- NumPy.cpp - The `numpy` module: creation functions, constants ------===//
//
// np.array/zeros/ones/full/arange/linspace/eye/... and the module object
// with its dtypes, constants and submodules. Every array made here is
// checked against kMaxCompileTimeElements (a located error, never an
// allocation of a huge shape).
//
//===----------------------------------------------------------------------===//

#include "NumPy.h"
#include "TFRuntime.h"

#include <cmath>

using namespace scopec::frontend;

void scopec::frontend::defineNp(NpTable &t, const Signature &sig, NpBody body,
                                llvm::StringRef key) {
  Signature s = sig;
  t[key.empty() ? llvm::StringRef(sig.name) : key] =
      [s, body](Interpreter &in, CallArgs &args) -> FailureOr<Value> {
    NpArgs a;
    if (failed(a.bind(in, s, args)))
      return failure();
    return body(in, a);
  };
}

const NpTable &scopec::frontend::numpyFunctions() {
  static const NpTable table = [] {
    NpTable t;
    addCreationFunctions(t);
    addShapeFunctions(t);
    addMathFunctions(t);
    return t;
  }();
  return table;
}

//===----------------------------------------------------------------------===//
// Argument readers
//===----------------------------------------------------------------------===//

FailureOr<bool> scopec::frontend::toBool(Interpreter &in, const Value &v,
                                         SrcLoc l) {
  return in.isTrue(v, l);
}

FailureOr<Shape> scopec::frontend::toShapeArg(Interpreter &in, const Value &v,
                                              SrcLoc l) {
  Shape out;
  Value n = Interpreter::asNumber(v);
  if (n.isIntLike() && !n.isBool()) {
    out.push_back(n.getInt());
    return out;
  }
  std::vector<Value> items;
  if (v.isSeq()) {
    items = v.items();
  } else if (auto *a = dynCast<NdArrayObj>(v); a && a->shape.size() == 1 &&
                                               !isFloatDType(a->dtype)) {
    for (double d : a->values())
      out.push_back(static_cast<int64_t>(d));
    return out;
  } else if (isa<TensorShapeObj>(v)) {
    for (int64_t d : v.as<TensorShapeObj>()->dims) {
      if (d < 0)
        return in.error(l, "a NumPy shape needs known dimensions, not None");
      out.push_back(d);
    }
    return out;
  } else {
    return in.raise(l, "TypeError", "'" + typeName(v) +
                                        "' object cannot be interpreted as "
                                        "an integer");
  }
  if (items.size() > 32)
    return in.raise(l, "ValueError",
                    "maximum supported dimension for an ndarray is 32, found " +
                        std::to_string(items.size()));
  for (const Value &d : items) {
    Value x = Interpreter::asNumber(d);
    if (!x.isIntLike() || x.isBool())
      return in.raise(l, "TypeError", "'" + typeName(d) +
                                          "' object cannot be interpreted as "
                                          "an integer");
    out.push_back(x.getInt());
  }
  return out;
}

FailureOr<std::vector<int64_t>> scopec::frontend::toAxes(Interpreter &in,
                                                         const Value &v,
                                                         SrcLoc l,
                                                         size_t ndim) {
  std::vector<int64_t> out;
  if (v.isNone()) {
    for (size_t i = 0; i < ndim; ++i)
      out.push_back(static_cast<int64_t>(i));
    return out;
  }
  std::vector<Value> items = v.isSeq() ? v.items() : std::vector<Value>{v};
  for (const Value &x : items) {
    FailureOr<int64_t> i = in.toInt(x, l, "axis");
    if (failed(i))
      return failure();
    FailureOr<int64_t> ax = normalizeAxis(in, l, *i, ndim);
    if (failed(ax))
      return failure();
    if (std::find(out.begin(), out.end(), *ax) != out.end())
      return in.raise(l, "ValueError", "duplicate value in 'axis'");
    out.push_back(*ax);
  }
  std::sort(out.begin(), out.end());
  return out;
}

LogicalResult NpArgs::bind(Interpreter &in, const Signature &sig,
                           CallArgs &args) {
  l = args.loc;
  FailureOr<BoundArgs> bound = in.bind(sig, args);
  if (failed(bound))
    return failure();
  b = std::move(*bound);
  return success();
}

FailureOr<std::optional<DType>>
scopec::frontend::optDType(Interpreter &in, const NpArgs &a,
                           llvm::StringRef name) {
  if (!a.has(name))
    return std::optional<DType>();
  FailureOr<DType> d = toNpDType(in, a[name], a.l);
  if (failed(d))
    return failure();
  return std::optional<DType>(*d);
}

ArrayRef scopec::frontend::npAstype(const NdArrayObj &a, DType d) {
  std::vector<double> v = a.values();
  for (double &x : v)
    x = npCast(d, x);
  return makeArray(d, a.shape, std::move(v));
}

//===----------------------------------------------------------------------===//
// Creation
//===----------------------------------------------------------------------===//

namespace {

FailureOr<Value> filled(Interpreter &in, SrcLoc l, const Shape &shape, DType d,
                        double value) {
  FailureOr<ArrayRef> a = newArray(in, l, d, shape);
  if (failed(a))
    return failure();
  std::fill((*a)->buffer->begin(), (*a)->buffer->end(), npCast(d, value));
  return Value::object(*a);
}

/// A scalar fill value and its dtype.
struct FillValue {
  double value;
  DType dtype;
};

FailureOr<FillValue> fillValue(Interpreter &in, const Value &v, SrcLoc l) {
  FailureOr<ArrayRef> a = toArray(in, v, l);
  if (failed(a))
    return failure();
  if ((*a)->size() != 1)
    return in.error(l, "scopec supports scalar fill values only");
  return FillValue{(*a)->first(), (*a)->dtype};
}

/// np.arange(start, stop, step, dtype=...): positional or keyword.
FailureOr<Value> arange(Interpreter &in, CallArgs &args) {
  static const Signature sig{
      "arange",
      {"start=", "stop=", "step=", "dtype=", "*", "like="},
      ArgStyle::NumPy};
  NpArgs a;
  if (failed(a.bind(in, sig, args)))
    return failure();
  if (!a.given("stop") && args.pos.empty())
    return in.raise(a.l, "TypeError",
                    "arange() requires stop to be specified.");
  FailureOr<std::optional<DType>> dt = optDType(in, a, "dtype");
  if (failed(dt))
    return failure();
  // One bound (given as start, or as stop alone) is the stop.
  Value start = a["start"], stop = a["stop"], step = Value::integer(1);
  if (!a.given("start"))
    std::swap(start, stop);
  if (stop.isNone()) {
    stop = start;
    start = Value::integer(0);
  }
  if (a.has("step"))
    step = a["step"];
  DType d = resultType({Interpreter::asNumber(start), Interpreter::asNumber(stop),
                        Interpreter::asNumber(step)});
  if (d == DType::Bool)
    d = DType::I64;
  FailureOr<double> s0 = in.toDouble(start, a.l, "start");
  if (failed(s0))
    return failure();
  FailureOr<double> s1 = in.toDouble(stop, a.l, "stop");
  if (failed(s1))
    return failure();
  FailureOr<double> st = in.toDouble(step, a.l, "step");
  if (failed(st))
    return failure();
  if (*st == 0)
    return in.raise(a.l, "ZeroDivisionError", "division by zero");
  double len = std::ceil((*s1 - *s0) / *st);
  if (!(len > 0))
    len = 0;
  if (len > static_cast<double>(kMaxCompileTimeElements))
    return in.error(a.l, "np.arange of " + formatFloatRepr(len) +
                             " elements is too large: scopec evaluates NumPy "
                             "arrays of at most " +
                             std::to_string(kMaxCompileTimeElements) +
                             " elements at compile time");
  DType outType = *dt ? **dt : d;
  int64_t n = static_cast<int64_t>(len);
  std::vector<double> v(n);
  for (int64_t i = 0; i < n; ++i)
    v[i] = npCast(outType, *s0 + static_cast<double>(i) * *st);
  return Value::object(makeArray(outType, {n}, std::move(v)));
}

FailureOr<Value> linspace(Interpreter &in, NpArgs &a) {
  int64_t num = 50;
  bool endpoint = true, retstep = false;
  FailureOr<double> startArg = in.toDouble(a["start"], a.l, "start");
  if (failed(startArg))
    return failure();
  FailureOr<double> stopArg = in.toDouble(a["stop"], a.l, "stop");
  if (failed(stopArg))
    return failure();
  double start = *startArg, stop = *stopArg;
  if (a.has("num")) {
    FailureOr<int64_t> v = in.toInt(a["num"], a.l, "num");
    if (failed(v))
      return failure();
    num = *v;
  }
  if (a.has("endpoint")) {
    FailureOr<bool> v = toBool(in, a["endpoint"], a.l);
    if (failed(v))
      return failure();
    endpoint = *v;
  }
  if (a.has("retstep")) {
    FailureOr<bool> v = toBool(in, a["retstep"], a.l);
    if (failed(v))
      return failure();
    retstep = *v;
  }
  FailureOr<std::optional<DType>> dt = optDType(in, a, "dtype");
  if (failed(dt))
    return failure();
  if (num < 0)
    return in.raise(a.l, "ValueError", "Number of samples, " +
                                           std::to_string(num) +
                                           ", must be non-negative.");
  FailureOr<int64_t> count = checkArraySize(in, a.l, {num});
  if (failed(count))
    return failure();
  int64_t n = *count;
  double div = endpoint ? static_cast<double>(num - 1) : static_cast<double>(num);
  double delta = stop - start;
  double step = div > 0 ? delta / div : NAN;
  std::vector<double> v(n);
  for (int64_t i = 0; i < n; ++i)
    v[i] = div > 0 ? static_cast<double>(i) * step + start
                   : static_cast<double>(i) * delta + start;
  if (endpoint && num > 1)
    v[n - 1] = stop;
  DType d = dt->value_or(DType::F64);
  for (double &x : v)
    x = npCast(d, x);
  Value arr = Value::object(makeArray(d, {n}, std::move(v)));
  return retstep ? Value::tuple({arr, npScalar(DType::F64, step)}) : arr;
}

} // namespace

void scopec::frontend::addCreationFunctions(NpTable &t) {
  // np.array(object, ...) and np.asarray(a, ...): `input` names the first.
  auto arrayFn = [](bool copyByDefault, const char *input) {
    return
        [copyByDefault, input](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
          FailureOr<std::optional<DType>> dt = optDType(in, a, "dtype");
          if (failed(dt))
            return failure();
          bool copy = copyByDefault;
          if (copyByDefault && a.has("copy")) {
            FailureOr<bool> c = toBool(in, a["copy"], a.l);
            if (failed(c))
              return failure();
            copy = *c;
          }
          FailureOr<ArrayRef> converted = toArray(in, a[input], a.l, *dt);
          if (failed(converted))
            return failure();
          ArrayRef r = *converted;
          if (copy && r.get() == a[input].get())
            r = npAstype(*r, r->dtype);
          int64_t ndmin = 0;
          if (copyByDefault && a.has("ndmin")) {
            FailureOr<int64_t> v = in.toInt(a["ndmin"], a.l, "ndmin");
            if (failed(v))
              return failure();
            ndmin = *v;
          }
          if (static_cast<int64_t>(r->shape.size()) < ndmin) {
            Shape s = r->shape;
            s.insert(s.begin(), ndmin - s.size(), 1);
            r = makeArray(r->dtype, s, r->values());
          }
          if (r->scalar) {
            r = makeArray(r->dtype, {}, {r->first()});
          }
          return Value::object(r);
        };
  };
  // C functions of NumPy's own parser; `like` (the array-function
  // protocol) changes nothing here.
  defineNp(t,
           {"array",
            {"object", "dtype=", "*",
             "copy=", "order=", "subok=", "ndmin=", "like="},
            ArgStyle::NumPy},
           arrayFn(true, "object"));
  defineNp(
      t, {"asarray", {"a", "dtype=", "order=", "*", "like="}, ArgStyle::NumPy},
      arrayFn(false, "a"));
  defineNp(t, {"copy", {"a", "order=", "subok="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> r = toArray(in, a["a"], a.l);
             if (failed(r))
               return failure();
             return Value::object(npAstype(**r, (*r)->dtype));
           });
  for (const char *name : {"zeros", "ones", "empty"}) {
    double value = std::string(name) == "ones" ? 1 : 0;
    // zeros and empty are C functions, ones a Python one.
    defineNp(t,
             {name,
              {"shape", "dtype=", "order=", "*", "like="},
              std::string(name) == "ones" ? ArgStyle::Python : ArgStyle::NumPy},
             [value](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
               FailureOr<Shape> s = toShapeArg(in, a["shape"], a.l);
               if (failed(s))
                 return failure();
               FailureOr<std::optional<DType>> dt = optDType(in, a, "dtype");
               if (failed(dt))
                 return failure();
               return filled(in, a.l, *s, dt->value_or(DType::F64), value);
             });
  }
  defineNp(t,
           {"full", {"shape", "fill_value", "dtype=", "order=", "*", "like="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<Shape> s = toShapeArg(in, a["shape"], a.l);
             if (failed(s))
               return failure();
             FailureOr<std::optional<DType>> dt = optDType(in, a, "dtype");
             if (failed(dt))
               return failure();
             FailureOr<FillValue> v = fillValue(in, a["fill_value"], a.l);
             if (failed(v))
               return failure();
             return filled(in, a.l, *s, dt->value_or(v->dtype), v->value);
           });
  for (const char *name : {"zeros_like", "ones_like", "empty_like"}) {
    double value = std::string(name) == "ones_like" ? 1 : 0;
    defineNp(t, {name, {"a", "dtype=", "order=", "subok=", "shape="}},
             [value](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
               FailureOr<ArrayRef> r = toArray(in, a["a"], a.l);
               if (failed(r))
                 return failure();
               FailureOr<std::optional<DType>> dt = optDType(in, a, "dtype");
               if (failed(dt))
                 return failure();
               Shape s = (*r)->shape;
               if (a.has("shape")) {
                 FailureOr<Shape> given = toShapeArg(in, a["shape"], a.l);
                 if (failed(given))
                   return failure();
                 s = *given;
               }
               return filled(in, a.l, s, dt->value_or((*r)->dtype), value);
             });
  }
  defineNp(t, {"full_like", {"a", "fill_value", "dtype=", "order="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> r = toArray(in, a["a"], a.l);
             if (failed(r))
               return failure();
             FailureOr<std::optional<DType>> dt = optDType(in, a, "dtype");
             if (failed(dt))
               return failure();
             FailureOr<FillValue> v = fillValue(in, a["fill_value"], a.l);
             if (failed(v))
               return failure();
             return filled(in, a.l, (*r)->shape, dt->value_or((*r)->dtype),
                           v->value);
           });
  t["arange"] = arange;
  defineNp(
      t,
      {"linspace",
       {"start", "stop", "num=", "endpoint=", "retstep=", "dtype=", "axis="}},
      linspace);
  defineNp(t, {"eye", {"N", "M=", "k=", "dtype=", "order=", "*", "like="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             int64_t k = 0;
             FailureOr<int64_t> nArg = in.toInt(a["N"], a.l, "N");
             if (failed(nArg))
               return failure();
             int64_t n = *nArg;
             if (a.has("k")) {
               FailureOr<int64_t> v = in.toInt(a["k"], a.l, "k");
               if (failed(v))
                 return failure();
               k = *v;
             }
             FailureOr<std::optional<DType>> dt = optDType(in, a, "dtype");
             if (failed(dt))
               return failure();
             int64_t m = n;
             if (a.has("M")) {
               FailureOr<int64_t> v = in.toInt(a["M"], a.l, "M");
               if (failed(v))
                 return failure();
               m = *v;
             }
             FailureOr<Value> out =
                 filled(in, a.l, {n, m}, dt->value_or(DType::F64), 0);
             if (failed(out))
               return failure();
             auto *r = out->as<NdArrayObj>();
             for (int64_t i = 0; i < n; ++i)
               if (i + k >= 0 && i + k < m)
                 (*r->buffer)[i * m + i + k] = 1;
             return out;
           });
  defineNp(t, {"identity", {"n", "dtype=", "*", "like="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<int64_t> nArg = in.toInt(a["n"], a.l, "n");
             if (failed(nArg))
               return failure();
             int64_t n = *nArg;
             FailureOr<std::optional<DType>> dt = optDType(in, a, "dtype");
             if (failed(dt))
               return failure();
             FailureOr<Value> out =
                 filled(in, a.l, {n, n}, dt->value_or(DType::F64), 0);
             if (failed(out))
               return failure();
             auto *r = out->as<NdArrayObj>();
             for (int64_t i = 0; i < n; ++i)
               (*r->buffer)[i * n + i] = 1;
             return out;
           });
  defineNp(t, {"diag", {"v", "k="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> converted = toArray(in, a["v"], a.l);
             if (failed(converted))
               return failure();
             ArrayRef v = *converted;
             int64_t k = 0;
             if (a.has("k")) {
               FailureOr<int64_t> kArg = in.toInt(a["k"], a.l, "k");
               if (failed(kArg))
                 return failure();
               k = *kArg;
             }
             if (v->shape.size() == 1) {
               int64_t n = v->shape[0] + std::abs(k);
               FailureOr<Value> out = filled(in, a.l, {n, n}, v->dtype, 0);
               if (failed(out))
                 return failure();
               auto *r = out->as<NdArrayObj>();
               std::vector<double> d = v->values();
               for (int64_t i = 0; i < v->shape[0]; ++i) {
                 int64_t row = k >= 0 ? i : i - k, col = k >= 0 ? i + k : i;
                 (*r->buffer)[row * n + col] = d[i];
               }
               return out;
             }
             if (v->shape.size() != 2)
               return in.raise(a.l, "ValueError",
                               "Input must be 1- or 2-d.");
             std::vector<double> d;
             int64_t rows = v->shape[0], cols = v->shape[1];
             std::vector<double> vals = v->values();
             for (int64_t i = 0; i < rows; ++i)
               if (i + k >= 0 && i + k < cols)
                 d.push_back(vals[i * cols + i + k]);
             int64_t n = static_cast<int64_t>(d.size());
             return Value::object(makeArray(v->dtype, {n}, std::move(d)));
           });
}

//===----------------------------------------------------------------------===//
// The module
//===----------------------------------------------------------------------===//

Value scopec::frontend::makeNumpyModule(Interpreter &in, uint64_t graphSeed) {
  auto np = std::make_shared<ModuleObj>("numpy");
  for (auto &kv : numpyFunctions())
    np->add(kv.getKey().str(),
            Interpreter::native(kv.getKey().str(), kv.getValue()));
  for (auto &[n, d] : std::initializer_list<std::pair<const char *, DType>>{
           {"float32", DType::F32}, {"float64", DType::F64},
           {"int32", DType::I32},   {"int64", DType::I64},
           {"int16", DType::I16},   {"bool_", DType::Bool},
           {"float16", DType::F16}, {"uint8", DType::U8},
           {"int8", DType::I8},     {"float_", DType::F64},
           {"int_", DType::I64},    {"double", DType::F64},
           {"single", DType::F32},  {"half", DType::F16},
           {"intc", DType::I32},    {"bool8", DType::Bool},
           // Removed in NumPy 1.24; kept for older model files.
           {"float", DType::F64},   {"int", DType::I64},
           {"bool", DType::Bool}})
    np->add(n, npTypeValue(d));
  np->add(
      "dtype",
      Interpreter::native(
          "dtype", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            // align, copy and metadata change nothing for scalar dtypes.
            static const Signature sig{
                "dtype",
                {"dtype", "align=", "copy=", "metadata="},
                ArgStyle::Clinic};
            FailureOr<BoundArgs> b = in.bind(sig, a);
            if (failed(b))
              return failure();
            FailureOr<DType> d = toNpDType(in, (*b)["dtype"], a.loc);
            if (failed(d))
              return failure();
            return npDTypeValue(*d);
          }));
  np->add("pi", Value::real(M_PI));
  np->add("e", Value::real(M_E));
  np->add("inf", Value::real(INFINITY));
  np->add("Inf", Value::real(INFINITY));
  np->add("nan", Value::real(NAN));
  np->add("NaN", Value::real(NAN));
  np->add("newaxis", Value::none());
  np->add("__version__", Value::str("1.24.2"));
  SrcLoc none{};
  FailureOr<Value> ndarrayType =
      in.typeOf(Value::object(makeArray(DType::F64, {0}, {})), none);
  if (succeeded(ndarrayType))
    np->add("ndarray", *ndarrayType);
  np->add("random", makeRandomModule(graphSeed));
  np->add("linalg", makeLinalgModule());
  for (const char *n : {"fft", "load", "save", "savez", "savez_compressed",
                        "loadtxt", "genfromtxt", "fromfile", "memmap"})
    np->unsupported[n] = std::string("np.") + n +
                         " is not supported by scopec (a model file cannot "
                         "read or write files; np.fft is not provided)";
  return Value::object(np);
}

void TFRuntime::installNumpy() {
  npModule = makeNumpyModule(interp, interp.getOptions().seed);
}

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
      [s, body](Interpreter &in, CallArgs &args, Value &out) {
        NpArgs a;
        if (!a.bind(in, s, args))
          return false;
        return body(in, a, out);
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

bool scopec::frontend::toBool(Interpreter &in, const Value &v, SrcLoc l,
                              bool &out) {
  return in.isTrue(v, l, out);
}

bool scopec::frontend::toShapeArg(Interpreter &in, const Value &v, SrcLoc l,
                                  Shape &out) {
  out.clear();
  Value n = Interpreter::asNumber(v);
  if (n.isIntLike() && !n.isBool()) {
    out.push_back(n.getInt());
    return true;
  }
  std::vector<Value> items;
  if (v.isSeq()) {
    items = v.items();
  } else if (auto *a = dynCast<NdArrayObj>(v); a && a->shape.size() == 1 &&
                                               !isFloatDType(a->dtype)) {
    for (double d : a->values())
      out.push_back(static_cast<int64_t>(d));
    return true;
  } else if (isa<TensorShapeObj>(v)) {
    for (int64_t d : v.as<TensorShapeObj>()->dims) {
      if (d < 0)
        return in.error(l, "a NumPy shape needs known dimensions, not None");
      out.push_back(d);
    }
    return true;
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
  return true;
}

bool scopec::frontend::toAxes(Interpreter &in, const Value &v, SrcLoc l,
                              size_t ndim, std::vector<int64_t> &out) {
  out.clear();
  if (v.isNone()) {
    for (size_t i = 0; i < ndim; ++i)
      out.push_back(static_cast<int64_t>(i));
    return true;
  }
  std::vector<Value> items = v.isSeq() ? v.items() : std::vector<Value>{v};
  for (const Value &x : items) {
    int64_t ax;
    if (!in.toInt(x, l, ax, "axis") || !normalizeAxis(in, l, ax, ndim, ax))
      return false;
    if (std::find(out.begin(), out.end(), ax) != out.end())
      return in.raise(l, "ValueError", "duplicate value in 'axis'");
    out.push_back(ax);
  }
  std::sort(out.begin(), out.end());
  return true;
}

bool NpArgs::bind(Interpreter &in, const Signature &sig, CallArgs &args) {
  l = args.loc;
  return in.bind(sig, args, b);
}

bool scopec::frontend::optDType(Interpreter &in, const NpArgs &a,
                                llvm::StringRef name,
                                std::optional<DType> &out) {
  out.reset();
  if (!a.has(name))
    return true;
  DType d;
  if (!toNpDType(in, a[name], a.l, d))
    return false;
  out = d;
  return true;
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

bool filled(Interpreter &in, SrcLoc l, const Shape &shape, DType d,
            double value, Value &out) {
  ArrayRef a;
  if (!newArray(in, l, d, shape, a))
    return false;
  std::fill(a->buffer->begin(), a->buffer->end(), npCast(d, value));
  out = Value::object(a);
  return true;
}

bool fillValue(Interpreter &in, const Value &v, SrcLoc l, double &out,
               DType &dtype) {
  ArrayRef a;
  if (!toArray(in, v, l, a))
    return false;
  if (a->size() != 1)
    return in.error(l, "scopec supports scalar fill values only");
  out = a->first();
  dtype = a->dtype;
  return true;
}

/// np.arange(start, stop, step, dtype=...): positional or keyword.
bool arange(Interpreter &in, CallArgs &args, Value &out) {
  static const Signature sig{
      "arange",
      {"start=", "stop=", "step=", "dtype=", "*", "like="},
      ArgStyle::NumPy};
  NpArgs a;
  if (!a.bind(in, sig, args))
    return false;
  if (!a.given("stop") && args.pos.empty())
    return in.raise(a.l, "TypeError",
                    "arange() requires stop to be specified.");
  std::optional<DType> dt;
  if (!optDType(in, a, "dtype", dt))
    return false;
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
  double s0, s1, st;
  if (!in.toDouble(start, a.l, s0, "start") ||
      !in.toDouble(stop, a.l, s1, "stop") || !in.toDouble(step, a.l, st, "step"))
    return false;
  if (st == 0)
    return in.raise(a.l, "ZeroDivisionError", "division by zero");
  double len = std::ceil((s1 - s0) / st);
  if (!(len > 0))
    len = 0;
  if (len > static_cast<double>(kMaxCompileTimeElements))
    return in.error(a.l, "np.arange of " + formatFloatRepr(len) +
                             " elements is too large: scopec evaluates NumPy "
                             "arrays of at most " +
                             std::to_string(kMaxCompileTimeElements) +
                             " elements at compile time");
  DType outType = dt ? *dt : d;
  int64_t n = static_cast<int64_t>(len);
  std::vector<double> v(n);
  for (int64_t i = 0; i < n; ++i)
    v[i] = npCast(outType, s0 + static_cast<double>(i) * st);
  out = Value::object(makeArray(outType, {n}, std::move(v)));
  return true;
}

bool linspace(Interpreter &in, NpArgs &a, Value &out) {
  double start, stop;
  int64_t num = 50;
  bool endpoint = true, retstep = false;
  if (!in.toDouble(a["start"], a.l, start, "start") ||
      !in.toDouble(a["stop"], a.l, stop, "stop") ||
      (a.has("num") && !in.toInt(a["num"], a.l, num, "num")) ||
      (a.has("endpoint") && !toBool(in, a["endpoint"], a.l, endpoint)) ||
      (a.has("retstep") && !toBool(in, a["retstep"], a.l, retstep)))
    return false;
  std::optional<DType> dt;
  if (!optDType(in, a, "dtype", dt))
    return false;
  if (num < 0)
    return in.raise(a.l, "ValueError", "Number of samples, " +
                                           std::to_string(num) +
                                           ", must be non-negative.");
  int64_t n;
  if (!checkArraySize(in, a.l, {num}, n))
    return false;
  double div = endpoint ? static_cast<double>(num - 1) : static_cast<double>(num);
  double delta = stop - start;
  double step = div > 0 ? delta / div : NAN;
  std::vector<double> v(n);
  for (int64_t i = 0; i < n; ++i)
    v[i] = div > 0 ? static_cast<double>(i) * step + start
                   : static_cast<double>(i) * delta + start;
  if (endpoint && num > 1)
    v[n - 1] = stop;
  DType d = dt ? *dt : DType::F64;
  for (double &x : v)
    x = npCast(d, x);
  Value arr = Value::object(makeArray(d, {n}, std::move(v)));
  out = retstep ? Value::tuple({arr, npScalar(DType::F64, step)}) : arr;
  return true;
}

} // namespace

void scopec::frontend::addCreationFunctions(NpTable &t) {
  // np.array(object, ...) and np.asarray(a, ...): `input` names the first.
  auto arrayFn = [](bool copyByDefault, const char *input) {
    return [copyByDefault, input](Interpreter &in, NpArgs &a, Value &out) {
      std::optional<DType> dt;
      if (!optDType(in, a, "dtype", dt))
        return false;
      bool copy = copyByDefault;
      if (copyByDefault && a.has("copy") && !toBool(in, a["copy"], a.l, copy))
        return false;
      ArrayRef r;
      if (!toArray(in, a[input], a.l, r, dt))
        return false;
      if (copy && r.get() == a[input].get())
        r = npAstype(*r, r->dtype);
      int64_t ndmin = 0;
      if (copyByDefault && a.has("ndmin") &&
          !in.toInt(a["ndmin"], a.l, ndmin, "ndmin"))
        return false;
      if (static_cast<int64_t>(r->shape.size()) < ndmin) {
        Shape s = r->shape;
        s.insert(s.begin(), ndmin - s.size(), 1);
        r = makeArray(r->dtype, s, r->values());
      }
      if (r->scalar) {
        r = makeArray(r->dtype, {}, {r->first()});
      }
      out = Value::object(r);
      return true;
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
           [](Interpreter &in, NpArgs &a, Value &out) {
             ArrayRef r;
             if (!toArray(in, a["a"], a.l, r))
               return false;
             out = Value::object(npAstype(*r, r->dtype));
             return true;
           });
  for (const char *name : {"zeros", "ones", "empty"}) {
    double value = std::string(name) == "ones" ? 1 : 0;
    // zeros and empty are C functions, ones a Python one.
    defineNp(t,
             {name,
              {"shape", "dtype=", "order=", "*", "like="},
              std::string(name) == "ones" ? ArgStyle::Python : ArgStyle::NumPy},
             [value](Interpreter &in, NpArgs &a, Value &out) {
               Shape s;
               std::optional<DType> dt;
               return toShapeArg(in, a["shape"], a.l, s) &&
                      optDType(in, a, "dtype", dt) &&
                      filled(in, a.l, s, dt.value_or(DType::F64), value, out);
             });
  }
  defineNp(t,
           {"full", {"shape", "fill_value", "dtype=", "order=", "*", "like="}},
           [](Interpreter &in, NpArgs &a, Value &out) {
             Shape s;
             std::optional<DType> dt;
             double v;
             DType vd;
             return toShapeArg(in, a["shape"], a.l, s) &&
                    optDType(in, a, "dtype", dt) &&
                    fillValue(in, a["fill_value"], a.l, v, vd) &&
                    filled(in, a.l, s, dt.value_or(vd), v, out);
           });
  for (const char *name : {"zeros_like", "ones_like", "empty_like"}) {
    double value = std::string(name) == "ones_like" ? 1 : 0;
    defineNp(t, {name, {"a", "dtype=", "order=", "subok=", "shape="}},
             [value](Interpreter &in, NpArgs &a, Value &out) {
               ArrayRef r;
               std::optional<DType> dt;
               Shape s;
               if (!toArray(in, a["a"], a.l, r) ||
                   !optDType(in, a, "dtype", dt))
                 return false;
               s = r->shape;
               if (a.has("shape") && !toShapeArg(in, a["shape"], a.l, s))
                 return false;
               return filled(in, a.l, s, dt.value_or(r->dtype), value, out);
             });
  }
  defineNp(t, {"full_like", {"a", "fill_value", "dtype=", "order="}},
           [](Interpreter &in, NpArgs &a, Value &out) {
             ArrayRef r;
             std::optional<DType> dt;
             double v;
             DType vd;
             return toArray(in, a["a"], a.l, r) &&
                    optDType(in, a, "dtype", dt) &&
                    fillValue(in, a["fill_value"], a.l, v, vd) &&
                    filled(in, a.l, r->shape, dt.value_or(r->dtype), v, out);
           });
  t["arange"] = arange;
  defineNp(
      t,
      {"linspace",
       {"start", "stop", "num=", "endpoint=", "retstep=", "dtype=", "axis="}},
      linspace);
  defineNp(t, {"eye", {"N", "M=", "k=", "dtype=", "order=", "*", "like="}},
           [](Interpreter &in, NpArgs &a, Value &out) {
             int64_t n, m, k = 0;
             std::optional<DType> dt;
             if (!in.toInt(a["N"], a.l, n, "N") ||
                 (a.has("k") && !in.toInt(a["k"], a.l, k, "k")) ||
                 !optDType(in, a, "dtype", dt))
               return false;
             m = n;
             if (a.has("M") && !in.toInt(a["M"], a.l, m, "M"))
               return false;
             if (!filled(in, a.l, {n, m}, dt.value_or(DType::F64), 0, out))
               return false;
             auto *r = out.as<NdArrayObj>();
             for (int64_t i = 0; i < n; ++i)
               if (i + k >= 0 && i + k < m)
                 (*r->buffer)[i * m + i + k] = 1;
             return true;
           });
  defineNp(t, {"identity", {"n", "dtype=", "*", "like="}},
           [](Interpreter &in, NpArgs &a, Value &out) {
             int64_t n;
             std::optional<DType> dt;
             if (!in.toInt(a["n"], a.l, n, "n") ||
                 !optDType(in, a, "dtype", dt) ||
                 !filled(in, a.l, {n, n}, dt.value_or(DType::F64), 0, out))
               return false;
             auto *r = out.as<NdArrayObj>();
             for (int64_t i = 0; i < n; ++i)
               (*r->buffer)[i * n + i] = 1;
             return true;
           });
  defineNp(t, {"diag", {"v", "k="}},
           [](Interpreter &in, NpArgs &a, Value &out) {
             ArrayRef v;
             int64_t k = 0;
             if (!toArray(in, a["v"], a.l, v) ||
                 (a.has("k") && !in.toInt(a["k"], a.l, k, "k")))
               return false;
             if (v->shape.size() == 1) {
               int64_t n = v->shape[0] + std::abs(k);
               if (!filled(in, a.l, {n, n}, v->dtype, 0, out))
                 return false;
               auto *r = out.as<NdArrayObj>();
               std::vector<double> d = v->values();
               for (int64_t i = 0; i < v->shape[0]; ++i) {
                 int64_t row = k >= 0 ? i : i - k, col = k >= 0 ? i + k : i;
                 (*r->buffer)[row * n + col] = d[i];
               }
               return true;
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
             out = Value::object(makeArray(v->dtype, {n}, std::move(d)));
             return true;
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
  np->add("dtype", Interpreter::native("dtype", [](Interpreter &in, CallArgs &a,
                                                   Value &out) {
            // align, copy and metadata change nothing for scalar dtypes.
            static const Signature sig{
                "dtype",
                {"dtype", "align=", "copy=", "metadata="},
                ArgStyle::Clinic};
            BoundArgs b;
            DType d;
            if (!in.bind(sig, a, b) || !toNpDType(in, b["dtype"], a.loc, d))
              return false;
            out = npDTypeValue(d);
            return true;
          }));
  np->add("pi", Value::real(M_PI));
  np->add("e", Value::real(M_E));
  np->add("inf", Value::real(INFINITY));
  np->add("Inf", Value::real(INFINITY));
  np->add("nan", Value::real(NAN));
  np->add("NaN", Value::real(NAN));
  np->add("newaxis", Value::none());
  np->add("__version__", Value::str("1.24.2"));
  Value ndarrayType;
  SrcLoc none{};
  if (in.typeOf(Value::object(makeArray(DType::F64, {0}, {})), none,
                ndarrayType))
    np->add("ndarray", ndarrayType);
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

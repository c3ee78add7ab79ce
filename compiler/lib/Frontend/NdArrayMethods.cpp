//===- NdArrayMethods.cpp - Attributes and methods of NumPy arrays --------===//
//
// `a.shape`, `a.T`, `a.dtype`, ... and the methods. Methods that NumPy
// also has as functions (`a.sum(axis=0)` is `np.sum(a, axis=0)`) call the
// module's function with the array as first argument.
//
//===----------------------------------------------------------------------===//

#include "NumPy.h"

using namespace scopec::frontend;

Value scopec::frontend::arrayToList(const NdArrayObj &a) {
  std::vector<double> v = a.values();
  std::function<Value(size_t, int64_t)> build = [&](size_t dim,
                                                    int64_t off) -> Value {
    if (dim == a.shape.size())
      return arrayScalar(a.dtype, v[off]);
    std::vector<Value> items;
    int64_t st = 1;
    for (size_t k = dim + 1; k < a.shape.size(); ++k)
      st *= a.shape[k];
    for (int64_t i = 0; i < a.shape[dim]; ++i)
      items.push_back(build(dim + 1, off + i * st));
    return Value::list(items);
  };
  return build(0, 0);
}

namespace {

/// Methods that are the module's functions applied to the array.
const char *const kFunctionMethods[] = {
    "sum",     "prod",   "mean",    "std",       "var",    "max",
    "min",     "argmax", "argmin",  "all",       "any",    "cumsum",
    "cumprod", "clip",   "round",   "dot",       "nonzero", "squeeze",
    "ravel",   "swapaxes", "argsort"};

/// Shape arguments given as `a.reshape(2, 3)` or `a.reshape((2, 3))`.
FailureOr<Shape> varShape(Interpreter &in, const std::vector<Value> &dims,
                          SrcLoc l) {
  if (dims.size() == 1)
    return toShapeArg(in, dims[0], l);
  return toShapeArg(in, Value::tuple(dims), l);
}

} // namespace

FailureOr<std::optional<Value>>
scopec::frontend::arrayAttr(Interpreter &in, const ArrayRef &arr,
                            const std::string &name, SrcLoc l) {
  if (name == "shape") {
    std::vector<Value> dims;
    for (int64_t d : arr->shape)
      dims.push_back(Value::integer(d));
    return std::optional<Value>(Value::tuple(dims));
  }
  if (name == "ndim")
    return std::optional<Value>(
        Value::integer(static_cast<int64_t>(arr->shape.size())));
  if (name == "size")
    return std::optional<Value>(Value::integer(arr->size()));
  if (name == "dtype")
    return std::optional<Value>(npDTypeValue(arr->dtype));
  if (name == "itemsize" || name == "nbytes") {
    int64_t item = arr->dtype == DType::F64 || arr->dtype == DType::I64 ? 8
                   : arr->dtype == DType::F32 || arr->dtype == DType::I32
                       ? 4
                   : arr->dtype == DType::F16 || arr->dtype == DType::I16 ? 2
                                                                          : 1;
    return std::optional<Value>(
        Value::integer(name == "itemsize" ? item : item * arr->size()));
  }
  if (name == "T") {
    FailureOr<ArrayRef> t = npTranspose(in, arr, {}, l);
    if (failed(t))
      return failure();
    return std::optional<Value>(arr->scalar ? Value::object(arr)
                                            : Value::object(*t));
  }
  if (name == "flat")
    return std::optional<Value>(
        Value::object(makeArray(arr->dtype, {arr->size()}, arr->values())));
  Value self = Value::object(arr);
  for (const char *m : kFunctionMethods)
    if (name == m) {
      const NativeFn *fn = nullptr;
      auto it = numpyFunctions().find(name);
      if (it == numpyFunctions().end())
        break;
      fn = &it->second;
      return std::optional<Value>(
          Interpreter::native(name, [self, fn](Interpreter &in, CallArgs &a) {
            CallArgs b = a;
            b.pos.insert(b.pos.begin(), self);
            return (*fn)(in, b);
          }));
    }
  std::string n = name;
  NativeFn method;
  if (n == "reshape") {
    method = [arr](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
      static const Signature sig{
          "reshape", {"*shape", "order="}, ArgStyle::Clinic};
      // NumPy's parser does not name reshape.
      for (auto &kw : a.kw)
        if (kw.first != "order")
          return in.raise(a.loc, "TypeError",
                          "'" + kw.first +
                              "' is an invalid keyword argument for this "
                              "function");
      FailureOr<BoundArgs> bound = in.bind(sig, a);
      if (failed(bound))
        return failure();
      BoundArgs &b = *bound;
      if (b.args().empty())
        return in.raise(a.loc, "TypeError",
                        "reshape() takes exactly 1 argument (0 given)");
      FailureOr<Shape> s = varShape(in, b.args(), a.loc);
      if (failed(s))
        return failure();
      FailureOr<ArrayRef> r = npReshape(in, arr, *s, a.loc);
      if (failed(r))
        return failure();
      return Value::object(*r);
    };
  } else if (n == "transpose") {
    method = [arr](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
      static const Signature sig =
          Signature{"transpose", {"*axes"}, ArgStyle::Clinic}.qualified(
              "ndarray.transpose");
      FailureOr<BoundArgs> bound = in.bind(sig, a);
      if (failed(bound))
        return failure();
      const std::vector<Value> &dims = bound->args();
      Shape axes;
      if (!dims.empty() && !(dims.size() == 1 && dims[0].isNone())) {
        FailureOr<Shape> s = varShape(in, dims, a.loc);
        if (failed(s))
          return failure();
        axes = *s;
      }
      FailureOr<ArrayRef> r = npTranspose(in, arr, axes, a.loc);
      if (failed(r))
        return failure();
      return Value::object(*r);
    };
  } else if (n == "astype") {
    method = [arr](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
      static const Signature sig{
          "astype",
          {"dtype", "order=", "casting=", "subok=", "copy="},
          ArgStyle::NumPy};
      NpArgs b;
      if (failed(b.bind(in, sig, a)))
        return failure();
      FailureOr<DType> d = toNpDType(in, b["dtype"], a.loc);
      if (failed(d))
        return failure();
      ArrayRef r = npAstype(*arr, *d);
      return arr->scalar ? npScalar(*d, r->first()) : Value::object(r);
    };
  } else if (n == "flatten" || n == "copy") {
    Signature sig{n, {"order="}, ArgStyle::NumPy};
    method = [arr, n, sig](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
      if (failed(in.bind(sig, a)))
        return failure();
      Shape s = n == "flatten" ? Shape{arr->size()} : arr->shape;
      return Value::object(makeArray(arr->dtype, s, arr->values()));
    };
  } else if (n == "tolist") {
    method = [arr](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
      static const Signature sig =
          Signature{"tolist", {}, ArgStyle::Clinic}.qualified("ndarray.tolist");
      // PyArg_ParseTuple with no function name.
      if (!a.pos.empty() && a.kw.empty())
        return in.raise(a.loc, "TypeError",
                        "function takes exactly 0 arguments (" +
                            std::to_string(a.pos.size()) + " given)");
      if (failed(in.bind(sig, a)))
        return failure();
      return arrayToList(*arr);
    };
  } else if (n == "item") {
    method = [arr](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
      static const Signature sig =
          Signature{"item", {"*args"}, ArgStyle::Clinic}.qualified(
              "ndarray.item");
      FailureOr<BoundArgs> bound = in.bind(sig, a);
      if (failed(bound))
        return failure();
      const std::vector<Value> &args = bound->args();
      if (args.empty()) {
        if (arr->size() != 1)
          return in.raise(a.loc, "ValueError",
                          "can only convert an array of size 1 to a Python "
                          "scalar");
        return arrayScalar(arr->dtype, arr->first());
      }
      Value key = args.size() == 1 ? args[0] : Value::tuple(args);
      if (key.isIntLike() && arr->shape.size() != 1) {
        int64_t i = key.getInt(), n = arr->size();
        if (i < -n || i >= n)
          return in.raise(a.loc, "IndexError",
                          "index " + std::to_string(i) +
                              " is out of bounds for size " +
                              std::to_string(n));
        return arrayScalar(arr->dtype, arr->values()[i < 0 ? i + n : i]);
      }
      FailureOr<Value> v = arrayGetItem(in, arr, key, a.loc);
      if (failed(v))
        return failure();
      return Interpreter::asNumber(*v);
    };
  } else if (n == "fill") {
    method = [arr](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
      static const Signature sig =
          Signature{"fill", {"value", "/"}, ArgStyle::Clinic}.qualified(
              "ndarray.fill");
      // PyArg_ParseTuple's count ("exactly 1 argument", not METH_O's "one").
      if (a.kw.empty() && a.pos.size() != 1)
        return in.raise(a.loc, "TypeError",
                        "fill() takes exactly 1 argument (" +
                            std::to_string(a.pos.size()) + " given)");
      FailureOr<BoundArgs> b = in.bind(sig, a);
      if (failed(b))
        return failure();
      FailureOr<ArrayRef> v = toArray(in, (*b)["value"], a.loc);
      if (failed(v))
        return failure();
      double x = npCast(arr->dtype, (*v)->first());
      for (int64_t off : arr->offsets())
        (*arr->buffer)[off] = x;
      return Value::none();
    };
  } else if (n == "__abs__") {
    method = [arr](Interpreter &in, CallArgs &a) {
      CallArgs b = a;
      b.pos.insert(b.pos.begin(), Value::object(arr));
      return numpyFunctions().lookup("abs")(in, b);
    };
  } else if (n == "__round__") {
    method = [arr](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
      static const Signature sig{"__round__", {"ndigits="}, ArgStyle::Clinic};
      FailureOr<BoundArgs> bound = in.bind(sig, a);
      if (failed(bound))
        return failure();
      // round(np.float64(x)) is a Python int; round(x, n) a NumPy scalar.
      if ((*bound)["ndigits"].isNone()) {
        double v = std::nearbyint(arr->first());
        return Value::integer(static_cast<int64_t>(v));
      }
      CallArgs b = a;
      b.pos.insert(b.pos.begin(), Value::object(arr));
      return numpyFunctions().lookup("round")(in, b);
    };
  } else {
    return std::optional<Value>();
  }
  return std::optional<Value>(Interpreter::native(n, std::move(method)));
}

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
bool varShape(Interpreter &in, const std::vector<Value> &dims, SrcLoc l,
              Shape &out) {
  if (dims.size() == 1)
    return toShapeArg(in, dims[0], l, out);
  return toShapeArg(in, Value::tuple(dims), l, out);
}

} // namespace

bool scopec::frontend::arrayAttr(Interpreter &in, const ArrayRef &arr,
                                 const std::string &name, SrcLoc l,
                                 Value &out, bool &found) {
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
    out = Value::integer(arr->size());
    return true;
  }
  if (name == "dtype") {
    out = npDTypeValue(arr->dtype);
    return true;
  }
  if (name == "itemsize" || name == "nbytes") {
    int64_t item = arr->dtype == DType::F64 || arr->dtype == DType::I64 ? 8
                   : arr->dtype == DType::F32 || arr->dtype == DType::I32
                       ? 4
                   : arr->dtype == DType::F16 || arr->dtype == DType::I16 ? 2
                                                                          : 1;
    out = Value::integer(name == "itemsize" ? item : item * arr->size());
    return true;
  }
  if (name == "T") {
    ArrayRef t;
    if (!npTranspose(in, arr, {}, l, t))
      return false;
    out = arr->scalar ? Value::object(arr) : Value::object(t);
    return true;
  }
  if (name == "flat") {
    out = Value::object(makeArray(arr->dtype, {arr->size()}, arr->values()));
    return true;
  }
  Value self = Value::object(arr);
  for (const char *m : kFunctionMethods)
    if (name == m) {
      const NativeFn *fn = nullptr;
      auto it = numpyFunctions().find(name);
      if (it == numpyFunctions().end())
        break;
      fn = &it->second;
      out = Interpreter::native(name, [self, fn](Interpreter &in, CallArgs &a,
                                                 Value &o) {
        CallArgs b = a;
        b.pos.insert(b.pos.begin(), self);
        return (*fn)(in, b, o);
      });
      return true;
    }
  std::string n = name;
  NativeFn method;
  if (n == "reshape") {
    method = [arr](Interpreter &in, CallArgs &a, Value &o) {
      static const Signature sig{
          "reshape", {"*shape", "order="}, ArgStyle::Clinic};
      Shape s;
      ArrayRef r;
      // NumPy's parser does not name reshape.
      for (auto &kw : a.kw)
        if (kw.first != "order")
          return in.raise(a.loc, "TypeError",
                          "'" + kw.first +
                              "' is an invalid keyword argument for this "
                              "function");
      BoundArgs b;
      if (!in.bind(sig, a, b))
        return false;
      if (b.args().empty())
        return in.raise(a.loc, "TypeError",
                        "reshape() takes exactly 1 argument (0 given)");
      if (!varShape(in, b.args(), a.loc, s) || !npReshape(in, arr, s, a.loc, r))
        return false;
      o = Value::object(r);
      return true;
    };
  } else if (n == "transpose") {
    method = [arr](Interpreter &in, CallArgs &a, Value &o) {
      static const Signature sig =
          Signature{"transpose", {"*axes"}, ArgStyle::Clinic}.qualified(
              "ndarray.transpose");
      BoundArgs b;
      if (!in.bind(sig, a, b))
        return false;
      const std::vector<Value> &dims = b.args();
      Shape axes;
      ArrayRef r;
      if (!dims.empty() && !(dims.size() == 1 && dims[0].isNone()) &&
          !varShape(in, dims, a.loc, axes))
        return false;
      if (!npTranspose(in, arr, axes, a.loc, r))
        return false;
      o = Value::object(r);
      return true;
    };
  } else if (n == "astype") {
    method = [arr](Interpreter &in, CallArgs &a, Value &o) {
      static const Signature sig{
          "astype",
          {"dtype", "order=", "casting=", "subok=", "copy="},
          ArgStyle::NumPy};
      NpArgs b;
      DType d;
      if (!b.bind(in, sig, a) || !toNpDType(in, b["dtype"], a.loc, d))
        return false;
      ArrayRef r = npAstype(*arr, d);
      o = arr->scalar ? npScalar(d, r->first()) : Value::object(r);
      return true;
    };
  } else if (n == "flatten" || n == "copy") {
    Signature sig{n, {"order="}, ArgStyle::NumPy};
    method = [arr, n, sig](Interpreter &in, CallArgs &a, Value &o) {
      BoundArgs b;
      if (!in.bind(sig, a, b))
        return false;
      Shape s = n == "flatten" ? Shape{arr->size()} : arr->shape;
      o = Value::object(makeArray(arr->dtype, s, arr->values()));
      return true;
    };
  } else if (n == "tolist") {
    method = [arr](Interpreter &in, CallArgs &a, Value &o) {
      static const Signature sig =
          Signature{"tolist", {}, ArgStyle::Clinic}.qualified("ndarray.tolist");
      // PyArg_ParseTuple with no function name.
      if (!a.pos.empty() && a.kw.empty())
        return in.raise(a.loc, "TypeError",
                        "function takes exactly 0 arguments (" +
                            std::to_string(a.pos.size()) + " given)");
      BoundArgs b;
      if (!in.bind(sig, a, b))
        return false;
      o = arrayToList(*arr);
      return true;
    };
  } else if (n == "item") {
    method = [arr](Interpreter &in, CallArgs &a, Value &o) {
      static const Signature sig =
          Signature{"item", {"*args"}, ArgStyle::Clinic}.qualified(
              "ndarray.item");
      BoundArgs b;
      if (!in.bind(sig, a, b))
        return false;
      const std::vector<Value> &args = b.args();
      if (args.empty()) {
        if (arr->size() != 1)
          return in.raise(a.loc, "ValueError",
                          "can only convert an array of size 1 to a Python "
                          "scalar");
        o = arrayScalar(arr->dtype, arr->first());
        return true;
      }
      Value v;
      Value key = args.size() == 1 ? args[0] : Value::tuple(args);
      if (key.isIntLike() && arr->shape.size() != 1) {
        int64_t i = key.getInt(), n = arr->size();
        if (i < -n || i >= n)
          return in.raise(a.loc, "IndexError",
                          "index " + std::to_string(i) +
                              " is out of bounds for size " +
                              std::to_string(n));
        o = arrayScalar(arr->dtype, arr->values()[i < 0 ? i + n : i]);
        return true;
      }
      if (!arrayGetItem(in, arr, key, a.loc, v))
        return false;
      o = Interpreter::asNumber(v);
      return true;
    };
  } else if (n == "fill") {
    method = [arr](Interpreter &in, CallArgs &a, Value &o) {
      static const Signature sig =
          Signature{"fill", {"value", "/"}, ArgStyle::Clinic}.qualified(
              "ndarray.fill");
      // PyArg_ParseTuple's count ("exactly 1 argument", not METH_O's "one").
      if (a.kw.empty() && a.pos.size() != 1)
        return in.raise(a.loc, "TypeError",
                        "fill() takes exactly 1 argument (" +
                            std::to_string(a.pos.size()) + " given)");
      BoundArgs b;
      ArrayRef v;
      if (!in.bind(sig, a, b) || !toArray(in, b["value"], a.loc, v))
        return false;
      double x = npCast(arr->dtype, v->first());
      for (int64_t off : arr->offsets())
        (*arr->buffer)[off] = x;
      o = Value::none();
      return true;
    };
  } else if (n == "__abs__") {
    method = [arr](Interpreter &in, CallArgs &a, Value &o) {
      CallArgs b = a;
      b.pos.insert(b.pos.begin(), Value::object(arr));
      return numpyFunctions().lookup("abs")(in, b, o);
    };
  } else if (n == "__round__") {
    method = [arr](Interpreter &in, CallArgs &a, Value &o) {
      static const Signature sig{"__round__", {"ndigits="}, ArgStyle::Clinic};
      BoundArgs bound;
      if (!in.bind(sig, a, bound))
        return false;
      // round(np.float64(x)) is a Python int; round(x, n) a NumPy scalar.
      if (bound["ndigits"].isNone()) {
        double v = std::nearbyint(arr->first());
        o = Value::integer(static_cast<int64_t>(v));
        return true;
      }
      CallArgs b = a;
      b.pos.insert(b.pos.begin(), Value::object(arr));
      return numpyFunctions().lookup("round")(in, b, o);
    };
  } else {
    found = false;
    return true;
  }
  out = Interpreter::native(n, std::move(method));
  return true;
}

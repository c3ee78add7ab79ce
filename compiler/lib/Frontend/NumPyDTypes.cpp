//===- NumPyDTypes.cpp - np.float32 and dtype('float32') ------------------===//
//
// NumPy's scalar types (`np.float32`: a constructor, `<class
// 'numpy.float32'>`) and dtype objects (`a.dtype`: `dtype('float32')`).
// Both are DTypeObjs, so TensorFlow accepts them wherever it takes a dtype
// (`tf.constant(x, dtype=np.float32)`, `tf.float32 == np.float32`).
//
//===----------------------------------------------------------------------===//

#include "NumPy.h"

using namespace scopec::frontend;

namespace {

struct NpDTypeObj : DTypeObj {
  NpDTypeObj(DType d, bool isType) : DTypeObj(d, false), isType(isType) {}
  std::string npName() const {
    return dt == DType::Bool ? "bool" : dtypeName(dt);
  }
  std::string scalarName() const {
    return dt == DType::Bool ? "bool_" : dtypeName(dt);
  }
  std::string typeName() const override {
    return isType ? "type" : "numpy.dtype[" + scalarName() + "]";
  }
  std::string repr() const override {
    return isType ? "<class 'numpy." + scalarName() + "'>"
                  : "dtype('" + npName() + "')";
  }
  std::string str() const override { return isType ? repr() : npName(); }
  int equals(const Value &o) const override {
    if (auto *d = dynCast<DTypeObj>(o))
      return d->dt == dt;
    if (isType)
      return 0;
    if (o.isStr() || o.is(ObjKind::Builtin)) {
      Interpreter &in = Interpreter::current();
      FailureOr<DType> d = toNpDType(in, o, in.currentLoc);
      if (failed(d)) {
        in.clearPendingException();
        return 0;
      }
      return *d == dt;
    }
    return 0;
  }
  bool hash(std::string &key, std::string &) const override {
    key = std::string("o<numpy ") + dtypeName(dt) + (isType ? ">" : "d>");
    return true;
  }
  Result getAttr(Interpreter &, const std::string &name, SrcLoc) override {
    if (name == "name")
      return Value::str(npName());
    if (name == "__name__" && isType)
      return Value::str(scalarName());
    if (name == "type")
      return npTypeValue(dt);
    if (name == "kind")
      return Value::str(dt == DType::Bool  ? "b"
                        : dt == DType::U8  ? "u"
                        : isFloatDType(dt) ? "f"
                                           : "i");
    if (name == "itemsize") {
      int64_t n = dt == DType::F64 || dt == DType::I64   ? 8
                  : dt == DType::F32 || dt == DType::I32 ? 4
                  : dt == DType::F16 || dt == DType::I16 ? 2
                                                         : 1;
      return Value::integer(n);
    }
    if (name == "char")
      return Value::str(dt == DType::F32   ? "f"
                        : dt == DType::F64 ? "d"
                        : dt == DType::F16 ? "e"
                        : dt == DType::I32 ? "i"
                        : dt == DType::I64 ? "l"
                        : dt == DType::I16 ? "h"
                        : dt == DType::I8  ? "b"
                        : dt == DType::U8  ? "B"
                                           : "?");
    if (name == "is_floating" || name == "is_integer" || name == "is_bool" ||
        name == "base_dtype")
      return Result::notImplemented();
    return Result::notImplemented();
  }
  Result call(Interpreter &in, CallArgs &a) override {
    if (!isType) {
      (void)in.raise(a.loc, "TypeError",
                     "'" + typeName() + "' object is not callable");
      return Result::failure();
    }
    // The parser of NumPy's scalar types names no function.
    if (!a.kw.empty()) {
      (void)in.raise(a.loc, "TypeError",
                     "'" + a.kw[0].first +
                         "' is an invalid keyword argument for this function");
      return Result::failure();
    }
    if (a.pos.size() > 1) {
      (void)in.raise(a.loc, "TypeError",
                     "function takes at most 1 argument (" +
                         std::to_string(a.pos.size()) + " given)");
      return Result::failure();
    }
    static const Signature sig{"scalar", {"value=", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return Result::failure();
    BoundArgs &b = *bound;
    if (!b.given("value"))
      return npScalar(dt, 0);
    const Value &v = b["value"];
    FailureOr<ArrayRef> converted = toArray(in, v, a.loc, dt);
    if (failed(converted))
      return Result::failure();
    ArrayRef r = *converted;
    if (r->shape.empty())
      return npScalar(dt, r->first());
    if (r.get() == v.get())
      r = npAstype(*r, dt);
    return Value::object(r);
  }
  bool isType;
};

} // namespace

Value scopec::frontend::npTypeValue(DType d) {
  return Value::object(std::make_shared<NpDTypeObj>(d, true));
}

Value scopec::frontend::npDTypeValue(DType d) {
  return Value::object(std::make_shared<NpDTypeObj>(d, false));
}

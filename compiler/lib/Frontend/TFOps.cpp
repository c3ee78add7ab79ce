//===- TFOps.cpp - tf arithmetic, matmul and registering the TF ops -------===//
//
// tf.add, subtract, multiply, divide (and Python's operators on tensors),
// tf.matmul (MatMul, or BatchMatMulV2 past rank 2), tf.identity,
// tf.stop_gradient and tf.convert_to_tensor; intList, the int-list argument
// reader the op files share; and registerOps, which fills the tf, tf.nn and
// tf.math modules, calling each op file's register function (TFNNOps.cpp,
// TFArrayOps.cpp, TFCast.cpp, ...). Each op: take its TF name, convert
// Python operands to constants named under the op (`add/y`), check dtypes
// and shapes with the shared shape rules, then emit the scope op.
//
//===----------------------------------------------------------------------===//

#include "IREmitter.h"
#include "TFApi.h"
#include "TFGraph.h"
#include "TFOpCall.h"
#include "TFRuntime.h"

#include "scopec/Dialect/Scope/IR/ShapeRules.h"

using namespace scopec::frontend;
namespace sc = scopec::scope;
namespace shapes = scopec::shapes;

FailureOr<std::vector<int64_t>> scopec::frontend::intList(TFRuntime &rt,
                                                          const Value &v,
                                                          SrcLoc l,
                                                          const char *what) {
  std::vector<int64_t> out;
  if (v.isIntLike()) {
    out.push_back(v.getInt());
    return out;
  }
  // Integer tensors known at compile time (tf.shape(x), tf.shape(x)[0] * 2).
  auto staticInts = [&](const Value &t, size_t maxRank) -> LogicalResult {
    std::optional<std::vector<double>> values;
    const TensorObj &tensor = *t.as<TensorObj>();
    if (tensor.shape.size() <= maxRank && !isFloatDType(tensor.dtype))
      values = rt.staticValues(tensor);
    if (!values)
      return rt.interp.error(l, std::string(what) +
                                    " must be integers known at compile "
                                    "time (scopec shapes are static), not '" +
                                    tensor.tensorName() + "'");
    for (double d : *values)
      out.push_back(static_cast<int64_t>(d));
    return success();
  };
  if (isa<TensorObj>(v)) {
    if (failed(staticInts(v, 1)))
      return failure();
    return out;
  }
  // A TensorShape converts to its dims (TF: only when fully known).
  if (isa<TensorShapeObj>(v)) {
    const auto *shape = v.as<TensorShapeObj>();
    for (int64_t d : shape->dims)
      if (d < 0)
        return rt.interp.error(l, "Cannot convert a partially known "
                                  "TensorShape to a Tensor: " +
                                      shape->str());
    return shape->dims;
  }
  if (!v.isSeq())
    return rt.interp.error(l, std::string(what) +
                                  " must be a list of integers, not " +
                                  typeName(v));
  for (const Value &x : v.items()) {
    if (isa<TensorObj>(x)) {
      if (failed(staticInts(x, 0)))
        return failure();
      continue;
    }
    FailureOr<int64_t> i = rt.interp.toInt(x, l, what);
    if (failed(i))
      return failure();
    out.push_back(*i);
  }
  return out;
}

namespace {

enum class Arith { Add, Sub, Mul, Div };

FailureOr<Value> arith(TFRuntime &rt, Arith k, const Value &x, const Value &y,
                       SrcLoc l, const std::string &dflt,
                       const std::string &type, const Value &nameArg) {
  OpCall op(rt, l, type);
  if (failed(op.named(nameArg, dflt)))
    return failure();
  std::optional<DType> dt;
  if (isa<TensorObj>(x))
    dt = x.as<TensorObj>()->dtype;
  else if (isa<TensorObj>(y))
    dt = y.as<TensorObj>()->dtype;
  FailureOr<TensorRef> xt = op.input(x, "x", dt);
  if (failed(xt))
    return failure();
  FailureOr<TensorRef> yt = op.input(y, "y", dt);
  if (failed(yt))
    return failure();
  TensorRef a = *xt, b = *yt;
  if (failed(op.sameDType(a, b, "x", "y")))
    return failure();
  if (k == Arith::Div) {
    if (failed(trueDivide(op, a, b)))
      return failure();
  } else if (failed(op.allowDTypes(a, "x",
                                   "bfloat16, float16, float32, float64, "
                                   "int32, int64"))) {
    return failure();
  }
  Shape shape;
  std::string err;
  if (!shapes::broadcast(a->shape, b->shape, shape, err))
    return op.shapeError(err);
  mlir::Type t = op.type_(shape, a->dtype);
  mlir::Value v;
  switch (k) {
  case Arith::Add:
    v = sc::AddOp::create(op.b(), op.loc(), t, a->value, b->value);
    break;
  case Arith::Sub:
    v = sc::SubOp::create(op.b(), op.loc(), t, a->value, b->value);
    break;
  case Arith::Mul:
    v = sc::MulOp::create(op.b(), op.loc(), t, a->value, b->value);
    break;
  case Arith::Div:
    v = sc::DivOp::create(op.b(), op.loc(), t, a->value, b->value);
    break;
  }
  return op.result(v, shape, a->dtype);
}

FailureOr<Value> matmul(TFRuntime &rt, const Value &x, const Value &y, bool ta,
                        bool tb, SrcLoc l, const std::string &dflt,
                        const Value &nameArg) {
  OpCall op(rt, l, "MatMul");
  if (failed(op.named(nameArg, dflt)))
    return failure();
  std::optional<DType> dt;
  if (isa<TensorObj>(x))
    dt = x.as<TensorObj>()->dtype;
  else if (isa<TensorObj>(y))
    dt = y.as<TensorObj>()->dtype;
  FailureOr<TensorRef> xt = op.input(x, "a", dt);
  if (failed(xt))
    return failure();
  FailureOr<TensorRef> yt = op.input(y, "b", dt);
  if (failed(yt))
    return failure();
  TensorRef a = *xt, b = *yt;
  if (failed(op.sameDType(a, b, "a", "b")) ||
      failed(op.requireFloatCompute(a, "a")))
    return failure();
  Shape shape;
  std::string err;
  if (a->shape.size() > 2 || b->shape.size() > 2) {
    // TF 1.15's tf.matmul of higher ranks: BatchMatMulV2 (transposes as
    // adjoints, the same for real tensors).
    op.type = "BatchMatMulV2";
    if (!shapes::batchMatmul(a->shape, b->shape, ta, tb, shape, err))
      return op.shapeError(err);
    auto v = sc::BatchMatMulOp::create(op.b(), op.loc(),
                                       op.type_(shape, a->dtype), a->value,
                                       b->value, ta, tb);
    return op.result(v, shape, a->dtype);
  }
  if (a->shape.size() != 2 || b->shape.size() != 2)
    return op.shapeError("Shape must be rank 2 but is rank " +
                         std::to_string(a->shape.size() != 2 ? a->shape.size()
                                                              : b->shape.size()));
  if (!shapes::matmul(a->shape, b->shape, ta, tb, shape, err))
    return op.shapeError(err);
  auto v = sc::MatMulOp::create(op.b(), op.loc(), op.type_(shape, a->dtype),
                                a->value, b->value, ta, tb);
  return op.result(v, shape, a->dtype);
}

//===----------------------------------------------------------------------===//
// tf.* functions
//===----------------------------------------------------------------------===//

template <Arith K>
FailureOr<Value> tfArith(TFRuntime &rt, CallArgs &args, const char *fname,
                         const char *type, const char *dflt) {
  Signature sig{fname, {"x", "y", "name="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  return arith(rt, K, a["x"], a["y"], args.loc, dflt, type, a["name"]);
}

/// tf.identity and tf.stop_gradient (an identity at inference).
FailureOr<Value> tfIdentity(TFRuntime &rt, CallArgs &args, const Signature &sig,
                            const char *type) {
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  OpCall op(rt, args.loc, type);
  if (failed(op.named(a["name"], type)))
    return failure();
  FailureOr<TensorRef> x = op.input(a["input"], "input");
  if (failed(x))
    return failure();
  mlir::Value v = sc::IdentityOp::create(
      op.b(), op.loc(), op.type_((*x)->shape, (*x)->dtype), (*x)->value);
  return op.result(v, (*x)->shape, (*x)->dtype);
}

FailureOr<Value> tfConvertToTensor(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{"convert_to_tensor",
                             {"value", "dtype=", "name=", "preferred_dtype=",
                              "dtype_hint="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  std::optional<DType> dtype;
  if (!a["dtype"].isNone()) {
    FailureOr<DType> d = rt.toDType(a["dtype"], args.loc);
    if (failed(d))
      return failure();
    dtype = *d;
  }
  const Value &value = a["value"];
  if (isa<TensorObj>(value)) {
    DType has = value.as<TensorObj>()->dtype;
    if (dtype && *dtype != has)
      return rt.interp.raise(args.loc, "ValueError",
                             std::string("Tensor conversion requested dtype ") +
                                 dtypeName(*dtype) + " for Tensor with dtype " +
                                 dtypeName(has) + ": " + repr(value));
    return value;
  }
  // A preferred dtype applies when the value converts to it (a float
  // preference for Python ints; TF falls back to the value's own dtype).
  Value hint = a["dtype_hint"].isNone() ? a["preferred_dtype"] : a["dtype_hint"];
  if (!dtype && !hint.isNone()) {
    FailureOr<DType> d = rt.toDType(hint, args.loc);
    if (failed(d))
      return failure();
    if (isFloatDType(*d))
      dtype = *d;
  }
  std::string name = "Const";
  if (a["name"].isStr() && !a["name"].getStr().empty())
    name = a["name"].getStr();
  FailureOr<TensorRef> t = rt.toTensor(value, args.loc, dtype, name);
  if (failed(t))
    return failure();
  return Value::object(*t);
}

FailureOr<Value> tfMatmul(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{
      "matmul",
      {"a", "b", "transpose_a=", "transpose_b=", "adjoint_a=", "adjoint_b=",
       "a_is_sparse=", "b_is_sparse=", "name="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  FailureOr<bool> ta = rt.interp.isTrue(a["transpose_a"], args.loc);
  if (failed(ta))
    return failure();
  FailureOr<bool> tb = rt.interp.isTrue(a["transpose_b"], args.loc);
  if (failed(tb))
    return failure();
  for (const char *p :
       {"adjoint_a", "adjoint_b", "a_is_sparse", "b_is_sparse"}) {
    FailureOr<bool> x = rt.interp.isTrue(a[p], args.loc);
    if (failed(x))
      return failure();
    if (*x)
      return rt.interp.error(args.loc, std::string("tf.matmul(") + p +
                                           "=True) is not supported by scopec");
  }
  return matmul(rt, a["a"], a["b"], *ta, *tb, args.loc, "MatMul", a["name"]);
}

} // namespace

FailureOr<Value> scopec::frontend::tfOperator(TFRuntime &rt, BinOpKind op,
                                              const Value &a, const Value &b,
                                              SrcLoc l) {
  switch (op) {
  case BinOpKind::Add:
    // TF 1.15's `+` is AddV2 (math_ops._add_dispatch); tf.add stays Add.
    return arith(rt, Arith::Add, a, b, l, "add", "AddV2", Value::none());
  case BinOpKind::Sub:
    return arith(rt, Arith::Sub, a, b, l, "sub", "Sub", Value::none());
  case BinOpKind::Mul:
    return arith(rt, Arith::Mul, a, b, l, "mul", "Mul", Value::none());
  case BinOpKind::Div:
    return arith(rt, Arith::Div, a, b, l, "truediv", "RealDiv", Value::none());
  case BinOpKind::MatMul:
    return matmul(rt, a, b, false, false, l, "matmul", Value::none());
  case BinOpKind::Pow:
    return tfElementwise(rt, "scope.pow", {a, b}, "pow", l);
  case BinOpKind::FloorDiv:
    return tfElementwise(rt, "scope.floor_div", {a, b}, "floordiv", l);
  case BinOpKind::Mod:
    return tfElementwise(rt, "scope.floor_mod", {a, b}, "mod", l);
  // On tensors, `&` and `|` are logical_and / logical_or (bool only).
  case BinOpKind::BitAnd:
    return tfElementwise(rt, "scope.logical_and", {a, b}, "and", l);
  case BinOpKind::BitOr:
    return tfElementwise(rt, "scope.logical_or", {a, b}, "or", l);
  default:
    break;
  }
  static const char *names[] = {"+", "-", "*", "/", "//", "%", "**", "@",
                                "<<", ">>", "&", "|", "^"};
  return rt.interp.error(l, std::string("the operator '") +
                                names[static_cast<int>(op)] +
                                "' on tensors is not supported by scopec");
}

FailureOr<Value> scopec::frontend::tfNeg(TFRuntime &rt, const Value &a,
                                         SrcLoc l) {
  return tfElementwise(rt, "scope.neg", {a}, "Neg", l);
}

void scopec::frontend::registerOps(TFRuntime &rt, ModuleObj &tf, ModuleObj &nn,
                                   ModuleObj &math) {
  auto both = [&](const char *name, Value f) {
    tf.add(name, f);
    math.add(name, f);
  };
  both("add", tfNative(rt, "add", [](TFRuntime &r, CallArgs &a) {
         return tfArith<Arith::Add>(r, a, "add", "Add", "Add");
       }));
  both("subtract", tfNative(rt, "subtract", [](TFRuntime &r, CallArgs &a) {
         return tfArith<Arith::Sub>(r, a, "subtract", "Sub", "Sub");
       }));
  both("multiply", tfNative(rt, "multiply", [](TFRuntime &r, CallArgs &a) {
         return tfArith<Arith::Mul>(r, a, "multiply", "Mul", "Mul");
       }));
  both("divide", tfNative(rt, "divide", [](TFRuntime &r, CallArgs &a) {
         return tfArith<Arith::Div>(r, a, "divide", "RealDiv", "truediv");
       }));
  both("truediv", tfNative(rt, "truediv", [](TFRuntime &r, CallArgs &a) {
         return tfArith<Arith::Div>(r, a, "truediv", "RealDiv", "truediv");
       }));
  // tf.floordiv names its op `floordiv`, the op type's default is FloorDiv.
  both("floordiv",
       tfNative(rt, "floordiv",
                [](TFRuntime &r, CallArgs &args) -> FailureOr<Value> {
                  static const Signature sig{"floordiv", {"x", "y", "name="}};
                  FailureOr<BoundArgs> bound = r.interp.bind(sig, args);
                  if (failed(bound))
                    return failure();
                  BoundArgs &a = *bound;
                  return tfElementwise(r, "scope.floor_div", {a["x"], a["y"]},
                                       a["name"].isStr() ? a["name"].getStr()
                                                         : "floordiv",
                                       args.loc);
                }));
  registerElementwiseOps(rt, {{"tf", &tf}, {"tf.nn", &nn}, {"tf.math", &math}});
  registerCastOps(rt, tf);
  registerReductionOps(rt, {{"tf", &tf}, {"tf.math", &math}});
  registerSliceOps(rt, tf);
  registerPadOps(rt, tf);
  registerGatherOps(rt, tf);
  registerStackOps(rt, tf);
  registerLoopOps(rt, tf);
  registerWhileOps(rt, tf);
  registerConvOps(rt, nn);
  tf.add("matmul", tfNative(rt, "matmul", tfMatmul));
  tf.add("identity", tfNative(rt, "identity", [](TFRuntime &r, CallArgs &a) {
           static const Signature sig{"identity", {"input", "name="}};
           return tfIdentity(r, a, sig, "Identity");
         }));
  tf.add("stop_gradient",
         tfNative(rt, "stop_gradient", [](TFRuntime &r, CallArgs &a) {
           static const Signature sig{"stop_gradient", {"input", "name="}};
           return tfIdentity(r, a, sig, "StopGradient");
         }));
  tf.add("convert_to_tensor",
         tfNative(rt, "convert_to_tensor", tfConvertToTensor));
  registerNNOps(rt, nn);
  registerArrayOps(rt, tf);
}

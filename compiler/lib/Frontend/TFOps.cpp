//===- TFOps.cpp - TensorFlow ops that build scope dialect IR -------------===//
//
// Each op: take its TF name (name= or TF's default, uniquified in the
// current name scope), convert Python operands to constants named under the
// op (`add/y`), check dtypes and shapes with the shared shape rules
// (reporting TF's message at the model's line), then emit the scope op with
// NameLoc(op name, file:line:col).
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

/// NHWC window values (ksize/strides/dilations) to the spatial (h, w) pair.
FailureOr<std::vector<int64_t>>
scopec::frontend::spatial(TFRuntime &rt, const Value &v, SrcLoc l,
                          const char *what, int64_t dflt) {
  if (v.isNone())
    return Shape{dflt, dflt};
  FailureOr<std::vector<int64_t>> vals = intList(rt, v, l, what);
  if (failed(vals))
    return failure();
  Shape out;
  if (vals->size() == 1)
    out = {(*vals)[0], (*vals)[0]};
  else if (vals->size() == 2)
    out = *vals;
  else if (vals->size() == 4) {
    if ((*vals)[0] != 1 || (*vals)[3] != 1)
      return rt.interp.error(l, std::string("Current implementation does not "
                                            "yet support ") +
                                    what + " in the batch and depth "
                                           "dimensions.");
    out = {(*vals)[1], (*vals)[2]};
  } else {
    return rt.interp.error(l, std::string(what) +
                                  " should be of length 1, "
                                  "2 or 4 but was " +
                                  std::to_string(vals->size()));
  }
  for (int64_t x : out)
    if (x < 1)
      return rt.interp.error(l, std::string(what) + " must be positive");
  return out;
}

FailureOr<bool> scopec::frontend::padding(TFRuntime &rt, const Value &v,
                                          SrcLoc l) {
  if (!v.isStr())
    return rt.interp.error(l, "padding must be 'SAME' or 'VALID', got " +
                                  repr(v));
  std::string p = v.getStr();
  if (p != "SAME" && p != "VALID")
    return rt.interp.error(l, "Value for attr 'padding' of \"" + p +
                                  "\" is not in the list of allowed values: "
                                  "\"SAME\", \"VALID\"");
  return p == "SAME";
}

FailureOr<ConvWindow> scopec::frontend::convWindow(TFRuntime &rt, BoundArgs &a,
                                                   SrcLoc l) {
  ConvWindow out;
  FailureOr<std::vector<int64_t>> strides =
      spatial(rt, a["strides"], l, "strides", 1);
  if (failed(strides))
    return failure();
  out.strides = std::move(*strides);
  FailureOr<std::vector<int64_t>> dilations =
      spatial(rt, a["dilations"], l, "dilations", 1);
  if (failed(dilations))
    return failure();
  out.dilations = std::move(*dilations);
  FailureOr<bool> same = padding(rt, a["padding"], l);
  if (failed(same))
    return failure();
  out.same = *same;
  return out;
}

LogicalResult scopec::frontend::dataFormat(TFRuntime &rt, const Value &v,
                                           SrcLoc l) {
  if (v.isNone() || (v.isStr() && v.getStr() == "NHWC"))
    return success();
  return rt.interp.error(l, "data_format " + repr(v) +
                                " is not supported by scopec (only 'NHWC')");
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

FailureOr<Value> tfBiasAdd(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{"bias_add",
                             {"value", "bias", "data_format=", "name="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  if (failed(dataFormat(rt, a["data_format"], args.loc)))
    return failure();
  OpCall op(rt, args.loc, "BiasAdd");
  if (failed(op.named(a["name"], "BiasAdd")))
    return failure();
  auto operands = op.inputPair(a["value"], "value", a["bias"], "bias");
  if (failed(operands))
    return failure();
  auto [x, b] = *operands;
  if (failed(op.requireFloatCompute(x, "value")))
    return failure();
  std::string err;
  if (!shapes::biasAdd(x->shape, b->shape, err))
    return op.shapeError(err);
  auto v = sc::BiasAddOp::create(op.b(), op.loc(), op.type_(x->shape, x->dtype),
                                 x->value, b->value);
  return op.result(v, x->shape, x->dtype);
}

FailureOr<Value> tfConv2D(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{
      "conv2d",
      {"input", "filter=", "strides=", "padding=", "use_cudnn_on_gpu=",
       "data_format=", "dilations=", "name=", "filters="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  if (failed(dataFormat(rt, a["data_format"], args.loc)))
    return failure();
  SrcLoc l = args.loc;
  // TF 1.15: deprecated_argument_lookup("filters", filters, "filter", filter).
  Value filterArg = a["filter"].isNone() ? a["filters"] : a["filter"];
  if (filterArg.isNone())
    return rt.interp.error(l, "conv2d() missing required argument 'filter'");
  if (a["strides"].isNone())
    return rt.interp.error(l, "conv2d() missing required argument 'strides'");
  if (a["padding"].isNone())
    return rt.interp.error(l, "conv2d() missing required argument 'padding'");
  FailureOr<ConvWindow> win = convWindow(rt, a, l);
  if (failed(win))
    return failure();
  OpCall op(rt, l, "Conv2D");
  if (failed(op.named(a["name"], "Conv2D")))
    return failure();
  auto operands = op.inputPair(a["input"], "input", filterArg, "filter");
  if (failed(operands))
    return failure();
  auto [x, w] = *operands;
  if (failed(op.requireFloat(x, "input")))
    return failure();
  Shape shape;
  std::string err;
  if (!shapes::conv2d(x->shape, w->shape, win->strides, win->dilations,
                      win->same, shape, err))
    return op.shapeError(err);
  auto v = sc::Conv2DOp::create(op.b(), op.loc(), op.type_(shape, x->dtype),
                                x->value, w->value, win->strides,
                                win->dilations, win->padding());
  return op.result(v, shape, x->dtype);
}

FailureOr<Value> tfPool(TFRuntime &rt, CallArgs &args, bool isMax) {
  // TF 1.15's tf.compat.v1.nn.max_pool/avg_pool (`input` aliases `value`).
  static const Signature ms{"max_pool",
                            {"value", "ksize", "strides", "padding",
                             "data_format=", "name=", "input="}};
  static const Signature as{"avg_pool",
                            {"value", "ksize", "strides", "padding",
                             "data_format=", "name=", "input="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(isMax ? ms : as, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  if (failed(dataFormat(rt, a["data_format"], args.loc)))
    return failure();
  SrcLoc l = args.loc;
  Value input = a["value"].isNone() ? a["input"] : a["value"];
  FailureOr<std::vector<int64_t>> ksize =
      spatial(rt, a["ksize"], l, "ksize", 1);
  if (failed(ksize))
    return failure();
  FailureOr<std::vector<int64_t>> strides =
      spatial(rt, a["strides"], l, "strides", 1);
  if (failed(strides))
    return failure();
  FailureOr<bool> same = padding(rt, a["padding"], l);
  if (failed(same))
    return failure();
  const char *type = isMax ? "MaxPool" : "AvgPool";
  OpCall op(rt, l, type);
  if (failed(op.named(a["name"], type)))
    return failure();
  FailureOr<TensorRef> xt = op.input(input, "value");
  if (failed(xt))
    return failure();
  TensorRef x = *xt;
  if (failed(isMax ? op.requireFloatCompute(x, "value")
                   : op.requireFloat(x, "value")))
    return failure();
  Shape shape;
  std::string err;
  if (!shapes::pool2d(x->shape, *ksize, *strides, *same, shape, err))
    return op.shapeError(err);
  sc::Padding p = *same ? sc::Padding::Same : sc::Padding::Valid;
  mlir::Value v =
      isMax ? sc::MaxPoolOp::create(op.b(), op.loc(), op.type_(shape, x->dtype),
                                    x->value, *ksize, *strides, p)
                  .getResult()
            : sc::AvgPoolOp::create(op.b(), op.loc(), op.type_(shape, x->dtype),
                                    x->value, *ksize, *strides, p)
                  .getResult();
  return op.result(v, shape, x->dtype);
}

FailureOr<Value> tfLRN(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{
      "lrn", {"input", "depth_radius=", "bias=", "alpha=", "beta=", "name="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  SrcLoc l = args.loc;
  int64_t radius = 5;
  double bias = 1, alpha = 1, beta = 0.5;
  if (!a["depth_radius"].isNone()) {
    FailureOr<int64_t> r =
        rt.interp.toInt(a["depth_radius"], l, "depth_radius");
    if (failed(r))
      return failure();
    radius = *r;
  }
  for (auto [name, dst] :
       {std::pair{"bias", &bias}, {"alpha", &alpha}, {"beta", &beta}}) {
    if (a[name].isNone())
      continue;
    FailureOr<double> d = rt.interp.toDouble(a[name], l, name);
    if (failed(d))
      return failure();
    *dst = *d;
  }
  OpCall op(rt, l, "LRN");
  if (failed(op.named(a["name"], "LRN")))
    return failure();
  FailureOr<TensorRef> xt = op.input(a["input"], "input");
  if (failed(xt) || failed(op.requireFloat(*xt, "input")))
    return failure();
  TensorRef x = *xt;
  if (x->shape.size() != 4)
    return op.shapeError("Shape must be rank 4 but is rank " +
                         std::to_string(x->shape.size()));
  if (radius < 0)
    return op.error("depth_radius must be non-negative");
  mlir::OpBuilder &b = op.b();
  auto v = sc::LRNOp::create(b, op.loc(), op.type_(x->shape, x->dtype),
                             x->value, b.getI64IntegerAttr(radius),
                             b.getF64FloatAttr(bias), b.getF64FloatAttr(alpha),
                             b.getF64FloatAttr(beta));
  return op.result(v, x->shape, x->dtype);
}

FailureOr<Value> tfSoftmax(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{"softmax", {"logits", "axis=", "name=", "dim="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  int64_t axis = -1;
  Value ax = a["axis"].isNone() ? a["dim"] : a["axis"];
  if (!ax.isNone()) {
    FailureOr<int64_t> i = rt.interp.toInt(ax, args.loc, "axis");
    if (failed(i))
      return failure();
    axis = *i;
  }
  OpCall op(rt, args.loc, "Softmax");
  if (failed(op.named(a["name"], "Softmax")))
    return failure();
  FailureOr<TensorRef> xt = op.input(a["logits"], "logits");
  if (failed(xt) || failed(op.requireFloat(*xt, "logits")))
    return failure();
  TensorRef x = *xt;
  int64_t norm;
  std::string err;
  if (!shapes::normalizeAxis(axis, static_cast<int64_t>(x->shape.size()), norm,
                             err))
    return op.shapeError(err);
  mlir::OpBuilder &b = op.b();
  auto v = sc::SoftmaxOp::create(b, op.loc(), op.type_(x->shape, x->dtype),
                                 x->value, b.getI64IntegerAttr(norm));
  return op.result(v, x->shape, x->dtype);
}

Value reshapeTo(OpCall &op, const TensorRef &x, const Shape &shape) {
  auto v = sc::ReshapeOp::create(op.b(), op.loc(), op.type_(shape, x->dtype),
                                 x->value);
  return op.result(v, shape, x->dtype);
}

FailureOr<Value> tfReshape(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{"reshape", {"tensor", "shape", "name="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  FailureOr<std::vector<int64_t>> req =
      intList(rt, a["shape"], args.loc, "shape");
  if (failed(req))
    return failure();
  OpCall op(rt, args.loc, "Reshape");
  if (failed(op.named(a["name"], "Reshape")))
    return failure();
  FailureOr<TensorRef> x = op.input(a["tensor"], "tensor");
  if (failed(x))
    return failure();
  Shape shape;
  std::string err;
  if (!shapes::reshape((*x)->shape, *req, shape, err))
    return op.shapeError(err);
  return reshapeTo(op, *x, shape);
}

FailureOr<Value> tfSqueeze(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{"squeeze",
                             {"input", "axis=", "name=", "squeeze_dims="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  std::vector<int64_t> axes;
  Value ax = a["axis"].isNone() ? a["squeeze_dims"] : a["axis"];
  if (!ax.isNone()) {
    FailureOr<std::vector<int64_t>> given = intList(rt, ax, args.loc, "axis");
    if (failed(given))
      return failure();
    axes = std::move(*given);
  }
  OpCall op(rt, args.loc, "Squeeze");
  if (failed(op.named(a["name"], "Squeeze")))
    return failure();
  FailureOr<TensorRef> x = op.input(a["input"], "input");
  if (failed(x))
    return failure();
  Shape shape;
  std::string err;
  if (!shapes::squeeze((*x)->shape, axes, shape, err))
    return op.shapeError(err);
  return reshapeTo(op, *x, shape);
}

FailureOr<Value> tfExpandDims(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{"expand_dims",
                             {"input", "axis=", "name=", "dim="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  Value ax = a["axis"].isNone() ? a["dim"] : a["axis"];
  if (ax.isNone())
    return rt.interp.error(args.loc, "expand_dims() needs an axis");
  FailureOr<int64_t> axis = rt.interp.toInt(ax, args.loc, "axis");
  if (failed(axis))
    return failure();
  OpCall op(rt, args.loc, "ExpandDims");
  if (failed(op.named(a["name"], "ExpandDims")))
    return failure();
  FailureOr<TensorRef> x = op.input(a["input"], "input");
  if (failed(x))
    return failure();
  Shape shape;
  std::string err;
  if (!shapes::expandDims((*x)->shape, *axis, shape, err))
    return op.shapeError(err);
  return reshapeTo(op, *x, shape);
}

FailureOr<Value> tfTranspose(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{"transpose",
                             {"a", "perm=", "name=", "conjugate="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  OpCall op(rt, args.loc, "Transpose");
  if (failed(op.named(a["name"], "transpose")))
    return failure();
  FailureOr<TensorRef> xt = op.input(a["a"], "a");
  if (failed(xt))
    return failure();
  TensorRef x = *xt;
  std::vector<int64_t> perm;
  if (a["perm"].isNone()) {
    for (int64_t i = static_cast<int64_t>(x->shape.size()) - 1; i >= 0; --i)
      perm.push_back(i);
  } else {
    FailureOr<std::vector<int64_t>> given =
        intList(rt, a["perm"], args.loc, "perm");
    if (failed(given))
      return failure();
    perm = std::move(*given);
  }
  Shape shape;
  std::string err;
  if (!shapes::transpose(x->shape, perm, shape, err))
    return op.shapeError(err);
  auto v = sc::TransposeOp::create(op.b(), op.loc(), op.type_(shape, x->dtype),
                                   x->value, perm);
  return op.result(v, shape, x->dtype);
}

FailureOr<Value> tfConcat(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{"concat", {"values", "axis", "name="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  FailureOr<std::vector<Value>> values =
      rt.interp.toList(a["values"], args.loc);
  if (failed(values))
    return failure();
  FailureOr<int64_t> axis = rt.interp.toInt(a["axis"], args.loc, "axis");
  if (failed(axis))
    return failure();
  if (values->empty())
    return rt.interp.error(args.loc, "List argument 'values' to 'ConcatV2' "
                                     "Op with length 0 shorter than minimum "
                                     "length 2.");
  OpCall op(rt, args.loc, values->size() == 1 ? "Identity" : "ConcatV2");
  if (failed(op.named(a["name"], "concat")))
    return failure();
  FailureOr<std::vector<TensorRef>> inputs = op.inputList(*values, "values");
  if (failed(inputs))
    return failure();
  std::vector<TensorRef> &ts = *inputs;
  if (ts.size() == 1) {
    auto v = sc::IdentityOp::create(op.b(), op.loc(),
                                    op.type_(ts[0]->shape, ts[0]->dtype),
                                    ts[0]->value);
    return op.result(v, ts[0]->shape, ts[0]->dtype);
  }
  std::vector<Shape> shapesIn;
  llvm::SmallVector<mlir::Value> operands;
  for (auto &t : ts) {
    shapesIn.push_back(t->shape);
    operands.push_back(t->value);
  }
  Shape shape;
  std::string err;
  if (!shapes::concat(shapesIn, *axis, shape, err))
    return op.shapeError(err);
  int64_t norm = *axis < 0 ? *axis + static_cast<int64_t>(shape.size()) : *axis;
  mlir::OpBuilder &b = op.b();
  auto v = sc::ConcatOp::create(b, op.loc(), op.type_(shape, ts[0]->dtype),
                                operands, b.getI64IntegerAttr(norm));
  return op.result(v, shape, ts[0]->dtype);
}

FailureOr<Value> tfSplit(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{
      "split", {"value", "num_or_size_splits", "axis=", "num=", "name="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  SrcLoc l = args.loc;
  int64_t axis = 0;
  if (!a["axis"].isNone()) {
    FailureOr<int64_t> i = rt.interp.toInt(a["axis"], l, "axis");
    if (failed(i))
      return failure();
    axis = *i;
  }
  const Value &splits = a["num_or_size_splits"];
  bool equal = splits.isIntLike();
  OpCall op(rt, l, equal ? "Split" : "SplitV");
  if (failed(op.named(a["name"], "split")))
    return failure();
  FailureOr<TensorRef> xt = op.input(a["value"], "value");
  if (failed(xt))
    return failure();
  TensorRef x = *xt;
  int64_t norm;
  std::string err;
  if (!shapes::normalizeAxis(axis, static_cast<int64_t>(x->shape.size()), norm,
                             err))
    return op.shapeError(err);
  Shape sizes;
  if (equal) {
    int64_t n = splits.getInt();
    if (n <= 0 || n > 4096)
      return op.error("num_or_size_splits must be a positive number of "
                      "pieces, got " +
                      std::to_string(n));
    if (x->shape[norm] % n != 0)
      return op.shapeError("Dimension size must be evenly divisible by " +
                           std::to_string(n) + " but is " +
                           std::to_string(x->shape[norm]));
    sizes.assign(n, x->shape[norm] / n);
  } else {
    FailureOr<std::vector<int64_t>> s =
        intList(rt, splits, l, "num_or_size_splits");
    if (failed(s))
      return failure();
    if (s->empty() || s->size() > 4096)
      return op.error("num_or_size_splits must not be empty");
    sizes = *s;
  }
  std::vector<Shape> results;
  if (!shapes::split(x->shape, norm, sizes, results, err))
    return op.shapeError(err);
  llvm::SmallVector<mlir::Type> types;
  for (const Shape &s : results)
    types.push_back(op.type_(s, x->dtype));
  mlir::OpBuilder &b = op.b();
  auto s = sc::SplitOp::create(b, op.loc(), types, x->value,
                               b.getI64IntegerAttr(norm));
  std::vector<Value> pieces;
  for (size_t i = 0; i < results.size(); ++i)
    pieces.push_back(Value::object(rt.newTensor(
        op.name, op.type, results[i], x->dtype, s.getResult(i), op.loc(),
        static_cast<int>(i))));
  return Value::list(pieces);
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

void scopec::frontend::registerOps(TFRuntime &rt, ModuleObj &tf,
                                   ModuleObj &nn, ModuleObj &math) {
  TFRuntime *p = &rt;
  auto fn = [p](const char *name,
                std::function<FailureOr<Value>(TFRuntime &, CallArgs &)> f) {
    return Interpreter::native(
        name, [p, f](Interpreter &, CallArgs &a) { return f(*p, a); });
  };
  auto both = [&](const char *name, Value f) {
    tf.add(name, f);
    math.add(name, f);
  };
  both("add", fn("add", [](TFRuntime &r, CallArgs &a) {
         return tfArith<Arith::Add>(r, a, "add", "Add", "Add");
       }));
  both("subtract", fn("subtract", [](TFRuntime &r, CallArgs &a) {
         return tfArith<Arith::Sub>(r, a, "subtract", "Sub", "Sub");
       }));
  both("multiply", fn("multiply", [](TFRuntime &r, CallArgs &a) {
         return tfArith<Arith::Mul>(r, a, "multiply", "Mul", "Mul");
       }));
  both("divide", fn("divide", [](TFRuntime &r, CallArgs &a) {
         return tfArith<Arith::Div>(r, a, "divide", "RealDiv", "truediv");
       }));
  both("truediv", fn("truediv", [](TFRuntime &r, CallArgs &a) {
         return tfArith<Arith::Div>(r, a, "truediv", "RealDiv", "truediv");
       }));
  // tf.floordiv names its op `floordiv`, the op type's default is FloorDiv.
  both("floordiv",
       fn("floordiv", [](TFRuntime &r, CallArgs &args) -> FailureOr<Value> {
         static const Signature sig{"floordiv", {"x", "y", "name="}};
         FailureOr<BoundArgs> bound = r.interp.bind(sig, args);
         if (failed(bound))
           return failure();
         BoundArgs &a = *bound;
         return tfElementwise(
             r, "scope.floor_div", {a["x"], a["y"]},
             a["name"].isStr() ? a["name"].getStr() : "floordiv", args.loc);
       }));
  registerElementwiseOps(rt, {{"tf", &tf}, {"tf.nn", &nn}, {"tf.math", &math}});
  registerCastOps(rt, tf);
  registerReductionOps(rt, {{"tf", &tf}, {"tf.math", &math}});
  registerSliceOps(rt, tf);
  registerPadOps(rt, tf);
  registerGatherOps(rt, tf);
  registerStackOps(rt, tf);
  registerLoopOps(rt, tf);
  registerConvOps(rt, nn);
  tf.add("matmul", fn("matmul", tfMatmul));
  tf.add("identity", fn("identity", [](TFRuntime &r, CallArgs &a) {
           static const Signature sig{"identity", {"input", "name="}};
           return tfIdentity(r, a, sig, "Identity");
         }));
  tf.add("stop_gradient", fn("stop_gradient", [](TFRuntime &r, CallArgs &a) {
           static const Signature sig{"stop_gradient", {"input", "name="}};
           return tfIdentity(r, a, sig, "StopGradient");
         }));
  tf.add("convert_to_tensor", fn("convert_to_tensor", tfConvertToTensor));
  Value softmax = fn("softmax", tfSoftmax);
  nn.add("softmax", softmax);
  nn.add("bias_add", fn("bias_add", tfBiasAdd));
  nn.add("conv2d", fn("conv2d", tfConv2D));
  nn.add("max_pool", fn("max_pool", [](TFRuntime &r, CallArgs &a) {
           return tfPool(r, a, true);
         }));
  nn.add("avg_pool", fn("avg_pool", [](TFRuntime &r, CallArgs &a) {
           return tfPool(r, a, false);
         }));
  Value lrn = fn("lrn", tfLRN);
  nn.add("lrn", lrn);
  nn.add("local_response_normalization", lrn);
  tf.add("reshape", fn("reshape", tfReshape));
  tf.add("transpose", fn("transpose", tfTranspose));
  tf.add("concat", fn("concat", tfConcat));
  tf.add("split", fn("split", tfSplit));
  tf.add("squeeze", fn("squeeze", tfSqueeze));
  tf.add("expand_dims", fn("expand_dims", tfExpandDims));
}

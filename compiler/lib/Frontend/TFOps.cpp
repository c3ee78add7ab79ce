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

bool scopec::frontend::intList(TFRuntime &rt, const Value &v, SrcLoc l,
                               const char *what, std::vector<int64_t> &out) {
  out.clear();
  if (v.isIntLike()) {
    out.push_back(v.getInt());
    return true;
  }
  // Integer tensors known at compile time (tf.shape(x), tf.shape(x)[0] * 2).
  auto staticInts = [&](const Value &t, size_t maxRank) {
    std::vector<double> values;
    const TensorObj &tensor = *t.as<TensorObj>();
    if (tensor.shape.size() > maxRank || isFloatDType(tensor.dtype) ||
        !rt.staticValues(tensor, values))
      return rt.interp.error(l, std::string(what) +
                                    " must be integers known at compile "
                                    "time (scopec shapes are static), not '" +
                                    tensor.tensorName() + "'");
    for (double d : values)
      out.push_back(static_cast<int64_t>(d));
    return true;
  };
  if (isa<TensorObj>(v))
    return staticInts(v, 1);
  // A TensorShape converts to its dims (TF: only when fully known).
  if (isa<TensorShapeObj>(v)) {
    const auto *shape = v.as<TensorShapeObj>();
    for (int64_t d : shape->dims)
      if (d < 0)
        return rt.interp.error(l, "Cannot convert a partially known "
                                  "TensorShape to a Tensor: " +
                                      shape->str());
    out = shape->dims;
    return true;
  }
  if (!v.isSeq())
    return rt.interp.error(l, std::string(what) +
                                  " must be a list of integers, not " +
                                  typeName(v));
  for (const Value &x : v.items()) {
    if (isa<TensorObj>(x)) {
      if (!staticInts(x, 0))
        return false;
      continue;
    }
    int64_t i;
    if (!rt.interp.toInt(x, l, i, what))
      return false;
    out.push_back(i);
  }
  return true;
}

/// NHWC window values (ksize/strides/dilations) to the spatial (h, w) pair.
bool scopec::frontend::spatial(TFRuntime &rt, const Value &v, SrcLoc l, const char *what,
             int64_t dflt, Shape &out) {
  if (v.isNone()) {
    out = {dflt, dflt};
    return true;
  }
  std::vector<int64_t> vals;
  if (!intList(rt, v, l, what, vals))
    return false;
  if (vals.size() == 1)
    out = {vals[0], vals[0]};
  else if (vals.size() == 2)
    out = vals;
  else if (vals.size() == 4) {
    if (vals[0] != 1 || vals[3] != 1)
      return rt.interp.error(l, std::string("Current implementation does not "
                                            "yet support ") +
                                    what + " in the batch and depth "
                                           "dimensions.");
    out = {vals[1], vals[2]};
  } else {
    return rt.interp.error(l, std::string(what) + " should be of length 1, "
                                                  "2 or 4 but was " +
                                  std::to_string(vals.size()));
  }
  for (int64_t x : out)
    if (x < 1)
      return rt.interp.error(l, std::string(what) + " must be positive");
  return true;
}

bool scopec::frontend::padding(TFRuntime &rt, const Value &v, SrcLoc l, bool &same) {
  if (!v.isStr())
    return rt.interp.error(l, "padding must be 'SAME' or 'VALID', got " +
                                  repr(v));
  std::string p = v.getStr();
  if (p != "SAME" && p != "VALID")
    return rt.interp.error(l, "Value for attr 'padding' of \"" + p +
                                  "\" is not in the list of allowed values: "
                                  "\"SAME\", \"VALID\"");
  same = p == "SAME";
  return true;
}

bool scopec::frontend::convWindow(TFRuntime &rt, BoundArgs &a, SrcLoc l,
                                  ConvWindow &out) {
  return spatial(rt, a["strides"], l, "strides", 1, out.strides) &&
         spatial(rt, a["dilations"], l, "dilations", 1, out.dilations) &&
         padding(rt, a["padding"], l, out.same);
}

bool scopec::frontend::dataFormat(TFRuntime &rt, const Value &v, SrcLoc l) {
  if (v.isNone() || (v.isStr() && v.getStr() == "NHWC"))
    return true;
  return rt.interp.error(l, "data_format " + repr(v) +
                                " is not supported by scopec (only 'NHWC')");
}

namespace {

enum class Arith { Add, Sub, Mul, Div };

bool arith(TFRuntime &rt, Arith k, const Value &x, const Value &y, SrcLoc l,
           const std::string &dflt, const std::string &type,
           const Value &nameArg, Value &out) {
  OpCall op(rt, l, type);
  if (!op.named(nameArg, dflt))
    return false;
  std::optional<DType> dt;
  if (isa<TensorObj>(x))
    dt = x.as<TensorObj>()->dtype;
  else if (isa<TensorObj>(y))
    dt = y.as<TensorObj>()->dtype;
  TensorRef a, b;
  if (!op.input(x, "x", a, dt) || !op.input(y, "y", b, dt))
    return false;
  if (!op.sameDType(a, b, "x", "y"))
    return false;
  if (k == Arith::Div)
    trueDivide(op, a, b);
  else if (!op.allowDTypes(a, "x",
                           "bfloat16, float16, float32, float64, "
                           "int32, int64"))
    return false;
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
  return op.result(v, shape, a->dtype, out);
}

bool matmul(TFRuntime &rt, const Value &x, const Value &y, bool ta, bool tb,
            SrcLoc l, const std::string &dflt, const Value &nameArg,
            Value &out) {
  OpCall op(rt, l, "MatMul");
  if (!op.named(nameArg, dflt))
    return false;
  std::optional<DType> dt;
  if (isa<TensorObj>(x))
    dt = x.as<TensorObj>()->dtype;
  else if (isa<TensorObj>(y))
    dt = y.as<TensorObj>()->dtype;
  TensorRef a, b;
  if (!op.input(x, "a", a, dt) || !op.input(y, "b", b, dt))
    return false;
  if (!op.sameDType(a, b, "a", "b") || !op.requireFloatCompute(a, "a"))
    return false;
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
    return op.result(v, shape, a->dtype, out);
  }
  if (a->shape.size() != 2 || b->shape.size() != 2)
    return op.shapeError("Shape must be rank 2 but is rank " +
                         std::to_string(a->shape.size() != 2 ? a->shape.size()
                                                              : b->shape.size()));
  if (!shapes::matmul(a->shape, b->shape, ta, tb, shape, err))
    return op.shapeError(err);
  auto v = sc::MatMulOp::create(op.b(), op.loc(), op.type_(shape, a->dtype),
                                a->value, b->value, ta, tb);
  return op.result(v, shape, a->dtype, out);
}

//===----------------------------------------------------------------------===//
// tf.* functions
//===----------------------------------------------------------------------===//

template <Arith K>
bool tfArith(TFRuntime &rt, CallArgs &args, Value &out, const char *fname,
             const char *type, const char *dflt) {
  Signature sig{fname, {"x", "y", "name="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  return arith(rt, K, a["x"], a["y"], args.loc, dflt, type, a["name"], out);
}

/// tf.identity and tf.stop_gradient (an identity at inference).
bool tfIdentity(TFRuntime &rt, CallArgs &args, Value &out,
                const Signature &sig, const char *type) {
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  OpCall op(rt, args.loc, type);
  TensorRef x;
  if (!op.named(a["name"], type) || !op.input(a["input"], "input", x))
    return false;
  mlir::Value v = sc::IdentityOp::create(
      op.b(), op.loc(), op.type_(x->shape, x->dtype), x->value);
  return op.result(v, x->shape, x->dtype, out);
}

bool tfConvertToTensor(TFRuntime &rt, CallArgs &args, Value &out) {
  static const Signature sig{"convert_to_tensor",
                             {"value", "dtype=", "name=", "preferred_dtype=",
                              "dtype_hint="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  std::optional<DType> dtype;
  DType d;
  if (!a["dtype"].isNone()) {
    if (!rt.toDType(a["dtype"], args.loc, d))
      return false;
    dtype = d;
  }
  const Value &value = a["value"];
  if (isa<TensorObj>(value)) {
    DType has = value.as<TensorObj>()->dtype;
    if (dtype && *dtype != has)
      return rt.interp.raise(args.loc, "ValueError",
                             std::string("Tensor conversion requested dtype ") +
                                 dtypeName(*dtype) + " for Tensor with dtype " +
                                 dtypeName(has) + ": " + repr(value));
    out = value;
    return true;
  }
  // A preferred dtype applies when the value converts to it (a float
  // preference for Python ints; TF falls back to the value's own dtype).
  Value hint = a["dtype_hint"].isNone() ? a["preferred_dtype"] : a["dtype_hint"];
  if (!dtype && !hint.isNone()) {
    if (!rt.toDType(hint, args.loc, d))
      return false;
    if (isFloatDType(d))
      dtype = d;
  }
  std::string name = "Const";
  if (a["name"].isStr() && !a["name"].getStr().empty())
    name = a["name"].getStr();
  TensorRef t;
  if (!rt.toTensor(value, args.loc, t, dtype, name))
    return false;
  out = Value::object(t);
  return true;
}

bool tfMatmul(TFRuntime &rt, CallArgs &args, Value &out) {
  static const Signature sig{
      "matmul",
      {"a", "b", "transpose_a=", "transpose_b=", "adjoint_a=", "adjoint_b=",
       "a_is_sparse=", "b_is_sparse=", "name="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  bool ta = false, tb = false, x;
  if (!rt.interp.isTrue(a["transpose_a"], args.loc, ta) ||
      !rt.interp.isTrue(a["transpose_b"], args.loc, tb))
    return false;
  for (const char *p :
       {"adjoint_a", "adjoint_b", "a_is_sparse", "b_is_sparse"}) {
    if (!rt.interp.isTrue(a[p], args.loc, x))
      return false;
    if (x)
      return rt.interp.error(args.loc, std::string("tf.matmul(") + p +
                                           "=True) is not supported by scopec");
  }
  return matmul(rt, a["a"], a["b"], ta, tb, args.loc, "MatMul", a["name"], out);
}

bool tfBiasAdd(TFRuntime &rt, CallArgs &args, Value &out) {
  static const Signature sig{"bias_add",
                             {"value", "bias", "data_format=", "name="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a) ||
      !dataFormat(rt, a["data_format"], args.loc))
    return false;
  OpCall op(rt, args.loc, "BiasAdd");
  TensorRef x, b;
  if (!op.named(a["name"], "BiasAdd") || !op.input(a["value"], "value", x))
    return false;
  if (!op.input(a["bias"], "bias", b, x->dtype))
    return false;
  if (!op.sameDType(x, b, "value", "bias") ||
      !op.requireFloatCompute(x, "value"))
    return false;
  std::string err;
  if (!shapes::biasAdd(x->shape, b->shape, err))
    return op.shapeError(err);
  auto v = sc::BiasAddOp::create(op.b(), op.loc(), op.type_(x->shape, x->dtype),
                                 x->value, b->value);
  return op.result(v, x->shape, x->dtype, out);
}

bool tfConv2D(TFRuntime &rt, CallArgs &args, Value &out) {
  static const Signature sig{
      "conv2d",
      {"input", "filter=", "strides=", "padding=", "use_cudnn_on_gpu=",
       "data_format=", "dilations=", "name=", "filters="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a) ||
      !dataFormat(rt, a["data_format"], args.loc))
    return false;
  SrcLoc l = args.loc;
  // TF 1.15: deprecated_argument_lookup("filters", filters, "filter", filter).
  Value filterArg = a["filter"].isNone() ? a["filters"] : a["filter"];
  if (filterArg.isNone())
    return rt.interp.error(l, "conv2d() missing required argument 'filter'");
  if (a["strides"].isNone())
    return rt.interp.error(l, "conv2d() missing required argument 'strides'");
  if (a["padding"].isNone())
    return rt.interp.error(l, "conv2d() missing required argument 'padding'");
  ConvWindow win;
  if (!convWindow(rt, a, l, win))
    return false;
  OpCall op(rt, l, "Conv2D");
  TensorRef x, w;
  if (!op.named(a["name"], "Conv2D") || !op.input(a["input"], "input", x) ||
      !op.input(filterArg, "filter", w, x->dtype))
    return false;
  if (!op.sameDType(x, w, "input", "filter") || !op.requireFloat(x, "input"))
    return false;
  Shape shape;
  std::string err;
  if (!shapes::conv2d(x->shape, w->shape, win.strides, win.dilations,
                      win.same, shape, err))
    return op.shapeError(err);
  auto v = sc::Conv2DOp::create(op.b(), op.loc(), op.type_(shape, x->dtype),
                                x->value, w->value, win.strides,
                                win.dilations, win.padding());
  return op.result(v, shape, x->dtype, out);
}

bool tfPool(TFRuntime &rt, CallArgs &args, Value &out, bool isMax) {
  // TF 1.15's tf.compat.v1.nn.max_pool/avg_pool (`input` aliases `value`).
  static const Signature ms{"max_pool",
                            {"value", "ksize", "strides", "padding",
                             "data_format=", "name=", "input="}};
  static const Signature as{"avg_pool",
                            {"value", "ksize", "strides", "padding",
                             "data_format=", "name=", "input="}};
  BoundArgs a;
  if (!rt.interp.bind(isMax ? ms : as, args, a) ||
      !dataFormat(rt, a["data_format"], args.loc))
    return false;
  SrcLoc l = args.loc;
  Value input = a["value"].isNone() ? a["input"] : a["value"];
  Shape ksize, strides;
  bool same;
  if (!spatial(rt, a["ksize"], l, "ksize", 1, ksize) ||
      !spatial(rt, a["strides"], l, "strides", 1, strides) ||
      !padding(rt, a["padding"], l, same))
    return false;
  const char *type = isMax ? "MaxPool" : "AvgPool";
  OpCall op(rt, l, type);
  TensorRef x;
  if (!op.named(a["name"], type) || !op.input(input, "value", x) ||
      !(isMax ? op.requireFloatCompute(x, "value")
              : op.requireFloat(x, "value")))
    return false;
  Shape shape;
  std::string err;
  if (!shapes::pool2d(x->shape, ksize, strides, same, shape, err))
    return op.shapeError(err);
  sc::Padding p = same ? sc::Padding::Same : sc::Padding::Valid;
  mlir::Value v =
      isMax ? sc::MaxPoolOp::create(op.b(), op.loc(), op.type_(shape, x->dtype),
                                    x->value, ksize, strides, p)
                  .getResult()
            : sc::AvgPoolOp::create(op.b(), op.loc(), op.type_(shape, x->dtype),
                                    x->value, ksize, strides, p)
                  .getResult();
  return op.result(v, shape, x->dtype, out);
}

bool tfLRN(TFRuntime &rt, CallArgs &args, Value &out) {
  static const Signature sig{
      "lrn", {"input", "depth_radius=", "bias=", "alpha=", "beta=", "name="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  SrcLoc l = args.loc;
  int64_t radius = 5;
  double bias = 1, alpha = 1, beta = 0.5;
  if (!a["depth_radius"].isNone() &&
      !rt.interp.toInt(a["depth_radius"], l, radius, "depth_radius"))
    return false;
  if (!a["bias"].isNone() && !rt.interp.toDouble(a["bias"], l, bias, "bias"))
    return false;
  if (!a["alpha"].isNone() &&
      !rt.interp.toDouble(a["alpha"], l, alpha, "alpha"))
    return false;
  if (!a["beta"].isNone() && !rt.interp.toDouble(a["beta"], l, beta, "beta"))
    return false;
  OpCall op(rt, l, "LRN");
  TensorRef x;
  if (!op.named(a["name"], "LRN") || !op.input(a["input"], "input", x) ||
      !op.requireFloat(x, "input"))
    return false;
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
  return op.result(v, x->shape, x->dtype, out);
}

bool tfSoftmax(TFRuntime &rt, CallArgs &args, Value &out) {
  static const Signature sig{"softmax", {"logits", "axis=", "name=", "dim="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  int64_t axis = -1;
  Value ax = a["axis"].isNone() ? a["dim"] : a["axis"];
  if (!ax.isNone() && !rt.interp.toInt(ax, args.loc, axis, "axis"))
    return false;
  OpCall op(rt, args.loc, "Softmax");
  TensorRef x;
  if (!op.named(a["name"], "Softmax") || !op.input(a["logits"], "logits", x) ||
      !op.requireFloat(x, "logits"))
    return false;
  int64_t norm;
  std::string err;
  if (!shapes::normalizeAxis(axis, static_cast<int64_t>(x->shape.size()), norm,
                             err))
    return op.shapeError(err);
  mlir::OpBuilder &b = op.b();
  auto v = sc::SoftmaxOp::create(b, op.loc(), op.type_(x->shape, x->dtype),
                                 x->value, b.getI64IntegerAttr(norm));
  return op.result(v, x->shape, x->dtype, out);
}

bool reshapeTo(OpCall &op, const TensorRef &x, const Shape &shape,
               Value &out) {
  auto v = sc::ReshapeOp::create(op.b(), op.loc(), op.type_(shape, x->dtype),
                                 x->value);
  return op.result(v, shape, x->dtype, out);
}

bool tfReshape(TFRuntime &rt, CallArgs &args, Value &out) {
  static const Signature sig{"reshape", {"tensor", "shape", "name="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  std::vector<int64_t> req;
  if (!intList(rt, a["shape"], args.loc, "shape", req))
    return false;
  OpCall op(rt, args.loc, "Reshape");
  TensorRef x;
  if (!op.named(a["name"], "Reshape") || !op.input(a["tensor"], "tensor", x))
    return false;
  Shape shape;
  std::string err;
  if (!shapes::reshape(x->shape, req, shape, err))
    return op.shapeError(err);
  return reshapeTo(op, x, shape, out);
}

bool tfSqueeze(TFRuntime &rt, CallArgs &args, Value &out) {
  static const Signature sig{"squeeze",
                             {"input", "axis=", "name=", "squeeze_dims="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  std::vector<int64_t> axes;
  Value ax = a["axis"].isNone() ? a["squeeze_dims"] : a["axis"];
  if (!ax.isNone() && !intList(rt, ax, args.loc, "axis", axes))
    return false;
  OpCall op(rt, args.loc, "Squeeze");
  TensorRef x;
  if (!op.named(a["name"], "Squeeze") || !op.input(a["input"], "input", x))
    return false;
  Shape shape;
  std::string err;
  if (!shapes::squeeze(x->shape, axes, shape, err))
    return op.shapeError(err);
  return reshapeTo(op, x, shape, out);
}

bool tfExpandDims(TFRuntime &rt, CallArgs &args, Value &out) {
  static const Signature sig{"expand_dims",
                             {"input", "axis=", "name=", "dim="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  Value ax = a["axis"].isNone() ? a["dim"] : a["axis"];
  if (ax.isNone())
    return rt.interp.error(args.loc, "expand_dims() needs an axis");
  int64_t axis;
  if (!rt.interp.toInt(ax, args.loc, axis, "axis"))
    return false;
  OpCall op(rt, args.loc, "ExpandDims");
  TensorRef x;
  if (!op.named(a["name"], "ExpandDims") || !op.input(a["input"], "input", x))
    return false;
  Shape shape;
  std::string err;
  if (!shapes::expandDims(x->shape, axis, shape, err))
    return op.shapeError(err);
  return reshapeTo(op, x, shape, out);
}

bool tfTranspose(TFRuntime &rt, CallArgs &args, Value &out) {
  static const Signature sig{"transpose",
                             {"a", "perm=", "name=", "conjugate="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  OpCall op(rt, args.loc, "Transpose");
  TensorRef x;
  if (!op.named(a["name"], "transpose") || !op.input(a["a"], "a", x))
    return false;
  std::vector<int64_t> perm;
  if (a["perm"].isNone()) {
    for (int64_t i = static_cast<int64_t>(x->shape.size()) - 1; i >= 0; --i)
      perm.push_back(i);
  } else if (!intList(rt, a["perm"], args.loc, "perm", perm)) {
    return false;
  }
  Shape shape;
  std::string err;
  if (!shapes::transpose(x->shape, perm, shape, err))
    return op.shapeError(err);
  auto v = sc::TransposeOp::create(op.b(), op.loc(), op.type_(shape, x->dtype),
                                   x->value, perm);
  return op.result(v, shape, x->dtype, out);
}

bool tfConcat(TFRuntime &rt, CallArgs &args, Value &out) {
  static const Signature sig{"concat", {"values", "axis", "name="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  std::vector<Value> values;
  if (!rt.interp.toList(a["values"], args.loc, values))
    return false;
  int64_t axis;
  if (!rt.interp.toInt(a["axis"], args.loc, axis, "axis"))
    return false;
  if (values.empty())
    return rt.interp.error(args.loc, "List argument 'values' to 'ConcatV2' "
                                     "Op with length 0 shorter than minimum "
                                     "length 2.");
  OpCall op(rt, args.loc, values.size() == 1 ? "Identity" : "ConcatV2");
  if (!op.named(a["name"], "concat"))
    return false;
  std::vector<TensorRef> ts;
  if (!op.inputList(values, "values", ts))
    return false;
  if (ts.size() == 1) {
    auto v = sc::IdentityOp::create(op.b(), op.loc(),
                                    op.type_(ts[0]->shape, ts[0]->dtype),
                                    ts[0]->value);
    return op.result(v, ts[0]->shape, ts[0]->dtype, out);
  }
  std::vector<Shape> shapesIn;
  llvm::SmallVector<mlir::Value> operands;
  for (auto &t : ts) {
    shapesIn.push_back(t->shape);
    operands.push_back(t->value);
  }
  Shape shape;
  std::string err;
  if (!shapes::concat(shapesIn, axis, shape, err))
    return op.shapeError(err);
  int64_t norm = axis < 0 ? axis + static_cast<int64_t>(shape.size()) : axis;
  mlir::OpBuilder &b = op.b();
  auto v = sc::ConcatOp::create(b, op.loc(), op.type_(shape, ts[0]->dtype),
                                operands, b.getI64IntegerAttr(norm));
  return op.result(v, shape, ts[0]->dtype, out);
}

bool tfSplit(TFRuntime &rt, CallArgs &args, Value &out) {
  static const Signature sig{
      "split", {"value", "num_or_size_splits", "axis=", "num=", "name="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  SrcLoc l = args.loc;
  int64_t axis = 0;
  if (!a["axis"].isNone() && !rt.interp.toInt(a["axis"], l, axis, "axis"))
    return false;
  const Value &splits = a["num_or_size_splits"];
  bool equal = splits.isIntLike();
  OpCall op(rt, l, equal ? "Split" : "SplitV");
  TensorRef x;
  if (!op.named(a["name"], "split") || !op.input(a["value"], "value", x))
    return false;
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
    std::vector<int64_t> s;
    if (!intList(rt, splits, l, "num_or_size_splits", s))
      return false;
    if (s.empty() || s.size() > 4096)
      return op.error("num_or_size_splits must not be empty");
    sizes = s;
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
  out = Value::list(pieces);
  return true;
}

} // namespace

bool scopec::frontend::tfOperator(TFRuntime &rt, BinOpKind op, const Value &a,
                                  const Value &b, SrcLoc l, Value &out) {
  switch (op) {
  case BinOpKind::Add:
    // TF 1.15's `+` is AddV2 (math_ops._add_dispatch); tf.add stays Add.
    return arith(rt, Arith::Add, a, b, l, "add", "AddV2", Value::none(), out);
  case BinOpKind::Sub:
    return arith(rt, Arith::Sub, a, b, l, "sub", "Sub", Value::none(), out);
  case BinOpKind::Mul:
    return arith(rt, Arith::Mul, a, b, l, "mul", "Mul", Value::none(), out);
  case BinOpKind::Div:
    return arith(rt, Arith::Div, a, b, l, "truediv", "RealDiv", Value::none(),
                 out);
  case BinOpKind::MatMul:
    return matmul(rt, a, b, false, false, l, "matmul", Value::none(), out);
  case BinOpKind::Pow:
    return tfElementwise(rt, "scope.pow", {a, b}, "pow", l, out);
  case BinOpKind::FloorDiv:
    return tfElementwise(rt, "scope.floor_div", {a, b}, "floordiv", l, out);
  case BinOpKind::Mod:
    return tfElementwise(rt, "scope.floor_mod", {a, b}, "mod", l, out);
  // On tensors, `&` and `|` are logical_and / logical_or (bool only).
  case BinOpKind::BitAnd:
    return tfElementwise(rt, "scope.logical_and", {a, b}, "and", l, out);
  case BinOpKind::BitOr:
    return tfElementwise(rt, "scope.logical_or", {a, b}, "or", l, out);
  default:
    break;
  }
  static const char *names[] = {"+", "-", "*", "/", "//", "%", "**", "@",
                                "<<", ">>", "&", "|", "^"};
  return rt.interp.error(l, std::string("the operator '") +
                                names[static_cast<int>(op)] +
                                "' on tensors is not supported by scopec");
}

bool scopec::frontend::tfNeg(TFRuntime &rt, const Value &a, SrcLoc l,
                             Value &out) {
  return tfElementwise(rt, "scope.neg", {a}, "Neg", l, out);
}

void scopec::frontend::registerOps(TFRuntime &rt, ModuleObj &tf,
                                   ModuleObj &nn, ModuleObj &math) {
  TFRuntime *p = &rt;
  auto fn = [p](const char *name,
                std::function<bool(TFRuntime &, CallArgs &, Value &)> f) {
    return Interpreter::native(name, [p, f](Interpreter &, CallArgs &a,
                                            Value &o) { return f(*p, a, o); });
  };
  auto both = [&](const char *name, Value f) {
    tf.add(name, f);
    math.add(name, f);
  };
  both("add", fn("add", [](TFRuntime &r, CallArgs &a, Value &o) {
         return tfArith<Arith::Add>(r, a, o, "add", "Add", "Add");
       }));
  both("subtract", fn("subtract", [](TFRuntime &r, CallArgs &a, Value &o) {
         return tfArith<Arith::Sub>(r, a, o, "subtract", "Sub", "Sub");
       }));
  both("multiply", fn("multiply", [](TFRuntime &r, CallArgs &a, Value &o) {
         return tfArith<Arith::Mul>(r, a, o, "multiply", "Mul", "Mul");
       }));
  both("divide", fn("divide", [](TFRuntime &r, CallArgs &a, Value &o) {
         return tfArith<Arith::Div>(r, a, o, "divide", "RealDiv", "truediv");
       }));
  both("truediv", fn("truediv", [](TFRuntime &r, CallArgs &a, Value &o) {
         return tfArith<Arith::Div>(r, a, o, "truediv", "RealDiv", "truediv");
       }));
  // tf.floordiv names its op `floordiv`, the op type's default is FloorDiv.
  both("floordiv", fn("floordiv", [](TFRuntime &r, CallArgs &args, Value &o) {
         static const Signature sig{"floordiv", {"x", "y", "name="}};
         BoundArgs a;
         if (!r.interp.bind(sig, args, a))
           return false;
         return tfElementwise(
             r, "scope.floor_div", {a["x"], a["y"]},
             a["name"].isStr() ? a["name"].getStr() : "floordiv", args.loc, o);
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
  tf.add("identity", fn("identity", [](TFRuntime &r, CallArgs &a, Value &o) {
           static const Signature sig{"identity", {"input", "name="}};
           return tfIdentity(r, a, o, sig, "Identity");
         }));
  tf.add("stop_gradient",
         fn("stop_gradient", [](TFRuntime &r, CallArgs &a, Value &o) {
           static const Signature sig{"stop_gradient", {"input", "name="}};
           return tfIdentity(r, a, o, sig, "StopGradient");
         }));
  tf.add("convert_to_tensor", fn("convert_to_tensor", tfConvertToTensor));
  Value softmax = fn("softmax", tfSoftmax);
  nn.add("softmax", softmax);
  nn.add("bias_add", fn("bias_add", tfBiasAdd));
  nn.add("conv2d", fn("conv2d", tfConv2D));
  nn.add("max_pool", fn("max_pool", [](TFRuntime &r, CallArgs &a, Value &o) {
           return tfPool(r, a, o, true);
         }));
  nn.add("avg_pool", fn("avg_pool", [](TFRuntime &r, CallArgs &a, Value &o) {
           return tfPool(r, a, o, false);
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

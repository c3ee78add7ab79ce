//===- TFNNOps.cpp - tf.nn ops: bias_add, conv2d, pooling, lrn, softmax ---===//
//
// TF 1.15's tf.nn.bias_add, conv2d, max_pool, avg_pool, lrn and softmax,
// each one scope op, and the NHWC window arguments (ksize, strides,
// dilations, padding, data_format) they share with TFConv.cpp.
//
//===----------------------------------------------------------------------===//

#include "TFApi.h"
#include "TFOpCall.h"

using namespace scopec::frontend;
namespace sc = scopec::scope;
namespace shapes = scopec::shapes;

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
                                    what +
                                    " in the batch and depth "
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
    return rt.interp.error(l,
                           "padding must be 'SAME' or 'VALID', got " + repr(v));
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
  auto v =
      sc::LRNOp::create(b, op.loc(), op.type_(x->shape, x->dtype), x->value,
                        b.getI64IntegerAttr(radius), b.getF64FloatAttr(bias),
                        b.getF64FloatAttr(alpha), b.getF64FloatAttr(beta));
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

} // namespace

void scopec::frontend::registerNNOps(TFRuntime &rt, ModuleObj &nn) {
  Value softmax = tfNative(rt, "softmax", tfSoftmax);
  nn.add("softmax", softmax);
  nn.add("bias_add", tfNative(rt, "bias_add", tfBiasAdd));
  nn.add("conv2d", tfNative(rt, "conv2d", tfConv2D));
  nn.add("max_pool", tfNative(rt, "max_pool", [](TFRuntime &r, CallArgs &a) {
           return tfPool(r, a, true);
         }));
  nn.add("avg_pool", tfNative(rt, "avg_pool", [](TFRuntime &r, CallArgs &a) {
           return tfPool(r, a, false);
         }));
  Value lrn = tfNative(rt, "lrn", tfLRN);
  nn.add("lrn", lrn);
  nn.add("local_response_normalization", lrn);
}

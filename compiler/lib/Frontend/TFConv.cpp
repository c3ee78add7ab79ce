//===- TFConv.cpp - depthwise and transposed convolution primitives -------===//
//
// The two TF 1.15 ops below tf.nn.depthwise_conv2d, separable_conv2d and
// conv2d_transpose: `DepthwiseConv2dNative` (tf.nn.depthwise_conv2d_native)
// and `Conv2DBackpropInput` (tf.nn.conv2d_backprop_input). As in TF, the
// user-facing functions are Python over these (the prelude's
// _scopec_tensorflow.py), so their name scopes and argument handling are
// TF's own.
//
//===----------------------------------------------------------------------===//

#include "TFApi.h"
#include "TFOpCall.h"

using namespace scopec::frontend;
namespace sc = scopec::scope;
namespace shapes = scopec::shapes;

namespace {

FailureOr<Value> tfDepthwiseConv2dNative(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{"depthwise_conv2d_native",
                             {"input", "filter", "strides", "padding",
                              "data_format=", "dilations=", "name="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  if (failed(dataFormat(rt, a["data_format"], args.loc)))
    return failure();
  SrcLoc l = args.loc;
  FailureOr<ConvWindow> win = convWindow(rt, a, l);
  if (failed(win))
    return failure();
  // TF's DepthwiseConv2dNative kernels.
  if (win->strides[0] != win->strides[1])
    return rt.interp.error(l, "Current implementation only supports equal "
                              "length strides in the row and column "
                              "dimensions.");
  OpCall op(rt, l, "DepthwiseConv2dNative");
  if (failed(op.named(a["name"], "DepthwiseConv2dNative")))
    return failure();
  auto operands = op.inputPair(a["input"], "input", a["filter"], "filter");
  if (failed(operands))
    return failure();
  auto [x, w] = *operands;
  if (failed(op.requireFloat(x, "input")))
    return failure();
  Shape shape;
  std::string err;
  if (!shapes::depthwiseConv2d(x->shape, w->shape, win->strides, win->dilations,
                               win->same, shape, err))
    return op.shapeError(err);
  auto v = sc::DepthwiseConv2DOp::create(
      op.b(), op.loc(), op.type_(shape, x->dtype), x->value, w->value,
      win->strides, win->dilations, win->padding());
  return op.result(v, shape, x->dtype);
}

FailureOr<Value> tfConv2DBackpropInput(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{
      "conv2d_backprop_input",
      {"input_sizes", "filter=", "out_backprop=", "strides=", "padding=",
       "use_cudnn_on_gpu=", "data_format=", "dilations=", "name=",
       "filters="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  if (failed(dataFormat(rt, a["data_format"], args.loc)))
    return failure();
  SrcLoc l = args.loc;
  // TF 1.15: deprecated_argument_lookup("filters", filters, "filter", filter).
  Value filterArg = a["filter"].isNone() ? a["filters"] : a["filter"];
  for (auto [value, name] : {std::pair{filterArg, "filter"},
                             {a["out_backprop"], "out_backprop"},
                             {a["strides"], "strides"},
                             {a["padding"], "padding"}})
    if (value.isNone())
      return rt.interp.error(l, std::string("conv2d_backprop_input() missing "
                                            "required argument '") +
                                    name + "'");
  FailureOr<ConvWindow> win = convWindow(rt, a, l);
  if (failed(win))
    return failure();
  FailureOr<std::vector<int64_t>> sizesArg =
      intList(rt, a["input_sizes"], l, "output_shape");
  if (failed(sizesArg))
    return failure();
  const Shape &sizes = *sizesArg;
  OpCall op(rt, l, "Conv2DBackpropInput");
  if (failed(op.named(a["name"], "Conv2DBackpropInput")))
    return failure();
  auto operands =
      op.inputPair(filterArg, "filter", a["out_backprop"], "out_backprop");
  if (failed(operands))
    return failure();
  auto [w, x] = *operands;
  if (failed(op.requireFloat(x, "out_backprop")))
    return failure();
  if (sizes.size() != 4)
    return op.shapeError("Shape must be rank 4 but is rank " +
                         std::to_string(sizes.size()));
  for (int64_t d : sizes)
    if (d < 0)
      return op.shapeError("output_shape " + shapes::formatShape(sizes) +
                           " has a negative dimension");
  std::string err;
  if (!shapes::conv2dTranspose(x->shape, w->shape, sizes, win->strides,
                               win->dilations, win->same, err))
    return op.shapeError(err);
  auto v = sc::Conv2DTransposeOp::create(
      op.b(), op.loc(), op.type_(sizes, x->dtype), x->value, w->value,
      win->strides, win->dilations, win->padding());
  return op.result(v, sizes, x->dtype);
}

} // namespace

void scopec::frontend::registerConvOps(TFRuntime &rt, ModuleObj &nn) {
  nn.add("depthwise_conv2d_native",
         tfNative(rt, "depthwise_conv2d_native", tfDepthwiseConv2dNative));
  nn.add("conv2d_backprop_input",
         tfNative(rt, "conv2d_backprop_input", tfConv2DBackpropInput));
}

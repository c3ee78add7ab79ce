//===- TFPad.cpp - tf.pad ------------------------------------------------===//
//
// tf.pad(tensor, paddings, mode, constant_values) as TF 1.15 builds it:
// `Pad` (CONSTANT with 0), `PadV2` (another constant) or `MirrorPad`
// (REFLECT, SYMMETRIC), one `scope.pad`. Paddings must be known at compile
// time (a list, an array or a constant tensor).
//
//===----------------------------------------------------------------------===//

#include "TFApi.h"
#include "TFOpCall.h"

using namespace scopec::frontend;

namespace {

/// A compile-time operand's values and shape.
struct StaticOperand {
  std::vector<double> values;
  Shape shape;
};

/// The values of a compile-time operand: a Python number/list/array or a
/// constant tensor.
FailureOr<StaticOperand> staticValues(TFRuntime &rt, const Value &v, SrcLoc l,
                                      const char *what) {
  if (isa<TensorObj>(v)) {
    const TensorObj &t = *v.as<TensorObj>();
    std::optional<std::vector<double>> values = rt.staticValues(t);
    if (!values)
      return rt.interp.error(l, std::string("tf.pad with ") + what +
                                    " computed by the model is not "
                                    "supported by scopec: pass a list or a "
                                    "constant");
    return StaticOperand{std::move(*values), t.shape};
  }
  FailureOr<TFRuntime::Flat> flat = rt.flatten(v, l);
  if (failed(flat))
    return failure();
  return StaticOperand{std::move(flat->values), std::move(flat->shape)};
}

FailureOr<Value> tfPad(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{
      "pad", {"tensor", "paddings", "mode=", "name=", "constant_values="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  SrcLoc l = args.loc;
  std::string mode = "CONSTANT";
  if (!a["mode"].isNone()) {
    FailureOr<std::string> given = rt.interp.toStr(a["mode"], l, "mode");
    if (failed(given))
      return failure();
    mode = std::move(*given);
  }
  for (char &c : mode)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (mode != "CONSTANT" && mode != "REFLECT" && mode != "SYMMETRIC")
    return rt.interp.raise(l, "ValueError", "Unknown padding mode: " + mode);
  double value = 0;
  bool zeroConstant = true;
  if (!a["constant_values"].isNone()) {
    FailureOr<StaticOperand> constant =
        staticValues(rt, a["constant_values"], l, "constant_values");
    if (failed(constant))
      return failure();
    if (!constant->shape.empty() || constant->values.size() != 1)
      return rt.interp.error(l, "constant_values must be a scalar");
    value = constant->values[0];
    zeroConstant = value == 0 && !isa<TensorObj>(a["constant_values"]);
  }
  std::string type = mode != "CONSTANT" ? "MirrorPad"
                     : zeroConstant     ? "Pad"
                                        : "PadV2";
  OpCall op(rt, l, type);
  if (failed(op.named(a["name"], type)))
    return failure();
  FailureOr<TensorRef> input = op.input(a["tensor"], "tensor");
  if (failed(input))
    return failure();
  TensorRef x = *input;
  FailureOr<StaticOperand> paddings =
      staticValues(rt, a["paddings"], l, "paddings");
  if (failed(paddings))
    return failure();
  const std::vector<double> &pads = paddings->values;
  const Shape &padsShape = paddings->shape;
  int64_t rank = static_cast<int64_t>(x->shape.size());
  if (padsShape.size() != 2)
    return op.shapeError("Shape must be rank 2 but is rank " +
                         std::to_string(padsShape.size()));
  if (padsShape[0] != rank || padsShape[1] != 2)
    return op.shapeError("The first dimension of paddings must be the rank "
                         "of inputs[" +
                         std::to_string(padsShape[0]) + "," +
                         std::to_string(padsShape[1]) + "] " +
                         scopec::shapes::formatShape(x->shape));
  Shape before, after, shape = x->shape;
  for (int64_t d = 0; d < rank; ++d) {
    int64_t b = static_cast<int64_t>(pads[2 * d]);
    int64_t e = static_cast<int64_t>(pads[2 * d + 1]);
    if (b < 0 || e < 0)
      return op.shapeError("Paddings must be non-negative: " +
                           std::to_string(b) + " " + std::to_string(e));
    // MirrorPad's limits (TF checks them when it runs; scopec at once).
    int64_t n = x->shape[d];
    if (mode == "REFLECT" && (b >= n || e >= n))
      return op.shapeError("paddings must be less than the dimension size: " +
                           std::to_string(b) + ", " + std::to_string(e) +
                           " not less than " + std::to_string(n));
    if (mode == "SYMMETRIC" && (b > n || e > n))
      return op.shapeError("paddings must be no greater than the dimension "
                           "size: " +
                           std::to_string(b) + ", " + std::to_string(e) +
                           " greater than " + std::to_string(n));
    before.push_back(b);
    after.push_back(e);
    shape[d] += b + e;
  }
  value = castTo(x->dtype, value);
  mlir::OpBuilder &b = op.b();
  mlir::Value v = scopec::scope::PadOp::create(
      b, op.loc(), op.type_(shape, x->dtype), x->value,
      b.getDenseI64ArrayAttr(before), b.getDenseI64ArrayAttr(after),
      b.getStringAttr(mode), b.getF64FloatAttr(value));
  return op.result(v, shape, x->dtype);
}

} // namespace

void scopec::frontend::registerPadOps(TFRuntime &rt, ModuleObj &tf) {
  tf.add("pad", tfNative(rt, "pad", tfPad));
}

//===- TFGather.cpp - tf.gather -------------------------------------------===//
//
// tf.gather(params, indices, axis) as TF 1.15 builds it: one `GatherV2`,
// one `scope.gather`. tf.nn.embedding_lookup is written over it in the
// prelude (Prelude/_scopec_tensorflow.py).
//
//===----------------------------------------------------------------------===//

#include "TFApi.h"
#include "TFOpCall.h"

using namespace scopec::frontend;

namespace {

bool tfGather(TFRuntime &rt, CallArgs &args, Value &out) {
  static const Signature sig{"gather",
                             {"params", "indices", "validate_indices=",
                              "name=", "axis=", "batch_dims="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  SrcLoc l = args.loc;
  int64_t batchDims = 0;
  if (!a["batch_dims"].isNone() &&
      !rt.interp.toInt(a["batch_dims"], l, batchDims, "batch_dims"))
    return false;
  if (batchDims != 0)
    return rt.interp.error(l, "tf.gather(batch_dims=" +
                                  std::to_string(batchDims) +
                                  ") is not supported by scopec");
  int64_t axis = 0;
  if (!a["axis"].isNone()) {
    std::vector<int64_t> axes;
    if (!intList(rt, a["axis"], l, "axis", axes))
      return false;
    if (axes.size() != 1)
      return rt.interp.error(l, "axis must be a scalar");
    axis = axes[0];
  }
  OpCall op(rt, l, "GatherV2");
  TensorRef params, indices;
  if (!op.named(a["name"], "GatherV2") ||
      !op.input(a["params"], "params", params) ||
      !op.input(a["indices"], "indices", indices) ||
      !op.allowDTypes(indices, "indices", "int32, int64"))
    return false;
  int64_t rank = static_cast<int64_t>(params->shape.size());
  if (axis < -rank || axis >= rank)
    return op.shapeError("Expected axis in the range [" +
                         std::to_string(-rank) + ", " + std::to_string(rank) +
                         "), but got " + std::to_string(axis));
  if (axis < 0)
    axis += rank;
  Shape shape(params->shape.begin(), params->shape.begin() + axis);
  shape.insert(shape.end(), indices->shape.begin(), indices->shape.end());
  shape.insert(shape.end(), params->shape.begin() + axis + 1,
               params->shape.end());
  mlir::OpBuilder &b = op.b();
  mlir::Value v = scopec::scope::GatherOp::create(
      b, op.loc(), op.type_(shape, params->dtype), params->value,
      indices->value, b.getI64IntegerAttr(axis));
  return op.result(v, shape, params->dtype, out);
}

} // namespace

void scopec::frontend::registerGatherOps(TFRuntime &rt, ModuleObj &tf) {
  TFRuntime *p = &rt;
  tf.add("gather", Interpreter::native(
                       "gather", [p](Interpreter &, CallArgs &a, Value &o) {
                         return tfGather(*p, a, o);
                       }));
}

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

FailureOr<Value> tfGather(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{"gather",
                             {"params", "indices", "validate_indices=",
                              "name=", "axis=", "batch_dims="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  SrcLoc l = args.loc;
  int64_t batchDims = 0;
  if (!a["batch_dims"].isNone()) {
    FailureOr<int64_t> n = rt.interp.toInt(a["batch_dims"], l, "batch_dims");
    if (failed(n))
      return failure();
    batchDims = *n;
  }
  if (batchDims != 0)
    return rt.interp.error(l, "tf.gather(batch_dims=" +
                                  std::to_string(batchDims) +
                                  ") is not supported by scopec");
  int64_t axis = 0;
  if (!a["axis"].isNone()) {
    FailureOr<std::vector<int64_t>> axes = intList(rt, a["axis"], l, "axis");
    if (failed(axes))
      return failure();
    if (axes->size() != 1)
      return rt.interp.error(l, "axis must be a scalar");
    axis = (*axes)[0];
  }
  OpCall op(rt, l, "GatherV2");
  if (failed(op.named(a["name"], "GatherV2")))
    return failure();
  FailureOr<TensorRef> paramsIn = op.input(a["params"], "params");
  if (failed(paramsIn))
    return failure();
  TensorRef params = *paramsIn;
  FailureOr<TensorRef> indicesIn = op.input(a["indices"], "indices");
  if (failed(indicesIn))
    return failure();
  TensorRef indices = *indicesIn;
  if (failed(op.allowDTypes(indices, "indices", "int32, int64")))
    return failure();
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
  return op.result(v, shape, params->dtype);
}

} // namespace

void scopec::frontend::registerGatherOps(TFRuntime &rt, ModuleObj &tf) {
  tf.add("gather", tfNative(rt, "gather", tfGather));
}

//===- TFStack.cpp - tf.stack and tf.unstack ------------------------------===//
//
// TF 1.15's `tf.stack(values, axis=0, name="stack")` (op Pack) and
// `tf.unstack(value, num=None, axis=0, name="unstack")` (op Unpack, one
// output per slice) with their Python-level axis checks. They need no op of
// their own: stack is a reshape of each input (a free view) inserting the
// axis and a concat; unstack is a split into size-1 pieces and reshapes
// dropping the axis.
//
//===----------------------------------------------------------------------===//

#include "TFApi.h"
#include "TFOpCall.h"

#include "scopec/Dialect/Scope/IR/ScopeOps.h"

using namespace scopec::frontend;
namespace sc = scopec::scope;
namespace shapes = scopec::shapes;

namespace {

/// array_ops' "axis = 3 not in [-3, 3)".
LogicalResult axisInRange(OpCall &op, int64_t axis, int64_t rank) {
  if (axis >= -rank && axis < rank)
    return success();
  return op.error("axis = " + std::to_string(axis) + " not in [" +
                  std::to_string(-rank) + ", " + std::to_string(rank) + ")");
}

FailureOr<Value> tfStack(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{"stack", {"values", "axis=", "name="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  FailureOr<std::vector<Value>> values =
      rt.interp.toList(a["values"], args.loc);
  if (failed(values))
    return failure();
  int64_t axis = 0;
  if (!a["axis"].isNone()) {
    FailureOr<int64_t> given = rt.interp.toInt(a["axis"], args.loc, "axis");
    if (failed(given))
      return failure();
    axis = *given;
  }
  OpCall op(rt, args.loc, "Pack");
  if (failed(op.named(a["name"], "stack")))
    return failure();
  if (values->empty())
    return op.error("List argument 'values' to 'Pack' Op with length 0 "
                    "shorter than minimum length 1.");
  FailureOr<std::vector<TensorRef>> inputs = op.inputList(*values, "values");
  if (failed(inputs))
    return failure();
  const std::vector<TensorRef> &ts = *inputs;
  const Shape &first = ts[0]->shape;
  int64_t rank = static_cast<int64_t>(first.size()) + 1;
  if (failed(axisInRange(op, axis, rank)))
    return failure();
  int64_t norm = axis < 0 ? axis + rank : axis;
  for (size_t i = 1; i < ts.size(); ++i)
    if (ts[i]->shape != first)
      return op.shapeError("Shapes of all inputs must match: values[0].shape "
                           "= " +
                           shapes::formatShape(first) + " != values[" +
                           std::to_string(i) +
                           "].shape = " + shapes::formatShape(ts[i]->shape));
  Shape piece(first);
  piece.insert(piece.begin() + norm, 1);
  Shape shape(piece);
  shape[norm] = static_cast<int64_t>(ts.size());
  mlir::OpBuilder &b = op.b();
  llvm::SmallVector<mlir::Value> pieces;
  for (const TensorRef &t : ts)
    pieces.push_back(sc::ReshapeOp::create(
        b, op.loc(), op.type_(piece, t->dtype), t->value));
  mlir::Type type = op.type_(shape, ts[0]->dtype);
  mlir::Value v =
      pieces.size() == 1
          ? sc::ReshapeOp::create(b, op.loc(), type, ts[0]->value).getResult()
          : sc::ConcatOp::create(b, op.loc(), type, pieces,
                                 b.getI64IntegerAttr(norm))
                .getResult();
  return op.result(v, shape, ts[0]->dtype);
}

FailureOr<Value> tfUnstack(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{"unstack", {"value", "num=", "axis=", "name="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  int64_t axis = 0;
  if (!a["axis"].isNone()) {
    FailureOr<int64_t> given = rt.interp.toInt(a["axis"], args.loc, "axis");
    if (failed(given))
      return failure();
    axis = *given;
  }
  OpCall op(rt, args.loc, "Unpack");
  if (failed(op.named(a["name"], "unstack")))
    return failure();
  FailureOr<TensorRef> input = op.input(a["value"], "value");
  if (failed(input))
    return failure();
  TensorRef x = *input;
  int64_t rank = static_cast<int64_t>(x->shape.size());
  if (failed(axisInRange(op, axis, rank)))
    return failure();
  int64_t norm = axis < 0 ? axis + rank : axis;
  int64_t num = x->shape[norm];
  if (!a["num"].isNone()) {
    FailureOr<int64_t> given = rt.interp.toInt(a["num"], args.loc, "num");
    if (failed(given))
      return failure();
    if (*given != num)
      return op.shapeError("Dimension must be " + std::to_string(*given) +
                           " but is " + std::to_string(num));
  }
  Shape piece(x->shape), result(x->shape);
  piece[norm] = 1;
  result.erase(result.begin() + norm);
  mlir::OpBuilder &b = op.b();
  std::vector<Value> outs;
  if (num > 0) {
    llvm::SmallVector<mlir::Type> types(num, op.type_(piece, x->dtype));
    auto split = sc::SplitOp::create(b, op.loc(), types, x->value,
                                     b.getI64IntegerAttr(norm));
    for (int64_t i = 0; i < num; ++i) {
      mlir::Value v = sc::ReshapeOp::create(
          b, op.loc(), op.type_(result, x->dtype), split.getResult(i));
      outs.push_back(
          Value::object(rt.newTensor(op.name, op.type, result, x->dtype, v,
                                     op.loc(), static_cast<int>(i))));
    }
  }
  return Value::list(outs);
}

} // namespace

void scopec::frontend::registerStackOps(TFRuntime &rt, ModuleObj &tf) {
  tf.add("stack", tfNative(rt, "stack", tfStack));
  tf.add("unstack", tfNative(rt, "unstack", tfUnstack));
}

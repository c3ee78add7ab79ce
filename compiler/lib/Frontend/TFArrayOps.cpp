//===- TFArrayOps.cpp - tf.reshape, transpose, concat, split, ... ---------===//
//
// TF 1.15's shape-changing array ops: tf.reshape, tf.squeeze and
// tf.expand_dims (one scope.reshape), tf.transpose, tf.concat (an Identity
// for one value) and tf.split (Split or SplitV, one output per piece).
//
//===----------------------------------------------------------------------===//

#include "TFApi.h"
#include "TFOpCall.h"

using namespace scopec::frontend;
namespace sc = scopec::scope;
namespace shapes = scopec::shapes;

namespace {

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
    auto v = sc::IdentityOp::create(
        op.b(), op.loc(), op.type_(ts[0]->shape, ts[0]->dtype), ts[0]->value);
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
    pieces.push_back(Value::object(
        rt.newTensor(op.name, op.type, results[i], x->dtype, s.getResult(i),
                     op.loc(), static_cast<int>(i))));
  return Value::list(pieces);
}

} // namespace

void scopec::frontend::registerArrayOps(TFRuntime &rt, ModuleObj &tf) {
  tf.add("reshape", tfNative(rt, "reshape", tfReshape));
  tf.add("transpose", tfNative(rt, "transpose", tfTranspose));
  tf.add("concat", tfNative(rt, "concat", tfConcat));
  tf.add("split", tfNative(rt, "split", tfSplit));
  tf.add("squeeze", tfNative(rt, "squeeze", tfSqueeze));
  tf.add("expand_dims", tfNative(rt, "expand_dims", tfExpandDims));
}

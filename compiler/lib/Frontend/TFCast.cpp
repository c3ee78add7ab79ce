//===- TFCast.cpp - ops that change or test dtypes: cast, where -----------===//
//
// `tf.cast(x, dtype, name=None)` as TF 1.15's math_ops.cast: a tensor that
// already has the dtype is returned as it is; otherwise, in the name scope
// `name` or "Cast", a Python value becomes a constant `Cast/x` and a Cast op
// named after the scope converts it (none when the constant already has the
// dtype). `tf.to_float` and the other aliases are casts named `ToFloat`, ...
//
// `x / y` on integer tensors (math_ops._truediv_python3) casts both operands
// to float64 (int32, int64) or float32 (int8, uint8) under the op's name
// (`truediv/Cast`, `truediv/Cast_1`) and divides them.
//
// `tf.where(condition, x, y)` is TF 1.15's Select: `x` and `y` of one shape,
// `condition` a scalar, of their shape, or a vector selecting along their
// first dimension; `tf.where_v2` is SelectV2, which broadcasts all three.
// `tf.where(condition)` alone returns the indices of the true elements, a
// tensor whose shape depends on the values: a located error.
//
//===----------------------------------------------------------------------===//

#include "TFApi.h"
#include "TFOpCall.h"

#include "scopec/Dialect/Scope/IR/ScopeOps.h"

using namespace scopec::frontend;
namespace sc = scopec::scope;
namespace shapes = scopec::shapes;

TensorRef scopec::frontend::emitCast(OpCall &op, const TensorRef &x,
                                     DType dtype) {
  mlir::Value v =
      sc::CastOp::create(op.b(), op.loc(), op.type_(x->shape, dtype), x->value);
  return op.rt.newTensor(op.name, "Cast", x->shape, dtype, v, op.loc());
}

FailureOr<Value> scopec::frontend::castTo(TFRuntime &rt, const Value &x,
                                          DType dtype, const Value &nameArg,
                                          const std::string &dflt, SrcLoc l) {
  if (isa<TensorObj>(x) && x.as<TensorObj>()->dtype == dtype)
    return x;
  OpCall op(rt, l, "Cast");
  if (failed(op.named(nameArg, dflt)))
    return failure();
  FailureOr<TensorRef> t = op.input(x, "x");
  if (failed(t))
    return failure();
  if ((*t)->dtype == dtype)
    return Value::object(*t);
  return Value::object(emitCast(op, *t, dtype));
}

namespace {

FailureOr<Value> tfCast(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{"cast", {"x", "dtype", "name="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  FailureOr<DType> dtype = rt.toDType(a["dtype"], args.loc);
  if (failed(dtype))
    return failure();
  return castTo(rt, a["x"], *dtype, a["name"], "Cast", args.loc);
}

/// A Select of `condition`, `x` and `y` (Python values or tensors) named
/// `opType` by default; `broadcast` for SelectV2.
FailureOr<Value> select(TFRuntime &rt, const Value &condition, const Value &x,
                        const Value &y, const Value &nameArg,
                        const std::string &opType, bool broadcast, SrcLoc l) {
  OpCall op(rt, l, opType);
  if (failed(op.named(nameArg, opType)))
    return failure();
  std::optional<DType> dtype;
  if (isa<TensorObj>(x))
    dtype = x.as<TensorObj>()->dtype;
  else if (isa<TensorObj>(y))
    dtype = y.as<TensorObj>()->dtype;
  FailureOr<TensorRef> ct = op.input(condition, "condition", DType::Bool);
  if (failed(ct))
    return failure();
  FailureOr<TensorRef> tt = op.input(x, "t", dtype);
  if (failed(tt))
    return failure();
  FailureOr<TensorRef> et = op.input(y, "e", dtype);
  if (failed(et))
    return failure();
  TensorRef c = *ct, t = *tt, e = *et;
  if (failed(op.allowDTypes(c, "condition", "bool")) ||
      failed(op.sameDType(t, e, "t", "e")))
    return failure();
  Shape shape;
  std::string err;
  mlir::Value cond = c->value;
  if (broadcast) {
    Shape te;
    if (!shapes::broadcast(t->shape, e->shape, te, err) ||
        !shapes::broadcast(c->shape, te, shape, err))
      return op.shapeError(err);
  } else {
    auto rankError = [&](const Shape &a, const Shape &b) {
      return op.shapeError("Shapes must be equal rank, but are " +
                           std::to_string(a.size()) + " and " +
                           std::to_string(b.size()));
    };
    auto dimError = [&](size_t d, const Shape &a, const Shape &b) {
      return op.shapeError("Dimension " + std::to_string(d) +
                           " in both shapes must be equal, but are " +
                           std::to_string(a[d]) + " and " +
                           std::to_string(b[d]));
    };
    if (t->shape.size() != e->shape.size())
      return rankError(t->shape, e->shape);
    for (size_t d = 0; d < t->shape.size(); ++d)
      if (t->shape[d] != e->shape[d])
        return dimError(d, t->shape, e->shape);
    shape = t->shape;
    bool rowSelect = c->shape.size() == 1 && shape.size() > 1;
    if (rowSelect) {
      if (c->shape[0] != shape[0])
        return dimError(0, c->shape, shape);
      // [N] -> [N, 1, ..., 1]: NumPy broadcasting selects whole rows.
      Shape rows(shape.size(), 1);
      rows[0] = shape[0];
      cond = sc::ReshapeOp::create(op.b(), op.loc(),
                                   op.type_(rows, DType::Bool), cond);
    } else if (!c->shape.empty()) {
      if (c->shape.size() != shape.size())
        return rankError(c->shape, shape);
      for (size_t d = 0; d < shape.size(); ++d)
        if (c->shape[d] != shape[d])
          return dimError(d, c->shape, shape);
    }
  }
  mlir::Value v = sc::SelectOp::create(
      op.b(), op.loc(), op.type_(shape, t->dtype), cond, t->value, e->value);
  return op.result(v, shape, t->dtype);
}

FailureOr<Value> tfWhere(TFRuntime &rt, CallArgs &args, bool v2) {
  static const Signature v1sig{"where", {"condition", "x=", "y=", "name="}};
  static const Signature v2sig{"where_v2", {"condition", "x=", "y=", "name="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(v2 ? v2sig : v1sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  bool noX = a["x"].isNone(), noY = a["y"].isNone();
  if (noX != noY)
    return rt.interp.error(args.loc,
                           "x and y must both be non-None or both be None.");
  if (noX)
    return rt.interp.error(
        args.loc, std::string("tf.") + (v2 ? "where_v2" : "where") +
                      "(condition) returns the indices of the true elements, "
                      "whose number depends on the values: scopec needs "
                      "static shapes (pass x and y to select elements)");
  return select(rt, a["condition"], a["x"], a["y"], a["name"],
                v2 ? "SelectV2" : "Select", v2, args.loc);
}

} // namespace

LogicalResult scopec::frontend::trueDivide(OpCall &op, TensorRef &x,
                                           TensorRef &y) {
  DType to;
  switch (x->dtype) {
  case DType::I32:
  case DType::I64:
    to = DType::F64;
    break;
  case DType::I8:
  case DType::U8:
  case DType::I16:
    to = DType::F32;
    break;
  default:
    return success();
  }
  // The casts are named inside the division's name scope.
  std::string saved = op.rt.graph->nameStack;
  op.rt.graph->nameStack = op.name;
  for (TensorRef *t : {&x, &y}) {
    OpCall cast(op.rt, op.l, "Cast");
    cast.name = op.rt.graph->uniqueName("Cast");
    *t = emitCast(cast, *t, to);
  }
  op.rt.graph->nameStack = saved;
  return success();
}

void scopec::frontend::registerCastOps(TFRuntime &rt, ModuleObj &tf) {
  tf.add("cast", tfNative(rt, "cast", tfCast));
  // tf.to_float(x, name="ToFloat") and friends.
  struct Alias {
    const char *fn, *name;
    DType dtype;
  };
  for (Alias alias : {Alias{"to_float", "ToFloat", DType::F32},
                      Alias{"to_double", "ToDouble", DType::F64},
                      Alias{"to_int32", "ToInt32", DType::I32},
                      Alias{"to_int64", "ToInt64", DType::I64}}) {
    tf.add(alias.fn,
           tfNative(rt, alias.fn,
                    [alias](TFRuntime &r, CallArgs &args) -> FailureOr<Value> {
                      const Signature sig{alias.fn, {"x", "name="}};
                      FailureOr<BoundArgs> bound = r.interp.bind(sig, args);
                      if (failed(bound))
                        return failure();
                      BoundArgs &a = *bound;
                      return castTo(r, a["x"], alias.dtype, a["name"],
                                    alias.name, args.loc);
                    }));
  }
  tf.add("where", tfNative(rt, "where", [](TFRuntime &r, CallArgs &a) {
           return tfWhere(r, a, false);
         }));
  tf.add("where_v2", tfNative(rt, "where_v2", [](TFRuntime &r, CallArgs &a) {
           return tfWhere(r, a, true);
         }));
}

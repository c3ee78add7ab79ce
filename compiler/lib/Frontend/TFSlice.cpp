//===- TFSlice.cpp - tensor indexing, tf.strided_slice and tf.slice -------===//
//
// `x[...]` on a tensor is TF 1.15's _slice_helper: each index entry becomes
// one begin/end/stride triple and a bit in the masks (a slice's missing
// start/stop sets its begin/end mask bit, `...` the ellipsis mask, `None`
// (tf.newaxis) the new-axis mask, an integer the shrink mask), and a
// StridedSlice op named `strided_slice` takes them. `tf.strided_slice`
// takes the same spec explicitly. The spec's meaning (ellipsis expansion,
// negative indices, clamping, bounds errors) is the shape rule
// shapes::stridedSlice; the IR is its dense form, scope.strided_slice, and
// a reshape for new and shrunk axes. `tf.slice(x, begin, size)` is the
// stride-1 case.
//
//===----------------------------------------------------------------------===//

#include "TFApi.h"
#include "TFOpCall.h"

#include "scopec/Dialect/Scope/IR/ScopeOps.h"

#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;
namespace sc = scopec::scope;
namespace shapes = scopec::shapes;

namespace {

/// An index entry bound: a Python int (or bool), as TF's _check_index.
FailureOr<int64_t> indexValue(OpCall &op, const Value &v) {
  Value n = Interpreter::asNumber(v);
  if (n.isIntLike())
    return n.getInt();
  if (isa<TensorObj>(v))
    return op.error("indexing with a tensor is not supported by scopec: "
                    "the index must be known at compile time (a Python "
                    "int)");
  return op.error("Only integers, slices (`:`), ellipsis (`...`), "
                  "tf.newaxis (`None`) and scalar tf.int32/tf.int64 tensors "
                  "are valid indices, got " +
                  repr(v));
}

/// The position of the one index entry that is a scalar integer tensor
/// with no static value, if any.
std::optional<size_t> dynamicIndex(TFRuntime &rt,
                                   const std::vector<Value> &entries) {
  for (size_t k = 0; k < entries.size(); ++k) {
    if (!isa<TensorObj>(entries[k]))
      continue;
    auto *t = entries[k].as<TensorObj>();
    if (t->shape.empty() &&
        (t->dtype == DType::I32 || t->dtype == DType::I64) &&
        !rt.staticValues(*t))
      return k;
  }
  return std::nullopt;
}

/// Whether `v` is `:`.
bool isFullSlice(const Value &v) {
  auto *slice = v.is(ObjKind::Slice) ? v.as<SliceObj>() : nullptr;
  return slice && slice->start.isNone() && slice->stop.isNone() &&
         slice->step.isNone();
}

/// "<5 0>": a small int vector as TF prints computed input tensors.
std::string vectorText(const Shape &v) {
  std::string s = "<";
  for (size_t i = 0; i < v.size(); ++i)
    s += (i ? " " : "") + std::to_string(v[i]);
  return s + ">";
}

/// Emits the slice `spec` of `x` as op.name: the dense strided slice and,
/// when axes are added or removed, a reshape.
FailureOr<Value> emitStridedSlice(OpCall &op, const TensorRef &x,
                                  const shapes::StridedSliceSpec &spec) {
  shapes::DenseSlice dense;
  std::string err;
  if (!shapes::stridedSlice(x->shape, spec, dense, err)) {
    // TF's shape-function error, with the packed spec as its computed
    // input tensors.
    std::string n = std::to_string(spec.strides.size());
    return op.error(err + " for '" + op.name + "' (op: '" + op.type +
                    "') with input shapes: " + shapes::formatShape(x->shape) +
                    ", [" + n + "], [" + n + "], [" + n +
                    "] and with computed input tensors: input[1] = " +
                    vectorText(spec.begin) +
                    ", input[2] = " + vectorText(spec.end) +
                    ", input[3] = " + vectorText(spec.strides) + ".");
  }
  mlir::OpBuilder &b = op.b();
  mlir::Value v = sc::StridedSliceOp::create(
      b, op.loc(), op.type_(dense.sizes, x->dtype), x->value,
      b.getDenseI64ArrayAttr(dense.offsets),
      b.getDenseI64ArrayAttr(dense.strides));
  if (dense.result != dense.sizes)
    v = sc::ReshapeOp::create(b, op.loc(), op.type_(dense.result, x->dtype), v);
  return op.result(v, dense.result, x->dtype);
}

/// Reads `v` (an int or list of ints) as a spec vector.
FailureOr<Shape> specList(OpCall &op, const Value &v, const char *what) {
  if (isa<TensorObj>(v))
    return op.error(std::string(what) +
                    " given as a tensor is not supported by scopec: pass a "
                    "list of Python ints");
  return intList(op.rt, v, op.l, what);
}

FailureOr<Value> tfStridedSlice(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{
      "strided_slice",
      {"input_", "begin", "end",
       "strides=", "begin_mask=", "end_mask=", "ellipsis_mask=",
       "new_axis_mask=", "shrink_axis_mask=", "var=", "name="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  OpCall op(rt, args.loc, "StridedSlice");
  shapes::StridedSliceSpec spec;
  FailureOr<Shape> begin = specList(op, a["begin"], "begin");
  if (failed(begin))
    return failure();
  spec.begin = std::move(*begin);
  FailureOr<Shape> end = specList(op, a["end"], "end");
  if (failed(end))
    return failure();
  spec.end = std::move(*end);
  if (a["strides"].isNone()) {
    spec.strides.assign(spec.begin.size(), 1);
  } else {
    FailureOr<Shape> strides = specList(op, a["strides"], "strides");
    if (failed(strides))
      return failure();
    spec.strides = std::move(*strides);
  }
  struct {
    const char *name;
    int64_t *mask;
  } masks[] = {{"begin_mask", &spec.beginMask},
               {"end_mask", &spec.endMask},
               {"ellipsis_mask", &spec.ellipsisMask},
               {"new_axis_mask", &spec.newAxisMask},
               {"shrink_axis_mask", &spec.shrinkAxisMask}};
  for (auto &m : masks) { // each defaults to 0
    if (a[m.name].isNone())
      continue;
    FailureOr<int64_t> mask = rt.interp.toInt(a[m.name], args.loc, m.name);
    if (failed(mask))
      return failure();
    *m.mask = *mask;
  }
  if (failed(op.named(a["name"], "StridedSlice")))
    return failure();
  FailureOr<TensorRef> x = op.input(a["input_"], "input_");
  if (failed(x))
    return failure();
  return emitStridedSlice(op, *x, spec);
}

FailureOr<Value> tfSlice(TFRuntime &rt, CallArgs &args) {
  static const Signature sig{"slice", {"input_", "begin", "size", "name="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  OpCall op(rt, args.loc, "Slice");
  FailureOr<Shape> beginArg = specList(op, a["begin"], "begin");
  if (failed(beginArg))
    return failure();
  FailureOr<Shape> sizeArg = specList(op, a["size"], "size");
  if (failed(sizeArg) || failed(op.named(a["name"], "Slice")))
    return failure();
  FailureOr<TensorRef> input = op.input(a["input_"], "input_");
  if (failed(input))
    return failure();
  const Shape &begin = *beginArg, &size = *sizeArg;
  TensorRef x = *input;
  size_t rank = x->shape.size();
  if (begin.size() != rank || size.size() != rank)
    return op.shapeError("Expected begin and size arguments to be 1-D "
                         "tensors of size " +
                         std::to_string(rank) + ", but got shapes [" +
                         std::to_string(begin.size()) + "] and [" +
                         std::to_string(size.size()) + "] instead.");
  shapes::StridedSliceSpec spec;
  for (size_t d = 0; d < rank; ++d) {
    int64_t dim = x->shape[d];
    if (begin[d] < 0 || begin[d] > dim)
      return op.shapeError("Expected begin[" + std::to_string(d) + "] in [0, " +
                           std::to_string(dim) + "], but got " +
                           std::to_string(begin[d]));
    int64_t n = size[d] == -1 ? dim - begin[d] : size[d];
    if (n < 0 || begin[d] + n > dim)
      return op.shapeError("Expected size[" + std::to_string(d) + "] in [0, " +
                           std::to_string(dim - begin[d]) + "], but got " +
                           std::to_string(size[d]));
    spec.begin.push_back(begin[d]);
    spec.end.push_back(begin[d] + n);
    spec.strides.push_back(1);
  }
  return emitStridedSlice(op, x, spec);
}

} // namespace

FailureOr<Value> scopec::frontend::tfSliceTensor(TFRuntime &rt,
                                                 const Value &tensor,
                                                 const Value &key, SrcLoc l) {
  OpCall op(rt, l, "StridedSlice");
  shapes::StridedSliceSpec spec;
  std::vector<Value> entries =
      key.is(ObjKind::Tuple) ? key.items() : std::vector<Value>{key};
  if (std::optional<size_t> k = dynamicIndex(rt, entries)) {
    // `x[..., i, ...]` with a scalar integer tensor `i` known only when the
    // model runs (a tf.while_loop counter): the prelude's
    // `_scopec_dynamic_index` gathers along that axis.
    for (size_t j = 0; j < *k; ++j)
      if (!isFullSlice(entries[j]))
        return op.error("scopec supports an index tensor known only when "
                        "the model runs after full slices (`x[:, i]`) only");
    Value fn = rt.tfModule.as<ModuleObj>()->attrs["_scopec_dynamic_index"];
    CallArgs call{{tensor, Value::tuple(entries),
                   Value::integer(static_cast<int64_t>(*k))},
                  {},
                  l};
    return rt.interp.call(fn, call);
  }
  for (size_t i = 0; i < entries.size(); ++i) {
    const Value &entry = entries[i];
    int64_t bit = int64_t(1) << i, begin = 0, end = 0, stride = 1;
    if (auto *slice =
            entry.is(ObjKind::Slice) ? entry.as<SliceObj>() : nullptr) {
      if (slice->start.isNone()) {
        spec.beginMask |= bit;
      } else {
        FailureOr<int64_t> i = indexValue(op, slice->start);
        if (failed(i))
          return failure();
        begin = *i;
      }
      if (slice->stop.isNone()) {
        spec.endMask |= bit;
      } else {
        FailureOr<int64_t> i = indexValue(op, slice->stop);
        if (failed(i))
          return failure();
        end = *i;
      }
      if (!slice->step.isNone()) {
        FailureOr<int64_t> i = indexValue(op, slice->step);
        if (failed(i))
          return failure();
        stride = *i;
      }
    } else if (entry.is(ObjKind::Sentinel) &&
               entry.as<SingletonObj>()->name == "Ellipsis") {
      spec.ellipsisMask |= bit;
    } else if (entry.isNone()) {
      spec.newAxisMask |= bit;
    } else {
      FailureOr<int64_t> i = indexValue(op, entry);
      if (failed(i))
        return failure();
      begin = *i;
      end = begin + 1;
      spec.shrinkAxisMask |= bit;
    }
    spec.begin.push_back(begin);
    spec.end.push_back(end);
    spec.strides.push_back(stride);
  }
  if (failed(op.named(Value::none(), "strided_slice")))
    return failure();
  FailureOr<TensorRef> x = op.input(tensor, "input_");
  if (failed(x))
    return failure();
  return emitStridedSlice(op, *x, spec);
}

void scopec::frontend::registerSliceOps(TFRuntime &rt, ModuleObj &tf) {
  tf.add("strided_slice", tfNative(rt, "strided_slice", tfStridedSlice));
  tf.add("slice", tfNative(rt, "slice", tfSlice));
}

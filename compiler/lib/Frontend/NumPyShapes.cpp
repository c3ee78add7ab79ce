//===- NumPyShapes.cpp - NumPy's shape manipulation -----------------------===//
//
// reshape/transpose (views), concatenate/stack/hstack/vstack,
// expand_dims/squeeze/ravel, tile, and the shape queries.
//
//===----------------------------------------------------------------------===//

#include "NumPy.h"

using namespace scopec::frontend;

FailureOr<ArrayRef> scopec::frontend::npReshape(Interpreter &in,
                                                const ArrayRef &a, Shape shape,
                                                SrcLoc l) {
  if (shape.size() > 32)
    return in.raise(l, "ValueError",
                    "maximum supported dimension for an ndarray is 32, found " +
                        std::to_string(shape.size()));
  int64_t known = 1, unknown = -1;
  for (size_t i = 0; i < shape.size(); ++i) {
    if (shape[i] == -1) {
      if (unknown >= 0)
        return in.raise(l, "ValueError",
                        "can only specify one unknown dimension");
      unknown = static_cast<int64_t>(i);
    } else if (shape[i] < 0) {
      return in.raise(l, "ValueError", "negative dimensions not allowed");
    } else {
      if (__builtin_mul_overflow(known, shape[i], &known) ||
          known > kMaxCompileTimeElements)
        known = kMaxCompileTimeElements + 1;
    }
  }
  int64_t size = a->size();
  std::string text = "(";
  for (size_t i = 0; i < shape.size(); ++i)
    text += (i ? "," : "") +
            (shape[i] == -1 ? std::string("newaxis") : std::to_string(shape[i]));
  text += shape.size() == 1 ? ",)" : ")";
  if (unknown >= 0 && known > 0 && size % known == 0)
    shape[unknown] = size / known;
  int64_t n = 1;
  for (int64_t d : shape)
    if (d < 0 || __builtin_mul_overflow(n, d, &n))
      n = -1;
  if (n != size)
    return in.raise(l, "ValueError",
                    "cannot reshape array of size " + std::to_string(size) +
                        " into shape " + text);
  if (a->isContiguous())
    return std::make_shared<NdArrayObj>(*a, shape, contiguousStrides(shape),
                                        a->offset);
  return makeArray(a->dtype, shape, a->values());
}

FailureOr<ArrayRef> scopec::frontend::npTranspose(Interpreter &in,
                                                  const ArrayRef &a,
                                                  std::vector<int64_t> axes,
                                                  SrcLoc l) {
  size_t rank = a->shape.size();
  if (axes.empty())
    for (size_t i = 0; i < rank; ++i)
      axes.push_back(static_cast<int64_t>(rank - 1 - i));
  if (axes.size() != rank)
    return in.raise(l, "ValueError", "axes don't match array");
  std::vector<bool> seen(rank, false);
  Shape shape;
  std::vector<int64_t> strides;
  for (int64_t &ax : axes) {
    FailureOr<int64_t> normalized = normalizeAxis(in, l, ax, rank);
    if (failed(normalized))
      return failure();
    ax = *normalized;
    if (seen[ax])
      return in.raise(l, "ValueError", "repeated axis in transpose");
    seen[ax] = true;
    shape.push_back(a->shape[ax]);
    strides.push_back(a->strides[ax]);
  }
  return std::make_shared<NdArrayObj>(*a, shape, strides, a->offset);
}

namespace {

FailureOr<std::vector<ArrayRef>> arrays(Interpreter &in, const Value &seq,
                                        SrcLoc l) {
  FailureOr<std::vector<Value>> items = in.toList(seq, l);
  if (failed(items))
    return failure();
  if (items->empty())
    return in.raise(l, "ValueError", "need at least one array to concatenate");
  std::vector<ArrayRef> out;
  for (const Value &v : *items) {
    FailureOr<ArrayRef> a = toArray(in, v, l);
    if (failed(a))
      return failure();
    out.push_back(*a);
  }
  return out;
}

FailureOr<Value> concatenate(Interpreter &in, std::vector<ArrayRef> parts,
                             int64_t axisArg, SrcLoc l) {
  size_t rank = parts[0]->shape.size();
  if (rank == 0)
    return in.raise(l, "ValueError",
                    "zero-dimensional arrays cannot be concatenated");
  FailureOr<int64_t> normalized = normalizeAxis(in, l, axisArg, rank);
  if (failed(normalized))
    return failure();
  int64_t axis = *normalized;
  Shape shape = parts[0]->shape;
  shape[axis] = 0;
  std::vector<Value> ops;
  for (size_t p = 0; p < parts.size(); ++p) {
    const Shape &s = parts[p]->shape;
    if (s.size() != rank)
      return in.raise(l, "ValueError",
                      "all the input array dimensions except for the "
                      "concatenation axis must match exactly, but along "
                      "dimension 0, the array at index 0 has " +
                          std::to_string(rank) +
                          " dimension(s) and the array at index " +
                          std::to_string(p) + " has " +
                          std::to_string(s.size()) + " dimension(s)");
    for (size_t d = 0; d < rank; ++d)
      if (static_cast<int64_t>(d) != axis && s[d] != parts[0]->shape[d])
        return in.raise(l, "ValueError",
                        "all the input array dimensions except for the "
                        "concatenation axis must match exactly, but along "
                        "dimension " +
                            std::to_string(d) +
                            ", the array at index 0 has size " +
                            std::to_string(parts[0]->shape[d]) +
                            " and the array at index " + std::to_string(p) +
                            " has size " + std::to_string(s[d]));
    shape[axis] += s[axis];
    ops.push_back(Value::object(parts[p]));
  }
  DType d = parts[0]->dtype;
  for (auto &p : parts)
    d = promoteTypes(d, p->dtype);
  FailureOr<ArrayRef> made = newArray(in, l, d, shape);
  if (failed(made))
    return failure();
  ArrayRef r = *made;
  int64_t outer = 1, inner = 1;
  for (int64_t i = 0; i < axis; ++i)
    outer *= shape[i];
  for (size_t i = axis + 1; i < rank; ++i)
    inner *= shape[i];
  int64_t at = 0;
  for (auto &p : parts) {
    std::vector<double> v = p->values();
    int64_t chunk = p->shape[axis] * inner;
    for (int64_t o = 0; o < outer; ++o)
      for (int64_t k = 0; k < chunk; ++k)
        (*r->buffer)[o * shape[axis] * inner + at + k] =
            npCast(d, v[o * chunk + k]);
    at += chunk;
  }
  return Value::object(r);
}

FailureOr<ArrayRef> expandDims(Interpreter &in, const ArrayRef &a, int64_t axis,
                               SrcLoc l) {
  FailureOr<int64_t> normalized =
      normalizeAxis(in, l, axis, a->shape.size() + 1);
  if (failed(normalized))
    return failure();
  Shape s = a->shape;
  s.insert(s.begin() + *normalized, 1);
  return npReshape(in, a, s, l);
}

} // namespace

void scopec::frontend::addShapeFunctions(NpTable &t) {
  defineNp(t, {"reshape", {"a", "newshape", "order="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> x = toArray(in, a["a"], a.l);
             if (failed(x))
               return failure();
             FailureOr<Shape> s = toShapeArg(in, a["newshape"], a.l);
             if (failed(s))
               return failure();
             FailureOr<ArrayRef> r = npReshape(in, *x, *s, a.l);
             if (failed(r))
               return failure();
             return Value::object(*r);
           });
  defineNp(t, {"transpose", {"a", "axes="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> x = toArray(in, a["a"], a.l);
             if (failed(x))
               return failure();
             Shape axes;
             if (a.has("axes")) {
               FailureOr<Shape> s = toShapeArg(in, a["axes"], a.l);
               if (failed(s))
                 return failure();
               axes = *s;
             }
             FailureOr<ArrayRef> r = npTranspose(in, *x, axes, a.l);
             if (failed(r))
               return failure();
             return Value::object(*r);
           });
  defineNp(t, {"swapaxes", {"a", "axis1", "axis2"}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> converted = toArray(in, a["a"], a.l);
             if (failed(converted))
               return failure();
             ArrayRef x = *converted;
             FailureOr<int64_t> axis1 = in.toInt(a["axis1"], a.l, "axis1");
             if (failed(axis1))
               return failure();
             FailureOr<int64_t> axis2 = in.toInt(a["axis2"], a.l, "axis2");
             if (failed(axis2))
               return failure();
             FailureOr<int64_t> p =
                 normalizeAxis(in, a.l, *axis1, x->shape.size());
             if (failed(p))
               return failure();
             FailureOr<int64_t> q =
                 normalizeAxis(in, a.l, *axis2, x->shape.size());
             if (failed(q))
               return failure();
             std::vector<int64_t> axes;
             for (size_t i = 0; i < x->shape.size(); ++i)
               axes.push_back(static_cast<int64_t>(i));
             std::swap(axes[*p], axes[*q]);
             FailureOr<ArrayRef> r = npTranspose(in, x, axes, a.l);
             if (failed(r))
               return failure();
             return Value::object(*r);
           });
  defineNp(t, {"concatenate", {"arrays", "axis=", "out=", "dtype="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<std::vector<ArrayRef>> parts =
                 arrays(in, a["arrays"], a.l);
             if (failed(parts))
               return failure();
             int64_t axis = 0;
             if (a.given("axis") && a["axis"].isNone()) {
               for (auto &p : *parts)
                 p = makeArray(p->dtype, {p->size()}, p->values());
             } else if (a.has("axis")) {
               FailureOr<int64_t> v = in.toInt(a["axis"], a.l, "axis");
               if (failed(v))
                 return failure();
               axis = *v;
             }
             return concatenate(in, *parts, axis, a.l);
           });
  defineNp(t, {"stack", {"arrays", "axis=", "out="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<std::vector<ArrayRef>> parts =
                 arrays(in, a["arrays"], a.l);
             if (failed(parts))
               return failure();
             int64_t axis = 0;
             if (a.has("axis")) {
               FailureOr<int64_t> v = in.toInt(a["axis"], a.l, "axis");
               if (failed(v))
                 return failure();
               axis = *v;
             }
             for (auto &p : *parts)
               if (p->shape != (*parts)[0]->shape)
                 return in.raise(a.l, "ValueError",
                                 "all input arrays must have the same shape");
             for (auto &p : *parts) {
               FailureOr<ArrayRef> e = expandDims(in, p, axis, a.l);
               if (failed(e))
                 return failure();
               p = *e;
             }
             return concatenate(in, *parts, axis, a.l);
           });
  for (const char *name : {"hstack", "vstack"}) {
    bool vertical = name[0] == 'v';
    defineNp(t, {name, {"tup"}},
             [vertical](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
               FailureOr<std::vector<ArrayRef>> partsOr =
                   arrays(in, a["tup"], a.l);
               if (failed(partsOr))
                 return failure();
               std::vector<ArrayRef> &parts = *partsOr;
               bool allOneD = true;
               for (auto &p : parts) {
                 if (p->shape.empty())
                   p = makeArray(p->dtype, {1}, p->values());
                 if (vertical && p->shape.size() == 1)
                   p = makeArray(p->dtype, {1, p->shape[0]}, p->values());
                 allOneD &= p->shape.size() == 1;
               }
               return concatenate(in, parts, vertical || allOneD ? 0 : 1, a.l);
             });
  }
  defineNp(t, {"expand_dims", {"a", "axis"}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> x = toArray(in, a["a"], a.l);
             if (failed(x))
               return failure();
             FailureOr<int64_t> axis = in.toInt(a["axis"], a.l, "axis");
             if (failed(axis))
               return failure();
             FailureOr<ArrayRef> r = expandDims(in, *x, *axis, a.l);
             if (failed(r))
               return failure();
             return Value::object(*r);
           });
  defineNp(t, {"squeeze", {"a", "axis="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> converted = toArray(in, a["a"], a.l);
             if (failed(converted))
               return failure();
             ArrayRef x = *converted;
             std::vector<int64_t> axes;
             if (a.has("axis")) {
               FailureOr<std::vector<int64_t>> given =
                   toAxes(in, a["axis"], a.l, x->shape.size());
               if (failed(given))
                 return failure();
               axes = std::move(*given);
               for (int64_t ax : axes)
                 if (x->shape[ax] != 1)
                   return in.raise(a.l, "ValueError",
                                   "cannot select an axis to squeeze out "
                                   "which has size not equal to one");
             } else {
               for (size_t i = 0; i < x->shape.size(); ++i)
                 if (x->shape[i] == 1)
                   axes.push_back(static_cast<int64_t>(i));
             }
             Shape s;
             std::vector<int64_t> st;
             for (size_t i = 0; i < x->shape.size(); ++i)
               if (std::find(axes.begin(), axes.end(), i) == axes.end()) {
                 s.push_back(x->shape[i]);
                 st.push_back(x->strides[i]);
               }
             return Value::object(
                 std::make_shared<NdArrayObj>(*x, s, st, x->offset));
           });
  defineNp(t, {"ravel", {"a", "order="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> x = toArray(in, a["a"], a.l);
             if (failed(x))
               return failure();
             FailureOr<ArrayRef> r = npReshape(in, *x, {(*x)->size()}, a.l);
             if (failed(r))
               return failure();
             return Value::object(*r);
           });
  defineNp(t, {"tile", {"A", "reps"}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> converted = toArray(in, a["A"], a.l);
             if (failed(converted))
               return failure();
             ArrayRef x = *converted;
             FailureOr<Shape> repsArg = toShapeArg(in, a["reps"], a.l);
             if (failed(repsArg))
               return failure();
             Shape reps = *repsArg;
             size_t rank = std::max(x->shape.size(), reps.size());
             Shape src = x->shape, shape(rank);
             src.insert(src.begin(), rank - src.size(), 1);
             reps.insert(reps.begin(), rank - reps.size(), 1);
             for (size_t i = 0; i < rank; ++i)
               shape[i] = src[i] * reps[i];
             FailureOr<ArrayRef> made = newArray(in, a.l, x->dtype, shape);
             if (failed(made))
               return failure();
             ArrayRef r = *made;
             std::vector<double> v = x->values();
             std::vector<int64_t> sst = contiguousStrides(src);
             std::vector<int64_t> idx(rank, 0);
             for (int64_t k = 0; k < r->size(); ++k) {
               int64_t off = 0;
               for (size_t i = 0; i < rank; ++i)
                 off += (idx[i] % src[i]) * sst[i];
               (*r->buffer)[k] = v[off];
               for (int i = static_cast<int>(rank) - 1; i >= 0; --i) {
                 if (++idx[i] < shape[i])
                   break;
                 idx[i] = 0;
               }
             }
             return Value::object(r);
           });
  defineNp(t, {"shape", {"a"}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> x = toArray(in, a["a"], a.l);
             if (failed(x))
               return failure();
             std::vector<Value> dims;
             for (int64_t d : (*x)->shape)
               dims.push_back(Value::integer(d));
             return Value::tuple(dims);
           });
  defineNp(t, {"ndim", {"a"}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> x = toArray(in, a["a"], a.l);
             if (failed(x))
               return failure();
             return Value::integer(static_cast<int64_t>((*x)->shape.size()));
           });
  defineNp(t, {"size", {"a", "axis="}},
           [](Interpreter &in, NpArgs &a) -> FailureOr<Value> {
             FailureOr<ArrayRef> x = toArray(in, a["a"], a.l);
             if (failed(x))
               return failure();
             return Value::integer((*x)->size());
           });
}

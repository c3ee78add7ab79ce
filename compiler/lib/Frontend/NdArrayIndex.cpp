//===- NdArrayIndex.cpp - NumPy indexing and index assignment -------------===//
//
// `a[key]` and `a[key] = v` as NumPy does them: integers, slices,
// np.newaxis (None) and `...` select a view of the same buffer (basic
// indexing); integer and boolean arrays or lists select a copy (advanced
// indexing, with NumPy's placement of the broadcast index dimensions).
//
//===----------------------------------------------------------------------===//

#include "NdArray.h"
#include "NumPy.h"

using namespace scopec::frontend;

namespace {

struct IndexItem {
  enum Kind { Int, Slice, NewAxis, Ellipsis, Array } kind;
  IndexItem(Kind kind, int64_t value = 0) : kind(kind), value(value) {}
  int64_t value = 0;           // Int
  int64_t start = 0, step = 1; // Slice
  int64_t count = 0;           // Slice: selected length
  ArrayRef array;              // Array (integer indices)
};

/// Where an index points: a view (basic indexing) or a list of element
/// offsets in C order of `shape` (advanced indexing).
struct Selection {
  bool view = true;
  bool allInts = false;
  Shape shape;
  std::vector<int64_t> strides;
  int64_t offset = 0;
  std::vector<int64_t> offsets;
};

bool isEllipsis(const Value &v) {
  return v.is(ObjKind::Sentinel) && v.as<SingletonObj>()->name == "Ellipsis";
}

const char *kValidIndices =
    "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) "
    "and integer or boolean arrays are valid indices";

/// Classifies one element of the key; a boolean array becomes one integer
/// array per dimension (its nonzero()).
LogicalResult classify(Interpreter &in, const Value &v, SrcLoc l,
                       std::vector<IndexItem> &items,
                       std::vector<int> &boolDims) {
  if (v.isNone()) {
    items.push_back({IndexItem::NewAxis});
    boolDims.push_back(0);
    return success();
  }
  if (isEllipsis(v)) {
    items.push_back({IndexItem::Ellipsis});
    boolDims.push_back(0);
    return success();
  }
  if (v.is(ObjKind::Slice)) {
    IndexItem it{IndexItem::Slice};
    auto *s = v.as<SliceObj>();
    // Bounds are resolved against the dimension later; keep the object.
    (void)s;
    items.push_back(it);
    boolDims.push_back(-1);
    return success();
  }
  auto *arr = dynCast<NdArrayObj>(v);
  if (v.isIntLike() && !v.isBool()) {
    items.push_back({IndexItem::Int, v.getInt()});
    boolDims.push_back(0);
    return success();
  }
  if (arr && arr->shape.empty() && arr->dtype != DType::Bool) {
    if (isFloatDType(arr->dtype))
      return in.raise(l, "IndexError", kValidIndices);
    items.push_back({IndexItem::Int, static_cast<int64_t>(arr->first())});
    boolDims.push_back(0);
    return success();
  }
  if (arr || v.isSeq()) {
    ArrayRef a;
    if (v.isSeq() && v.items().empty()) {
      a = makeArray(DType::I64, {0}, {});
    } else {
      FailureOr<ArrayRef> converted = toArray(in, v, l);
      if (failed(converted))
        return failure();
      a = *converted;
    }
    if (a->dtype == DType::Bool) {
      // nonzero(): one index array per dimension of the mask.
      std::vector<double> m = a->values();
      size_t rank = a->shape.size();
      std::vector<std::vector<double>> idx(std::max<size_t>(rank, 1));
      std::vector<int64_t> st = contiguousStrides(a->shape);
      for (size_t k = 0; k < m.size(); ++k) {
        if (m[k] == 0)
          continue;
        int64_t rem = static_cast<int64_t>(k);
        for (size_t d = 0; d < rank; ++d) {
          idx[d].push_back(static_cast<double>(rem / st[d]));
          rem %= st[d];
        }
      }
      if (rank == 0)
        return in.error(l, "0-d boolean indices are not supported by scopec");
      for (size_t d = 0; d < rank; ++d) {
        IndexItem it{IndexItem::Array};
        int64_t n = static_cast<int64_t>(idx[d].size());
        it.array = makeArray(DType::I64, {n}, std::move(idx[d]));
        // The mask's extent along this dimension, checked later.
        it.count = a->shape[d];
        items.push_back(it);
        boolDims.push_back(1);
      }
      return success();
    }
    if (isFloatDType(a->dtype))
      return in.raise(l, "IndexError", "arrays used as indices must be of "
                                       "integer (or boolean) type");
    IndexItem it{IndexItem::Array};
    it.array = a;
    it.count = -1;
    items.push_back(it);
    boolDims.push_back(-1);
    return success();
  }
  return in.raise(l, "IndexError", kValidIndices);
}

/// The index `i` (negative counts from the end) checked against `size`.
FailureOr<int64_t> checkBound(Interpreter &in, SrcLoc l, int64_t i,
                              int64_t size, size_t axis) {
  int64_t orig = i;
  if (i < 0)
    i += size;
  if (i < 0 || i >= size)
    return in.raise(l, "IndexError", "index " + std::to_string(orig) +
                                         " is out of bounds for axis " +
                                         std::to_string(axis) + " with size " +
                                         std::to_string(size));
  return i;
}

FailureOr<Selection> select(Interpreter &in, const NdArrayObj &a,
                            const Value &key, SrcLoc l) {
  std::vector<Value> keys =
      key.isTuple() ? key.items() : std::vector<Value>{key};
  std::vector<IndexItem> items;
  std::vector<int> boolDims;
  std::vector<const SliceObj *> slices;
  for (const Value &k : keys) {
    size_t before = items.size();
    if (failed(classify(in, k, l, items, boolDims)))
      return failure();
    for (size_t i = before; i < items.size(); ++i)
      slices.push_back(items[i].kind == IndexItem::Slice ? k.as<SliceObj>()
                                                         : nullptr);
  }
  size_t consumed = 0, ellipses = 0;
  bool anyArray = false;
  for (const IndexItem &it : items) {
    consumed += it.kind == IndexItem::Int || it.kind == IndexItem::Slice ||
                it.kind == IndexItem::Array;
    ellipses += it.kind == IndexItem::Ellipsis;
    anyArray |= it.kind == IndexItem::Array;
  }
  if (ellipses > 1)
    return in.raise(l, "IndexError",
                    "an index can only have a single ellipsis ('...')");
  size_t rank = a.shape.size();
  if (consumed > rank)
    return in.raise(l, "IndexError",
                    "too many indices for array: array is " +
                        std::to_string(rank) + "-dimensional, but " +
                        std::to_string(consumed) + " were indexed");
  // Expand `...` (or append it) into full slices.
  std::vector<IndexItem> full;
  std::vector<const SliceObj *> fullSlices;
  bool expanded = false;
  for (size_t i = 0; i <= items.size(); ++i) {
    bool here = i == items.size() ? !expanded
                                  : items[i].kind == IndexItem::Ellipsis;
    if (here) {
      for (size_t k = 0; k < rank - consumed; ++k) {
        full.push_back({IndexItem::Slice});
        fullSlices.push_back(nullptr);
      }
      expanded = true;
      continue;
    }
    if (i < items.size()) {
      full.push_back(items[i]);
      fullSlices.push_back(slices[i]);
    }
  }
  // Resolve against the dimensions.
  size_t dim = 0;
  std::vector<size_t> dimOf(full.size(), 0);
  for (size_t i = 0; i < full.size(); ++i) {
    IndexItem &it = full[i];
    dimOf[i] = dim;
    if (it.kind == IndexItem::NewAxis)
      continue;
    int64_t size = a.shape[dim];
    if (it.kind == IndexItem::Int) {
      FailureOr<int64_t> bound = checkBound(in, l, it.value, size, dim);
      if (failed(bound))
        return failure();
      it.value = *bound;
    } else if (it.kind == IndexItem::Slice) {
      if (fullSlices[i]) {
        FailureOr<std::vector<int64_t>> idx =
            in.sliceIndices(*fullSlices[i], size, l);
        if (failed(idx))
          return failure();
        int64_t step = 1;
        if (!fullSlices[i]->step.isNone()) {
          FailureOr<int64_t> s =
              in.toInt(fullSlices[i]->step, l, "slice indices");
          if (failed(s))
            return failure();
          step = *s;
        }
        it.step = step;
        it.count = static_cast<int64_t>(idx->size());
        it.start = idx->empty() ? 0 : (*idx)[0];
      } else {
        it.start = 0;
        it.step = 1;
        it.count = size;
      }
    } else if (it.kind == IndexItem::Array) {
      if (it.count >= 0 && it.count != size)
        return in.raise(l, "IndexError",
                        "boolean index did not match indexed array along "
                        "dimension " +
                            std::to_string(dim) + "; dimension is " +
                            std::to_string(size) +
                            " but corresponding boolean dimension is " +
                            std::to_string(it.count));
      std::vector<double> v = it.array->values();
      for (double &x : v) {
        FailureOr<int64_t> i64 =
            checkBound(in, l, static_cast<int64_t>(x), size, dim);
        if (failed(i64))
          return failure();
        x = static_cast<double>(*i64);
      }
      it.array = makeArray(DType::I64, it.array->shape, std::move(v));
    }
    ++dim;
  }

  Selection sel;
  if (!anyArray) {
    sel.view = true;
    sel.offset = a.offset;
    sel.allInts = true;
    for (size_t i = 0; i < full.size(); ++i) {
      const IndexItem &it = full[i];
      size_t d = dimOf[i];
      switch (it.kind) {
      case IndexItem::Int:
        sel.offset += it.value * a.strides[d];
        break;
      case IndexItem::Slice:
        sel.allInts = false;
        sel.shape.push_back(it.count);
        sel.strides.push_back(a.strides[d] * it.step);
        sel.offset += it.count ? it.start * a.strides[d] : 0;
        break;
      case IndexItem::NewAxis:
        sel.allInts = false;
        sel.shape.push_back(1);
        sel.strides.push_back(0);
        break;
      default:
        break;
      }
    }
    return sel;
  }

  // Advanced indexing: integers count as 0-d index arrays.
  std::vector<size_t> adv;
  std::vector<Shape> advShapes;
  for (size_t i = 0; i < full.size(); ++i) {
    if (full[i].kind == IndexItem::Int) {
      full[i].kind = IndexItem::Array;
      full[i].array = makeArray(DType::I64, {},
                                {static_cast<double>(full[i].value)});
    }
    if (full[i].kind == IndexItem::Array) {
      adv.push_back(i);
      advShapes.push_back(full[i].array->shape);
    }
  }
  FailureOr<Shape> broadcast = broadcastShapes(in, l, advShapes);
  if (failed(broadcast)) {
    in.clearPendingException();
    std::string text;
    for (const Shape &s : advShapes) {
      std::string st = "(";
      for (size_t k = 0; k < s.size(); ++k)
        st += (k ? "," : "") + std::to_string(s[k]);
      text += st + (s.size() == 1 ? ",) " : ") ");
    }
    return in.raise(l, "IndexError",
                    "shape mismatch: indexing arrays could not be broadcast "
                    "together with shapes " +
                        text);
  }
  const Shape &bshape = *broadcast;
  bool adjacent = adv.back() - adv.front() + 1 == adv.size();
  // Output axes: for each, what it iterates (item index, or -1 for the
  // broadcast block).
  Shape outShape;
  std::vector<int> axisItem;
  auto addBlock = [&] {
    for (int64_t d : bshape) {
      outShape.push_back(d);
      axisItem.push_back(-1);
    }
  };
  if (!adjacent)
    addBlock();
  for (size_t i = 0; i < full.size(); ++i) {
    const IndexItem &it = full[i];
    if (it.kind == IndexItem::Array) {
      if (adjacent && i == adv.front())
        addBlock();
      continue;
    }
    outShape.push_back(it.kind == IndexItem::Slice ? it.count : 1);
    axisItem.push_back(static_cast<int>(i));
  }
  FailureOr<int64_t> count = checkArraySize(in, l, outShape);
  if (failed(count))
    return failure();
  int64_t n = *count;
  std::vector<std::vector<double>> advValues;
  for (size_t i : adv)
    advValues.push_back(broadcastValues(*full[i].array, bshape));
  std::vector<int64_t> bstrides = contiguousStrides(bshape);
  sel.view = false;
  sel.shape = outShape;
  sel.offsets.reserve(n);
  std::vector<int64_t> idx(outShape.size(), 0);
  for (int64_t k = 0; k < n; ++k) {
    int64_t off = a.offset, b = 0, bpos = 0;
    for (size_t o = 0; o < outShape.size(); ++o) {
      if (axisItem[o] < 0) {
        b += idx[o] * bstrides[bpos++];
        continue;
      }
      const IndexItem &it = full[axisItem[o]];
      if (it.kind == IndexItem::Slice)
        off += (it.start + idx[o] * it.step) * a.strides[dimOf[axisItem[o]]];
    }
    for (size_t j = 0; j < adv.size(); ++j)
      off += static_cast<int64_t>(advValues[j][b]) * a.strides[dimOf[adv[j]]];
    sel.offsets.push_back(off);
    for (int i = static_cast<int>(outShape.size()) - 1; i >= 0; --i) {
      if (++idx[i] < outShape[i])
        break;
      idx[i] = 0;
    }
  }
  return sel;
}

} // namespace

FailureOr<Value> scopec::frontend::arrayGetItem(Interpreter &in,
                                                const ArrayRef &a,
                                                const Value &key, SrcLoc l) {
  FailureOr<Selection> selected = select(in, *a, key, l);
  if (failed(selected))
    return failure();
  Selection &sel = *selected;
  if (sel.view) {
    if (sel.allInts && !a->shape.empty())
      return npScalar(a->dtype, (*a->buffer)[sel.offset]);
    if (a->shape.empty() && sel.shape.empty() && sel.allInts) {
      // `x[()]` of a 0-d array: its scalar.
      return npScalar(a->dtype, a->first());
    }
    return Value::object(
        std::make_shared<NdArrayObj>(*a, sel.shape, sel.strides, sel.offset));
  }
  std::vector<double> d;
  d.reserve(sel.offsets.size());
  for (int64_t off : sel.offsets)
    d.push_back((*a->buffer)[off]);
  return Value::object(makeArray(a->dtype, sel.shape, std::move(d)));
}

LogicalResult scopec::frontend::arraySetItem(Interpreter &in, const ArrayRef &a,
                                             const Value &key, const Value &v,
                                             SrcLoc l) {
  FailureOr<Selection> selected = select(in, *a, key, l);
  if (failed(selected))
    return failure();
  Selection &sel = *selected;
  std::vector<int64_t> offs;
  if (sel.view) {
    NdArrayObj view(*a, sel.shape, sel.strides, sel.offset);
    offs = view.offsets();
  } else {
    offs = std::move(sel.offsets);
  }
  FailureOr<ArrayRef> converted = toArray(in, v, l);
  if (failed(converted))
    return failure();
  ArrayRef src = *converted;
  // The value broadcasts to the selection (NumPy's setitem rule).
  Shape target = sel.shape;
  const Shape &vs = src->shape;
  Shape trimmed = vs;
  while (trimmed.size() > target.size() && trimmed.front() == 1)
    trimmed.erase(trimmed.begin());
  bool ok = trimmed.size() <= target.size();
  size_t lead = ok ? target.size() - trimmed.size() : 0;
  for (size_t i = 0; ok && i < trimmed.size(); ++i)
    ok = trimmed[i] == 1 || trimmed[i] == target[lead + i];
  if (!ok) {
    if (sel.view)
      return in.raise(l, "ValueError",
                      "could not broadcast input array from shape " +
                          shapeText(vs) + " into shape " + shapeText(target));
    return in.raise(l, "ValueError",
                    "shape mismatch: value array of shape " + shapeText(vs) +
                        " could not be broadcast to indexing result of "
                        "shape " +
                        shapeText(target));
  }
  NdArrayObj reshaped(*src, trimmed,
                      std::vector<int64_t>(src->strides.end() - trimmed.size(),
                                           src->strides.end()),
                      src->offset);
  std::vector<double> vals = broadcastValues(reshaped, target);
  for (size_t k = 0; k < offs.size(); ++k)
    (*a->buffer)[offs[k]] = npCast(a->dtype, vals[k]);
  return success();
}

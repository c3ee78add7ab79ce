//===- Slices.cpp - Slice assignment and deletion on lists ----------------===//

#include "Slices.h"
#include "Unicode.h"

#include <algorithm>

using namespace scopec::frontend;

namespace {
/// A slice bound: None, or an int (or an object with `__index__`).
FailureOr<int64_t> sliceIndex(Interpreter &in, const Value &v, SrcLoc l) {
  Value n = Interpreter::asNumber(v);
  if (n.isIntLike())
    return n.getInt();
  return in.raise(l, "TypeError",
                  "slice indices must be integers or None or "
                  "have an __index__ method");
}
} // namespace

FailureOr<SliceBounds> scopec::frontend::adjustSlice(Interpreter &in,
                                                     const SliceObj &slice,
                                                     int64_t size, SrcLoc l) {
  int64_t step = 1;
  if (!slice.step.isNone()) {
    FailureOr<int64_t> s = sliceIndex(in, slice.step, l);
    if (failed(s))
      return failure();
    step = *s;
    if (step == 0)
      return in.raise(l, "ValueError", "slice step cannot be zero");
    step = std::max<int64_t>(step, -INT64_MAX);
  }
  int64_t start = step < 0 ? INT64_MAX : 0;
  int64_t stop = step < 0 ? INT64_MIN : INT64_MAX;
  if (!slice.start.isNone()) {
    FailureOr<int64_t> s = sliceIndex(in, slice.start, l);
    if (failed(s))
      return failure();
    start = *s;
  }
  if (!slice.stop.isNone()) {
    FailureOr<int64_t> s = sliceIndex(in, slice.stop, l);
    if (failed(s))
      return failure();
    stop = *s;
  }
  auto adjust = [&](int64_t &i) {
    if (i < 0) {
      i += size;
      if (i < 0)
        i = step < 0 ? -1 : 0;
    } else if (i >= size) {
      i = step < 0 ? size - 1 : size;
    }
  };
  adjust(start);
  adjust(stop);
  int64_t length = 0;
  if (step < 0) {
    if (stop < start)
      length = (start - stop - 1) / -step + 1;
  } else if (start < stop) {
    length = (stop - start - 1) / step + 1;
  }
  return SliceBounds{start, stop, step, length};
}

FailureOr<Value> scopec::frontend::evalSliceObject(Interpreter &in,
                                                   SliceExpr *e) {
  Value parts[3];
  Expr *exprs[3] = {e->lower, e->upper, e->step};
  for (int k = 0; k < 3; ++k) {
    if (!exprs[k])
      continue;
    FailureOr<Value> v = in.eval(exprs[k]);
    if (failed(v))
      return failure();
    parts[k] = *v;
  }
  return Value::object(
      std::make_shared<SliceObj>(parts[0], parts[1], parts[2]));
}

std::optional<Value> scopec::frontend::sliceAttr(const Value &slice,
                                                 const std::string &name) {
  auto *s = slice.as<SliceObj>();
  if (name == "start")
    return s->start;
  if (name == "stop")
    return s->stop;
  if (name == "step")
    return s->step;
  if (name == "indices")
    return Interpreter::native(
        "indices", [slice](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
          if (!a.kw.empty() || a.pos.size() != 1)
            return in.raise(a.loc, "TypeError",
                            "slice.indices() takes exactly one argument (" +
                                std::to_string(a.pos.size()) + " given)");
          Value n = Interpreter::asNumber(a.pos[0]);
          if (!n.isIntLike())
            return in.raise(a.loc, "TypeError",
                            "'" + typeName(a.pos[0]) +
                                "' object cannot be interpreted as an integer");
          if (n.getInt() < 0)
            return in.raise(a.loc, "ValueError",
                            "length should not be negative");
          FailureOr<SliceBounds> b =
              adjustSlice(in, *slice.as<SliceObj>(), n.getInt(), a.loc);
          if (failed(b))
            return failure();
          return Value::tuple({Value::integer(b->start),
                               Value::integer(b->stop),
                               Value::integer(b->step)});
        });
  return std::nullopt;
}

FailureOr<Value> scopec::frontend::sliceSequence(Interpreter &in,
                                                 const Value &seq,
                                                 const SliceObj &slice,
                                                 SrcLoc l) {
  if (seq.isStr()) {
    std::u32string chars = unicode::decode(seq.getStr()), r;
    FailureOr<SliceBounds> b =
        adjustSlice(in, slice, static_cast<int64_t>(chars.size()), l);
    if (failed(b))
      return failure();
    for (int64_t k = 0; k < b->length; ++k)
      r += chars[b->start + k * b->step];
    return Value::str(unicode::encode(r));
  }
  auto &items = seq.items();
  FailureOr<SliceBounds> b =
      adjustSlice(in, slice, static_cast<int64_t>(items.size()), l);
  if (failed(b))
    return failure();
  std::vector<Value> r;
  r.reserve(b->length);
  for (int64_t k = 0; k < b->length; ++k)
    r.push_back(items[b->start + k * b->step]);
  return seq.isList() ? Value::list(std::move(r)) : Value::tuple(std::move(r));
}

LogicalResult scopec::frontend::assignListSlice(Interpreter &in,
                                                const Value &list,
                                                const SliceObj &slice,
                                                const Value &v, SrcLoc l) {
  auto &items = list.items();
  FailureOr<SliceBounds> bounds =
      adjustSlice(in, slice, static_cast<int64_t>(items.size()), l);
  if (failed(bounds))
    return failure();
  const SliceBounds &b = *bounds;
  std::vector<Value> seq;
  if (v.isObj() && v.get() == list.get()) {
    seq = items;
  } else if (v.isSeq()) {
    seq = v.items();
  } else {
    // Only iterables can be assigned (CPython's PySequence_Fast message).
    bool iterable = true;
    FailureOr<std::vector<Value>> elements = in.toList(v, l);
    if (succeeded(elements)) {
      seq = std::move(*elements);
    } else {
      if (!in.pendingIs("TypeError"))
        return failure();
      iterable = false;
    }
    if (!iterable) {
      in.clearPendingException();
      return in.raise(l, "TypeError",
                      b.step == 1 ? "can only assign an iterable"
                                  : "must assign iterable to "
                                    "extended slice");
    }
  }
  if (b.step == 1) {
    int64_t lo = b.start, hi = std::max(b.stop, lo);
    if (items.size() - (hi - lo) + seq.size() >
        static_cast<size_t>(Limits::kMaxSequence))
      return in.error(l, "list too large");
    items.erase(items.begin() + lo, items.begin() + hi);
    items.insert(items.begin() + lo, seq.begin(), seq.end());
    return success();
  }
  if (static_cast<int64_t>(seq.size()) != b.length)
    return in.raise(
        l, "ValueError",
        "attempt to assign sequence of size " + std::to_string(seq.size()) +
            " to extended slice of size " + std::to_string(b.length));
  for (int64_t k = 0; k < b.length; ++k)
    items[b.start + k * b.step] = seq[k];
  return success();
}

LogicalResult scopec::frontend::deleteListSlice(Interpreter &in,
                                                const Value &list,
                                                const SliceObj &slice,
                                                SrcLoc l) {
  auto &items = list.items();
  FailureOr<SliceBounds> bounds =
      adjustSlice(in, slice, static_cast<int64_t>(items.size()), l);
  if (failed(bounds))
    return failure();
  const SliceBounds &b = *bounds;
  if (b.length == 0)
    return success();
  if (b.step == 1) {
    items.erase(items.begin() + b.start, items.begin() + b.stop);
    return success();
  }
  std::vector<bool> drop(items.size(), false);
  for (int64_t k = 0; k < b.length; ++k)
    drop[b.start + k * b.step] = true;
  std::vector<Value> kept;
  kept.reserve(items.size() - b.length);
  for (size_t i = 0; i < items.size(); ++i)
    if (!drop[i])
      kept.push_back(std::move(items[i]));
  items = std::move(kept);
  return success();
}

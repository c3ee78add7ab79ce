//===- Slices.cpp - Slice assignment and deletion on lists ----------------===//

#include "Slices.h"
#include "Unicode.h"

#include <algorithm>

using namespace scopec::frontend;

namespace {
/// A slice bound: None, or an int (or an object with `__index__`).
bool sliceIndex(Interpreter &in, const Value &v, SrcLoc l, int64_t &out) {
  Value n = Interpreter::asNumber(v);
  if (n.isIntLike()) {
    out = n.getInt();
    return true;
  }
  return in.raise(l, "TypeError",
                  "slice indices must be integers or None or "
                  "have an __index__ method");
}
} // namespace

bool scopec::frontend::adjustSlice(Interpreter &in, const SliceObj &slice,
                                   int64_t size, SrcLoc l, SliceBounds &out) {
  int64_t step = 1;
  if (!slice.step.isNone()) {
    if (!sliceIndex(in, slice.step, l, step))
      return false;
    if (step == 0)
      return in.raise(l, "ValueError", "slice step cannot be zero");
    step = std::max<int64_t>(step, -INT64_MAX);
  }
  int64_t start = step < 0 ? INT64_MAX : 0;
  int64_t stop = step < 0 ? INT64_MIN : INT64_MAX;
  if (!slice.start.isNone() && !sliceIndex(in, slice.start, l, start))
    return false;
  if (!slice.stop.isNone() && !sliceIndex(in, slice.stop, l, stop))
    return false;
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
  out = {start, stop, step, length};
  return true;
}

bool scopec::frontend::evalSliceObject(Interpreter &in, SliceExpr *e,
                                       Value &out) {
  Value parts[3];
  Expr *exprs[3] = {e->lower, e->upper, e->step};
  for (int k = 0; k < 3; ++k)
    if (exprs[k] && !in.eval(exprs[k], parts[k]))
      return false;
  out = Value::object(std::make_shared<SliceObj>(parts[0], parts[1], parts[2]));
  return true;
}

bool scopec::frontend::sliceAttr(const Value &slice, const std::string &name,
                                 Value &out, bool &found) {
  auto *s = slice.as<SliceObj>();
  found = true;
  if (name == "start")
    out = s->start;
  else if (name == "stop")
    out = s->stop;
  else if (name == "step")
    out = s->step;
  else if (name == "indices")
    out = Interpreter::native("indices", [slice](Interpreter &in, CallArgs &a,
                                                 Value &o) {
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
        return in.raise(a.loc, "ValueError", "length should not be negative");
      SliceBounds b;
      if (!adjustSlice(in, *slice.as<SliceObj>(), n.getInt(), a.loc, b))
        return false;
      o = Value::tuple({Value::integer(b.start), Value::integer(b.stop),
                        Value::integer(b.step)});
      return true;
    });
  else
    found = false;
  return true;
}

bool scopec::frontend::sliceSequence(Interpreter &in, const Value &seq,
                                     const SliceObj &slice, SrcLoc l,
                                     Value &out) {
  if (seq.isStr()) {
    std::u32string chars = unicode::decode(seq.getStr()), r;
    SliceBounds b;
    if (!adjustSlice(in, slice, static_cast<int64_t>(chars.size()), l, b))
      return false;
    for (int64_t k = 0; k < b.length; ++k)
      r += chars[b.start + k * b.step];
    out = Value::str(unicode::encode(r));
    return true;
  }
  auto &items = seq.items();
  SliceBounds b;
  if (!adjustSlice(in, slice, static_cast<int64_t>(items.size()), l, b))
    return false;
  std::vector<Value> r;
  r.reserve(b.length);
  for (int64_t k = 0; k < b.length; ++k)
    r.push_back(items[b.start + k * b.step]);
  out = seq.isList() ? Value::list(std::move(r)) : Value::tuple(std::move(r));
  return true;
}

bool scopec::frontend::assignListSlice(Interpreter &in, const Value &list,
                                       const SliceObj &slice, const Value &v,
                                       SrcLoc l) {
  auto &items = list.items();
  SliceBounds b;
  if (!adjustSlice(in, slice, static_cast<int64_t>(items.size()), l, b))
    return false;
  std::vector<Value> seq;
  if (v.isObj() && v.get() == list.get()) {
    seq = items;
  } else if (v.isSeq()) {
    seq = v.items();
  } else {
    // Only iterables can be assigned (CPython's PySequence_Fast message).
    bool iterable = true;
    if (!in.toList(v, l, seq)) {
      if (!in.pendingIs("TypeError"))
        return false;
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
    return true;
  }
  if (static_cast<int64_t>(seq.size()) != b.length)
    return in.raise(
        l, "ValueError",
        "attempt to assign sequence of size " + std::to_string(seq.size()) +
            " to extended slice of size " + std::to_string(b.length));
  for (int64_t k = 0; k < b.length; ++k)
    items[b.start + k * b.step] = seq[k];
  return true;
}

bool scopec::frontend::deleteListSlice(Interpreter &in, const Value &list,
                                       const SliceObj &slice, SrcLoc l) {
  auto &items = list.items();
  SliceBounds b;
  if (!adjustSlice(in, slice, static_cast<int64_t>(items.size()), l, b))
    return false;
  if (b.length == 0)
    return true;
  if (b.step == 1) {
    items.erase(items.begin() + b.start, items.begin() + b.stop);
    return true;
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
  return true;
}

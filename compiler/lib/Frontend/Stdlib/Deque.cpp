//===- Deque.cpp - The `collections` module's deque -----------------------===//
//
// `deque`: a native subtype of list (so indexing, iteration, len and `in`
// work unchanged) with maxlen and the deque methods, added through
// Object's hooks (Value.h). It is not a list for isinstance and equality.
//
//===----------------------------------------------------------------------===//

#include "Collections.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;
using namespace scopec::frontend::stdlib::collections;

namespace {

struct DequeObj : SeqObj {
  DequeObj(std::vector<Value> items, int64_t maxlen)
      : SeqObj(ObjKind::List, std::move(items)), maxlen(maxlen) {}
  std::string typeName() const override { return "deque"; }
  std::string repr() const override {
    std::string s = "deque(" + SeqObj::repr();
    if (maxlen >= 0)
      s += ", maxlen=" + std::to_string(maxlen);
    return s + ")";
  }
  /// Only equal to another deque.
  int equals(const Value &other) const override {
    if (!other.isList() || other.get()->typeName() != "deque")
      return 0;
    auto &o = other.items();
    if (o.size() != items.size())
      return 0;
    for (size_t i = 0; i < items.size(); ++i)
      if (!valuesEqual(items[i], o[i]))
        return 0;
    return 1;
  }
  /// Adds `v` at one end, dropping from the other past maxlen.
  void push(const Value &v, bool left) {
    if (maxlen == 0)
      return;
    if (left)
      items.insert(items.begin(), v);
    else
      items.push_back(v);
    if (maxlen > 0 && static_cast<int64_t>(items.size()) > maxlen) {
      if (left)
        items.pop_back();
      else
        items.erase(items.begin());
    }
  }
  FailureOr<std::optional<Value>>
  nativeAttr(Interpreter &in, const std::string &name, SrcLoc l) override;
  int64_t maxlen;
};

FailureOr<std::optional<Value>>
DequeObj::nativeAttr(Interpreter &in, const std::string &name, SrcLoc l) {
  (void)in, (void)l;
  if (name == "maxlen")
    return std::optional<Value>(maxlen < 0 ? Value::none()
                                           : Value::integer(maxlen));
  if (name == "append" || name == "appendleft") {
    bool left = name == "appendleft";
    Signature sig{"deque." + name, {"x", "/"}, ArgStyle::Clinic};
    return std::optional<Value>(method(
        this, name,
        [left, sig](Interpreter &in, const Value &self,
                    CallArgs &a) -> FailureOr<Value> {
          FailureOr<BoundArgs> b = in.bind(sig, a);
          if (failed(b))
            return failure();
          if (self.items().size() >= static_cast<size_t>(Limits::kMaxSequence))
            return in.error(a.loc, "deque too large");
          self.as<DequeObj>()->push((*b)["x"], left);
          return Value::none();
        }));
  }
  if (name == "extend" || name == "extendleft") {
    bool left = name == "extendleft";
    Signature sig{"deque." + name, {"iterable", "/"}, ArgStyle::Clinic};
    return std::optional<Value>(
        method(this, name,
               [left, sig](Interpreter &in, const Value &self,
                           CallArgs &a) -> FailureOr<Value> {
                 FailureOr<BoundArgs> b = in.bind(sig, a);
                 if (failed(b))
                   return failure();
                 FailureOr<std::vector<Value>> items =
                     in.toList((*b)["iterable"], a.loc);
                 if (failed(items))
                   return failure();
                 for (const Value &v : *items) {
                   if (self.items().size() >=
                       static_cast<size_t>(Limits::kMaxSequence))
                     return in.error(a.loc, "deque too large");
                   self.as<DequeObj>()->push(v, left);
                 }
                 return Value::none();
               }));
  }
  if (name == "pop" || name == "popleft") {
    bool left = name == "popleft";
    return std::optional<Value>(method(
        this, name,
        [left](Interpreter &in, const Value &self,
               CallArgs &a) -> FailureOr<Value> {
          if (failed(noArgs(in, a, left ? "deque.popleft" : "deque.pop")))
            return failure();
          auto &items = self.items();
          if (items.empty())
            return in.raise(a.loc, "IndexError", "pop from an empty deque");
          Value out = left ? items.front() : items.back();
          if (left)
            items.erase(items.begin());
          else
            items.pop_back();
          return out;
        }));
  }
  if (name == "rotate")
    return std::optional<Value>(method(
        this, name,
        [](Interpreter &in, const Value &self,
           CallArgs &a) -> FailureOr<Value> {
          static const Signature sig =
              Signature{"deque.rotate", {"n=", "/"}, ArgStyle::Clinic}
                  .qualified("deque.rotate");
          FailureOr<BoundArgs> b = in.bind(sig, a);
          if (failed(b))
            return failure();
          int64_t n = 1;
          if (b->given("n")) {
            FailureOr<int64_t> given = indexArg(in, (*b)["n"], a.loc);
            if (failed(given))
              return failure();
            n = *given;
          }
          auto &items = self.items();
          if (items.empty())
            return Value::none();
          int64_t size = static_cast<int64_t>(items.size());
          int64_t k = ((n % size) + size) % size;
          std::rotate(items.begin(), items.begin() + (size - k), items.end());
          return Value::none();
        }));
  if (name == "copy")
    return std::optional<Value>(
        method(this, name,
               [](Interpreter &in, const Value &self,
                  CallArgs &a) -> FailureOr<Value> {
                 if (failed(noArgs(in, a, "deque.copy")))
                   return failure();
                 return Value::object(std::make_shared<DequeObj>(
                     self.items(), self.as<DequeObj>()->maxlen));
               }));
  if (name == "sort")
    // A list method a deque does not have.
    return in.raise(l, "AttributeError",
                    "'collections.deque' object has no attribute '" + name +
                        "'");
  return std::optional<Value>();
}

} // namespace

FailureOr<Value> collections::deque(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "deque", {"iterable=", "maxlen="}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &v = *bound;
  int64_t maxlen = -1;
  if (!v["maxlen"].isNone()) {
    if (!v["maxlen"].isIntLike())
      return in.raise(a.loc, "TypeError", "an integer is required");
    maxlen = v["maxlen"].getInt();
    if (maxlen < 0)
      return in.raise(a.loc, "ValueError", "maxlen must be non-negative");
  }
  std::vector<Value> items;
  if (v.given("iterable")) {
    FailureOr<std::vector<Value>> given = in.toList(v["iterable"], a.loc);
    if (failed(given))
      return failure();
    items = std::move(*given);
  }
  auto d = std::make_shared<DequeObj>(std::vector<Value>{}, maxlen);
  for (const Value &x : items)
    d->push(x, false);
  return Value::object(d);
}

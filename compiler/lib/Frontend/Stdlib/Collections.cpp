//===- Collections.cpp - The `collections` module: the dict subtypes ------===//
//
// The dict subtypes are native subtypes of dict, so everything the
// interpreter does with a dict (indexing, iteration, len, `in`, unpacking,
// `dict(x)`) works on them unchanged; what they add goes through Object's
// hooks (Value.h):
//  - `OrderedDict`: a dict with move_to_end, popitem(last=) and
//    order-sensitive equality with another OrderedDict;
//  - `defaultdict`: a dict whose missing keys are made by default_factory;
//  - `Counter`: a dict of counts (missing keys count 0) with most_common,
//    elements, update, subtract, total and + - | &.
// Also the module itself, whose `deque` is in Deque.cpp and `namedtuple`
// in NamedTuple.cpp. `ChainMap`, `UserDict` and `UserList` are refused
// with a clear error.
//
//===----------------------------------------------------------------------===//

#include "Collections.h"

#include "../Classes.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;
using namespace scopec::frontend::stdlib::collections;

Value collections::method(Object *self, const std::string &name, Method fn) {
  Value s = Value::object(self->shared_from_this());
  return Interpreter::native(
      name, [s, fn](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        return fn(in, s, a);
      });
}

LogicalResult collections::noArgs(Interpreter &in, CallArgs &a,
                                  const std::string &qualName) {
  Signature sig{qualName, {}, ArgStyle::Clinic};
  if (failed(in.bind(sig, a)))
    return failure();
  return success();
}

namespace {

FailureOr<std::string> keyOf(Interpreter &in, SrcLoc l, const Value &k) {
  return in.dictKey(k, l);
}

/// The entries `dict(*args, **kw)` would hold, appended to `d`.
LogicalResult dictUpdate(Interpreter &in, DictObj &d, CallArgs &a) {
  FailureOr<Value> dict = builtin(in, "dict", a.loc);
  if (failed(dict))
    return failure();
  CallArgs c = a;
  FailureOr<Value> made = in.call(*dict, c);
  if (failed(made))
    return failure();
  auto *src = made->as<DictObj>();
  for (size_t i = 0; i < src->entries.size(); ++i)
    d.set(src->keys[i], src->entries[i].first, src->entries[i].second);
  return success();
}

void copyEntries(const DictObj &from, DictObj &to) {
  for (size_t i = 0; i < from.entries.size(); ++i)
    to.set(from.keys[i], from.entries[i].first, from.entries[i].second);
}

/// `{k: v, ...}` of the entries (the repr of the dict part).
std::string entriesRepr(const DictObj &d) {
  std::string s = "{";
  for (size_t i = 0; i < d.entries.size(); ++i)
    s += (i ? ", " : "") + repr(d.entries[i].first) + ": " +
         repr(d.entries[i].second);
  return s + "}";
}

/// The truth of the optional bool argument `name` (true when not given).
FailureOr<bool> flagArg(Interpreter &in, const BoundArgs &v,
                        llvm::StringRef name, SrcLoc l) {
  if (!v.given(name))
    return true;
  return in.isTrue(v[name], l);
}

//===--- OrderedDict ------------------------------------------------------===//

struct OrderedDictObj : DictObj {
  std::string typeName() const override { return "OrderedDict"; }
  std::string repr() const override {
    if (entries.empty())
      return "OrderedDict()";
    std::string s = "OrderedDict([";
    for (size_t i = 0; i < entries.size(); ++i)
      s += (i ? ", (" : "(") + scopec::frontend::repr(entries[i].first) +
           ", " + scopec::frontend::repr(entries[i].second) + ")";
    return s + "])";
  }
  /// Between OrderedDicts, equality is order-sensitive.
  int equals(const Value &other) const override {
    if (!other.isDict() || other.get()->typeName() != "OrderedDict")
      return -1;
    auto *o = other.as<DictObj>();
    if (o->keys != keys)
      return 0;
    for (size_t i = 0; i < entries.size(); ++i)
      if (!valuesEqual(entries[i].second, o->entries[i].second))
        return 0;
    return 1;
  }
  FailureOr<std::optional<Value>>
  nativeAttr(Interpreter &in, const std::string &name, SrcLoc l) override;
};

/// Moves entry `i` of `d` to the end (or the front).
void moveEntry(DictObj &d, size_t i, bool last) {
  auto entry = d.entries[i];
  std::string key = d.keys[i];
  d.erase(key);
  if (last) {
    d.set(key, entry.first, entry.second);
    return;
  }
  auto entries = d.entries;
  auto keys = d.keys;
  for (const std::string &k : keys)
    d.erase(k);
  d.set(key, entry.first, entry.second);
  for (size_t j = 0; j < keys.size(); ++j)
    d.set(keys[j], entries[j].first, entries[j].second);
}

FailureOr<std::optional<Value>>
OrderedDictObj::nativeAttr(Interpreter &in, const std::string &name, SrcLoc l) {
  (void)in, (void)l;
  if (name == "move_to_end")
    return std::optional<Value>(
        method(this, name,
               [](Interpreter &in, const Value &self,
                  CallArgs &a) -> FailureOr<Value> {
                 static const Signature sig{
                     "move_to_end", {"key", "last="}, ArgStyle::Clinic};
                 FailureOr<BoundArgs> bound = in.bind(sig, a);
                 if (failed(bound))
                   return failure();
                 BoundArgs &v = *bound;
                 FailureOr<std::string> key = keyOf(in, a.loc, v["key"]);
                 if (failed(key))
                   return failure();
                 FailureOr<bool> last = flagArg(in, v, "last", a.loc);
                 if (failed(last))
                   return failure();
                 auto *d = self.as<DictObj>();
                 int64_t i = d->find(*key);
                 if (i < 0)
                   return in.raiseValue(
                       a.loc, in.newException("KeyError", {v["key"]}));
                 moveEntry(*d, static_cast<size_t>(i), *last);
                 return Value::none();
               }));
  if (name == "copy")
    return std::optional<Value>(
        method(this, name,
               [](Interpreter &in, const Value &self,
                  CallArgs &a) -> FailureOr<Value> {
                 if (failed(noArgs(in, a, "OrderedDict.copy")))
                   return failure();
                 auto d = std::make_shared<OrderedDictObj>();
                 copyEntries(*self.as<DictObj>(), *d);
                 return Value::object(d);
               }));
  if (name == "popitem")
    return std::optional<Value>(method(
        this, name,
        [](Interpreter &in, const Value &self,
           CallArgs &a) -> FailureOr<Value> {
          static const Signature sig{"popitem", {"last="}, ArgStyle::Clinic};
          FailureOr<BoundArgs> v = in.bind(sig, a);
          if (failed(v))
            return failure();
          FailureOr<bool> last = flagArg(in, *v, "last", a.loc);
          if (failed(last))
            return failure();
          auto *d = self.as<DictObj>();
          if (d->entries.empty())
            return in.raiseValue(
                a.loc, in.newException("KeyError", {Value::str("dictionary is "
                                                               "empty")}));
          size_t i = *last ? d->entries.size() - 1 : 0;
          Value out = Value::tuple({d->entries[i].first, d->entries[i].second});
          d->erase(std::string(d->keys[i]));
          return out;
        }));
  return std::optional<Value>();
}

FailureOr<Value> orderedDict(Interpreter &in, CallArgs &a) {
  if (a.pos.size() > 1)
    return in.raise(a.loc, "TypeError",
                    "expected at most 1 arguments, got " +
                        std::to_string(a.pos.size()));
  auto d = std::make_shared<OrderedDictObj>();
  if (failed(dictUpdate(in, *d, a)))
    return failure();
  return Value::object(d);
}

//===--- defaultdict ------------------------------------------------------===//

struct DefaultDictObj : DictObj {
  explicit DefaultDictObj(Value factory) : factory(std::move(factory)) {}
  std::string typeName() const override { return "defaultdict"; }
  std::string repr() const override {
    return "defaultdict(" + scopec::frontend::repr(factory) + ", " +
           entriesRepr(*this) + ")";
  }
  /// `__missing__`: `self[key] = default_factory()`.
  FailureOr<std::optional<Value>> missing(Interpreter &in, const Value &key,
                                          SrcLoc l) override {
    if (factory.isNone())
      return std::optional<Value>();
    FailureOr<Value> made = callWith(in, factory, {}, l);
    if (failed(made))
      return failure();
    FailureOr<std::string> hash = keyOf(in, l, key);
    if (failed(hash))
      return failure();
    set(*hash, key, *made);
    return std::optional<Value>(*made);
  }
  FailureOr<std::optional<Value>>
  nativeAttr(Interpreter &in, const std::string &name, SrcLoc l) override {
    (void)in, (void)l;
    if (name == "default_factory")
      return std::optional<Value>(factory);
    if (name != "copy")
      return std::optional<Value>();
    return std::optional<Value>(
        method(this, name,
               [](Interpreter &in, const Value &self,
                  CallArgs &a) -> FailureOr<Value> {
                 if (failed(noArgs(in, a, "defaultdict.copy")))
                   return failure();
                 auto *src = static_cast<DefaultDictObj *>(self.as<DictObj>());
                 auto d = std::make_shared<DefaultDictObj>(src->factory);
                 copyEntries(*src, *d);
                 return Value::object(d);
               }));
  }
  Value factory;
};

/// defaultdict(default_factory=None, /, *args, **kwargs).
FailureOr<Value> defaultDict(Interpreter &in, CallArgs &a) {
  static const Signature sig{"defaultdict",
                             {"default_factory=", "/", "*args", "**kwargs"}};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  Value factory = b["default_factory"];
  // The rest is dict(*args, **kwargs).
  CallArgs rest;
  rest.loc = a.loc;
  rest.pos = b.args();
  rest.kw = b.kwargs();
  if (!factory.isNone() && !isCallable(factory))
    return in.raise(a.loc, "TypeError", "first argument must be callable or "
                                        "None");
  auto d = std::make_shared<DefaultDictObj>(factory);
  if (failed(dictUpdate(in, *d, rest)))
    return failure();
  return Value::object(d);
}

//===--- Counter ----------------------------------------------------------===//

struct CounterObj : DictObj {
  std::string typeName() const override { return "Counter"; }
  std::string repr() const override;
  /// A missing element counts 0 (and is not inserted).
  FailureOr<std::optional<Value>> missing(Interpreter &in, const Value &key,
                                          SrcLoc l) override {
    (void)in, (void)key, (void)l;
    return std::optional<Value>(Value::integer(0));
  }
  FailureOr<std::optional<Value>>
  nativeAttr(Interpreter &in, const std::string &name, SrcLoc l) override;
  Result binaryOp(Interpreter &in, BinOpKind op, const Value &a,
                  const Value &b, SrcLoc l) override {
    FailureOr<std::optional<Value>> r = counterOp(in, op, a, b, l);
    if (failed(r))
      return Result::failure();
    if (!*r)
      return Result::notImplemented();
    return Result(**r);
  }
  /// Counter arithmetic; nothing when it is not a Counter operation.
  FailureOr<std::optional<Value>> counterOp(Interpreter &in, BinOpKind op,
                                            const Value &a, const Value &b,
                                            SrcLoc l);
};

bool isCounter(const Value &v) {
  return v.isDict() && v.get()->typeName() == "Counter";
}

/// The entry order of most_common(): by count, descending, ties in
/// insertion order.
std::vector<size_t> byCount(const DictObj &d) {
  std::vector<size_t> order(d.entries.size());
  for (size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  auto count = [&](size_t i) {
    const Value &v = d.entries[i].second;
    return v.isNumber() ? v.asDouble() : 0.0;
  };
  llvm::sort(order, [&](size_t x, size_t y) {
    return count(x) != count(y) ? count(x) > count(y) : x < y;
  });
  return order;
}

std::string CounterObj::repr() const {
  if (entries.empty())
    return "Counter()";
  std::string s = "Counter({";
  bool first = true;
  for (size_t i : byCount(*this)) {
    s += (first ? "" : ", ") + scopec::frontend::repr(entries[i].first) +
         ": " + scopec::frontend::repr(entries[i].second);
    first = false;
  }
  return s + "})";
}

/// `counter[key] += sign * n` for each element (or mapping entry).
LogicalResult countInto(Interpreter &in, CounterObj &c, const Value &src,
                        int sign, SrcLoc l) {
  auto add = [&](const Value &k, const Value &n) -> LogicalResult {
    FailureOr<std::string> key = keyOf(in, l, k);
    if (failed(key))
      return failure();
    int64_t i = c.find(*key);
    Value old = i < 0 ? Value::integer(0) : c.entries[i].second;
    FailureOr<Value> r =
        in.binaryOp(sign > 0 ? BinOpKind::Add : BinOpKind::Sub, old, n, l);
    if (failed(r))
      return failure();
    c.set(*key, k, *r);
    return success();
  };
  if (src.isDict()) {
    auto entries = src.as<DictObj>()->entries;
    for (auto &[k, n] : entries)
      if (failed(add(k, n)))
        return failure();
    return success();
  }
  return in.forEach(src, l, [&](const Value &k) {
    return add(k, Value::integer(1));
  });
}

/// update/subtract([iterable-or-mapping], /, **kwds).
LogicalResult countMethod(Interpreter &in, const Value &self, CallArgs &a,
                          const char *name, int sign) {
  // `def update(self, iterable=None, /, **kwds)`.
  Signature sig{std::string("Counter.") + name,
                {"self", "iterable=", "/", "**kwds"}};
  FailureOr<BoundArgs> bound = in.bindMethod(sig, self, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  auto *c = self.as<CounterObj>();
  if (!b["iterable"].isNone() &&
      failed(countInto(in, *c, b["iterable"], sign, a.loc)))
    return failure();
  for (auto &[k, v] : b.kwargs()) {
    auto kw = std::make_shared<DictObj>();
    kw->set("s" + k, Value::str(k), v);
    if (failed(countInto(in, *c, Value::object(kw), sign, a.loc)))
      return failure();
  }
  return success();
}

FailureOr<std::optional<Value>>
CounterObj::nativeAttr(Interpreter &in, const std::string &name, SrcLoc l) {
  (void)in, (void)l;
  if (name == "most_common")
    return std::optional<Value>(method(
        this, name,
        [](Interpreter &in, const Value &self,
           CallArgs &a) -> FailureOr<Value> {
          static const Signature sig{"Counter.most_common", {"self", "n="}};
          FailureOr<BoundArgs> v = in.bindMethod(sig, self, a);
          if (failed(v))
            return failure();
          auto *d = self.as<DictObj>();
          int64_t n = static_cast<int64_t>(d->entries.size());
          if (!(*v)["n"].isNone()) {
            FailureOr<int64_t> given = indexArg(in, (*v)["n"], a.loc);
            if (failed(given))
              return failure();
            n = *given;
          }
          std::vector<Value> items;
          for (size_t i : byCount(*d)) {
            if (static_cast<int64_t>(items.size()) >= n)
              break;
            items.push_back(
                Value::tuple({d->entries[i].first, d->entries[i].second}));
          }
          return Value::list(std::move(items));
        }));
  if (name == "elements")
    // A list where CPython gives an iterator over the same elements.
    return std::optional<Value>(method(
        this, name,
        [](Interpreter &in, const Value &self,
           CallArgs &a) -> FailureOr<Value> {
          static const Signature sig{"Counter.elements", {"self"}};
          if (failed(in.bindMethod(sig, self, a)))
            return failure();
          std::vector<Value> items;
          for (auto &[k, n] : self.as<DictObj>()->entries)
            for (int64_t i = 0; n.isIntLike() && i < n.getInt(); ++i) {
              if (items.size() >= static_cast<size_t>(Limits::kMaxSequence))
                return in.error(a.loc, "Counter.elements() too long");
              items.push_back(k);
            }
          return Value::list(std::move(items));
        }));
  if (name == "update" || name == "subtract") {
    int sign = name == "update" ? 1 : -1;
    return std::optional<Value>(
        method(this, name,
               [sign](Interpreter &in, const Value &self,
                      CallArgs &a) -> FailureOr<Value> {
                 if (failed(countMethod(
                         in, self, a, sign > 0 ? "update" : "subtract", sign)))
                   return failure();
                 return Value::none();
               }));
  }
  if (name == "total")
    return std::optional<Value>(method(
        this, name,
        [](Interpreter &in, const Value &self,
           CallArgs &a) -> FailureOr<Value> {
          static const Signature sig{"Counter.total", {"self"}};
          if (failed(in.bindMethod(sig, self, a)))
            return failure();
          Value out = Value::integer(0);
          for (auto &[k, n] : self.as<DictObj>()->entries) {
            FailureOr<Value> sum = in.binaryOp(BinOpKind::Add, out, n, a.loc);
            if (failed(sum))
              return failure();
            out = *sum;
          }
          return out;
        }));
  if (name == "copy")
    return std::optional<Value>(method(
        this, name,
        [](Interpreter &in, const Value &self,
           CallArgs &a) -> FailureOr<Value> {
          static const Signature sig{"Counter.copy", {"self"}};
          if (failed(in.bindMethod(sig, self, a)))
            return failure();
          auto c = std::make_shared<CounterObj>();
          auto *d = self.as<DictObj>();
          for (size_t i = 0; i < d->entries.size(); ++i)
            c->set(d->keys[i], d->entries[i].first, d->entries[i].second);
          return Value::object(c);
        }));
  return std::optional<Value>();
}

/// Counter + - | &: CPython's loops, keeping positive counts only.
FailureOr<std::optional<Value>>
CounterObj::counterOp(Interpreter &in, BinOpKind op, const Value &a,
                      const Value &b, SrcLoc l) {
  if (!isCounter(a) || !isCounter(b) ||
      (op != BinOpKind::Add && op != BinOpKind::Sub &&
       op != BinOpKind::BitOr && op != BinOpKind::BitAnd))
    return std::optional<Value>();
  // Only the left operand computes (the right one would repeat it).
  if (a.get() != this)
    return std::optional<Value>();
  auto *x = a.as<DictObj>(), *y = b.as<DictObj>();
  auto result = std::make_shared<CounterObj>();
  Value zero = Value::integer(0);
  auto compare = [&](CmpOpKind cmp, const Value &p,
                     const Value &q) -> FailureOr<bool> {
    FailureOr<Value> c = in.compare(cmp, p, q, l);
    if (failed(c))
      return failure();
    return in.isTrue(*c, l);
  };
  for (size_t i = 0; i < x->entries.size(); ++i) {
    const Value &count = x->entries[i].second;
    int64_t j = y->find(x->keys[i]);
    Value other = j < 0 ? zero : y->entries[j].second, n;
    if (op == BinOpKind::Add || op == BinOpKind::Sub) {
      FailureOr<Value> r = in.binaryOp(op, count, other, l);
      if (failed(r))
        return failure();
      n = *r;
    } else {
      FailureOr<bool> lt = compare(CmpOpKind::Lt, count, other);
      if (failed(lt))
        return failure();
      n = (op == BinOpKind::BitOr) == *lt ? other : count;
    }
    FailureOr<bool> keep = compare(CmpOpKind::Gt, n, zero);
    if (failed(keep))
      return failure();
    if (*keep)
      result->set(x->keys[i], x->entries[i].first, n);
  }
  if (op != BinOpKind::BitAnd)
    for (size_t j = 0; j < y->entries.size(); ++j) {
      if (x->find(y->keys[j]) >= 0)
        continue;
      Value count = y->entries[j].second, n = count;
      if (op == BinOpKind::Sub) {
        FailureOr<Value> r = in.binaryOp(BinOpKind::Sub, zero, count, l);
        if (failed(r))
          return failure();
        n = *r;
      }
      FailureOr<bool> keep = compare(CmpOpKind::Gt, n, zero);
      if (failed(keep))
        return failure();
      if (*keep)
        result->set(y->keys[j], y->entries[j].first, n);
    }
  return std::optional<Value>(Value::object(result));
}

/// Counter(iterable=None, /, **kwds).
FailureOr<Value> counter(Interpreter &in, CallArgs &a) {
  auto c = std::make_shared<CounterObj>();
  Value self = Value::object(c);
  if (failed(countMethod(in, self, a, "Counter", 1)))
    return failure();
  return self;
}

} // namespace

Value stdlib::makeCollections(Interpreter &in) {
  (void)in;
  auto m = newModule("collections");
  addFunction(*m, "OrderedDict", orderedDict);
  addFunction(*m, "namedtuple", namedTuple);
  addFunction(*m, "defaultdict", defaultDict);
  addFunction(*m, "Counter", counter);
  addFunction(*m, "deque", deque);
  for (const char *name : {"ChainMap", "UserDict", "UserList", "UserString"})
    refuse(*m, name, "scopec provides OrderedDict, defaultdict, Counter, "
                     "deque and namedtuple only");
  return Value::object(m);
}

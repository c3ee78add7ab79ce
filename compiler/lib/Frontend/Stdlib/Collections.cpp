//===- Collections.cpp - The `collections` module -------------------------===//
//
// The containers are native subtypes of the built-in values, so everything
// the interpreter does with a dict, list or tuple (indexing, iteration,
// len, `in`, unpacking, hashing, `dict(x)`) works on them unchanged; what
// they add goes through Object's hooks (Value.h):
//  - `OrderedDict`: a dict with move_to_end, popitem(last=) and
//    order-sensitive equality with another OrderedDict;
//  - `defaultdict`: a dict whose missing keys are made by default_factory;
//  - `Counter`: a dict of counts (missing keys count 0) with most_common,
//    elements, update, subtract, total and + - | &;
//  - `deque`: a list with maxlen and the deque methods (it is not a list
//    for isinstance and equality);
//  - `namedtuple`: a class (Python code may derive from it) whose
//    instances are tuples with the fields as attributes, `_fields`,
//    `_make`, `_replace`, `_asdict`, defaults, rename and CPython's repr.
// `ChainMap`, `UserDict` and `UserList` are refused with a clear error.
//
//===----------------------------------------------------------------------===//

#include "Support.h"

#include "../Classes.h"

#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

using Method = std::function<FailureOr<Value>(Interpreter &, const Value &self,
                                              CallArgs &)>;

/// `self.name` as a native method.
Value method(Object *self, const std::string &name, Method fn) {
  Value s = Value::object(self->shared_from_this());
  return Interpreter::native(
      name, [s, fn](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        return fn(in, s, a);
      });
}

/// A method of a C type taking no arguments (METH_NOARGS).
LogicalResult noArgs(Interpreter &in, CallArgs &a,
                     const std::string &qualName) {
  Signature sig{qualName, {}, ArgStyle::Clinic};
  if (failed(in.bind(sig, a)))
    return failure();
  return success();
}

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

//===--- deque ------------------------------------------------------------===//

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
    return std::optional<Value>(method(
        this, name,
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

/// deque(iterable=(), maxlen=None).
FailureOr<Value> deque(Interpreter &in, CallArgs &a) {
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

//===--- namedtuple -------------------------------------------------------===//

/// A namedtuple type: its fields and defaults (for the last fields).
struct TupleType {
  std::string name;
  /// The name repr() shows when it is not the class name (the struct
  /// sequences of `sys`: `sys.version_info(major=3, ...)`).
  std::string reprName;
  std::vector<std::string> fields;
  std::vector<Value> defaults;
};

/// An instance of a namedtuple class `cls` (or of a class derived from
/// it): a tuple.
struct NamedTupleObj : SeqObj {
  NamedTupleObj(Value cls, std::shared_ptr<TupleType> type,
                std::vector<Value> values)
      : SeqObj(ObjKind::Tuple, std::move(values)), cls(std::move(cls)),
        type(std::move(type)) {}
  std::string typeName() const override {
    return cls.as<ClassObj>()->name;
  }
  std::string repr() const override {
    std::string s = (type->reprName.empty() ? typeName() : type->reprName) +
                    "(";
    for (size_t i = 0; i < items.size(); ++i)
      s += (i ? ", " : "") + type->fields[i] + "=" +
           scopec::frontend::repr(items[i]);
    return s + ")";
  }
  /// The fields, then the class's attributes (methods of a derived class,
  /// `_replace`, `_asdict`, `_fields`).
  FailureOr<std::optional<Value>>
  nativeAttr(Interpreter &in, const std::string &name, SrcLoc l) override {
    auto it = llvm::find(type->fields, name);
    if (it != type->fields.end())
      return std::optional<Value>(items[it - type->fields.begin()]);
    if (name == "__class__")
      return std::optional<Value>(cls);
    if (const Value *v = cls.as<ClassObj>()->lookup(name)) {
      FailureOr<Value> bound =
          in.bindAttr(*v, Value::object(shared_from_this()), cls, l);
      if (failed(bound))
        return failure();
      return std::optional<Value>(*bound);
    }
    return std::optional<Value>();
  }
  Value cls;
  std::shared_ptr<TupleType> type;
};

NamedTupleObj *asNamedTuple(const Value &v, const TupleType *type) {
  if (!v.isTuple())
    return nullptr;
  // Every tuple whose type name is not "tuple" is a NamedTupleObj.
  if (v.get()->typeName() == "tuple")
    return nullptr;
  auto *t = static_cast<NamedTupleObj *>(v.get());
  return t->type.get() == type ? t : nullptr;
}

/// `cls(*values, **fields)` with CPython's __new__ messages.
FailureOr<Value> construct(Interpreter &in,
                           const std::shared_ptr<TupleType> &type,
                           CallArgs &a) {
  // The class's `def __new__(_cls, x, y=...)`.
  size_t n = type->fields.size(), required = n - type->defaults.size();
  std::vector<std::string> specs{"_cls"};
  for (size_t i = 0; i < n; ++i)
    specs.push_back(type->fields[i] + (i < required ? "" : "="));
  Signature sig{type->name + ".__new__", specs};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  Value cls = b["_cls"];
  std::vector<Value> v;
  for (size_t i = 0; i < n; ++i)
    v.push_back(i < required
                    ? b[type->fields[i]]
                    : b.get(type->fields[i], type->defaults[i - required]));
  return Value::object(
      std::make_shared<NamedTupleObj>(cls, type, std::move(v)));
}

/// Python's keywords, which cannot be field names.
bool isKeyword(llvm::StringRef s) {
  static const char *const kws[] = {
      "False", "None",   "True",    "and",      "as",       "assert",
      "async", "await",  "break",   "class",    "continue", "def",
      "del",   "elif",   "else",    "except",   "finally",  "for",
      "from",  "global", "if",      "import",   "in",       "is",
      "lambda", "nonlocal", "not",  "or",       "pass",     "raise",
      "return", "try",   "while",   "with",     "yield"};
  return llvm::is_contained(kws, s);
}

bool isIdentifier(llvm::StringRef s) {
  if (s.empty() || llvm::isDigit(s[0]))
    return false;
  return llvm::all_of(s, [](char c) {
    return llvm::isAlnum(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
  });
}

/// The namedtuple class: its dictionary holds `_fields`,
/// `_field_defaults`, `_make`, `_replace`, `_asdict` and the constructor.
FailureOr<Value> makeTupleClass(Interpreter &in,
                                const std::shared_ptr<TupleType> &type,
                                const std::string &module, SrcLoc l) {
  AttrDict dict;
  std::vector<Value> names;
  for (const std::string &f : type->fields)
    names.push_back(Value::str(f));
  dict.set("__module__", Value::str(module));
  dict.set("__doc__", Value::str(type->name + "(" +
                                 llvm::join(type->fields, ", ") + ")"));
  dict.set("_fields", Value::tuple(std::move(names)));
  auto defaults = std::make_shared<DictObj>();
  size_t first = type->fields.size() - type->defaults.size();
  for (size_t i = 0; i < type->defaults.size(); ++i)
    defaults->set("s" + type->fields[first + i],
                  Value::str(type->fields[first + i]), type->defaults[i]);
  dict.set("_field_defaults", Value::object(defaults));
  dict.set(
      "__scopec_new__",
      Interpreter::native(
          "__new__", [type](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            return construct(in, type, a);
          }));
  dict.set("_make",
           Value::object(std::make_shared<WrapperObj>(
               ObjKind::ClassMethod,
               Interpreter::native(
                   "_make",
                   [type](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                     Signature sig{type->name + "._make", {"cls", "iterable"}};
                     FailureOr<BoundArgs> b = in.bind(sig, a);
                     if (failed(b))
                       return failure();
                     FailureOr<std::vector<Value>> values =
                         in.toList((*b)["iterable"], a.loc);
                     if (failed(values))
                       return failure();
                     if (values->size() != type->fields.size())
                       return in.raise(a.loc, "TypeError",
                                       "Expected " +
                                           std::to_string(type->fields.size()) +
                                           " arguments, got " +
                                           std::to_string(values->size()));
                     return Value::object(std::make_shared<NamedTupleObj>(
                         (*b)["cls"], type, std::move(*values)));
                   }))));
  dict.set(
      "_asdict",
      Interpreter::native(
          "_asdict", [type](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            Signature sig{type->name + "._asdict", {"self"}};
            FailureOr<BoundArgs> b = in.bind(sig, a);
            if (failed(b))
              return failure();
            NamedTupleObj *self = asNamedTuple((*b)["self"], type.get());
            if (!self)
              return in.raise(a.loc, "TypeError",
                              "_asdict() needs a " + type->name + " instance");
            auto d = std::make_shared<DictObj>();
            for (size_t i = 0; i < self->items.size(); ++i)
              d->set("s" + type->fields[i], Value::str(type->fields[i]),
                     self->items[i]);
            return Value::object(d);
          }));
  dict.set(
      "_replace",
      Interpreter::native(
          "_replace", [type](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            Signature sig{type->name + "._replace", {"self", "/", "**kwds"}};
            FailureOr<BoundArgs> b = in.bind(sig, a);
            if (failed(b))
              return failure();
            NamedTupleObj *self = asNamedTuple((*b)["self"], type.get());
            if (!self)
              return in.raise(a.loc, "TypeError",
                              "_replace() needs a " + type->name + " instance");
            std::vector<Value> v = self->items;
            std::vector<std::string> unknown;
            for (auto &[k, val] : b->kwargs()) {
              auto it = llvm::find(type->fields, k);
              if (it == type->fields.end())
                unknown.push_back("'" + k + "'");
              else
                v[it - type->fields.begin()] = val;
            }
            if (!unknown.empty())
              return in.raise(a.loc, "ValueError",
                              "Got unexpected field names: [" +
                                  llvm::join(unknown, ", ") + "]");
            return Value::object(
                std::make_shared<NamedTupleObj>(self->cls, type, std::move(v)));
          }));
  FailureOr<Value> cls = in.makeClass(type->name, {}, std::move(dict), l);
  if (failed(cls))
    return failure();
  cls->as<ClassObj>()->module = module;
  return cls;
}

/// namedtuple(typename, field_names, *, rename=False, defaults=None,
/// module=None).
FailureOr<Value> namedTuple(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "namedtuple",
      {"typename", "field_names", "*", "rename=", "defaults=", "module="}};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &v = *bound;
  auto type = std::make_shared<TupleType>();
  FailureOr<std::string> typeNameArg =
      in.toStr(v["typename"], a.loc, "typename");
  if (failed(typeNameArg))
    return failure();
  type->name = *typeNameArg;
  std::vector<Value> fieldValues;
  if (v["field_names"].isStr()) {
    std::string names = v["field_names"].getStr();
    std::replace(names.begin(), names.end(), ',', ' ');
    llvm::SmallVector<llvm::StringRef> parts;
    llvm::StringRef(names).split(parts, ' ', -1, false);
    for (llvm::StringRef p : parts)
      if (!p.trim().empty())
        fieldValues.push_back(Value::str(p.trim().str()));
  } else {
    FailureOr<std::vector<Value>> given = in.toList(v["field_names"], a.loc);
    if (failed(given))
      return failure();
    fieldValues = std::move(*given);
  }
  bool rename = false;
  if (v.given("rename")) {
    FailureOr<bool> given = in.isTrue(v["rename"], a.loc);
    if (failed(given))
      return failure();
    rename = *given;
  }
  std::vector<std::string> fields;
  for (const Value &f : fieldValues)
    fields.push_back(str(f));
  if (rename)
    // Invalid, keyword, underscore and duplicate names become `_<index>`.
    for (size_t i = 0; i < fields.size(); ++i)
      if (!isIdentifier(fields[i]) || isKeyword(fields[i]) ||
          fields[i][0] == '_' ||
          llvm::is_contained(llvm::ArrayRef(fields).take_front(i), fields[i]))
        fields[i] = "_" + std::to_string(i);
  std::vector<std::string> all{type->name};
  all.insert(all.end(), fields.begin(), fields.end());
  for (const std::string &n : all) {
    if (!isIdentifier(n))
      return in.raise(a.loc, "ValueError",
                      "Type names and field names must be valid identifiers: " +
                          repr(Value::str(n)));
    if (isKeyword(n))
      return in.raise(a.loc, "ValueError",
                      "Type names and field names cannot be a keyword: " +
                          repr(Value::str(n)));
  }
  for (size_t i = 1; i < all.size(); ++i) {
    if (all[i][0] == '_' && !rename)
      return in.raise(a.loc, "ValueError",
                      "Field names cannot start with an underscore: " +
                          repr(Value::str(all[i])));
    if (llvm::is_contained(type->fields, all[i]))
      return in.raise(a.loc, "ValueError",
                      "Encountered duplicate field name: " +
                          repr(Value::str(all[i])));
    type->fields.push_back(all[i]);
  }
  if (v.given("defaults") && !v["defaults"].isNone()) {
    FailureOr<std::vector<Value>> defaults = in.toList(v["defaults"], a.loc);
    if (failed(defaults))
      return failure();
    type->defaults = std::move(*defaults);
    if (type->defaults.size() > type->fields.size())
      return in.raise(a.loc, "TypeError", "Got more default values than "
                                          "field names");
  }
  // `__module__`: the argument, else the calling module, as CPython does.
  std::string module = "__main__";
  if (v.given("module") && !v["module"].isNone())
    module = str(v["module"]);
  else if (in.moduleEnv()->vars.count("__name__"))
    module = str(in.moduleEnv()->vars["__name__"]);
  return makeTupleClass(in, type, module, a.loc);
}

} // namespace

Value stdlib::structSeq(Interpreter &in, llvm::StringRef qualName,
                        std::vector<std::string> fields,
                        std::vector<Value> values) {
  auto type = std::make_shared<TupleType>();
  auto [module, name] = qualName.rsplit('.');
  type->name = name.str();
  type->reprName = qualName.str();
  type->fields = std::move(fields);
  FailureOr<Value> cls = makeTupleClass(in, type, module.str(), SrcLoc{});
  if (failed(cls))
    return Value::none();
  return Value::object(
      std::make_shared<NamedTupleObj>(*cls, type, std::move(values)));
}

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

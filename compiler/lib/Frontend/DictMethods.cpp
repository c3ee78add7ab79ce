//===- DictMethods.cpp - Methods, views and operators of dict -------------===//
//
// dict's methods with CPython 3.11's messages, the live views keys() /
// values() / items() (dict_keys, dict_values, dict_items: sized, iterable,
// membership, set operations on keys and items), and `d | other` /
// `d |= other` (PEP 584).
//
//===----------------------------------------------------------------------===//

#include "BuiltinTypes.h"
#include "Classes.h"

#include "llvm/ADT/StringMap.h"

using namespace scopec::frontend;

namespace {

/// A dict method body: its result (None for a method without one), or a
/// failure.
using Method = FailureOr<Value> (*)(Interpreter &, const Value &, CallArgs &);

LogicalResult argCount(Interpreter &in, CallArgs &a, const char *name,
                       size_t lo, size_t hi) {
  return checkMethodArgs(in, a, "dict", name, lo, hi, lo == 1 && hi == 1,
                         /*keywords=*/llvm::StringRef(name) == "update");
}

FailureOr<std::string> keyOf(Interpreter &in, const Value &k, SrcLoc l) {
  return in.dictKey(k, l);
}

//===----------------------------------------------------------------------===//
// Views
//===----------------------------------------------------------------------===//

enum class ViewKind { Keys, Values, Items };

/// A live view of a dict: it sees later insertions and removals.
struct DictViewObj : HostObject {
  static char ID;
  DictViewObj(Value dict, ViewKind kind)
      : HostObject(&ID), dict(std::move(dict)), view(kind) {}
  std::string typeName() const override {
    return view == ViewKind::Keys     ? "dict_keys"
           : view == ViewKind::Values ? "dict_values"
                                      : "dict_items";
  }
  DictObj &d() const { return *dict.as<DictObj>(); }
  std::vector<Value> elements() const {
    std::vector<Value> out;
    for (auto &kv : d().entries)
      out.push_back(view == ViewKind::Keys ? kv.first
                    : view == ViewKind::Values
                        ? kv.second
                        : Value::tuple({kv.first, kv.second}));
    return out;
  }
  std::string repr() const override {
    return typeName() + "(" + Value::list(elements()).get()->repr() + ")";
  }
  int truth() const override { return d().entries.empty() ? 0 : 1; }
  bool hash(std::string &, std::string &error) const override {
    error = "unhashable type: '" + typeName() + "'";
    return false;
  }
  Result len(Interpreter &, SrcLoc) override {
    return Value::integer(static_cast<int64_t>(d().entries.size()));
  }
  Result iterate(Interpreter &in, SrcLoc l,
                 llvm::function_ref<LogicalResult(const Value &)> fn) override {
    (void)in, (void)l;
    for (const Value &v : elements())
      if (failed(fn(v)))
        return Result::failure();
    return Value::none();
  }
  Result contains(Interpreter &in, const Value &item, SrcLoc l) override;
  /// The view as a set (keys and items views act as sets).
  FailureOr<Value> asSet(Interpreter &in, SrcLoc l) const;
  Result binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                  const Value &rhs, SrcLoc l) override;
  Result compare(Interpreter &in, CmpOpKind op, const Value &lhs,
                 const Value &rhs, SrcLoc l) override;
  void dropReferences() override { Value drop = std::move(dict); }
  Value dict;
  ViewKind view;
};
char DictViewObj::ID;

Result DictViewObj::contains(Interpreter &in, const Value &item, SrcLoc l) {
  if (view == ViewKind::Values) {
    for (auto &kv : d().entries)
      if (identical(kv.second, item) || valuesEqual(kv.second, item))
        return Value::boolean(true);
    return Value::boolean(false);
  }
  Value key = item;
  if (view == ViewKind::Items) {
    if (!item.isTuple() || item.items().size() != 2)
      return Value::boolean(false);
    key = item.items()[0];
  }
  FailureOr<std::string> k = keyOf(in, key, l);
  if (failed(k))
    return Result::failure();
  int64_t at = d().find(*k);
  if (at < 0)
    return Value::boolean(false);
  if (view == ViewKind::Items) {
    const Value &v = d().entries[at].second, &want = item.items()[1];
    return Value::boolean(identical(v, want) || valuesEqual(v, want));
  }
  return Value::boolean(true);
}

FailureOr<Value> DictViewObj::asSet(Interpreter &in, SrcLoc l) const {
  auto set = std::make_shared<SetObj>(false);
  for (const Value &v : elements()) {
    FailureOr<std::string> k = in.elementKey(v, l);
    if (failed(k))
      return failure();
    set->add(*k, v);
  }
  return Value::object(set);
}

/// A set of any iterable (the other operand of a view's set operation).
FailureOr<Value> iterableAsSet(Interpreter &in, const Value &v, SrcLoc l) {
  if (auto *view = dynCast<DictViewObj>(v))
    return view->asSet(in, l);
  auto set = std::make_shared<SetObj>(false);
  if (failed(in.forEach(v, l, [&](const Value &x) -> LogicalResult {
        FailureOr<std::string> k = in.elementKey(x, l);
        if (failed(k))
          return failure();
        set->add(*k, x);
        return success();
      })))
    return failure();
  return Value::object(set);
}

Result DictViewObj::binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                             const Value &rhs, SrcLoc l) {
  if (view == ViewKind::Values ||
      (op != BinOpKind::BitAnd && op != BinOpKind::BitOr &&
       op != BinOpKind::BitXor && op != BinOpKind::Sub))
    return Result::notImplemented();
  FailureOr<Value> a = iterableAsSet(in, lhs, l);
  if (failed(a))
    return Result::failure();
  FailureOr<Value> b = iterableAsSet(in, rhs, l);
  if (failed(b))
    return Result::failure();
  return Result(in.binaryOp(op, *a, *b, l));
}

Result DictViewObj::compare(Interpreter &in, CmpOpKind op, const Value &lhs,
                            const Value &rhs, SrcLoc l) {
  const Value &other = lhs.get() == this ? rhs : lhs;
  bool setLike = other.is(ObjKind::Set) || other.is(ObjKind::FrozenSet) ||
                 (isa<DictViewObj>(other) &&
                  dynCast<DictViewObj>(other)->view != ViewKind::Values);
  if (view == ViewKind::Values || !setLike) {
    if (op == CmpOpKind::Eq || op == CmpOpKind::Ne)
      return Value::boolean(
          (op == CmpOpKind::Ne) !=
          (lhs.isObj() && rhs.isObj() && lhs.get() == rhs.get()));
    return Result::notImplemented();
  }
  FailureOr<Value> a = iterableAsSet(in, lhs, l);
  if (failed(a))
    return Result::failure();
  FailureOr<Value> b = iterableAsSet(in, rhs, l);
  if (failed(b))
    return Result::failure();
  return Result(in.compare(op, *a, *b, l));
}

Method viewMethod(ViewKind kind) {
  switch (kind) {
  case ViewKind::Keys:
    return [](Interpreter &in, const Value &s,
              CallArgs &a) -> FailureOr<Value> {
      if (failed(argCount(in, a, "keys", 0, 0)))
        return failure();
      return Value::object(std::make_shared<DictViewObj>(s, ViewKind::Keys));
    };
  case ViewKind::Values:
    return [](Interpreter &in, const Value &s,
              CallArgs &a) -> FailureOr<Value> {
      if (failed(argCount(in, a, "values", 0, 0)))
        return failure();
      return Value::object(std::make_shared<DictViewObj>(s, ViewKind::Values));
    };
  case ViewKind::Items:
    return [](Interpreter &in, const Value &s,
              CallArgs &a) -> FailureOr<Value> {
      if (failed(argCount(in, a, "items", 0, 0)))
        return failure();
      return Value::object(std::make_shared<DictViewObj>(s, ViewKind::Items));
    };
  }
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Methods
//===----------------------------------------------------------------------===//

FailureOr<Value> getMethod(Interpreter &in, const Value &s, CallArgs &a) {
  if (failed(argCount(in, a, "get", 1, 2)))
    return failure();
  FailureOr<std::string> key = keyOf(in, a.pos[0], a.loc);
  if (failed(key))
    return failure();
  int64_t i = s.as<DictObj>()->find(*key);
  return i >= 0 ? s.as<DictObj>()->entries[i].second
                : (a.pos.size() > 1 ? a.pos[1] : Value::none());
}

FailureOr<Value> popMethod(Interpreter &in, const Value &s, CallArgs &a) {
  if (failed(argCount(in, a, "pop", 1, 2)))
    return failure();
  FailureOr<std::string> key = keyOf(in, a.pos[0], a.loc);
  if (failed(key))
    return failure();
  auto *d = s.as<DictObj>();
  int64_t i = d->find(*key);
  if (i < 0) {
    if (a.pos.size() > 1)
      return a.pos[1];
    return in.raiseValue(a.loc, in.newException("KeyError", {a.pos[0]}));
  }
  Value v = d->entries[i].second;
  d->erase(*key);
  return v;
}

FailureOr<Value> popitemMethod(Interpreter &in, const Value &s, CallArgs &a) {
  if (failed(argCount(in, a, "popitem", 0, 0)))
    return failure();
  auto *d = s.as<DictObj>();
  if (d->entries.empty())
    return in.raiseValue(
        a.loc,
        in.newException("KeyError", {Value::str("popitem(): dictionary is "
                                                "empty")}));
  auto last = d->entries.back();
  d->erase(d->keys.back());
  return Value::tuple({last.first, last.second});
}

FailureOr<Value> setdefaultMethod(Interpreter &in, const Value &s,
                                  CallArgs &a) {
  if (failed(argCount(in, a, "setdefault", 1, 2)))
    return failure();
  FailureOr<std::string> key = keyOf(in, a.pos[0], a.loc);
  if (failed(key))
    return failure();
  auto *d = s.as<DictObj>();
  int64_t i = d->find(*key);
  if (i >= 0)
    return d->entries[i].second;
  Value v = a.pos.size() > 1 ? a.pos[1] : Value::none();
  d->set(*key, a.pos[0], v);
  return v;
}

FailureOr<Value> updateMethod(Interpreter &in, const Value &s, CallArgs &a) {
  if (failed(argCount(in, a, "update", 0, 1)))
    return failure();
  auto *d = s.as<DictObj>();
  if (!a.pos.empty() && failed(dictUpdate(in, *d, a.pos[0], a.loc)))
    return failure();
  for (auto &[k, v] : a.kw)
    d->set("s" + k, Value::str(k), v);
  return Value::none();
}

FailureOr<Value> copyMethod(Interpreter &in, const Value &s, CallArgs &a) {
  if (failed(argCount(in, a, "copy", 0, 0)))
    return failure();
  auto d = std::make_shared<DictObj>();
  auto *src = s.as<DictObj>();
  d->entries = src->entries;
  d->keys = src->keys;
  d->index = src->index;
  return Value::object(d);
}

FailureOr<Value> clearMethod(Interpreter &in, const Value &s, CallArgs &a) {
  if (failed(argCount(in, a, "clear", 0, 0)))
    return failure();
  auto *d = s.as<DictObj>();
  std::vector<std::pair<Value, Value>> dropped = std::move(d->entries);
  d->entries.clear();
  d->keys.clear();
  d->index.clear();
  return Value::none();
}

} // namespace

LogicalResult scopec::frontend::dictUpdate(Interpreter &in, DictObj &d,
                                           const Value &src, SrcLoc l) {
  if (src.isDict()) {
    auto *from = src.as<DictObj>();
    auto entries = from->entries;
    auto keys = from->keys;
    for (size_t i = 0; i < entries.size(); ++i)
      d.set(keys[i], entries[i].first, entries[i].second);
    return success();
  }
  // A mapping: anything with keys() (and __getitem__).
  Value keysFn;
  bool hasKeys = false;
  if (src.isObj() && !src.isSeq() && !src.isStr()) {
    FailureOr<Value> fn = in.getAttr(src, "keys", l);
    hasKeys = succeeded(fn);
    if (hasKeys) {
      keysFn = *fn;
    } else {
      if (!in.pendingIs("AttributeError"))
        return failure();
      in.clearPendingException();
    }
  }
  if (hasKeys) {
    CallArgs none;
    none.loc = l;
    FailureOr<Value> keys = in.call(keysFn, none);
    if (failed(keys))
      return failure();
    return in.forEach(*keys, l, [&](const Value &k) -> LogicalResult {
      FailureOr<Value> v = in.subscript(src, k, l);
      if (failed(v))
        return failure();
      FailureOr<std::string> key = keyOf(in, k, l);
      if (failed(key))
        return failure();
      d.set(*key, k, *v);
      return success();
    });
  }
  // An iterable of pairs.
  int64_t n = 0;
  return in.forEach(src, l, [&](const Value &pair) -> LogicalResult {
    if (!pair.isSeq() && !pair.isStr() && !pair.isObj())
      return in.raise(l, "TypeError",
                      "cannot convert dictionary update sequence element #" +
                          std::to_string(n) + " to a sequence");
    FailureOr<std::vector<Value>> kv = in.toList(pair, l);
    if (failed(kv)) {
      if (!in.pendingIs("TypeError"))
        return failure();
      in.clearPendingException();
      return in.raise(l, "TypeError",
                      "cannot convert dictionary update sequence element #" +
                          std::to_string(n) + " to a sequence");
    }
    if (kv->size() != 2)
      return in.raise(l, "ValueError",
                      "dictionary update sequence element #" +
                          std::to_string(n) + " has length " +
                          std::to_string(kv->size()) + "; 2 is required");
    FailureOr<std::string> key = keyOf(in, (*kv)[0], l);
    if (failed(key))
      return failure();
    d.set(*key, (*kv)[0], (*kv)[1]);
    ++n;
    return success();
  });
}

std::optional<Value> scopec::frontend::dictMethod(const std::string &name,
                                                  const Value &self) {
  static const llvm::StringMap<Method> methods = {
      {"keys", viewMethod(ViewKind::Keys)},
      {"values", viewMethod(ViewKind::Values)},
      {"items", viewMethod(ViewKind::Items)},
      {"get", getMethod},
      {"pop", popMethod},
      {"popitem", popitemMethod},
      {"setdefault", setdefaultMethod},
      {"update", updateMethod},
      {"copy", copyMethod},
      {"clear", clearMethod},
  };
  auto it = methods.find(name);
  if (it == methods.end())
    return std::nullopt;
  Method m = it->second;
  return Interpreter::native(
      name, [self, m](Interpreter &in, CallArgs &a) { return m(in, self, a); });
}

FailureOr<std::optional<Value>> scopec::frontend::dictMerge(Interpreter &in,
                                                            const Value &a,
                                                            const Value &b,
                                                            SrcLoc l) {
  if (!(a.isDict() && b.isDict() && typeName(a) == "dict" &&
        typeName(b) == "dict"))
    return std::optional<Value>();
  auto d = std::make_shared<DictObj>();
  if (failed(dictUpdate(in, *d, a, l)) || failed(dictUpdate(in, *d, b, l)))
    return failure();
  return std::optional<Value>(Value::object(d));
}

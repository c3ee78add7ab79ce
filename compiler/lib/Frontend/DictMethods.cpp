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

using Method = bool (*)(Interpreter &, const Value &, CallArgs &, Value &);

bool argCount(Interpreter &in, CallArgs &a, const char *name, size_t lo,
              size_t hi) {
  return checkMethodArgs(in, a, "dict", name, lo, hi, lo == 1 && hi == 1,
                         /*keywords=*/llvm::StringRef(name) == "update");
}

bool keyOf(Interpreter &in, const Value &k, SrcLoc l, std::string &key) {
  return in.dictKey(k, l, key);
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
                 llvm::function_ref<bool(const Value &)> fn) override {
    (void)in, (void)l;
    for (const Value &v : elements())
      if (!fn(v))
        return Result::failure();
    return Value::none();
  }
  Result contains(Interpreter &in, const Value &item, SrcLoc l) override;
  /// The view as a set (keys and items views act as sets).
  Value asSet(Interpreter &in, SrcLoc l, bool &ok) const;
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
  std::string k;
  if (!keyOf(in, key, l, k))
    return Result::failure();
  int64_t at = d().find(k);
  if (at < 0)
    return Value::boolean(false);
  if (view == ViewKind::Items) {
    const Value &v = d().entries[at].second, &want = item.items()[1];
    return Value::boolean(identical(v, want) || valuesEqual(v, want));
  }
  return Value::boolean(true);
}

Value DictViewObj::asSet(Interpreter &in, SrcLoc l, bool &ok) const {
  auto set = std::make_shared<SetObj>(false);
  ok = true;
  for (const Value &v : elements()) {
    std::string k;
    if (!in.elementKey(v, l, k)) {
      ok = false;
      break;
    }
    set->add(k, v);
  }
  return Value::object(set);
}

/// A set of any iterable (the other operand of a view's set operation).
bool iterableAsSet(Interpreter &in, const Value &v, SrcLoc l, Value &out) {
  if (auto *view = dynCast<DictViewObj>(v)) {
    bool ok;
    out = view->asSet(in, l, ok);
    return ok;
  }
  auto set = std::make_shared<SetObj>(false);
  if (!in.forEach(v, l, [&](const Value &x) {
        std::string k;
        if (!in.elementKey(x, l, k))
          return false;
        set->add(k, x);
        return true;
      }))
    return false;
  out = Value::object(set);
  return true;
}

Result DictViewObj::binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                             const Value &rhs, SrcLoc l) {
  if (view == ViewKind::Values ||
      (op != BinOpKind::BitAnd && op != BinOpKind::BitOr &&
       op != BinOpKind::BitXor && op != BinOpKind::Sub))
    return Result::notImplemented();
  Value a, b, out;
  if (!iterableAsSet(in, lhs, l, a) || !iterableAsSet(in, rhs, l, b))
    return Result::failure();
  return Result::check(in.binaryOp(op, a, b, l, out), out);
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
  Value a, b, out;
  if (!iterableAsSet(in, lhs, l, a) || !iterableAsSet(in, rhs, l, b))
    return Result::failure();
  return Result::check(in.compare(op, a, b, l, out), out);
}

Method viewMethod(ViewKind kind) {
  switch (kind) {
  case ViewKind::Keys:
    return [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
      if (!argCount(in, a, "keys", 0, 0))
        return false;
      o = Value::object(std::make_shared<DictViewObj>(s, ViewKind::Keys));
      return true;
    };
  case ViewKind::Values:
    return [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
      if (!argCount(in, a, "values", 0, 0))
        return false;
      o = Value::object(std::make_shared<DictViewObj>(s, ViewKind::Values));
      return true;
    };
  case ViewKind::Items:
    return [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
      if (!argCount(in, a, "items", 0, 0))
        return false;
      o = Value::object(std::make_shared<DictViewObj>(s, ViewKind::Items));
      return true;
    };
  }
  return nullptr;
}

//===----------------------------------------------------------------------===//
// Methods
//===----------------------------------------------------------------------===//

bool getMethod(Interpreter &in, const Value &s, CallArgs &a, Value &o) {
  std::string key;
  if (!argCount(in, a, "get", 1, 2) || !keyOf(in, a.pos[0], a.loc, key))
    return false;
  int64_t i = s.as<DictObj>()->find(key);
  o = i >= 0 ? s.as<DictObj>()->entries[i].second
             : (a.pos.size() > 1 ? a.pos[1] : Value::none());
  return true;
}

bool popMethod(Interpreter &in, const Value &s, CallArgs &a, Value &o) {
  std::string key;
  if (!argCount(in, a, "pop", 1, 2) || !keyOf(in, a.pos[0], a.loc, key))
    return false;
  auto *d = s.as<DictObj>();
  int64_t i = d->find(key);
  if (i < 0) {
    if (a.pos.size() > 1) {
      o = a.pos[1];
      return true;
    }
    return in.raiseValue(a.loc, in.newException("KeyError", {a.pos[0]}));
  }
  o = d->entries[i].second;
  d->erase(key);
  return true;
}

bool popitemMethod(Interpreter &in, const Value &s, CallArgs &a, Value &o) {
  if (!argCount(in, a, "popitem", 0, 0))
    return false;
  auto *d = s.as<DictObj>();
  if (d->entries.empty())
    return in.raiseValue(
        a.loc,
        in.newException("KeyError", {Value::str("popitem(): dictionary is "
                                                "empty")}));
  auto last = d->entries.back();
  d->erase(d->keys.back());
  o = Value::tuple({last.first, last.second});
  return true;
}

bool setdefaultMethod(Interpreter &in, const Value &s, CallArgs &a, Value &o) {
  std::string key;
  if (!argCount(in, a, "setdefault", 1, 2) || !keyOf(in, a.pos[0], a.loc, key))
    return false;
  auto *d = s.as<DictObj>();
  int64_t i = d->find(key);
  if (i >= 0) {
    o = d->entries[i].second;
    return true;
  }
  o = a.pos.size() > 1 ? a.pos[1] : Value::none();
  d->set(key, a.pos[0], o);
  return true;
}

bool updateMethod(Interpreter &in, const Value &s, CallArgs &a, Value &o) {
  if (!argCount(in, a, "update", 0, 1))
    return false;
  auto *d = s.as<DictObj>();
  if (!a.pos.empty() && !dictUpdate(in, *d, a.pos[0], a.loc))
    return false;
  for (auto &[k, v] : a.kw)
    d->set("s" + k, Value::str(k), v);
  return true;
}

bool copyMethod(Interpreter &in, const Value &s, CallArgs &a, Value &o) {
  if (!argCount(in, a, "copy", 0, 0))
    return false;
  auto d = std::make_shared<DictObj>();
  auto *src = s.as<DictObj>();
  d->entries = src->entries;
  d->keys = src->keys;
  d->index = src->index;
  o = Value::object(d);
  return true;
}

bool clearMethod(Interpreter &in, const Value &s, CallArgs &a, Value &o) {
  if (!argCount(in, a, "clear", 0, 0))
    return false;
  auto *d = s.as<DictObj>();
  std::vector<std::pair<Value, Value>> dropped = std::move(d->entries);
  d->entries.clear();
  d->keys.clear();
  d->index.clear();
  return true;
}

} // namespace

bool scopec::frontend::dictUpdate(Interpreter &in, DictObj &d, const Value &src,
                                  SrcLoc l) {
  if (src.isDict()) {
    auto *from = src.as<DictObj>();
    auto entries = from->entries;
    auto keys = from->keys;
    for (size_t i = 0; i < entries.size(); ++i)
      d.set(keys[i], entries[i].first, entries[i].second);
    return true;
  }
  // A mapping: anything with keys() (and __getitem__).
  Value keysFn;
  bool hasKeys = false;
  if (src.isObj() && !src.isSeq() && !src.isStr()) {
    hasKeys = in.getAttr(src, "keys", l, keysFn);
    if (!hasKeys) {
      if (!in.pendingIs("AttributeError"))
        return false;
      in.clearPendingException();
    }
  }
  if (hasKeys) {
    CallArgs none;
    none.loc = l;
    Value keys;
    if (!in.call(keysFn, none, keys))
      return false;
    return in.forEach(keys, l, [&](const Value &k) {
      Value v;
      std::string key;
      if (!in.subscript(src, k, l, v) || !keyOf(in, k, l, key))
        return false;
      d.set(key, k, v);
      return true;
    });
  }
  // An iterable of pairs.
  int64_t n = 0;
  return in.forEach(src, l, [&](const Value &pair) {
    std::vector<Value> kv;
    if (!pair.isSeq() && !pair.isStr() && !pair.isObj())
      return in.raise(l, "TypeError",
                      "cannot convert dictionary update sequence element #" +
                          std::to_string(n) + " to a sequence");
    if (!in.toList(pair, l, kv)) {
      if (!in.pendingIs("TypeError"))
        return false;
      in.clearPendingException();
      return in.raise(l, "TypeError",
                      "cannot convert dictionary update sequence element #" +
                          std::to_string(n) + " to a sequence");
    }
    if (kv.size() != 2)
      return in.raise(l, "ValueError",
                      "dictionary update sequence element #" +
                          std::to_string(n) + " has length " +
                          std::to_string(kv.size()) + "; 2 is required");
    std::string key;
    if (!keyOf(in, kv[0], l, key))
      return false;
    d.set(key, kv[0], kv[1]);
    ++n;
    return true;
  });
}

bool scopec::frontend::dictMethod(Interpreter &in, const std::string &name,
                                  const Value &self, Value &out) {
  (void)in;
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
    return false;
  Method m = it->second;
  out = Interpreter::native(name,
                            [self, m](Interpreter &in, CallArgs &a, Value &o) {
                              o = Value::none();
                              return m(in, self, a, o);
                            });
  return true;
}

bool scopec::frontend::dictMerge(Interpreter &in, const Value &a,
                                 const Value &b, SrcLoc l, Value &out,
                                 bool &handled) {
  handled = a.isDict() && b.isDict() && typeName(a) == "dict" &&
            typeName(b) == "dict";
  if (!handled)
    return true;
  auto d = std::make_shared<DictObj>();
  if (!dictUpdate(in, *d, a, l) || !dictUpdate(in, *d, b, l))
    return false;
  out = Value::object(d);
  return true;
}

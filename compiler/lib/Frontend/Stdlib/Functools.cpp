//===- Functools.cpp - The `functools` module -----------------------------===//
//
// reduce, partial (a class: `func`, `args`, `keywords`, CPython's repr),
// wraps/update_wrapper (`__name__`, `__doc__`, `__wrapped__`, ...),
// cmp_to_key, lru_cache and cache. lru_cache really memoizes (with
// LRU eviction), so a cached function that creates TensorFlow variables
// runs once per key, exactly as under CPython.
//
//===----------------------------------------------------------------------===//

#include "Support.h"

#include "../Classes.h"

#include <list>
#include <unordered_map>

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

/// functools.reduce(function, iterable[, initial]).
FailureOr<Value> reduce(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "reduce", {"function", "iterable", "initial=", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  bool haveAcc = b.given("initial");
  Value acc = b["initial"];
  const Value &fn = b["function"];
  if (failed(in.forEach(
          b["iterable"], a.loc, [&](const Value &v) -> LogicalResult {
            if (!haveAcc) {
              acc = v;
              haveAcc = true;
              return success();
            }
            FailureOr<Value> r = callWith(in, fn, {acc, v}, a.loc);
            if (failed(r))
              return failure();
            acc = *r;
            return success();
          })))
    return failure();
  if (!haveAcc)
    return in.raise(a.loc, "TypeError",
                    "reduce() of empty iterable with no initial value");
  return acc;
}

/// The instance dictionary of a partial object.
AttrDict &partialDict(const Value &self) {
  return self.as<InstanceObj>()->dict;
}

/// functools.partial(func, /, *args, **keywords), a class of its own:
/// instances have `func`, `args` and `keywords`, call `func` with the
/// stored arguments first (call-time keywords override stored ones), and
/// flatten a partial of a partial as CPython does.
FailureOr<Value> partialNew(Interpreter &in, CallArgs &a) {
  static const Signature sig{"partial",
                             {"cls", "func=", "/", "*args", "**keywords"}};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  Value cls = b["cls"];
  if (!b.given("func"))
    return in.raise(a.loc, "TypeError",
                    "type 'partial' takes at least one argument");
  Value fn = b["func"];
  if (!isCallable(fn))
    return in.raise(a.loc, "TypeError", "the first argument must be callable");
  std::vector<Value> args = b.args();
  auto keywords = std::make_shared<DictObj>();
  if (classOf(fn) && classOf(fn)->isSubclassOf(cls.as<ClassObj>())) {
    AttrDict &inner = partialDict(fn);
    std::vector<Value> innerArgs = inner.find("args")->items();
    args.insert(args.begin(), innerArgs.begin(), innerArgs.end());
    auto *kw = inner.find("keywords")->as<DictObj>();
    for (size_t i = 0; i < kw->entries.size(); ++i)
      keywords->set(kw->keys[i], kw->entries[i].first, kw->entries[i].second);
    fn = *inner.find("func");
  }
  for (auto &[k, v] : b.kwargs())
    keywords->set("s" + k, Value::str(k), v);
  auto inst = std::make_shared<InstanceObj>(cls);
  inst->dict.set("func", fn);
  inst->dict.set("args", Value::tuple(std::move(args)));
  inst->dict.set("keywords", Value::object(keywords));
  return Value::object(inst);
}

FailureOr<Value> partialCall(Interpreter &in, CallArgs &a) {
  static const Signature sig{"partial.__call__",
                             {"self", "/", "*args", "**keywords"}};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  AttrDict &d = partialDict(b["self"]);
  CallArgs merged;
  merged.loc = a.loc;
  merged.pos = d.find("args")->items();
  merged.pos.insert(merged.pos.end(), b.args().begin(), b.args().end());
  for (auto &[k, v] : d.find("keywords")->as<DictObj>()->entries)
    if (k.isStr())
      merged.kw.emplace_back(k.getStr(), v);
  for (auto &kw : b.kwargs()) {
    auto it = std::find_if(merged.kw.begin(), merged.kw.end(),
                           [&](const auto &s) { return s.first == kw.first; });
    if (it != merged.kw.end())
      it->second = kw.second;
    else
      merged.kw.push_back(kw);
  }
  return in.call(*d.find("func"), merged);
}

/// `functools.partial(<func>, 1, k=2)`.
FailureOr<Value> partialRepr(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "partial.__repr__", {"self", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  AttrDict &d = partialDict(b["self"]);
  std::string s = "functools.partial(" + repr(*d.find("func"));
  for (const Value &v : d.find("args")->items())
    s += ", " + repr(v);
  for (auto &[k, v] : d.find("keywords")->as<DictObj>()->entries)
    s += ", " + str(k) + "=" + repr(v);
  return Value::str(s + ")");
}

/// functools.update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
/// updated=WRAPPER_UPDATES): copies the attributes `wrapped` has onto
/// a Python-function or instance `wrapper`, merges `__dict__`, and sets
/// `__wrapped__`.
FailureOr<Value> updateWrapper(Interpreter &in, CallArgs &a) {
  static const Signature sig{"update_wrapper",
                             {"wrapper", "wrapped", "assigned=", "updated="}};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &v = *bound;
  // Native wrappers carry no attributes.
  if (!v["wrapper"].is(ObjKind::Function) &&
      !v["wrapper"].is(ObjKind::Instance))
    return v["wrapper"];
  std::vector<Value> assigned, updated;
  if (v.given("assigned")) {
    FailureOr<std::vector<Value>> list = in.toList(v["assigned"], a.loc);
    if (failed(list))
      return failure();
    assigned = std::move(*list);
  } else {
    assigned = {Value::str("__module__"), Value::str("__name__"),
                Value::str("__qualname__"), Value::str("__doc__")};
  }
  if (v.given("updated")) {
    FailureOr<std::vector<Value>> list = in.toList(v["updated"], a.loc);
    if (failed(list))
      return failure();
    updated = std::move(*list);
  }
  for (const Value &name : assigned) {
    if (!name.isStr())
      continue;
    FailureOr<Value> attr = in.getAttr(v["wrapped"], name.getStr(), a.loc);
    if (failed(attr)) {
      if (!in.pendingIs("AttributeError"))
        return failure();
      in.clearPendingException();
      continue;
    }
    if (failed(in.setAttr(v["wrapper"], name.getStr(), *attr, a.loc)))
      return failure();
  }
  bool updateDict =
      !v.given("updated") || llvm::any_of(updated, [](const Value &u) {
        return u.isStr() && u.getStr() == "__dict__";
      });
  if (updateDict && v["wrapper"].is(ObjKind::Function) &&
      v["wrapped"].is(ObjKind::Function))
    for (const std::string &name : v["wrapped"].as<FunctionObj>()->attrs.order)
      v["wrapper"].as<FunctionObj>()->attrs.set(
          name, *v["wrapped"].as<FunctionObj>()->attrs.find(name));
  if (failed(in.setAttr(v["wrapper"], "__wrapped__", v["wrapped"], a.loc)))
    return failure();
  return v["wrapper"];
}

/// functools.wraps(wrapped, assigned=..., updated=...): a decorator that
/// applies update_wrapper.
FailureOr<Value> wraps(Interpreter &in, CallArgs &a) {
  static const Signature sig{"wraps", {"wrapped", "assigned=", "updated="}};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs v = std::move(*bound);
  return Interpreter::native(
      "wraps", [v](Interpreter &in, CallArgs &c) -> FailureOr<Value> {
        static const Signature inner{"wraps", {"wrapper"}};
        FailureOr<BoundArgs> w = in.bind(inner, c);
        if (failed(w))
          return failure();
        CallArgs u;
        u.loc = c.loc;
        u.pos = {(*w)["wrapper"], v["wrapped"]};
        if (v.given("assigned"))
          u.kw.emplace_back("assigned", v["assigned"]);
        if (v.given("updated"))
          u.kw.emplace_back("updated", v["updated"]);
        return updateWrapper(in, u);
      });
}

/// The memo of one lru_cache-decorated function: keys in recency order
/// (most recent first) and their results.
struct Memo {
  int64_t maxSize = 128;
  bool typed = false;
  std::list<std::string> order;
  std::unordered_map<std::string, std::pair<Value, std::list<std::string>::iterator>>
      results;
};

/// The cache key of a call: its arguments (and their types if typed).
FailureOr<std::string> memoKey(Interpreter &in, const Memo &memo,
                               const CallArgs &a) {
  std::vector<Value> parts = a.pos;
  if (!a.kw.empty())
    parts.push_back(Value::str("\x01kwd_mark"));
  for (auto &[k, v] : a.kw) {
    parts.push_back(Value::str(k));
    parts.push_back(v);
  }
  if (memo.typed)
    for (const Value &v : a.pos)
      parts.push_back(Value::str(typeName(v)));
  return in.dictKey(Value::tuple(std::move(parts)), a.loc);
}

/// Wraps `fn` in a memoizing native function.
Value memoize(const Value &fn, int64_t maxSize, bool typed) {
  auto memo = std::make_shared<Memo>();
  memo->maxSize = maxSize;
  memo->typed = typed;
  std::string name = "_lru_cache_wrapper";
  return Interpreter::native(
      name, [fn, memo](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        if (memo->maxSize == 0)
          return in.call(fn, a);
        FailureOr<std::string> memoized = memoKey(in, *memo, a);
        if (failed(memoized))
          return failure();
        const std::string &key = *memoized;
        auto it = memo->results.find(key);
        if (it != memo->results.end()) {
          memo->order.splice(memo->order.begin(), memo->order,
                             it->second.second);
          return it->second.first;
        }
        FailureOr<Value> out = in.call(fn, a);
        if (failed(out))
          return failure();
        // The call may have filled the entry itself (recursion).
        if (memo->results.count(key))
          return out;
        memo->order.push_front(key);
        memo->results[key] = {*out, memo->order.begin()};
        if (memo->maxSize > 0 &&
            static_cast<int64_t>(memo->order.size()) > memo->maxSize) {
          memo->results.erase(memo->order.back());
          memo->order.pop_back();
        }
        return out;
      });
}

/// functools.lru_cache(maxsize=128, typed=False), or lru_cache(func).
FailureOr<Value> lruCache(Interpreter &in, CallArgs &a) {
  static const Signature sig{"lru_cache", {"maxsize=", "typed="}};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &v = *bound;
  bool typed = false;
  if (v.given("typed")) {
    FailureOr<bool> t = in.isTrue(v["typed"], a.loc);
    if (failed(t))
      return failure();
    typed = *t;
  }
  if (v.given("maxsize") && isCallable(v["maxsize"]))
    return memoize(v["maxsize"], 128, typed);
  int64_t maxSize = 128;
  if (v.given("maxsize") && v["maxsize"].isNone())
    maxSize = -1;
  else if (v.given("maxsize") && v["maxsize"].isIntLike())
    maxSize = std::max<int64_t>(v["maxsize"].getInt(), 0);
  else if (v.given("maxsize"))
    return in.raise(a.loc, "TypeError", "Expected first argument to be an "
                                        "integer, a callable, or None");
  return Interpreter::native(
      "decorating_function",
      [maxSize, typed](Interpreter &in, CallArgs &c) -> FailureOr<Value> {
        static const Signature inner{"decorating_function", {"user_function"}};
        FailureOr<BoundArgs> f = in.bind(inner, c);
        if (failed(f))
          return failure();
        return memoize((*f)["user_function"], maxSize, typed);
      });
}

/// functools.cache(user_function): lru_cache(maxsize=None).
FailureOr<Value> cache(Interpreter &in, CallArgs &a) {
  static const Signature sig{"cache", {"user_function", "/"}};
  FailureOr<BoundArgs> v = in.bind(sig, a);
  if (failed(v))
    return failure();
  return memoize((*v)["user_function"], -1, false);
}

/// A native class `functools.<name>` with the native methods `methods`.
Value nativeClass(Interpreter &in, const std::string &name,
                  std::vector<std::pair<const char *, NativeFn>> methods) {
  AttrDict dict;
  dict.set("__module__", Value::str("functools"));
  for (auto &[n, fn] : methods)
    dict.set(n, Interpreter::native(n, std::move(fn)));
  FailureOr<Value> cls = in.makeClass(name, {}, std::move(dict), SrcLoc{});
  if (failed(cls))
    return Value::none();
  cls->as<ClassObj>()->module = "functools";
  return *cls;
}

/// A comparison method of cmp_to_key's class: `mycmp(self.obj, other.obj)
/// OP 0`.
NativeFn keyCompare(CmpOpKind op) {
  return [op](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"K", {"self", "other", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &b = *bound;
    const Value &other = b["other"];
    if (!classOf(other) || classOf(other) != classOf(b["self"]))
      return in.raise(a.loc, "TypeError", "other argument must be K instance");
    auto &self = b["self"].as<InstanceObj>()->dict;
    FailureOr<Value> r = callWith(
        in, *self.find("__cmp"),
        {*self.find("obj"), *other.as<InstanceObj>()->dict.find("obj")}, a.loc);
    if (failed(r))
      return failure();
    return in.compare(op, *r, Value::integer(0), a.loc);
  };
}

/// functools.cmp_to_key(mycmp): a class K whose instances K(obj) order as
/// `mycmp` says.
FailureOr<Value> cmpToKey(Interpreter &in, CallArgs &a) {
  static const Signature sig{"cmp_to_key", {"mycmp"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> v = in.bind(sig, a);
  if (failed(v))
    return failure();
  Value mycmp = (*v)["mycmp"];
  Value out =
      nativeClass(in, "K",
                  {{"__scopec_new__",
                    [mycmp](Interpreter &in, CallArgs &c) -> FailureOr<Value> {
                      static const Signature sig{"K", {"cls", "obj"}};
                      FailureOr<BoundArgs> bound = in.bind(sig, c);
                      if (failed(bound))
                        return failure();
                      BoundArgs &k = *bound;
                      auto inst = std::make_shared<InstanceObj>(k["cls"]);
                      inst->dict.set("obj", k["obj"]);
                      inst->dict.set("__cmp", mycmp);
                      return Value::object(inst);
                    }},
                   {"__lt__", keyCompare(CmpOpKind::Lt)},
                   {"__gt__", keyCompare(CmpOpKind::Gt)},
                   {"__le__", keyCompare(CmpOpKind::Le)},
                   {"__ge__", keyCompare(CmpOpKind::Ge)},
                   {"__eq__", keyCompare(CmpOpKind::Eq)}});
  if (out.isNone())
    return in.error(a.loc, "cmp_to_key() failed");
  return out;
}

} // namespace

Value stdlib::makeFunctools(Interpreter &in) {
  auto m = newModule("functools");
  addFunction(*m, "reduce", reduce);
  m->add("partial", nativeClass(in, "partial",
                                {{"__scopec_new__", partialNew},
                                 {"__call__", partialCall},
                                 {"__repr__", partialRepr}}));
  addFunction(*m, "cmp_to_key", cmpToKey);
  addFunction(*m, "update_wrapper", updateWrapper);
  addFunction(*m, "wraps", wraps);
  addFunction(*m, "lru_cache", lruCache);
  addFunction(*m, "cache", cache);
  m->add("WRAPPER_ASSIGNMENTS",
         Value::tuple({Value::str("__module__"), Value::str("__name__"),
                       Value::str("__qualname__"), Value::str("__doc__"),
                       Value::str("__annotations__")}));
  m->add("WRAPPER_UPDATES", Value::tuple({Value::str("__dict__")}));
  return Value::object(m);
}

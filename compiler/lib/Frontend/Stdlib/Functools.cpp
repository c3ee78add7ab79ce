//===- Functools.cpp - The `functools` module -----------------------------===//
//
// reduce, partial, wraps/update_wrapper, lru_cache and cache. Functions
// are the interpreter's native functions, so a partial object has no
// `func`/`args`/`keywords` attributes and `wraps` cannot copy `__name__`
// onto a Python function (the interpreter takes a function's name from its
// definition); both need core support. lru_cache really memoizes (with
// LRU eviction), so a cached function that creates TensorFlow variables
// runs once per key, exactly as under CPython.
//
//===----------------------------------------------------------------------===//

#include "Support.h"

#include <list>
#include <unordered_map>

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

/// Whether `v` may be called (what `partial` and `lru_cache` accept).
bool isCallable(const Value &v) {
  if (!v.isObj())
    return false;
  switch (v.get()->kind) {
  case ObjKind::Str:
  case ObjKind::List:
  case ObjKind::Tuple:
  case ObjKind::Dict:
  case ObjKind::Module:
  case ObjKind::Range:
    return false;
  default:
    return true;
  }
}

/// functools.reduce(function, iterable[, initial]).
bool reduce(Interpreter &in, CallArgs &a, Value &out) {
  if (!positional(in, a, "reduce", 2, 3))
    return false;
  bool haveAcc = a.pos.size() == 3;
  Value acc = haveAcc ? a.pos[2] : Value::none();
  if (!in.forEach(a.pos[1], a.loc, [&](const Value &v) {
        if (!haveAcc) {
          acc = v;
          haveAcc = true;
          return true;
        }
        Value r;
        if (!callWith(in, a.pos[0], {acc, v}, a.loc, r))
          return false;
        acc = r;
        return true;
      }))
    return false;
  if (!haveAcc)
    return in.raise(a.loc, "TypeError",
                    "reduce() of empty iterable with no initial value");
  out = acc;
  return true;
}

/// functools.partial(func, /, *args, **keywords): call-time keywords
/// override the stored ones.
bool partial(Interpreter &in, CallArgs &a, Value &out) {
  if (a.pos.empty())
    return in.raise(a.loc, "TypeError",
                    "type 'partial' takes at least one argument");
  if (!isCallable(a.pos[0]))
    return in.raise(a.loc, "TypeError", "the first argument must be callable");
  Value fn = a.pos[0];
  std::vector<Value> stored(a.pos.begin() + 1, a.pos.end());
  auto keywords = a.kw;
  out = Interpreter::native(
      "partial", [fn, stored, keywords](Interpreter &in, CallArgs &call,
                                        Value &result) {
        CallArgs merged;
        merged.loc = call.loc;
        merged.pos = stored;
        merged.pos.insert(merged.pos.end(), call.pos.begin(), call.pos.end());
        merged.kw = keywords;
        for (auto &kw : call.kw) {
          auto it = std::find_if(
              merged.kw.begin(), merged.kw.end(),
              [&](const auto &stored) { return stored.first == kw.first; });
          if (it != merged.kw.end())
            it->second = kw.second;
          else
            merged.kw.push_back(kw);
        }
        return in.call(fn, merged, result);
      });
  return true;
}

/// functools.update_wrapper(wrapper, wrapped, assigned=..., updated=...):
/// returns the wrapper (see the file comment on `__name__`).
bool updateWrapper(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "update_wrapper", {"wrapper", "wrapped", "assigned", "updated"}, 2};
  std::vector<Value> v;
  std::vector<bool> present;
  if (!in.bind(sig, a, v, present))
    return false;
  out = v[0];
  return true;
}

/// functools.wraps(wrapped, assigned=..., updated=...): a decorator that
/// applies update_wrapper.
bool wraps(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"wraps", {"wrapped", "assigned", "updated"}, 1};
  std::vector<Value> v;
  std::vector<bool> present;
  if (!in.bind(sig, a, v, present))
    return false;
  Value wrapped = v[0];
  out = Interpreter::native("wraps", [wrapped](Interpreter &in, CallArgs &c,
                                               Value &result) {
    CallArgs u;
    u.loc = c.loc;
    u.pos = c.pos;
    u.kw = c.kw;
    if (u.pos.size() == 1)
      u.pos.push_back(wrapped);
    return updateWrapper(in, u, result);
  });
  return true;
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
bool memoKey(Interpreter &in, const Memo &memo, const CallArgs &a,
             std::string &key) {
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
  std::string err;
  if (!hashKey(Value::tuple(std::move(parts)), key, err))
    return in.raise(a.loc, "TypeError", err);
  return true;
}

/// Wraps `fn` in a memoizing native function.
Value memoize(const Value &fn, int64_t maxSize, bool typed) {
  auto memo = std::make_shared<Memo>();
  memo->maxSize = maxSize;
  memo->typed = typed;
  std::string name = "_lru_cache_wrapper";
  return Interpreter::native(name, [fn, memo](Interpreter &in, CallArgs &a,
                                              Value &out) {
    if (memo->maxSize == 0)
      return in.call(fn, a, out);
    std::string key;
    if (!memoKey(in, *memo, a, key))
      return false;
    auto it = memo->results.find(key);
    if (it != memo->results.end()) {
      memo->order.splice(memo->order.begin(), memo->order, it->second.second);
      out = it->second.first;
      return true;
    }
    if (!in.call(fn, a, out))
      return false;
    // The call may have filled the entry itself (recursion).
    if (memo->results.count(key))
      return true;
    memo->order.push_front(key);
    memo->results[key] = {out, memo->order.begin()};
    if (memo->maxSize > 0 &&
        static_cast<int64_t>(memo->order.size()) > memo->maxSize) {
      memo->results.erase(memo->order.back());
      memo->order.pop_back();
    }
    return true;
  });
}

/// functools.lru_cache(maxsize=128, typed=False), or lru_cache(func).
bool lruCache(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"lru_cache", {"maxsize", "typed"}, 0};
  std::vector<Value> v;
  std::vector<bool> present;
  if (!in.bind(sig, a, v, present))
    return false;
  bool typed = false;
  if (present[1] && !in.isTrue(v[1], a.loc, typed))
    return false;
  if (present[0] && isCallable(v[0])) {
    out = memoize(v[0], 128, typed);
    return true;
  }
  int64_t maxSize = 128;
  if (present[0] && v[0].isNone())
    maxSize = -1;
  else if (present[0] && v[0].isIntLike())
    maxSize = std::max<int64_t>(v[0].getInt(), 0);
  else if (present[0])
    return in.raise(a.loc, "TypeError", "Expected first argument to be an "
                                        "integer, a callable, or None");
  out = Interpreter::native(
      "decorating_function",
      [maxSize, typed](Interpreter &in, CallArgs &c, Value &result) {
        static const Signature inner{"decorating_function", {"user_function"},
                                     1};
        std::vector<Value> f;
        std::vector<bool> given;
        if (!in.bind(inner, c, f, given))
          return false;
        result = memoize(f[0], maxSize, typed);
        return true;
      });
  return true;
}

/// functools.cache(user_function): lru_cache(maxsize=None).
bool cache(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"cache", {"user_function"}, 1};
  std::vector<Value> v;
  std::vector<bool> present;
  if (!in.bind(sig, a, v, present))
    return false;
  out = memoize(v[0], -1, false);
  return true;
}

} // namespace

Value stdlib::makeFunctools(Interpreter &in) {
  (void)in;
  auto m = newModule("functools");
  addFunction(*m, "reduce", reduce);
  addFunction(*m, "partial", partial);
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

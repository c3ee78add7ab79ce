//===- Itertools.cpp - The `itertools` module -----------------------------===//
//
// The interpreter has no lazy iterator protocol (builtin zip/map/filter
// return lists too), so every function here consumes its finite inputs and
// returns a list of the items CPython's iterator would yield, in the same
// order and with CPython's argument errors. The infinite iterators
// (`count`, `cycle`, `repeat` without `times`) are refused with a clear
// scopec error instead of running out of memory. `chain` is a class so that
// it can carry `chain.from_iterable`; groupby's groups and tee's copies are
// lists.
//
//===----------------------------------------------------------------------===//

#include "Support.h"

#include "../Classes.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

using Items = std::vector<Value>;

/// Refuses a list longer than the interpreter's sequence limit.
bool checkSize(Interpreter &in, SrcLoc l, size_t n) {
  if (n <= static_cast<size_t>(Limits::kMaxSequence))
    return true;
  return in.error(l, "sequence too long (scopec limit: " +
                         std::to_string(Limits::kMaxSequence) + " items)");
}

/// The items of each iterable of `iterables`, in order.
bool chainItems(Interpreter &in, SrcLoc l, const Items &iterables,
                Value &out) {
  Items result;
  for (const Value &it : iterables)
    if (!in.forEach(it, l, [&](const Value &v) {
          result.push_back(v);
          return checkSize(in, l, result.size());
        }))
      return false;
  out = Value::list(std::move(result));
  return true;
}

/// chain(*iterables), the constructor of the class `chain` (its first
/// argument).
bool chain(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "chain", {"cls", "/", "*iterables"}, ArgStyle::Clinic};
  BoundArgs b;
  return in.bind(sig, a, b) && chainItems(in, a.loc, b.args(), out);
}

/// chain.from_iterable(iterable).
bool chainFromIterable(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "chain.from_iterable", {"iterable", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  Items iterables;
  return in.bind(sig, a, b) && in.toList(b["iterable"], a.loc, iterables) &&
         chainItems(in, a.loc, iterables, out);
}

/// groupby(iterable, key=None): (key, group) pairs of consecutive items
/// with equal keys.
bool groupby(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"groupby", {"iterable", "key="}, ArgStyle::Clinic};
  BoundArgs v;
  Items items, result, group;
  if (!in.bind(sig, a, v) || !in.toList(v["iterable"], a.loc, items))
    return false;
  Value current;
  for (const Value &x : items) {
    Value k = x;
    if (v.given("key") && !v["key"].isNone() &&
        !callWith(in, v["key"], {x}, a.loc, k))
      return false;
    Value same = Value::boolean(false);
    if (!group.empty() &&
        !in.compare(CmpOpKind::Eq, current, k, a.loc, same))
      return false;
    if (!group.empty() && !(same.isBool() && same.getBool())) {
      result.push_back(Value::tuple({current, Value::list(std::move(group))}));
      group.clear();
    }
    if (group.empty())
      current = k;
    group.push_back(x);
  }
  if (!group.empty())
    result.push_back(Value::tuple({current, Value::list(std::move(group))}));
  out = Value::list(std::move(result));
  return true;
}

/// tee(iterable, n=2): n independent copies.
bool tee(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig =
      Signature{"tee", {"iterable", "n=", "/"}, ArgStyle::Clinic}.qualified(
          "itertools.tee");
  BoundArgs b;
  Items items, copies;
  int64_t n = 2;
  if (!in.bind(sig, a, b) || (b.given("n") && !indexArg(in, b["n"], a.loc, n)))
    return false;
  if (n < 0)
    return in.raise(a.loc, "ValueError", "n must be >= 0");
  if (!in.toList(b["iterable"], a.loc, items))
    return false;
  for (int64_t i = 0; i < n; ++i)
    copies.push_back(Value::list(items));
  out = Value::tuple(std::move(copies));
  return true;
}

/// pairwise(iterable): overlapping pairs.
bool pairwise(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"pairwise", {"iterable", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  Items items, result;
  if (!in.bind(sig, a, b) || !in.toList(b["iterable"], a.loc, items))
    return false;
  for (size_t i = 0; i + 1 < items.size(); ++i)
    result.push_back(Value::tuple({items[i], items[i + 1]}));
  out = Value::list(std::move(result));
  return true;
}

/// product(*iterables, repeat=1): the odometer order, last pool fastest.
bool product(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "product", {"*iterables", "repeat="}, ArgStyle::Clinic};
  // PyArg_ParseTupleAndKeywords on the keywords alone.
  if (a.kw.size() > 1)
    return in.raise(a.loc, "TypeError",
                    "product() takes at most 1 keyword argument (" +
                        std::to_string(a.kw.size()) + " given)");
  BoundArgs b;
  int64_t repeat = 1;
  if (!in.bind(sig, a, b) ||
      (b.given("repeat") && !indexArg(in, b["repeat"], a.loc, repeat)))
    return false;
  if (repeat < 0)
    return in.raise(a.loc, "ValueError", "repeat argument cannot be negative");
  const Items &iterables = b.args();
  std::vector<Items> pools(iterables.size());
  for (size_t i = 0; i < iterables.size(); ++i)
    if (!in.toList(iterables[i], a.loc, pools[i]))
      return false;
  std::vector<Items> all;
  for (int64_t r = 0; r < repeat; ++r)
    all.insert(all.end(), pools.begin(), pools.end());
  std::vector<Items> tuples{{}};
  for (const Items &pool : all) {
    std::vector<Items> next;
    for (const Items &prefix : tuples)
      for (const Value &v : pool) {
        next.push_back(prefix);
        next.back().push_back(v);
        if (!checkSize(in, a.loc, next.size()) || !in.step(a.loc))
          return false;
      }
    tuples = std::move(next);
  }
  Items result;
  for (Items &t : tuples)
    result.push_back(Value::tuple(std::move(t)));
  out = Value::list(std::move(result));
  return true;
}

enum class Choose { Permutations, Combinations, WithReplacement };

/// Appends every r-selection of `pool` in CPython's lexicographic order of
/// indices.
bool select(Interpreter &in, SrcLoc l, const Items &pool, size_t r,
            Choose kind, std::vector<size_t> &indices, std::vector<bool> &used,
            Items &result) {
  if (indices.size() == r) {
    Items t;
    for (size_t i : indices)
      t.push_back(pool[i]);
    result.push_back(Value::tuple(std::move(t)));
    return checkSize(in, l, result.size()) && in.step(l);
  }
  size_t first = 0;
  if (!indices.empty() && kind == Choose::Combinations)
    first = indices.back() + 1;
  else if (!indices.empty() && kind == Choose::WithReplacement)
    first = indices.back();
  for (size_t i = first; i < pool.size(); ++i) {
    if (kind == Choose::Permutations && used[i])
      continue;
    used[i] = true;
    indices.push_back(i);
    bool ok = select(in, l, pool, r, kind, indices, used, result);
    indices.pop_back();
    used[i] = false;
    if (!ok)
      return false;
  }
  return true;
}

template <Choose Kind>
bool choose(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      Kind == Choose::Permutations   ? "permutations"
      : Kind == Choose::Combinations ? "combinations"
                                     : "combinations_with_replacement",
      {"iterable", Kind == Choose::Permutations ? "r=" : "r"},
      ArgStyle::Clinic};
  BoundArgs v;
  Items pool;
  if (!in.bind(sig, a, v) || !in.toList(v["iterable"], a.loc, pool))
    return false;
  int64_t r = static_cast<int64_t>(pool.size());
  if (v.given("r") && !(Kind == Choose::Permutations && v["r"].isNone()) &&
      !indexArg(in, v["r"], a.loc, r))
    return false;
  if (r < 0)
    return in.raise(a.loc, "ValueError", "r must be non-negative");
  Items result;
  std::vector<size_t> indices;
  std::vector<bool> used(pool.size(), false);
  bool possible = Kind == Choose::WithReplacement
                      ? (!pool.empty() || r == 0)
                      : r <= static_cast<int64_t>(pool.size());
  if (possible && !select(in, a.loc, pool, static_cast<size_t>(r), Kind,
                          indices, used, result))
    return false;
  out = Value::list(std::move(result));
  return true;
}

/// repeat(object[, times]): only with `times` (it is infinite otherwise).
bool repeat(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"repeat", {"object", "times="}, ArgStyle::Clinic};
  BoundArgs v;
  if (!in.bind(sig, a, v))
    return false;
  if (!v.given("times"))
    return in.error(a.loc, "itertools.repeat() without 'times' is not "
                           "supported by scopec: it is infinite and scopec "
                           "has no lazy iterators");
  int64_t times;
  if (!indexArg(in, v["times"], a.loc, times) ||
      !checkSize(in, a.loc, static_cast<size_t>(std::max<int64_t>(times, 0))))
    return false;
  out = Value::list(
      Items(static_cast<size_t>(std::max<int64_t>(times, 0)), v["object"]));
  return true;
}

/// count() and cycle(): infinite, refused.
bool infinite(Interpreter &in, CallArgs &a, const char *name) {
  return in.error(a.loc, std::string("itertools.") + name +
                             "() is not supported by scopec: it is infinite "
                             "and scopec has no lazy iterators (use range() "
                             "or a bounded loop)");
}

/// An islice() bound: None or 0 <= x <= sys.maxsize.
bool sliceBound(Interpreter &in, SrcLoc l, const Value &v, const char *what,
                int64_t &out) {
  if (v.isNone())
    return true;
  if (v.isIntLike() && v.getInt() >= 0) {
    out = v.getInt();
    return true;
  }
  return in.raise(l, "ValueError",
                  std::string(what) + " for islice() must be None or an "
                                      "integer: 0 <= x <= sys.maxsize.");
}

/// islice(iterable, stop) / islice(iterable, start, stop[, step]).
bool islice(Interpreter &in, CallArgs &a, Value &out) {
  // islice(iterable, stop) or islice(iterable, start, stop[, step]).
  static const Signature sig{
      "islice", {"iterable", "start", "stop=", "step=", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  int64_t start = 0, stop = INT64_MAX, step = 1;
  if (!b.given("stop")) {
    if (!sliceBound(in, a.loc, b["start"], "Stop argument", stop))
      return false;
  } else {
    if (!sliceBound(in, a.loc, b["start"], "Indices", start) ||
        !sliceBound(in, a.loc, b["stop"], "Stop argument", stop))
      return false;
    const Value &s = b["step"];
    if (!s.isNone() && (!s.isIntLike() || s.getInt() <= 0))
      return in.raise(a.loc, "ValueError",
                      "Step for islice() must be a positive integer or None.");
    if (!s.isNone())
      step = s.getInt();
  }
  // Pulls no item past `stop` (the iterable may be an infinite generator).
  Items result;
  int64_t i = 0;
  if (stop > 0 &&
      !in.forEach(b["iterable"], a.loc,
                  [&](const Value &v) {
                    if (i >= start && (i - start) % step == 0)
                      result.push_back(v);
                    return ++i < stop;
                  }) &&
      i < stop)
    return false;
  out = Value::list(std::move(result));
  return true;
}

/// zip_longest(*iterables, fillvalue=None).
bool zipLongest(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "zip_longest", {"*iterables", "fillvalue="}, ArgStyle::Clinic};
  // CPython checks the keywords itself (a message without the name).
  for (auto &kv : a.kw)
    if (kv.first != "fillvalue")
      return in.raise(a.loc, "TypeError",
                      "zip_longest() got an unexpected keyword argument");
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  Value fill = b["fillvalue"];
  const Items &iterables = b.args();
  std::vector<Items> lists(iterables.size());
  size_t n = 0;
  for (size_t i = 0; i < iterables.size(); ++i) {
    if (!in.toList(iterables[i], a.loc, lists[i]))
      return false;
    n = std::max(n, lists[i].size());
  }
  Items result;
  for (size_t k = 0; k < n; ++k) {
    Items t;
    for (const Items &l : lists)
      t.push_back(k < l.size() ? l[k] : fill);
    result.push_back(Value::tuple(std::move(t)));
  }
  out = Value::list(std::move(result));
  return true;
}

/// accumulate(iterable, func=None, *, initial=None).
bool accumulate(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "accumulate", {"iterable", "func=", "*", "initial="}, ArgStyle::Clinic};
  BoundArgs v;
  Items items, result;
  if (!in.bind(sig, a, v) || !in.toList(v["iterable"], a.loc, items))
    return false;
  if (!v["initial"].isNone())
    items.insert(items.begin(), v["initial"]);
  for (const Value &x : items) {
    if (result.empty()) {
      result.push_back(x);
      continue;
    }
    Value r;
    if (v["func"].isNone()
            ? !in.binaryOp(BinOpKind::Add, result.back(), x, a.loc, r)
            : !callWith(in, v["func"], {result.back(), x}, a.loc, r))
      return false;
    result.push_back(r);
  }
  out = Value::list(std::move(result));
  return true;
}

/// starmap / takewhile / dropwhile / filterfalse(function, iterable).
template <int Which>
bool functional(Interpreter &in, CallArgs &a, Value &out) {
  static const char *const names[] = {"starmap", "takewhile", "dropwhile",
                                      "filterfalse"};
  static const Signature sig{
      names[Which], {"function", "iterable", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  Items items, result;
  if (!in.bind(sig, a, b) || !in.toList(b["iterable"], a.loc, items))
    return false;
  const Value &fn = b["function"];
  bool dropping = true;
  for (const Value &x : items) {
    Value r;
    if (Which == 0) {
      CallArgs c;
      c.loc = a.loc;
      if (!in.toList(x, a.loc, c.pos) || !in.call(fn, c, r))
        return false;
      result.push_back(r);
      continue;
    }
    if (Which == 2 && !dropping) {
      result.push_back(x);
      continue;
    }
    bool t;
    if (Which == 3 && fn.isNone())
      r = x;
    else if (!callWith(in, fn, {x}, a.loc, r))
      return false;
    if (!in.isTrue(r, a.loc, t))
      return false;
    if (Which == 1 && !t)
      break;
    if (Which == 2 && !t)
      dropping = false;
    if ((Which == 1) || (Which == 2 && !dropping) || (Which == 3 && !t))
      result.push_back(x);
  }
  out = Value::list(std::move(result));
  return true;
}

/// compress(data, selectors).
bool compress(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "compress", {"data", "selectors"}, ArgStyle::Clinic};
  BoundArgs v;
  Items data, selectors, result;
  if (!in.bind(sig, a, v) || !in.toList(v["data"], a.loc, data) ||
      !in.toList(v["selectors"], a.loc, selectors))
    return false;
  for (size_t i = 0; i < data.size() && i < selectors.size(); ++i) {
    bool t;
    if (!in.isTrue(selectors[i], a.loc, t))
      return false;
    if (t)
      result.push_back(data[i]);
  }
  out = Value::list(std::move(result));
  return true;
}

} // namespace

Value stdlib::makeItertools(Interpreter &in) {
  auto m = newModule("itertools");
  AttrDict chainDict;
  chainDict.set("__module__", Value::str("itertools"));
  chainDict.set("__scopec_new__", Interpreter::native("chain", chain));
  chainDict.set("from_iterable",
                Value::object(std::make_shared<WrapperObj>(
                    ObjKind::StaticMethod,
                    Interpreter::native("from_iterable", chainFromIterable))));
  Value chainClass;
  if (!in.makeClass("chain", {}, std::move(chainDict), SrcLoc{}, chainClass))
    return Value::none();
  chainClass.as<ClassObj>()->module = "itertools";
  m->add("chain", chainClass);
  addFunction(*m, "groupby", groupby);
  addFunction(*m, "tee", tee);
  addFunction(*m, "pairwise", pairwise);
  addFunction(*m, "product", product);
  addFunction(*m, "permutations", choose<Choose::Permutations>);
  addFunction(*m, "combinations", choose<Choose::Combinations>);
  addFunction(*m, "combinations_with_replacement",
              choose<Choose::WithReplacement>);
  addFunction(*m, "repeat", repeat);
  addFunction(*m, "count", [](Interpreter &in, CallArgs &a, Value &) {
    return infinite(in, a, "count");
  });
  addFunction(*m, "cycle", [](Interpreter &in, CallArgs &a, Value &) {
    return infinite(in, a, "cycle");
  });
  addFunction(*m, "islice", islice);
  addFunction(*m, "zip_longest", zipLongest);
  addFunction(*m, "accumulate", accumulate);
  addFunction(*m, "starmap", functional<0>);
  addFunction(*m, "takewhile", functional<1>);
  addFunction(*m, "dropwhile", functional<2>);
  addFunction(*m, "filterfalse", functional<3>);
  addFunction(*m, "compress", compress);
  return Value::object(m);
}

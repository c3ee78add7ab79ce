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
  if (!noKeywords(in, a, "chain"))
    return false;
  return chainItems(in, a.loc, Items(a.pos.begin() + 1, a.pos.end()), out);
}

/// chain.from_iterable(iterable).
bool chainFromIterable(Interpreter &in, CallArgs &a, Value &out) {
  Items iterables;
  return oneArg(in, a, "from_iterable") &&
         in.toList(a.pos[0], a.loc, iterables) &&
         chainItems(in, a.loc, iterables, out);
}

/// groupby(iterable, key=None): (key, group) pairs of consecutive items
/// with equal keys.
bool groupby(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"groupby", {"iterable", "key"}, 1};
  Items v, items, result, group;
  std::vector<bool> present;
  if (!clinicBind(in, sig, a, v, present) || !in.toList(v[0], a.loc, items))
    return false;
  Value current;
  for (const Value &x : items) {
    Value k = x;
    if (present[1] && !v[1].isNone() && !callWith(in, v[1], {x}, a.loc, k))
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
  Items items, copies;
  int64_t n = 2;
  if (!positional(in, a, "tee", 1, 2) ||
      (a.pos.size() == 2 && !indexArg(in, a.pos[1], a.loc, n)))
    return false;
  if (n < 0)
    return in.raise(a.loc, "ValueError", "n must be >= 0");
  if (!in.toList(a.pos[0], a.loc, items))
    return false;
  for (int64_t i = 0; i < n; ++i)
    copies.push_back(Value::list(items));
  out = Value::tuple(std::move(copies));
  return true;
}

/// pairwise(iterable): overlapping pairs.
bool pairwise(Interpreter &in, CallArgs &a, Value &out) {
  Items items, result;
  if (!positional(in, a, "pairwise", 1, 1) ||
      !in.toList(a.pos[0], a.loc, items))
    return false;
  for (size_t i = 0; i + 1 < items.size(); ++i)
    result.push_back(Value::tuple({items[i], items[i + 1]}));
  out = Value::list(std::move(result));
  return true;
}

/// product(*iterables, repeat=1): the odometer order, last pool fastest.
bool product(Interpreter &in, CallArgs &a, Value &out) {
  int64_t repeat = 1;
  for (auto &[k, v] : a.kw) {
    if (k != "repeat")
      return in.raise(a.loc, "TypeError",
                      "'" + k + "' is an invalid keyword argument for "
                                "product()");
    if (!indexArg(in, v, a.loc, repeat))
      return false;
  }
  if (repeat < 0)
    return in.raise(a.loc, "ValueError", "repeat argument cannot be negative");
  std::vector<Items> pools(a.pos.size());
  for (size_t i = 0; i < a.pos.size(); ++i)
    if (!in.toList(a.pos[i], a.loc, pools[i]))
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
  static const Signature sig{Kind == Choose::Permutations ? "permutations"
                             : Kind == Choose::Combinations
                                 ? "combinations"
                                 : "combinations_with_replacement",
                             {"iterable", "r"},
                             Kind == Choose::Permutations ? 1u : 2u};
  Items v, pool;
  std::vector<bool> present;
  if (!clinicBind(in, sig, a, v, present) || !in.toList(v[0], a.loc, pool))
    return false;
  int64_t r = static_cast<int64_t>(pool.size());
  if (present[1] && !(Kind == Choose::Permutations && v[1].isNone()) &&
      !indexArg(in, v[1], a.loc, r))
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
  static const Signature sig{"repeat", {"object", "times"}, 1};
  Items v;
  std::vector<bool> present;
  if (!clinicBind(in, sig, a, v, present))
    return false;
  if (!present[1])
    return in.error(a.loc, "itertools.repeat() without 'times' is not "
                           "supported by scopec: it is infinite and scopec "
                           "has no lazy iterators");
  int64_t times;
  if (!indexArg(in, v[1], a.loc, times) ||
      !checkSize(in, a.loc, static_cast<size_t>(std::max<int64_t>(times, 0))))
    return false;
  out = Value::list(Items(static_cast<size_t>(std::max<int64_t>(times, 0)),
                          v[0]));
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
  if (!positional(in, a, "islice", 2, 4))
    return false;
  int64_t start = 0, stop = INT64_MAX, step = 1;
  if (a.pos.size() == 2) {
    if (!sliceBound(in, a.loc, a.pos[1], "Stop argument", stop))
      return false;
  } else {
    if (!sliceBound(in, a.loc, a.pos[1], "Indices", start) ||
        !sliceBound(in, a.loc, a.pos[2], "Stop argument", stop))
      return false;
    if (a.pos.size() == 4 && !a.pos[3].isNone() &&
        (!a.pos[3].isIntLike() || a.pos[3].getInt() <= 0))
      return in.raise(a.loc, "ValueError",
                      "Step for islice() must be a positive integer or None.");
    if (a.pos.size() == 4 && !a.pos[3].isNone())
      step = a.pos[3].getInt();
  }
  // Pulls no item past `stop` (the iterable may be an infinite generator).
  Items result;
  int64_t i = 0;
  if (stop > 0 && !in.forEach(a.pos[0], a.loc, [&](const Value &v) {
        if (i >= start && (i - start) % step == 0)
          result.push_back(v);
        return ++i < stop;
      }) && i < stop)
    return false;
  out = Value::list(std::move(result));
  return true;
}

/// zip_longest(*iterables, fillvalue=None).
bool zipLongest(Interpreter &in, CallArgs &a, Value &out) {
  Value fill;
  for (auto &[k, v] : a.kw) {
    if (k != "fillvalue")
      return in.raise(a.loc, "TypeError",
                      "zip_longest() got an unexpected keyword argument");
    fill = v;
  }
  std::vector<Items> lists(a.pos.size());
  size_t n = 0;
  for (size_t i = 0; i < a.pos.size(); ++i) {
    if (!in.toList(a.pos[i], a.loc, lists[i]))
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
  static const Signature sig{"accumulate", {"iterable", "func", "initial"}, 1};
  if (a.pos.size() > 2)
    return in.raise(a.loc, "TypeError",
                    "accumulate() takes at most 2 arguments (" +
                        std::to_string(a.pos.size()) + " given)");
  Items v, items, result;
  std::vector<bool> present;
  if (!clinicBind(in, sig, a, v, present) || !in.toList(v[0], a.loc, items))
    return false;
  if (!v[2].isNone())
    items.insert(items.begin(), v[2]);
  for (const Value &x : items) {
    if (result.empty()) {
      result.push_back(x);
      continue;
    }
    Value r;
    if (v[1].isNone() ? !in.binaryOp(BinOpKind::Add, result.back(), x, a.loc, r)
                      : !callWith(in, v[1], {result.back(), x}, a.loc, r))
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
  Items items, result;
  if (!positional(in, a, names[Which], 2, 2) ||
      !in.toList(a.pos[1], a.loc, items))
    return false;
  bool dropping = true;
  for (const Value &x : items) {
    Value r;
    if (Which == 0) {
      CallArgs c;
      c.loc = a.loc;
      if (!in.toList(x, a.loc, c.pos) || !in.call(a.pos[0], c, r))
        return false;
      result.push_back(r);
      continue;
    }
    if (Which == 2 && !dropping) {
      result.push_back(x);
      continue;
    }
    bool t;
    if (Which == 3 && a.pos[0].isNone())
      r = x;
    else if (!callWith(in, a.pos[0], {x}, a.loc, r))
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
  static const Signature sig{"compress", {"data", "selectors"}, 2};
  Items v, data, selectors, result;
  std::vector<bool> present;
  if (!clinicBind(in, sig, a, v, present) || !in.toList(v[0], a.loc, data) ||
      !in.toList(v[1], a.loc, selectors))
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

//===- Itertools.cpp - The `itertools` module -----------------------------===//
//
// The iterators that may be infinite or consume infinite inputs (count,
// cycle, repeat, islice, chain, accumulate, compress, takewhile, dropwhile,
// filterfalse, starmap, zip_longest, pairwise) are lazy native iterators
// (IteratorObj, Iterators.h): each `next` pulls only the items it needs, so
// `islice(count(), 5)` or `zip(count(), xs)` ends. Materializing an infinite
// one (`list(count())`) stops at the interpreter's sequence or step limit
// with a located error. The combinatoric functions, groupby and tee consume
// their finite inputs and return lists of the items CPython's iterators
// yield, in the same order. `chain` is a class so that it can carry
// `chain.from_iterable`. Argument errors are CPython's.
//
//===----------------------------------------------------------------------===//

#include "Support.h"

#include "../Classes.h"
#include "../Iterators.h"

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

using NextFn = IteratorObj::NextFn;

Value lazy(const std::string &type, NextFn next) {
  return Value::object(std::make_shared<IteratorObj>(type, std::move(next)));
}

/// The items of each iterable that `sources` (an iterator) yields, in
/// order; each iterable is started when the previous one ends.
Value chainOf(Value sources) {
  Value current;
  return lazy("chain", [sources, current](Interpreter &in, SrcLoc l,
                                          Value &out, bool &done) mutable {
    while (true) {
      if (!current.isNone()) {
        if (!in.nextItem(current, l, out, done))
          return false;
        if (!done)
          return true;
        current = Value::none();
      }
      Value next;
      if (!in.step(l) || !in.nextItem(sources, l, next, done))
        return false;
      if (done)
        return true;
      if (!in.getIter(next, l, current))
        return false;
    }
  });
}

/// chain(*iterables), the constructor of the class `chain` (its first
/// argument).
bool chain(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "chain", {"cls", "/", "*iterables"}, ArgStyle::Clinic};
  BoundArgs b;
  Value sources;
  if (!in.bind(sig, a, b) ||
      !in.getIter(Value::tuple(b.args()), a.loc, sources))
    return false;
  out = chainOf(sources);
  return true;
}

/// chain.from_iterable(iterable).
bool chainFromIterable(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "chain.from_iterable", {"iterable", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  Value sources;
  if (!in.bind(sig, a, b) || !in.getIter(b["iterable"], a.loc, sources))
    return false;
  out = chainOf(sources);
  return true;
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
  Value it;
  if (!in.bind(sig, a, b) || !in.getIter(b["iterable"], a.loc, it))
    return false;
  Value last;
  bool started = false;
  out = lazy("pairwise", [it, last, started](Interpreter &in, SrcLoc l,
                                             Value &out, bool &done) mutable {
    if (!started) {
      started = true;
      if (!in.nextItem(it, l, last, done))
        return false;
      if (done)
        return true;
    }
    Value v;
    if (!in.nextItem(it, l, v, done))
      return false;
    if (done)
      return true;
    out = Value::tuple({last, v});
    last = v;
    return true;
  });
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

/// repeat(object[, times]): `object` forever, or `times` times. Its repr
/// shows the repetitions left, as CPython's.
struct RepeatIter : IteratorObj {
  RepeatIter(Value object, int64_t times)
      : IteratorObj("repeat", nullptr), object(std::move(object)),
        times(times) {
    next = std::make_shared<NextFn>(
        [this](Interpreter &, SrcLoc, Value &out, bool &done) {
          if (this->times == 0) {
            done = true;
            return true;
          }
          if (this->times > 0)
            --this->times;
          out = this->object;
          return true;
        });
  }
  std::string repr() const override {
    std::string r = "repeat(" + scopec::frontend::repr(object);
    if (times >= 0)
      r += ", " + std::to_string(times);
    return r + ")";
  }
  void dropReferences() override { object = Value::none(); }
  Value object;
  /// Repetitions left; -1: forever.
  int64_t times;
};

bool repeat(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"repeat", {"object", "times="}, ArgStyle::Clinic};
  BoundArgs v;
  if (!in.bind(sig, a, v))
    return false;
  int64_t times = -1;
  if (v.given("times")) {
    if (!indexArg(in, v["times"], a.loc, times))
      return false;
    times = std::max<int64_t>(times, 0);
  }
  out = Value::object(std::make_shared<RepeatIter>(v["object"], times));
  return true;
}

/// count(start=0, step=1): start, start+step, ... by repeated addition (so
/// float steps accumulate as in CPython). Its repr shows the next value.
struct CountIter : IteratorObj {
  CountIter(Value start, Value step)
      : IteratorObj("count", nullptr), current(std::move(start)),
        stepBy(std::move(step)) {
    next = std::make_shared<NextFn>(
        [this](Interpreter &in, SrcLoc l, Value &out, bool &) {
          out = current;
          return in.binaryOp(BinOpKind::Add, out, stepBy, l, current);
        });
  }
  std::string repr() const override {
    std::string r = "count(" + scopec::frontend::repr(current);
    if (!(stepBy.isInt() && stepBy.getInt() == 1))
      r += ", " + scopec::frontend::repr(stepBy);
    return r + ")";
  }
  void dropReferences() override { current = stepBy = Value::none(); }
  Value current, stepBy;
};

bool count(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"count", {"start=", "step="}, ArgStyle::Clinic};
  BoundArgs v;
  if (!in.bind(sig, a, v))
    return false;
  Value start = v.get("start", Value::integer(0));
  Value step = v.get("step", Value::integer(1));
  for (const Value *x : {&start, &step})
    if (!Interpreter::asNumber(*x).isNumber() && !x->is(ObjKind::BigInt))
      return in.raise(a.loc, "TypeError", "a number is required");
  out = Value::object(std::make_shared<CountIter>(start, step));
  return true;
}

/// cycle(iterable): the items of one pass (saved as they come), then the
/// saved items over and over; nothing for an empty iterable.
bool cycle(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"cycle", {"iterable", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  Value it;
  if (!in.bind(sig, a, b) || !in.getIter(b["iterable"], a.loc, it))
    return false;
  auto saved = std::make_shared<Items>();
  size_t i = 0;
  bool firstPass = true;
  out = lazy("cycle", [it, saved, i, firstPass](Interpreter &in, SrcLoc l,
                                                Value &out,
                                                bool &done) mutable {
    if (firstPass) {
      if (!in.nextItem(it, l, out, done))
        return false;
      if (!done) {
        saved->push_back(out);
        return checkSize(in, l, saved->size());
      }
      firstPass = false;
      it = Value::none();
      done = false;
    }
    if (saved->empty()) {
      done = true;
      return true;
    }
    out = (*saved)[i];
    i = (i + 1) % saved->size();
    return true;
  });
  return true;
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

/// islice(iterable, stop) / islice(iterable, start, stop[, step]): pulls
/// no item past the last one it yields (the iterable may be infinite).
bool islice(Interpreter &in, CallArgs &a, Value &out) {
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
  Value it;
  if (!in.getIter(b["iterable"], a.loc, it))
    return false;
  // `index`: the position of the next item of `it`; `wanted`: the position
  // of the next item to yield.
  int64_t index = 0, wanted = start;
  out = lazy("islice", [it, index, wanted, stop, step](
                           Interpreter &in, SrcLoc l, Value &out,
                           bool &done) mutable {
    if (wanted >= stop) {
      done = true;
      return true;
    }
    while (true) {
      if (!in.step(l) || !in.nextItem(it, l, out, done))
        return false;
      if (done) {
        wanted = stop;
        return true;
      }
      if (index++ == wanted) {
        wanted = stop - wanted <= step ? stop : wanted + step;
        return true;
      }
    }
  });
  return true;
}

/// zip_longest(*iterables, fillvalue=None): until every iterable ended.
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
  Items its;
  for (const Value &x : b.args()) {
    Value it;
    if (!in.getIter(x, a.loc, it))
      return false;
    its.push_back(it);
  }
  std::vector<bool> ended(its.size(), false);
  size_t active = its.size();
  out = lazy("zip_longest", [its, fill, ended, active](
                                Interpreter &in, SrcLoc l, Value &out,
                                bool &done) mutable {
    if (active == 0) {
      done = true;
      return true;
    }
    Items t;
    for (size_t k = 0; k < its.size(); ++k) {
      Value v = fill;
      if (!ended[k]) {
        bool end;
        if (!in.nextItem(its[k], l, v, end))
          return false;
        if (end) {
          ended[k] = true;
          v = fill;
          if (--active == 0) {
            done = true;
            return true;
          }
        }
      }
      t.push_back(v);
    }
    out = Value::tuple(std::move(t));
    return true;
  });
  return true;
}

/// accumulate(iterable, func=None, *, initial=None): running totals.
bool accumulate(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "accumulate", {"iterable", "func=", "*", "initial="}, ArgStyle::Clinic};
  BoundArgs v;
  Value it;
  if (!in.bind(sig, a, v) || !in.getIter(v["iterable"], a.loc, it))
    return false;
  Value fn = v["func"], total = v["initial"];
  bool started = !total.isNone(), initialPending = started;
  out = lazy("accumulate", [it, fn, total, started, initialPending](
                               Interpreter &in, SrcLoc l, Value &out,
                               bool &done) mutable {
    if (initialPending) {
      initialPending = false;
      out = total;
      return true;
    }
    Value x;
    if (!in.nextItem(it, l, x, done))
      return false;
    if (done)
      return true;
    if (!started) {
      started = true;
      total = x;
    } else if (fn.isNone()
                   ? !in.binaryOp(BinOpKind::Add, total, x, l, total)
                   : !callWith(in, fn, {total, x}, l, total)) {
      return false;
    }
    out = total;
    return true;
  });
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
  Value it;
  if (!in.bind(sig, a, b) || !in.getIter(b["iterable"], a.loc, it))
    return false;
  Value fn = b["function"];
  // takewhile: whether it stopped; dropwhile: whether it still drops.
  bool flag = Which == 2;
  out = lazy(names[Which], [it, fn, flag](Interpreter &in, SrcLoc l,
                                          Value &out, bool &done) mutable {
    if (Which == 1 && flag) {
      done = true;
      return true;
    }
    while (true) {
      Value x;
      if (!in.step(l) || !in.nextItem(it, l, x, done))
        return false;
      if (done)
        return true;
      if (Which == 0) {
        CallArgs c;
        c.loc = l;
        return in.toList(x, l, c.pos) && in.call(fn, c, out);
      }
      if (Which == 2 && !flag) {
        out = x;
        return true;
      }
      Value r = x;
      bool t;
      if (!(Which == 3 && fn.isNone()) && !callWith(in, fn, {x}, l, r))
        return false;
      if (!in.isTrue(r, l, t))
        return false;
      if (Which == 1) {
        if (t) {
          out = x;
          return true;
        }
        flag = true;
        done = true;
        return true;
      }
      if (Which == 2 && !t) {
        flag = false;
        out = x;
        return true;
      }
      if (Which == 3 && !t) {
        out = x;
        return true;
      }
    }
  });
  return true;
}

/// compress(data, selectors): the data whose selector is true.
bool compress(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "compress", {"data", "selectors"}, ArgStyle::Clinic};
  BoundArgs v;
  Value data, selectors;
  if (!in.bind(sig, a, v) || !in.getIter(v["data"], a.loc, data) ||
      !in.getIter(v["selectors"], a.loc, selectors))
    return false;
  out = lazy("compress", [data, selectors](Interpreter &in, SrcLoc l,
                                           Value &out, bool &done) {
    while (true) {
      Value x, s;
      bool t;
      if (!in.step(l) || !in.nextItem(data, l, x, done))
        return false;
      if (done)
        return true;
      if (!in.nextItem(selectors, l, s, done))
        return false;
      if (done)
        return true;
      if (!in.isTrue(s, l, t))
        return false;
      if (t) {
        out = x;
        return true;
      }
    }
  });
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
  addFunction(*m, "count", count);
  addFunction(*m, "cycle", cycle);
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

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
LogicalResult checkSize(Interpreter &in, SrcLoc l, size_t n) {
  if (n <= static_cast<size_t>(Limits::kMaxSequence))
    return success();
  return in.error(l, "sequence too long (scopec limit: " +
                         std::to_string(Limits::kMaxSequence) + " items)");
}

using NextFn = IteratorObj::NextFn;

Value lazy(const std::string &type, NextFn next) {
  return Value::object(std::make_shared<IteratorObj>(type, std::move(next)));
}

/// The step of an iterator that has ended.
IterStep finished() { return IterStep{Value::none(), /*done=*/true}; }

/// The items of each iterable that `sources` (an iterator) yields, in
/// order; each iterable is started when the previous one ends.
Value chainOf(Value sources) {
  Value current;
  return lazy("chain",
              [sources, current](Interpreter &in,
                                 SrcLoc l) mutable -> FailureOr<IterStep> {
                while (true) {
                  if (!current.isNone()) {
                    FailureOr<IterStep> item = in.nextItem(current, l);
                    if (failed(item))
                      return failure();
                    if (!item->done)
                      return item;
                    current = Value::none();
                  }
                  if (failed(in.step(l)))
                    return failure();
                  FailureOr<IterStep> next = in.nextItem(sources, l);
                  if (failed(next))
                    return failure();
                  if (next->done)
                    return finished();
                  FailureOr<Value> it = in.getIter(next->value, l);
                  if (failed(it))
                    return failure();
                  current = *it;
                }
              });
}

/// chain(*iterables), the constructor of the class `chain` (its first
/// argument).
FailureOr<Value> chain(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "chain", {"cls", "/", "*iterables"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return failure();
  FailureOr<Value> sources = in.getIter(Value::tuple(b->args()), a.loc);
  if (failed(sources))
    return failure();
  return chainOf(*sources);
}

/// chain.from_iterable(iterable).
FailureOr<Value> chainFromIterable(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "chain.from_iterable", {"iterable", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return failure();
  FailureOr<Value> sources = in.getIter((*b)["iterable"], a.loc);
  if (failed(sources))
    return failure();
  return chainOf(*sources);
}

/// groupby(iterable, key=None): (key, group) pairs of consecutive items
/// with equal keys.
FailureOr<Value> groupby(Interpreter &in, CallArgs &a) {
  static const Signature sig{"groupby", {"iterable", "key="}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &v = *bound;
  FailureOr<Items> items = in.toList(v["iterable"], a.loc);
  if (failed(items))
    return failure();
  Items result, group;
  Value current;
  for (const Value &x : *items) {
    Value k = x;
    if (v.given("key") && !v["key"].isNone()) {
      FailureOr<Value> key = callWith(in, v["key"], {x}, a.loc);
      if (failed(key))
        return failure();
      k = *key;
    }
    Value same = Value::boolean(false);
    if (!group.empty()) {
      FailureOr<Value> eq = in.compare(CmpOpKind::Eq, current, k, a.loc);
      if (failed(eq))
        return failure();
      same = *eq;
    }
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
  return Value::list(std::move(result));
}

/// tee(iterable, n=2): n independent copies.
FailureOr<Value> tee(Interpreter &in, CallArgs &a) {
  static const Signature sig =
      Signature{"tee", {"iterable", "n=", "/"}, ArgStyle::Clinic}.qualified(
          "itertools.tee");
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  int64_t n = 2;
  if (b.given("n")) {
    FailureOr<int64_t> given = indexArg(in, b["n"], a.loc);
    if (failed(given))
      return failure();
    n = *given;
  }
  if (n < 0)
    return in.raise(a.loc, "ValueError", "n must be >= 0");
  FailureOr<Items> items = in.toList(b["iterable"], a.loc);
  if (failed(items))
    return failure();
  Items copies;
  for (int64_t i = 0; i < n; ++i)
    copies.push_back(Value::list(*items));
  return Value::tuple(std::move(copies));
}

/// pairwise(iterable): overlapping pairs.
FailureOr<Value> pairwise(Interpreter &in, CallArgs &a) {
  static const Signature sig{"pairwise", {"iterable", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return failure();
  FailureOr<Value> iter = in.getIter((*b)["iterable"], a.loc);
  if (failed(iter))
    return failure();
  Value it = *iter;
  Value last;
  bool started = false;
  return lazy("pairwise",
              [it, last, started](Interpreter &in,
                                  SrcLoc l) mutable -> FailureOr<IterStep> {
                if (!started) {
                  started = true;
                  FailureOr<IterStep> first = in.nextItem(it, l);
                  if (failed(first) || first->done)
                    return first;
                  last = first->value;
                }
                FailureOr<IterStep> v = in.nextItem(it, l);
                if (failed(v) || v->done)
                  return v;
                Value pair = Value::tuple({last, v->value});
                last = v->value;
                return IterStep{pair};
              });
}

/// product(*iterables, repeat=1): the odometer order, last pool fastest.
FailureOr<Value> product(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "product", {"*iterables", "repeat="}, ArgStyle::Clinic};
  // PyArg_ParseTupleAndKeywords on the keywords alone.
  if (a.kw.size() > 1)
    return in.raise(a.loc, "TypeError",
                    "product() takes at most 1 keyword argument (" +
                        std::to_string(a.kw.size()) + " given)");
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  int64_t repeat = 1;
  if (b.given("repeat")) {
    FailureOr<int64_t> given = indexArg(in, b["repeat"], a.loc);
    if (failed(given))
      return failure();
    repeat = *given;
  }
  if (repeat < 0)
    return in.raise(a.loc, "ValueError", "repeat argument cannot be negative");
  const Items &iterables = b.args();
  std::vector<Items> pools(iterables.size());
  for (size_t i = 0; i < iterables.size(); ++i) {
    FailureOr<Items> pool = in.toList(iterables[i], a.loc);
    if (failed(pool))
      return failure();
    pools[i] = std::move(*pool);
  }
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
        if (failed(checkSize(in, a.loc, next.size())) || failed(in.step(a.loc)))
          return failure();
      }
    tuples = std::move(next);
  }
  Items result;
  for (Items &t : tuples)
    result.push_back(Value::tuple(std::move(t)));
  return Value::list(std::move(result));
}

enum class Choose { Permutations, Combinations, WithReplacement };

/// Appends every r-selection of `pool` in CPython's lexicographic order of
/// indices.
LogicalResult select(Interpreter &in, SrcLoc l, const Items &pool, size_t r,
                     Choose kind, std::vector<size_t> &indices,
                     std::vector<bool> &used, Items &result) {
  if (indices.size() == r) {
    Items t;
    for (size_t i : indices)
      t.push_back(pool[i]);
    result.push_back(Value::tuple(std::move(t)));
    if (failed(checkSize(in, l, result.size())))
      return failure();
    return in.step(l);
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
    LogicalResult ok = select(in, l, pool, r, kind, indices, used, result);
    indices.pop_back();
    used[i] = false;
    if (failed(ok))
      return failure();
  }
  return success();
}

template <Choose Kind> FailureOr<Value> choose(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      Kind == Choose::Permutations   ? "permutations"
      : Kind == Choose::Combinations ? "combinations"
                                     : "combinations_with_replacement",
      {"iterable", Kind == Choose::Permutations ? "r=" : "r"},
      ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &v = *bound;
  FailureOr<Items> items = in.toList(v["iterable"], a.loc);
  if (failed(items))
    return failure();
  Items &pool = *items;
  int64_t r = static_cast<int64_t>(pool.size());
  if (v.given("r") && !(Kind == Choose::Permutations && v["r"].isNone())) {
    FailureOr<int64_t> given = indexArg(in, v["r"], a.loc);
    if (failed(given))
      return failure();
    r = *given;
  }
  if (r < 0)
    return in.raise(a.loc, "ValueError", "r must be non-negative");
  Items result;
  std::vector<size_t> indices;
  std::vector<bool> used(pool.size(), false);
  bool possible = Kind == Choose::WithReplacement
                      ? (!pool.empty() || r == 0)
                      : r <= static_cast<int64_t>(pool.size());
  if (possible && failed(select(in, a.loc, pool, static_cast<size_t>(r), Kind,
                                indices, used, result)))
    return failure();
  return Value::list(std::move(result));
}

/// repeat(object[, times]): `object` forever, or `times` times. Its repr
/// shows the repetitions left, as CPython's.
struct RepeatIter : IteratorObj {
  RepeatIter(Value object, int64_t times)
      : IteratorObj("repeat", nullptr), object(std::move(object)),
        times(times) {
    next = std::make_shared<NextFn>(
        [this](Interpreter &, SrcLoc) -> FailureOr<IterStep> {
          if (this->times == 0)
            return finished();
          if (this->times > 0)
            --this->times;
          return IterStep{this->object};
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

FailureOr<Value> repeat(Interpreter &in, CallArgs &a) {
  static const Signature sig{"repeat", {"object", "times="}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &v = *bound;
  int64_t times = -1;
  if (v.given("times")) {
    FailureOr<int64_t> given = indexArg(in, v["times"], a.loc);
    if (failed(given))
      return failure();
    times = std::max<int64_t>(*given, 0);
  }
  return Value::object(std::make_shared<RepeatIter>(v["object"], times));
}

/// count(start=0, step=1): start, start+step, ... by repeated addition (so
/// float steps accumulate as in CPython). Its repr shows the next value.
struct CountIter : IteratorObj {
  CountIter(Value start, Value step)
      : IteratorObj("count", nullptr), current(std::move(start)),
        stepBy(std::move(step)) {
    next = std::make_shared<NextFn>([this](Interpreter &in,
                                           SrcLoc l) -> FailureOr<IterStep> {
      Value out = current;
      FailureOr<Value> following = in.binaryOp(BinOpKind::Add, out, stepBy, l);
      if (failed(following))
        return failure();
      current = *following;
      return IterStep{out};
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

FailureOr<Value> count(Interpreter &in, CallArgs &a) {
  static const Signature sig{"count", {"start=", "step="}, ArgStyle::Clinic};
  FailureOr<BoundArgs> v = in.bind(sig, a);
  if (failed(v))
    return failure();
  Value start = v->get("start", Value::integer(0));
  Value step = v->get("step", Value::integer(1));
  for (const Value *x : {&start, &step})
    if (!Interpreter::asNumber(*x).isNumber() && !x->is(ObjKind::BigInt))
      return in.raise(a.loc, "TypeError", "a number is required");
  return Value::object(std::make_shared<CountIter>(start, step));
}

/// cycle(iterable): the items of one pass (saved as they come), then the
/// saved items over and over; nothing for an empty iterable.
FailureOr<Value> cycle(Interpreter &in, CallArgs &a) {
  static const Signature sig{"cycle", {"iterable", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> b = in.bind(sig, a);
  if (failed(b))
    return failure();
  FailureOr<Value> iter = in.getIter((*b)["iterable"], a.loc);
  if (failed(iter))
    return failure();
  Value it = *iter;
  auto saved = std::make_shared<Items>();
  size_t i = 0;
  bool firstPass = true;
  return lazy("cycle",
              [it, saved, i, firstPass](
                  Interpreter &in, SrcLoc l) mutable -> FailureOr<IterStep> {
                if (firstPass) {
                  FailureOr<IterStep> item = in.nextItem(it, l);
                  if (failed(item))
                    return failure();
                  if (!item->done) {
                    saved->push_back(item->value);
                    if (failed(checkSize(in, l, saved->size())))
                      return failure();
                    return item;
                  }
                  firstPass = false;
                  it = Value::none();
                }
                if (saved->empty())
                  return finished();
                Value out = (*saved)[i];
                i = (i + 1) % saved->size();
                return IterStep{out};
              });
}

/// An islice() bound: None (`dflt`) or 0 <= x <= sys.maxsize.
FailureOr<int64_t> sliceBound(Interpreter &in, SrcLoc l, const Value &v,
                              const char *what, int64_t dflt) {
  if (v.isNone())
    return dflt;
  if (v.isIntLike() && v.getInt() >= 0)
    return v.getInt();
  return in.raise(l, "ValueError",
                  std::string(what) + " for islice() must be None or an "
                                      "integer: 0 <= x <= sys.maxsize.");
}

/// islice(iterable, stop) / islice(iterable, start, stop[, step]): pulls
/// no item past the last one it yields (the iterable may be infinite).
FailureOr<Value> islice(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "islice", {"iterable", "start", "stop=", "step=", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  int64_t start = 0, stop = INT64_MAX, step = 1;
  if (!b.given("stop")) {
    FailureOr<int64_t> last =
        sliceBound(in, a.loc, b["start"], "Stop argument", stop);
    if (failed(last))
      return failure();
    stop = *last;
  } else {
    FailureOr<int64_t> first =
        sliceBound(in, a.loc, b["start"], "Indices", start);
    if (failed(first))
      return failure();
    start = *first;
    FailureOr<int64_t> last =
        sliceBound(in, a.loc, b["stop"], "Stop argument", stop);
    if (failed(last))
      return failure();
    stop = *last;
    const Value &s = b["step"];
    if (!s.isNone() && (!s.isIntLike() || s.getInt() <= 0))
      return in.raise(a.loc, "ValueError",
                      "Step for islice() must be a positive integer or None.");
    if (!s.isNone())
      step = s.getInt();
  }
  FailureOr<Value> iter = in.getIter(b["iterable"], a.loc);
  if (failed(iter))
    return failure();
  Value it = *iter;
  // `index`: the position of the next item of `it`; `wanted`: the position
  // of the next item to yield.
  int64_t index = 0, wanted = start;
  return lazy("islice",
              [it, index, wanted, stop,
               step](Interpreter &in, SrcLoc l) mutable -> FailureOr<IterStep> {
                if (wanted >= stop)
                  return finished();
                while (true) {
                  if (failed(in.step(l)))
                    return failure();
                  FailureOr<IterStep> item = in.nextItem(it, l);
                  if (failed(item))
                    return failure();
                  if (item->done) {
                    wanted = stop;
                    return item;
                  }
                  if (index++ == wanted) {
                    wanted = stop - wanted <= step ? stop : wanted + step;
                    return item;
                  }
                }
              });
}

/// zip_longest(*iterables, fillvalue=None): until every iterable ended.
FailureOr<Value> zipLongest(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "zip_longest", {"*iterables", "fillvalue="}, ArgStyle::Clinic};
  // CPython checks the keywords itself (a message without the name).
  for (auto &kv : a.kw)
    if (kv.first != "fillvalue")
      return in.raise(a.loc, "TypeError",
                      "zip_longest() got an unexpected keyword argument");
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  Value fill = b["fillvalue"];
  Items its;
  for (const Value &x : b.args()) {
    FailureOr<Value> it = in.getIter(x, a.loc);
    if (failed(it))
      return failure();
    its.push_back(*it);
  }
  std::vector<bool> ended(its.size(), false);
  size_t active = its.size();
  return lazy("zip_longest",
              [its, fill, ended, active](
                  Interpreter &in, SrcLoc l) mutable -> FailureOr<IterStep> {
                if (active == 0)
                  return finished();
                Items t;
                for (size_t k = 0; k < its.size(); ++k) {
                  Value v = fill;
                  if (!ended[k]) {
                    FailureOr<IterStep> item = in.nextItem(its[k], l);
                    if (failed(item))
                      return failure();
                    v = item->value;
                    if (item->done) {
                      ended[k] = true;
                      v = fill;
                      if (--active == 0)
                        return finished();
                    }
                  }
                  t.push_back(v);
                }
                return IterStep{Value::tuple(std::move(t))};
              });
}

/// accumulate(iterable, func=None, *, initial=None): running totals.
FailureOr<Value> accumulate(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "accumulate", {"iterable", "func=", "*", "initial="}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &v = *bound;
  FailureOr<Value> iter = in.getIter(v["iterable"], a.loc);
  if (failed(iter))
    return failure();
  Value it = *iter;
  Value fn = v["func"], total = v["initial"];
  bool started = !total.isNone(), initialPending = started;
  return lazy("accumulate",
              [it, fn, total, started, initialPending](
                  Interpreter &in, SrcLoc l) mutable -> FailureOr<IterStep> {
                if (initialPending) {
                  initialPending = false;
                  return IterStep{total};
                }
                FailureOr<IterStep> x = in.nextItem(it, l);
                if (failed(x) || x->done)
                  return x;
                if (!started) {
                  started = true;
                  total = x->value;
                } else {
                  FailureOr<Value> sum =
                      fn.isNone()
                          ? in.binaryOp(BinOpKind::Add, total, x->value, l)
                          : callWith(in, fn, {total, x->value}, l);
                  if (failed(sum))
                    return failure();
                  total = *sum;
                }
                return IterStep{total};
              });
}

/// starmap / takewhile / dropwhile / filterfalse(function, iterable).
template <int Which> FailureOr<Value> functional(Interpreter &in, CallArgs &a) {
  static const char *const names[] = {"starmap", "takewhile", "dropwhile",
                                      "filterfalse"};
  static const Signature sig{
      names[Which], {"function", "iterable", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  FailureOr<Value> iter = in.getIter(b["iterable"], a.loc);
  if (failed(iter))
    return failure();
  Value it = *iter;
  Value fn = b["function"];
  // takewhile: whether it stopped; dropwhile: whether it still drops.
  bool flag = Which == 2;
  return lazy(
      names[Which],
      [it, fn, flag](Interpreter &in, SrcLoc l) mutable -> FailureOr<IterStep> {
        if (Which == 1 && flag)
          return finished();
        while (true) {
          if (failed(in.step(l)))
            return failure();
          FailureOr<IterStep> item = in.nextItem(it, l);
          if (failed(item) || item->done)
            return item;
          const Value &x = item->value;
          if (Which == 0) {
            FailureOr<Items> args = in.toList(x, l);
            if (failed(args))
              return failure();
            CallArgs c;
            c.loc = l;
            c.pos = std::move(*args);
            FailureOr<Value> r = in.call(fn, c);
            if (failed(r))
              return failure();
            return IterStep{*r};
          }
          if (Which == 2 && !flag)
            return item;
          Value r = x;
          if (!(Which == 3 && fn.isNone())) {
            FailureOr<Value> called = callWith(in, fn, {x}, l);
            if (failed(called))
              return failure();
            r = *called;
          }
          FailureOr<bool> t = in.isTrue(r, l);
          if (failed(t))
            return failure();
          if (Which == 1) {
            if (*t)
              return item;
            flag = true;
            return finished();
          }
          if (Which == 2 && !*t) {
            flag = false;
            return item;
          }
          if (Which == 3 && !*t)
            return item;
        }
      });
}

/// compress(data, selectors): the data whose selector is true.
FailureOr<Value> compress(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "compress", {"data", "selectors"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> v = in.bind(sig, a);
  if (failed(v))
    return failure();
  FailureOr<Value> data = in.getIter((*v)["data"], a.loc);
  if (failed(data))
    return failure();
  FailureOr<Value> selectors = in.getIter((*v)["selectors"], a.loc);
  if (failed(selectors))
    return failure();
  return lazy("compress",
              [data = *data, selectors = *selectors](
                  Interpreter &in, SrcLoc l) -> FailureOr<IterStep> {
                while (true) {
                  if (failed(in.step(l)))
                    return failure();
                  FailureOr<IterStep> x = in.nextItem(data, l);
                  if (failed(x) || x->done)
                    return x;
                  FailureOr<IterStep> s = in.nextItem(selectors, l);
                  if (failed(s))
                    return failure();
                  if (s->done)
                    return finished();
                  FailureOr<bool> t = in.isTrue(s->value, l);
                  if (failed(t))
                    return failure();
                  if (*t)
                    return x;
                }
              });
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
  FailureOr<Value> chainClass =
      in.makeClass("chain", {}, std::move(chainDict), SrcLoc{});
  if (failed(chainClass))
    return Value::none();
  chainClass->as<ClassObj>()->module = "itertools";
  m->add("chain", *chainClass);
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

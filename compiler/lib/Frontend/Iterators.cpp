//===- Iterators.cpp - The iterator protocol and lazy built-ins -----------===//
//
// `iter()` and `next()` for every iterable (built-in types, generators,
// classes defining `__iter__`/`__next__` or `__getitem__`), the iterator
// objects of built-in types with CPython's type names, and the built-ins
// that return lazy iterators as in CPython (`zip`, `map`, `filter`,
// `enumerate`, `reversed`, `iter(callable, sentinel)`): they pull one item
// at a time, so they work on generators and infinite iterators.
//
//===----------------------------------------------------------------------===//

#include "Bytes.h"
#include "Classes.h"
#include "Iterators.h"
#include "Unicode.h"

using namespace scopec::frontend;

namespace {

using NextFn = IteratorObj::NextFn;

Value makeIterator(const std::string &type, NextFn next) {
  return Value::object(std::make_shared<IteratorObj>(type, std::move(next)));
}

/// The end of an iterator of a built-in type (nextItem drops its value).
IterStep finished() { return IterStep{Value::none(), /*done=*/true}; }

/// Iterates `items` (a list is read live: it may grow while iterated).
Value sequenceIterator(const std::string &type, Value seq) {
  size_t i = 0;
  return makeIterator(
      type, [seq, i](Interpreter &, SrcLoc) mutable -> FailureOr<IterStep> {
        if (i >= seq.items().size())
          return finished();
        return IterStep{seq.items()[i++]};
      });
}

/// Iterates a class through `__getitem__(0)`, `__getitem__(1)`, ... until
/// IndexError (CPython's sequence iterator).
Value getitemIterator(Value obj) {
  int64_t i = 0;
  return makeIterator(
      "iterator",
      [obj, i](Interpreter &in, SrcLoc l) mutable -> FailureOr<IterStep> {
        FailureOr<std::optional<Value>> item =
            in.callSpecial(obj, "__getitem__", {Value::integer(i)}, l);
        if (succeeded(item)) {
          ++i;
          // None when the class no longer has `__getitem__`.
          return IterStep{item->value_or(Value::none())};
        }
        if (!in.pendingIs("IndexError") && !in.pendingIs("StopIteration"))
          return failure();
        in.clearPendingException();
        return finished();
      });
}

Value iterSet(const Value &set) {
  auto *s = set.as<SetObj>();
  uint64_t version = s->version;
  size_t slot = 0;
  return makeIterator(
      "set_iterator",
      [set, version, slot](Interpreter &in,
                           SrcLoc l) mutable -> FailureOr<IterStep> {
        auto *s = set.as<SetObj>();
        if (s->version != version)
          return in.raise(l, "RuntimeError",
                          "Set changed size during iteration");
        while (slot < s->slots.size() && !s->slots[slot].live)
          ++slot;
        if (slot == s->slots.size())
          return finished();
        return IterStep{s->slots[slot++].value};
      });
}

/// Iterates a dict's keys as CPython does, failing if its size changes.
Value dictIterator(const std::string &type, Value dict, bool reverse) {
  size_t n = dict.as<DictObj>()->entries.size();
  size_t i = 0;
  return makeIterator(
      type,
      [dict, n, i, reverse](Interpreter &in,
                            SrcLoc l) mutable -> FailureOr<IterStep> {
        auto &entries = dict.as<DictObj>()->entries;
        if (entries.size() != n)
          return in.raise(l, "RuntimeError",
                          "dictionary changed size during iteration");
        if (i >= n)
          return finished();
        Value key = entries[reverse ? n - 1 - i : i].first;
        ++i;
        return IterStep{key};
      });
}

Value rangeIterator(int64_t start, int64_t step, int64_t count) {
  int64_t i = 0;
  return makeIterator(
      "range_iterator",
      [=](Interpreter &, SrcLoc) mutable -> FailureOr<IterStep> {
        if (i >= count)
          return finished();
        return IterStep{Value::integer(start + i++ * step)};
      });
}

/// iter() of each argument.
FailureOr<std::vector<Value>>
iterAll(Interpreter &in, const std::vector<Value> &values, SrcLoc l) {
  std::vector<Value> out;
  for (const Value &v : values) {
    FailureOr<Value> it = in.getIter(v, l);
    if (failed(it))
      return failure();
    out.push_back(*it);
  }
  return out;
}

/// The items nextOfEach() took, and whether an iterator ended (the items
/// are then those of the iterators before it).
struct Items {
  std::vector<Value> items;
  bool done = false;
};

/// One item from each iterator (zip, map); `done` at the first exhausted.
FailureOr<Items> nextOfEach(Interpreter &in, SrcLoc l,
                            const std::vector<Value> &its) {
  Items out;
  for (const Value &it : its) {
    FailureOr<IterStep> step = in.nextItem(it, l);
    if (failed(step))
      return failure();
    if (step->done) {
      out.done = true;
      return out;
    }
    out.items.push_back(step->value);
  }
  return out;
}

FailureOr<Value> builtinIter(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "iter", {"object", "sentinel=", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  if (!b.given("sentinel"))
    return in.getIter(b["object"], a.loc);
  // iter(callable, sentinel): calls until the sentinel comes back.
  Value fn = b["object"], sentinel = b["sentinel"];
  if (!fn.is(ObjKind::Function) && !fn.is(ObjKind::Builtin) &&
      !fn.is(ObjKind::BoundMethod) && !fn.is(ObjKind::Class) &&
      !(classOf(fn) && classOf(fn)->lookup("__call__")))
    return in.raise(a.loc, "TypeError", "iter(v, w): v must be callable");
  return makeIterator(
      "callable_iterator",
      [fn, sentinel](Interpreter &in, SrcLoc l) -> FailureOr<IterStep> {
        CallArgs c;
        c.loc = l;
        FailureOr<Value> v = in.call(fn, c);
        if (failed(v))
          return failure();
        FailureOr<Value> eq = in.compare(CmpOpKind::Eq, *v, sentinel, l);
        if (failed(eq))
          return failure();
        FailureOr<bool> done = in.isTrue(*eq, l);
        if (failed(done))
          return failure();
        return IterStep{*v, *done};
      });
}

FailureOr<Value> builtinNext(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "next", {"iterator", "default=", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  const Value &it = b["iterator"];
  if (!in.isIterator(it))
    return in.raise(a.loc, "TypeError",
                    "'" + typeName(it) + "' object is not an iterator");
  IterStep step;
  if (classOf(it)) {
    // The class's own StopIteration propagates unless there is a default.
    FailureOr<std::optional<Value>> r =
        in.callSpecial(it, "__next__", {}, a.loc);
    if (succeeded(r))
      return r->value_or(Value::none());
    if (!b.given("default") || !in.pendingIs("StopIteration"))
      return failure();
    in.clearPendingException();
    step.done = true;
  } else {
    FailureOr<IterStep> next = in.nextItem(it, a.loc);
    if (failed(next))
      return failure();
    step = std::move(*next);
  }
  if (!step.done)
    return step.value;
  if (b.given("default"))
    return b["default"];
  // A generator's return value travels in the StopIteration.
  std::vector<Value> args;
  if (!step.value.isNone())
    args.push_back(step.value);
  return in.raiseValue(a.loc, in.newException("StopIteration", args));
}

/// "zip() argument 2 is shorter than argument 1" ("than arguments 1-2").
LogicalResult zipLengthError(Interpreter &in, SrcLoc l, size_t i,
                             const char *what) {
  std::string others =
      i == 1 ? "argument 1" : "arguments 1-" + std::to_string(i);
  return in.raise(l, "ValueError",
                  "zip() argument " + std::to_string(i + 1) + " is " + what +
                      " than " + others);
}

FailureOr<Value> builtinZip(Interpreter &in, CallArgs &a) {
  // CPython parses the keyword arguments alone ("zip() takes at most 1
  // keyword argument (2 given)").
  static const Signature sig{"zip", {"*iterables"}, ArgStyle::Clinic},
      kwSig{"zip", {"*", "strict="}, ArgStyle::Clinic};
  CallArgs posArgs = positionalPart(a), kwArgs = keywordPart(a);
  FailureOr<BoundArgs> b = in.bind(sig, posArgs);
  if (failed(b))
    return failure();
  FailureOr<BoundArgs> kb = in.bind(kwSig, kwArgs);
  if (failed(kb))
    return failure();
  bool strict = false;
  if (kb->given("strict")) {
    FailureOr<bool> t = in.isTrue((*kb)["strict"], a.loc);
    if (failed(t))
      return failure();
    strict = *t;
  }
  FailureOr<std::vector<Value>> its = iterAll(in, b->args(), a.loc);
  if (failed(its))
    return failure();
  return makeIterator(
      "zip",
      [its = std::move(*its), strict](Interpreter &in,
                                      SrcLoc l) -> FailureOr<IterStep> {
        if (its.empty())
          return finished();
        FailureOr<Items> items = nextOfEach(in, l, its);
        if (failed(items))
          return failure();
        if (!items->done)
          return IterStep{Value::tuple(std::move(items->items))};
        if (!strict)
          return finished();
        // zip(strict=True): every iterator ends at the same item.
        if (!items->items.empty())
          return zipLengthError(in, l, items->items.size(), "shorter");
        for (size_t i = 1; i < its.size(); ++i) {
          FailureOr<IterStep> step = in.nextItem(its[i], l);
          if (failed(step))
            return failure();
          if (!step->done)
            return zipLengthError(in, l, i, "longer");
        }
        return finished();
      });
}

FailureOr<Value> builtinMap(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "map", {"func", "/", "*iterables"}, ArgStyle::Clinic};
  // CPython's own message for fewer than two arguments.
  if (a.kw.empty() && a.pos.size() < 2)
    return in.raise(a.loc, "TypeError",
                    "map() must have at least two arguments.");
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  FailureOr<std::vector<Value>> its = iterAll(in, b.args(), a.loc);
  if (failed(its))
    return failure();
  Value fn = b["func"];
  return makeIterator(
      "map",
      [fn, its = std::move(*its)](Interpreter &in,
                                  SrcLoc l) -> FailureOr<IterStep> {
        FailureOr<Items> items = nextOfEach(in, l, its);
        if (failed(items))
          return failure();
        if (items->done)
          return finished();
        CallArgs c;
        c.loc = l;
        c.pos = std::move(items->items);
        FailureOr<Value> v = in.call(fn, c);
        if (failed(v))
          return failure();
        return IterStep{*v};
      });
}

FailureOr<Value> builtinFilter(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "filter", {"function", "iterable", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  Value fn = b["function"];
  FailureOr<Value> iter = in.getIter(b["iterable"], a.loc);
  if (failed(iter))
    return failure();
  return makeIterator(
      "filter",
      [fn, it = *iter](Interpreter &in, SrcLoc l) -> FailureOr<IterStep> {
        while (true) {
          if (failed(in.step(l)))
            return failure();
          FailureOr<IterStep> step = in.nextItem(it, l);
          if (failed(step) || step->done)
            return step;
          Value keep = step->value;
          if (!fn.isNone()) {
            CallArgs c;
            c.loc = l;
            c.pos.push_back(step->value);
            FailureOr<Value> r = in.call(fn, c);
            if (failed(r))
              return failure();
            keep = *r;
          }
          FailureOr<bool> t = in.isTrue(keep, l);
          if (failed(t))
            return failure();
          if (*t)
            return step;
        }
      });
}

FailureOr<Value> builtinEnumerate(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "enumerate", {"iterable", "start="}, ArgStyle::Clinic};
  // CPython's enumerate checks its arguments by hand before its parser
  // (enum_vectorcall): the keywords by their place, not by their name.
  size_t nargs = a.pos.size(), nkw = a.kw.size();
  auto badKeyword = [&](size_t k) {
    return in.raise(a.loc, "TypeError",
                    "'" + a.kw[k].first +
                        "' is an invalid keyword argument for enumerate()");
  };
  if (nargs + nkw == 2) {
    if (nkw == 1 && a.kw[0].first != "start")
      return badKeyword(0);
    if (nkw == 2) {
      bool startFirst = a.kw[0].first == "start";
      if (startFirst ? a.kw[1].first != "iterable"
                     : a.kw[0].first != "iterable")
        return badKeyword(startFirst ? 1 : 0);
      if (!startFirst && a.kw[1].first != "start")
        return badKeyword(1);
    }
  } else if (nargs + nkw == 1) {
    if (nkw == 1 && a.kw[0].first != "iterable")
      return badKeyword(0);
  } else if (nargs == 0) {
    return in.raise(a.loc, "TypeError",
                    "enumerate() missing required argument 'iterable'");
  }
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &v = *bound;
  int64_t start = 0;
  if (v.given("start")) {
    FailureOr<int64_t> s = in.toInt(v["start"], a.loc, "start");
    if (failed(s))
      return failure();
    start = *s;
  }
  FailureOr<Value> iter = in.getIter(v["iterable"], a.loc);
  if (failed(iter))
    return failure();
  return makeIterator(
      "enumerate",
      [it = *iter, start](Interpreter &in,
                          SrcLoc l) mutable -> FailureOr<IterStep> {
        FailureOr<IterStep> step = in.nextItem(it, l);
        if (failed(step))
          return failure();
        if (step->done)
          return finished();
        return IterStep{Value::tuple({Value::integer(start++), step->value})};
      });
}

FailureOr<Value> builtinReversed(Interpreter &in, CallArgs &a) {
  static const Signature sig{"reversed", {"sequence", "/"}, ArgStyle::Unpack};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  const Value &v = b["sequence"];
  if (v.isList() || v.isTuple() || v.isStr()) {
    // Lists are read live (CPython stops if one shrinks under it).
    Value seq = v;
    if (v.isStr()) {
      std::vector<Value> chars;
      for (std::string &c : unicode::characters(v.getStr()))
        chars.push_back(Value::str(std::move(c)));
      seq = Value::tuple(std::move(chars));
    }
    size_t i = seq.items().size();
    return makeIterator(
        v.isList() ? "list_reverseiterator" : "reversed",
        [seq, i](Interpreter &, SrcLoc) mutable -> FailureOr<IterStep> {
          if (i == 0 || i > seq.items().size())
            return finished();
          return IterStep{seq.items()[--i]};
        });
  }
  if (v.is(ObjKind::Range)) {
    auto *r = v.as<RangeObj>();
    int64_t n = r->size();
    return rangeIterator(r->start + (n - 1) * r->step, -r->step, n);
  }
  if (v.isDict())
    return dictIterator("dict_reversekeyiterator", v, /*reverse=*/true);
  if (ClassObj *cls = classOf(v)) {
    if (cls->lookup("__reversed__")) {
      FailureOr<std::optional<Value>> r =
          in.callSpecial(v, "__reversed__", {}, a.loc);
      if (failed(r))
        return failure();
      return r->value_or(Value::none());
    }
    if (cls->lookup("__len__") && cls->lookup("__getitem__")) {
      FailureOr<std::optional<Value>> n =
          in.callSpecial(v, "__len__", {}, a.loc);
      if (failed(n))
        return failure();
      FailureOr<int64_t> len =
          in.toInt(n->value_or(Value::none()), a.loc, "__len__() result");
      if (failed(len))
        return failure();
      Value obj = v;
      return makeIterator(
          "reversed",
          [obj, i = *len](Interpreter &in,
                          SrcLoc l) mutable -> FailureOr<IterStep> {
            if (i <= 0)
              return finished();
            FailureOr<std::optional<Value>> item =
                in.callSpecial(obj, "__getitem__", {Value::integer(--i)}, l);
            if (failed(item))
              return failure();
            // None when the class no longer has `__getitem__`.
            return IterStep{item->value_or(Value::none())};
          });
    }
  }
  // Arrays and shapes: reversed rows.
  std::vector<Value> items;
  Result r = Result::notImplemented();
  if (v.isObj() && !v.is(ObjKind::Set) && !v.is(ObjKind::FrozenSet) &&
      !v.is(ObjKind::Generator) && !v.is(ObjKind::Iterator) && !classOf(v))
    r = v.get()->iterate(in, a.loc, [&](const Value &x) -> LogicalResult {
      items.push_back(x);
      return success();
    });
  if (r.failed())
    return failure();
  if (!r.implemented())
    return in.raise(a.loc, "TypeError",
                    "'" + typeName(v) + "' object is not reversible");
  std::reverse(items.begin(), items.end());
  return sequenceIterator("reversed", Value::tuple(std::move(items)));
}

/// The value of a step of `it.__next__()`, `generator.send()` or
/// `generator.throw()`; StopIteration with the return value at the end.
FailureOr<Value> valueOrStop(Interpreter &in,
                             const FailureOr<IterStep> &step, SrcLoc l) {
  if (failed(step))
    return failure();
  if (!step->done)
    return step->value;
  std::vector<Value> args;
  if (!step->value.isNone())
    args.push_back(step->value);
  return in.raiseValue(l, in.newException("StopIteration", args));
}

/// `it.__next__()`: next() raising StopIteration at the end.
FailureOr<Value> nextMethod(Interpreter &in, const Value &it, SrcLoc l) {
  return valueOrStop(in, in.nextItem(it, l), l);
}

} // namespace

//===----------------------------------------------------------------------===//
// The protocol
//===----------------------------------------------------------------------===//

bool Interpreter::isIterator(const Value &v) {
  if (v.is(ObjKind::Iterator) || v.is(ObjKind::Generator))
    return true;
  ClassObj *cls = classOf(v);
  return cls && cls->lookup("__next__");
}

FailureOr<Value> Interpreter::getIter(const Value &v, SrcLoc l) {
  if (v.is(ObjKind::Iterator) || v.is(ObjKind::Generator))
    return v;
  if (v.isList() || v.isTuple())
    return sequenceIterator(v.isList() ? "list_iterator" : "tuple_iterator", v);
  if (v.isStr()) {
    // By code point (UTF-8 underneath).
    std::vector<Value> chars;
    bool ascii = true;
    for (char c : v.getStr())
      ascii &= static_cast<unsigned char>(c) < 0x80;
    for (std::string &c : unicode::characters(v.getStr()))
      chars.push_back(Value::str(std::move(c)));
    return sequenceIterator(ascii ? "str_ascii_iterator" : "str_iterator",
                            Value::tuple(std::move(chars)));
  }
  if (isBytes(v)) {
    std::vector<Value> ints;
    for (char c : bytesData(v))
      ints.push_back(Value::integer(static_cast<unsigned char>(c)));
    return sequenceIterator("bytes_iterator", Value::tuple(std::move(ints)));
  }
  if (v.isDict())
    return dictIterator("dict_keyiterator", v, /*reverse=*/false);
  if (v.is(ObjKind::Range)) {
    auto *r = v.as<RangeObj>();
    return rangeIterator(r->start, r->step, r->size());
  }
  if (v.is(ObjKind::Set) || v.is(ObjKind::FrozenSet))
    return iterSet(v);
  if (ClassObj *cls = classOf(v)) {
    if (cls->lookup("__iter__")) {
      FailureOr<std::optional<Value>> r = callSpecial(v, "__iter__", {}, l);
      if (failed(r))
        return failure();
      Value it = r->value_or(Value::none());
      if (!isIterator(it))
        return raise(l, "TypeError", "iter() returned non-iterator of type '" +
                                         typeName(it) + "'");
      return it;
    }
    if (cls->lookup("__getitem__"))
      return getitemIterator(v);
  }
  // Host objects (TF shapes, arrays) iterate natively.
  std::vector<Value> items;
  Result r = Result::notImplemented();
  if (v.isObj() && !classOf(v))
    r = v.get()->iterate(*this, l, [&](const Value &x) -> LogicalResult {
      if (items.size() >= static_cast<size_t>(Limits::kMaxSequence))
        return error(l, "sequence too large");
      items.push_back(x);
      return success();
    });
  if (r.failed())
    return failure();
  if (!r.implemented())
    return raise(l, "TypeError",
                 "'" + typeName(v) + "' object is not iterable");
  return sequenceIterator("list_iterator", Value::tuple(std::move(items)));
}

FailureOr<IterStep> Interpreter::nextItem(const Value &it, SrcLoc l) {
  if (it.is(ObjKind::Iterator)) {
    auto *iter = it.as<IteratorObj>();
    std::shared_ptr<IteratorObj::NextFn> next = iter->next;
    if (!next)
      return finished();
    FailureOr<IterStep> step = (*next)(*this, l);
    if (failed(step))
      return failure();
    if (step->done) {
      // Exhausted for good; drop what it iterated.
      iter->next.reset();
      step->value = Value::none();
    }
    return step;
  }
  if (it.is(ObjKind::Generator))
    return resumeGenerator(*it.as<GeneratorObj>(), Resume::Send, Value::none(),
                           l);
  if (classOf(it)) {
    FailureOr<std::optional<Value>> r = callSpecial(it, "__next__", {}, l);
    // A failure means `__next__` was found and raised.
    if (failed(r)) {
      if (!pendingIs("StopIteration"))
        return failure();
      clearPendingException();
      return finished();
    }
    if (*r)
      return IterStep{**r};
  }
  return raise(l, "TypeError",
               "'" + typeName(it) + "' object is not an iterator");
}

FailureOr<std::optional<Value>>
Interpreter::iteratorMethod(const Value &self, const std::string &name) {
  if (!self.is(ObjKind::Iterator) && !self.is(ObjKind::Generator))
    return std::optional<Value>();
  if (name == "__iter__")
    return std::optional<Value>(
        native(name, [self](Interpreter &, CallArgs &) -> FailureOr<Value> {
          return self;
        }));
  if (name == "__next__")
    return std::optional<Value>(native(
        name, [self](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
          if (!a.pos.empty() || !a.kw.empty())
            return in.raise(a.loc, "TypeError",
                            "expected 0 arguments, got " +
                                std::to_string(a.pos.size() + a.kw.size()));
          return nextMethod(in, self, a.loc);
        }));
  if (self.is(ObjKind::Generator)) {
    auto *g = self.as<GeneratorObj>();
    if (name == "__name__" || name == "__qualname__")
      return std::optional<Value>(Value::str(g->name));
    if (name == "gi_running")
      return std::optional<Value>(
          Value::boolean(g->state == GeneratorObj::State::Running));
    if (name == "send")
      return std::optional<Value>(native(
          name, [self](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            static const Signature sig{
                "generator.send", {"value", "/"}, ArgStyle::Clinic};
            FailureOr<BoundArgs> b = in.bind(sig, a);
            if (failed(b))
              return failure();
            FailureOr<IterStep> step = in.resumeGenerator(
                *self.as<GeneratorObj>(), Resume::Send, (*b)["value"], a.loc);
            return valueOrStop(in, step, a.loc);
          }));
    if (name == "throw")
      return std::optional<Value>(native(
          name, [self](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            static const Signature sig =
                Signature{
                    "throw", {"typ", "val=", "tb=", "/"}, ArgStyle::Clinic}
                    .qualified("generator.throw");
            FailureOr<BoundArgs> bound = in.bind(sig, a);
            if (failed(bound))
              return failure();
            BoundArgs &b = *bound;
            Value exc = b["typ"];
            if (exc.is(ObjKind::Class) && exc.as<ClassObj>()->isException) {
              CallArgs c;
              c.loc = a.loc;
              if (!b["val"].isNone())
                c.pos.push_back(b["val"]);
              FailureOr<Value> made = in.call(b["typ"], c);
              if (failed(made))
                return failure();
              exc = *made;
            } else if (!(classOf(exc) && classOf(exc)->isException)) {
              return in.raise(a.loc, "TypeError",
                              "exceptions must be classes or instances "
                              "deriving from BaseException, not " +
                                  typeName(exc));
            }
            FailureOr<IterStep> step = in.resumeGenerator(
                *self.as<GeneratorObj>(), Resume::Throw, exc, a.loc);
            return valueOrStop(in, step, a.loc);
          }));
    if (name == "close")
      return std::optional<Value>(native(
          name, [self](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            static const Signature sig{
                "generator.close", {}, ArgStyle::Clinic};
            if (failed(in.bind(sig, a)) ||
                failed(in.closeGenerator(*self.as<GeneratorObj>(), a.loc)))
              return failure();
            return Value::none();
          }));
  }
  return std::optional<Value>();
}

void Interpreter::installIteratorBuiltins() {
  auto add = [&](const std::string &n, NativeFn fn) {
    builtins[n] = native(n, std::move(fn));
  };
  add("iter", builtinIter);
  add("next", builtinNext);
  add("zip", builtinZip);
  add("map", builtinMap);
  add("filter", builtinFilter);
  add("enumerate", builtinEnumerate);
  add("reversed", builtinReversed);
  // StopIteration.value: the generator's return value (the first argument).
  Value stop = builtins["StopIteration"];
  auto value = std::make_shared<PropertyObj>();
  value->fget =
      native("value", [](Interpreter &, CallArgs &a) -> FailureOr<Value> {
        const Value *args =
            a.pos.empty() || !a.pos[0].is(ObjKind::Instance)
                ? nullptr
                : a.pos[0].as<InstanceObj>()->dict.find("args");
        return args && args->isTuple() && !args->items().empty()
                   ? args->items()[0]
                   : Value::none();
      });
  stop.as<ClassObj>()->dict.set("value", Value::object(value));
}

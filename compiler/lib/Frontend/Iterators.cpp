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

/// Iterates `items` (a list is read live: it may grow while iterated).
Value sequenceIterator(const std::string &type, Value seq) {
  size_t i = 0;
  return makeIterator(type, [seq, i](Interpreter &, SrcLoc, Value &out,
                                     bool &done) mutable {
    if (i >= seq.items().size()) {
      done = true;
      return true;
    }
    out = seq.items()[i++];
    return true;
  });
}

/// Iterates a class through `__getitem__(0)`, `__getitem__(1)`, ... until
/// IndexError (CPython's sequence iterator).
Value getitemIterator(Value obj) {
  int64_t i = 0;
  return makeIterator("iterator", [obj, i](Interpreter &in, SrcLoc l,
                                           Value &out, bool &done) mutable {
    bool found;
    if (in.callSpecial(obj, "__getitem__", {Value::integer(i)}, l, out,
                       found)) {
      ++i;
      return true;
    }
    if (!in.pendingIs("IndexError") && !in.pendingIs("StopIteration"))
      return false;
    in.clearPendingException();
    done = true;
    return true;
  });
}

bool iterSet(Interpreter &in, const Value &set, Value &out) {
  (void)in;
  auto *s = set.as<SetObj>();
  uint64_t version = s->version;
  size_t slot = 0;
  out = makeIterator("set_iterator", [set, version, slot](
                                         Interpreter &in, SrcLoc l,
                                         Value &out, bool &done) mutable {
    auto *s = set.as<SetObj>();
    if (s->version != version)
      return in.raise(l, "RuntimeError", "Set changed size during iteration");
    while (slot < s->slots.size() && !s->slots[slot].live)
      ++slot;
    if (slot == s->slots.size()) {
      done = true;
      return true;
    }
    out = s->slots[slot++].value;
    return true;
  });
  return true;
}

/// Iterates a dict's keys as CPython does, failing if its size changes.
Value dictIterator(const std::string &type, Value dict, bool reverse) {
  size_t n = dict.as<DictObj>()->entries.size();
  size_t i = 0;
  return makeIterator(type, [dict, n, i, reverse](Interpreter &in, SrcLoc l,
                                                  Value &out,
                                                  bool &done) mutable {
    auto &entries = dict.as<DictObj>()->entries;
    if (entries.size() != n)
      return in.raise(l, "RuntimeError",
                      "dictionary changed size during iteration");
    if (i >= n) {
      done = true;
      return true;
    }
    out = entries[reverse ? n - 1 - i : i].first;
    ++i;
    return true;
  });
}

Value rangeIterator(int64_t start, int64_t step, int64_t count) {
  int64_t i = 0;
  return makeIterator("range_iterator", [=](Interpreter &, SrcLoc, Value &out,
                                            bool &done) mutable {
    if (i >= count) {
      done = true;
      return true;
    }
    out = Value::integer(start + i++ * step);
    return true;
  });
}

/// iter() of each argument.
bool iterAll(Interpreter &in, const std::vector<Value> &values, SrcLoc l,
             std::vector<Value> &out) {
  for (const Value &v : values) {
    Value it;
    if (!in.getIter(v, l, it))
      return false;
    out.push_back(it);
  }
  return true;
}

/// One item from each iterator (zip, map); `done` at the first exhausted.
bool nextOfEach(Interpreter &in, SrcLoc l, const std::vector<Value> &its,
                std::vector<Value> &items, bool &done) {
  for (const Value &it : its) {
    Value v;
    if (!in.nextItem(it, l, v, done))
      return false;
    if (done)
      return true;
    items.push_back(v);
  }
  return true;
}

bool builtinIter(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "iter", {"object", "sentinel=", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  if (!b.given("sentinel"))
    return in.getIter(b["object"], a.loc, out);
  // iter(callable, sentinel): calls until the sentinel comes back.
  Value fn = b["object"], sentinel = b["sentinel"];
  if (!fn.is(ObjKind::Function) && !fn.is(ObjKind::Builtin) &&
      !fn.is(ObjKind::BoundMethod) && !fn.is(ObjKind::Class) &&
      !(classOf(fn) && classOf(fn)->lookup("__call__")))
    return in.raise(a.loc, "TypeError", "iter(v, w): v must be callable");
  out = makeIterator("callable_iterator",
                     [fn, sentinel](Interpreter &in, SrcLoc l, Value &out,
                                    bool &done) {
                       CallArgs c;
                       c.loc = l;
                       Value eq;
                       if (!in.call(fn, c, out) ||
                           !in.compare(CmpOpKind::Eq, out, sentinel, l, eq))
                         return false;
                       return in.isTrue(eq, l, done);
                     });
  return true;
}

bool builtinNext(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "next", {"iterator", "default=", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  const Value &it = b["iterator"];
  if (!in.isIterator(it))
    return in.raise(a.loc, "TypeError",
                    "'" + typeName(it) + "' object is not an iterator");
  bool done = false;
  if (classOf(it)) {
    // The class's own StopIteration propagates unless there is a default.
    bool found;
    if (in.callSpecial(it, "__next__", {}, a.loc, out, found))
      return true;
    if (!b.given("default") || !in.pendingIs("StopIteration"))
      return false;
    in.clearPendingException();
    done = true;
  } else if (!in.nextItem(it, a.loc, out, done)) {
    return false;
  }
  if (!done)
    return true;
  if (b.given("default")) {
    out = b["default"];
    return true;
  }
  // A generator's return value travels in the StopIteration.
  std::vector<Value> args;
  if (!out.isNone())
    args.push_back(out);
  return in.raiseValue(a.loc, in.newException("StopIteration", args));
}

/// "zip() argument 2 is shorter than argument 1" ("than arguments 1-2").
bool zipLengthError(Interpreter &in, SrcLoc l, size_t i, const char *what) {
  std::string others =
      i == 1 ? "argument 1" : "arguments 1-" + std::to_string(i);
  return in.raise(l, "ValueError",
                  "zip() argument " + std::to_string(i + 1) + " is " + what +
                      " than " + others);
}

bool builtinZip(Interpreter &in, CallArgs &a, Value &out) {
  // CPython parses the keyword arguments alone ("zip() takes at most 1
  // keyword argument (2 given)").
  static const Signature sig{"zip", {"*iterables"}, ArgStyle::Clinic},
      kwSig{"zip", {"*", "strict="}, ArgStyle::Clinic};
  BoundArgs b, kb;
  CallArgs posArgs = positionalPart(a), kwArgs = keywordPart(a);
  bool strict = false;
  if (!in.bind(sig, posArgs, b) || !in.bind(kwSig, kwArgs, kb) ||
      (kb.given("strict") && !in.isTrue(kb["strict"], a.loc, strict)))
    return false;
  std::vector<Value> its;
  if (!iterAll(in, b.args(), a.loc, its))
    return false;
  out = makeIterator(
      "zip", [its, strict](Interpreter &in, SrcLoc l, Value &out, bool &done) {
        if (its.empty()) {
          done = true;
          return true;
        }
        std::vector<Value> items;
        if (!nextOfEach(in, l, its, items, done))
          return false;
        if (!done) {
          out = Value::tuple(std::move(items));
          return true;
        }
        if (!strict)
          return true;
        // zip(strict=True): every iterator ends at the same item.
        if (!items.empty())
          return zipLengthError(in, l, items.size(), "shorter");
        for (size_t i = 1; i < its.size(); ++i) {
          Value v;
          bool end = false;
          if (!in.nextItem(its[i], l, v, end))
            return false;
          if (!end)
            return zipLengthError(in, l, i, "longer");
        }
        return true;
      });
  return true;
}

bool builtinMap(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "map", {"func", "/", "*iterables"}, ArgStyle::Clinic};
  // CPython's own message for fewer than two arguments.
  if (a.kw.empty() && a.pos.size() < 2)
    return in.raise(a.loc, "TypeError",
                    "map() must have at least two arguments.");
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  std::vector<Value> its;
  if (!iterAll(in, b.args(), a.loc, its))
    return false;
  Value fn = b["func"];
  out = makeIterator("map", [fn, its](Interpreter &in, SrcLoc l, Value &out,
                                      bool &done) {
    CallArgs c;
    c.loc = l;
    if (!nextOfEach(in, l, its, c.pos, done))
      return false;
    return done || in.call(fn, c, out);
  });
  return true;
}

bool builtinFilter(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "filter", {"function", "iterable", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  Value fn = b["function"], it;
  if (!in.getIter(b["iterable"], a.loc, it))
    return false;
  out = makeIterator("filter", [fn, it](Interpreter &in, SrcLoc l,
                                        Value &out, bool &done) {
    while (true) {
      if (!in.step(l) || !in.nextItem(it, l, out, done))
        return false;
      if (done)
        return true;
      Value keep = out;
      if (!fn.isNone()) {
        CallArgs c;
        c.loc = l;
        c.pos.push_back(out);
        if (!in.call(fn, c, keep))
          return false;
      }
      bool t;
      if (!in.isTrue(keep, l, t))
        return false;
      if (t)
        return true;
    }
  });
  return true;
}

bool builtinEnumerate(Interpreter &in, CallArgs &a, Value &out) {
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
  BoundArgs v;
  if (!in.bind(sig, a, v))
    return false;
  int64_t start = 0;
  Value it;
  if (v.given("start") && !in.toInt(v["start"], a.loc, start, "start"))
    return false;
  if (!in.getIter(v["iterable"], a.loc, it))
    return false;
  out = makeIterator("enumerate", [it, start](Interpreter &in, SrcLoc l,
                                              Value &out,
                                              bool &done) mutable {
    Value item;
    if (!in.nextItem(it, l, item, done))
      return false;
    if (!done)
      out = Value::tuple({Value::integer(start++), item});
    return true;
  });
  return true;
}

bool builtinReversed(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"reversed", {"sequence", "/"}, ArgStyle::Unpack};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
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
    out = makeIterator(v.isList() ? "list_reverseiterator" : "reversed",
                       [seq, i](Interpreter &, SrcLoc, Value &out,
                                bool &done) mutable {
                         if (i == 0 || i > seq.items().size()) {
                           done = true;
                           return true;
                         }
                         out = seq.items()[--i];
                         return true;
                       });
    return true;
  }
  if (v.is(ObjKind::Range)) {
    auto *r = v.as<RangeObj>();
    int64_t n = r->size();
    out = rangeIterator(r->start + (n - 1) * r->step, -r->step, n);
    return true;
  }
  if (v.isDict()) {
    out = dictIterator("dict_reversekeyiterator", v, /*reverse=*/true);
    return true;
  }
  if (ClassObj *cls = classOf(v)) {
    bool found;
    if (cls->lookup("__reversed__"))
      return in.callSpecial(v, "__reversed__", {}, a.loc, out, found);
    if (cls->lookup("__len__") && cls->lookup("__getitem__")) {
      Value n;
      if (!in.callSpecial(v, "__len__", {}, a.loc, n, found))
        return false;
      int64_t i;
      if (!in.toInt(n, a.loc, i, "__len__() result"))
        return false;
      Value obj = v;
      out = makeIterator("reversed", [obj, i](Interpreter &in, SrcLoc l,
                                              Value &out,
                                              bool &done) mutable {
        if (i <= 0) {
          done = true;
          return true;
        }
        bool found;
        return in.callSpecial(obj, "__getitem__", {Value::integer(--i)}, l,
                              out, found);
      });
      return true;
    }
  }
  // Arrays and shapes: reversed rows.
  std::vector<Value> items;
  Result r = Result::notImplemented();
  if (v.isObj() && !v.is(ObjKind::Set) && !v.is(ObjKind::FrozenSet) &&
      !v.is(ObjKind::Generator) && !v.is(ObjKind::Iterator) && !classOf(v))
    r = v.get()->iterate(in, a.loc, [&](const Value &x) {
      items.push_back(x);
      return true;
    });
  if (r.failed())
    return false;
  if (!r.implemented())
    return in.raise(a.loc, "TypeError",
                    "'" + typeName(v) + "' object is not reversible");
  std::reverse(items.begin(), items.end());
  out = sequenceIterator("reversed", Value::tuple(std::move(items)));
  return true;
}

/// `it.__next__()`: next() raising StopIteration at the end.
bool nextMethod(Interpreter &in, const Value &it, SrcLoc l, Value &out) {
  bool done;
  if (!in.nextItem(it, l, out, done))
    return false;
  if (!done)
    return true;
  std::vector<Value> args;
  if (!out.isNone())
    args.push_back(out);
  return in.raiseValue(l, in.newException("StopIteration", args));
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

bool Interpreter::getIter(const Value &v, SrcLoc l, Value &out) {
  if (v.is(ObjKind::Iterator) || v.is(ObjKind::Generator)) {
    out = v;
    return true;
  }
  if (v.isList() || v.isTuple()) {
    out = sequenceIterator(v.isList() ? "list_iterator" : "tuple_iterator", v);
    return true;
  }
  if (v.isStr()) {
    // By code point (UTF-8 underneath).
    std::vector<Value> chars;
    bool ascii = true;
    for (char c : v.getStr())
      ascii &= static_cast<unsigned char>(c) < 0x80;
    for (std::string &c : unicode::characters(v.getStr()))
      chars.push_back(Value::str(std::move(c)));
    out = sequenceIterator(ascii ? "str_ascii_iterator" : "str_iterator",
                           Value::tuple(std::move(chars)));
    return true;
  }
  if (isBytes(v)) {
    std::vector<Value> ints;
    for (char c : bytesData(v))
      ints.push_back(Value::integer(static_cast<unsigned char>(c)));
    out = sequenceIterator("bytes_iterator", Value::tuple(std::move(ints)));
    return true;
  }
  if (v.isDict()) {
    out = dictIterator("dict_keyiterator", v, /*reverse=*/false);
    return true;
  }
  if (v.is(ObjKind::Range)) {
    auto *r = v.as<RangeObj>();
    out = rangeIterator(r->start, r->step, r->size());
    return true;
  }
  if (v.is(ObjKind::Set) || v.is(ObjKind::FrozenSet))
    return iterSet(*this, v, out);
  if (ClassObj *cls = classOf(v)) {
    bool found;
    if (cls->lookup("__iter__")) {
      if (!callSpecial(v, "__iter__", {}, l, out, found))
        return false;
      if (!isIterator(out))
        return raise(l, "TypeError", "iter() returned non-iterator of type '" +
                                         typeName(out) + "'");
      return true;
    }
    if (cls->lookup("__getitem__")) {
      out = getitemIterator(v);
      return true;
    }
  }
  // Host objects (TF shapes, arrays) iterate natively.
  std::vector<Value> items;
  Result r = Result::notImplemented();
  if (v.isObj() && !classOf(v))
    r = v.get()->iterate(*this, l, [&](const Value &x) {
      if (items.size() >= static_cast<size_t>(Limits::kMaxSequence))
        return error(l, "sequence too large");
      items.push_back(x);
      return true;
    });
  if (r.failed())
    return false;
  if (!r.implemented())
    return raise(l, "TypeError",
                 "'" + typeName(v) + "' object is not iterable");
  out = sequenceIterator("list_iterator", Value::tuple(std::move(items)));
  return true;
}

bool Interpreter::nextItem(const Value &it, SrcLoc l, Value &out,
                           bool &done) {
  done = false;
  out = Value::none();
  if (it.is(ObjKind::Iterator)) {
    auto *iter = it.as<IteratorObj>();
    std::shared_ptr<IteratorObj::NextFn> next = iter->next;
    if (!next) {
      done = true;
      return true;
    }
    if (!(*next)(*this, l, out, done))
      return false;
    if (done) {
      // Exhausted for good; drop what it iterated.
      iter->next.reset();
      out = Value::none();
    }
    return true;
  }
  if (it.is(ObjKind::Generator))
    return resumeGenerator(*it.as<GeneratorObj>(), Resume::Send, Value::none(),
                           l, out, done);
  if (classOf(it)) {
    bool found = false;
    bool ok = callSpecial(it, "__next__", {}, l, out, found);
    if (found && !ok && pendingIs("StopIteration")) {
      clearPendingException();
      out = Value::none();
      done = true;
      return true;
    }
    if (found || !ok)
      return ok;
  }
  return raise(l, "TypeError",
               "'" + typeName(it) + "' object is not an iterator");
}

bool Interpreter::iteratorMethod(const Value &self, const std::string &name,
                                 Value &out, bool &found) {
  found = false;
  if (!self.is(ObjKind::Iterator) && !self.is(ObjKind::Generator))
    return true;
  found = true;
  if (name == "__iter__") {
    out = native(name, [self](Interpreter &, CallArgs &, Value &o) {
      o = self;
      return true;
    });
    return true;
  }
  if (name == "__next__") {
    out = native(name, [self](Interpreter &in, CallArgs &a, Value &o) {
      if (!a.pos.empty() || !a.kw.empty())
        return in.raise(a.loc, "TypeError",
                        "expected 0 arguments, got " +
                            std::to_string(a.pos.size() + a.kw.size()));
      return nextMethod(in, self, a.loc, o);
    });
    return true;
  }
  if (self.is(ObjKind::Generator)) {
    auto *g = self.as<GeneratorObj>();
    if (name == "__name__" || name == "__qualname__") {
      out = Value::str(g->name);
      return true;
    }
    if (name == "gi_running") {
      out = Value::boolean(g->state == GeneratorObj::State::Running);
      return true;
    }
    if (name == "send") {
      out = native(name, [self](Interpreter &in, CallArgs &a, Value &o) {
        static const Signature sig{
            "generator.send", {"value", "/"}, ArgStyle::Clinic};
        BoundArgs b;
        if (!in.bind(sig, a, b))
          return false;
        bool done;
        if (!in.resumeGenerator(*self.as<GeneratorObj>(), Resume::Send,
                                b["value"], a.loc, o, done))
          return false;
        if (!done)
          return true;
        std::vector<Value> args;
        if (!o.isNone())
          args.push_back(o);
        return in.raiseValue(a.loc, in.newException("StopIteration", args));
      });
      return true;
    }
    if (name == "throw") {
      out = native(name, [self](Interpreter &in, CallArgs &a, Value &o) {
        static const Signature sig =
            Signature{"throw", {"typ", "val=", "tb=", "/"}, ArgStyle::Clinic}
                .qualified("generator.throw");
        BoundArgs b;
        if (!in.bind(sig, a, b))
          return false;
        Value exc = b["typ"];
        if (exc.is(ObjKind::Class) && exc.as<ClassObj>()->isException) {
          CallArgs c;
          c.loc = a.loc;
          if (!b["val"].isNone())
            c.pos.push_back(b["val"]);
          if (!in.call(b["typ"], c, exc))
            return false;
        } else if (!(classOf(exc) && classOf(exc)->isException)) {
          return in.raise(a.loc, "TypeError",
                          "exceptions must be classes or instances deriving "
                          "from BaseException, not " +
                              typeName(exc));
        }
        bool done;
        if (!in.resumeGenerator(*self.as<GeneratorObj>(), Resume::Throw, exc,
                                a.loc, o, done))
          return false;
        if (!done)
          return true;
        std::vector<Value> args;
        if (!o.isNone())
          args.push_back(o);
        return in.raiseValue(a.loc, in.newException("StopIteration", args));
      });
      return true;
    }
    if (name == "close") {
      out = native(name, [self](Interpreter &in, CallArgs &a, Value &o) {
        static const Signature sig{"generator.close", {}, ArgStyle::Clinic};
        BoundArgs b;
        if (!in.bind(sig, a, b))
          return false;
        o = Value::none();
        return in.closeGenerator(*self.as<GeneratorObj>(), a.loc);
      });
      return true;
    }
  }
  found = false;
  return true;
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
  value->fget = native("value", [](Interpreter &, CallArgs &a, Value &o) {
    const Value *args = a.pos.empty() || !a.pos[0].is(ObjKind::Instance)
                            ? nullptr
                            : a.pos[0].as<InstanceObj>()->dict.find("args");
    o = args && args->isTuple() && !args->items().empty() ? args->items()[0]
                                                          : Value::none();
    return true;
  });
  stop.as<ClassObj>()->dict.set("value", Value::object(value));
}

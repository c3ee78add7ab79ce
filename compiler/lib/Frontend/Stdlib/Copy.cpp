//===- Copy.cpp - The `copy` module ---------------------------------------===//
//
// copy(x) and deepcopy(x) of Python data: lists, dicts (and the
// `collections` containers, through their own copy()), tuples, instances
// of Python classes (their attributes; `__copy__`/`__deepcopy__` when the
// class defines them). Immutable values, functions, classes, modules and
// TensorFlow objects are returned as they are: a copy of a tensor or a
// variable refers to the same graph object, as it would under TensorFlow.
// deepcopy keeps shared references shared and copies cycles (a memo).
//
//===----------------------------------------------------------------------===//

#include "Support.h"

#include "../Classes.h"

#include "llvm/ADT/DenseMap.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

/// A dict or list of a `collections` type, copied by its own copy().
bool isContainerSubtype(const Value &x) {
  return (x.isDict() && x.get()->typeName() != "dict") ||
         (x.isList() && x.get()->typeName() != "list");
}

/// The shallow copy of `x`.
bool shallow(Interpreter &in, const Value &x, SrcLoc l, Value &out) {
  if (isContainerSubtype(x)) {
    Value fn;
    return in.getAttr(x, "copy", l, fn) && callWith(in, fn, {}, l, out);
  }
  if (x.isList()) {
    out = Value::list(x.items());
    return true;
  }
  if (x.isDict()) {
    auto d = std::make_shared<DictObj>();
    auto *src = x.as<DictObj>();
    for (size_t i = 0; i < src->entries.size(); ++i)
      d->set(src->keys[i], src->entries[i].first, src->entries[i].second);
    out = Value::object(d);
    return true;
  }
  if (ClassObj *cls = classOf(x)) {
    bool found;
    if (!in.callSpecial(x, "__copy__", {}, l, out, found))
      return false;
    if (found)
      return true;
    if (cls->isException) {
      out = x;
      return true;
    }
    auto inst = std::make_shared<InstanceObj>(x.as<InstanceObj>()->cls);
    inst->dict = x.as<InstanceObj>()->dict;
    out = Value::object(inst);
    return true;
  }
  out = x;
  return true;
}

using Memo = llvm::DenseMap<const Object *, Value>;

bool deep(Interpreter &in, const Value &x, SrcLoc l, Memo &memo, Value &out) {
  if (!x.isObj()) {
    out = x;
    return true;
  }
  auto it = memo.find(x.get());
  if (it != memo.end()) {
    out = it->second;
    return true;
  }
  if (!in.step(l))
    return false;
  if (x.isTuple()) {
    // A tuple is copied only when an element is (a namedtuple keeps its
    // class through _make).
    std::vector<Value> items;
    bool changed = false;
    for (const Value &v : x.items()) {
      Value c;
      if (!deep(in, v, l, memo, c))
        return false;
      changed |= !identical(c, v);
      items.push_back(c);
    }
    auto again = memo.find(x.get());
    if (again != memo.end()) {
      out = again->second;
      return true;
    }
    if (!changed) {
      out = x;
    } else if (x.get()->typeName() == "tuple") {
      out = Value::tuple(std::move(items));
    } else {
      Value make;
      if (!in.getAttr(x, "_make", l, make) ||
          !callWith(in, make, {Value::list(std::move(items))}, l, out))
        return false;
    }
    memo[x.get()] = out;
    return true;
  }
  if (x.isList() || x.isDict()) {
    if (!shallow(in, x, l, out))
      return false;
    memo[x.get()] = out;
    if (out.isList()) {
      for (Value &v : out.items())
        if (!deep(in, Value(v), l, memo, v))
          return false;
      return true;
    }
    auto *d = out.as<DictObj>();
    for (size_t i = 0; i < d->entries.size(); ++i) {
      Value v;
      if (!deep(in, d->entries[i].second, l, memo, v))
        return false;
      d->entries[i].second = v;
    }
    return true;
  }
  if (ClassObj *cls = classOf(x)) {
    bool found;
    auto memoDict = std::make_shared<DictObj>();
    if (!in.callSpecial(x, "__deepcopy__", {Value::object(memoDict)}, l, out,
                        found))
      return false;
    if (found) {
      memo[x.get()] = out;
      return true;
    }
    if (cls->isException) {
      out = x;
      return true;
    }
    auto inst = std::make_shared<InstanceObj>(x.as<InstanceObj>()->cls);
    out = Value::object(inst);
    memo[x.get()] = out;
    const AttrDict &src = x.as<InstanceObj>()->dict;
    for (const std::string &name : src.order) {
      Value v;
      if (!deep(in, *src.find(name), l, memo, v))
        return false;
      inst->dict.set(name, v);
    }
    return true;
  }
  out = x;
  return true;
}

} // namespace

Value stdlib::makeCopy(Interpreter &in) {
  (void)in;
  auto m = newModule("copy");
  addFunction(*m, "copy", [](Interpreter &in, CallArgs &a, Value &out) {
    static const Signature sig{"copy", {"x"}};
    BoundArgs v;
    return in.bind(sig, a, v) && shallow(in, v["x"], a.loc, out);
  });
  addFunction(*m, "deepcopy", [](Interpreter &in, CallArgs &a, Value &out) {
    static const Signature sig{"deepcopy", {"x", "memo=", "_nil="}};
    BoundArgs v;
    Memo memo;
    return in.bind(sig, a, v) && deep(in, v["x"], a.loc, memo, out);
  });
  return Value::object(m);
}

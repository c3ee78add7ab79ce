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
FailureOr<Value> shallow(Interpreter &in, const Value &x, SrcLoc l) {
  if (isContainerSubtype(x)) {
    FailureOr<Value> fn = in.getAttr(x, "copy", l);
    if (failed(fn))
      return failure();
    return callWith(in, *fn, {}, l);
  }
  if (x.isList())
    return Value::list(x.items());
  if (x.isDict()) {
    auto d = std::make_shared<DictObj>();
    auto *src = x.as<DictObj>();
    for (size_t i = 0; i < src->entries.size(); ++i)
      d->set(src->keys[i], src->entries[i].first, src->entries[i].second);
    return Value::object(d);
  }
  if (ClassObj *cls = classOf(x)) {
    FailureOr<std::optional<Value>> r = in.callSpecial(x, "__copy__", {}, l);
    if (failed(r))
      return failure();
    if (*r)
      return **r;
    if (cls->isException)
      return x;
    auto inst = std::make_shared<InstanceObj>(x.as<InstanceObj>()->cls);
    inst->dict = x.as<InstanceObj>()->dict;
    return Value::object(inst);
  }
  return x;
}

using Memo = llvm::DenseMap<const Object *, Value>;

FailureOr<Value> deep(Interpreter &in, const Value &x, SrcLoc l, Memo &memo) {
  if (!x.isObj())
    return x;
  auto it = memo.find(x.get());
  if (it != memo.end())
    return it->second;
  if (failed(in.step(l)))
    return failure();
  if (x.isTuple()) {
    // A tuple is copied only when an element is (a namedtuple keeps its
    // class through _make).
    std::vector<Value> items;
    bool changed = false;
    for (const Value &v : x.items()) {
      FailureOr<Value> c = deep(in, v, l, memo);
      if (failed(c))
        return failure();
      changed |= !identical(*c, v);
      items.push_back(*c);
    }
    auto again = memo.find(x.get());
    if (again != memo.end())
      return again->second;
    Value out;
    if (!changed) {
      out = x;
    } else if (x.get()->typeName() == "tuple") {
      out = Value::tuple(std::move(items));
    } else {
      FailureOr<Value> make = in.getAttr(x, "_make", l);
      if (failed(make))
        return failure();
      FailureOr<Value> made =
          callWith(in, *make, {Value::list(std::move(items))}, l);
      if (failed(made))
        return failure();
      out = *made;
    }
    memo[x.get()] = out;
    return out;
  }
  if (x.isList() || x.isDict()) {
    FailureOr<Value> copied = shallow(in, x, l);
    if (failed(copied))
      return failure();
    Value out = *copied;
    memo[x.get()] = out;
    if (out.isList()) {
      for (Value &v : out.items()) {
        FailureOr<Value> c = deep(in, Value(v), l, memo);
        if (failed(c))
          return failure();
        v = *c;
      }
      return out;
    }
    auto *d = out.as<DictObj>();
    for (size_t i = 0; i < d->entries.size(); ++i) {
      FailureOr<Value> v = deep(in, d->entries[i].second, l, memo);
      if (failed(v))
        return failure();
      d->entries[i].second = *v;
    }
    return out;
  }
  if (ClassObj *cls = classOf(x)) {
    auto memoDict = std::make_shared<DictObj>();
    FailureOr<std::optional<Value>> r =
        in.callSpecial(x, "__deepcopy__", {Value::object(memoDict)}, l);
    if (failed(r))
      return failure();
    if (*r) {
      memo[x.get()] = **r;
      return **r;
    }
    if (cls->isException)
      return x;
    auto inst = std::make_shared<InstanceObj>(x.as<InstanceObj>()->cls);
    Value out = Value::object(inst);
    memo[x.get()] = out;
    const AttrDict &src = x.as<InstanceObj>()->dict;
    for (const std::string &name : src.order) {
      FailureOr<Value> v = deep(in, *src.find(name), l, memo);
      if (failed(v))
        return failure();
      inst->dict.set(name, *v);
    }
    return out;
  }
  return x;
}

} // namespace

Value stdlib::makeCopy(Interpreter &in) {
  (void)in;
  auto m = newModule("copy");
  addFunction(*m, "copy", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"copy", {"x"}};
    FailureOr<BoundArgs> v = in.bind(sig, a);
    if (failed(v))
      return failure();
    return shallow(in, (*v)["x"], a.loc);
  });
  addFunction(*m, "deepcopy",
              [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                static const Signature sig{"deepcopy", {"x", "memo=", "_nil="}};
                FailureOr<BoundArgs> v = in.bind(sig, a);
                if (failed(v))
                  return failure();
                Memo memo;
                return deep(in, (*v)["x"], a.loc, memo);
              });
  return Value::object(m);
}

//===- Keys.cpp - Dict keys and set elements: hashing and equality --------===//
//
// Dicts and sets are keyed by a string (hashKey(), Value.h) that equal
// values share: numbers by value, strings and tuples by content, other
// objects by identity. Instances of classes with a `__hash__` of their own
// are keyed through it and `__eq__`, as CPython looks them up: the key is
// the hash plus the index of the first object seen with that hash that is
// equal to this one (Interpreter::hashRepresentatives), so equal objects
// share a key and unequal objects whose hashes collide do not.
//
//===----------------------------------------------------------------------===//

#include "Classes.h"
#include "Interpreter.h"

using namespace scopec::frontend;

FailureOr<std::string> Interpreter::dictKey(const Value &v, SrcLoc l) {
  std::string key, err;
  if (hashKey(v, key, err))
    return key;
  // An empty message: `__hash__` or `__eq__` raised, its exception pends.
  if (err.empty())
    return failure();
  return raise(l, "TypeError", err);
}

FailureOr<std::string> Interpreter::hashedKey(const Value &obj, int64_t hash) {
  std::vector<Value> &seen = hashRepresentatives[hash];
  size_t i = 0;
  for (; i < seen.size(); ++i) {
    if (identical(seen[i], obj))
      break;
    FailureOr<bool> eq = equal(seen[i], obj, currentLoc);
    if (failed(eq))
      return failure();
    if (*eq)
      break;
  }
  if (i == seen.size())
    seen.push_back(obj);
  return "H" + std::to_string(hash) + "#" + std::to_string(i);
}

FailureOr<bool> Interpreter::equal(const Value &a, const Value &b, SrcLoc l) {
  if (identical(a, b))
    return true;
  FailureOr<Value> r = compare(CmpOpKind::Eq, a, b, l);
  if (failed(r))
    return failure();
  return isTrue(*r, l);
}

FailureOr<bool> Interpreter::contentsEqual(const Value &a, const Value &b,
                                           SrcLoc l) {
  // Types with an equality of their own (OrderedDict, deque) decide.
  for (const Value *v : {&a, &b})
    if (v->isObj())
      if (int r = v->get()->equals(v == &a ? b : a); r >= 0)
        return r != 0;
  if ((a.isList() && b.isList()) || (a.isTuple() && b.isTuple())) {
    const std::vector<Value> &x = a.items(), &y = b.items();
    if (x.size() != y.size())
      return false;
    for (size_t i = 0; i < x.size() && i < y.size(); ++i) {
      FailureOr<bool> eq = equal(x[i], y[i], l);
      if (failed(eq) || !*eq)
        return eq;
    }
    return true;
  }
  if (a.isDict() && b.isDict()) {
    auto *x = a.as<DictObj>(), *y = b.as<DictObj>();
    if (x->entries.size() != y->entries.size())
      return false;
    for (size_t i = 0; i < x->entries.size(); ++i) {
      int64_t j = y->find(x->keys[i]);
      if (j < 0)
        return false;
      FailureOr<bool> eq = equal(x->entries[i].second, y->entries[j].second, l);
      if (failed(eq) || !*eq)
        return eq;
    }
    return true;
  }
  return valuesEqual(a, b);
}

bool InstanceObj::hash(std::string &key, std::string &error) const {
  ClassObj *c = getClass();
  const Value *h = c->lookup("__hash__");
  if (h && h->isNone()) {
    error = "unhashable type: '" + c->name + "'";
    return false;
  }
  if (!h || !h->is(ObjKind::Function))
    return Object::hash(key, error); // object.__hash__: identity
  Interpreter &in = Interpreter::current();
  Value self =
      Value::object(std::const_pointer_cast<Object>(shared_from_this()));
  error.clear();
  FailureOr<std::optional<Value>> r =
      in.callSpecial(self, "__hash__", {}, in.currentLoc);
  if (failed(r))
    return false;
  if (!(*r)->isIntLike()) {
    (void)in.raise(in.currentLoc, "TypeError",
                   "__hash__ method should return an integer");
    return false;
  }
  // CPython reduces the value to a Py_hash_t, where -1 means "failed".
  int64_t value = (*r)->getInt() == -1 ? -2 : (*r)->getInt();
  FailureOr<std::string> hashed = in.hashedKey(self, value);
  if (failed(hashed))
    return false;
  key = std::move(*hashed);
  return true;
}

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

bool Interpreter::dictKey(const Value &v, SrcLoc l, std::string &key) {
  std::string err;
  if (hashKey(v, key, err))
    return true;
  // An empty message: `__hash__` or `__eq__` raised, its exception pends.
  return err.empty() ? false : raise(l, "TypeError", err);
}

bool Interpreter::hashedKey(const Value &obj, int64_t hash,
                            std::string &key) {
  std::vector<Value> &seen = hashRepresentatives[hash];
  size_t i = 0;
  for (; i < seen.size(); ++i) {
    if (identical(seen[i], obj))
      break;
    bool eq;
    if (!equal(seen[i], obj, currentLoc, eq))
      return false;
    if (eq)
      break;
  }
  if (i == seen.size())
    seen.push_back(obj);
  key = "H" + std::to_string(hash) + "#" + std::to_string(i);
  return true;
}

bool Interpreter::equal(const Value &a, const Value &b, SrcLoc l,
                        bool &out) {
  if (identical(a, b)) {
    out = true;
    return true;
  }
  Value r;
  return compare(CmpOpKind::Eq, a, b, l, r) && isTrue(r, l, out);
}

bool Interpreter::contentsEqual(const Value &a, const Value &b, SrcLoc l,
                                bool &out) {
  // Types with an equality of their own (OrderedDict, deque) decide.
  for (const Value *v : {&a, &b})
    if (v->isObj())
      if (int r = v->get()->equals(v == &a ? b : a); r >= 0) {
        out = r != 0;
        return true;
      }
  if ((a.isList() && b.isList()) || (a.isTuple() && b.isTuple())) {
    const std::vector<Value> &x = a.items(), &y = b.items();
    out = x.size() == y.size();
    for (size_t i = 0; out && i < x.size() && i < y.size(); ++i)
      if (!equal(x[i], y[i], l, out))
        return false;
    return true;
  }
  if (a.isDict() && b.isDict()) {
    auto *x = a.as<DictObj>(), *y = b.as<DictObj>();
    out = x->entries.size() == y->entries.size();
    for (size_t i = 0; out && i < x->entries.size(); ++i) {
      int64_t j = y->find(x->keys[i]);
      if (j < 0)
        out = false;
      else if (!equal(x->entries[i].second, y->entries[j].second, l, out))
        return false;
    }
    return true;
  }
  out = valuesEqual(a, b);
  return true;
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
  Value r;
  bool found;
  error.clear();
  if (!in.callSpecial(self, "__hash__", {}, in.currentLoc, r, found))
    return false;
  if (!r.isIntLike()) {
    in.raise(in.currentLoc, "TypeError",
             "__hash__ method should return an integer");
    return false;
  }
  // CPython reduces the value to a Py_hash_t, where -1 means "failed".
  int64_t value = r.getInt() == -1 ? -2 : r.getInt();
  return in.hashedKey(self, value, key);
}

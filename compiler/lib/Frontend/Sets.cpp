//===- Sets.cpp - set and frozenset ---------------------------------------===//
//
// Set displays and comprehensions' elements, the `set`/`frozenset`/`hash`
// built-ins, set methods, the operators `| & - ^` (and in-place forms on
// sets), subset comparisons and membership, with CPython's messages. The
// storage is SetObj (Value.h): elements keyed by hashKey(), iterated in
// insertion order. A set used as an element (`{1} in s`) is looked up as
// the equal frozenset, as CPython does.
//
//===----------------------------------------------------------------------===//

#include "BigInt.h"
#include "Classes.h"
#include "Interpreter.h"

using namespace scopec::frontend;

namespace {

bool isSetLike(const Value &v) {
  return v.is(ObjKind::Set) || v.is(ObjKind::FrozenSet);
}

std::shared_ptr<SetObj> newSet(bool frozen) {
  return std::make_shared<SetObj>(frozen);
}

/// Adds every element of `iterable` to `set`.
bool addAll(Interpreter &in, SetObj &set, const Value &iterable, SrcLoc l) {
  if (isSetLike(iterable)) {
    for (const SetObj::Slot &s : iterable.as<SetObj>()->slots)
      if (s.live)
        set.add(s.key, s.value);
    return true;
  }
  return in.forEach(iterable, l, [&](const Value &v) {
    std::string key;
    if (!in.elementKey(v, l, key))
      return false;
    if (set.size() >= static_cast<size_t>(Limits::kMaxSequence))
      return in.error(l, "set too large");
    set.add(key, v);
    return true;
  });
}

/// `other` as a set (sets as they are, other iterables collected).
bool asSet(Interpreter &in, const Value &other, SrcLoc l,
           std::shared_ptr<SetObj> &out) {
  if (isSetLike(other)) {
    out = std::static_pointer_cast<SetObj>(other.ref());
    return true;
  }
  out = newSet(true);
  return addAll(in, *out, other, l);
}

enum class SetOp { Union, Intersection, Difference, SymmetricDifference };

/// `a op b` into a new set of kind `frozen`.
std::shared_ptr<SetObj> combine(const SetObj &a, const SetObj &b, SetOp op,
                                bool frozen) {
  auto r = newSet(frozen);
  for (const SetObj::Slot &s : a.slots) {
    if (!s.live)
      continue;
    bool inB = b.hasKey(s.key);
    if (op == SetOp::Union || (op == SetOp::Intersection && inB) ||
        (op != SetOp::Intersection && !inB))
      r->add(s.key, s.value);
  }
  if (op == SetOp::Union || op == SetOp::SymmetricDifference)
    for (const SetObj::Slot &s : b.slots)
      if (s.live && (op == SetOp::Union || !a.hasKey(s.key)))
        r->add(s.key, s.value);
  return r;
}

/// Refuses a set past the interpreter's sequence limit.
bool checkSize(Interpreter &in, SrcLoc l, const SetObj &s) {
  if (s.size() <= static_cast<size_t>(Limits::kMaxSequence))
    return true;
  return in.error(l, "set too large");
}

/// Replaces the contents of `dst` with those of `src`.
void assignSet(SetObj &dst, const SetObj &src) {
  dst.clear();
  for (const SetObj::Slot &s : src.slots)
    if (s.live)
      dst.add(s.key, s.value);
}

bool isSubset(const SetObj &a, const SetObj &b) {
  if (a.size() > b.size())
    return false;
  for (auto &kv : a.index)
    if (!b.hasKey(kv.first))
      return false;
  return true;
}

std::optional<SetOp> opOf(BinOpKind op) {
  switch (op) {
  case BinOpKind::BitOr:
    return SetOp::Union;
  case BinOpKind::BitAnd:
    return SetOp::Intersection;
  case BinOpKind::Sub:
    return SetOp::Difference;
  case BinOpKind::BitXor:
    return SetOp::SymmetricDifference;
  default:
    return std::nullopt;
  }
}

using Method = bool (*)(Interpreter &, const Value &, CallArgs &, Value &);

/// The argument counts of set and frozenset methods (CPython's built-in-type
/// methods take positional arguments only).
bool methodArgs(Interpreter &in, const Value &self, CallArgs &a,
                llvm::StringRef name, size_t lo, size_t hi) {
  return checkMethodArgs(in, a,
                         self.is(ObjKind::FrozenSet) ? "frozenset" : "set",
                         name, lo, hi, lo == 1 && hi == 1);
}
bool exactlyOne(Interpreter &in, const Value &self, CallArgs &a,
                llvm::StringRef name) {
  return methodArgs(in, self, a, name, 1, 1);
}
bool noArgs(Interpreter &in, const Value &self, CallArgs &a,
            llvm::StringRef name) {
  return methodArgs(in, self, a, name, 0, 0);
}
bool anyArgs(Interpreter &in, const Value &self, CallArgs &a,
             llvm::StringRef name) {
  return methodArgs(in, self, a, name, 0, SIZE_MAX);
}

/// union/intersection/difference(*others): a new set of self's type.
template <SetOp Op>
bool combineMethod(Interpreter &in, const Value &self, CallArgs &a,
                   Value &out) {
  static const char *const names[] = {"union", "intersection", "difference",
                                      "symmetric_difference"};
  const char *name = names[static_cast<int>(Op)];
  if (Op == SetOp::SymmetricDifference ? !exactlyOne(in, self, a, name)
                                       : !anyArgs(in, self, a, name))
    return false;
  bool frozen = self.is(ObjKind::FrozenSet);
  auto result = newSet(frozen);
  assignSet(*result, *self.as<SetObj>());
  for (const Value &other : a.pos) {
    std::shared_ptr<SetObj> o;
    if (!asSet(in, other, a.loc, o))
      return false;
    result = combine(*result, *o, Op, frozen);
    if (!checkSize(in, a.loc, *result))
      return false;
  }
  out = Value::object(result);
  return true;
}

/// The `_update` forms: the same, in place.
template <SetOp Op>
bool updateMethod(Interpreter &in, const Value &self, CallArgs &a,
                  Value &out) {
  static const char *const names[] = {"union_update", "intersection_update",
                                      "difference_update",
                                      "symmetric_difference_update"};
  const char *name = names[static_cast<int>(Op)];
  if (Op == SetOp::SymmetricDifference ? !exactlyOne(in, self, a, name)
                                       : !anyArgs(in, self, a, name))
    return false;
  Value r;
  if (!combineMethod<Op>(in, self, a, r))
    return false;
  assignSet(*self.as<SetObj>(), *r.as<SetObj>());
  out = Value::none();
  return true;
}

/// issubset / issuperset / isdisjoint(other).
template <int Which>
bool relationMethod(Interpreter &in, const Value &self, CallArgs &a,
                    Value &out) {
  static const char *const names[] = {"issubset", "issuperset",
                                      "isdisjoint"};
  std::shared_ptr<SetObj> o;
  if (!exactlyOne(in, self, a, names[Which]) || !asSet(in, a.pos[0], a.loc, o))
    return false;
  const SetObj &s = *self.as<SetObj>();
  bool r;
  if (Which == 0)
    r = isSubset(s, *o);
  else if (Which == 1)
    r = isSubset(*o, s);
  else
    r = combine(s, *o, SetOp::Intersection, true)->size() == 0;
  out = Value::boolean(r);
  return true;
}

bool addMethod(Interpreter &in, const Value &self, CallArgs &a, Value &out) {
  std::string key;
  if (!exactlyOne(in, self, a, "add") || !in.elementKey(a.pos[0], a.loc, key))
    return false;
  auto *s = self.as<SetObj>();
  if (s->size() >= static_cast<size_t>(Limits::kMaxSequence))
    return in.error(a.loc, "set too large");
  s->add(key, a.pos[0]);
  out = Value::none();
  return true;
}

template <bool Strict>
bool removeMethod(Interpreter &in, const Value &self, CallArgs &a,
                  Value &out) {
  std::string key;
  if (!exactlyOne(in, self, a, Strict ? "remove" : "discard") ||
      !in.elementKey(a.pos[0], a.loc, key))
    return false;
  out = Value::none();
  if (self.as<SetObj>()->erase(key) || !Strict)
    return true;
  return in.raiseValue(a.loc, in.newException("KeyError", {a.pos[0]}));
}

bool popMethod(Interpreter &in, const Value &self, CallArgs &a, Value &out) {
  if (!noArgs(in, self, a, "pop"))
    return false;
  auto *s = self.as<SetObj>();
  for (const SetObj::Slot &slot : s->slots)
    if (slot.live) {
      out = slot.value;
      std::string key = slot.key;
      s->erase(key);
      return true;
    }
  return in.raiseValue(
      a.loc, in.newException("KeyError", {Value::str("pop from an empty set")}));
}

bool clearMethod(Interpreter &in, const Value &self, CallArgs &a,
                 Value &out) {
  if (!noArgs(in, self, a, "clear"))
    return false;
  self.as<SetObj>()->clear();
  out = Value::none();
  return true;
}

bool copyMethod(Interpreter &in, const Value &self, CallArgs &a, Value &out) {
  if (!noArgs(in, self, a, "copy"))
    return false;
  auto r = newSet(self.is(ObjKind::FrozenSet));
  assignSet(*r, *self.as<SetObj>());
  out = Value::object(r);
  return true;
}

bool updateAll(Interpreter &in, const Value &self, CallArgs &a, Value &out) {
  if (!anyArgs(in, self, a, "update"))
    return false;
  for (const Value &other : a.pos)
    if (!addAll(in, *self.as<SetObj>(), other, a.loc))
      return false;
  out = Value::none();
  return true;
}

/// Builds a set or frozenset from the optional iterable argument.
bool makeSet(Interpreter &in, CallArgs &a, Value &out, bool frozen) {
  static const Signature setSig{"set", {"iterable=", "/"}, ArgStyle::Clinic},
      frozenSig{"frozenset", {"iterable=", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(frozen ? frozenSig : setSig, a, b))
    return false;
  const Value &items = b["iterable"];
  if (frozen && items.is(ObjKind::FrozenSet)) {
    out = items; // frozensets are immutable: CPython returns it as is
    return true;
  }
  auto s = newSet(frozen);
  if (b.given("iterable") && !addAll(in, *s, items, a.loc))
    return false;
  out = Value::object(s);
  return true;
}

/// hash(): CPython's value for numbers (Python/pyhash.c); any stable
/// value for other hashable objects (equal values hash equal).
bool builtinHash(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"hash", {"obj", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  const Value &v = b["obj"];
  std::string key;
  if (!in.dictKey(v, a.loc, key))
    return false;
  if (key[0] == 'H') { // the value of the class's __hash__ (Keys.cpp)
    out = Value::integer(std::stoll(key.substr(1, key.find('#') - 1)));
    return true;
  }
  int64_t numeric;
  if (numberHash(v, numeric)) {
    out = Value::integer(numeric);
    return true;
  }
  uint64_t h = std::hash<std::string>()(key) >> 4;
  out = Value::integer(static_cast<int64_t>(h == 0 ? 1 : h));
  return true;
}

} // namespace

bool Interpreter::elementKey(const Value &v, SrcLoc l, std::string &key) {
  std::string err;
  if (v.is(ObjKind::Set)) {
    // Looked up as the frozenset with the same elements.
    key = v.as<SetObj>()->frozenKey();
    return true;
  }
  return dictKey(v, l, key);
}

bool Interpreter::evalSet(SetExpr *e, Value &out) {
  auto s = newSet(false);
  for (Expr *x : e->elts) {
    Value v;
    if (auto *star = llvm::dyn_cast<StarredExpr>(x)) {
      if (!eval(star->value, v) || !addAll(*this, *s, v, x->loc))
        return false;
      continue;
    }
    std::string key;
    if (!eval(x, v) || !elementKey(v, x->loc, key))
      return false;
    s->add(key, v);
  }
  out = Value::object(s);
  return true;
}

bool Interpreter::setMethod(const Value &self, const std::string &name,
                            Value &out, bool &found) {
  found = false;
  if (!isSetLike(self))
    return true;
  // Methods of both set and frozenset.
  static const llvm::StringMap<Method> common = {
      {"union", combineMethod<SetOp::Union>},
      {"intersection", combineMethod<SetOp::Intersection>},
      {"difference", combineMethod<SetOp::Difference>},
      {"symmetric_difference", combineMethod<SetOp::SymmetricDifference>},
      {"issubset", relationMethod<0>},
      {"issuperset", relationMethod<1>},
      {"isdisjoint", relationMethod<2>},
      {"copy", copyMethod},
  };
  // Methods that change a set.
  static const llvm::StringMap<Method> mutating = {
      {"add", addMethod},
      {"discard", removeMethod<false>},
      {"remove", removeMethod<true>},
      {"pop", popMethod},
      {"clear", clearMethod},
      {"update", updateAll},
      {"intersection_update", updateMethod<SetOp::Intersection>},
      {"difference_update", updateMethod<SetOp::Difference>},
      {"symmetric_difference_update",
       updateMethod<SetOp::SymmetricDifference>},
  };
  auto it = common.find(name);
  if (it == common.end()) {
    if (self.is(ObjKind::FrozenSet))
      return true;
    it = mutating.find(name);
    if (it == mutating.end())
      return true;
  }
  Method m = it->second;
  out = native(name, [self, m](Interpreter &in, CallArgs &a, Value &o) {
    return m(in, self, a, o);
  });
  found = true;
  return true;
}

bool Interpreter::setBinaryOp(BinOpKind op, const Value &a, const Value &b,
                              SrcLoc l, Value &out, bool &handled) {
  std::optional<SetOp> setOp = opOf(op);
  handled = setOp && isSetLike(a) && isSetLike(b);
  if (!handled)
    return true;
  // The result has the type of the left operand.
  auto r = combine(*a.as<SetObj>(), *b.as<SetObj>(), *setOp,
                   a.is(ObjKind::FrozenSet));
  out = Value::object(r);
  return checkSize(*this, l, *r);
}

bool Interpreter::setInPlaceOp(BinOpKind op, const Value &s, const Value &t,
                               SrcLoc l, bool &handled) {
  std::optional<SetOp> setOp = opOf(op);
  handled = setOp && s.is(ObjKind::Set) && isSetLike(t);
  if (!handled)
    return true;
  auto r = combine(*s.as<SetObj>(), *t.as<SetObj>(), *setOp, false);
  if (!checkSize(*this, l, *r))
    return false;
  assignSet(*s.as<SetObj>(), *r);
  return true;
}

bool Interpreter::setCompare(CmpOpKind op, const Value &a, const Value &b,
                             SrcLoc l, Value &out, bool &handled) {
  (void)l;
  handled = isSetLike(a) && isSetLike(b) &&
            (op == CmpOpKind::Lt || op == CmpOpKind::Le ||
             op == CmpOpKind::Gt || op == CmpOpKind::Ge);
  if (!handled)
    return true;
  const SetObj &x = *a.as<SetObj>(), &y = *b.as<SetObj>();
  bool r = false;
  switch (op) {
  case CmpOpKind::Le:
    r = isSubset(x, y);
    break;
  case CmpOpKind::Lt:
    r = x.size() < y.size() && isSubset(x, y);
    break;
  case CmpOpKind::Ge:
    r = isSubset(y, x);
    break;
  case CmpOpKind::Gt:
    r = y.size() < x.size() && isSubset(y, x);
    break;
  default:
    break;
  }
  out = Value::boolean(r);
  return true;
}

void Interpreter::installSetBuiltins() {
  builtins["set"] = native("set", [](Interpreter &in, CallArgs &a, Value &o) {
    return makeSet(in, a, o, false);
  });
  builtins["frozenset"] =
      native("frozenset", [](Interpreter &in, CallArgs &a, Value &o) {
        return makeSet(in, a, o, true);
      });
  builtins["hash"] = native("hash", builtinHash);
}

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
LogicalResult addAll(Interpreter &in, SetObj &set, const Value &iterable,
                     SrcLoc l) {
  if (isSetLike(iterable)) {
    for (const SetObj::Slot &s : iterable.as<SetObj>()->slots)
      if (s.live)
        set.add(s.key, s.value);
    return success();
  }
  return in.forEach(iterable, l, [&](const Value &v) -> LogicalResult {
    FailureOr<std::string> key = in.elementKey(v, l);
    if (failed(key))
      return failure();
    if (set.size() >= static_cast<size_t>(Limits::kMaxSequence))
      return in.error(l, "set too large");
    set.add(*key, v);
    return success();
  });
}

/// `other` as a set (sets as they are, other iterables collected).
FailureOr<std::shared_ptr<SetObj>> asSet(Interpreter &in, const Value &other,
                                         SrcLoc l) {
  if (isSetLike(other))
    return std::static_pointer_cast<SetObj>(other.ref());
  std::shared_ptr<SetObj> out = newSet(true);
  if (failed(addAll(in, *out, other, l)))
    return failure();
  return out;
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
LogicalResult checkSize(Interpreter &in, SrcLoc l, const SetObj &s) {
  if (s.size() <= static_cast<size_t>(Limits::kMaxSequence))
    return success();
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

using Method = FailureOr<Value> (*)(Interpreter &, const Value &, CallArgs &);

/// The argument counts of set and frozenset methods (CPython's built-in-type
/// methods take positional arguments only).
LogicalResult methodArgs(Interpreter &in, const Value &self, CallArgs &a,
                         llvm::StringRef name, size_t lo, size_t hi) {
  return checkMethodArgs(in, a,
                         self.is(ObjKind::FrozenSet) ? "frozenset" : "set",
                         name, lo, hi, lo == 1 && hi == 1);
}
LogicalResult exactlyOne(Interpreter &in, const Value &self, CallArgs &a,
                         llvm::StringRef name) {
  return methodArgs(in, self, a, name, 1, 1);
}
LogicalResult noArgs(Interpreter &in, const Value &self, CallArgs &a,
                     llvm::StringRef name) {
  return methodArgs(in, self, a, name, 0, 0);
}
LogicalResult anyArgs(Interpreter &in, const Value &self, CallArgs &a,
                      llvm::StringRef name) {
  return methodArgs(in, self, a, name, 0, SIZE_MAX);
}

/// union/intersection/difference(*others): a new set of self's type.
template <SetOp Op>
FailureOr<Value> combineMethod(Interpreter &in, const Value &self,
                               CallArgs &a) {
  static const char *const names[] = {"union", "intersection", "difference",
                                      "symmetric_difference"};
  const char *name = names[static_cast<int>(Op)];
  if (failed(Op == SetOp::SymmetricDifference ? exactlyOne(in, self, a, name)
                                              : anyArgs(in, self, a, name)))
    return failure();
  bool frozen = self.is(ObjKind::FrozenSet);
  auto result = newSet(frozen);
  assignSet(*result, *self.as<SetObj>());
  for (const Value &other : a.pos) {
    FailureOr<std::shared_ptr<SetObj>> o = asSet(in, other, a.loc);
    if (failed(o))
      return failure();
    result = combine(*result, **o, Op, frozen);
    if (failed(checkSize(in, a.loc, *result)))
      return failure();
  }
  return Value::object(result);
}

/// The `_update` forms: the same, in place.
template <SetOp Op>
FailureOr<Value> updateMethod(Interpreter &in, const Value &self,
                              CallArgs &a) {
  static const char *const names[] = {"union_update", "intersection_update",
                                      "difference_update",
                                      "symmetric_difference_update"};
  const char *name = names[static_cast<int>(Op)];
  if (failed(Op == SetOp::SymmetricDifference ? exactlyOne(in, self, a, name)
                                              : anyArgs(in, self, a, name)))
    return failure();
  FailureOr<Value> r = combineMethod<Op>(in, self, a);
  if (failed(r))
    return failure();
  assignSet(*self.as<SetObj>(), *r->as<SetObj>());
  return Value::none();
}

/// issubset / issuperset / isdisjoint(other).
template <int Which>
FailureOr<Value> relationMethod(Interpreter &in, const Value &self,
                                CallArgs &a) {
  static const char *const names[] = {"issubset", "issuperset",
                                      "isdisjoint"};
  if (failed(exactlyOne(in, self, a, names[Which])))
    return failure();
  FailureOr<std::shared_ptr<SetObj>> other = asSet(in, a.pos[0], a.loc);
  if (failed(other))
    return failure();
  const SetObj &s = *self.as<SetObj>(), &o = **other;
  bool r;
  if (Which == 0)
    r = isSubset(s, o);
  else if (Which == 1)
    r = isSubset(o, s);
  else
    r = combine(s, o, SetOp::Intersection, true)->size() == 0;
  return Value::boolean(r);
}

FailureOr<Value> addMethod(Interpreter &in, const Value &self, CallArgs &a) {
  if (failed(exactlyOne(in, self, a, "add")))
    return failure();
  FailureOr<std::string> key = in.elementKey(a.pos[0], a.loc);
  if (failed(key))
    return failure();
  auto *s = self.as<SetObj>();
  if (s->size() >= static_cast<size_t>(Limits::kMaxSequence))
    return in.error(a.loc, "set too large");
  s->add(*key, a.pos[0]);
  return Value::none();
}

template <bool Strict>
FailureOr<Value> removeMethod(Interpreter &in, const Value &self,
                              CallArgs &a) {
  if (failed(exactlyOne(in, self, a, Strict ? "remove" : "discard")))
    return failure();
  FailureOr<std::string> key = in.elementKey(a.pos[0], a.loc);
  if (failed(key))
    return failure();
  if (self.as<SetObj>()->erase(*key) || !Strict)
    return Value::none();
  return in.raiseValue(a.loc, in.newException("KeyError", {a.pos[0]}));
}

FailureOr<Value> popMethod(Interpreter &in, const Value &self, CallArgs &a) {
  if (failed(noArgs(in, self, a, "pop")))
    return failure();
  auto *s = self.as<SetObj>();
  for (const SetObj::Slot &slot : s->slots)
    if (slot.live) {
      Value out = slot.value;
      std::string key = slot.key;
      s->erase(key);
      return out;
    }
  return in.raiseValue(
      a.loc, in.newException("KeyError", {Value::str("pop from an empty set")}));
}

FailureOr<Value> clearMethod(Interpreter &in, const Value &self, CallArgs &a) {
  if (failed(noArgs(in, self, a, "clear")))
    return failure();
  self.as<SetObj>()->clear();
  return Value::none();
}

FailureOr<Value> copyMethod(Interpreter &in, const Value &self, CallArgs &a) {
  if (failed(noArgs(in, self, a, "copy")))
    return failure();
  auto r = newSet(self.is(ObjKind::FrozenSet));
  assignSet(*r, *self.as<SetObj>());
  return Value::object(r);
}

FailureOr<Value> updateAll(Interpreter &in, const Value &self, CallArgs &a) {
  if (failed(anyArgs(in, self, a, "update")))
    return failure();
  for (const Value &other : a.pos)
    if (failed(addAll(in, *self.as<SetObj>(), other, a.loc)))
      return failure();
  return Value::none();
}

/// Builds a set or frozenset from the optional iterable argument.
FailureOr<Value> makeSet(Interpreter &in, CallArgs &a, bool frozen) {
  static const Signature setSig{"set", {"iterable=", "/"}, ArgStyle::Clinic},
      frozenSig{"frozenset", {"iterable=", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(frozen ? frozenSig : setSig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  const Value &items = b["iterable"];
  if (frozen && items.is(ObjKind::FrozenSet))
    return items; // frozensets are immutable: CPython returns it as is
  auto s = newSet(frozen);
  if (b.given("iterable") && failed(addAll(in, *s, items, a.loc)))
    return failure();
  return Value::object(s);
}

/// hash(): CPython's value for numbers (Python/pyhash.c); any stable
/// value for other hashable objects (equal values hash equal).
FailureOr<Value> builtinHash(Interpreter &in, CallArgs &a) {
  static const Signature sig{"hash", {"obj", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  const Value &v = b["obj"];
  FailureOr<std::string> key = in.dictKey(v, a.loc);
  if (failed(key))
    return failure();
  if ((*key)[0] == 'H') // the value of the class's __hash__ (Keys.cpp)
    return Value::integer(std::stoll(key->substr(1, key->find('#') - 1)));
  if (std::optional<int64_t> numeric = numberHash(v))
    return Value::integer(*numeric);
  uint64_t h = std::hash<std::string>()(*key) >> 4;
  return Value::integer(static_cast<int64_t>(h == 0 ? 1 : h));
}

} // namespace

FailureOr<std::string> Interpreter::elementKey(const Value &v, SrcLoc l) {
  // Looked up as the frozenset with the same elements.
  if (v.is(ObjKind::Set))
    return v.as<SetObj>()->frozenKey();
  return dictKey(v, l);
}

FailureOr<Value> Interpreter::evalSet(SetExpr *e) {
  auto s = newSet(false);
  for (Expr *x : e->elts) {
    if (auto *star = llvm::dyn_cast<StarredExpr>(x)) {
      FailureOr<Value> v = eval(star->value);
      if (failed(v) || failed(addAll(*this, *s, *v, x->loc)))
        return failure();
      continue;
    }
    FailureOr<Value> v = eval(x);
    if (failed(v))
      return failure();
    FailureOr<std::string> key = elementKey(*v, x->loc);
    if (failed(key))
      return failure();
    s->add(*key, *v);
  }
  return Value::object(s);
}

FailureOr<std::optional<Value>>
Interpreter::setMethod(const Value &self, const std::string &name) {
  if (!isSetLike(self))
    return std::optional<Value>();
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
      return std::optional<Value>();
    it = mutating.find(name);
    if (it == mutating.end())
      return std::optional<Value>();
  }
  Method m = it->second;
  return std::optional<Value>(
      native(name, [self, m](Interpreter &in, CallArgs &a) {
        return m(in, self, a);
      }));
}

FailureOr<std::optional<Value>> Interpreter::setBinaryOp(BinOpKind op,
                                                         const Value &a,
                                                         const Value &b,
                                                         SrcLoc l) {
  std::optional<SetOp> setOp = opOf(op);
  if (!setOp || !isSetLike(a) || !isSetLike(b))
    return std::optional<Value>();
  // The result has the type of the left operand.
  auto r = combine(*a.as<SetObj>(), *b.as<SetObj>(), *setOp,
                   a.is(ObjKind::FrozenSet));
  if (failed(checkSize(*this, l, *r)))
    return failure();
  return std::optional<Value>(Value::object(r));
}

FailureOr<bool> Interpreter::setInPlaceOp(BinOpKind op, const Value &s,
                                          const Value &t, SrcLoc l) {
  std::optional<SetOp> setOp = opOf(op);
  if (!setOp || !s.is(ObjKind::Set) || !isSetLike(t))
    return false;
  auto r = combine(*s.as<SetObj>(), *t.as<SetObj>(), *setOp, false);
  if (failed(checkSize(*this, l, *r)))
    return failure();
  assignSet(*s.as<SetObj>(), *r);
  return true;
}

FailureOr<std::optional<Value>> Interpreter::setCompare(CmpOpKind op,
                                                        const Value &a,
                                                        const Value &b,
                                                        SrcLoc l) {
  (void)l;
  bool handled = isSetLike(a) && isSetLike(b) &&
                 (op == CmpOpKind::Lt || op == CmpOpKind::Le ||
                  op == CmpOpKind::Gt || op == CmpOpKind::Ge);
  if (!handled)
    return std::optional<Value>();
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
  return std::optional<Value>(Value::boolean(r));
}

void Interpreter::installSetBuiltins() {
  builtins["set"] = native("set", [](Interpreter &in, CallArgs &a) {
    return makeSet(in, a, false);
  });
  builtins["frozenset"] =
      native("frozenset", [](Interpreter &in, CallArgs &a) {
        return makeSet(in, a, true);
      });
  builtins["hash"] = native("hash", builtinHash);
}

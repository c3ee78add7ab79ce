//===- Classes.h - Python classes, instances and descriptors -----*- C++ -*-===//
//
// User classes (`class Model(Base): ...`) and the built-in classes written
// natively (`object`, the exception hierarchy), their instances, bound
// methods, `property`, `staticmethod`, `classmethod` and `super`. Attribute
// lookup follows CPython: data descriptors on the type, then the instance
// dictionary, then the class attributes along the C3 method resolution
// order, then `__getattr__`.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_CLASSES_H
#define SCOPEC_FRONTEND_CLASSES_H

#include "Value.h"

#include "llvm/ADT/StringSet.h"

namespace scopec::frontend {

struct ClassObj : Object {
  ClassObj() : Object(ObjKind::Class) {}
  std::string typeName() const override { return "type"; }
  std::string repr() const override;
  std::string name;
  /// `__qualname__` (`Net.Block`, `build.<locals>.Layer`); empty: `name`.
  std::string qualname;
  /// `__module__`: `builtins` for native classes.
  std::string module;
  std::vector<Value> bases;
  /// The method resolution order, this class first.
  std::vector<ClassObj *> mro;
  AttrDict dict;
  /// A class of the built-in exception hierarchy (or derived from one).
  bool isException = false;
  /// Instances have no `__dict__`: this class and every base but `object`
  /// declare `__slots__` (without "__dict__"); `slots` then holds every
  /// attribute name they allow (Slots.cpp).
  bool slotsOnly = false;
  llvm::StringSet<> slots;
  /// Whether this class is `base` or derives from it.
  bool isSubclassOf(const ClassObj *base) const;
  /// Looks `name` up along the MRO.
  const Value *lookup(llvm::StringRef name) const;
};

struct InstanceObj : Object {
  explicit InstanceObj(Value cls) : Object(ObjKind::Instance), cls(cls) {}
  std::string typeName() const override { return getClass()->name; }
  std::string repr() const override;
  std::string str() const override;
  ClassObj *getClass() const { return cls.as<ClassObj>(); }
  // The object protocol through special methods looked up on the class
  // (SpecialMethods.cpp); iteration is Interpreter::getIter's.
  Result binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                  const Value &rhs, SrcLoc l) override;
  Result unaryOp(Interpreter &in, UnaryOpKind op, SrcLoc l) override;
  Result compare(Interpreter &in, CmpOpKind op, const Value &lhs,
                 const Value &rhs, SrcLoc l) override;
  Result getItem(Interpreter &in, const Value &key, SrcLoc l) override;
  Result setItem(Interpreter &in, const Value &key, const Value &v,
                 SrcLoc l) override;
  Result contains(Interpreter &in, const Value &item, SrcLoc l) override;
  Result len(Interpreter &in, SrcLoc l) override;
  Result call(Interpreter &in, CallArgs &args) override;
  bool isCallable() const override;
  Result enter(Interpreter &in, SrcLoc l) override;
  Result exit(Interpreter &in, SrcLoc l, const Value &exc) override;
  /// Through the class's `__hash__` and `__eq__` (Keys.cpp).
  bool hash(std::string &key, std::string &error) const override;
  Value cls;
  AttrDict dict;
};

/// `obj.method`: a function (Python or native) with `self` bound.
struct BoundMethodObj : Object {
  BoundMethodObj(Value self, Value fn)
      : Object(ObjKind::BoundMethod), self(self), fn(fn) {}
  std::string typeName() const override { return "method"; }
  std::string repr() const override;
  Value self, fn;
};

/// `property(fget, fset, fdel)`, `staticmethod(f)`, `classmethod(f)`.
struct PropertyObj : Object {
  PropertyObj() : Object(ObjKind::Property) {}
  std::string typeName() const override { return "property"; }
  Value fget, fset, fdel, doc;
};
struct WrapperObj : Object {
  WrapperObj(ObjKind kind, Value fn) : Object(kind), fn(fn) {}
  std::string typeName() const override {
    return kind == ObjKind::StaticMethod ? "staticmethod" : "classmethod";
  }
  Value fn;
};

/// `super(cls, obj)` (zero-argument form resolved at the call).
struct SuperObj : Object {
  SuperObj(Value cls, Value self)
      : Object(ObjKind::Super), cls(cls), self(self) {}
  std::string typeName() const override { return "super"; }
  std::string repr() const override;
  Value cls, self;
};

/// The stem of the special methods of a binary operator (`add` for
/// `__add__`, `__radd__`, `__iadd__`).
const char *specialMethodStem(BinOpKind op);

/// The class of `v` if it is an instance of a Python-level class, else null.
ClassObj *classOf(const Value &v);

/// Python's `callable(v)`.
bool isCallable(const Value &v);

/// Computes `cls->mro` by C3 linearization; false if the bases admit none.
bool computeMro(ClassObj *cls, std::string &error);

/// Reads the `__slots__` of a class being created (a str or an iterable of
/// str) and decides whether its instances have a `__dict__`; raises
/// CPython's ValueError for a slot that is also a class variable.
LogicalResult applySlots(Interpreter &in, ClassObj &cls, SrcLoc l);
/// `inst.__dict__` / `vars(inst)`: a new dict of the instance's attributes
/// without its slots' values.
Value instanceDict(const InstanceObj &inst);
/// Whether `inst.name = ...` may store `name` in the instance: always with a
/// `__dict__`; else only a slot, as CPython's AttributeError says.
LogicalResult checkSlotAssignment(Interpreter &in, const InstanceObj &inst,
                                  const std::string &name, SrcLoc l);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_CLASSES_H

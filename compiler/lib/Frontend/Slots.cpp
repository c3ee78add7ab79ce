//===- Slots.cpp - __slots__ ----------------------------------------------===//
//
// A class whose every class but `object` in its bases declares `__slots__`
// (without "__dict__") makes instances without a `__dict__`: assigning any
// other attribute raises CPython's AttributeError ("'C' object has no
// attribute 'x'", or "'C' object attribute 'y' is read-only" for a class
// variable), and `obj.__dict__`/`vars(obj)` fail as in CPython. Slot values
// are kept in the instance's attribute table; where an instance has a
// `__dict__` too (a base without __slots__, or "__dict__" in them), the
// slots are left out of what `__dict__` and `vars()` show.
//
//===----------------------------------------------------------------------===//

#include "Classes.h"
#include "Interpreter.h"

using namespace scopec::frontend;

LogicalResult scopec::frontend::applySlots(Interpreter &in, ClassObj &cls,
                                           SrcLoc l) {
  // The bases' slots are this class's too, declared or not.
  bool basesSlotsOnly = true;
  for (const Value &b : cls.bases) {
    if (b.get() == in.objectClass.get())
      continue;
    auto *base = b.as<ClassObj>();
    basesSlotsOnly &= base->slotsOnly;
    for (const auto &s : base->slots)
      cls.slots.insert(s.getKey());
  }
  const Value *decl = cls.dict.find("__slots__");
  if (!decl) {
    cls.slotsOnly = false;
    return success();
  }
  std::vector<Value> names;
  if (decl->isStr()) {
    names.push_back(*decl);
  } else {
    FailureOr<std::vector<Value>> items = in.toList(*decl, l);
    if (failed(items))
      return failure();
    names = std::move(*items);
  }
  bool withDict = false;
  for (const Value &n : names) {
    if (!n.isStr())
      return in.raise(l, "TypeError",
                      "__slots__ items must be strings, not '" + typeName(n) +
                          "'");
    const std::string &name = n.getStr();
    if (name == "__dict__") {
      withDict = true;
      continue;
    }
    if (cls.dict.find(name))
      return in.raise(l, "ValueError",
                      "'" + name + "' in __slots__ conflicts with class "
                                   "variable");
    cls.slots.insert(name);
  }
  cls.slotsOnly = !withDict && basesSlotsOnly;
  return success();
}

Value scopec::frontend::instanceDict(const InstanceObj &inst) {
  const llvm::StringSet<> &slots = inst.getClass()->slots;
  if (slots.empty())
    return Interpreter::attrsAsDict(inst.dict);
  AttrDict shown;
  for (const std::string &n : inst.dict.order)
    if (!slots.count(n))
      shown.set(n, *inst.dict.find(n));
  return Interpreter::attrsAsDict(shown);
}

LogicalResult scopec::frontend::checkSlotAssignment(Interpreter &in,
                                                    const InstanceObj &inst,
                                                    const std::string &name,
                                                    SrcLoc l) {
  ClassObj *cls = inst.getClass();
  if (!cls->slotsOnly || cls->slots.count(name))
    return success();
  if (cls->lookup(name))
    return in.raise(l, "AttributeError",
                    "'" + cls->name + "' object attribute '" + name +
                        "' is read-only");
  return in.raise(l, "AttributeError",
                  "'" + cls->name + "' object has no attribute '" + name +
                      "'");
}

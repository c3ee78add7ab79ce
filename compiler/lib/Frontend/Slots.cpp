//===- Slots.cpp - __slots__ ----------------------------------------------===//
//
// A class whose every class but `object` in its bases declares `__slots__`
// (without "__dict__") makes instances without a `__dict__`: assigning any
// other attribute raises CPython's AttributeError ("'C' object has no
// attribute 'x'", or "'C' object attribute 'y' is read-only" for a class
// variable), and `obj.__dict__`/`vars(obj)` fail as in CPython. Slot values
// are kept in the instance's attribute table, which nothing shows.
//
//===----------------------------------------------------------------------===//

#include "Classes.h"
#include "Interpreter.h"

using namespace scopec::frontend;

bool scopec::frontend::applySlots(Interpreter &in, ClassObj &cls, SrcLoc l) {
  const Value *decl = cls.dict.find("__slots__");
  if (!decl)
    return true;
  std::vector<Value> names;
  if (decl->isStr())
    names.push_back(*decl);
  else if (!in.toList(*decl, l, names))
    return false;
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
  cls.slotsOnly = !withDict;
  for (const Value &b : cls.bases) {
    auto *base = b.as<ClassObj>();
    if (b.get() == in.objectClass.get())
      continue;
    cls.slotsOnly &= base->slotsOnly;
    for (const auto &s : base->slots)
      cls.slots.insert(s.getKey());
  }
  return true;
}

bool scopec::frontend::checkSlotAssignment(Interpreter &in,
                                           const InstanceObj &inst,
                                           const std::string &name, SrcLoc l) {
  ClassObj *cls = inst.getClass();
  if (!cls->slotsOnly || cls->slots.count(name))
    return true;
  if (cls->lookup(name))
    return in.raise(l, "AttributeError",
                    "'" + cls->name + "' object attribute '" + name +
                        "' is read-only");
  return in.raise(l, "AttributeError",
                  "'" + cls->name + "' object has no attribute '" + name +
                      "'");
}

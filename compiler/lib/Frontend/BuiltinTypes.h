//===- BuiltinTypes.h - Attributes of the built-in types --------*- C++ -*-===//
//
// `str.upper`, `list.append`, `dict.fromkeys`, `float.fromhex`: attributes
// of the built-in types themselves (TypeAttrs.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_BUILTINTYPES_H
#define SCOPEC_FRONTEND_BUILTINTYPES_H

#include "Interpreter.h"

namespace scopec::frontend {

/// The attribute `name` of the built-in type `type` (a BuiltinObj with
/// isType): class methods, and the methods of its values unbound (the
/// value comes first). `found` false when there is none.
bool builtinTypeAttr(Interpreter &in, const BuiltinObj &type,
                     const std::string &name, SrcLoc l, Value &out,
                     bool &found);

/// The method `name` of the dict `self`, bound (DictMethods.cpp); false
/// when dict has none.
bool dictMethod(Interpreter &in, const std::string &name, const Value &self,
                Value &out);
/// `d.update(src)` for a dict, a mapping (keys()) or pairs.
bool dictUpdate(Interpreter &in, DictObj &d, const Value &src, SrcLoc l);
/// `a | b` of two plain dicts (`handled` false otherwise).
bool dictMerge(Interpreter &in, const Value &a, const Value &b, SrcLoc l,
               Value &out, bool &handled);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_BUILTINTYPES_H

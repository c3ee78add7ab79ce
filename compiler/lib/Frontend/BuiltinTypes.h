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
/// value comes first); nothing when there is none.
FailureOr<std::optional<Value>> builtinTypeAttr(Interpreter &in,
                                                const BuiltinObj &type,
                                                const std::string &name,
                                                SrcLoc l);

/// The method `name` of the dict `self`, bound (DictMethods.cpp); nothing
/// when dict has none.
std::optional<Value> dictMethod(const std::string &name, const Value &self);
/// `d.update(src)` for a dict, a mapping (keys()) or pairs.
LogicalResult dictUpdate(Interpreter &in, DictObj &d, const Value &src,
                         SrcLoc l);
/// `a | b` of two plain dicts (nothing otherwise).
FailureOr<std::optional<Value>> dictMerge(Interpreter &in, const Value &a,
                                          const Value &b, SrcLoc l);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_BUILTINTYPES_H

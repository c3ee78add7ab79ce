//===- StrMethods.h - Methods of str ----------------------------*- C++ -*-===//
//
// The methods of Python's str (StrMethods.cpp: searching, splitting and
// padding; StrCase.cpp: predicates, case mapping and translation), by code
// points over the UTF-8 storage, with CPython 3.11's argument rules and
// error messages.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_STRMETHODS_H
#define SCOPEC_FRONTEND_STRMETHODS_H

#include "Interpreter.h"

namespace scopec::frontend {

/// A str method body: `self` is the str.
using StrMethod = FailureOr<Value> (*)(Interpreter &, const Value &self,
                                       CallArgs &);

/// The method `name` of the str `self` bound to it; nothing when str has no
/// such method.
std::optional<Value> strMethod(const std::string &name, const Value &self);
/// The attribute `name` of the type `str` (`str.upper`, `str.maketrans`);
/// nothing when there is none.
std::optional<Value> strTypeAttr(const std::string &name);

namespace strmethods {
/// Checks positional arguments as CPython's str methods do (no keywords);
/// `oneArg`: a METH_O method ("takes exactly one argument").
LogicalResult positional(Interpreter &in, CallArgs &a, const char *name,
                         size_t lo, size_t hi, bool oneArg = false);
/// A str argument ("must be str, not int").
FailureOr<std::string> strArg(Interpreter &in, const Value &v, SrcLoc l,
                              const char *what = "must be str");
/// An integer argument (`__index__`).
FailureOr<int64_t> indexArg(Interpreter &in, const Value &v, SrcLoc l);
/// The methods of StrCase.cpp (predicates, case, translate); null when
/// there is none.
StrMethod caseMethod(llvm::StringRef name);
/// `str.maketrans(x[, y[, z]])`.
FailureOr<Value> maketrans(Interpreter &in, CallArgs &a);
} // namespace strmethods

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_STRMETHODS_H

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
using StrMethod = bool (*)(Interpreter &, const Value &self, CallArgs &,
                           Value &);

/// The method `name` of the str `self` bound to it; false when str has no
/// such method.
bool strMethod(Interpreter &in, const std::string &name, const Value &self,
               Value &out);
/// The attribute `name` of the type `str` (`str.upper`, `str.maketrans`);
/// false when there is none.
bool strTypeAttr(Interpreter &in, const std::string &name, Value &out);

namespace strmethods {
/// Checks positional arguments as CPython's str methods do (no keywords);
/// `oneArg`: a METH_O method ("takes exactly one argument").
bool positional(Interpreter &in, CallArgs &a, const char *name, size_t lo,
                size_t hi, bool oneArg = false);
/// A str argument ("must be str, not int").
bool strArg(Interpreter &in, const Value &v, SrcLoc l, std::string &out,
            const char *what = "must be str");
/// An integer argument (`__index__`).
bool indexArg(Interpreter &in, const Value &v, SrcLoc l, int64_t &out);
/// The methods of StrCase.cpp (predicates, case, translate); null when
/// there is none.
StrMethod caseMethod(llvm::StringRef name);
/// `str.maketrans(x[, y[, z]])`.
bool maketrans(Interpreter &in, CallArgs &a, Value &out);
} // namespace strmethods

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_STRMETHODS_H

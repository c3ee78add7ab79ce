//===- Collections.h - The `collections` module (private) -------*- C++ -*-===//
//
// What the files of the `collections` module share: Collections.cpp (the
// dict subtypes and the module), Deque.cpp (`deque`) and NamedTuple.cpp
// (`namedtuple` and the struct sequences). Private to them.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_STDLIB_COLLECTIONS_H
#define SCOPEC_FRONTEND_STDLIB_COLLECTIONS_H

#include "Support.h"

#include <functional>
#include <string>

namespace scopec::frontend::stdlib::collections {

using Method = std::function<FailureOr<Value>(Interpreter &, const Value &self,
                                              CallArgs &)>;

/// `self.name` as a native method.
Value method(Object *self, const std::string &name, Method fn);

/// A method of a C type taking no arguments (METH_NOARGS).
LogicalResult noArgs(Interpreter &in, CallArgs &a, const std::string &qualName);

/// deque(iterable=(), maxlen=None) (Deque.cpp).
FailureOr<Value> deque(Interpreter &in, CallArgs &a);

/// namedtuple(typename, field_names, *, rename=False, defaults=None,
/// module=None) (NamedTuple.cpp).
FailureOr<Value> namedTuple(Interpreter &in, CallArgs &a);

} // namespace scopec::frontend::stdlib::collections

#endif // SCOPEC_FRONTEND_STDLIB_COLLECTIONS_H

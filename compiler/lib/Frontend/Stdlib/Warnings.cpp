//===- Warnings.cpp - An inert `warnings` module --------------------------===//
//
// warn(), filterwarnings(), simplefilter() and resetwarnings() accept
// CPython's arguments and do nothing: a compile's only output channel is
// print() (CPython would show a warning once on stderr). catch_warnings
// needs a user-defined context manager and is refused.
//
//===----------------------------------------------------------------------===//

#include "Support.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

/// Binds `sig` (so missing or unknown arguments are CPython's errors) and
/// returns None.
NativeFn inert(Signature sig) {
  return [sig](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    if (failed(in.bind(sig, a)))
      return failure();
    return Value::none();
  };
}

/// filterwarnings/simplefilter: the action must be one CPython knows.
NativeFn filter(Signature sig) {
  return [sig](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &v = *bound;
    static const char *const actions[] = {"error",  "ignore", "always",
                                          "default", "module", "once"};
    const Value &action = v["action"];
    if (!action.isStr() || !llvm::is_contained(actions, action.getStr()))
      return in.raise(a.loc, "AssertionError",
                      "invalid action: " + repr(action));
    return Value::none();
  };
}

} // namespace

Value stdlib::makeWarnings(Interpreter &in) {
  (void)in;
  auto m = newModule("warnings");
  addFunction(*m, "warn",
              inert({"warn",
                     {"message", "category=", "stacklevel=", "source="},
                     ArgStyle::Clinic}));
  addFunction(*m, "filterwarnings",
              filter({"filterwarnings",
                      {"action", "message=", "category=", "module=", "lineno=",
                       "append="}}));
  addFunction(
      *m, "simplefilter",
      filter({"simplefilter", {"action", "category=", "lineno=", "append="}}));
  addFunction(*m, "resetwarnings", inert({"resetwarnings", {}}));
  refuse(*m, "catch_warnings",
         "it needs a user-defined context manager, which the interpreter "
         "lacks");
  return Value::object(m);
}

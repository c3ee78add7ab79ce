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
  return [sig](Interpreter &in, CallArgs &a, Value &out) {
    std::vector<Value> v;
    std::vector<bool> present;
    if (!in.bind(sig, a, v, present))
      return false;
    out = Value::none();
    return true;
  };
}

/// filterwarnings/simplefilter: the action must be one CPython knows.
NativeFn filter(Signature sig) {
  return [sig](Interpreter &in, CallArgs &a, Value &out) {
    std::vector<Value> v;
    std::vector<bool> present;
    if (!in.bind(sig, a, v, present))
      return false;
    static const char *const actions[] = {"error",  "ignore", "always",
                                          "default", "module", "once"};
    if (!v[0].isStr() || !llvm::is_contained(actions, v[0].getStr()))
      return in.raise(a.loc, "AssertionError",
                      "invalid action: " + repr(v[0]));
    out = Value::none();
    return true;
  };
}

} // namespace

Value stdlib::makeWarnings(Interpreter &in) {
  (void)in;
  auto m = newModule("warnings");
  addFunction(*m, "warn",
              inert({"warn", {"message", "category", "stacklevel", "source"},
                     1}));
  addFunction(*m, "filterwarnings",
              filter({"filterwarnings",
                      {"action", "message", "category", "module", "lineno",
                       "append"},
                      1}));
  addFunction(*m, "simplefilter",
              filter({"simplefilter",
                      {"action", "category", "lineno", "append"},
                      1}));
  addFunction(*m, "resetwarnings", inert({"resetwarnings", {}, 0}));
  refuse(*m, "catch_warnings",
         "it needs a user-defined context manager, which the interpreter "
         "lacks");
  return Value::object(m);
}

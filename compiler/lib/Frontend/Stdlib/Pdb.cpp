//===- Pdb.cpp - An inert `pdb` module ------------------------------------===//
//
// A model left with `pdb.set_trace()` compiles: there is no one to talk to
// at compile time, so the breakpoint does nothing. Running code under the
// debugger (run, runcall, post_mortem, ...) is refused.
//
//===----------------------------------------------------------------------===//

#include "Support.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

Value stdlib::makePdb(Interpreter &in) {
  (void)in;
  auto m = newModule("pdb");
  addFunction(*m, "set_trace",
              [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                static const Signature sig{"set_trace", {"header="}};
                if (failed(in.bind(sig, a)))
                  return failure();
                return Value::none();
              });
  for (const char *name :
       {"run", "runeval", "runcall", "runctx", "post_mortem", "pm", "Pdb"})
    refuse(*m, name, "there is no debugger at compile time");
  return Value::object(m);
}

//===- Stdlib.cpp - The registry of native standard-library modules -------===//

#include "Stdlib.h"

#include "../Interpreter.h"

using namespace scopec::frontend;

Value scopec::frontend::importStdlibModule(Interpreter &in,
                                           llvm::StringRef name) {
  (void)in;
  (void)name;
  return Value::none();
}

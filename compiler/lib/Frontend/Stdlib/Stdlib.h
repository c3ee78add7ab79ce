//===- Stdlib.h - Native modules of Python's standard library -----*- C++ -*-===//
//
// The part of the standard library model files use (docs/user-guide.md,
// "Python in model files"), implemented natively: `math`, `functools`,
// `collections`, `itertools`, `six`, `re` (on PCRE2), `abc`, `argparse`
// (defaults only), `copy`, `string`, `os`/`os.path`, `sys`, `__future__` and
// inert `logging`/`time`/`warnings`/`pdb`. Nothing here can reach the file
// system, the network or another process.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_STDLIB_STDLIB_H
#define SCOPEC_FRONTEND_STDLIB_STDLIB_H

#include "../Value.h"

#include "llvm/ADT/StringRef.h"

namespace scopec::frontend {

class Interpreter;

/// The module `name` (dotted, e.g. "os.path"), created on first import and
/// cached per interpreter; None when the standard library part scopec
/// provides has no such module.
Value importStdlibModule(Interpreter &in, llvm::StringRef name);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_STDLIB_STDLIB_H

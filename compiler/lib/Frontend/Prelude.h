//===- Prelude.h - Standard-library modules written in Python -----*- C++ -*-===//
//
// Modules of the standard library that are simplest in Python itself
// (`contextlib`) are kept as Python sources in Prelude/, embedded in scopec
// at build time (cmake/EmbedPrelude.cmake) and run by the interpreter like
// the model's own modules, under the same limits.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_PRELUDE_H
#define SCOPEC_FRONTEND_PRELUDE_H

#include "llvm/ADT/StringRef.h"

#include <optional>

namespace scopec::frontend {

/// The Python source of the prelude module `name`, if there is one.
std::optional<llvm::StringRef> preludeSource(llvm::StringRef name);

/// The file name prelude modules' locations carry (`<scopec>/NAME.py`).
std::string preludePath(llvm::StringRef name);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_PRELUDE_H

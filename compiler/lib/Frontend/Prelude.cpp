//===- Prelude.cpp - Standard-library modules written in Python ----------===//

#include "Prelude.h"

#include <string>

using namespace scopec::frontend;

namespace {
struct PreludeModule {
  const char *name;
  const char *source;
};
const PreludeModule kPrelude[] = {
#include "PreludeSources.inc"
};
} // namespace

std::optional<llvm::StringRef>
scopec::frontend::preludeSource(llvm::StringRef name) {
  for (const PreludeModule &m : kPrelude)
    if (name == m.name)
      return llvm::StringRef(m.source);
  return std::nullopt;
}

std::string scopec::frontend::preludePath(llvm::StringRef name) {
  return "<scopec>/" + name.str() + ".py";
}

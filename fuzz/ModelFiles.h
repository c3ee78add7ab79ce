//===- ModelFiles.h - A fuzz input as a model file and its modules -*- C++
//-*-===//
//
// A model-file fuzz input may carry sibling modules, so that imports are
// fuzzed too: the main file's text comes first, then each module as a line
//   #### module NAME.py        (or PKG/NAME.py, PKG/__init__.py)
// followed by its text. The line is a comment to Python, so an input without
// modules is just a model file. `ModelFiles` writes the modules of each input
// into a private temporary directory (removing the previous input's) and
// names the main file inside it, so the frontend finds them as the model's
// siblings.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FUZZ_MODELFILES_H
#define SCOPEC_FUZZ_MODELFILES_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace scopec::fuzz {

/// The fuzzers run the interpreter's iteration limits at a tenth
/// (FrontendOptions::limitDivisor). The instrumented build runs the
/// interpreter about 25 times slower than a release build, so a program
/// stopped at scopec's limits (about 1 s in release) would take 25 s, over
/// the fuzzers' 10 s hang timeout; at a tenth the limits still stop every
/// runaway loop, and a hang then means something escaped them
/// (fuzz/README.md).
inline constexpr int64_t kFuzzLimitDivisor = 10;

/// The header line that starts a module section.
inline constexpr llvm::StringLiteral kModuleHeader = "#### module ";

/// An input split into the main file's text and (path, text) modules, in
/// order. A header whose path is not a relative `NAME(/NAME)*.py` of Python
/// identifiers (at most three deep) stays part of the text before it.
struct ModelSources {
  std::string main;
  std::vector<std::pair<std::string, std::string>> modules;
};
ModelSources splitModelSources(llvm::StringRef input);

class ModelFiles {
public:
  /// Creates the private directory (under the system's temporary
  /// directory); aborts if it cannot.
  ModelFiles();
  ~ModelFiles();
  ModelFiles(const ModelFiles &) = delete;
  ModelFiles &operator=(const ModelFiles &) = delete;

  /// Replaces the directory's contents with the modules of `sources` and
  /// returns the main file's path in it (the main file itself is not
  /// written: the frontend reads it from memory).
  std::string write(const ModelSources &sources);

private:
  std::string directory;
};

} // namespace scopec::fuzz

#endif // SCOPEC_FUZZ_MODELFILES_H

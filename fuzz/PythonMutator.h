//===- PythonMutator.h - Grammar-aware mutations of model files -*- C++ -*-===//
//
// libFuzzer's own mutations flip bytes: most of what they make from a model
// file is a syntax error that never gets past the lexer. These mutations work
// on Python's structure instead (lines, indented blocks, tokens), so most
// mutants still parse and reach the interpreter, the TF API and the passes:
// a name, number, string or operator replaced by another of its kind, a
// block deleted, duplicated, swapped or wrapped in `if`/`for`/`try`/`with`/
// `def`/`class`, an expression nested, a fragment of Python inserted (classes,
// generators, exceptions, decorators, closures, variable scopes, layers,
// loops), a sibling module added and imported, or a block of another input
// spliced in. A model input may carry sibling modules: see ModelFiles.h.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FUZZ_PYTHONMUTATOR_H
#define SCOPEC_FUZZ_PYTHONMUTATOR_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace scopec::fuzz {

/// Byte-level mutation in place (libFuzzer's LLVMFuzzerMutate): returns the
/// new size, at most `maxSize`.
using ByteMutator =
    llvm::function_ref<size_t(uint8_t *data, size_t size, size_t maxSize)>;

/// Mutates the model text in `data[0, size)` in place and returns its new
/// size (at most `maxSize`). One structural mutation, chosen by `seed`; about
/// one call in eight (and whenever the structural result would not fit) is
/// left to `bytes`.
size_t mutatePython(uint8_t *data, size_t size, size_t maxSize, unsigned seed,
                    ByteMutator bytes);

/// Inserts a block of `second` into `first` at a line boundary of `first`,
/// re-indented to fit; writes at most `maxSize` bytes to `out` and returns
/// the size (0: nothing fitted).
size_t crossOverPython(llvm::StringRef first, llvm::StringRef second,
                       uint8_t *out, size_t maxSize, unsigned seed);

/// The fragments `mutatePython` inserts, as written (at indentation 0, before
/// their placeholders are filled): the unit test parses each.
llvm::ArrayRef<const char *> pythonFragments();

} // namespace scopec::fuzz

#endif // SCOPEC_FUZZ_PYTHONMUTATOR_H

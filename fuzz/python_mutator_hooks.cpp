//===- python_mutator_hooks.cpp - libFuzzer hooks for model-file fuzzers --===//
//
// Linked into the fuzzers that take model files (frontend_fuzzer,
// pipeline_fuzzer): libFuzzer calls these instead of its own mutations and
// crossover, which the hooks still use for one mutation in eight (see
// PythonMutator.h). SCOPEC_FUZZ_MUTATOR=bytes in the environment turns the
// structural mutations off (libFuzzer's byte mutations only), to compare
// what each finds.
//
//===----------------------------------------------------------------------===//

#include "PythonMutator.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

namespace {
bool bytesOnly() {
  static const bool only = [] {
    const char *mode = std::getenv("SCOPEC_FUZZ_MUTATOR");
    return mode && std::strcmp(mode, "bytes") == 0;
  }();
  return only;
}
} // namespace

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size,
                                          size_t maxSize, unsigned int seed) {
  if (bytesOnly())
    return LLVMFuzzerMutate(data, size, maxSize);
  return scopec::fuzz::mutatePython(data, size, maxSize, seed,
                                    LLVMFuzzerMutate);
}

extern "C" size_t LLVMFuzzerCustomCrossOver(const uint8_t *data1, size_t size1,
                                            const uint8_t *data2, size_t size2,
                                            uint8_t *out, size_t maxOutSize,
                                            unsigned int seed) {
  if (bytesOnly()) {
    // A prefix of the first input and a suffix of the second, as
    // libFuzzer's own crossover combines them.
    size_t head = size1 ? seed % (size1 + 1) : 0;
    size_t tail = size2 ? (seed / 7) % (size2 + 1) : 0;
    head = std::min(head, maxOutSize);
    tail = std::min(tail, maxOutSize - head);
    std::memcpy(out, data1, head);
    std::memcpy(out + head, data2 + size2 - tail, tail);
    return head + tail;
  }
  return scopec::fuzz::crossOverPython(
      llvm::StringRef(reinterpret_cast<const char *>(data1), size1),
      llvm::StringRef(reinterpret_cast<const char *>(data2), size2), out,
      maxOutSize, seed);
}

//===- Harness.h - main() of a compiled model -----------------------*- C++
//-*-===//
//
// The generated C++ of a model describes it with a ModelInfo and calls
// runMain from main(). Command line (see --help and docs/user-guide.md,
// section 3):
//
//   model                         run once on built-in inputs, print outputs
//   model --input NAME=FILE.npy   read an input (dtype and shape must match;
//                                 repeatable; others stay built-in)
//   model --output NAME=FILE.npy  write an output (repeatable)
//   model --bench N [--warmup W]  W warm-up runs (default 2), N timed runs
//   model --threads T             OpenMP threads (default: OpenMP's default)
//   model --signature             inputs and outputs, one per line
//   model --help
//
// Output (stdout), one block per output, then the time:
//   output NAME shape=[1,128,128,32] dtype=float32
//     sum=S abs_sum=A min=X max=Y
//     first=[v0, v1, ...] (8 of 524288)
//   time_ms=T threads=N
// With --bench the last line is instead exactly
//   median_ms=X min_ms=Y runs=N threads=T
// --signature prints lines "input NAME shape=[...] dtype=D" and
// "output NAME shape=[...] dtype=D". Errors print "error: ..." to stderr and
// exit with status 1.
//
// Built-in inputs (defaultInputValue): for input number i (declaration order,
// from 0) and element e (C order), with 64-bit unsigned wrap-around:
//   z = e + 0x9E3779B97F4A7C15 * (i + 1)
//   z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
//   z = (z ^ (z >> 27)) * 0x94D049BB133111EB
//   z = z ^ (z >> 31)                            (splitmix64's finalizer)
//   float32/float64: (z >> 40) / 2^23 - 1, in [-1, 1), exact in float32
//   int32/int64/int8: z % 3 - 1, in {-1, 0, 1}
//   uint8:           z % 256
//   bool:            z % 2
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_RUNTIME_HARNESS_H
#define SCOPEC_RUNTIME_HARNESS_H

#include "scopec/runtime/Npy.h"

#include <cstdint>
#include <cstdio>

namespace scopec::rt {

/// A model input or output: dense C order, shape[0..rank).
struct TensorInfo {
  const char *name;
  DType dtype;
  int rank;
  const int64_t *shape;
};

/// What the generated code tells the harness about a model.
struct ModelInfo {
  const char *name; ///< model name, e.g. "image_filter"
  int numInputs;
  const TensorInfo *inputs;
  int numOutputs;
  const TensorInfo *outputs;
  /// Runs the model once. inputs[i]/outputs[i] are dense C-order buffers of
  /// the declared shapes, 64-byte aligned.
  void (*run)(const void *const *inputs, void *const *outputs);
};

/// The executable's main: runHarness on stdout/stderr.
int runMain(int argc, char **argv, const ModelInfo &model);

/// runMain with explicit streams (for tests and embedding). Returns the exit
/// status: 0 on success, 1 on any error (message on `err`).
int runHarness(int argc, const char *const *argv, const ModelInfo &model,
               std::FILE *out, std::FILE *err);

/// The built-in value of element `element` of input number `input` (see the
/// file comment); float inputs get exactly this value in float32.
double defaultInputValue(DType dtype, int input, int64_t element);

/// Fills `data` (numElements elements of `dtype`) with the built-in values
/// of input number `input`.
void fillDefaultInput(DType dtype, int input, int64_t numElements,
                      void *data);

/// The number of OpenMP threads a parallel region uses now (1 without
/// OpenMP).
int threadsInForce();

} // namespace scopec::rt

#endif // SCOPEC_RUNTIME_HARNESS_H

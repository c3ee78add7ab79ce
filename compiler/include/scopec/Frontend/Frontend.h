//===- Frontend.h - Run a TF1-style model file, emit scoped IR ----*- C++ -*-===//
//
// The frontend executes a model file (a Python-syntax program using the
// TensorFlow 1 API names) at compile time, the way TF1 graph construction
// does, and records the graph in the `scope` dialect: one
// `scope.get_variable` per tf.get_variable call, every op located at its
// source line and named (NameLoc) with its TensorFlow op name.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_FRONTEND_H
#define SCOPEC_FRONTEND_FRONTEND_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <string>
#include <vector>

namespace scopec::frontend {

struct FrontendOptions {
  /// Binds every `None` dimension of a placeholder.
  int64_t batch = 1;
  /// The graph seed: random tensors and initial values derive from it.
  uint64_t seed = 0;
  /// `--fetch NAME`: a module-level Python variable or a TF op name. Empty:
  /// every computed tensor that no other op consumes.
  std::vector<std::string> fetches;
  /// `-I DIR`: directories searched for the model's modules after the model
  /// file's own directory.
  std::vector<std::string> includeDirs;
  /// `--feed NAME=VALUE`: the placeholder named NAME is this constant at
  /// compile time (`keep_prob`, `is_training`; docs/user-guide.md,
  /// "Placeholders").
  struct Feed {
    std::string name;
    /// Row-major values; bools are 0/1.
    std::vector<double> values;
    std::vector<int64_t> shape;
    std::string text;
  };
  std::vector<Feed> feeds;
  /// `--input-shape NAME=DIMS`: the static shape of the placeholder NAME
  /// (for placeholders declared without a shape or with None dims).
  std::vector<std::pair<std::string, std::vector<int64_t>>> inputShapes;
  /// `--flag NAME=VALUE`: overrides the default of the model's
  /// `tf.app.flags.DEFINE_*("NAME", ...)` (parsed by the flag's type).
  std::vector<std::pair<std::string, std::string>> flagValues;
  /// Divides every iteration limit of the interpreter (execution steps,
  /// iterations of a `while` loop, of a tf.while_loop and of a loop over
  /// constants) and its memory limit (the limits listed in
  /// docs/user-guide.md). The fuzzers use 10 (fuzz/README.md); the hidden
  /// flag --limit-divisor sets it for tests.
  int64_t limitDivisor = 1;
};

/// Parses the argument of `--feed NAME=VALUE` (VALUE: a number, True/False
/// or a nested list of them). False with a message in `error`.
bool parseFeed(llvm::StringRef arg, FrontendOptions::Feed &out,
               std::string &error);
/// Parses the argument of `--input-shape NAME=DIMS` (DIMS: `[1,28,28,1]`,
/// `1,28,28,1` or `[]`).
bool parseInputShape(llvm::StringRef arg,
                     std::pair<std::string, std::vector<int64_t>> &out,
                     std::string &error);

/// Runs the main file of `sourceMgr` and returns the scoped module, or null
/// after reporting errors as MLIR diagnostics on the context. Compile-time
/// `print` output goes to `printStream`.
mlir::OwningOpRef<mlir::ModuleOp> importModel(llvm::SourceMgr &sourceMgr,
                                              mlir::MLIRContext *context,
                                              const FrontendOptions &options,
                                              llvm::raw_ostream &printStream);

/// Prints the TensorFlow functions bound from the elementwise op declarations
/// as a Markdown table (Python functions, TF op type, reference formula):
/// `scopec --list-api`, the table in docs/user-guide.md.
void printElementwiseApi(mlir::MLIRContext &context, llvm::raw_ostream &os);
/// The same for the reduction op declarations (Python functions, dtypes,
/// TF op type).
void printReductionApi(mlir::MLIRContext &context, llvm::raw_ostream &os);
/// Prints every public name under `tf` that a model file can use, per
/// module, as Markdown (`scopec --list-api=names`, docs/tf-api.md): the
/// prelude's Prelude/_scopec_api_index.py walking the `tensorflow` module.
/// Returns false (after reporting) if that fails.
bool printApiIndex(mlir::MLIRContext &context, llvm::raw_ostream &os);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_FRONTEND_H

//===- CppTarget.h - C++ files, executables and libraries -------*- C++ -*-===//
//
// The last stage: a lowered module (ScopeToEmitC.h) becomes files on disk and,
// through the host C++ compiler, an executable or a static library.
//
//   MODEL.h, MODEL.cpp, MODEL_main.cpp   emitc::translateToCpp, one per
//   MODEL_c.h, MODEL_c.cpp               emitc.file (MODEL_c.*: the C
//                                        interface of --emit=lib --shared)
//   MODEL.params                         the parameter blob (float32, each
//                                        entry 64-byte aligned)
//   MODEL_params.s                       `.incbin "MODEL.params"` plus one
//                                        symbol per parameter and the arena
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_TARGET_CPP_CPPTARGET_H
#define SCOPEC_TARGET_CPP_CPPTARGET_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <string>
#include <vector>

namespace scopec::target {

/// The generated files of one model, in memory.
struct GeneratedModel {
  std::string name; ///< namespace and file stem
  std::string header, source, main, assembly;
  std::string cHeader, cSource; ///< the C interface

  std::vector<uint8_t> blob;
  int64_t peakActivationBytes = 0;

  std::string headerName() const { return name + ".h"; }
  std::string sourceName() const { return name + ".cpp"; }
  std::string mainName() const { return name + "_main.cpp"; }
  std::string assemblyName() const { return name + "_params.s"; }
  std::string blobName() const { return name + ".params"; }
  std::string cHeaderName() const { return name + "_c.h"; }
  std::string cSourceName() const { return name + "_c.cpp"; }
};

/// Translates a lowered module into its files. Fails (with a diagnostic) if
/// the module is not in lowered form or the blob does not match its recorded
/// size and checksum.
mlir::FailureOr<GeneratedModel> generateModel(mlir::ModuleOp module);

/// Prints the header, the source, main and the assembly stub, each after a
/// `// ===== NAME =====` line (the blob is binary: only written to disk).
void printModelSources(const GeneratedModel &model, llvm::raw_ostream &os);

/// Writes every file, the blob included, into `dir` (created if missing).
/// On failure returns false and sets `error`.
bool writeModelFiles(const GeneratedModel &model, llvm::StringRef dir,
                     std::string &error);

/// How to run the host C++ compiler.
struct HostCompileOptions {
  /// `-march=` value; empty: native.
  std::string targetCpu;
  /// Extra compiler flags (split at spaces), after scopec's own.
  std::string extraFlags;
  /// Keep the temporary directory (and say where it is).
  bool keepTemps = false;
  /// Print commands and sizes on `log`.
  bool verbose = false;
  /// argv[0] of scopec: the runtime is found relative to the binary.
  std::string argv0;
  /// A self-contained executable: linked statically with the serial
  /// runtime (no shared library at all; one thread).
  bool staticRuntime = false;
};

/// Compiles and links `model` with the runtime into the executable
/// `outputPath`. Errors (the compiler's own output included) go to `errs`.
mlir::LogicalResult buildExecutable(const GeneratedModel &model,
                                    llvm::StringRef outputPath,
                                    const HostCompileOptions &options,
                                    llvm::raw_ostream &errs);

/// Writes `dir`/lib<name>.a (the model and its parameters) and `dir`/<name>.h.
/// Link it with -fopenmp; the header documents the entry points.
mlir::LogicalResult buildLibrary(const GeneratedModel &model,
                                 llvm::StringRef dir,
                                 const HostCompileOptions &options,
                                 llvm::raw_ostream &errs);

/// Writes `dir`/lib<name>.so (the model, its parameters, the C interface
/// and the OpenMP runtime it needs) with `dir`/<name>_c.h and <name>.h.
mlir::LogicalResult buildSharedLibrary(const GeneratedModel &model,
                                       llvm::StringRef dir,
                                       const HostCompileOptions &options,
                                       llvm::raw_ostream &errs);

/// What `scopec --emit=cpp|lib|exe` produces (SharedLibrary: --emit=lib
/// --shared).
enum class OutputKind { Cpp, Library, SharedLibrary, Executable };

/// The driver's last step: generates the files of the lowered `module` and
/// prints them (Cpp, `output` empty), writes them into directory `output`
/// (Cpp), or builds the library in directory `output` or the executable
/// `output`. With `options.verbose`, reports sizes and times on `errs`.
/// Stage names emitModel reports through `beginStage`.
constexpr llvm::StringLiteral kEmitCppStage = "emit C++";
constexpr llvm::StringLiteral kHostCompileStage = "host C++ compile";
mlir::LogicalResult
emitModel(mlir::ModuleOp module, OutputKind kind, llvm::StringRef output,
          const HostCompileOptions &options, llvm::raw_ostream &out,
          llvm::raw_ostream &errs,
          llvm::function_ref<void(llvm::StringRef)> beginStage = {});

} // namespace scopec::target

#endif // SCOPEC_TARGET_CPP_CPPTARGET_H

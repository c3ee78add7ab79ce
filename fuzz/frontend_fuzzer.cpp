//===- frontend_fuzzer.cpp - libFuzzer target for the model frontend ------===//
//
// Feeds arbitrary bytes to scopec::frontend::importModel as a model file
// with its sibling modules (ModelFiles.h), mutated as Python
// (PythonMutator.h, python_mutator_hooks.cpp).
// Errors are fine (their diagnostics are swallowed); crashes, sanitizer
// reports, hangs (-timeout) and runaway memory (-rss_limit_mb) are not.
// Each input gets a fresh single-threaded MLIRContext so that nothing
// uniqued by one input leaks into the next.
//
//===----------------------------------------------------------------------===//

#include "ModelFiles.h"
#include "scopec/Dialect/Scope/IR/ScopeDialect.h"
#include "scopec/Frontend/Frontend.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  DialectRegistry registry;
  registry.insert<scopec::scope::ScopeDialect, func::FuncDialect>();
  MLIRContext context(registry, MLIRContext::Threading::DISABLED);
  ScopedDiagnosticHandler swallow(&context,
                                  [](Diagnostic &) { return success(); });

  // The input's sibling modules are written next to where the model file
  // would be (ModelFiles.h).
  static scopec::fuzz::ModelFiles files;
  scopec::fuzz::ModelSources sources = scopec::fuzz::splitModelSources(
      llvm::StringRef(reinterpret_cast<const char *>(data), size));
  std::string path = files.write(sources);
  llvm::SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(sources.main, path), llvm::SMLoc());
  scopec::frontend::FrontendOptions options;
  options.limitDivisor = scopec::fuzz::kFuzzLimitDivisor;
  OwningOpRef<ModuleOp> module =
      scopec::frontend::importModel(sourceMgr, &context, options, llvm::nulls());
  (void)module;
  return 0;
}

//===- pipeline_fuzzer.cpp - libFuzzer target for model -> C++ ------------===//
//
// Runs what `scopec MODEL --emit=cpp` runs on arbitrary bytes: the frontend,
// then (when it accepts the model) the whole pass pipeline down to the
// lowered stage and the C++ emitter, printing to nowhere. Frontend errors
// and pipeline errors are fine; crashes, sanitizer reports, hangs and
// runaway memory are not. The frontend corpus is its seed corpus, the
// input format and mutations are the frontend fuzzer's.
//
//===----------------------------------------------------------------------===//

#include "ModelFiles.h"
#include "scopec/Dialect/Scope/IR/ScopeDialect.h"
#include "scopec/Frontend/Frontend.h"
#include "scopec/Pipelines/Pipelines.h"
#include "scopec/Target/Cpp/CppTarget.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  DialectRegistry registry;
  registry.insert<scopec::scope::ScopeDialect, func::FuncDialect,
                  arith::ArithDialect, math::MathDialect,
                  emitc::EmitCDialect>();
  MLIRContext context(registry, MLIRContext::Threading::DISABLED);
  context.loadAllAvailableDialects();
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
  if (!module)
    return 0;

  scopec::PipelineOptions pipelineOptions;
  PassManager pm(&context, ModuleOp::getOperationName());
  scopec::buildScopecPipeline(pm, pipelineOptions, scopec::Stage::Lowered);
  if (failed(pm.run(*module)))
    return 0;
  FailureOr<scopec::target::GeneratedModel> generated =
      scopec::target::generateModel(*module);
  if (succeeded(generated))
    scopec::target::printModelSources(*generated, llvm::nulls());
  return 0;
}

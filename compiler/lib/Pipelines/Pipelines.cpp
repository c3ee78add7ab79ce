//===- Pipelines.cpp - the scopec compilation pipeline --------------------===//

#include "scopec/Pipelines/Pipelines.h"

#include "scopec/Conversion/Passes.h"
#include "scopec/Dialect/Scope/Transforms/Passes.h"
#include "scopec/Params/Transforms/Passes.h"

#include "mlir/Dialect/EmitC/Transforms/Passes.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Transforms/Passes.h"

using namespace mlir;

namespace scopec {

void buildResolvePipeline(OpPassManager &pm, const PipelineOptions &options) {
  // Every parameter is kept here (the parameter table lists them all); the
  // fusion pipeline prunes.
  pm.addPass(scope::createScopeResolveVariables());
  if (!options.weights.empty()) {
    params::ScopeBindWeightsOptions bind;
    bind.file = options.weights;
    bind.strict = options.weightsStrict;
    bind.cast = options.weightsCast;
    bind.movingAverages = options.weightsMovingAverages;
    bind.prefixes.assign(options.weightsPrefixes.begin(),
                         options.weightsPrefixes.end());
    pm.addPass(params::createScopeBindWeights(bind));
  }
  else
    pm.addPass(params::createScopeMaterializeParams(
        params::ScopeMaterializeParamsOptions{options.seed}));
}

void buildFusionPipeline(OpPassManager &pm, const PipelineOptions &options) {
  // Resolution keeps every parameter (the parameter table shows them all);
  // code generation needs only what the outputs depend on.
  if (options.prune)
    pm.addPass(scope::createScopePrune());
  // Inference batch norm folded into the weights first: its shift is then
  // a constant bias for the epilogue fusion below.
  pm.addPass(params::createScopeFoldBatchNorm());
  // A stacked RNN's loop as one loop per layer, then every layer's input
  // projections for all steps as one product before its loop, before
  // fusion gives that product its bias epilogue.
  pm.addPass(scope::createScopeSplitLoopLayers());
  pm.addPass(params::createScopeHoistLoopProjections());
  // Kernel epilogues first, so that biases and activations end up in the
  // conv/matmul kernels rather than in elementwise loops.
  pm.addPass(scope::createScopeFuseConvBiasActivation());
  pm.addPass(scope::createScopeFuseMatMulBiasActivation());
  pm.addPass(scope::createScopeFuseElementwise());
  pm.addPass(createCanonicalizerPass());
  pm.addPass(createCSEPass());
}

void buildLoweringPipeline(OpPassManager &pm, const PipelineOptions &options) {
  pm.addPass(createCSEPass());
  pm.addPass(createScopePlanBuffers());
  ConvertScopeToEmitCOptions toEmitC;
  toEmitC.threads = options.threads;
  toEmitC.modelName = options.modelName;
  toEmitC.className = options.className;
  pm.addPass(createConvertScopeToEmitC(toEmitC));
  // Folds single-use C operators into their users: `v[i * 8 + j]`.
  pm.addPass(emitc::createFormExpressionsPass());
}

void buildStagePipeline(OpPassManager &pm, const PipelineOptions &options,
                        Stage stage) {
  switch (stage) {
  case Stage::Scoped:
    return;
  case Stage::Resolved:
    return buildResolvePipeline(pm, options);
  case Stage::Fused:
    return buildFusionPipeline(pm, options);
  case Stage::Lowered:
    return buildLoweringPipeline(pm, options);
  }
}

llvm::StringRef getStageName(Stage stage) {
  switch (stage) {
  case Stage::Scoped:
    return "frontend";
  case Stage::Resolved:
    return "resolve";
  case Stage::Fused:
    return "fuse";
  case Stage::Lowered:
    return "lower";
  }
  return "";
}

void buildScopecPipeline(OpPassManager &pm, const PipelineOptions &options,
                         Stage stopAfter) {
  for (Stage stage : {Stage::Resolved, Stage::Fused, Stage::Lowered})
    if (stage <= stopAfter)
      buildStagePipeline(pm, options, stage);
}

void registerScopecPipelines() {
  PassPipelineRegistration<PipelineOptions>(
      "scopec-resolve", "scoped IR -> resolved IR (one param per variable)",
      buildResolvePipeline);
  PassPipelineRegistration<PipelineOptions>(
      "scopec-fuse", "resolved IR -> fused IR", buildFusionPipeline);
  PassPipelineRegistration<PipelineOptions>(
      "scopec-lower", "fused IR -> lowered IR (the last MLIR before C++)",
      buildLoweringPipeline);
  PassPipelineRegistration<PipelineOptions>(
      "scopec-pipeline", "scoped IR -> lowered IR (what `scopec` runs)",
      [](OpPassManager &pm, const PipelineOptions &options) {
        buildScopecPipeline(pm, options, Stage::Lowered);
      });
}

} // namespace scopec

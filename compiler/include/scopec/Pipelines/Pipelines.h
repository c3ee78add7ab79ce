//===- Pipelines.h - the scopec compilation pipeline --------------*- C++ -*-===//
//
// The whole compiler after the frontend, as pass pipelines. The driver only
// chooses where to stop (`--emit=`); lit tests run the same pipelines through
// `scopec-opt --scopec-resolve` etc.
//
//   scoped   --scopec-resolve-->  resolved  (one scope.param per variable)
//   resolved --scopec-fuse----->  fused     (conv+bias+act, matmul+bias+act)
//   fused    --scopec-lower---->  lowered   (the last MLIR before C++)
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_PIPELINES_PIPELINES_H
#define SCOPEC_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassOptions.h"

#include <string>

namespace scopec {

/// Where the pipeline stops; each is a `--emit=` stage.
enum class Stage { Scoped, Resolved, Fused, Lowered };

struct PipelineOptions : public mlir::PassPipelineOptions<PipelineOptions> {
  Option<uint64_t> seed{*this, "seed",
                        llvm::cl::desc("Graph seed for random initial values"),
                        llvm::cl::init(0)};
  Option<std::string> weights{
      *this, "weights",
      llvm::cl::desc("Trained values: a TensorFlow checkpoint, .npz or "
                     ".safetensors")};
  Option<bool> weightsStrict{
      *this, "weights-strict",
      llvm::cl::desc("An entry of the weights no variable uses is an error"),
      llvm::cl::init(false)};
  Option<bool> weightsCast{
      *this, "weights-cast",
      llvm::cl::desc("Convert checkpoint dtypes to the model's"),
      llvm::cl::init(false)};
  Option<bool> weightsMovingAverages{
      *this, "weights-moving-averages",
      llvm::cl::desc("Bind V/ExponentialMovingAverage to V when present"),
      llvm::cl::init(false)};
  ListOption<std::string> weightsPrefixes{
      *this, "weights-prefix",
      llvm::cl::desc("OLD=NEW: weights named OLD... bind variables NEW...")};
  Option<bool> prune{*this, "prune",
                     llvm::cl::desc("Drop what no model output needs"),
                     llvm::cl::init(true)};
  Option<std::string> modelName{
      *this, "model-name",
      llvm::cl::desc("C++ namespace and file names of the generated code "
                     "(default: the model file's stem)")};
  Option<std::string> className{
      *this, "class-name",
      llvm::cl::desc("C++ class of the model (default: the model name in "
                     "CamelCase)")};
  Option<int64_t> threads{
      *this, "threads",
      llvm::cl::desc("Default thread count baked into the executable "
                     "(0: OpenMP's default)"),
      llvm::cl::init(0)};
};

/// scoped -> resolved: variable sharing resolved into unique parameters.
void buildResolvePipeline(mlir::OpPassManager &pm,
                          const PipelineOptions &options);
/// resolved -> fused.
void buildFusionPipeline(mlir::OpPassManager &pm,
                         const PipelineOptions &options);
/// fused -> lowered.
void buildLoweringPipeline(mlir::OpPassManager &pm,
                           const PipelineOptions &options);
/// The passes that produce `stage` from the stage before it (nothing for
/// Scoped, which the frontend produces).
void buildStagePipeline(mlir::OpPassManager &pm, const PipelineOptions &options,
                        Stage stage);
/// "resolve", "fuse", "lower" (and "frontend" for Scoped): stage names for
/// progress and timing reports.
llvm::StringRef getStageName(Stage stage);
/// scoped -> `stopAfter`.
void buildScopecPipeline(mlir::OpPassManager &pm,
                         const PipelineOptions &options, Stage stopAfter);

/// Registers `scopec-resolve`, `scopec-fuse`, `scopec-lower` and
/// `scopec-pipeline` for scopec-opt.
void registerScopecPipelines();

} // namespace scopec

#endif // SCOPEC_PIPELINES_PIPELINES_H

//===- EmitModel.cpp - scopec --emit=cpp|lib|exe --------------------------===//
//
// The driver's code-generation step as one library call, so the driver
// itself only picks the output kind and path.
//
//===----------------------------------------------------------------------===//

#include "scopec/Target/Cpp/CppTarget.h"


using namespace mlir;
using namespace scopec;
using namespace scopec::target;

LogicalResult target::emitModel(ModuleOp module, OutputKind kind,
                                StringRef output,
                                const HostCompileOptions &options,
                                llvm::raw_ostream &out, llvm::raw_ostream &errs,
                                function_ref<void(StringRef)> beginStage) {
  auto begin = [&](StringRef stage) {
    if (beginStage)
      beginStage(stage);
  };
  begin(kEmitCppStage);
  FailureOr<GeneratedModel> model = generateModel(module);
  if (failed(model))
    return failure();
  if (options.verbose)
    errs << "scopec: model '" << model->name << "': peak activation memory "
         << model->peakActivationBytes << " bytes, parameters "
         << model->blob.size() << " bytes\n";

  switch (kind) {
  case OutputKind::Cpp: {
    if (output.empty()) {
      printModelSources(*model, out);
      return success();
    }
    std::string error;
    if (!writeModelFiles(*model, output, error)) {
      errs << "scopec: error: " << error << "\n";
      return failure();
    }
    return success();
  }
  case OutputKind::Library:
    begin(kHostCompileStage);
    return buildLibrary(*model, output, options, errs);
  case OutputKind::SharedLibrary:
    begin(kHostCompileStage);
    return buildSharedLibrary(*model, output, options, errs);
  case OutputKind::Executable:
    begin(kHostCompileStage);
    return buildExecutable(*model, output, options, errs);
  }
  return failure();
}

//===- BindWeights.cpp - bind trained values to the parameters ------------===//
//
// `scopec --weights PATH`: reads the checkpoint or file with the
// ScopecParams readers, matches its entries to the module's scope.param ops
// by name with bindWeights() (which collects every mismatch into one
// message), and stores each bound array bit for bit as the parameter's
// value. Entries left unused are summarized in one remark.
//
//===----------------------------------------------------------------------===//

#include "scopec/Params/Transforms/Passes.h"

#include "scopec/Dialect/Scope/IR/ElementTypes.h"
#include "scopec/Dialect/Scope/IR/ScopeOps.h"
#include "scopec/Params/WeightsFile.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"

namespace scopec::params {
#define GEN_PASS_DEF_SCOPEBINDWEIGHTS
#include "scopec/Params/Transforms/Passes.h.inc"
} // namespace scopec::params

using namespace mlir;
using namespace scopec;
using scopec::rt::DType;

LogicalResult params::collectParamDecls(ModuleOp module,
                                        std::vector<params::ParamDecl> &decls) {
  for (auto param : module.getOps<scope::ParamOp>()) {
    RankedTensorType type = param.getTensorType();
    std::optional<DType> dtype = scope::getRuntimeDType(type.getElementType());
    if (!dtype)
      return emitError(param.getLoc())
             << "parameter '" << param.getSymName() << "' has element type "
             << type.getElementType() << ", which a weights file cannot hold";
    params::ParamDecl decl;
    decl.name = param.getSymName().str();
    decl.shape.assign(type.getShape().begin(), type.getShape().end());
    decl.dtype = *dtype;
    decls.push_back(std::move(decl));
  }
  return success();
}

namespace {
struct BindWeightsPass
    : public params::impl::ScopeBindWeightsBase<BindWeightsPass> {
  using ScopeBindWeightsBase::ScopeBindWeightsBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    // Problems with the weights are the weights file's, not the model
    // source's: reported at no location (the drivers show them as their
    // own errors), the message naming the file.
    Location fileLoc = UnknownLoc::get(module.getContext());
    if (file.empty()) {
      emitError(module.getLoc()) << "scope-bind-weights needs a file "
                                    "(file=PATH)";
      return signalPassFailure();
    }
    params::BindOptions options;
    options.strict = strict;
    options.cast = cast;
    options.movingAverages = movingAverages;
    std::string error, summary;
    for (const std::string &mapping : prefixes) {
      if (!params::addWeightsPrefix(mapping, options, error)) {
        emitError(fileLoc) << error;
        return signalPassFailure();
      }
    }

    std::vector<params::ParamDecl> decls;
    if (failed(params::collectParamDecls(module, decls)))
      return signalPassFailure();
    auto paramOps = llvm::to_vector(module.getOps<scope::ParamOp>());

    std::vector<params::WeightsEntry> entries;
    std::vector<rt::NpyArray> bound;
    if (!params::readWeightsFile(file, entries, error) ||
        !params::bindWeights(std::move(entries), decls, file, bound, error,
                             options, &summary)) {
      emitError(fileLoc) << error;
      return signalPassFailure();
    }
    if (!summary.empty())
      emitRemark(fileLoc) << summary;

    for (auto [param, array] : llvm::zip_equal(paramOps, bound)) {
      if (array.dtype == DType::Bool) {
        // DenseElementsAttr packs i1 as bits, not as the file's bytes.
        llvm::SmallVector<bool> values;
        for (uint8_t byte : array.data)
          values.push_back(byte != 0);
        param.setValueAttr(
            DenseElementsAttr::get(param.getTensorType(), values));
        continue;
      }
      llvm::ArrayRef<char> raw(
          reinterpret_cast<const char *>(array.data.data()), array.data.size());
      param.setValueAttr(
          DenseElementsAttr::getFromRawBuffer(param.getTensorType(), raw));
    }
  }
};
} // namespace

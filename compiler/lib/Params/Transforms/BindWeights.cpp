//===- BindWeights.cpp - bind trained values to the parameters ------------===//
//
// `scopec --weights FILE`: reads the file with the ScopecParams readers,
// matches its entries to the module's scope.param ops by name with
// bindWeights() (which collects every mismatch into one message), and stores
// each bound array bit for bit as the parameter's value.
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

namespace {
struct BindWeightsPass
    : public params::impl::ScopeBindWeightsBase<BindWeightsPass> {
  using ScopeBindWeightsBase::ScopeBindWeightsBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    if (file.empty()) {
      emitError(module.getLoc()) << "scope-bind-weights needs a file "
                                    "(file=PATH)";
      return signalPassFailure();
    }

    llvm::SmallVector<scope::ParamOp> paramOps;
    std::vector<params::ParamDecl> decls;
    for (auto param : module.getOps<scope::ParamOp>()) {
      RankedTensorType type = param.getTensorType();
      std::optional<DType> dtype =
          scope::getRuntimeDType(type.getElementType());
      if (!dtype) {
        emitError(param.getLoc())
            << "parameter '" << param.getSymName() << "' has element type "
            << type.getElementType() << ", which a weights file cannot hold";
        return signalPassFailure();
      }
      params::ParamDecl decl;
      decl.name = param.getSymName().str();
      decl.shape.assign(type.getShape().begin(), type.getShape().end());
      decl.dtype = *dtype;
      decls.push_back(std::move(decl));
      paramOps.push_back(param);
    }

    std::vector<params::WeightsEntry> entries;
    std::vector<rt::NpyArray> bound;
    std::string error;
    if (!params::readWeightsFile(file, entries, error) ||
        !params::bindWeights(std::move(entries), decls, file, bound, error)) {
      // The problem is in the weights file: report it there.
      emitError(FileLineColLoc::get(module.getContext(), file, 0, 0)) << error;
      return signalPassFailure();
    }

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

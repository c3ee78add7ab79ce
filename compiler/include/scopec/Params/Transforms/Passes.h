//===- Passes.h - parameter value passes ------------------------*- C++ -*-===//

#ifndef SCOPEC_PARAMS_TRANSFORMS_PASSES_H
#define SCOPEC_PARAMS_TRANSFORMS_PASSES_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

#include "scopec/Dialect/Scope/IR/ScopeDialect.h"
#include "scopec/Params/WeightsFile.h"

namespace scopec::params {

/// The module's parameters as the weights readers see them (name, static
/// shape, dtype), in module order; fails, with an error at the parameter,
/// on an element type no weights file can hold.
mlir::LogicalResult collectParamDecls(mlir::ModuleOp module,
                                      std::vector<ParamDecl> &decls);

#define GEN_PASS_DECL
#include "scopec/Params/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "scopec/Params/Transforms/Passes.h.inc"

} // namespace scopec::params

#endif // SCOPEC_PARAMS_TRANSFORMS_PASSES_H

//===- Passes.h - parameter value passes ------------------------*- C++ -*-===//

#ifndef SCOPEC_PARAMS_TRANSFORMS_PASSES_H
#define SCOPEC_PARAMS_TRANSFORMS_PASSES_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

#include "scopec/Dialect/Scope/IR/ScopeDialect.h"

namespace scopec::params {

#define GEN_PASS_DECL
#include "scopec/Params/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "scopec/Params/Transforms/Passes.h.inc"

} // namespace scopec::params

#endif // SCOPEC_PARAMS_TRANSFORMS_PASSES_H

//===- Passes.h - scopec conversion passes ----------------------*- C++ -*-===//
//
// Buffer planning and the lowering of planned `scope` IR to EmitC.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_CONVERSION_PASSES_H
#define SCOPEC_CONVERSION_PASSES_H

#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

#include "scopec/Dialect/Scope/IR/ScopeDialect.h"

namespace scopec {

#define GEN_PASS_DECL
#include "scopec/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "scopec/Conversion/Passes.h.inc"

} // namespace scopec

#endif // SCOPEC_CONVERSION_PASSES_H

//===- ScopeOps.h - scope dialect operations ----------------------*- C++ -*-===//

#ifndef SCOPEC_DIALECT_SCOPE_IR_SCOPEOPS_H
#define SCOPEC_DIALECT_SCOPE_IR_SCOPEOPS_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "scopec/Dialect/Scope/IR/ScopeDialect.h"

#include <limits>

namespace scopec::scope {
/// The check every elementwise op shares: a result shape that is the NumPy
/// broadcast of the operand shapes.
mlir::LogicalResult verifyElementwise(mlir::Operation *op);
/// The check every reduction shares: distinct in-range axes and the reduced
/// result shape.
mlir::LogicalResult verifyReduction(mlir::Operation *op);
/// scope.loop's result groups, `(t1, t2)` or `()` (LoopOp.cpp).
mlir::ParseResult parseParenTypes(mlir::OpAsmParser &parser,
                                  llvm::SmallVectorImpl<mlir::Type> &types);
void printParenTypes(mlir::OpAsmPrinter &printer, mlir::Operation *op,
                     mlir::TypeRange types);
} // namespace scopec::scope

#include "scopec/Dialect/Scope/IR/ScopeInterfaces.h.inc"

#define GET_OP_CLASSES
#include "scopec/Dialect/Scope/IR/ScopeOps.h.inc"

#endif // SCOPEC_DIALECT_SCOPE_IR_SCOPEOPS_H

//===- ScopeDialect.cpp - scope dialect registration ----------------------===//

#include "scopec/Dialect/Scope/IR/ScopeDialect.h"
#include "scopec/Dialect/Scope/IR/ScopeOps.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace scopec::scope;

#include "scopec/Dialect/Scope/IR/ScopeDialect.cpp.inc"
#include "scopec/Dialect/Scope/IR/ScopeEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "scopec/Dialect/Scope/IR/ScopeAttrs.cpp.inc"

void ScopeDialect::initialize() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "scopec/Dialect/Scope/IR/ScopeAttrs.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "scopec/Dialect/Scope/IR/ScopeOps.cpp.inc"
      >();
}

//===- ParamTable.h - the parameter table (--emit=params) -------*- C++ -*-===//
//
// One row per scope.param of a resolved module: name, shape, dtype, bytes,
// initializer and every source location that reads it, so a user sees which
// tf.get_variable calls share one buffer. Totals (parameters, elements,
// bytes) close the table. `--format=json` gives the same for machines.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_TARGET_PARAMS_PARAMTABLE_H
#define SCOPEC_TARGET_PARAMS_PARAMTABLE_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LLVM.h"
#include "llvm/Support/raw_ostream.h"

namespace scopec {

enum class TableFormat { Text, Json };

/// Writes the parameter table of `module` (resolved IR) to `os`. Fails, with
/// a diagnostic, if the module still holds unresolved variable lookups.
mlir::LogicalResult emitParamTable(mlir::ModuleOp module, llvm::raw_ostream &os,
                                   TableFormat format);

} // namespace scopec

#endif // SCOPEC_TARGET_PARAMS_PARAMTABLE_H

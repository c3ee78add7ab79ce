//===- IREmitter.h - Builds the scoped IR of a model --------------*- C++ -*-===//
//
// Owns the module being built: `func.func @model()` whose body receives, in
// execution order, every op the model creates. Gives each op its location
// (NameLoc of the TF op name around the FileLineColLoc of the model line)
// and converts dtypes, shapes, values and initializers to MLIR.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_IREMITTER_H
#define SCOPEC_FRONTEND_IREMITTER_H

#include "TFObjects.h"

#include "scopec/Dialect/Scope/IR/ScopeOps.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

namespace scopec::frontend {

class Interpreter;

class IREmitter {
public:
  /// Locations refer to `interp`'s source files; a location inside a
  /// prelude module becomes the model's call (Interpreter::userLoc).
  explicit IREmitter(const Interpreter &interp);

  mlir::OpBuilder &builder() { return b; }
  mlir::MLIRContext *getContext() { return b.getContext(); }
  /// `NameLoc(opName, file:line:col)` of the model's line.
  mlir::Location opLoc(const std::string &opName, SrcLoc l);
  mlir::Location fileLoc(SrcLoc l);
  mlir::Type elementType(DType d);
  mlir::RankedTensorType tensorType(const Shape &shape, DType d);
  /// Dense elements of `dtype` holding `values` (one value is splatted).
  mlir::DenseElementsAttr dense(const Shape &shape, DType d,
                                const std::vector<double> &values);
  /// The `#scope.init` attribute of an initializer, for a variable of
  /// dtype `varType`.
  scope::InitializerAttr initializerAttr(const InitSpec &init, DType varType);

  /// Terminates the function and hands the module over.
  mlir::OwningOpRef<mlir::ModuleOp> finish();

private:
  mlir::OpBuilder b;
  const Interpreter &interp;
  /// Source file names by SrcLoc::file (owned by the interpreter).
  const std::vector<std::string> &files;
  mlir::OwningOpRef<mlir::ModuleOp> module;
  mlir::func::FuncOp func;
};

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_IREMITTER_H

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
  /// `NameLoc(opName, ...)` of the model's line and, when a function of the
  /// model made the op, the call sites that led there (a CallSiteLoc, whose
  /// diagnostics print "called from" notes): where a variable is looked
  /// up, so a sharing error names the caller that made the lookup.
  mlir::Location callSiteLoc(const std::string &opName, SrcLoc l);
  mlir::Type elementType(DType d);
  mlir::RankedTensorType tensorType(const Shape &shape, DType d);
  /// Dense elements of `dtype` holding `values` (one value is splatted).
  mlir::DenseElementsAttr dense(const Shape &shape, DType d,
                                const std::vector<double> &values);
  /// The `#scope.init` attribute of an initializer, for a variable of
  /// dtype `varType`.
  scope::InitializerAttr initializerAttr(const InitSpec &init, DType varType);

  //===--- Loop bodies (TFLoop.cpp) -------------------------------------===//
  /// Ops go into `loop`'s body (built at the current point) until
  /// exitLoop(), which returns to the point after it.
  void enterLoop(mlir::Operation *loop);
  void exitLoop();
  bool inLoop() const { return !loops.empty(); }
  /// Whether `v` may be used where ops are emitted now: false for a value
  /// computed in a loop body the builder has left.
  bool isVisible(mlir::Value v);
  /// While alive, ops go before the outermost loop being built: constants,
  /// placeholders and variables, which TensorFlow also makes outside a
  /// while loop's body, so every use (in the body or after it) sees them.
  class OutsideLoops {
  public:
    explicit OutsideLoops(IREmitter &e);
    ~OutsideLoops();

  private:
    IREmitter &e;
    std::optional<mlir::OpBuilder::InsertPoint> saved;
  };

  /// Terminates the function and hands the module over.
  mlir::OwningOpRef<mlir::ModuleOp> finish();

private:
  mlir::OpBuilder b;
  const Interpreter &interp;
  /// Source file names by SrcLoc::file (owned by the interpreter).
  const std::vector<std::string> &files;
  mlir::OwningOpRef<mlir::ModuleOp> module;
  mlir::func::FuncOp func;
  /// The loops being built, outermost first, with the insertion point
  /// after each.
  std::vector<std::pair<mlir::Operation *, mlir::OpBuilder::InsertPoint>> loops;
};

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_IREMITTER_H

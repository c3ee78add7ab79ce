//===- Prune.cpp - remove what no model output needs ----------------------===//

#include "scopec/Dialect/Scope/IR/ScopeOps.h"
#include "scopec/Dialect/Scope/Transforms/Passes.h"

#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringSet.h"

namespace scopec::scope {
#define GEN_PASS_DEF_SCOPEPRUNE
#include "scopec/Dialect/Scope/Transforms/Passes.h.inc"
} // namespace scopec::scope

using namespace mlir;
using namespace scopec::scope;

namespace {
/// Ops the pass never removes: roots (outputs), terminators and lookups that
/// still await resolution. A loop's yield is needed when the loop is.
bool isRoot(Operation *op) {
  return isa<OutputOp, GetVariableOp>(op) ||
         (op->hasTrait<OpTrait::IsTerminator>() && !isa<LoopYieldOp>(op));
}

struct PrunePass : public scopec::scope::impl::ScopePruneBase<PrunePass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    llvm::SetVector<Operation *> live;
    module.walk([&](Operation *op) {
      if (isRoot(op) && !isa<ModuleOp>(op) && op->getParentOp() != module)
        live.insert(op);
    });
    // Everything the roots depend on, transitively.
    for (size_t i = 0; i < live.size(); ++i) {
      for (Value operand : live[i]->getOperands())
        if (Operation *def = operand.getDefiningOp())
          live.insert(def);
      if (auto loop = dyn_cast<LoopOp>(live[i]))
        live.insert(loop.getBody().front().getTerminator());
    }

    // A dead loop goes whole, with its body.
    llvm::SmallVector<Operation *> dead;
    module.walk<WalkOrder::PreOrder>([&](Operation *op) {
      if (op->getParentOp() == module || live.contains(op))
        return WalkResult::advance();
      if (isa<LoopOp>(op)) {
        dead.push_back(op);
        return WalkResult::skip();
      }
      if (op->getNumRegions() == 0)
        dead.push_back(op);
      return WalkResult::advance();
    });
    // Erase users before producers.
    for (Operation *op : llvm::reverse(dead))
      op->erase();

    llvm::StringSet<> read;
    module.walk([&](ReadOp op) { read.insert(op.getParam()); });
    for (ParamOp param : llvm::make_early_inc_range(module.getOps<ParamOp>()))
      if (!read.contains(param.getSymName()))
        param.erase();
  }
};
} // namespace

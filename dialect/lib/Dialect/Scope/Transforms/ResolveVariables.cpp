//===- ResolveVariables.cpp - one scope.param per variable ----------------===//
//
// Replays the model's variable lookups, in program order, against
// TensorFlow 1.15's variable store (VariableStore.h, the same rules the
// frontend runs) and turns them into reads of module-level parameters.
//
//===----------------------------------------------------------------------===//

#include "scopec/Dialect/Scope/IR/ScopeOps.h"
#include "scopec/Dialect/Scope/IR/VariableStore.h"
#include "scopec/Dialect/Scope/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/SymbolTable.h"
#include "llvm/ADT/StringMap.h"

namespace scopec::scope {
#define GEN_PASS_DEF_SCOPERESOLVEVARIABLES
#include "scopec/Dialect/Scope/Transforms/Passes.h.inc"
} // namespace scopec::scope

using namespace mlir;
using namespace scopec::scope;

namespace {
/// TensorFlow's default initializer when neither the call nor a scope gives
/// one: glorot_uniform for floating types, zeros for integers and bools.
InitializerAttr defaultInitializer(MLIRContext *context, Type element) {
  return InitializerAttr::get(
      context, isa<FloatType>(element) ? "glorot_uniform" : "zeros",
      DictionaryAttr());
}

/// TensorFlow's name of an element type ("float32", "int32", "bool").
std::string tfDType(Type element) {
  if (element.isF32())
    return "float32";
  if (element.isF64())
    return "float64";
  if (element.isInteger(1))
    return "bool";
  if (auto integer = dyn_cast<IntegerType>(element))
    return "int" + std::to_string(integer.getWidth());
  std::string s;
  llvm::raw_string_ostream(s) << element;
  return s;
}

/// The variable-store request of a lookup. The IR records the initializer in
/// force (argument, else the scope's default) and the dtype argument; with no
/// dtype argument the dtype in force is the variable's (for a value
/// initializer: the scope's, float32).
VariableRequest makeRequest(GetVariableOp op) {
  VariableRequest request;
  request.name = op.getName().str();
  if (auto shape = op.getShape())
    request.shape = std::vector<int64_t>(shape->begin(), shape->end());
  auto type = cast<RankedTensorType>(op.getType());
  InitializerAttr init = op.getInitializerAttr();
  InitializerKind kind = !init ? InitializerKind::None
                         : init.getKind() == "value"
                             ? InitializerKind::Value
                             : InitializerKind::Callable;
  request.argInitializer = request.initializer = kind;
  if (kind == InitializerKind::Value) {
    // A tensor value has its type; a number is a scalar of its own type.
    if (auto value = dyn_cast<TypedAttr>(init.getParams().get("value"))) {
      Type valueType = value.getType();
      if (auto shaped = dyn_cast<ShapedType>(valueType)) {
        request.valueShape.assign(shaped.getShape().begin(),
                                  shaped.getShape().end());
        valueType = shaped.getElementType();
      }
      request.valueDType = request.argValueDType = tfDType(valueType);
    }
  }
  if (auto dtype = op.getDtype())
    request.explicitDType = tfDType(*dtype);
  request.dtype = request.explicitDType ? *request.explicitDType
                  : kind == InitializerKind::Value
                      ? std::string("float32")
                      : tfDType(type.getElementType());
  switch (op.getReuse()) {
  case ReuseMode::None:
    request.reuse = StoreReuse::None;
    break;
  case ReuseMode::Reuse:
    request.reuse = StoreReuse::Reuse;
    break;
  case ReuseMode::Auto:
    request.reuse = StoreReuse::Auto;
    break;
  }
  return request;
}

/// Errors about an existing variable get a note at its creator.
bool notesCreator(StoreError error) {
  return error == StoreError::E1 || error == StoreError::E3 ||
         error == StoreError::E4;
}

/// Replaces the lookup `op` by a read of `param`, located at the lookup.
void replaceByRead(Operation *op, ParamOp param) {
  OpBuilder builder(op);
  auto read = ReadOp::create(builder, op->getLoc(), param.getType(),
                             FlatSymbolRefAttr::get(param.getSymNameAttr()));
  op->getResult(0).replaceAllUsesWith(read.getResult());
  op->erase();
}

/// The variable store of one module (TF's graph) while its lookups are
/// replayed: the rules, and the parameter each created variable became.
class Resolver {
public:
  explicit Resolver(ModuleOp module) : module(module), symbols(module) {}

  /// Resolves every lookup of `func`, in program order. Stops at the first
  /// lookup TensorFlow rejects, as TensorFlow does.
  LogicalResult resolve(func::FuncOp func) {
    llvm::SmallVector<Operation *> lookups;
    func.walk<WalkOrder::PreOrder>([&](Operation *op) {
      if (isa<GetVariableOp, VariableOp>(op))
        lookups.push_back(op);
    });
    for (Operation *op : lookups) {
      LogicalResult result = success();
      if (auto lookup = dyn_cast<GetVariableOp>(op))
        result = resolveLookup(lookup);
      else
        result = resolveVariable(cast<VariableOp>(op));
      if (failed(result))
        return failure();
    }
    return success();
  }

private:
  /// A new parameter before `before`'s top-level ancestor (so parameters
  /// appear in creation order ahead of the model), named `name` or, if that
  /// symbol is taken, `name_1`, `name_2`, ... as TensorFlow uniquifies.
  ParamOp createParam(Operation *before, Location loc, llvm::StringRef name,
                      Type type, InitializerAttr initializer, bool trainable) {
    std::string symbol = name.str();
    for (unsigned k = 1; symbols.lookup(symbol); ++k)
      symbol = (name + "_" + llvm::Twine(k)).str();
    while (before->getParentOp() != module)
      before = before->getParentOp();
    OpBuilder builder(before);
    auto param = ParamOp::create(builder, loc, llvm::StringRef(symbol), type,
                                 initializer, trainable, ElementsAttr());
    symbols.insert(param, Block::iterator(before));
    return param;
  }

  LogicalResult resolveVariable(VariableOp op) {
    ParamOp param = createParam(op, op.getLoc(), op.getName(), op.getType(),
                                op.getInitializer(), op.getTrainable());
    replaceByRead(op, param);
    return success();
  }

  LogicalResult resolveLookup(GetVariableOp op) {
    LookupResult result = store.getVariable(makeRequest(op));
    auto existing = params.find(op.getName());
    switch (result.action) {
    case LookupAction::Error: {
      // TensorFlow raises these as ValueError; shown as the frontend shows
      // an uncaught Python exception ("Type: message").
      InFlightDiagnostic diag =
          emitError(op.getLoc(), "ValueError: " + result.message);
      if (existing != params.end() && notesCreator(result.error)) {
        Location created = existing->second.getLoc();
        diag.attachNote(created)
            << "variable '" << op.getName() << "' was created here";
        // MLIR prints the callers of an error's location, not of a note's.
        if (auto name = dyn_cast<NameLoc>(created))
          created = name.getChildLoc();
        for (auto call = dyn_cast<CallSiteLoc>(created); call;) {
          auto next = dyn_cast<CallSiteLoc>(call.getCaller());
          diag.attachNote(next ? next.getCallee() : call.getCaller())
              << "called from";
          call = next;
        }
      }
      return failure();
    }
    case LookupAction::Share: {
      ParamOp param = existing->second;
      if (param.getType() != op.getType())
        return emitError(op.getLoc())
               << "variable '" << op.getName() << "' has type "
               << param.getType() << ", but this lookup's result is "
               << op.getType();
      replaceByRead(op, param);
      return success();
    }
    case LookupAction::Create: {
      InitializerAttr initializer = op.getInitializerAttr();
      if (!initializer)
        initializer = defaultInitializer(
            op.getContext(),
            cast<RankedTensorType>(op.getType()).getElementType());
      ParamOp param = createParam(op, op.getLoc(), op.getName(), op.getType(),
                                  initializer, op.getTrainable());
      params[op.getName()] = param;
      replaceByRead(op, param);
      return success();
    }
    }
    return success();
  }

  ModuleOp module;
  SymbolTable symbols;
  /// TF's variable store (the rules) and, per full name, its parameter.
  VariableStore store;
  llvm::StringMap<ParamOp> params;
};

struct ResolveVariablesPass
    : public scopec::scope::impl::ScopeResolveVariablesBase<
          ResolveVariablesPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    Resolver resolver(module);
    for (auto func : llvm::to_vector(module.getOps<func::FuncOp>()))
      if (failed(resolver.resolve(func)))
        return signalPassFailure();
  }
};
} // namespace

//===- TFElementwise.cpp - the elementwise ops' Python functions ----------===//
//
// Every scope op of ElementwiseOpInterface declares its TensorFlow op type,
// its Python functions and their operand parameters (ScopeOps.td); this file
// binds them all from that declaration, with no per-op code: `tf.sqrt(x,
// name=None)`, `tf.maximum(x, y, name=None)`, `tf.nn.leaky_relu(features,
// alpha=0.2, name=None)` (float attributes of the op become keyword
// parameters). Operands follow TF's conversion: Python numbers take the
// dtype of the first tensor operand; operands must have one dtype the op
// allows (TF's messages); shapes broadcast (TF's shape-function error).
//
//===----------------------------------------------------------------------===//

#include "TFApi.h"
#include "TFOpCall.h"

#include "scopec/Dialect/Scope/IR/ScopeOps.h"
#include "scopec/Frontend/Frontend.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;
namespace sc = scopec::scope;
namespace shapes = scopec::shapes;

namespace {

/// One Python function of an elementwise op.
struct ElementwiseFn {
  mlir::RegisteredOperationName opName;
  std::string tfType;
  llvm::SmallVector<std::string> operands;   ///< parameter names
  llvm::SmallVector<std::string> attributes; ///< float attributes
  Signature signature;
};

/// Emits the op `opName` on `operands` (Python values; `params` their
/// parameter names) with the float attributes `attrs`, named `nameArg` or
/// `defaultName`.
FailureOr<Value> emitElementwise(TFRuntime &rt, mlir::OperationName opName,
                                 llvm::ArrayRef<Value> operands,
                                 llvm::ArrayRef<std::string> params,
                                 llvm::ArrayRef<mlir::NamedAttribute> attrs,
                                 const Value &nameArg,
                                 llvm::StringRef defaultName, SrcLoc l) {
  auto *iface = opName.getInterface<sc::ElementwiseOpInterface>();
  OpCall op(rt, l, iface->getTFOpType().str());
  if (failed(op.named(nameArg, defaultName.str())))
    return failure();
  std::optional<DType> dtype;
  for (const Value &v : operands)
    if (!dtype && isa<TensorObj>(v))
      dtype = v.as<TensorObj>()->dtype;
  llvm::SmallVector<mlir::Value> values;
  Shape shape;
  for (auto [v, param] : llvm::zip(operands, params)) {
    FailureOr<TensorRef> input = op.input(v, param, dtype);
    if (failed(input))
      return failure();
    TensorRef t = *input;
    if (failed(op.allowDTypes(t, param.c_str(), iface->getAllowedDTypes())) ||
        failed(op.sameDType(op.inputs.front(), t, params.front().c_str(),
                            param.c_str())))
      return failure();
    std::string err;
    Shape broadcast;
    if (values.empty())
      shape = t->shape;
    else if (!shapes::broadcast(shape, t->shape, broadcast, err))
      return op.shapeError(err);
    else
      shape = broadcast;
    values.push_back(t->value);
  }
  DType resultType = iface->getResultDType() == "bool"
                         ? DType::Bool
                         : op.inputs.front()->dtype;
  mlir::OperationState state(op.loc(), opName);
  state.addOperands(values);
  state.addTypes(op.type_(shape, resultType));
  state.addAttributes(attrs);
  mlir::Operation *created = op.b().create(state);
  return op.result(created->getResult(0), shape, resultType);
}

FailureOr<Value> callElementwise(TFRuntime &rt, const ElementwiseFn &fn,
                                 CallArgs &args) {
  FailureOr<BoundArgs> bound = rt.interp.bind(fn.signature, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  llvm::SmallVector<Value> operands;
  for (const std::string &param : fn.operands)
    operands.push_back(a[param]);
  llvm::SmallVector<mlir::NamedAttribute> attrs;
  mlir::Builder b(rt.interp.getContext());
  for (const std::string &attr : fn.attributes) {
    if (!a.given(attr))
      continue;
    FailureOr<double> v = rt.interp.toDouble(a[attr], args.loc, attr.c_str());
    if (failed(v))
      return failure();
    attrs.push_back(b.getNamedAttr(attr, b.getF64FloatAttr(*v)));
  }
  return emitElementwise(rt, fn.opName, operands, fn.operands, attrs, a["name"],
                         fn.tfType, args.loc);
}

} // namespace

FailureOr<Value> scopec::frontend::tfElementwise(TFRuntime &rt,
                                                 llvm::StringRef opName,
                                                 llvm::ArrayRef<Value> operands,
                                                 llvm::StringRef defaultName,
                                                 SrcLoc l) {
  mlir::OperationName name(opName, rt.interp.getContext());
  std::vector<std::string> params = {"x", "y"};
  params.resize(operands.size());
  return emitElementwise(rt, name, operands, params, {}, Value::none(),
                         defaultName, l);
}

void scopec::frontend::registerElementwiseOps(
    TFRuntime &rt, const std::map<std::string, ModuleObj *> &modules) {
  mlir::MLIRContext *context = rt.interp.getContext();
  context->getOrLoadDialect<sc::ScopeDialect>();
  for (mlir::RegisteredOperationName name :
       context->getRegisteredOperations()) {
    auto *iface = name.getInterface<sc::ElementwiseOpInterface>();
    if (!iface)
      continue;
    llvm::SmallVector<std::string> operands, attributes;
    llvm::SmallVector<llvm::StringRef> params;
    iface->getPythonParams().split(params, ' ', -1, false);
    for (llvm::StringRef p : params)
      operands.push_back(p.str());
    for (mlir::StringAttr attr : name.getAttributeNames())
      attributes.push_back(attr.str());
    std::vector<std::string> specs(operands.begin(), operands.end());
    for (const std::string &attr : attributes)
      specs.push_back(attr + "=");
    specs.push_back("name=");
    llvm::SmallVector<llvm::StringRef> pyNames;
    iface->getPythonNames().split(pyNames, ' ', -1, false);
    for (llvm::StringRef pyName : pyNames) {
      auto [moduleName, fnName] = pyName.rsplit('.');
      auto module = modules.find(moduleName.str());
      if (module == modules.end())
        llvm::report_fatal_error("ScopeOps.td names a Python function in an "
                                 "unknown module: " +
                                 pyName);
      auto bound = std::make_shared<ElementwiseFn>(ElementwiseFn{
          name, iface->getTFOpType().str(), operands, attributes,
          Signature(fnName.str(), llvm::ArrayRef<std::string>(specs))});
      TFRuntime *p = &rt;
      module->second->add(
          fnName.str(),
          Interpreter::native(fnName.str(),
                              [p, bound](Interpreter &, CallArgs &a) {
                                return callElementwise(*p, *bound, a);
                              }));
    }
  }
}

void scopec::frontend::printElementwiseApi(mlir::MLIRContext &context,
                                           llvm::raw_ostream &os) {
  context.getOrLoadDialect<sc::ScopeDialect>();
  std::vector<std::string> rows;
  for (mlir::RegisteredOperationName name :
       context.getRegisteredOperations()) {
    auto *iface = name.getInterface<sc::ElementwiseOpInterface>();
    if (!iface || iface->getPythonNames().empty())
      continue;
    llvm::SmallVector<llvm::StringRef> pyNames, params;
    iface->getPythonNames().split(pyNames, ' ', -1, false);
    iface->getPythonParams().split(params, ' ', -1, false);
    std::string signature = llvm::join(params, ", ");
    for (mlir::StringAttr attr : name.getAttributeNames())
      signature += ", " + attr.str() + "=";
    // TF's list names dtypes scopec has no tensors of (float16); show ours.
    llvm::SmallVector<llvm::StringRef> allowed, dtypes;
    iface->getAllowedDTypes().split(allowed, ", ", -1, false);
    for (llvm::StringRef dtype : allowed)
      if (dtype != "float16" && dtype != "bfloat16")
        dtypes.push_back(dtype);
    std::string dtypeRule = llvm::join(dtypes, ", ");
    if (!iface->getResultDType().empty())
      dtypeRule += " → " + iface->getResultDType().str();
    rows.push_back("| `" + llvm::join(pyNames, "`, `") + "` | " + signature +
                   " | " + dtypeRule + " | " + iface->getTFOpType().str() +
                   " | `" + iface->getReferenceFormula().str() + "` |\n");
  }
  llvm::sort(rows);
  os << "| Python | parameters | dtypes | TF op | reference (float64) |\n"
        "|---|---|---|---|---|\n";
  for (const std::string &row : rows)
    os << row;
}

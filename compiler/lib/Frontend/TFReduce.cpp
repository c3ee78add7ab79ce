//===- TFReduce.cpp - reductions and tf.argmax / tf.argmin ----------------===//
//
// Every reduction op in ScopeOps.td (ReductionOpInterface) becomes its
// Python functions here, with TF 1.15's v1 signature
// `reduce_max(input_tensor, axis=None, keepdims=None, name=None,
// reduction_indices=None, keep_dims=None)`, its default op name (`Max`) and
// its dtype list; no function here names an op.
//
// `tf.argmax(input, axis=None, name=None, dimension=None,
// output_type=tf.int64)` (and argmin): `axis` (or the deprecated
// `dimension`) defaults to 0, as TF 1.15's v1 function does.
//
//===----------------------------------------------------------------------===//

#include "TFApi.h"
#include "TFOpCall.h"

#include "scopec/Dialect/Scope/IR/ScopeOps.h"
#include "scopec/Frontend/Frontend.h"

#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;
namespace sc = scopec::scope;
namespace shapes = scopec::shapes;

namespace {

/// TF's deprecated_argument_lookup: at most one of a new and an old name.
FailureOr<Value> eitherArg(OpCall &op, const Value &v, const Value &old,
                           const char *name, const char *oldName) {
  if (!v.isNone() && !old.isNone())
    return op.error(std::string("Cannot specify both '") + name + "' and '" +
                    oldName + "'");
  return v.isNone() ? old : v;
}

struct ReductionFn {
  mlir::OperationName name;
  std::string tfType;
  std::string allowedDTypes;
};

FailureOr<Value> callReduction(TFRuntime &rt, const ReductionFn &fn,
                               CallArgs &args) {
  static const Signature sig{"reduce",
                             {"input_tensor", "axis=", "keepdims=", "name=",
                              "reduction_indices=", "keep_dims="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  OpCall op(rt, args.loc, fn.tfType);
  FailureOr<Value> axisArg = eitherArg(op, a["axis"], a["reduction_indices"],
                                       "axis", "reduction_indices");
  if (failed(axisArg))
    return failure();
  FailureOr<Value> keepArg =
      eitherArg(op, a["keepdims"], a["keep_dims"], "keepdims", "keep_dims");
  if (failed(keepArg))
    return failure();
  std::vector<int64_t> axes;
  bool all = axisArg->isNone();
  if (!all) {
    FailureOr<std::vector<int64_t>> given =
        intList(rt, *axisArg, args.loc, "axis");
    if (failed(given))
      return failure();
    axes = std::move(*given);
  }
  bool keep = false;
  if (!keepArg->isNone()) {
    FailureOr<bool> truth = rt.interp.isTrue(*keepArg, args.loc);
    if (failed(truth))
      return failure();
    keep = *truth;
  }
  if (failed(op.named(a["name"], fn.tfType)))
    return failure();
  FailureOr<TensorRef> input = op.input(a["input_tensor"], "input_tensor");
  if (failed(input))
    return failure();
  TensorRef x = *input;
  if (failed(op.allowDTypes(x, "input", fn.allowedDTypes)))
    return failure();
  if (!all && axes.empty()) {
    // Reducing over no axes is the identity.
    auto v = sc::IdentityOp::create(op.b(), op.loc(),
                                    op.type_(x->shape, x->dtype), x->value);
    return op.result(v, x->shape, x->dtype);
  }
  if (all)
    for (size_t i = 0; i < x->shape.size(); ++i)
      axes.push_back(static_cast<int64_t>(i));
  Shape shape;
  std::string err;
  if (!shapes::reduce(x->shape, axes, keep, shape, err))
    return op.shapeError(err);
  for (int64_t &axis : axes)
    if (axis < 0)
      axis += static_cast<int64_t>(x->shape.size());
  llvm::sort(axes);
  mlir::OpBuilder &b = op.b();
  mlir::OperationState state(op.loc(), fn.name);
  state.addOperands(x->value);
  state.addAttribute("axes", b.getDenseI64ArrayAttr(axes));
  state.addAttribute("keep_dims", b.getBoolAttr(keep));
  state.addTypes(op.type_(shape, x->dtype));
  return op.result(b.create(state)->getResult(0), shape, x->dtype);
}

FailureOr<Value> tfArgReduce(TFRuntime &rt, bool isMax, CallArgs &args) {
  static const Signature maxSig{
      "argmax", {"input", "axis=", "name=", "dimension=", "output_type="}};
  static const Signature minSig{
      "argmin", {"input", "axis=", "name=", "dimension=", "output_type="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(isMax ? maxSig : minSig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  const char *type = isMax ? "ArgMax" : "ArgMin";
  OpCall op(rt, args.loc, type);
  FailureOr<Value> axisArg =
      eitherArg(op, a["axis"], a["dimension"], "axis", "dimension");
  if (failed(axisArg))
    return failure();
  int64_t axis = 0;
  if (!axisArg->isNone()) {
    FailureOr<int64_t> given = rt.interp.toInt(*axisArg, args.loc, "axis");
    if (failed(given))
      return failure();
    axis = *given;
  }
  DType indexType = DType::I64;
  if (!a["output_type"].isNone()) {
    FailureOr<DType> given = rt.toDType(a["output_type"], args.loc);
    if (failed(given))
      return failure();
    indexType = *given;
  }
  if (indexType != DType::I32 && indexType != DType::I64)
    return op.error(std::string("Value for attr 'output_type' of ") +
                    dtypeName(indexType) +
                    " is not in the list of allowed values: int32, int64");
  if (failed(op.named(a["name"], type)))
    return failure();
  FailureOr<TensorRef> input = op.input(a["input"], "input");
  if (failed(input))
    return failure();
  TensorRef x = *input;
  if (failed(op.allowDTypes(x, "input", sc::ArgMaxOp::getAllowedDTypes())))
    return failure();
  int64_t rank = static_cast<int64_t>(x->shape.size());
  if (axis < -rank || axis >= rank)
    return op.shapeError("Expected dimension in the range [" +
                         std::to_string(-rank) + ", " + std::to_string(rank) +
                         "), but got " + std::to_string(axis));
  int64_t norm = axis < 0 ? axis + rank : axis;
  if (x->shape[norm] == 0)
    return op.error("Reduction axis " + std::to_string(axis) +
                    " is empty in shape " + shapes::formatShape(x->shape));
  Shape shape(x->shape);
  shape.erase(shape.begin() + norm);
  mlir::Type t = op.type_(shape, indexType);
  mlir::Value v =
      isMax ? sc::ArgMaxOp::create(op.b(), op.loc(), t, x->value, norm)
                  .getResult()
            : sc::ArgMinOp::create(op.b(), op.loc(), t, x->value, norm)
                  .getResult();
  return op.result(v, shape, indexType);
}

} // namespace

void scopec::frontend::registerReductionOps(
    TFRuntime &rt, const std::map<std::string, ModuleObj *> &modules) {
  mlir::MLIRContext *context = rt.interp.getContext();
  context->getOrLoadDialect<sc::ScopeDialect>();
  TFRuntime *p = &rt;
  auto add = [&](const std::string &pyName, NativeFn fn) {
    auto [moduleName, fnName] = llvm::StringRef(pyName).rsplit('.');
    auto module = modules.find(moduleName.str());
    if (module == modules.end())
      llvm::report_fatal_error(llvm::Twine("a reduction names a Python "
                                           "function in an unknown module: ") +
                               pyName);
    module->second->add(fnName.str(),
                        Interpreter::native(fnName.str(), std::move(fn)));
  };
  for (mlir::RegisteredOperationName name :
       context->getRegisteredOperations()) {
    auto *iface = name.getInterface<sc::ReductionOpInterface>();
    if (!iface)
      continue;
    auto bound = std::make_shared<ReductionFn>(ReductionFn{
        name, iface->getTFOpType().str(), iface->getAllowedDTypes().str()});
    llvm::SmallVector<llvm::StringRef> pyNames;
    iface->getPythonNames().split(pyNames, ' ', -1, false);
    for (llvm::StringRef pyName : pyNames)
      add(pyName.str(), [p, bound](Interpreter &, CallArgs &a) {
        return callReduction(*p, *bound, a);
      });
  }
  for (const char *module : {"tf.", "tf.math."}) {
    add(std::string(module) + "argmax",
        [p](Interpreter &, CallArgs &a) { return tfArgReduce(*p, true, a); });
    add(std::string(module) + "argmin",
        [p](Interpreter &, CallArgs &a) { return tfArgReduce(*p, false, a); });
  }
}

void scopec::frontend::printReductionApi(mlir::MLIRContext &context,
                                         llvm::raw_ostream &os) {
  context.getOrLoadDialect<sc::ScopeDialect>();
  std::vector<std::string> rows;
  for (mlir::RegisteredOperationName name : context.getRegisteredOperations()) {
    auto *iface = name.getInterface<sc::ReductionOpInterface>();
    if (!iface)
      continue;
    llvm::SmallVector<llvm::StringRef> pyNames, allowed, dtypes;
    iface->getPythonNames().split(pyNames, ' ', -1, false);
    iface->getAllowedDTypes().split(allowed, ", ", -1, false);
    for (llvm::StringRef dtype : allowed)
      if (dtype != "float16" && dtype != "bfloat16")
        dtypes.push_back(dtype);
    rows.push_back("| `" + llvm::join(pyNames, "`, `") + "` | " +
                   llvm::join(dtypes, ", ") + " | " +
                   iface->getTFOpType().str() + " |\n");
  }
  llvm::sort(rows);
  os << "| Python (input_tensor, axis=, keepdims=, name=) | dtypes | TF op "
        "|\n|---|---|---|\n";
  for (const std::string &row : rows)
    os << row;
}

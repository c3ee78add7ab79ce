//===- TFVariables.cpp - tf.Variable, collections, assignment -------------===//
//
// tf.Variable (a VariableV2 with an initial value known at compile time),
// the graph's collections (tf.get_collection, tf.trainable_variables, ...),
// tf.get_variable_scope, and tf.assign and its add/sub forms, built as
// training-time updates. Also what tf.Variable shares with tf.get_variable
// (TFGetVariable.cpp): the variable's tensor object, the constraint check
// and adding a new variable to its collections.
//
//===----------------------------------------------------------------------===//

#include "Classes.h"
#include "IREmitter.h"
#include "TFApi.h"
#include "TFGraph.h"
#include "TFRuntime.h"

using namespace scopec::frontend;

namespace {

const char *kTrainable = "trainable_variables";
const char *kGlobal = "variables";

} // namespace

//===----------------------------------------------------------------------===//
// Shared with tf.get_variable (TFGetVariable.cpp)
//===----------------------------------------------------------------------===//

/// Adds a new variable to `collections` (None: GLOBAL_VARIABLES), and to
/// TRAINABLE_VARIABLES when trainable, as TF's variables.py does.
LogicalResult scopec::frontend::addToCollections(TFRuntime &rt,
                                                 const Value &collections,
                                                 const Value &var,
                                                 bool trainable, SrcLoc l) {
  std::vector<std::string> keys;
  if (collections.isNone()) {
    keys.push_back(kGlobal);
  } else {
    if (!collections.isSeq())
      return rt.interp.error(l, "collections must be a list of collection "
                                "names, not " +
                                    typeName(collections));
    for (const Value &key : collections.items()) {
      FailureOr<std::string> k = rt.interp.toStr(key, l, "collection name");
      if (failed(k))
        return failure();
      keys.push_back(*k);
    }
  }
  if (trainable && llvm::find(keys, kTrainable) == keys.end())
    keys.push_back(kTrainable);
  for (const std::string &k : keys) {
    std::vector<Value> &c = rt.graph->collection(k);
    if (llvm::none_of(c, [&](const Value &x) { return identical(x, var); }))
      c.push_back(var);
  }
  return success();
}

/// TF's check when a variable is made with `constraint=`.
LogicalResult scopec::frontend::checkConstraint(Interpreter &in,
                                                const Value &constraint,
                                                SrcLoc l) {
  if (constraint.isNone() || isCallable(constraint))
    return success();
  return in.raise(l, "ValueError",
                  "The `constraint` argument must be a callable.");
}

/// The tensor object of a new variable (tf.get_variable's or tf.Variable's
/// op `VariableV2`).
std::shared_ptr<TensorObj> scopec::frontend::newVariable(
    TFGraph &g, TensorOrigin origin, const std::string &name,
    const Shape &shape, DType dtype, mlir::Value value, mlir::Location loc,
    const InitSpec &init, bool trainable) {
  auto t = std::make_shared<TensorObj>();
  t->origin = origin;
  t->opName = name;
  t->opType = "VariableV2";
  t->shape = shape;
  t->dtype = dtype;
  t->value = value;
  t->loc = loc;
  t->init = init;
  t->trainable = trainable;
  t->serial = g.nextSerial++;
  return t;
}

//===----------------------------------------------------------------------===//
// tf.Variable
//===----------------------------------------------------------------------===//

FailureOr<Value> scopec::frontend::tfVariable(TFRuntime &rt, CallArgs &args) {
  Interpreter &in = rt.interp;
  TFGraph &g = *rt.graph;
  static const Signature sig{
      "Variable",
      {"initial_value=", "trainable=", "collections=", "validate_shape=",
       "caching_device=", "name=", "variable_def=", "dtype=", "expected_shape=",
       "import_scope=", "constraint=", "use_resource=", "synchronization=",
       "aggregation=", "shape="}};
  FailureOr<BoundArgs> bound = in.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  SrcLoc l = args.loc;
  if (a["initial_value"].isNone())
    return in.error(l, "initial_value must be specified.");
  if (!a["variable_def"].isNone())
    return in.error(l, "tf.Variable(variable_def=...) is not supported by "
                       "scopec");
  if (failed(checkConstraint(in, a["constraint"], l)))
    return failure();
  std::optional<DType> dtype;
  if (!a["dtype"].isNone()) {
    FailureOr<DType> d = rt.toDType(a["dtype"], l);
    if (failed(d))
      return failure();
    dtype = *d;
  }
  Value init = a["initial_value"];
  if (isa<InitializerObj>(init) || init.is(ObjKind::Function))
    return in.error(l, "tf.Variable needs an initial value (call the "
                       "initializer with a shape first)");
  FailureOr<TFRuntime::ValueInit> value = rt.initFromValue(init, l, dtype);
  if (failed(value))
    return failure();
  const InitSpec &spec = value->spec;
  const Shape &shape = value->shape;
  DType valueDType = value->dtype;
  bool trainable = true;
  if (!a["trainable"].isNone()) {
    FailureOr<bool> isTrainable = in.isTrue(a["trainable"], l);
    if (failed(isTrainable))
      return failure();
    trainable = *isTrainable;
  }
  // with ops.name_scope(name, "Variable", ...) as name
  std::string base = "Variable";
  if (!a["name"].isNone()) {
    FailureOr<std::string> nameArg = in.toStr(a["name"], l, "name");
    if (failed(nameArg))
      return failure();
    base = std::move(*nameArg);
  }
  std::string stack, err;
  if (!g.nameScope(base, stack, err))
    return in.error(l, err);
  std::string name = stack;
  if (name.empty())
    name = "Variable";
  if (!isSupportedDType(valueDType))
    return in.error(l, std::string("dtype ") + dtypeName(valueDType) +
                           " is not supported by scopec");
  IREmitter &e = *rt.emitter;
  mlir::Location loc = e.callSiteLoc(name, l);
  scope::VariableOp op;
  {
    IREmitter::OutsideLoops outside(e);
    op = scope::VariableOp::create(
        e.builder(), loc, e.tensorType(shape, valueDType), name,
        e.initializerAttr(spec, valueDType), trainable);
  }
  auto v = newVariable(g, TensorOrigin::Variable, name, shape, valueDType,
                       op.getResult(), loc, spec, trainable);
  v->resource = g.currentScope->useResource;
  v->constraint = a["constraint"];
  if (!a["use_resource"].isNone()) {
    FailureOr<bool> useResource = in.isTrue(a["use_resource"], l);
    if (failed(useResource))
      return failure();
    v->resource = *useResource;
  }
  Value vv = Value::object(v);
  if (failed(addToCollections(rt, a["collections"], vv, trainable, l)))
    return failure();
  return vv;
}

//===----------------------------------------------------------------------===//
// Collections and scopes
//===----------------------------------------------------------------------===//

static FailureOr<Value> collectionWithScope(TFRuntime &rt,
                                            const std::string &key,
                                            const Value &scopeArg, SrcLoc l) {
  std::vector<Value> items = rt.graph->collection(key);
  if (!scopeArg.isNone()) {
    FailureOr<std::string> prefix = rt.interp.toStr(scopeArg, l, "scope");
    if (failed(prefix))
      return failure();
    std::vector<Value> kept;
    for (const Value &v : items)
      if (isa<TensorObj>(v) &&
          llvm::StringRef(v.as<TensorObj>()->opName).starts_with(*prefix))
        kept.push_back(v);
    items = kept;
  }
  return Value::list(items);
}

FailureOr<Value> scopec::frontend::tfGetCollection(TFRuntime &rt,
                                                   CallArgs &args) {
  static const Signature sig{"get_collection", {"key", "scope="}};
  FailureOr<BoundArgs> a = rt.interp.bind(sig, args);
  if (failed(a))
    return failure();
  FailureOr<std::string> key =
      rt.interp.toStr((*a)["key"], args.loc, "collection key");
  if (failed(key))
    return failure();
  return collectionWithScope(rt, *key, (*a)["scope"], args.loc);
}

FailureOr<Value> scopec::frontend::tfAddToCollection(TFRuntime &rt,
                                                     CallArgs &args) {
  static const Signature sig{"add_to_collection", {"name", "value"}};
  FailureOr<BoundArgs> a = rt.interp.bind(sig, args);
  if (failed(a))
    return failure();
  FailureOr<std::string> key =
      rt.interp.toStr((*a)["name"], args.loc, "collection name");
  if (failed(key))
    return failure();
  rt.graph->collection(*key).push_back((*a)["value"]);
  return Value::none();
}

FailureOr<Value> scopec::frontend::tfTrainableVariables(TFRuntime &rt,
                                                        CallArgs &args) {
  static const Signature sig{"trainable_variables", {"scope="}};
  FailureOr<BoundArgs> a = rt.interp.bind(sig, args);
  if (failed(a))
    return failure();
  return collectionWithScope(rt, kTrainable, (*a)["scope"], args.loc);
}

FailureOr<Value> scopec::frontend::tfGlobalVariables(TFRuntime &rt,
                                                     CallArgs &args) {
  static const Signature sig{"global_variables", {"scope="}};
  FailureOr<BoundArgs> a = rt.interp.bind(sig, args);
  if (failed(a))
    return failure();
  return collectionWithScope(rt, kGlobal, (*a)["scope"], args.loc);
}

FailureOr<Value> scopec::frontend::tfGetVariableScope(TFRuntime &rt,
                                                      CallArgs &args) {
  static const Signature sig{"get_variable_scope", {}};
  if (failed(rt.interp.bind(sig, args)))
    return failure();
  return Value::object(rt.graph->currentScope);
}

//===----------------------------------------------------------------------===//
// Assignment
//===----------------------------------------------------------------------===//

FailureOr<Value> scopec::frontend::tfAssign(TFRuntime &rt,
                                            llvm::StringRef opType,
                                            const Value &ref,
                                            const Value &value,
                                            const Value &nameArg, SrcLoc l) {
  Interpreter &in = rt.interp;
  if (!isa<TensorObj>(ref) || !ref.as<TensorObj>()->isVariable())
    return in.raise(l, "TypeError",
                    "'" + opType.str() + "' needs a variable as its ref, not " +
                        typeName(ref));
  const TensorObj &var = *ref.as<TensorObj>();
  FailureOr<std::shared_ptr<TensorObj>> converted =
      rt.toTensor(value, l, var.dtype, "value");
  if (failed(converted))
    return failure();
  std::shared_ptr<TensorObj> v = *converted;
  if (v->dtype != var.dtype)
    return in.error(l, "Input 'value' of '" + opType.str() + "' Op has type " +
                           dtypeName(v->dtype) + " that does not match type " +
                           dtypeName(var.dtype) + " of argument 'ref'.");
  if (v->shape != var.shape)
    return in.raise(l, "ValueError",
                    "Shapes " + pythonShape(var.shape) + " and " +
                        pythonShape(v->shape) + " are incompatible");
  // The update consumes its value: what only feeds an assignment (a soft
  // target-network update) is no model output.
  ++v->uses;
  FailureOr<std::string> opName = rt.opName(nameArg, opType.str(), l);
  if (failed(opName))
    return failure();
  const std::string &name = *opName;
  // A training-time update (target networks, counters): built, never
  // compiled; the compiled program's variables keep their values.
  auto t = rt.newTensor(name, opType.str(), var.shape, var.dtype, nullptr,
                        rt.emitter->opLoc(name, l));
  t->trainingOnly = true;
  t->madeAt = in.userLoc(l);
  t->unusable = "'" + name + "' (" + opType.str() + ") updates variable '" +
                var.opName +
                "': scopec compiles inference graphs, whose variables keep "
                "their values, so no fetch can depend on an assignment";
  return Value::object(t);
}

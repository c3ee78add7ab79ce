//===- TFGetVariable.cpp - tf.get_variable and the variable store ---------===//
//
// TF 1.15's _VariableStore._get_single_variable, which tf.get_variable and
// the prelude's getters (Prelude/_scopec_variables.py: custom getters,
// partitioned variables) call: each lookup is recorded as a
// scope.get_variable op that scope-resolve-variables checks with the
// store's rules (docs/user-guide.md, "Variable sharing"); a new variable
// gets its initializer (a Python initializer is called here), its
// collections and its regularization loss. Also the prelude's helpers
// (_scopec_variable_exists, ...) and the failed lookups TF's ValueError
// leaves, erased when the model catches it.
//
//===----------------------------------------------------------------------===//

#include "AST.h"
#include "Classes.h"
#include "IREmitter.h"
#include "TFApi.h"
#include "TFGraph.h"
#include "TFRuntime.h"

using namespace scopec::frontend;
using scopec::scope::InitializerKind;
using scopec::scope::LookupAction;
using scopec::scope::LookupResult;
using scopec::scope::StoreReuse;
using scopec::scope::VariableRequest;

namespace {

/// TF's default initializer for a dtype.
InitSpec defaultInitializer(DType d) {
  InitSpec s;
  s.spec.kind = isFloatDType(d) ? "glorot_uniform" : "zeros";
  return s;
}

scopec::scope::ReuseMode toReuseMode(Reuse r) {
  switch (r) {
  case Reuse::True:
    return scopec::scope::ReuseMode::Reuse;
  case Reuse::Auto:
    return scopec::scope::ReuseMode::Auto;
  default:
    return scopec::scope::ReuseMode::None;
  }
}

/// A Python callable given as initializer (a function, a lambda, a bound
/// method or an instance with `__call__`), as opposed to TF's initializer
/// objects and values.
bool isPythonInitializer(const Value &v) {
  return v.is(ObjKind::Function) || v.is(ObjKind::Builtin) ||
         v.is(ObjKind::BoundMethod) || v.is(ObjKind::Instance);
}

/// TF 1.15 when it creates a variable with a regularizer: the loss
/// `regularizer(v)` is built under the name scope `NAME/Regularizer/` and
/// added to REGULARIZATION_LOSSES. It is training-time code (its ops are
/// never default fetches, docs/user-guide.md "Training-time code").
LogicalResult addRegularizationLoss(TFRuntime &rt, const Value &regularizer,
                                    const Value &variable,
                                    const std::string &name, SrcLoc l) {
  Interpreter &in = rt.interp;
  TFGraph &g = *rt.graph;
  std::string saved = g.nameStack;
  std::string scope;
  std::string error;
  if (!g.nameScope(name + "/Regularizer/", scope, error))
    return in.error(l, error);
  g.nameStack = scope;
  ++g.trainingDepth;
  CallArgs args;
  args.loc = l;
  args.pos.push_back(variable);
  FailureOr<Value> loss = in.call(regularizer, args);
  --g.trainingDepth;
  g.nameStack = saved;
  if (failed(loss))
    return failure();
  if (!loss->isNone())
    g.collection("regularization_losses").push_back(*loss);
  return success();
}

/// Calls a Python initializer as TF 1.15 does when it creates the variable:
/// `initializer(shape_list, dtype=dtype, partition_info=...)`; its result
/// (an ndarray, a list, a constant tensor) is the initial value.
FailureOr<InitSpec> callPythonInitializer(TFRuntime &rt, const Value &fn,
                                          const Shape &shape, DType dtype,
                                          const Value &partitionInfo,
                                          const std::string &name, SrcLoc l) {
  Interpreter &in = rt.interp;
  CallArgs args;
  args.loc = l;
  std::vector<Value> dims;
  for (int64_t d : shape)
    dims.push_back(Value::integer(d));
  args.pos.push_back(Value::list(std::move(dims)));
  args.kw.emplace_back("dtype",
                       Value::object(std::make_shared<DTypeObj>(dtype, false)));
  args.kw.emplace_back("partition_info", partitionInfo);
  FailureOr<Value> v = in.call(fn, args);
  if (failed(v))
    return failure();
  FailureOr<TFRuntime::ValueInit> value = rt.initFromValue(*v, l, dtype);
  if (failed(value))
    return failure();
  if (value->shape != shape)
    return in.error(l, "the initializer of variable '" + name +
                           "' returned a value of shape " +
                           pythonShape(value->shape) + " for the shape " +
                           pythonShape(shape));
  InitSpec &spec = value->spec;
  // A callable initializer with these values (TF's constant initializer of
  // a full-size value), not a value initializer; a tensor that is a fill
  // or a random draw (tf.zeros(shape), tf.random_normal(shape)) keeps its
  // kind.
  if (spec.spec.kind == "value")
    spec.spec.kind = "constant";
  spec.scalarValue = false;
  return std::move(spec);
}

bool fullyDefined(const Shape &s) {
  for (int64_t d : s)
    if (d < 0)
      return false;
  return true;
}

} // namespace

namespace scopec::frontend {
namespace {

/// One lookup as TF's _VariableStore._get_single_variable receives it: the
/// full name and every default already applied.
struct SingleVariable {
  std::string name;
  Reuse reuse = Reuse::False;
  std::optional<Shape> shape;
  std::optional<DType> explicitDType;
  DType dtype = DType::F32;
  /// The call's own initializer argument (for the store's diagnostics) and
  /// the one in force (argument, else the scope's).
  Value argInitializer, initializer;
  Value regularizer, collections;
  /// None or a callable, kept on a variable this lookup creates.
  Value constraint;
  bool trainable = true;
  bool useResource = false;
  /// None, or the partition of a partitioned variable (`full_shape`,
  /// `var_offset`), passed to Python initializers as TF does.
  Value partitionInfo;
};

/// Variance-scaling initializers of one partition scale by the fans of the
/// whole variable (TF's initializers read partition_info.full_shape): the
/// partition's initializer becomes variance_scaling with the scale that
/// gives the same variance on the partition's own shape.
void scaleForPartition(InitSpec &init, const Shape &part, const Shape &full) {
  params::InitializerSpec &spec = init.spec;
  if (spec.kind == "glorot_uniform" || spec.kind == "glorot_normal") {
    spec.distribution =
        spec.kind == "glorot_uniform" ? "uniform" : "truncated_normal";
    spec.kind = "variance_scaling";
    spec.scale = 1.0;
    spec.mode = "fan_avg";
  }
  if (spec.kind != "variance_scaling")
    return;
  auto denominator = [&](const Shape &s) {
    auto [in, out] = params::computeFans(s);
    double d = spec.mode == "fan_in"    ? double(in)
               : spec.mode == "fan_out" ? double(out)
                                        : (double(in) + double(out)) / 2.0;
    return std::max(1.0, d);
  };
  spec.scale *= denominator(part) / denominator(full);
}

/// TF's _VariableStore._get_single_variable: creates `v.name` or returns
/// the variable it shares, records the lookup as a scope.get_variable op
/// (scope-resolve-variables applies the store's rules to it), adds a new
/// variable to its collections and runs its regularizer.
FailureOr<Value> getSingleVariable(TFRuntime &rt, const SingleVariable &v,
                                   SrcLoc l) {
  Interpreter &in = rt.interp;
  TFGraph &g = *rt.graph;
  const std::string &full = v.name;
  const std::optional<Shape> &shape = v.shape;
  DType dtype = v.dtype;

  VariableRequest req;
  req.name = full;
  if (shape)
    req.shape = *shape;
  if (v.explicitDType)
    req.explicitDType = dtypeName(*v.explicitDType);
  req.dtype = dtypeName(dtype);

  // The initializer argument, then the one in force: its kind, and for a
  // value initializer the value's spec, shape and dtype.
  struct Classified {
    InitializerKind kind = InitializerKind::None;
    TFRuntime::ValueInit value;
  };
  auto classify = [&](const Value &init) -> FailureOr<Classified> {
    Classified c;
    if (init.isNone()) {
      c.kind = InitializerKind::None;
      return c;
    }
    if (isa<InitializerObj>(init)) {
      c.kind = InitializerKind::Callable;
      c.value.spec = init.as<InitializerObj>()->init;
      return c;
    }
    if (isPythonInitializer(init)) {
      // Called when the variable is created (below), as TF does.
      c.kind = InitializerKind::Callable;
      return c;
    }
    c.kind = InitializerKind::Value;
    FailureOr<TFRuntime::ValueInit> value =
        rt.initFromValue(init, l, std::nullopt);
    if (failed(value))
      return failure();
    c.value = std::move(*value);
    return c;
  };
  FailureOr<Classified> arg = classify(v.argInitializer);
  if (failed(arg))
    return failure();
  req.argInitializer = arg->kind;
  if (arg->kind == InitializerKind::Value)
    req.argValueDType = dtypeName(arg->value.dtype);
  const Value &inForce = v.initializer;
  FailureOr<Classified> classified = classify(inForce);
  if (failed(classified))
    return failure();
  InitializerKind kind = classified->kind;
  InitSpec spec = std::move(classified->value.spec);
  Shape valueShape = std::move(classified->value.shape);
  DType valueDType = classified->value.dtype;
  req.initializer = kind;
  if (kind == InitializerKind::Value) {
    req.valueDType = dtypeName(valueDType);
    req.valueShape = valueShape;
  }
  if (kind == InitializerKind::None)
    spec = defaultInitializer(dtype);
  if (!v.partitionInfo.isNone() && shape && kind != InitializerKind::Value) {
    FailureOr<Value> fullShape = in.getAttr(v.partitionInfo, "full_shape", l);
    if (failed(fullShape))
      return failure();
    FailureOr<Shape> wholeShape =
        rt.toShape(*fullShape, l, /*allowNone=*/false, "full_shape");
    if (failed(wholeShape))
      return failure();
    scaleForPartition(spec, *shape, *wholeShape);
  }
  req.reuse = v.reuse == Reuse::True   ? StoreReuse::Reuse
              : v.reuse == Reuse::Auto ? StoreReuse::Auto
                                       : StoreReuse::None;
  bool trainable = v.trainable;

  LookupResult r = g.store.getVariable(req);
  if (r.action == LookupAction::Create &&
      failed(checkConstraint(in, v.constraint, l)))
    return failure();
  if (isPythonInitializer(inForce)) {
    auto known = g.variables.find(full);
    if (r.action == LookupAction::Create) {
      if (!shape || !fullyDefined(*shape))
        return in.raise(l, "ValueError",
                        "Shape of a new variable (" + full +
                            ") must be fully defined, but instead was " +
                            (shape ? pythonShape(*shape) : "<unknown>") + ".");
      FailureOr<InitSpec> called = callPythonInitializer(
          rt, inForce, *shape, dtype, v.partitionInfo, full, l);
      if (failed(called))
        return failure();
      spec = std::move(*called);
    } else if (known != g.variables.end()) {
      spec = known->second->init;
    }
  }

  // The variable's type as this lookup sees it.
  Shape type;
  DType typeDType = dtype;
  auto existing = g.variables.find(full);
  if (r.action == LookupAction::Share) {
    type = existing->second->shape;
    typeDType = existing->second->dtype;
  } else if (kind == InitializerKind::Value && !shape) {
    type = valueShape;
    typeDType = valueDType;
  } else if (shape && fullyDefined(*shape)) {
    type = *shape;
  } else if (existing != g.variables.end()) {
    type = existing->second->shape;
    typeDType = existing->second->dtype;
  }
  if (r.action == LookupAction::Create && kind == InitializerKind::Value)
    typeDType = valueDType;
  // E6: keep the explicit dtype on the lookup, so that scope-resolve-variables
  // (which reports the error) sees it next to the value's dtype.
  if (r.error == scope::StoreError::E6)
    typeDType = dtype;
  if (!isSupportedDType(typeDType))
    return in.error(l, std::string("dtype ") + dtypeName(typeDType) +
                           " is not supported by scopec");

  IREmitter &e = *rt.emitter;
  mlir::OpBuilder &b = e.builder();
  mlir::Location loc = e.callSiteLoc(full, l);
  mlir::DenseI64ArrayAttr shapeAttr;
  if (shape && fullyDefined(*shape) && *shape == type)
    shapeAttr = b.getDenseI64ArrayAttr(*shape);
  mlir::TypeAttr dtypeAttr;
  if ((v.explicitDType || dtype != DType::F32) && typeDType == dtype)
    dtypeAttr = mlir::TypeAttr::get(e.elementType(dtype));
  scope::InitializerAttr initAttr = e.initializerAttr(spec, typeDType);
  scope::GetVariableOp op;
  {
    IREmitter::OutsideLoops outside(e);
    op = scope::GetVariableOp::create(b, loc, e.tensorType(type, typeDType),
                                      full, toReuseMode(v.reuse), shapeAttr,
                                      dtypeAttr, initAttr, trainable);
  }

  if (r.action == LookupAction::Error) {
    // TF raises ValueError here, which the model may catch. Uncaught, the
    // resolution pass reports it from the lookup op, with the same rules and
    // a note at the variable's creation (takeUncaught); caught, the op is
    // erased (eraseCaughtLookups).
    Value exc = in.newException("ValueError", {Value::str(r.message)});
    rt.failedLookups.push_back({exc, op.getOperation()});
    return in.raiseValue(l, exc);
  }
  if (r.action == LookupAction::Share) {
    auto found = existing->second;
    found->value = op.getResult();
    return Value::object(found);
  }
  auto t = newVariable(g, TensorOrigin::GetVariable, full, type, typeDType,
                       op.getResult(), loc, spec, trainable);
  // The variable op takes its name in the op namespace (at the root).
  std::string saved = g.nameStack;
  g.nameStack.clear();
  g.uniqueName(full);
  g.nameStack = saved;
  t->resource = v.useResource;
  t->constraint = v.constraint;
  g.variables[full] = t;
  Value tv = Value::object(t);
  if (failed(addToCollections(rt, v.collections, tv, trainable, l)))
    return failure();
  if (!v.regularizer.isNone() &&
      failed(addRegularizationLoss(rt, v.regularizer, tv, full, l)))
    return failure();
  return tv;
}

/// The arguments both getters share: shape, dtype (None: `defaultDType`),
/// trainable (None: True), use_resource (None: `defaultResource`).
FailureOr<SingleVariable> bindCommon(TFRuntime &rt, BoundArgs &a, SrcLoc l,
                                     DType defaultDType, bool defaultResource) {
  Interpreter &in = rt.interp;
  SingleVariable v;
  FailureOr<std::string> name = in.toStr(a["name"], l, "variable name");
  if (failed(name))
    return failure();
  v.name = std::move(*name);
  if (!a["shape"].isNone()) {
    FailureOr<Shape> s = rt.toShape(a["shape"], l, /*allowNone=*/true, "shape");
    if (failed(s))
      return failure();
    v.shape = std::move(*s);
  }
  if (!a["dtype"].isNone()) {
    FailureOr<DType> d = rt.toDType(a["dtype"], l);
    if (failed(d))
      return failure();
    v.explicitDType = *d;
  }
  v.dtype = v.explicitDType ? *v.explicitDType : defaultDType;
  if (!a["trainable"].isNone()) {
    FailureOr<bool> trainable = in.isTrue(a["trainable"], l);
    if (failed(trainable))
      return failure();
    v.trainable = *trainable;
  }
  v.useResource = defaultResource;
  if (!a["use_resource"].isNone()) {
    FailureOr<bool> useResource = in.isTrue(a["use_resource"], l);
    if (failed(useResource))
      return failure();
    v.useResource = *useResource;
  }
  v.collections = a["collections"];
  return v;
}

} // namespace
} // namespace scopec::frontend

FailureOr<Value> scopec::frontend::tfGetVariable(TFRuntime &rt,
                                                 CallArgs &args) {
  Interpreter &in = rt.interp;
  TFGraph &g = *rt.graph;
  static const Signature sig{
      "get_variable",
      {"name", "shape=", "dtype=", "initializer=", "regularizer=", "trainable=",
       "collections=", "caching_device=", "partitioner=", "validate_shape=",
       "use_resource=", "custom_getter=", "constraint=", "synchronization=",
       "aggregation="}};
  FailureOr<BoundArgs> bound = in.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  SrcLoc l = args.loc;
  // The prelude's tf.get_variable takes custom getters and partitioners
  // (Prelude/_scopec_variables.py) and calls this for the rest.
  for (const char *p : {"partitioner", "custom_getter"})
    if (!a[p].isNone())
      return in.error(l, std::string("tf.get_variable(") + p +
                             "=...) is not supported by scopec");
  auto scope = g.currentScope;
  FailureOr<SingleVariable> common =
      bindCommon(rt, a, l, scope->dtype, scope->useResource);
  if (failed(common))
    return failure();
  SingleVariable &v = *common;
  if (v.name.empty() || v.name.back() == '/')
    return in.error(l, "variable name '" + v.name +
                           "' must be non-empty and not end with '/'");
  if (!scope->name.empty())
    v.name = scope->name + "/" + v.name;
  v.reuse = scope->reuse;
  v.argInitializer = a["initializer"];
  v.initializer =
      a["initializer"].isNone() ? scope->initializer : a["initializer"];
  v.regularizer =
      a["regularizer"].isNone() ? scope->regularizer : a["regularizer"];
  v.constraint = a["constraint"].isNone() ? scope->constraint : a["constraint"];
  return getSingleVariable(rt, v, l);
}

FailureOr<Value> scopec::frontend::tfGetSingleVariable(TFRuntime &rt,
                                                       CallArgs &args) {
  Interpreter &in = rt.interp;
  static const Signature sig{
      "_get_single_variable",
      {"name", "shape=", "dtype=", "initializer=", "regularizer=",
       "partition_info=", "reuse=", "trainable=", "collections=",
       "caching_device=", "validate_shape=", "use_resource=", "constraint=",
       "synchronization=", "aggregation="}};
  FailureOr<BoundArgs> bound = in.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  SrcLoc l = args.loc;
  FailureOr<SingleVariable> common = bindCommon(rt, a, l, DType::F32, false);
  if (failed(common))
    return failure();
  SingleVariable &v = *common;
  if (v.name.empty() || v.name.back() == '/')
    return in.error(l, "variable name '" + v.name +
                           "' must be non-empty and not end with '/'");
  // The store's reuse: True, False, or None/AUTO_REUSE (create or share).
  const Value &reuse = a["reuse"];
  v.reuse = reuse.isBool() ? (reuse.getBool() ? Reuse::True : Reuse::False)
                           : Reuse::Auto;
  v.argInitializer = v.initializer = a["initializer"];
  v.regularizer = a["regularizer"];
  v.constraint = a["constraint"];
  v.partitionInfo = a["partition_info"];
  return getSingleVariable(rt, v, l);
}

FailureOr<Value> scopec::frontend::tfVariableExists(TFRuntime &rt,
                                                    CallArgs &args) {
  static const Signature sig{"_scopec_variable_exists", {"name"}};
  FailureOr<BoundArgs> a = rt.interp.bind(sig, args);
  if (failed(a))
    return failure();
  FailureOr<std::string> name = rt.interp.toStr((*a)["name"], args.loc, "name");
  if (failed(name))
    return failure();
  return Value::boolean(rt.graph->variables.count(*name) != 0);
}

FailureOr<Value> scopec::frontend::tfAcceptsKeyword(TFRuntime &rt,
                                                    CallArgs &args) {
  static const Signature sig{"_scopec_accepts_keyword", {"fn", "name"}};
  FailureOr<BoundArgs> a = rt.interp.bind(sig, args);
  if (failed(a))
    return failure();
  FailureOr<std::string> nameArg =
      rt.interp.toStr((*a)["name"], args.loc, "name");
  if (failed(nameArg))
    return failure();
  const std::string &name = *nameArg;
  Value fn = (*a)["fn"];
  if (fn.is(ObjKind::Instance)) {
    // A callable object: its __call__.
    const Value *call = fn.as<InstanceObj>()->getClass()->lookup("__call__");
    fn = call ? *call : Value::none();
  }
  if (fn.is(ObjKind::BoundMethod))
    fn = fn.as<BoundMethodObj>()->fn;
  bool accepts = !fn.is(ObjKind::Function); // natives forward keywords
  if (fn.is(ObjKind::Function)) {
    FuncDef *def = fn.as<FunctionObj>()->def;
    auto named = [&](const Param &p) { return p.name == name; };
    accepts = !def->kwArgs.empty() || llvm::any_of(def->params, named) ||
              llvm::any_of(def->kwOnly, named);
  }
  return Value::boolean(accepts);
}

FailureOr<Value> scopec::frontend::tfRegisterTensorConversion(TFRuntime &rt,
                                                              CallArgs &args) {
  static const Signature sig{"register_tensor_conversion_function",
                             {"base_type", "conversion_func", "priority="}};
  FailureOr<BoundArgs> bound = rt.interp.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  if (!a["base_type"].is(ObjKind::Class))
    return rt.interp.error(args.loc,
                           "scopec: register_tensor_conversion_function "
                           "takes a Python class as base_type");
  rt.tensorConversions.emplace_back(a["base_type"], a["conversion_func"]);
  return Value::none();
}

bool TFRuntime::takeUncaught(const Value &exc) {
  for (FailedLookup &f : failedLookups)
    if (identical(f.exc, exc))
      return f.uncaught = true;
  return false;
}

void TFRuntime::eraseCaughtLookups() {
  for (FailedLookup &f : failedLookups)
    if (!f.uncaught)
      f.op->erase();
  failedLookups.clear();
}

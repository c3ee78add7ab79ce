//===- TFVariables.cpp - tf.get_variable, tf.Variable, initializers -------===//

#include "Classes.h"
#include "AST.h"
#include "IREmitter.h"
#include "NdArray.h"
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

const char *kTrainable = "trainable_variables";
const char *kGlobal = "variables";

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

FailureOr<TFRuntime::ValueInit>
TFRuntime::initFromValue(const Value &v, SrcLoc l, std::optional<DType> dtype) {
  ValueInit result;
  InitSpec &out = result.spec;
  Shape &shape = result.shape;
  DType &valueDType = result.dtype;
  if (isa<TensorObj>(v)) {
    auto *t = v.as<TensorObj>();
    if (t->origin != TensorOrigin::Const)
      return interp.error(l, "scopec needs initial values it can compute at "
                             "compile time: a constant, tf.zeros/ones, a "
                             "random tensor, a NumPy array or a Python "
                             "value (got the result of '" +
                                 t->opName + "')");
    if (dtype && *dtype != t->dtype)
      return interp.error(l, std::string("Tensor conversion requested dtype ") +
                                 dtypeName(*dtype) + " for Tensor with dtype " +
                                 dtypeName(t->dtype) + ": " + t->repr());
    out = t->constant;
    shape = t->shape;
    valueDType = t->dtype;
    if (out.spec.kind == "value") {
      out.valueShape = shape;
      out.valueDType = valueDType;
    }
    return result;
  }
  FailureOr<Flat> flat = flatten(v, l);
  if (failed(flat))
    return failure();
  std::vector<double> &values = flat->values;
  bool sawFloat = flat->sawFloat, sawBool = flat->sawBool;
  shape = flat->shape;
  if (isa<NdArrayObj>(v))
    valueDType = v.as<NdArrayObj>()->dtype;
  else
    valueDType = inferDType(sawFloat, sawBool);
  if (dtype) {
    if (sawFloat && !isFloatDType(*dtype) && !isa<NdArrayObj>(v))
      return interp.error(l, std::string("Expected ") + dtypeName(*dtype) +
                                 ", got " + repr(v) + " of type '" +
                                 typeName(v) + "' instead.");
    valueDType = *dtype;
  }
  if (!isSupportedDType(valueDType))
    return interp.error(l, std::string("dtype ") + dtypeName(valueDType) +
                               " is not supported by scopec");
  for (double &x : values)
    x = castTo(valueDType, x);
  out = InitSpec();
  out.spec.kind = "value";
  out.spec.values = std::move(values);
  out.valueShape = shape;
  out.valueDType = valueDType;
  out.scalarValue = shape.empty();
  return result;
}

FailureOr<std::vector<double>>
TFRuntime::evaluate(const InitSpec &init, const Shape &shape, DType dtype,
                    const std::string &stream, SrcLoc l) {
  int64_t n = 1;
  if (!checkedCount(shape, kMaxCompileTimeElements, n))
    return interp.error(l, "tensor of shape " + pythonShape(shape) +
                               " is too large to evaluate at compile time");
  std::string err;
  std::vector<double> out;
  params::InitializerSpec spec = init.spec;
  if (spec.kind == "value" && spec.values.size() == 1 && n != 1)
    spec.values.assign(n, spec.values[0]);
  if (!params::evaluateInitializer(spec, shape, !isFloatDType(dtype),
                                   interp.getOptions().seed, stream, out, err))
    return interp.error(l, err);
  for (double &v : out)
    v = castTo(dtype, v);
  return out;
}

//===----------------------------------------------------------------------===//
// tf.get_variable
//===----------------------------------------------------------------------===//

/// Adds a new variable to `collections` (None: GLOBAL_VARIABLES), and to
/// TRAINABLE_VARIABLES when trainable, as TF's variables.py does.
static LogicalResult addToCollections(TFRuntime &rt, const Value &collections,
                                      const Value &var, bool trainable,
                                      SrcLoc l) {
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

/// TF's check when a variable is made with `constraint=`.
LogicalResult checkConstraint(Interpreter &in, const Value &constraint,
                              SrcLoc l) {
  if (constraint.isNone() || isCallable(constraint))
    return success();
  return in.raise(l, "ValueError",
                  "The `constraint` argument must be a callable.");
}

/// The tensor object of a new variable (tf.get_variable's or tf.Variable's
/// op `VariableV2`).
std::shared_ptr<TensorObj> newVariable(TFGraph &g, TensorOrigin origin,
                                       const std::string &name,
                                       const Shape &shape, DType dtype,
                                       mlir::Value value, mlir::Location loc,
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
  mlir::Location loc = e.opLoc(full, l);
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
  mlir::Location loc = e.opLoc(name, l);
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
// Initializers
//===----------------------------------------------------------------------===//

FailureOr<Value> scopec::frontend::tfInitializer(TFRuntime &rt,
                                                 const std::string &kind,
                                                 CallArgs &args) {
  Interpreter &in = rt.interp;
  SrcLoc l = args.loc;
  InitSpec init;
  init.spec.kind = kind;
  std::string cls;
  // TF 1.15's initializer classes (init_ops.py): the messages name their
  // `__init__`.
  BoundArgs a;
  auto bind = [&](const Signature &sig) -> LogicalResult {
    FailureOr<BoundArgs> bound = in.bind(sig, args);
    if (failed(bound))
      return failure();
    a = std::move(*bound);
    return success();
  };
  auto seedArg = [&]() -> LogicalResult {
    if (a["seed"].isNone())
      return success();
    FailureOr<int64_t> s = in.toInt(a["seed"], l, "seed");
    if (failed(s))
      return failure();
    init.spec.opSeed = *s;
    return success();
  };
  auto dtypeArg = [&]() -> LogicalResult {
    if (a["dtype"].isNone())
      return success();
    FailureOr<DType> d = rt.toDType(a["dtype"], l);
    if (failed(d))
      return failure();
    init.dtype = *d;
    return success();
  };
  // An optional float argument of the spec.
  auto doubleArg = [&](const char *name, double &field) -> LogicalResult {
    if (a[name].isNone())
      return success();
    FailureOr<double> x = in.toDouble(a[name], l, name);
    if (failed(x))
      return failure();
    field = *x;
    return success();
  };
  // An optional str argument of the spec.
  auto strArg = [&](const char *name, std::string &field) -> LogicalResult {
    if (a[name].isNone())
      return success();
    FailureOr<std::string> s = in.toStr(a[name], l, name);
    if (failed(s))
      return failure();
    field = std::move(*s);
    return success();
  };
  if (kind == "constant") {
    static const Signature sig{"Constant.__init__",
                               {"value=", "dtype=", "verify_shape="}};
    if (failed(bind(sig)) || failed(dtypeArg()))
      return failure();
    cls = "Constant";
    Value v = a["value"].isNone() ? Value::integer(0) : a["value"];
    if (isa<TensorObj>(v))
      return in.error(l, "constant_initializer needs a Python or NumPy value, "
                         "not a tensor");
    FailureOr<TFRuntime::Flat> flat = rt.flatten(v, l);
    if (failed(flat))
      return failure();
    init.spec.values = std::move(flat->values);
    init.scalarValue = flat->shape.empty();
    init.valueShape = flat->shape;
  } else if (kind == "zeros" || kind == "ones") {
    static const Signature zs{"Zeros.__init__", {"dtype="}};
    static const Signature os{"Ones.__init__", {"dtype="}};
    if (failed(bind(kind == "zeros" ? zs : os)) || failed(dtypeArg()))
      return failure();
    cls = kind == "zeros" ? "Zeros" : "Ones";
  } else if (kind == "random_normal" || kind == "truncated_normal") {
    static const Signature rn{"RandomNormal.__init__",
                              {"mean=", "stddev=", "seed=", "dtype="}};
    static const Signature tn{"TruncatedNormal.__init__",
                              {"mean=", "stddev=", "seed=", "dtype="}};
    if (failed(bind(kind == "random_normal" ? rn : tn)) || failed(seedArg()) ||
        failed(dtypeArg()) || failed(doubleArg("mean", init.spec.mean)) ||
        failed(doubleArg("stddev", init.spec.stddev)))
      return failure();
    cls = kind == "random_normal" ? "RandomNormal" : "TruncatedNormal";
  } else if (kind == "random_uniform") {
    static const Signature sig{"RandomUniform.__init__",
                               {"minval=", "maxval=", "seed=", "dtype="}};
    if (failed(bind(sig)) || failed(seedArg()) || failed(dtypeArg()) ||
        failed(doubleArg("minval", init.spec.minval)) ||
        failed(doubleArg("maxval", init.spec.maxval)))
      return failure();
    cls = "RandomUniform";
  } else if (kind == "glorot_uniform" || kind == "glorot_normal") {
    static const Signature gu{"GlorotUniform.__init__", {"seed=", "dtype="}};
    static const Signature gn{"GlorotNormal.__init__", {"seed=", "dtype="}};
    if (failed(bind(kind == "glorot_uniform" ? gu : gn)) || failed(seedArg()) ||
        failed(dtypeArg()))
      return failure();
    cls = kind == "glorot_uniform" ? "GlorotUniform" : "GlorotNormal";
  } else if (kind == "variance_scaling") {
    static const Signature sig{
        "VarianceScaling.__init__",
        {"scale=", "mode=", "distribution=", "seed=", "dtype="}};
    if (failed(bind(sig)) || failed(seedArg()) || failed(dtypeArg()) ||
        failed(doubleArg("scale", init.spec.scale)))
      return failure();
    if (init.spec.scale <= 0)
      return in.error(l, "`scale` must be positive float.");
    if (failed(strArg("mode", init.spec.mode)) ||
        failed(strArg("distribution", init.spec.distribution)))
      return failure();
    if (init.spec.mode != "fan_in" && init.spec.mode != "fan_out" &&
        init.spec.mode != "fan_avg")
      return in.error(l, "Invalid `mode` argument: " + init.spec.mode);
    std::string d = llvm::StringRef(init.spec.distribution).lower();
    if (d != "normal" && d != "uniform" && d != "truncated_normal" &&
        d != "untruncated_normal")
      return in.error(l, "Invalid `distribution` argument: " +
                             init.spec.distribution);
    init.spec.distribution = d;
    cls = "VarianceScaling";
  } else {
    return in.error(l, "initializer '" + kind + "' is not supported");
  }
  return Value::object(std::make_shared<InitializerObj>(cls, init));
}

FailureOr<Value> scopec::frontend::tfCallInitializer(TFRuntime &rt,
                                                     InitializerObj &init,
                                                     CallArgs &args) {
  Interpreter &in = rt.interp;
  Signature sig{init.className + ".__call__",
                {"self", "shape", "dtype=", "partition_info="}};
  FailureOr<BoundArgs> bound =
      in.bindMethod(sig, Value::object(init.shared_from_this()), args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  FailureOr<Shape> shapeArg = rt.toShape(a["shape"], args.loc, false, "shape");
  if (failed(shapeArg))
    return failure();
  const Shape &shape = *shapeArg;
  DType d = init.init.dtype ? *init.init.dtype : DType::F32;
  if (!a["dtype"].isNone()) {
    FailureOr<DType> dtype = rt.toDType(a["dtype"], args.loc);
    if (failed(dtype))
      return failure();
    d = *dtype;
  }
  const std::string &k = init.init.spec.kind;
  std::string opType = k == "constant" ? "Const"
                       : k == "zeros"  ? "zeros"
                       : k == "ones"   ? "ones"
                       : k == "random_normal" || k == "truncated_normal" ||
                               k == "random_uniform"
                           ? k
                       : k == "glorot_uniform" ? "random_uniform"
                                               : "truncated_normal";
  std::string name = rt.graph->uniqueName(opType);
  InitSpec c = init.init;
  if (k == "constant") {
    // Materialize the constant initializer's values for this shape.
    FailureOr<std::vector<double>> values =
        rt.evaluate(c, shape, d, name, args.loc);
    if (failed(values))
      return failure();
    c = InitSpec();
    c.spec.kind = "value";
    c.spec.values = std::move(*values);
  }
  c.valueShape = shape;
  c.valueDType = d;
  return Value::object(rt.newConstant(name, opType, shape, d, c, args.loc));
}

FailureOr<Value> scopec::frontend::tfAssign(TFRuntime &rt,
                                            llvm::StringRef opType,
                                            const Value &ref,
                                            const Value &value,
                                            const Value &nameArg, SrcLoc l) {
  Interpreter &in = rt.interp;
  if (!isa<TensorObj>(ref) || !ref.as<TensorObj>()->isVariable())
    return in.raise(l, "TypeError",
                    "'" + opType.str() +
                        "' needs a variable as its ref, not " + typeName(ref));
  const TensorObj &var = *ref.as<TensorObj>();
  FailureOr<std::shared_ptr<TensorObj>> converted =
      rt.toTensor(value, l, var.dtype, "value");
  if (failed(converted))
    return failure();
  std::shared_ptr<TensorObj> v = *converted;
  if (v->dtype != var.dtype)
    return in.error(l, "Input 'value' of '" + opType.str() + "' Op has type " +
                           dtypeName(v->dtype) +
                           " that does not match type " +
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
  t->unusable = "'" + name + "' (" + opType.str() +
                ") updates variable '" + var.opName +
                "': scopec compiles inference graphs, whose variables keep "
                "their values, so no fetch can depend on an assignment";
  return Value::object(t);
}

FailureOr<Value> scopec::frontend::tfEval(TFRuntime &rt, TensorObj &t,
                                          CallArgs &args) {
  Interpreter &in = rt.interp;
  static const Signature sig{"Tensor.eval", {"self", "feed_dict=", "session="}};
  FailureOr<BoundArgs> bound =
      in.bindMethod(sig, Value::object(t.shared_from_this()), args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  if (a.given("feed_dict") || a.given("session"))
    return in.error(args.loc, "eval() arguments (feed_dict, session) are not "
                              "supported by scopec");
  const InitSpec *spec = nullptr;
  std::string stream = t.opName;
  if (t.isVariable())
    spec = &t.init;
  else if (t.origin == TensorOrigin::Const)
    spec = &t.constant;
  else
    return in.error(args.loc,
                    "scopec evaluates only variables' initial values and "
                    "constants at compile time; '" +
                        t.tensorName() + "' is computed by the model (run the "
                                         "compiled model instead)");
  FailureOr<std::vector<double>> values =
      rt.evaluate(*spec, t.shape, t.dtype, stream, args.loc);
  if (failed(values))
    return failure();
  return rt.makeArray(t.dtype, t.shape, std::move(*values));
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

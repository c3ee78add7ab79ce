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
bool addRegularizationLoss(TFRuntime &rt, const Value &regularizer,
                           const Value &variable, const std::string &name,
                           SrcLoc l) {
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
  Value loss;
  bool ok = in.call(regularizer, args, loss);
  --g.trainingDepth;
  g.nameStack = saved;
  if (!ok)
    return false;
  if (!loss.isNone())
    g.collection("regularization_losses").push_back(loss);
  return true;
}

/// Calls a Python initializer as TF 1.15 does when it creates the variable:
/// `initializer(shape_list, dtype=dtype, partition_info=...)`; its result
/// (an ndarray, a list, a constant tensor) is the initial value.
bool callPythonInitializer(TFRuntime &rt, const Value &fn, const Shape &shape,
                           DType dtype, const Value &partitionInfo,
                           const std::string &name, SrcLoc l, InitSpec &spec) {
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
  Value v;
  if (!in.call(fn, args, v))
    return false;
  Shape valueShape;
  DType valueDType;
  if (!rt.initFromValue(v, l, dtype, spec, valueShape, valueDType))
    return false;
  if (valueShape != shape)
    return in.error(l, "the initializer of variable '" + name +
                           "' returned a value of shape " +
                           pythonShape(valueShape) + " for the shape " +
                           pythonShape(shape));
  // A callable initializer with these values (TF's constant initializer of
  // a full-size value), not a value initializer; a tensor that is a fill
  // or a random draw (tf.zeros(shape), tf.random_normal(shape)) keeps its
  // kind.
  if (spec.spec.kind == "value")
    spec.spec.kind = "constant";
  spec.scalarValue = false;
  return true;
}

bool fullyDefined(const Shape &s) {
  for (int64_t d : s)
    if (d < 0)
      return false;
  return true;
}

} // namespace

bool TFRuntime::initFromValue(const Value &v, SrcLoc l,
                              std::optional<DType> dtype, InitSpec &out,
                              Shape &shape, DType &valueDType) {
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
    return true;
  }
  std::vector<double> values;
  bool sawFloat = false, sawBool = false;
  if (!flatten(v, l, values, shape, sawFloat, sawBool))
    return false;
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
  return true;
}

bool TFRuntime::evaluate(const InitSpec &init, const Shape &shape, DType dtype,
                         const std::string &stream, SrcLoc l,
                         std::vector<double> &out) {
  int64_t n = 1;
  if (!checkedCount(shape, kMaxCompileTimeElements, n))
    return interp.error(l, "tensor of shape " + pythonShape(shape) +
                               " is too large to evaluate at compile time");
  std::string err;
  params::InitializerSpec spec = init.spec;
  if (spec.kind == "value" && spec.values.size() == 1 && n != 1)
    spec.values.assign(n, spec.values[0]);
  if (!params::evaluateInitializer(spec, shape, !isFloatDType(dtype),
                                   interp.getOptions().seed, stream, out, err))
    return interp.error(l, err);
  for (double &v : out)
    v = castTo(dtype, v);
  return true;
}

//===----------------------------------------------------------------------===//
// tf.get_variable
//===----------------------------------------------------------------------===//

/// Adds a new variable to `collections` (None: GLOBAL_VARIABLES), and to
/// TRAINABLE_VARIABLES when trainable, as TF's variables.py does.
static bool addToCollections(TFRuntime &rt, const Value &collections,
                             const Value &var, bool trainable, SrcLoc l) {
  std::vector<std::string> keys;
  if (collections.isNone()) {
    keys.push_back(kGlobal);
  } else {
    if (!collections.isSeq())
      return rt.interp.error(l, "collections must be a list of collection "
                                "names, not " +
                                    typeName(collections));
    for (const Value &key : collections.items()) {
      std::string k;
      if (!rt.interp.toStr(key, l, k, "collection name"))
        return false;
      keys.push_back(k);
    }
  }
  if (trainable && llvm::find(keys, kTrainable) == keys.end())
    keys.push_back(kTrainable);
  for (const std::string &k : keys) {
    std::vector<Value> &c = rt.graph->collection(k);
    if (llvm::none_of(c, [&](const Value &x) { return identical(x, var); }))
      c.push_back(var);
  }
  return true;
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
bool checkConstraint(Interpreter &in, const Value &constraint, SrcLoc l) {
  if (constraint.isNone() || isCallable(constraint))
    return true;
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
bool getSingleVariable(TFRuntime &rt, const SingleVariable &v, SrcLoc l,
                       Value &out) {
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

  // The initializer argument, then the one in force.
  auto classify = [&](const Value &init, InitializerKind &kind, InitSpec &spec,
                      Shape &vshape, DType &vdtype) {
    if (init.isNone()) {
      kind = InitializerKind::None;
      return true;
    }
    if (isa<InitializerObj>(init)) {
      kind = InitializerKind::Callable;
      spec = init.as<InitializerObj>()->init;
      return true;
    }
    if (isPythonInitializer(init)) {
      // Called when the variable is created (below), as TF does.
      kind = InitializerKind::Callable;
      return true;
    }
    kind = InitializerKind::Value;
    return rt.initFromValue(init, l, std::nullopt, spec, vshape, vdtype);
  };
  InitSpec argSpec, spec;
  Shape argShape, valueShape;
  DType argDType = DType::F32, valueDType = DType::F32;
  InitializerKind argKind;
  if (!classify(v.argInitializer, argKind, argSpec, argShape, argDType))
    return false;
  req.argInitializer = argKind;
  if (argKind == InitializerKind::Value)
    req.argValueDType = dtypeName(argDType);
  const Value &inForce = v.initializer;
  InitializerKind kind;
  if (!classify(inForce, kind, spec, valueShape, valueDType))
    return false;
  req.initializer = kind;
  if (kind == InitializerKind::Value) {
    req.valueDType = dtypeName(valueDType);
    req.valueShape = valueShape;
  }
  if (kind == InitializerKind::None)
    spec = defaultInitializer(dtype);
  if (!v.partitionInfo.isNone() && shape && kind != InitializerKind::Value) {
    Value fullShape;
    Shape wholeShape;
    if (!in.getAttr(v.partitionInfo, "full_shape", l, fullShape) ||
        !rt.toShape(fullShape, l, wholeShape, /*allowNone=*/false,
                    "full_shape"))
      return false;
    scaleForPartition(spec, *shape, wholeShape);
  }
  req.reuse = v.reuse == Reuse::True   ? StoreReuse::Reuse
              : v.reuse == Reuse::Auto ? StoreReuse::Auto
                                       : StoreReuse::None;
  bool trainable = v.trainable;

  LookupResult r = g.store.getVariable(req);
  if (r.action == LookupAction::Create && !checkConstraint(in, v.constraint, l))
    return false;
  if (isPythonInitializer(inForce)) {
    auto known = g.variables.find(full);
    if (r.action == LookupAction::Create) {
      if (!shape || !fullyDefined(*shape))
        return in.raise(l, "ValueError",
                        "Shape of a new variable (" + full +
                            ") must be fully defined, but instead was " +
                            (shape ? pythonShape(*shape) : "<unknown>") + ".");
      if (!callPythonInitializer(rt, inForce, *shape, dtype, v.partitionInfo,
                                 full, l, spec))
        return false;
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
    out = Value::object(found);
    return true;
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
  if (!addToCollections(rt, v.collections, tv, trainable, l))
    return false;
  out = tv;
  return v.regularizer.isNone() ||
         addRegularizationLoss(rt, v.regularizer, tv, full, l);
}

/// The arguments both getters share: shape, dtype (None: `defaultDType`),
/// trainable (None: True), use_resource (None: `defaultResource`).
bool bindCommon(TFRuntime &rt, BoundArgs &a, SrcLoc l, DType defaultDType,
                bool defaultResource, SingleVariable &v) {
  Interpreter &in = rt.interp;
  if (!in.toStr(a["name"], l, v.name, "variable name"))
    return false;
  if (!a["shape"].isNone()) {
    Shape s;
    if (!rt.toShape(a["shape"], l, s, /*allowNone=*/true, "shape"))
      return false;
    v.shape = s;
  }
  if (!a["dtype"].isNone()) {
    DType d;
    if (!rt.toDType(a["dtype"], l, d))
      return false;
    v.explicitDType = d;
  }
  v.dtype = v.explicitDType ? *v.explicitDType : defaultDType;
  if (!a["trainable"].isNone() && !in.isTrue(a["trainable"], l, v.trainable))
    return false;
  v.useResource = defaultResource;
  if (!a["use_resource"].isNone() &&
      !in.isTrue(a["use_resource"], l, v.useResource))
    return false;
  v.collections = a["collections"];
  return true;
}

} // namespace
} // namespace scopec::frontend

bool scopec::frontend::tfGetVariable(TFRuntime &rt, CallArgs &args,
                                     Value &out) {
  Interpreter &in = rt.interp;
  TFGraph &g = *rt.graph;
  static const Signature sig{
      "get_variable",
      {"name", "shape=", "dtype=", "initializer=", "regularizer=", "trainable=",
       "collections=", "caching_device=", "partitioner=", "validate_shape=",
       "use_resource=", "custom_getter=", "constraint=", "synchronization=",
       "aggregation="}};
  BoundArgs a;
  if (!in.bind(sig, args, a))
    return false;
  SrcLoc l = args.loc;
  // The prelude's tf.get_variable takes custom getters and partitioners
  // (Prelude/_scopec_variables.py) and calls this for the rest.
  for (const char *p : {"partitioner", "custom_getter"})
    if (!a[p].isNone())
      return in.error(l, std::string("tf.get_variable(") + p +
                             "=...) is not supported by scopec");
  auto scope = g.currentScope;
  SingleVariable v;
  if (!bindCommon(rt, a, l, scope->dtype, scope->useResource, v))
    return false;
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
  return getSingleVariable(rt, v, l, out);
}

bool scopec::frontend::tfGetSingleVariable(TFRuntime &rt, CallArgs &args,
                                           Value &out) {
  Interpreter &in = rt.interp;
  static const Signature sig{
      "_get_single_variable",
      {"name", "shape=", "dtype=", "initializer=", "regularizer=",
       "partition_info=", "reuse=", "trainable=", "collections=",
       "caching_device=", "validate_shape=", "use_resource=", "constraint=",
       "synchronization=", "aggregation="}};
  BoundArgs a;
  if (!in.bind(sig, args, a))
    return false;
  SrcLoc l = args.loc;
  SingleVariable v;
  if (!bindCommon(rt, a, l, DType::F32, false, v))
    return false;
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
  return getSingleVariable(rt, v, l, out);
}

bool scopec::frontend::tfVariableExists(TFRuntime &rt, CallArgs &args,
                                        Value &out) {
  static const Signature sig{"_scopec_variable_exists", {"name"}};
  BoundArgs a;
  std::string name;
  if (!rt.interp.bind(sig, args, a) ||
      !rt.interp.toStr(a["name"], args.loc, name, "name"))
    return false;
  out = Value::boolean(rt.graph->variables.count(name) != 0);
  return true;
}

bool scopec::frontend::tfAcceptsKeyword(TFRuntime &rt, CallArgs &args,
                                        Value &out) {
  static const Signature sig{"_scopec_accepts_keyword", {"fn", "name"}};
  BoundArgs a;
  std::string name;
  if (!rt.interp.bind(sig, args, a) ||
      !rt.interp.toStr(a["name"], args.loc, name, "name"))
    return false;
  Value fn = a["fn"];
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
  out = Value::boolean(accepts);
  return true;
}

bool scopec::frontend::tfRegisterTensorConversion(TFRuntime &rt,
                                                  CallArgs &args, Value &out) {
  static const Signature sig{"register_tensor_conversion_function",
                             {"base_type", "conversion_func", "priority="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  if (!a["base_type"].is(ObjKind::Class))
    return rt.interp.error(args.loc,
                           "scopec: register_tensor_conversion_function "
                           "takes a Python class as base_type");
  rt.tensorConversions.emplace_back(a["base_type"], a["conversion_func"]);
  out = Value::none();
  return true;
}

//===----------------------------------------------------------------------===//
// tf.Variable
//===----------------------------------------------------------------------===//

bool scopec::frontend::tfVariable(TFRuntime &rt, CallArgs &args, Value &out) {
  Interpreter &in = rt.interp;
  TFGraph &g = *rt.graph;
  static const Signature sig{
      "Variable",
      {"initial_value=", "trainable=", "collections=", "validate_shape=",
       "caching_device=", "name=", "variable_def=", "dtype=", "expected_shape=",
       "import_scope=", "constraint=", "use_resource=", "synchronization=",
       "aggregation=", "shape="}};
  BoundArgs a;
  if (!in.bind(sig, args, a))
    return false;
  SrcLoc l = args.loc;
  if (a["initial_value"].isNone())
    return in.error(l, "initial_value must be specified.");
  if (!a["variable_def"].isNone())
    return in.error(l, "tf.Variable(variable_def=...) is not supported by "
                       "scopec");
  if (!checkConstraint(in, a["constraint"], l))
    return false;
  std::optional<DType> dtype;
  if (!a["dtype"].isNone()) {
    DType d;
    if (!rt.toDType(a["dtype"], l, d))
      return false;
    dtype = d;
  }
  Value init = a["initial_value"];
  if (isa<InitializerObj>(init) || init.is(ObjKind::Function))
    return in.error(l, "tf.Variable needs an initial value (call the "
                       "initializer with a shape first)");
  InitSpec spec;
  Shape shape;
  DType valueDType;
  if (!rt.initFromValue(init, l, dtype, spec, shape, valueDType))
    return false;
  bool trainable = true;
  if (!a["trainable"].isNone() && !in.isTrue(a["trainable"], l, trainable))
    return false;
  // with ops.name_scope(name, "Variable", ...) as name
  std::string base = "Variable";
  if (!a["name"].isNone() && !in.toStr(a["name"], l, base, "name"))
    return false;
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
  if (!a["use_resource"].isNone() &&
      !in.isTrue(a["use_resource"], l, v->resource))
    return false;
  Value vv = Value::object(v);
  if (!addToCollections(rt, a["collections"], vv, trainable, l))
    return false;
  out = vv;
  return true;
}

//===----------------------------------------------------------------------===//
// Collections and scopes
//===----------------------------------------------------------------------===//

static bool collectionWithScope(TFRuntime &rt, const std::string &key,
                                const Value &scopeArg, SrcLoc l, Value &out) {
  std::vector<Value> items = rt.graph->collection(key);
  if (!scopeArg.isNone()) {
    std::string prefix;
    if (!rt.interp.toStr(scopeArg, l, prefix, "scope"))
      return false;
    std::vector<Value> kept;
    for (const Value &v : items)
      if (isa<TensorObj>(v) &&
          llvm::StringRef(v.as<TensorObj>()->opName).starts_with(prefix))
        kept.push_back(v);
    items = kept;
  }
  out = Value::list(items);
  return true;
}

bool scopec::frontend::tfGetCollection(TFRuntime &rt, CallArgs &args,
                                       Value &out) {
  static const Signature sig{"get_collection", {"key", "scope="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  std::string key;
  if (!rt.interp.toStr(a["key"], args.loc, key, "collection key"))
    return false;
  return collectionWithScope(rt, key, a["scope"], args.loc, out);
}

bool scopec::frontend::tfAddToCollection(TFRuntime &rt, CallArgs &args,
                                         Value &out) {
  static const Signature sig{"add_to_collection", {"name", "value"}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  std::string key;
  if (!rt.interp.toStr(a["name"], args.loc, key, "collection name"))
    return false;
  rt.graph->collection(key).push_back(a["value"]);
  out = Value::none();
  return true;
}

bool scopec::frontend::tfTrainableVariables(TFRuntime &rt, CallArgs &args,
                                            Value &out) {
  static const Signature sig{"trainable_variables", {"scope="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  return collectionWithScope(rt, kTrainable, a["scope"], args.loc, out);
}

bool scopec::frontend::tfGlobalVariables(TFRuntime &rt, CallArgs &args,
                                         Value &out) {
  static const Signature sig{"global_variables", {"scope="}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  return collectionWithScope(rt, kGlobal, a["scope"], args.loc, out);
}

bool scopec::frontend::tfGetVariableScope(TFRuntime &rt, CallArgs &args,
                                          Value &out) {
  static const Signature sig{"get_variable_scope", {}};
  BoundArgs a;
  if (!rt.interp.bind(sig, args, a))
    return false;
  out = Value::object(rt.graph->currentScope);
  return true;
}

//===----------------------------------------------------------------------===//
// Initializers
//===----------------------------------------------------------------------===//

bool scopec::frontend::tfInitializer(TFRuntime &rt, const std::string &kind,
                                     CallArgs &args, Value &out) {
  Interpreter &in = rt.interp;
  SrcLoc l = args.loc;
  InitSpec init;
  init.spec.kind = kind;
  std::string cls;
  // TF 1.15's initializer classes (init_ops.py): the messages name their
  // `__init__`.
  BoundArgs a;
  auto seedArg = [&]() {
    if (a["seed"].isNone())
      return true;
    int64_t s;
    if (!in.toInt(a["seed"], l, s, "seed"))
      return false;
    init.spec.opSeed = s;
    return true;
  };
  auto dtypeArg = [&]() {
    if (a["dtype"].isNone())
      return true;
    DType d;
    if (!rt.toDType(a["dtype"], l, d))
      return false;
    init.dtype = d;
    return true;
  };
  if (kind == "constant") {
    static const Signature sig{"Constant.__init__",
                               {"value=", "dtype=", "verify_shape="}};
    if (!in.bind(sig, args, a) || !dtypeArg())
      return false;
    cls = "Constant";
    Value v = a["value"].isNone() ? Value::integer(0) : a["value"];
    if (isa<TensorObj>(v))
      return in.error(l, "constant_initializer needs a Python or NumPy value, "
                         "not a tensor");
    Shape shape;
    bool sawFloat = false, sawBool = false;
    if (!rt.flatten(v, l, init.spec.values, shape, sawFloat, sawBool))
      return false;
    init.scalarValue = shape.empty();
    init.valueShape = shape;
  } else if (kind == "zeros" || kind == "ones") {
    static const Signature zs{"Zeros.__init__", {"dtype="}};
    static const Signature os{"Ones.__init__", {"dtype="}};
    if (!in.bind(kind == "zeros" ? zs : os, args, a) || !dtypeArg())
      return false;
    cls = kind == "zeros" ? "Zeros" : "Ones";
  } else if (kind == "random_normal" || kind == "truncated_normal") {
    static const Signature rn{"RandomNormal.__init__",
                              {"mean=", "stddev=", "seed=", "dtype="}};
    static const Signature tn{"TruncatedNormal.__init__",
                              {"mean=", "stddev=", "seed=", "dtype="}};
    if (!in.bind(kind == "random_normal" ? rn : tn, args, a) || !seedArg() ||
        !dtypeArg())
      return false;
    if (!a["mean"].isNone() &&
        !in.toDouble(a["mean"], l, init.spec.mean, "mean"))
      return false;
    if (!a["stddev"].isNone() &&
        !in.toDouble(a["stddev"], l, init.spec.stddev, "stddev"))
      return false;
    cls = kind == "random_normal" ? "RandomNormal" : "TruncatedNormal";
  } else if (kind == "random_uniform") {
    static const Signature sig{"RandomUniform.__init__",
                               {"minval=", "maxval=", "seed=", "dtype="}};
    if (!in.bind(sig, args, a) || !seedArg() || !dtypeArg())
      return false;
    if (!a["minval"].isNone() &&
        !in.toDouble(a["minval"], l, init.spec.minval, "minval"))
      return false;
    if (!a["maxval"].isNone() &&
        !in.toDouble(a["maxval"], l, init.spec.maxval, "maxval"))
      return false;
    cls = "RandomUniform";
  } else if (kind == "glorot_uniform" || kind == "glorot_normal") {
    static const Signature gu{"GlorotUniform.__init__", {"seed=", "dtype="}};
    static const Signature gn{"GlorotNormal.__init__", {"seed=", "dtype="}};
    if (!in.bind(kind == "glorot_uniform" ? gu : gn, args, a) || !seedArg() ||
        !dtypeArg())
      return false;
    cls = kind == "glorot_uniform" ? "GlorotUniform" : "GlorotNormal";
  } else if (kind == "variance_scaling") {
    static const Signature sig{
        "VarianceScaling.__init__",
        {"scale=", "mode=", "distribution=", "seed=", "dtype="}};
    if (!in.bind(sig, args, a) || !seedArg() || !dtypeArg())
      return false;
    if (!a["scale"].isNone() &&
        !in.toDouble(a["scale"], l, init.spec.scale, "scale"))
      return false;
    if (init.spec.scale <= 0)
      return in.error(l, "`scale` must be positive float.");
    if (!a["mode"].isNone() && !in.toStr(a["mode"], l, init.spec.mode, "mode"))
      return false;
    if (!a["distribution"].isNone() &&
        !in.toStr(a["distribution"], l, init.spec.distribution, "distribution"))
      return false;
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
  out = Value::object(std::make_shared<InitializerObj>(cls, init));
  return true;
}

bool scopec::frontend::tfCallInitializer(TFRuntime &rt, InitializerObj &init,
                                         CallArgs &args, Value &out) {
  Interpreter &in = rt.interp;
  Signature sig{init.className + ".__call__",
                {"self", "shape", "dtype=", "partition_info="}};
  BoundArgs a;
  if (!in.bindMethod(sig, Value::object(init.shared_from_this()), args, a))
    return false;
  Shape shape;
  if (!rt.toShape(a["shape"], args.loc, shape, false, "shape"))
    return false;
  DType d = init.init.dtype ? *init.init.dtype : DType::F32;
  if (!a["dtype"].isNone() && !rt.toDType(a["dtype"], args.loc, d))
    return false;
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
    std::vector<double> values;
    if (!rt.evaluate(c, shape, d, name, args.loc, values))
      return false;
    c = InitSpec();
    c.spec.kind = "value";
    c.spec.values = values;
  }
  c.valueShape = shape;
  c.valueDType = d;
  out = Value::object(rt.newConstant(name, opType, shape, d, c, args.loc));
  return true;
}

bool scopec::frontend::tfAssign(TFRuntime &rt, llvm::StringRef opType,
                               const Value &ref, const Value &value,
                               const Value &nameArg, SrcLoc l, Value &out) {
  Interpreter &in = rt.interp;
  if (!isa<TensorObj>(ref) || !ref.as<TensorObj>()->isVariable())
    return in.raise(l, "TypeError",
                    "'" + opType.str() +
                        "' needs a variable as its ref, not " + typeName(ref));
  const TensorObj &var = *ref.as<TensorObj>();
  std::shared_ptr<TensorObj> v;
  if (!rt.toTensor(value, l, v, var.dtype, "value"))
    return false;
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
  std::string name;
  if (!rt.opName(nameArg, opType.str(), l, name))
    return false;
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
  out = Value::object(t);
  return true;
}

bool scopec::frontend::tfEval(TFRuntime &rt, TensorObj &t, CallArgs &args,
                              Value &out) {
  Interpreter &in = rt.interp;
  static const Signature sig{"Tensor.eval", {"self", "feed_dict=", "session="}};
  BoundArgs a;
  if (!in.bindMethod(sig, Value::object(t.shared_from_this()), args, a))
    return false;
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
  std::vector<double> values;
  if (!rt.evaluate(*spec, t.shape, t.dtype, stream, args.loc, values))
    return false;
  out = rt.makeArray(t.dtype, t.shape, values);
  return true;
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

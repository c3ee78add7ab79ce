//===- TFScopes.cpp - tf.variable_scope and tf.name_scope -----------------===//
//
// Entering and leaving variable scopes and name scopes exactly as TF 1.15's
// variable_scope.__enter__/_pure_variable_scope and Graph.name_scope do
// (see docs/user-guide.md, "Variable sharing"), and the attributes of VariableScope objects.
//
//===----------------------------------------------------------------------===//

#include "TFScopes.h"
#include "TFGraph.h"
#include "TFRuntime.h"
#include "llvm/ADT/StringSwitch.h"

using namespace scopec::frontend;

namespace {

Value reuseValue(Reuse r, const Value &autoReuse) {
  switch (r) {
  case Reuse::False:
    return Value::boolean(false);
  case Reuse::True:
    return Value::boolean(true);
  case Reuse::Auto:
    return autoReuse;
  }
  return Value::boolean(false);
}

/// `reuse` argument: True, AUTO_REUSE, or None/False (inherit).
FailureOr<Reuse> parseReuse(Interpreter &in, const Value &v, SrcLoc l) {
  if (v.isNone() || (v.isBool() && !v.getBool()))
    return Reuse::False;
  if (v.isBool() && v.getBool())
    return Reuse::True;
  if (isa<ReuseSentinel>(v))
    return Reuse::Auto;
  return in.error(l, "The reuse parameter must be True or False or None.");
}

} // namespace

FailureOr<Value> scopec::frontend::makeVariableScope(TFRuntime &rt,
                                                     CallArgs &args) {
  Interpreter &in = rt.interp;
  static const Signature sig{
      "variable_scope.__init__",
      {"name_or_scope",
       "default_name=", "values=", "initializer=", "regularizer=",
       "caching_device=", "partitioner=", "custom_getter=", "reuse=", "dtype=",
       "use_resource=", "constraint=", "auxiliary_name_scope="}};
  FailureOr<BoundArgs> bound = in.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  auto cm = std::make_shared<ContextManagerObj>(CMKind::VariableScope);
  cm->nameOrScope = a["name_or_scope"];
  if (!a["default_name"].isNone()) {
    FailureOr<std::string> defaultName =
        in.toStr(a["default_name"], args.loc, "default_name");
    if (failed(defaultName))
      return failure();
    cm->defaultName = std::move(*defaultName);
    cm->hasDefaultName = true;
  }
  if (!cm->hasDefaultName && a["name_or_scope"].isNone())
    return in.error(args.loc,
                    "If default_name is None then name_or_scope is required");
  FailureOr<Reuse> reuse = parseReuse(in, a["reuse"], args.loc);
  if (failed(reuse))
    return failure();
  cm->reuse = *reuse;
  cm->initializer = a["initializer"];
  cm->regularizer = a["regularizer"];
  cm->partitioner = a["partitioner"];
  cm->customGetter = a["custom_getter"];
  cm->constraint = a["constraint"];
  if (!a["dtype"].isNone()) {
    FailureOr<DType> d = rt.toDType(a["dtype"], args.loc);
    if (failed(d))
      return failure();
    cm->dtype = *d;
  }
  if (!a["use_resource"].isNone()) {
    FailureOr<bool> useResource = in.isTrue(a["use_resource"], args.loc);
    if (failed(useResource))
      return failure();
    cm->useResource = *useResource;
  }
  if (a.given("auxiliary_name_scope")) {
    if (!a["auxiliary_name_scope"].isBool())
      return in.error(args.loc, "The auxiliary_name_scope must be `True` or "
                                "`False`, while get " +
                                    str(a["auxiliary_name_scope"]));
    cm->auxiliaryNameScope = a["auxiliary_name_scope"].getBool();
  }
  return Value::object(cm);
}

FailureOr<Value> scopec::frontend::makeNameScope(TFRuntime &rt,
                                                 CallArgs &args) {
  Interpreter &in = rt.interp;
  static const Signature sig{"name_scope.__init__",
                             {"name", "default_name=", "values="}};
  FailureOr<BoundArgs> bound = in.bind(sig, args);
  if (failed(bound))
    return failure();
  BoundArgs &a = *bound;
  auto cm = std::make_shared<ContextManagerObj>(CMKind::NameScope);
  cm->name = a["name"].isNone() ? a["default_name"] : a["name"];
  if (!cm->name.isNone() && !cm->name.isStr())
    return in.error(args.loc, "name_scope name must be a string or None, "
                              "not " +
                                  typeName(cm->name));
  if (cm->name.isNone() && !a["values"].isNone())
    return in.error(args.loc, "At least one of name (None) and default_name "
                              "(None) must be provided.");
  return Value::object(cm);
}

/// Opens `name` as a name scope; returns the scope string ("foo/" or "").
static FailureOr<std::string>
openNameScope(TFRuntime &rt, const std::optional<std::string> &name, SrcLoc l) {
  std::string stack, err;
  if (!rt.graph->nameScope(name, stack, err))
    return rt.interp.error(l, err);
  rt.graph->nameStack = stack;
  return stack.empty() ? "" : stack + "/";
}

/// TF's wrapped custom getter (_maybe_wrap_custom_getter): calling it as
/// `wrapped(getter, ...)` calls `inner(partial(outer, getter), ...)`, so the
/// newer getter runs first and the older one sits between it and the store.
static Value wrapCustomGetter(const Value &inner, const Value &outer) {
  return Interpreter::native(
      "wrapped_custom_getter",
      [inner, outer](Interpreter &in, CallArgs &args) -> FailureOr<Value> {
        // wrapped_custom_getter(getter, *args, **kwargs)
        CallArgs call = args;
        Value getter;
        if (!call.pos.empty()) {
          getter = call.pos.front();
          call.pos.erase(call.pos.begin());
        } else {
          auto it = llvm::find_if(
              call.kw, [](const auto &kw) { return kw.first == "getter"; });
          if (it == call.kw.end())
            return in.raise(args.loc, "TypeError",
                            "wrapped_custom_getter() missing 1 required "
                            "positional argument: 'getter'");
          getter = it->second;
          call.kw.erase(it);
        }
        Value partial = Interpreter::native(
            "partial", [outer, getter](Interpreter &in, CallArgs &rest) {
              CallArgs call = rest;
              call.pos.insert(call.pos.begin(), getter);
              return in.call(outer, call);
            });
        call.pos.insert(call.pos.begin(), partial);
        return in.call(inner, call);
      });
}

/// _pure_variable_scope.__enter__: the new scope starts from `base`'s
/// defaults (the enclosing scope, or the captured one) and takes the
/// arguments given to variable_scope; a custom getter wraps the base's.
static void inheritDefaults(VarScopeObj &scope, const VarScopeObj &base,
                            const ContextManagerObj &cm) {
  scope.initializer =
      cm.initializer.isNone() ? base.initializer : cm.initializer;
  scope.regularizer =
      cm.regularizer.isNone() ? base.regularizer : cm.regularizer;
  scope.partitioner =
      cm.partitioner.isNone() ? base.partitioner : cm.partitioner;
  scope.dtype = cm.dtype ? *cm.dtype : base.dtype;
  scope.useResource = cm.useResource ? *cm.useResource : base.useResource;
  scope.constraint = cm.constraint; // not inherited, as in TF 1.15
  if (cm.customGetter.isNone())
    scope.customGetter = base.customGetter;
  else if (base.customGetter.isNone())
    scope.customGetter = cm.customGetter;
  else
    scope.customGetter = wrapCustomGetter(cm.customGetter, base.customGetter);
}

FailureOr<Value> scopec::frontend::enterScope(TFRuntime &rt,
                                              ContextManagerObj &cm, SrcLoc l) {
  Interpreter &in = rt.interp;
  TFGraph &g = *rt.graph;
  if (cm.entered)
    return in.error(l, "this scope object is already entered (scopec does "
                       "not support re-entering a context manager)");
  cm.savedNameStack = g.nameStack;
  if (cm.cmKind == CMKind::NameScope) {
    std::optional<std::string> name;
    if (cm.name.isStr())
      name = cm.name.getStr();
    FailureOr<std::string> s = openNameScope(rt, name, l);
    if (failed(s))
      return failure();
    cm.entered = true;
    return Value::str(*s);
  }
  if (cm.cmKind != CMKind::VariableScope) {
    cm.entered = true;
    return Value::none();
  }

  // variable_scope.__enter__ (_enter_scope_uncached).
  std::optional<std::optional<std::string>> auxScope;
  if (!cm.auxiliaryNameScope) {
    // Re-enter the current name scope (or the root).
    auxScope = g.nameStack.empty() ? std::optional<std::string>()
                                   : std::optional<std::string>(g.nameStack +
                                                                "/");
  }
  auto old = g.currentScope;
  cm.savedScope = old;
  auto scope = std::make_shared<VarScopeObj>();
  std::string nameScopeString;

  if (!cm.nameOrScope.isNone()) {
    bool isObj = isa<VarScopeObj>(cm.nameOrScope);
    if (!isObj && !cm.nameOrScope.isStr())
      return in.error(l, "VariableScope: name_or_scope must be a string or "
                         "VariableScope.");
    std::string nsName;
    if (isObj) {
      llvm::StringRef full = cm.nameOrScope.as<VarScopeObj>()->name;
      nsName = full.contains('/') ? full.rsplit('/').second.str()
                                  : full.str();
    } else {
      nsName = cm.nameOrScope.getStr();
    }
    std::optional<std::string> oldNameScope;
    if (!nsName.empty() || auxScope) {
      std::optional<std::string> toOpen =
          auxScope ? *auxScope : std::optional<std::string>(nsName);
      FailureOr<std::string> opened = openNameScope(rt, toOpen, l);
      if (failed(opened))
        return failure();
      nameScopeString = std::move(*opened);
      if (isObj)
        oldNameScope = cm.nameOrScope.as<VarScopeObj>()->nameScope;
      else
        oldNameScope = nameScopeString;
    }
    if (isObj) {
      // _pure_variable_scope with a captured scope: a copy with its own reuse.
      auto *src = cm.nameOrScope.as<VarScopeObj>();
      scope->name = src->name;
      scope->reuse = cm.reuse != Reuse::False ? cm.reuse : src->reuse;
      scope->nameScope = src->nameScope;
      inheritDefaults(*scope, *src, cm);
      g.openVariableScope(scope->name);
      cm.capturedEntry = true;
      cm.scopeCountsMark = g.markScopeCounts();
    } else {
      const std::string &s = cm.nameOrScope.getStr();
      scope->name = old->name.empty() ? s : old->name + "/" + s;
      scope->reuse = cm.reuse != Reuse::False ? cm.reuse : old->reuse;
      scope->nameScope = oldNameScope ? *oldNameScope : s;
      inheritDefaults(*scope, *old, cm);
      g.openVariableScope(scope->name);
      cm.capturedEntry = false;
    }
  } else {
    // default_name: reuse=True/AUTO_REUSE is refused.
    if (cm.reuse != Reuse::False)
      return in.error(l, "reuse=True cannot be used without a name_or_scope");
    std::optional<std::string> toOpen =
        auxScope ? *auxScope : std::optional<std::string>(cm.defaultName);
    FailureOr<std::string> opened = openNameScope(rt, toOpen, l);
    if (failed(opened))
      return failure();
    nameScopeString = std::move(*opened);
    std::string unique = g.uniqueVariableScope(cm.defaultName);
    scope->name = old->name.empty() ? unique : old->name + "/" + unique;
    scope->reuse = old->reuse;
    scope->nameScope = nameScopeString;
    inheritDefaults(*scope, *old, cm);
    g.openVariableScope(scope->name);
    cm.capturedEntry = false;
  }
  cm.newScopeName = scope->name;
  g.currentScope = scope;
  cm.entered = true;
  return Value::object(scope);
}

LogicalResult scopec::frontend::exitScope(TFRuntime &rt, ContextManagerObj &cm,
                                          SrcLoc l) {
  TFGraph &g = *rt.graph;
  if (cm.cmKind == CMKind::VariableScope && cm.entered) {
    if (cm.capturedEntry) {
      g.restoreScopeCounts(cm.scopeCountsMark);
    } else {
      g.closeVariableSubscopes(cm.newScopeName);
    }
    g.currentScope = cm.savedScope;
  }
  g.nameStack = cm.savedNameStack;
  cm.entered = false;
  cm.savedScope.reset();
  return success();
}

/// The VariableScope field a `set_*` method assigns, or null.
static Value VarScopeObj::*settableField(llvm::StringRef method) {
  return llvm::StringSwitch<Value VarScopeObj::*>(method)
      .Case("set_initializer", &VarScopeObj::initializer)
      .Case("set_regularizer", &VarScopeObj::regularizer)
      .Case("set_partitioner", &VarScopeObj::partitioner)
      .Case("set_custom_getter", &VarScopeObj::customGetter)
      .Default(nullptr);
}

FailureOr<std::optional<Value>>
scopec::frontend::scopeAttr(TFRuntime &rt, const Value &self,
                            const std::string &name, SrcLoc l) {
  auto scope = std::static_pointer_cast<VarScopeObj>(self.ref());
  Value out;
  if (name == "name") {
    out = Value::str(scope->name);
  } else if (name == "reuse") {
    out = reuseValue(scope->reuse, rt.autoReuse);
  } else if (name == "original_name_scope") {
    out = Value::str(scope->nameScope);
  } else if (name == "initializer") {
    out = scope->initializer;
  } else if (name == "regularizer") {
    out = scope->regularizer;
  } else if (name == "use_resource") {
    out = Value::boolean(scope->useResource);
  } else if (name == "partitioner") {
    out = scope->partitioner;
  } else if (name == "custom_getter") {
    out = scope->customGetter;
  } else if (name == "constraint") {
    out = scope->constraint;
  } else if (name == "dtype") {
    out = Value::object(std::make_shared<DTypeObj>(scope->dtype, false));
  } else if (name == "reuse_variables") {
    out = Interpreter::native(
        "reuse_variables",
        [scope, self](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
          static const Signature sig{"VariableScope.reuse_variables", {"self"}};
          if (failed(in.bindMethod(sig, self, a)))
            return failure();
          scope->reuse = Reuse::True;
          return Value::none();
        });
  } else if (name == "_scopec_set_reuse") {
    // The prelude's loops (Prelude/_scopec_control_flow.py): TF's
    // `scope._reuse = value`, True, False or AUTO_REUSE.
    out = Interpreter::native(
        name, [scope, self](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
          static const Signature sig{"VariableScope._scopec_set_reuse",
                                     {"self", "reuse"}};
          FailureOr<BoundArgs> b = in.bindMethod(sig, self, a);
          if (failed(b))
            return failure();
          FailureOr<Reuse> reuse = parseReuse(in, (*b)["reuse"], a.loc);
          if (failed(reuse))
            return failure();
          scope->reuse = *reuse;
          return Value::none();
        });
  } else if (Value VarScopeObj::*field = settableField(name)) {
    // set_initializer, set_regularizer, set_partitioner, set_custom_getter.
    std::string arg = name.substr(4);
    out = Interpreter::native(
        name,
        [scope, self, field, name, arg](Interpreter &in,
                                        CallArgs &a) -> FailureOr<Value> {
          Signature sig{"VariableScope." + name, {"self", arg}};
          FailureOr<BoundArgs> b = in.bindMethod(sig, self, a);
          if (failed(b))
            return failure();
          (*scope).*field = (*b)[arg];
          return Value::none();
        });
  } else if (name == "set_dtype") {
    TFRuntime *rtp = &rt;
    out = Interpreter::native(
        "set_dtype",
        [scope, rtp, self](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
          static const Signature sig{"VariableScope.set_dtype",
                                     {"self", "dtype"}};
          FailureOr<BoundArgs> b = in.bindMethod(sig, self, a);
          if (failed(b))
            return failure();
          FailureOr<DType> d = rtp->toDType((*b)["dtype"], a.loc);
          if (failed(d))
            return failure();
          scope->dtype = *d;
          return Value::none();
        });
  } else if (name == "trainable_variables" || name == "global_variables") {
    TFRuntime *rtp = &rt;
    std::string key = name;
    out = Interpreter::native(
        name,
        [scope, rtp, key, self](Interpreter &in,
                                CallArgs &a) -> FailureOr<Value> {
          Signature sig{"VariableScope." + key, {"self"}};
          if (failed(in.bindMethod(sig, self, a)))
            return failure();
          std::string prefix = scope->name.empty() ? "" : scope->name + "/";
          // GLOBAL_VARIABLES is the collection named "variables".
          std::string collection =
              key == "global_variables" ? "variables" : key;
          std::vector<Value> items;
          for (const Value &v : rtp->graph->collection(collection)) {
            if (isa<TensorObj>(v) &&
                llvm::StringRef(v.as<TensorObj>()->opName).starts_with(prefix))
              items.push_back(v);
          }
          return Value::list(items);
        });
  } else {
    return std::optional<Value>();
  }
  return std::optional<Value>(std::move(out));
}

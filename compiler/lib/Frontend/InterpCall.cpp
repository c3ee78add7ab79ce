//===- InterpCall.cpp - Python functions and calls ------------------------===//
//
// Function objects made by `def` and `lambda` (defaults and annotations
// evaluated when the def runs, the qualified name) and calls: binding the
// arguments to a new frame with CPython's checks and messages (Signature.h),
// running the body (a generator function returns a generator instead,
// Generators.cpp), and `call`, which dispatches on the kind of callee.
//
//===----------------------------------------------------------------------===//

#include "Classes.h"
#include "Interpreter.h"

using namespace scopec::frontend;

//===----------------------------------------------------------------------===//
// Functions
//===----------------------------------------------------------------------===//

std::string Interpreter::qualnamePrefix() const {
  if (env->classBody) {
    auto q = env->vars.find("__qualname__");
    return q != env->vars.end() && q->second.isStr() ? q->second.getStr() + "."
                                                     : "";
  }
  // Inside a function's frame: its qualified name and `<locals>`.
  if (env->parent && !frameStack.empty() && frameStack.back().fn)
    return frameStack.back().fn->qualname + ".<locals>.";
  return "";
}

FailureOr<Value> Interpreter::makeFunction(FuncDef *def) {
  auto fn = std::make_shared<FunctionObj>();
  fn->def = def;
  // Functions defined in a class body close over the enclosing scope.
  std::shared_ptr<Env> closure = env;
  while (closure->classBody)
    closure = closure->parent;
  fn->closure = closure;
  fn->id = nextFunctionId++;
  fn->qualname = qualnamePrefix() + def->name;
  for (const Param &p : def->params) {
    if (!p.defaultValue)
      continue;
    FailureOr<Value> d = eval(p.defaultValue);
    if (failed(d))
      return failure();
    fn->defaults.push_back(*d);
  }
  for (const Param &p : def->kwOnly) {
    Value d;
    if (p.defaultValue) {
      FailureOr<Value> r = eval(p.defaultValue);
      if (failed(r))
        return failure();
      d = *r;
    }
    fn->kwDefaults.push_back(d);
  }
  // Annotations are evaluated when the def runs, as in CPython 3.11.
  if (!def->annotations.empty() && !def->annotationsPostponed) {
    auto d = std::make_shared<DictObj>();
    for (auto &[name, expr] : def->annotations) {
      FailureOr<Value> v = eval(expr);
      if (failed(v))
        return failure();
      d->set("s" + name, Value::str(name), *v);
    }
    fn->annotations = Value::object(d);
  }
  return Value::object(fn);
}

FailureOr<Value> Interpreter::callFunction(FunctionObj *fn, CallArgs &args) {
  FuncDef *def = fn->def;
  if (static_cast<int>(callStack.size()) >= Limits::kMaxCallDepth)
    return raise(args.loc, "RecursionError",
                 "maximum recursion depth exceeded");
  auto frame = std::make_shared<Env>();
  frame->parent = fn->closure;
  const std::string &name = fn->qualname;
  size_t nParams = def->params.size();
  size_t nDefaults = fn->defaults.size();
  std::vector<bool> set(nParams, false);
  // Positional arguments.
  std::vector<Value> extra;
  for (size_t i = 0; i < args.pos.size(); ++i) {
    if (i < nParams) {
      frame->vars[def->params[i].name] = args.pos[i];
      set[i] = true;
    } else {
      extra.push_back(args.pos[i]);
    }
  }
  if (!def->varArgs.empty())
    frame->vars[def->varArgs] = Value::tuple(extra);
  auto kwDict = std::make_shared<DictObj>();
  std::vector<bool> kwSet(def->kwOnly.size(), false);
  for (auto &[k, v] : args.kw) {
    bool matched = false;
    for (size_t i = 0; i < nParams; ++i) {
      if (def->params[i].name != k)
        continue;
      if (set[i])
        return raise(args.loc, "TypeError",
                     name + "() got multiple values for argument '" + k + "'");
      frame->vars[k] = v;
      set[i] = true;
      matched = true;
    }
    for (size_t i = 0; i < def->kwOnly.size() && !matched; ++i) {
      if (def->kwOnly[i].name != k)
        continue;
      frame->vars[k] = v;
      kwSet[i] = true;
      matched = true;
    }
    if (matched)
      continue;
    if (def->kwArgs.empty()) {
      std::vector<std::string> names;
      for (const Param &p : def->params)
        names.push_back(p.name);
      return raise(args.loc, "TypeError",
                   name + "() got an unexpected keyword argument '" + k + "'");
    }
    kwDict->set("s" + k, Value::str(k), v);
  }
  if (!def->kwArgs.empty())
    frame->vars[def->kwArgs] = Value::object(kwDict);
  if (!extra.empty() && def->varArgs.empty())
    return raise(args.loc, "TypeError",
                 tooManyPositionalMessage(name, nParams - nDefaults, nParams,
                                          args.pos.size(),
                                          llvm::count(kwSet, true)));
  // Defaults and missing arguments.
  std::vector<std::string> missing;
  for (size_t i = 0; i < nParams; ++i) {
    if (set[i])
      continue;
    size_t firstDefault = nParams - nDefaults;
    if (i >= firstDefault)
      frame->vars[def->params[i].name] = fn->defaults[i - firstDefault];
    else
      missing.push_back(def->params[i].name);
  }
  if (!missing.empty())
    return raise(args.loc, "TypeError",
                 missingArgumentsMessage(name, "positional", missing));
  for (size_t i = 0; i < def->kwOnly.size(); ++i) {
    if (kwSet[i])
      continue;
    if (!def->kwOnly[i].defaultValue)
      missing.push_back(def->kwOnly[i].name);
    else
      frame->vars[def->kwOnly[i].name] = fn->kwDefaults[i];
  }
  if (!missing.empty())
    return raise(args.loc, "TypeError",
                 missingArgumentsMessage(name, "keyword-only", missing));
  // A generator function runs its body when the generator is resumed.
  if (def->isGenerator)
    return makeGenerator(fn, std::move(frame),
                         args.pos.empty() ? Value::none() : args.pos[0]);
  // Run the body.
  std::shared_ptr<Env> saved = env;
  int savedLoops = loopDepth;
  env = frame;
  loopDepth = 0;
  callStack.push_back(args.loc);
  frameStack.push_back({fn, args.pos.empty() ? Value::none() : args.pos[0]});
  FailureOr<Value> out;
  if (def->lambdaBody) {
    out = eval(def->lambdaBody);
  } else {
    returnValue = Value::none();
    Flow f = execBlock(def->body);
    Value result = f == Flow::Return ? returnValue : Value::none();
    returnValue = Value::none();
    if (f != Flow::Error)
      out = result;
  }
  callStack.pop_back();
  frameStack.pop_back();
  env = saved;
  loopDepth = savedLoops;
  return out;
}

FailureOr<Value> Interpreter::call(const Value &callee, CallArgs &args) {
  if (failed(step(args.loc)))
    return failure();
  currentLoc = args.loc;
  if (callee.is(ObjKind::Function))
    return callFunction(callee.as<FunctionObj>(), args);
  if (callee.is(ObjKind::BoundMethod)) {
    auto *m = callee.as<BoundMethodObj>();
    CallArgs bound = args;
    bound.pos.insert(bound.pos.begin(), m->self);
    return call(m->fn, bound);
  }
  if (callee.is(ObjKind::Class)) {
    if (static_cast<int>(callStack.size()) >= Limits::kMaxCallDepth)
      return raise(args.loc, "RecursionError",
                   "maximum recursion depth exceeded");
    return callClass(callee, args);
  }
  if (callee.is(ObjKind::Module) && callee.as<ModuleObj>()->unavailable)
    return unavailableError(*callee.as<ModuleObj>(), args.loc);
  if (callee.is(ObjKind::Builtin)) {
    if (static_cast<int>(callStack.size()) >= Limits::kMaxCallDepth)
      return raise(args.loc, "RecursionError",
                   "maximum recursion depth exceeded");
    return callee.as<BuiltinObj>()->fn(*this, args);
  }
  if (callee.isObj()) {
    Result r = callee.get()->call(*this, args);
    if (r.failed())
      return failure();
    if (r.implemented())
      return r.value();
  }
  return raise(args.loc, "TypeError",
               "'" + typeName(callee) + "' object is not callable");
}

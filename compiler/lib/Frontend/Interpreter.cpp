//===- Interpreter.cpp - Statements of the compile-time interpreter -------===//

#include "Interpreter.h"
#include "Classes.h"
#include "Iterators.h"
#include "Slices.h"
#include "BuiltinTypes.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

using namespace scopec::frontend;
using llvm::cast;
using llvm::dyn_cast;

static thread_local Interpreter *currentInterpreter = nullptr;

Interpreter &Interpreter::current() { return *currentInterpreter; }

Interpreter::Interpreter(mlir::MLIRContext *context, llvm::StringRef filename,
                         const FrontendOptions &options,
                         llvm::raw_ostream &printStream)
    : context(context), filename(filename.str()), options(options),
      printStream(printStream) {
  globalEnv = std::make_shared<Env>();
  env = globalEnv;
  previous = currentInterpreter;
  currentInterpreter = this;
  globalEnv->vars["__name__"] = Value::str("__main__");
  fileNames.push_back(this->filename);
  llvm::StringRef dir = llvm::sys::path::parent_path(this->filename);
  searchDirs.push_back(dir.empty() ? "." : dir.str());
  for (const std::string &d : options.includeDirs)
    searchDirs.push_back(d);
  installBuiltins();
  installClasses();
  installClassBuiltins();
  installIteratorBuiltins();
  installSetBuiltins();
  // The built-in types that are native constructors.
  for (const char *name :
       {"bool", "int", "float", "str", "bytes", "list", "tuple", "dict", "set",
        "frozenset", "range", "type", "slice", "enumerate", "zip", "map",
        "filter", "reversed", "property", "staticmethod", "classmethod",
        "super"})
    if (auto it = builtins.find(name);
        it != builtins.end() && it->second.is(ObjKind::Builtin))
      it->second.as<BuiltinObj>()->isType = true;
}

Host::~Host() = default;

namespace {
/// Drops every reference `o` holds to other objects and environments. The
/// references are moved out first and released on return, which may free
/// `o` itself: nothing touches it afterwards.
void dropReferences(Object *o) {
  std::vector<Value> values;
  std::shared_ptr<Env> closure;
  NativeFn fn;
  llvm::StringMap<Value> attrs;
  std::shared_ptr<IteratorObj::NextFn> iterator;
  switch (o->kind) {
  case ObjKind::List:
  case ObjKind::Tuple:
    values.swap(static_cast<SeqObj *>(o)->items);
    break;
  case ObjKind::Dict: {
    auto *d = static_cast<DictObj *>(o);
    for (auto &[k, v] : d->entries) {
      values.push_back(std::move(k));
      values.push_back(std::move(v));
    }
    d->entries.clear();
    d->keys.clear();
    d->index.clear();
    break;
  }
  case ObjKind::Function: {
    auto *f = static_cast<FunctionObj *>(o);
    closure.swap(f->closure);
    attrs.swap(f->attrs.map);
    f->attrs.order.clear();
    values.swap(f->defaults);
    values.insert(values.end(), f->kwDefaults.begin(), f->kwDefaults.end());
    f->kwDefaults.clear();
    values.push_back(std::move(f->annotations));
    f->annotations = Value::none();
    break;
  }
  case ObjKind::Builtin:
    fn.swap(static_cast<BuiltinObj *>(o)->fn);
    break;
  case ObjKind::Module:
    attrs.swap(static_cast<ModuleObj *>(o)->attrs);
    closure.swap(static_cast<ModuleObj *>(o)->globals);
    break;
  case ObjKind::Class: {
    auto *c = static_cast<ClassObj *>(o);
    attrs.swap(c->dict.map);
    c->dict.order.clear();
    values.swap(c->bases);
    c->mro.clear();
    break;
  }
  case ObjKind::Instance: {
    auto *i = static_cast<InstanceObj *>(o);
    attrs.swap(i->dict.map);
    i->dict.order.clear();
    values.push_back(std::move(i->cls));
    break;
  }
  case ObjKind::BoundMethod: {
    auto *m = static_cast<BoundMethodObj *>(o);
    values.push_back(std::move(m->self));
    values.push_back(std::move(m->fn));
    break;
  }
  case ObjKind::Property: {
    auto *p = static_cast<PropertyObj *>(o);
    for (Value *v : {&p->fget, &p->fset, &p->fdel, &p->doc})
      values.push_back(std::move(*v));
    break;
  }
  case ObjKind::StaticMethod:
  case ObjKind::ClassMethod:
    values.push_back(std::move(static_cast<WrapperObj *>(o)->fn));
    break;
  case ObjKind::Super: {
    auto *p = static_cast<SuperObj *>(o);
    values.push_back(std::move(p->cls));
    values.push_back(std::move(p->self));
    break;
  }
  case ObjKind::Set:
  case ObjKind::FrozenSet:
    values = static_cast<SetObj *>(o)->elements();
    static_cast<SetObj *>(o)->clear();
    break;
  case ObjKind::Iterator:
    iterator.swap(static_cast<IteratorObj *>(o)->next);
    break;
  case ObjKind::Generator: {
    // Every generator stack is gone by now (~Interpreter kills them).
    auto *g = static_cast<GeneratorObj *>(o);
    values.push_back(std::move(g->function));
    values.push_back(std::move(g->outerIter));
    values.push_back(std::move(g->transfer));
    closure.swap(g->env);
    for (Interpreter::Frame &f : g->frames)
      values.push_back(std::move(f.firstArg));
    g->frames.clear();
    for (Interpreter::PendingException &p : g->handling)
      values.push_back(std::move(p.exc));
    g->handling.clear();
    break;
  }
  default:
    o->dropReferences();
    break;
  }
}
} // namespace

Interpreter::~Interpreter() {
  // Unwind the suspended generators while the interpreter is intact.
  tearingDown = true;
  while (!liveGenerators.empty()) {
    GeneratorObj *g = liveGenerators.back();
    if (g->state == GeneratorObj::State::Suspended)
      killGenerator(*g);
    else
      releaseFiber(*g);
  }
  droppedGenerators.clear();
  currentInterpreter = previous;
  pending.reset();
  handling.clear();
  typeCache.clear();
  stdlibModuleCache.clear();
  // Free reference cycles: empty every object this run created.
  for (Object *o : liveObjects())
    if (isLiveObject(o))
      dropReferences(o);
}

//===----------------------------------------------------------------------===//
// Diagnostics
//===----------------------------------------------------------------------===//

mlir::Location Interpreter::loc(SrcLoc l) const {
  const std::string &file =
      l.file > 0 && static_cast<size_t>(l.file) < fileNames.size()
          ? fileNames[l.file]
          : filename;
  return mlir::FileLineColLoc::get(context, file,
                                   static_cast<unsigned>(std::max(l.line, 1)),
                                   static_cast<unsigned>(std::max(l.col, 1)));
}

bool Interpreter::isPreludeFile(int file) const {
  return file > 0 && static_cast<size_t>(file) < fileNames.size() &&
         llvm::StringRef(fileNames[file]).starts_with("<scopec>/");
}

SrcLoc Interpreter::userLoc(SrcLoc l) const {
  for (size_t depth = callStack.size(); isPreludeFile(l.file) && depth > 0;)
    l = callStack[--depth];
  return l;
}

mlir::InFlightDiagnostic
Interpreter::emitLocated(SrcLoc l, const std::vector<SrcLoc> &traceback,
                         const llvm::Twine &message) {
  // An error inside a prelude module (scopec's own Python: contextlib,
  // TensorFlow's composite functions) is the model's error at its call.
  size_t depth = traceback.size();
  SrcLoc at = l;
  while (isPreludeFile(at.file) && depth > 0)
    at = traceback[--depth];
  mlir::InFlightDiagnostic diag = mlir::emitError(loc(at)) << message.str();
  // Python's traceback, innermost call first (a few frames).
  size_t shown = 0;
  for (size_t i = depth; i-- > 0;) {
    if (++shown > 4) {
      diag.attachNote() << "... and " << (depth - 4) << " more calls";
      break;
    }
    diag.attachNote(loc(traceback[i])) << "called from here";
  }
  return diag;
}

LogicalResult Interpreter::error(SrcLoc l, const llvm::Twine &message) {
  // scopec's own errors are not Python exceptions: no handler may take them.
  pending.reset();
  emitLocated(l, callStack, message);
  return failure();
}

LogicalResult Interpreter::errorWithNote(SrcLoc l, const llvm::Twine &message,
                                         mlir::Location note,
                                         const llvm::Twine &noteMessage) {
  pending.reset();
  mlir::InFlightDiagnostic diag = emitLocated(l, callStack, message);
  diag.attachNote(note) << noteMessage.str();
  return failure();
}

std::string Interpreter::didYouMean(llvm::StringRef name,
                                    llvm::ArrayRef<std::string> candidates) {
  std::string best;
  unsigned bestDist = ~0u;
  for (const std::string &c : candidates) {
    if (c == name)
      continue;
    unsigned d = llvm::StringRef(c).edit_distance(name, true, 3);
    if (d < bestDist) {
      bestDist = d;
      best = c;
    }
  }
  // Close enough: like CPython, scale with the name's length.
  unsigned limit = std::max<unsigned>(1, (name.size() + 2) / 3);
  if (best.empty() || bestDist > limit || bestDist > 3)
    return "";
  return "; did you mean '" + best + "'?";
}

LogicalResult Interpreter::step(SrcLoc l) {
  if (++steps > Limits::kMaxSteps)
    return error(l, "program exceeded scopec's execution step limit (" +
                        std::to_string(Limits::kMaxSteps) + " steps)");
  return success();
}

Value Interpreter::native(const std::string &name, NativeFn fn) {
  return Value::object(std::make_shared<BuiltinObj>(name, std::move(fn)));
}

int64_t Interpreter::idOf(const Value &v) {
  if (!v.isObj())
    return 0x7f00000000 + (v.isNone() ? 0x10 : v.getTag() == Value::Tag::Float
                                                   ? 0x20 + static_cast<int64_t>(v.getFloat()) * 32
                                                   : 0x40 + v.getInt() * 32);
  auto it = idMap.find(v.get());
  if (it != idMap.end())
    return it->second;
  int64_t id = 0x7f3a1c000000 + static_cast<int64_t>(idMap.size() + 1) * 0x1e8;
  idMap[v.get()] = id;
  idKeepAlive.push_back(v.ref());
  return id;
}

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

LogicalResult Interpreter::runModule(const std::vector<Stmt *> &module) {
  Flow f = execBlock(module);
  // Like CPython at exit, close the generators left suspended (their
  // `finally` blocks run), unless scopec stopped the program.
  if (!stopFlag && (f != Flow::Error || pending) &&
      failed(closeLiveGenerators()))
    f = Flow::Error;
  if (stopFlag)
    return success();
  if (f == Flow::Error && pending && hostApp &&
      hostApp->takeUncaught(pending->exc)) {
    pending.reset();
    stopFlag = true;
    return success();
  }
  if (f == Flow::Error && pending)
    reportUncaught();
  return success(f != Flow::Error);
}

Interpreter::Flow Interpreter::execBlock(const std::vector<Stmt *> &body) {
  for (Stmt *s : body) {
    Flow f = exec(s);
    if (stopFlag)
      return Flow::Error;
    if (f != Flow::Normal)
      return f;
  }
  return Flow::Normal;
}

Interpreter::Flow Interpreter::exec(Stmt *stmt) {
  if (failed(step(stmt->loc)))
    return Flow::Error;
  if (!droppedGenerators.empty() && failed(finalizeDropped()))
    return Flow::Error;
  switch (stmt->kind) {
  case StmtKind::Expr:
    return succeeded(eval(cast<ExprStmt>(stmt)->value)) ? Flow::Normal
                                                        : Flow::Error;
  case StmtKind::Assign: {
    auto *s = cast<AssignStmt>(stmt);
    FailureOr<Value> v = eval(s->value);
    if (failed(v))
      return Flow::Error;
    for (Expr *t : s->targets)
      if (failed(assign(t, *v)))
        return Flow::Error;
    return Flow::Normal;
  }
  case StmtKind::AugAssign: {
    auto *s = cast<AugAssignStmt>(stmt);
    Expr *t = s->target;
    FailureOr<Value> curOr = eval(t);
    if (failed(curOr))
      return Flow::Error;
    FailureOr<Value> rhsOr = eval(s->value);
    if (failed(rhsOr))
      return Flow::Error;
    Value &cur = *curOr, &rhs = *rhsOr;
    // `list += iterable` extends in place.
    if (s->op == BinOpKind::Add && cur.isList()) {
      FailureOr<std::vector<Value>> extra = toList(rhs, s->loc);
      if (failed(extra))
        return Flow::Error;
      if (cur.items().size() + extra->size() > Limits::kMaxSequence) {
        (void)error(s->loc, "list too large");
        return Flow::Error;
      }
      cur.items().insert(cur.items().end(), extra->begin(), extra->end());
      return Flow::Normal;
    }
    // `dict |= other` updates the dict in place (like update()).
    if (s->op == BinOpKind::BitOr && cur.isDict() &&
        typeName(cur) == "dict") {
      if (failed(dictUpdate(*this, *cur.as<DictObj>(), rhs, s->loc)))
        return Flow::Error;
      return succeeded(assign(t, cur)) ? Flow::Normal : Flow::Error;
    }
    // `set |= other` (and &=, -=, ^=) updates the set in place.
    FailureOr<bool> inPlace = setInPlaceOp(s->op, cur, rhs, s->loc);
    if (failed(inPlace))
      return Flow::Error;
    if (*inPlace)
      return succeeded(assign(t, cur)) ? Flow::Normal : Flow::Error;
    if (cur.isObj()) {
      Result r = cur.get()->inPlaceOp(*this, s->op, rhs, s->loc);
      if (r.failed())
        return Flow::Error;
      if (r.implemented())
        return succeeded(assign(t, cur)) ? Flow::Normal : Flow::Error;
    }
    FailureOr<Value> result = binaryOp(s->op, cur, rhs, s->loc);
    if (failed(result))
      return Flow::Error;
    return succeeded(assign(t, *result)) ? Flow::Normal : Flow::Error;
  }
  case StmtKind::AnnAssign:
    return execAnnAssign(cast<AnnAssignStmt>(stmt));
  case StmtKind::Pass:
    return Flow::Normal;
  case StmtKind::Break:
  case StmtKind::Continue:
    if (loopDepth == 0) {
      (void)error(stmt->loc, llvm::isa<BreakStmt>(stmt)
                                 ? "'break' outside loop"
                                 : "'continue' not properly in loop");
      return Flow::Error;
    }
    return llvm::isa<BreakStmt>(stmt) ? Flow::Break : Flow::Continue;
  case StmtKind::Return: {
    auto *s = cast<ReturnStmt>(stmt);
    if (callStack.empty()) {
      (void)error(s->loc, "'return' outside function");
      return Flow::Error;
    }
    // Evaluate into a local: nested calls reset returnValue.
    Value v;
    if (s->value) {
      FailureOr<Value> r = eval(s->value);
      if (failed(r))
        return Flow::Error;
      v = *r;
    }
    returnValue = v;
    return Flow::Return;
  }
  case StmtKind::If:
    return execIf(cast<IfStmt>(stmt));
  case StmtKind::While:
    return execWhile(cast<WhileStmt>(stmt));
  case StmtKind::For:
    return execFor(cast<ForStmt>(stmt));
  case StmtKind::With:
    return execWith(cast<WithStmt>(stmt), 0);
  case StmtKind::FunctionDef: {
    auto *s = cast<FunctionDefStmt>(stmt);
    FailureOr<Value> fn = makeFunction(s->func);
    if (failed(fn))
      return Flow::Error;
    fn = applyDecorators(s->decorators, *fn);
    if (failed(fn))
      return Flow::Error;
    return succeeded(bindName(s->func->name, *fn, s->loc)) ? Flow::Normal
                                                           : Flow::Error;
  }
  case StmtKind::ClassDef:
    return execClassDef(cast<ClassDefStmt>(stmt));
  case StmtKind::Try:
    return execTry(cast<TryStmt>(stmt));
  case StmtKind::Assert: {
    auto *s = cast<AssertStmt>(stmt);
    FailureOr<Value> test = eval(s->test);
    if (failed(test))
      return Flow::Error;
    FailureOr<bool> ok = isTrue(*test, s->test->loc);
    if (failed(ok))
      return Flow::Error;
    if (*ok)
      return Flow::Normal;
    std::vector<Value> args;
    if (s->msg) {
      FailureOr<Value> m = eval(s->msg);
      if (failed(m))
        return Flow::Error;
      args.push_back(*m);
    }
    (void)raiseValue(s->loc, newException("AssertionError", std::move(args)));
    return Flow::Error;
  }
  case StmtKind::Import:
    return execImport(cast<ImportStmt>(stmt));
  case StmtKind::ImportFrom:
    return execImportFrom(cast<ImportFromStmt>(stmt));
  case StmtKind::Global:
    if (env.get() == moduleEnv())
      return Flow::Normal;
    for (NameExpr *n : cast<GlobalStmt>(stmt)->names)
      env->globals[n->id] = true;
    return Flow::Normal;
  case StmtKind::Nonlocal:
    for (NameExpr *n : cast<NonlocalStmt>(stmt)->names) {
      bool found = false;
      for (Env *e = env->parent.get(); e && e->parent && !found;
           e = e->parent.get())
        found = !e->classBody && e->vars.count(n->id);
      if (env.get() == moduleEnv() || !found) {
        (void)error(n->loc,
                    env.get() == moduleEnv()
                        ? "nonlocal declaration not allowed at module level"
                        : "no binding for nonlocal '" + n->id + "' found");
        return Flow::Error;
      }
      env->nonlocals[n->id] = true;
    }
    return Flow::Normal;
  case StmtKind::Raise:
    return execRaise(cast<RaiseStmt>(stmt));
  case StmtKind::Del:
    return execDel(cast<DelStmt>(stmt)->targets);
  }
  return Flow::Normal;
}

Interpreter::Flow Interpreter::execIf(IfStmt *s) {
  FailureOr<Value> test = eval(s->test);
  if (failed(test))
    return Flow::Error;
  FailureOr<bool> ok = isTrue(*test, s->test->loc);
  if (failed(ok))
    return Flow::Error;
  return execBlock(*ok ? s->body : s->orelse);
}

Interpreter::Flow Interpreter::execWhile(WhileStmt *s) {
  int64_t iterations = 0;
  ++loopDepth;
  Flow result = Flow::Normal;
  while (true) {
    FailureOr<Value> test = eval(s->test);
    if (failed(test)) {
      result = Flow::Error;
      break;
    }
    FailureOr<bool> ok = isTrue(*test, s->test->loc);
    if (failed(ok)) {
      result = Flow::Error;
      break;
    }
    if (!*ok) {
      --loopDepth;
      return execBlock(s->orelse);
    }
    if (++iterations > Limits::kMaxWhileIterations) {
      (void)error(s->loc, "while loop exceeded scopec's limit of " +
                              std::to_string(Limits::kMaxWhileIterations) +
                              " iterations");
      result = Flow::Error;
      break;
    }
    Flow f = execBlock(s->body);
    if (f == Flow::Break)
      break;
    if (f == Flow::Continue || f == Flow::Normal)
      continue;
    result = f;
    break;
  }
  --loopDepth;
  return result;
}

Interpreter::Flow Interpreter::execFor(ForStmt *s) {
  FailureOr<Value> iterable = eval(s->iter);
  if (failed(iterable))
    return Flow::Error;
  Flow result = Flow::Normal;
  bool broke = false;
  ++loopDepth;
  // The body stops the iteration with a failure (break, return, an error);
  // `result` and `broke` tell which.
  LogicalResult ok =
      forEach(*iterable, s->iter->loc, [&](const Value &item) -> LogicalResult {
        if (failed(assign(s->target, item))) {
          result = Flow::Error;
          return failure();
        }
        Flow f = execBlock(s->body);
        if (f == Flow::Break) {
          broke = true;
          return failure();
        }
        if (f == Flow::Normal || f == Flow::Continue)
          return success();
        result = f;
        return failure();
      });
  --loopDepth;
  if (failed(ok) && result == Flow::Normal && !broke)
    return Flow::Error;
  if (result != Flow::Normal || broke)
    return result;
  return execBlock(s->orelse);
}

Interpreter::Flow Interpreter::execWith(WithStmt *s, size_t item) {
  if (item == s->items.size())
    return execBlock(s->body);
  const WithItem &w = s->items[item];
  SrcLoc l = w.contextExpr->loc;
  FailureOr<Value> cmOr = eval(w.contextExpr);
  if (failed(cmOr))
    return Flow::Error;
  const Value &cm = *cmOr;
  Result entered = cm.isObj() ? cm.get()->enter(*this, l)
                              : Result::notImplemented();
  if (entered.failed())
    return Flow::Error;
  if (!entered.implemented()) {
    (void)raise(l, "TypeError",
                "'" + typeName(cm) +
                    "' object does not support the context manager protocol");
    return Flow::Error;
  }
  Value asValue = entered.value();
  Flow f = Flow::Normal;
  if (w.target && failed(assign(w.target, asValue)))
    f = Flow::Error;
  else
    f = execWith(s, item + 1);
  // A compile error or a variable-store stop ends everything: no exit.
  if (stopFlag || (f == Flow::Error && !pending))
    return Flow::Error;
  // The block is left however it ends, an exception included.
  std::optional<PendingException> saved = std::move(pending);
  pending.reset();
  Value savedReturn = returnValue;
  Result exited = cm.get()->exit(*this, l, saved ? saved->exc : Value::none());
  if (exited.failed())
    return Flow::Error;
  returnValue = savedReturn;
  if (saved) {
    FailureOr<bool> suppress = isTrue(exited.value(), l);
    if (failed(suppress))
      return Flow::Error;
    if (*suppress)
      return Flow::Normal;
    pending = std::move(saved);
  }
  return f;
}

//===----------------------------------------------------------------------===//
// Assignment
//===----------------------------------------------------------------------===//

LogicalResult Interpreter::bindName(const std::string &name, const Value &v,
                                    SrcLoc l) {
  (void)l;
  Env *e = env.get();
  if (env->globals.count(name)) {
    e = moduleEnv();
  } else if (env->nonlocals.count(name)) {
    for (Env *x = env->parent.get(); x; x = x->parent.get())
      if (!x->classBody && x->vars.count(name)) {
        e = x;
        break;
      }
  }
  if (e->classBody && !e->vars.count(name))
    e->order.push_back(name);
  e->vars[name] = v;
  return success();
}

FailureOr<Value>
Interpreter::applyDecorators(const std::vector<Expr *> &decorators, Value v) {
  // Evaluated top to bottom, applied bottom to top.
  std::vector<Value> fns;
  for (Expr *d : decorators) {
    FailureOr<Value> f = eval(d);
    if (failed(f))
      return failure();
    fns.push_back(*f);
  }
  for (size_t i = fns.size(); i-- > 0;) {
    CallArgs a;
    a.loc = decorators[i]->loc;
    a.pos.push_back(v);
    FailureOr<Value> out = call(fns[i], a);
    if (failed(out))
      return failure();
    v = *out;
  }
  return v;
}

Interpreter::Flow Interpreter::execDel(llvm::ArrayRef<Expr *> targets) {
  for (Expr *target : targets) {
    if (auto *n = dyn_cast<NameExpr>(target)) {
      Env *e = env->globals.count(n->id) ? moduleEnv() : env.get();
      if (!e->vars.erase(n->id)) {
        (void)raise(n->loc, "NameError",
                    "name '" + n->id + "' is not defined");
        return Flow::Error;
      }
      if (e->classBody)
        llvm::erase(e->order, n->id);
      continue;
    }
    if (auto *a = dyn_cast<AttributeExpr>(target)) {
      FailureOr<Value> obj = eval(a->base);
      if (failed(obj) || failed(delAttr(*obj, a->attr, a->loc)))
        return Flow::Error;
      continue;
    }
    if (auto *seq = dyn_cast<SequenceExpr>(target)) {
      if (execDel(seq->elts) == Flow::Error)
        return Flow::Error;
      continue;
    }
    auto *t = cast<SubscriptExpr>(target);
    FailureOr<Value> objOr = eval(t->base);
    if (failed(objOr))
      return Flow::Error;
    auto *slice = dyn_cast<SliceExpr>(t->index);
    FailureOr<Value> idxOr =
        slice ? evalSliceObject(*this, slice) : eval(t->index);
    if (failed(idxOr))
      return Flow::Error;
    const Value &obj = *objOr, &idx = *idxOr;
    FailureOr<std::optional<Value>> deleted =
        callSpecial(obj, "__delitem__", {idx}, t->loc);
    if (failed(deleted))
      return Flow::Error;
    if (deleted->has_value())
      continue;
    if (obj.isDict()) {
      FailureOr<std::string> key = dictKey(idx, t->loc);
      if (failed(key))
        return Flow::Error;
      if (!obj.as<DictObj>()->erase(*key)) {
        (void)raiseValue(t->loc, newException("KeyError", {idx}));
        return Flow::Error;
      }
      continue;
    }
    if (obj.isList() && idx.is(ObjKind::Slice)) {
      if (failed(deleteListSlice(*this, obj, *idx.as<SliceObj>(), t->loc)))
        return Flow::Error;
      continue;
    }
    if (obj.isList() && idx.isIntLike()) {
      auto &items = obj.items();
      int64_t i = idx.getInt();
      if (i < 0)
        i += static_cast<int64_t>(items.size());
      if (i < 0 || i >= static_cast<int64_t>(items.size())) {
        (void)raise(t->loc, "IndexError",
                    "list assignment index out of range");
        return Flow::Error;
      }
      items.erase(items.begin() + i);
      continue;
    }
    (void)raise(t->loc, "TypeError",
                "'" + typeName(obj) + "' object " +
                    (idx.is(ObjKind::Slice) ? "does not" : "doesn't") +
                    " support item deletion");
    return Flow::Error;
  }
  return Flow::Normal;
}

LogicalResult Interpreter::assign(Expr *target, const Value &v) {
  switch (target->kind) {
  case ExprKind::Name:
    return bindName(cast<NameExpr>(target)->id, v, target->loc);
  case ExprKind::Tuple:
  case ExprKind::List:
    return unpack(cast<SequenceExpr>(target), v);
  case ExprKind::Subscript: {
    auto *sub = cast<SubscriptExpr>(target);
    FailureOr<Value> obj = eval(sub->base);
    if (failed(obj))
      return failure();
    FailureOr<Value> idx = evalIndex(sub->index);
    if (failed(idx))
      return failure();
    return setItem(*obj, *idx, v, target->loc);
  }
  case ExprKind::Attribute: {
    auto *attr = cast<AttributeExpr>(target);
    FailureOr<Value> obj = eval(attr->base);
    if (failed(obj))
      return failure();
    return setAttr(*obj, attr->attr, v, target->loc);
  }
  case ExprKind::Starred:
    return raise(target->loc, "TypeError", "starred assignment target must be in a list or tuple");
  default:
    return error(target->loc, "cannot assign to expression");
  }
}

LogicalResult Interpreter::unpack(SequenceExpr *target, const Value &v) {
  bool starred = false;
  for (Expr *x : target->elts)
    starred |= llvm::isa<StarredExpr>(x);
  // Without a starred target, one item past the targets is enough to know
  // there are too many (an infinite iterator is not exhausted).
  std::vector<Value> items;
  size_t n = target->elts.size();
  FailureOr<Value> iter = getIter(v, target->loc);
  if (failed(iter)) {
    // CPython's unpacking names the problem its own way.
    std::string notIterable = "'" + typeName(v) + "' object is not iterable";
    if (pendingIs("TypeError") && pending->exc.is(ObjKind::Instance) &&
        exceptionText(*pending->exc.as<InstanceObj>(), true) == notIterable) {
      pending.reset();
      return raise(target->loc, "TypeError",
                   "cannot unpack non-iterable " + typeName(v) + " object");
    }
    return failure();
  }
  // One item past the targets stops the iteration with a failure but no
  // error: the count check below reports it.
  if (failed(forEach(
          *iter, target->loc,
          [&](const Value &x) -> LogicalResult {
            if (items.size() >= static_cast<size_t>(Limits::kMaxSequence))
              return error(target->loc, "sequence too large");
            items.push_back(x);
            return success(starred || items.size() <= n);
          })) &&
      (starred || items.size() <= n))
    return failure();
  size_t starAt = target->elts.size();
  for (size_t i = 0; i < target->elts.size(); ++i)
    if (llvm::isa<StarredExpr>(target->elts[i])) {
      if (starAt != target->elts.size())
        return error(target->loc, "multiple starred expressions in "
                                  "assignment");
      starAt = i;
    }
  if (starAt == n) {
    if (items.size() > n)
      return raise(target->loc, "ValueError", "too many values to unpack (expected " +
                                    std::to_string(n) + ")");
    if (items.size() < n)
      return raise(target->loc, "ValueError", "not enough values to unpack (expected " +
                                    std::to_string(n) + ", got " +
                                    std::to_string(items.size()) + ")");
    for (size_t i = 0; i < n; ++i)
      if (failed(assign(target->elts[i], items[i])))
        return failure();
    return success();
  }
  if (items.size() < n - 1)
    return raise(target->loc, "ValueError", "not enough values to unpack (expected at "
                              "least " +
                                  std::to_string(n - 1) + ", got " +
                                  std::to_string(items.size()) + ")");
  size_t after = n - starAt - 1;
  for (size_t i = 0; i < starAt; ++i)
    if (failed(assign(target->elts[i], items[i])))
      return failure();
  std::vector<Value> middle(items.begin() + starAt, items.end() - after);
  if (failed(assign(cast<StarredExpr>(target->elts[starAt])->value,
                    Value::list(middle))))
    return failure();
  for (size_t i = 0; i < after; ++i)
    if (failed(assign(target->elts[starAt + 1 + i],
                      items[items.size() - after + i])))
      return failure();
  return success();
}

LogicalResult Interpreter::setItem(const Value &obj, const Value &index,
                                   const Value &v, SrcLoc l) {
  if (obj.isDict()) {
    FailureOr<std::string> key = dictKey(index, l);
    if (failed(key))
      return failure();
    obj.as<DictObj>()->set(*key, index, v);
    return success();
  }
  if (obj.isList() && index.is(ObjKind::Slice))
    return assignListSlice(*this, obj, *index.as<SliceObj>(), v, l);
  if (obj.isList()) {
    if (!index.isIntLike())
      return raise(l, "TypeError", "list indices must be integers or slices, not " +
                          typeName(index));
    auto &items = obj.items();
    int64_t i = index.getInt();
    if (i < 0)
      i += static_cast<int64_t>(items.size());
    if (i < 0 || i >= static_cast<int64_t>(items.size()))
      return raise(l, "IndexError", "list assignment index out of range");
    items[i] = v;
    return success();
  }
  if (obj.isObj()) {
    Result r = obj.get()->setItem(*this, index, v, l);
    if (r.failed())
      return failure();
    if (r.implemented())
      return success();
  }
  return raise(l, "TypeError", "'" + typeName(obj) +
                      "' object does not support item assignment");
}

//===----------------------------------------------------------------------===//
// Functions
//===----------------------------------------------------------------------===//

std::string Interpreter::qualnamePrefix() const {
  if (env->classBody) {
    auto q = env->vars.find("__qualname__");
    return q != env->vars.end() && q->second.isStr()
               ? q->second.getStr() + "."
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
    return raise(args.loc, "RecursionError", "maximum recursion depth exceeded");
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
        return raise(args.loc, "TypeError", name + "() got multiple values for argument '" +
                                   k + "'");
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
      return raise(args.loc, "TypeError", name + "() got an unexpected keyword argument '" +
                                 k + "'");
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
      return raise(args.loc, "RecursionError", "maximum recursion depth exceeded");
    return callee.as<BuiltinObj>()->fn(*this, args);
  }
  if (callee.isObj()) {
    Result r = callee.get()->call(*this, args);
    if (r.failed())
      return failure();
    if (r.implemented())
      return r.value();
  }
  return raise(args.loc, "TypeError", "'" + typeName(callee) + "' object is not callable");
}

//===----------------------------------------------------------------------===//
// Native-function helpers
//===----------------------------------------------------------------------===//

Value Interpreter::asNumber(const Value &v) {
  if (v.isObj())
    if (std::optional<Value> n = v.get()->toNumber())
      return *n;
  return v;
}

FailureOr<int64_t> Interpreter::toInt(const Value &v, SrcLoc l,
                                      const char *what) {
  Value n = asNumber(v);
  if (n.isIntLike())
    return n.getInt();
  if (n.is(ObjKind::BigInt))
    return raise(l, "OverflowError",
                 "Python int too large to convert to C ssize_t");
  return raise(l, "TypeError", std::string(what) + " must be an integer, not " +
                      typeName(v));
}

FailureOr<double> Interpreter::toDouble(const Value &v, SrcLoc l,
                                        const char *what) {
  Value n = asNumber(v);
  if (n.isNumber())
    return n.asDouble();
  return raise(l, "TypeError", std::string(what) + " must be a number, not " +
                      typeName(v));
}

FailureOr<std::string> Interpreter::toStr(const Value &v, SrcLoc l,
                                          const char *what) {
  if (v.isStr())
    return v.getStr();
  return raise(l, "TypeError", std::string(what) + " must be a string, not " +
                      typeName(v));
}

namespace {
/// CPython's edit distance for suggestions: moves cost 2, a change of
/// case 1 (Python/suggestions.c); more than `maxCost` gives maxCost + 1.
size_t suggestionDistance(llvm::StringRef a, llvm::StringRef b,
                          size_t maxCost) {
  constexpr size_t kMove = 2, kCase = 1, kMaxString = 40;
  if (a == b)
    return 0;
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a = a.drop_front();
    b = b.drop_front();
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a = a.drop_back();
    b = b.drop_back();
  }
  if (a.empty() || b.empty())
    return (a.size() + b.size()) * kMove;
  if (a.size() > kMaxString || b.size() > kMaxString)
    return maxCost + 1;
  if (b.size() < a.size())
    std::swap(a, b);
  if ((b.size() - a.size()) * kMove > maxCost)
    return maxCost + 1;
  auto cost = [&](char x, char y) -> size_t {
    if ((x & 31) != (y & 31))
      return kMove;
    if (x == y)
      return 0;
    return llvm::toLower(x) == llvm::toLower(y) ? kCase : kMove;
  };
  std::vector<size_t> row(a.size());
  for (size_t i = 0; i < a.size(); ++i)
    row[i] = (i + 1) * kMove;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    size_t distance = bi * kMove;
    result = distance;
    size_t minimum = SIZE_MAX;
    for (size_t ai = 0; ai < a.size(); ++ai) {
      size_t substitute = distance + cost(b[bi], a[ai]);
      distance = row[ai];
      size_t insertDelete = std::min(result, distance) + kMove;
      result = std::min(insertDelete, substitute);
      row[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > maxCost)
      return maxCost + 1;
  }
  return result;
}
} // namespace

std::string Interpreter::suggestName(llvm::StringRef name,
                                     llvm::ArrayRef<std::string> candidates) {
  if (candidates.size() >= 750)
    return "";
  std::string best;
  size_t bestDistance = SIZE_MAX;
  for (const std::string &item : candidates) {
    if (item == name)
      continue;
    size_t maxDistance = (name.size() + item.size() + 3) * 2 / 6;
    if (bestDistance - 1 < maxDistance)
      maxDistance = bestDistance - 1;
    size_t d = suggestionDistance(name, item, maxDistance);
    if (d > maxDistance)
      continue;
    if (best.empty() || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/// `target: annotation [= value]`, as CPython (PEP 526): in a module or
/// class body the annotation is evaluated, and stored in `__annotations__`
/// for a simple name; in a function it is not evaluated. Without a value
/// nothing is bound (the target's parts are still evaluated).
Interpreter::Flow Interpreter::execAnnAssign(AnnAssignStmt *s) {
  Expr *target = s->target;
  Value value;
  if (s->value) {
    FailureOr<Value> r = eval(s->value);
    if (failed(r))
      return Flow::Error;
    value = *r;
  }
  bool inFunction = env.get() != moduleEnv() && !env->classBody;
  if (!inFunction) {
    FailureOr<Value> annotationOr = eval(s->annotation);
    if (failed(annotationOr))
      return Flow::Error;
    const Value &annotation = *annotationOr;
    if (auto *name = dyn_cast<NameExpr>(target)) {
      Value &dict = env->vars["__annotations__"];
      if (!dict.isDict()) {
        dict = Value::object(std::make_shared<DictObj>());
        if (env->classBody)
          env->order.push_back("__annotations__");
      }
      dict.as<DictObj>()->set("s" + name->id, Value::str(name->id),
                              annotation);
    }
  }
  if (s->value)
    return succeeded(assign(target, value)) ? Flow::Normal : Flow::Error;
  if (auto *attr = dyn_cast<AttributeExpr>(target);
      attr && failed(eval(attr->base)))
    return Flow::Error;
  if (auto *sub = dyn_cast<SubscriptExpr>(target);
      sub && (failed(eval(sub->base)) || (!llvm::isa<SliceExpr>(sub->index) &&
                                          failed(eval(sub->index)))))
    return Flow::Error;
  return Flow::Normal;
}

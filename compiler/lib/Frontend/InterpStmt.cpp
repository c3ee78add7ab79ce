//===- InterpStmt.cpp - Statements of the compile-time interpreter --------===//
//
// `exec` runs one statement and returns how control leaves it (normal,
// break, continue, return, error). Here: the simple statements, if, while,
// for, with and annotated assignment, and the assignment machinery they
// share: binding names (global/nonlocal), unpacking, item assignment, `del`
// and decorators. try and raise are in Exceptions.cpp, class in Classes.cpp,
// import in Import.cpp.
//
//===----------------------------------------------------------------------===//

#include "BuiltinTypes.h"
#include "Classes.h"
#include "Interpreter.h"
#include "Slices.h"

using namespace scopec::frontend;
using llvm::cast;
using llvm::dyn_cast;

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

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
    if (s->op == BinOpKind::BitOr && cur.isDict() && typeName(cur) == "dict") {
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
    if (++iterations > limit(Limits::kMaxWhileIterations)) {
      (void)error(s->loc,
                  "while loop exceeded scopec's limit of " +
                      std::to_string(limit(Limits::kMaxWhileIterations)) +
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
  Result entered =
      cm.isObj() ? cm.get()->enter(*this, l) : Result::notImplemented();
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
      dict.as<DictObj>()->set("s" + name->id, Value::str(name->id), annotation);
    }
  }
  if (s->value)
    return succeeded(assign(target, value)) ? Flow::Normal : Flow::Error;
  if (auto *attr = dyn_cast<AttributeExpr>(target);
      attr && failed(eval(attr->base)))
    return Flow::Error;
  if (auto *sub = dyn_cast<SubscriptExpr>(target);
      sub && (failed(eval(sub->base)) ||
              (!llvm::isa<SliceExpr>(sub->index) && failed(eval(sub->index)))))
    return Flow::Error;
  return Flow::Normal;
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
        (void)raise(n->loc, "NameError", "name '" + n->id + "' is not defined");
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
        (void)raise(t->loc, "IndexError", "list assignment index out of range");
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
    return raise(target->loc, "TypeError",
                 "starred assignment target must be in a list or tuple");
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
  if (failed(forEach(*iter, target->loc,
                     [&](const Value &x) -> LogicalResult {
                       if (items.size() >=
                           static_cast<size_t>(Limits::kMaxSequence))
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
      return raise(target->loc, "ValueError",
                   "too many values to unpack (expected " + std::to_string(n) +
                       ")");
    if (items.size() < n)
      return raise(target->loc, "ValueError",
                   "not enough values to unpack (expected " +
                       std::to_string(n) + ", got " +
                       std::to_string(items.size()) + ")");
    for (size_t i = 0; i < n; ++i)
      if (failed(assign(target->elts[i], items[i])))
        return failure();
    return success();
  }
  if (items.size() < n - 1)
    return raise(target->loc, "ValueError",
                 "not enough values to unpack (expected at "
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
      return raise(l, "TypeError",
                   "list indices must be integers or slices, not " +
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
  return raise(l, "TypeError",
               "'" + typeName(obj) +
                   "' object does not support item assignment");
}

//===- InterpExpr.cpp - Expressions of the compile-time interpreter -------===//

#include "BigInt.h"
#include "Bytes.h"
#include "Classes.h"
#include "Interpreter.h"
#include "Iterators.h"
#include "Slices.h"
#include "Unicode.h"

#include <cmath>

using namespace scopec::frontend;
using llvm::cast;
using llvm::dyn_cast;

namespace {
struct DepthCounter {
  int &d;
  explicit DepthCounter(int &d) : d(d) { ++d; }
  ~DepthCounter() { --d; }
};
} // namespace

FailureOr<Value> Interpreter::eval(Expr *e) {
  FailureOr<Value> v = evalNode(e);
  // repr()/str() cannot fail, so a `__repr__`/`__str__` that raised left
  // its exception pending with textFailed set: the expression failed.
  if (textFailed) {
    textFailed = false;
    return failure();
  }
  return v;
}

FailureOr<Value> Interpreter::evalNode(Expr *e) {
  DepthCounter depth(evalDepth);
  if (evalDepth > Limits::kMaxEvalDepth || generatorStackLow())
    return error(e->loc, "maximum recursion depth exceeded");
  switch (e->kind) {
  case ExprKind::Name:
    return lookupName(cast<NameExpr>(e));
  case ExprKind::Int: {
    auto *i = cast<IntExpr>(e);
    if (!i->bigDigits.empty()) {
      if (std::optional<Value> big =
              parseBigInt(i->bigDigits, i->bigBase, false))
        return *big;
      return error(e->loc, "integer literal too large");
    }
    return Value::integer(i->value);
  }
  case ExprKind::Float:
    return Value::real(cast<FloatExpr>(e)->value);
  case ExprKind::Str:
    return cast<StrExpr>(e)->isBytes ? makeBytes(cast<StrExpr>(e)->value)
                                     : Value::str(cast<StrExpr>(e)->value);
  case ExprKind::Bool:
    return Value::boolean(cast<BoolExpr>(e)->value);
  case ExprKind::NoneLit:
    return Value::none();
  case ExprKind::Ellipsis:
    return builtins.lookup("Ellipsis");
  case ExprKind::FString:
    return evalFString(cast<FStringExpr>(e));
  case ExprKind::FormattedValue:
    return error(e->loc, "unexpected formatted value");
  case ExprKind::List:
  case ExprKind::Tuple: {
    std::vector<Value> items;
    for (Expr *x : cast<SequenceExpr>(e)->elts) {
      if (auto *star = dyn_cast<StarredExpr>(x)) {
        FailureOr<Value> it = eval(star->value);
        if (failed(it))
          return failure();
        FailureOr<std::vector<Value>> more = toList(*it, x->loc);
        if (failed(more))
          return failure();
        items.insert(items.end(), more->begin(), more->end());
        continue;
      }
      FailureOr<Value> v = eval(x);
      if (failed(v))
        return failure();
      items.push_back(*v);
    }
    return e->kind == ExprKind::List ? Value::list(std::move(items))
                                     : Value::tuple(std::move(items));
  }
  case ExprKind::Dict: {
    auto *dict = cast<DictExpr>(e);
    auto d = std::make_shared<DictObj>();
    for (size_t i = 0; i < dict->keys.size(); ++i) {
      FailureOr<Value> v = eval(dict->values[i]);
      if (failed(v))
        return failure();
      if (!dict->keys[i]) {
        if (!v->isDict())
          return raise(dict->values[i]->loc, "TypeError",
                       "'" + typeName(*v) + "' object is not a mapping");
        auto *src = v->as<DictObj>();
        for (size_t k = 0; k < src->entries.size(); ++k)
          d->set(src->keys[k], src->entries[k].first, src->entries[k].second);
        continue;
      }
      FailureOr<Value> k = eval(dict->keys[i]);
      if (failed(k))
        return failure();
      FailureOr<std::string> key = dictKey(*k, dict->keys[i]->loc);
      if (failed(key))
        return failure();
      d->set(*key, *k, *v);
    }
    return Value::object(d);
  }
  case ExprKind::Set:
    return evalSet(cast<SetExpr>(e));
  case ExprKind::GeneratorExp:
    return evalGeneratorExp(cast<GeneratorExpr>(e));
  case ExprKind::Yield:
    return evalYield(cast<YieldExpr>(e));
  case ExprKind::YieldFrom:
    return evalYieldFrom(cast<YieldFromExpr>(e));
  case ExprKind::ListComp:
  case ExprKind::SetComp:
  case ExprKind::DictComp: {
    auto *comp = cast<ComprehensionExpr>(e);
    // The outermost iterable is evaluated in the enclosing scope, the rest
    // in the comprehension's own scope (as CPython does).
    FailureOr<Value> first = eval(comp->generators[0].iter);
    if (failed(first))
      return failure();
    std::shared_ptr<Env> saved = env;
    auto scope = std::make_shared<Env>();
    scope->parent = env;
    env = scope;
    Value result =
        e->kind == ExprKind::ListComp  ? Value::list()
        : e->kind == ExprKind::SetComp ? Value::object(
                                             std::make_shared<SetObj>(false))
                                       : Value::object(
                                             std::make_shared<DictObj>());
    LogicalResult ok = evalComprehension(comp, 0, result, &*first);
    env = saved;
    if (failed(ok))
      return failure();
    return result;
  }
  case ExprKind::BinOp: {
    auto *bin = cast<BinOpExpr>(e);
    FailureOr<Value> a = eval(bin->lhs);
    if (failed(a))
      return failure();
    FailureOr<Value> b = eval(bin->rhs);
    if (failed(b))
      return failure();
    return binaryOp(bin->op, *a, *b, e->loc);
  }
  case ExprKind::UnaryOp:
    return evalUnary(cast<UnaryOpExpr>(e));
  case ExprKind::BoolOp: {
    auto *boolOp = cast<BoolOpExpr>(e);
    FailureOr<Value> a = eval(boolOp->lhs);
    if (failed(a))
      return failure();
    FailureOr<bool> t = isTrue(*a, boolOp->lhs->loc);
    if (failed(t))
      return failure();
    if (boolOp->isAnd != *t)
      return a;
    return eval(boolOp->rhs);
  }
  case ExprKind::Compare:
    return evalCompare(cast<CompareExpr>(e));
  case ExprKind::IfExp: {
    auto *ifExp = cast<IfExpr>(e);
    FailureOr<Value> test = eval(ifExp->test);
    if (failed(test))
      return failure();
    FailureOr<bool> t = isTrue(*test, ifExp->test->loc);
    if (failed(t))
      return failure();
    return eval(*t ? ifExp->body : ifExp->orelse);
  }
  case ExprKind::Lambda:
    return makeFunction(cast<LambdaExpr>(e)->func);
  case ExprKind::Call:
    return evalCall(cast<CallExpr>(e));
  case ExprKind::Attribute: {
    auto *attr = cast<AttributeExpr>(e);
    FailureOr<Value> obj = eval(attr->base);
    if (failed(obj))
      return failure();
    return getAttr(*obj, attr->attr, e->loc);
  }
  case ExprKind::Subscript:
    return evalSubscript(cast<SubscriptExpr>(e));
  case ExprKind::Slice:
    return error(e->loc, "slices are only allowed in subscripts");
  case ExprKind::Starred:
    return error(e->loc, "can't use starred expression here");
  }
  return error(e->loc, "unsupported expression");
}

std::vector<std::string> Interpreter::visibleNames() const {
  std::vector<std::string> names;
  for (Env *e = env.get(); e; e = e->parent.get())
    for (auto &kv : e->vars)
      names.push_back(kv.getKey().str());
  for (auto &kv : builtins)
    names.push_back(kv.getKey().str());
  return names;
}

FailureOr<Value> Interpreter::lookupName(NameExpr *e) {
  const std::string &n = e->id;
  if (!env->globals.count(n)) {
    for (Env *x = env.get(); x; x = x->parent.get()) {
      auto it = x->vars.find(n);
      if (it != x->vars.end())
        return it->second;
    }
  }
  auto g = moduleEnv()->vars.find(n);
  if (g != moduleEnv()->vars.end())
    return g->second;
  auto b = builtins.find(n);
  if (b != builtins.end())
    return b->second;
  if (n == "tf" || n == "np")
    return raise(e->loc, "NameError", "name '" + n + "' is not defined (missing `import " +
                             (n == "tf" ? "tensorflow as tf" : "numpy as np") +
                             "`?)");
  (void)raise(e->loc, "NameError", "name '" + n + "' is not defined");
  if (pending && pending->exc.is(ObjKind::Instance))
    pending->exc.as<InstanceObj>()->dict.set("name", Value::str(n));
  // Like CPython's traceback: the locals, then the globals, then builtins.
  std::vector<std::string> locals, globalNames, builtinNames;
  for (Env *x = env.get(); x && x->parent; x = x->parent.get())
    for (auto &kv : x->vars)
      locals.push_back(kv.getKey().str());
  for (auto &kv : moduleEnv()->vars)
    globalNames.push_back(kv.getKey().str());
  for (auto &kv : builtins)
    builtinNames.push_back(kv.getKey().str());
  std::string best = suggestName(n, locals);
  if (best.empty())
    best = suggestName(n, globalNames);
  if (best.empty())
    best = suggestName(n, builtinNames);
  if (pending && !best.empty())
    pending->hint = ". Did you mean: '" + best + "'?";
  return failure();
}

FailureOr<Value> Interpreter::evalCall(CallExpr *e) {
  FailureOr<Value> callee = eval(e->callee);
  if (failed(callee))
    return failure();
  CallArgs args;
  args.loc = e->loc;
  for (Expr *x : e->args) {
    if (auto *star = dyn_cast<StarredExpr>(x)) {
      FailureOr<Value> it = eval(star->value);
      if (failed(it))
        return failure();
      FailureOr<std::vector<Value>> more = toList(*it, x->loc);
      if (failed(more))
        return failure();
      args.pos.insert(args.pos.end(), more->begin(), more->end());
      continue;
    }
    FailureOr<Value> v = eval(x);
    if (failed(v))
      return failure();
    args.pos.push_back(*v);
  }
  for (const Keyword &k : e->keywords) {
    FailureOr<Value> v = eval(k.value);
    if (failed(v))
      return failure();
    if (k.name.empty()) {
      if (!v->isDict())
        return raise(k.loc, "TypeError", "argument after ** must be a mapping, not " +
                                typeName(*v));
      for (auto &[key, val] : v->as<DictObj>()->entries) {
        if (!key.isStr())
          return raise(k.loc, "TypeError", "keywords must be strings");
        args.kw.emplace_back(key.getStr(), val);
      }
      continue;
    }
    for (auto &[name, _] : args.kw)
      if (name == k.name)
        return raise(k.loc, "TypeError", "keyword argument repeated: " + k.name);
    args.kw.emplace_back(k.name, *v);
  }
  return call(*callee, args);
}

FailureOr<Value> Interpreter::evalUnary(UnaryOpExpr *e) {
  FailureOr<Value> operand = eval(e->operand);
  if (failed(operand))
    return failure();
  const Value &a = *operand;
  if (e->op == UnaryOpKind::Not) {
    FailureOr<bool> t = isTrue(a, e->operand->loc);
    if (failed(t))
      return failure();
    return Value::boolean(!*t);
  }
  if (a.isObj()) {
    Result r = a.get()->unaryOp(*this, e->op, e->loc);
    if (r.failed())
      return failure();
    if (r.implemented())
      return r.value();
  }
  if (a.isIntLike()) {
    int64_t v = a.getInt();
    if (e->op == UnaryOpKind::Pos)
      return Value::integer(v);
    if (e->op == UnaryOpKind::Invert)
      return Value::integer(~v);
    if (v == INT64_MIN)
      return bigIntOp(*this, BinOpKind::Sub, Value::integer(0), a, e->loc);
    return Value::integer(-v);
  }
  if (a.isFloat() && e->op != UnaryOpKind::Invert)
    return Value::real(e->op == UnaryOpKind::Neg ? -a.getFloat()
                                                 : a.getFloat());
  const char *op = e->op == UnaryOpKind::Neg   ? "unary -"
                   : e->op == UnaryOpKind::Pos ? "unary +"
                                                    : "unary ~";
  return raise(e->loc, "TypeError", std::string("bad operand type for ") + op + ": '" +
                           typeName(a) + "'");
}

FailureOr<Value> Interpreter::evalCompare(CompareExpr *e) {
  FailureOr<Value> lhs = eval(e->left);
  if (failed(lhs))
    return failure();
  for (size_t i = 0; i < e->ops.size(); ++i) {
    FailureOr<Value> rhs = eval(e->comparators[i]);
    if (failed(rhs))
      return failure();
    FailureOr<Value> r = compare(e->ops[i], *lhs, *rhs, e->loc);
    if (failed(r))
      return failure();
    if (i + 1 == e->ops.size())
      return r;
    FailureOr<bool> t = isTrue(*r, e->loc);
    if (failed(t))
      return failure();
    if (!*t)
      return r;
    lhs = rhs;
  }
  // Not reached: a comparison has at least one operator.
  return Value::none();
}

LogicalResult Interpreter::evalComprehension(ComprehensionExpr *e,
                                             size_t clause, Value &result,
                                             const Value *outer) {
  if (clause == e->generators.size()) {
    if (failed(step(e->loc)))
      return failure();
    if (llvm::isa<GeneratorExpr>(e)) {
      FailureOr<Value> v = eval(e->elt);
      if (failed(v) || failed(yieldValue(*v, e->loc)))
        return failure();
      return success();
    }
    if (llvm::isa<SetCompExpr>(e)) {
      FailureOr<Value> v = eval(e->elt);
      if (failed(v))
        return failure();
      FailureOr<std::string> key = elementKey(*v, e->elt->loc);
      if (failed(key))
        return failure();
      auto *set = result.as<SetObj>();
      if (set->size() >= static_cast<size_t>(Limits::kMaxSequence))
        return error(e->loc, "set too large");
      set->add(*key, *v);
      return success();
    }
    if (llvm::isa<ListCompExpr>(e)) {
      FailureOr<Value> v = eval(e->elt);
      if (failed(v))
        return failure();
      if (result.items().size() >= Limits::kMaxSequence)
        return error(e->loc, "list too large");
      result.items().push_back(*v);
      return success();
    }
    FailureOr<Value> k = eval(e->elt);
    if (failed(k))
      return failure();
    FailureOr<Value> v = eval(cast<DictCompExpr>(e)->value);
    if (failed(v))
      return failure();
    FailureOr<std::string> key = dictKey(*k, e->elt->loc);
    if (failed(key))
      return failure();
    result.as<DictObj>()->set(*key, *k, *v);
    return success();
  }
  const Comprehension &c = e->generators[clause];
  Value iterable;
  if (clause == 0 && outer) {
    iterable = *outer;
  } else {
    FailureOr<Value> it = eval(c.iter);
    if (failed(it))
      return failure();
    iterable = *it;
  }
  bool bodyFailed = false;
  LogicalResult ok =
      forEach(iterable, c.iter->loc, [&](const Value &item) -> LogicalResult {
        if (failed(assign(c.target, item))) {
          bodyFailed = true;
          return failure();
        }
        for (Expr *cond : c.ifs) {
          FailureOr<Value> t = eval(cond);
          if (failed(t)) {
            bodyFailed = true;
            return failure();
          }
          FailureOr<bool> b = isTrue(*t, cond->loc);
          if (failed(b)) {
            bodyFailed = true;
            return failure();
          }
          if (!*b)
            return success();
        }
        if (failed(evalComprehension(e, clause + 1, result))) {
          bodyFailed = true;
          return failure();
        }
        return success();
      });
  return success(succeeded(ok) && !bodyFailed);
}

FailureOr<Value> Interpreter::evalFString(FStringExpr *e) {
  std::string s;
  for (Expr *p : e->values) {
    if (auto *lit = dyn_cast<StrExpr>(p)) {
      s += lit->value;
      continue;
    }
    auto *part = cast<FormattedValueExpr>(p);
    FailureOr<Value> evaluated = eval(part->value);
    if (failed(evaluated))
      return failure();
    Value v = *evaluated;
    if (part->conversion == 'r')
      v = Value::str(repr(v));
    else if (part->conversion == 'a')
      v = Value::str(unicode::escapeNonAscii(repr(v)));
    else if (part->conversion == 's')
      v = Value::str(str(v));
    if (hasPendingException())
      return failure();
    std::string spec;
    if (part->formatSpec) {
      FailureOr<Value> specValue = evalFString(part->formatSpec);
      if (failed(specValue))
        return failure();
      spec = specValue->getStr();
    }
    FailureOr<std::string> piece = formatSpec(v, spec, part->loc);
    if (failed(piece))
      return failure();
    s += *piece;
    if (s.size() > static_cast<size_t>(Limits::kMaxStringBytes))
      return error(e->loc, "string too large");
  }
  return Value::str(std::move(s));
}

//===----------------------------------------------------------------------===//
// Subscripts and slices
//===----------------------------------------------------------------------===//

static std::vector<int64_t> selectIndices(int64_t len,
                                          std::optional<int64_t> start,
                                          std::optional<int64_t> stop,
                                          int64_t step) {
  std::vector<int64_t> out;
  auto clampIdx = [&](int64_t v, int64_t lo, int64_t hi) {
    if (v < 0)
      v += len;
    return std::max(lo, std::min(hi, v));
  };
  int64_t b, e;
  if (step > 0) {
    b = start ? clampIdx(*start, 0, len) : 0;
    e = stop ? clampIdx(*stop, 0, len) : len;
    for (int64_t i = b; i < e; i += step)
      out.push_back(i);
  } else {
    b = start ? clampIdx(*start, -1, len - 1) : len - 1;
    e = stop ? clampIdx(*stop, -1, len - 1) : -1;
    for (int64_t i = b; i > e; i += step)
      out.push_back(i);
  }
  return out;
}

FailureOr<Value> Interpreter::evalSlice(const Value &obj, SliceExpr *slice) {
  if (!obj.isStr() && !obj.isSeq()) {
    // Other objects index with a slice of the bounds as written.
    FailureOr<Value> sliceValue = evalSliceObject(*this, slice);
    if (failed(sliceValue))
      return failure();
    return subscript(obj, *sliceValue, slice->loc);
  }
  std::optional<int64_t> start, stop;
  int64_t stepValue = 1;
  Expr *parts[3] = {slice->lower, slice->upper, slice->step};
  for (int k = 0; k < 3; ++k) {
    if (!parts[k])
      continue;
    FailureOr<Value> v = eval(parts[k]);
    if (failed(v))
      return failure();
    if (v->isNone())
      continue;
    FailureOr<int64_t> n = toInt(*v, parts[k]->loc, "slice indices");
    if (failed(n))
      return failure();
    if (k == 0)
      start = *n;
    else if (k == 1)
      stop = *n;
    else
      stepValue = *n;
  }
  if (stepValue == 0)
    return raise(slice->loc, "ValueError", "slice step cannot be zero");
  int64_t length;
  if (obj.isStr() && !unicode::isAscii(obj.getStr())) {
    // By code points.
    std::u32string chars = unicode::decode(obj.getStr()), r;
    for (int64_t i : selectIndices(static_cast<int64_t>(chars.size()), start,
                                   stop, stepValue))
      r += chars[i];
    return Value::str(unicode::encode(r));
  }
  if (obj.isStr() || obj.isSeq()) {
    length = obj.isStr() ? static_cast<int64_t>(obj.getStr().size())
                         : static_cast<int64_t>(obj.items().size());
    std::vector<int64_t> idx = selectIndices(length, start, stop, stepValue);
    if (obj.isStr()) {
      std::string s;
      for (int64_t i : idx)
        s += obj.getStr()[i];
      return Value::str(s);
    }
    std::vector<Value> items;
    for (int64_t i : idx)
      items.push_back(obj.items()[i]);
    return obj.isList() ? Value::list(items) : Value::tuple(items);
  }
  // Other objects index with a slice object.
  Value sliceValue = Value::object(std::make_shared<SliceObj>(
      start ? Value::integer(*start) : Value::none(),
      stop ? Value::integer(*stop) : Value::none(),
      Value::integer(stepValue)));
  return subscript(obj, sliceValue, slice->loc);
}

FailureOr<std::vector<int64_t>>
Interpreter::sliceIndices(const SliceObj &slice, int64_t length, SrcLoc l) {
  std::optional<int64_t> bounds[3];
  const Value *parts[3] = {&slice.start, &slice.stop, &slice.step};
  for (int k = 0; k < 3; ++k) {
    if (parts[k]->isNone())
      continue;
    FailureOr<int64_t> n = toInt(*parts[k], l, "slice indices");
    if (failed(n))
      return failure();
    bounds[k] = *n;
  }
  if (bounds[2] && *bounds[2] == 0)
    return raise(l, "ValueError", "slice step cannot be zero");
  return selectIndices(length, bounds[0], bounds[1], bounds[2].value_or(1));
}

FailureOr<Value> Interpreter::evalSubscript(SubscriptExpr *e) {
  FailureOr<Value> obj = eval(e->base);
  if (failed(obj))
    return failure();
  if (auto *slice = dyn_cast<SliceExpr>(e->index))
    return evalSlice(*obj, slice);
  FailureOr<Value> idx = evalIndex(e->index);
  if (failed(idx))
    return failure();
  return subscript(*obj, *idx, e->loc);
}

FailureOr<Value> Interpreter::evalIndex(Expr *e) {
  auto sliceObject = [&](SliceExpr *slice) -> FailureOr<Value> {
    Value parts[3];
    Expr *exprs[3] = {slice->lower, slice->upper, slice->step};
    for (int k = 0; k < 3; ++k) {
      if (!exprs[k])
        continue;
      FailureOr<Value> part = eval(exprs[k]);
      if (failed(part))
        return failure();
      parts[k] = *part;
    }
    return Value::object(
        std::make_shared<SliceObj>(parts[0], parts[1], parts[2]));
  };
  if (auto *slice = dyn_cast<SliceExpr>(e))
    return sliceObject(slice);
  auto *tuple = dyn_cast<TupleExpr>(e);
  if (!tuple || llvm::none_of(tuple->elts, llvm::IsaPred<SliceExpr>))
    return eval(e);
  // `a[:, 1]`: a tuple of slice objects and values (NumPy's indexing).
  std::vector<Value> items;
  for (Expr *x : tuple->elts) {
    auto *slice = dyn_cast<SliceExpr>(x);
    FailureOr<Value> v = slice ? sliceObject(slice) : eval(x);
    if (failed(v))
      return failure();
    items.push_back(*v);
  }
  return Value::tuple(std::move(items));
}

FailureOr<Value> Interpreter::subscript(const Value &obj, const Value &index,
                                        SrcLoc l) {
  if (obj.isDict()) {
    FailureOr<std::string> key = dictKey(index, l);
    if (failed(key))
      return failure();
    int64_t i = obj.as<DictObj>()->find(*key);
    if (i < 0) {
      FailureOr<std::optional<Value>> made =
          obj.as<DictObj>()->missing(*this, index, l);
      if (failed(made))
        return failure();
      if (made->has_value())
        return **made;
      return raiseValue(l, newException("KeyError", {index}));
    }
    return obj.as<DictObj>()->entries[i].second;
  }
  if ((obj.isStr() || obj.isSeq()) && index.is(ObjKind::Slice))
    return sliceSequence(*this, obj, *index.as<SliceObj>(), l);
  if (obj.isStr() || obj.isSeq()) {
    Value n = index;
    if (index.isObj())
      n = asNumber(index);
    const char *what = obj.isStr() ? "string" : obj.isList() ? "list" : "tuple";
    if (!n.isIntLike())
      return raise(l, "TypeError", std::string(obj.isStr() ? "string" : what) +
                          " indices must be integers" +
                          (obj.isStr() ? "" : " or slices") + ", not " +
                          typeName(index));
    int64_t i = n.getInt();
    bool ascii = !obj.isStr() || unicode::isAscii(obj.getStr());
    int64_t size = !obj.isStr() ? static_cast<int64_t>(obj.items().size())
                   : ascii      ? static_cast<int64_t>(obj.getStr().size())
                         : static_cast<int64_t>(unicode::length(obj.getStr()));
    if (i < 0)
      i += size;
    if (i < 0 || i >= size)
      return raise(l, "IndexError", std::string(what) + " index out of range");
    if (obj.isStr() && !ascii) {
      size_t at = unicode::byteOffset(obj.getStr(), i), n;
      unicode::codePointAt(obj.getStr(), at, &n);
      return Value::str(obj.getStr().substr(at, n));
    }
    return obj.isStr() ? Value::str(std::string(1, obj.getStr()[i]))
                       : obj.items()[i];
  }
  if (obj.is(ObjKind::Range) && index.isIntLike()) {
    auto *r = obj.as<RangeObj>();
    int64_t i = index.getInt(), n = r->size();
    if (i < 0)
      i += n;
    if (i < 0 || i >= n)
      return raise(l, "IndexError", "range object index out of range");
    return Value::integer(r->start + i * r->step);
  }
  if (obj.isObj()) {
    Result r = obj.get()->getItem(*this, index, l);
    if (r.failed())
      return failure();
    if (r.implemented())
      return r.value();
  }
  return raise(l, "TypeError", "'" + typeName(obj) + "' object is not subscriptable");
}

//===----------------------------------------------------------------------===//
// Iteration
//===----------------------------------------------------------------------===//

LogicalResult
Interpreter::forEach(const Value &iterable, SrcLoc l,
                     llvm::function_ref<LogicalResult(const Value &)> fn) {
  if (iterable.isSeq()) {
    // Iterate over a snapshot of the size; lists may grow while iterating.
    for (size_t i = 0; i < iterable.items().size(); ++i) {
      if (failed(step(l)))
        return failure();
      Value item = iterable.items()[i];
      if (failed(fn(item)))
        return failure();
    }
    return success();
  }
  if (iterable.isStr()) {
    std::string s = iterable.getStr();
    for (size_t i = 0; i < s.size();) {
      size_t n;
      unicode::codePointAt(s, i, &n);
      if (failed(fn(Value::str(s.substr(i, n)))))
        return failure();
      i += n;
    }
    return success();
  }

  if (iterable.is(ObjKind::Range)) {
    // Ranges iterate lazily (no materialization).
    auto *r = iterable.as<RangeObj>();
    int64_t n = r->size();
    for (int64_t i = 0; i < n; ++i) {
      if (failed(step(l)) || failed(fn(Value::integer(r->start + i * r->step))))
        return failure();
    }
    return success();
  }
  // Everything else through the iterator protocol (generators run lazily:
  // a loop that stops early leaves them suspended).
  FailureOr<Value> it = getIter(iterable, l);
  if (failed(it))
    return failure();
  while (true) {
    if (failed(step(l)))
      return failure();
    FailureOr<IterStep> next = nextItem(*it, l);
    if (failed(next))
      return failure();
    if (next->done)
      return success();
    if (failed(fn(next->value)))
      return failure();
  }
}

FailureOr<std::vector<Value>> Interpreter::toList(const Value &iterable,
                                                  SrcLoc l) {
  std::vector<Value> out;
  if (failed(forEach(iterable, l, [&](const Value &v) -> LogicalResult {
        if (out.size() >= static_cast<size_t>(Limits::kMaxSequence))
          return error(l, "sequence too large");
        out.push_back(v);
        return success();
      })))
    return failure();
  return out;
}

FailureOr<int64_t> Interpreter::len(const Value &v, SrcLoc l) {
  if (v.isStr())
    return static_cast<int64_t>(unicode::length(v.getStr()));
  if (v.isSeq())
    return static_cast<int64_t>(v.items().size());
  if (v.isDict())
    return static_cast<int64_t>(v.as<DictObj>()->entries.size());
  if (v.is(ObjKind::Range))
    return v.as<RangeObj>()->size();
  if (v.is(ObjKind::Set) || v.is(ObjKind::FrozenSet))
    return static_cast<int64_t>(v.as<SetObj>()->size());
  if (v.isObj()) {
    Result r = v.get()->len(*this, l);
    if (r.failed())
      return failure();
    if (r.implemented())
      return r.value().getInt();
  }
  return raise(l, "TypeError", "object of type '" + typeName(v) + "' has no len()");
}

FailureOr<bool> Interpreter::isTrue(const Value &v, SrcLoc l) {
  // An instance: its class's __bool__, else __len__, else true.
  if (v.is(ObjKind::Instance)) {
    auto *inst = v.as<InstanceObj>();
    if (inst->getClass()->lookup("__bool__")) {
      FailureOr<std::optional<Value>> r = callSpecial(v, "__bool__", {}, l);
      if (failed(r))
        return failure();
      Value b = r->value_or(Value::none());
      if (!b.isBool())
        return raise(l, "TypeError", "__bool__ should return bool, returned " +
                                         typeName(b));
      return b.getBool();
    }
    if (inst->getClass()->lookup("__len__")) {
      Result n = inst->len(*this, l);
      if (n.failed())
        return failure();
      return n.value().getInt() != 0;
    }
    return true;
  }
  bool result;
  std::string err;
  if (!truthy(v, result, err))
    return raise(l, "ValueError", err);
  return result;
}

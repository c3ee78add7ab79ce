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

bool Interpreter::eval(Expr *e, Value &out) {
  bool ok = evalNode(e, out);
  // repr()/str() cannot fail, so a `__repr__`/`__str__` that raised left
  // its exception pending with textFailed set: the expression failed.
  if (textFailed) {
    textFailed = false;
    return false;
  }
  return ok;
}

bool Interpreter::evalNode(Expr *e, Value &out) {
  DepthCounter depth(evalDepth);
  if (evalDepth > Limits::kMaxEvalDepth || generatorStackLow())
    return error(e->loc, "maximum recursion depth exceeded");
  switch (e->kind) {
  case ExprKind::Name:
    return lookupName(cast<NameExpr>(e), out);
  case ExprKind::Int: {
    auto *i = cast<IntExpr>(e);
    if (!i->bigDigits.empty())
      return parseBigInt(i->bigDigits, i->bigBase, false, out) ||
             error(e->loc, "integer literal too large");
    out = Value::integer(i->value);
    return true;
  }
  case ExprKind::Float:
    out = Value::real(cast<FloatExpr>(e)->value);
    return true;
  case ExprKind::Str:
    out = cast<StrExpr>(e)->isBytes ? makeBytes(cast<StrExpr>(e)->value)
                                    : Value::str(cast<StrExpr>(e)->value);
    return true;
  case ExprKind::Bool:
    out = Value::boolean(cast<BoolExpr>(e)->value);
    return true;
  case ExprKind::NoneLit:
    out = Value::none();
    return true;
  case ExprKind::Ellipsis:
    out = builtins.lookup("Ellipsis");
    return true;
  case ExprKind::FString:
    return evalFString(cast<FStringExpr>(e), out);
  case ExprKind::FormattedValue:
    return error(e->loc, "unexpected formatted value");
  case ExprKind::List:
  case ExprKind::Tuple: {
    std::vector<Value> items;
    for (Expr *x : cast<SequenceExpr>(e)->elts) {
      if (auto *star = dyn_cast<StarredExpr>(x)) {
        Value it;
        std::vector<Value> more;
        if (!eval(star->value, it) || !toList(it, x->loc, more))
          return false;
        items.insert(items.end(), more.begin(), more.end());
        continue;
      }
      Value v;
      if (!eval(x, v))
        return false;
      items.push_back(v);
    }
    out = e->kind == ExprKind::List ? Value::list(std::move(items))
                                    : Value::tuple(std::move(items));
    return true;
  }
  case ExprKind::Dict: {
    auto *dict = cast<DictExpr>(e);
    auto d = std::make_shared<DictObj>();
    for (size_t i = 0; i < dict->keys.size(); ++i) {
      Value v;
      if (!eval(dict->values[i], v))
        return false;
      if (!dict->keys[i]) {
        if (!v.isDict())
          return raise(dict->values[i]->loc, "TypeError", "'" + typeName(v) + "' object is not a mapping");
        auto *src = v.as<DictObj>();
        for (size_t k = 0; k < src->entries.size(); ++k)
          d->set(src->keys[k], src->entries[k].first, src->entries[k].second);
        continue;
      }
      Value k;
      std::string key;
      if (!eval(dict->keys[i], k))
        return false;
      if (!dictKey(k, dict->keys[i]->loc, key))
        return false;
      d->set(key, k, v);
    }
    out = Value::object(d);
    return true;
  }
  case ExprKind::Set:
    return evalSet(cast<SetExpr>(e), out);
  case ExprKind::GeneratorExp:
    return evalGeneratorExp(cast<GeneratorExpr>(e), out);
  case ExprKind::Yield:
    return evalYield(cast<YieldExpr>(e), out);
  case ExprKind::YieldFrom:
    return evalYieldFrom(cast<YieldFromExpr>(e), out);
  case ExprKind::ListComp:
  case ExprKind::SetComp:
  case ExprKind::DictComp: {
    auto *comp = cast<ComprehensionExpr>(e);
    // The outermost iterable is evaluated in the enclosing scope, the rest
    // in the comprehension's own scope (as CPython does).
    Value first;
    if (!eval(comp->generators[0].iter, first))
      return false;
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
    bool ok = evalComprehension(comp, 0, result, &first);
    env = saved;
    out = result;
    return ok;
  }
  case ExprKind::BinOp: {
    auto *bin = cast<BinOpExpr>(e);
    Value a, b;
    if (!eval(bin->lhs, a) || !eval(bin->rhs, b))
      return false;
    return binaryOp(bin->op, a, b, e->loc, out);
  }
  case ExprKind::UnaryOp:
    return evalUnary(cast<UnaryOpExpr>(e), out);
  case ExprKind::BoolOp: {
    auto *boolOp = cast<BoolOpExpr>(e);
    Value a;
    bool t;
    if (!eval(boolOp->lhs, a) || !isTrue(a, boolOp->lhs->loc, t))
      return false;
    if (boolOp->isAnd != t) {
      out = a;
      return true;
    }
    return eval(boolOp->rhs, out);
  }
  case ExprKind::Compare:
    return evalCompare(cast<CompareExpr>(e), out);
  case ExprKind::IfExp: {
    auto *ifExp = cast<IfExpr>(e);
    Value test;
    bool t;
    if (!eval(ifExp->test, test) || !isTrue(test, ifExp->test->loc, t))
      return false;
    return eval(t ? ifExp->body : ifExp->orelse, out);
  }
  case ExprKind::Lambda:
    return makeFunction(cast<LambdaExpr>(e)->func, out);
  case ExprKind::Call:
    return evalCall(cast<CallExpr>(e), out);
  case ExprKind::Attribute: {
    auto *attr = cast<AttributeExpr>(e);
    Value obj;
    if (!eval(attr->base, obj))
      return false;
    return getAttr(obj, attr->attr, e->loc, out);
  }
  case ExprKind::Subscript:
    return evalSubscript(cast<SubscriptExpr>(e), out);
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

bool Interpreter::lookupName(NameExpr *e, Value &out) {
  const std::string &n = e->id;
  if (!env->globals.count(n)) {
    for (Env *x = env.get(); x; x = x->parent.get()) {
      auto it = x->vars.find(n);
      if (it != x->vars.end()) {
        out = it->second;
        return true;
      }
    }
  }
  auto g = moduleEnv()->vars.find(n);
  if (g != moduleEnv()->vars.end()) {
    out = g->second;
    return true;
  }
  auto b = builtins.find(n);
  if (b != builtins.end()) {
    out = b->second;
    return true;
  }
  if (n == "tf" || n == "np")
    return raise(e->loc, "NameError", "name '" + n + "' is not defined (missing `import " +
                             (n == "tf" ? "tensorflow as tf" : "numpy as np") +
                             "`?)");
  raise(e->loc, "NameError", "name '" + n + "' is not defined");
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
  return false;
}

bool Interpreter::evalCall(CallExpr *e, Value &out) {
  Value callee;
  if (!eval(e->callee, callee))
    return false;
  CallArgs args;
  args.loc = e->loc;
  for (Expr *x : e->args) {
    if (auto *star = dyn_cast<StarredExpr>(x)) {
      Value it;
      std::vector<Value> more;
      if (!eval(star->value, it) || !toList(it, x->loc, more))
        return false;
      args.pos.insert(args.pos.end(), more.begin(), more.end());
      continue;
    }
    Value v;
    if (!eval(x, v))
      return false;
    args.pos.push_back(v);
  }
  for (const Keyword &k : e->keywords) {
    Value v;
    if (!eval(k.value, v))
      return false;
    if (k.name.empty()) {
      if (!v.isDict())
        return raise(k.loc, "TypeError", "argument after ** must be a mapping, not " +
                                typeName(v));
      for (auto &[key, val] : v.as<DictObj>()->entries) {
        if (!key.isStr())
          return raise(k.loc, "TypeError", "keywords must be strings");
        args.kw.emplace_back(key.getStr(), val);
      }
      continue;
    }
    for (auto &[name, _] : args.kw)
      if (name == k.name)
        return raise(k.loc, "TypeError", "keyword argument repeated: " + k.name);
    args.kw.emplace_back(k.name, v);
  }
  return call(callee, args, out);
}

bool Interpreter::evalUnary(UnaryOpExpr *e, Value &out) {
  Value a;
  if (!eval(e->operand, a))
    return false;
  if (e->op == UnaryOpKind::Not) {
    bool t;
    if (!isTrue(a, e->operand->loc, t))
      return false;
    out = Value::boolean(!t);
    return true;
  }
  if (a.isObj()) {
    Result r = a.get()->unaryOp(*this, e->op, e->loc);
    if (r.failed())
      return false;
    if (r.implemented()) {
      out = r.value();
      return true;
    }
  }
  if (a.isIntLike()) {
    int64_t v = a.getInt();
    if (e->op == UnaryOpKind::Pos) {
      out = Value::integer(v);
    } else if (e->op == UnaryOpKind::Invert) {
      out = Value::integer(~v);
    } else {
      if (v == INT64_MIN)
        return bigIntOp(*this, BinOpKind::Sub, Value::integer(0), a, e->loc,
                        out);
      out = Value::integer(-v);
    }
    return true;
  }
  if (a.isFloat() && e->op != UnaryOpKind::Invert) {
    out = Value::real(e->op == UnaryOpKind::Neg ? -a.getFloat()
                                                     : a.getFloat());
    return true;
  }
  const char *op = e->op == UnaryOpKind::Neg   ? "unary -"
                   : e->op == UnaryOpKind::Pos ? "unary +"
                                                    : "unary ~";
  return raise(e->loc, "TypeError", std::string("bad operand type for ") + op + ": '" +
                           typeName(a) + "'");
}

bool Interpreter::evalCompare(CompareExpr *e, Value &out) {
  Value lhs;
  if (!eval(e->left, lhs))
    return false;
  for (size_t i = 0; i < e->ops.size(); ++i) {
    Value rhs, r;
    if (!eval(e->comparators[i], rhs))
      return false;
    if (!compare(e->ops[i], lhs, rhs, e->loc, r))
      return false;
    if (i + 1 == e->ops.size()) {
      out = r;
      return true;
    }
    bool t;
    if (!isTrue(r, e->loc, t))
      return false;
    if (!t) {
      out = r;
      return true;
    }
    lhs = rhs;
  }
  return true;
}

bool Interpreter::evalComprehension(ComprehensionExpr *e, size_t clause,
                                    Value &result, const Value *outer) {
  if (clause == e->generators.size()) {
    if (!step(e->loc))
      return false;
    if (llvm::isa<GeneratorExpr>(e)) {
      Value v, sent;
      return eval(e->elt, v) && yieldValue(v, e->loc, sent);
    }
    if (llvm::isa<SetCompExpr>(e)) {
      Value v;
      std::string key;
      if (!eval(e->elt, v) || !elementKey(v, e->elt->loc, key))
        return false;
      auto *set = result.as<SetObj>();
      if (set->size() >= static_cast<size_t>(Limits::kMaxSequence))
        return error(e->loc, "set too large");
      set->add(key, v);
      return true;
    }
    if (llvm::isa<ListCompExpr>(e)) {
      Value v;
      if (!eval(e->elt, v))
        return false;
      if (result.items().size() >= Limits::kMaxSequence)
        return error(e->loc, "list too large");
      result.items().push_back(v);
      return true;
    }
    Value k, v;
    std::string key;
    if (!eval(e->elt, k) || !eval(cast<DictCompExpr>(e)->value, v))
      return false;
    if (!dictKey(k, e->elt->loc, key))
      return false;
    result.as<DictObj>()->set(key, k, v);
    return true;
  }
  const Comprehension &c = e->generators[clause];
  Value iterable;
  if (clause == 0 && outer)
    iterable = *outer;
  else if (!eval(c.iter, iterable))
    return false;
  bool failed = false;
  bool ok = forEach(iterable, c.iter->loc, [&](const Value &item) {
    if (!assign(c.target, item)) {
      failed = true;
      return false;
    }
    for (Expr *cond : c.ifs) {
      Value t;
      bool b;
      if (!eval(cond, t) || !isTrue(t, cond->loc, b)) {
        failed = true;
        return false;
      }
      if (!b)
        return true;
    }
    if (!evalComprehension(e, clause + 1, result)) {
      failed = true;
      return false;
    }
    return true;
  });
  return ok && !failed;
}

bool Interpreter::evalFString(FStringExpr *e, Value &out) {
  std::string s;
  for (Expr *p : e->values) {
    if (auto *lit = dyn_cast<StrExpr>(p)) {
      s += lit->value;
      continue;
    }
    auto *part = cast<FormattedValueExpr>(p);
    Value v;
    if (!eval(part->value, v))
      return false;
    if (part->conversion == 'r')
      v = Value::str(repr(v));
    else if (part->conversion == 'a')
      v = Value::str(unicode::escapeNonAscii(repr(v)));
    else if (part->conversion == 's')
      v = Value::str(str(v));
    if (hasPendingException())
      return false;
    std::string spec;
    if (part->formatSpec) {
      Value specValue;
      if (!evalFString(part->formatSpec, specValue))
        return false;
      spec = specValue.getStr();
    }
    std::string piece;
    if (!formatSpec(v, spec, part->loc, piece))
      return false;
    s += piece;
    if (s.size() > static_cast<size_t>(Limits::kMaxStringBytes))
      return error(e->loc, "string too large");
  }
  out = Value::str(std::move(s));
  return true;
}

//===----------------------------------------------------------------------===//
// Subscripts and slices
//===----------------------------------------------------------------------===//

static bool selectIndices(int64_t len, std::optional<int64_t> start,
                         std::optional<int64_t> stop, int64_t step,
                         std::vector<int64_t> &out) {
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
  return true;
}

bool Interpreter::evalSlice(const Value &obj, SliceExpr *slice, Value &out) {
  if (!obj.isStr() && !obj.isSeq()) {
    // Other objects index with a slice of the bounds as written.
    Value sliceValue;
    return evalSliceObject(*this, slice, sliceValue) &&
           subscript(obj, sliceValue, slice->loc, out);
  }
  std::optional<int64_t> start, stop;
  int64_t stepValue = 1;
  Expr *parts[3] = {slice->lower, slice->upper, slice->step};
  for (int k = 0; k < 3; ++k) {
    if (!parts[k])
      continue;
    Value v;
    if (!eval(parts[k], v))
      return false;
    if (v.isNone())
      continue;
    int64_t n;
    if (!toInt(v, parts[k]->loc, n, "slice indices"))
      return false;
    if (k == 0)
      start = n;
    else if (k == 1)
      stop = n;
    else
      stepValue = n;
  }
  if (stepValue == 0)
    return raise(slice->loc, "ValueError", "slice step cannot be zero");
  int64_t length;
  if (obj.isStr() && !unicode::isAscii(obj.getStr())) {
    // By code points.
    std::u32string chars = unicode::decode(obj.getStr()), r;
    std::vector<int64_t> idx;
    selectIndices(static_cast<int64_t>(chars.size()), start, stop, stepValue,
                  idx);
    for (int64_t i : idx)
      r += chars[i];
    out = Value::str(unicode::encode(r));
    return true;
  }
  if (obj.isStr() || obj.isSeq()) {
    length = obj.isStr() ? static_cast<int64_t>(obj.getStr().size())
                         : static_cast<int64_t>(obj.items().size());
    std::vector<int64_t> idx;
    selectIndices(length, start, stop, stepValue, idx);
    if (obj.isStr()) {
      std::string s;
      for (int64_t i : idx)
        s += obj.getStr()[i];
      out = Value::str(s);
      return true;
    }
    std::vector<Value> items;
    for (int64_t i : idx)
      items.push_back(obj.items()[i]);
    out = obj.isList() ? Value::list(items) : Value::tuple(items);
    return true;
  }
  // Other objects index with a slice object.
  Value sliceValue = Value::object(std::make_shared<SliceObj>(
      start ? Value::integer(*start) : Value::none(),
      stop ? Value::integer(*stop) : Value::none(),
      Value::integer(stepValue)));
  return subscript(obj, sliceValue, slice->loc, out);
}

bool Interpreter::sliceIndices(const SliceObj &slice, int64_t length, SrcLoc l,
                               std::vector<int64_t> &out) {
  std::optional<int64_t> bounds[3];
  const Value *parts[3] = {&slice.start, &slice.stop, &slice.step};
  for (int k = 0; k < 3; ++k) {
    if (parts[k]->isNone())
      continue;
    int64_t n;
    if (!toInt(*parts[k], l, n, "slice indices"))
      return false;
    bounds[k] = n;
  }
  if (bounds[2] && *bounds[2] == 0)
    return raise(l, "ValueError", "slice step cannot be zero");
  out.clear();
  return selectIndices(length, bounds[0], bounds[1], bounds[2].value_or(1),
                        out);
}

bool Interpreter::evalSubscript(SubscriptExpr *e, Value &out) {
  Value obj;
  if (!eval(e->base, obj))
    return false;
  if (auto *slice = dyn_cast<SliceExpr>(e->index))
    return evalSlice(obj, slice, out);
  Value idx;
  if (!evalIndex(e->index, idx))
    return false;
  return subscript(obj, idx, e->loc, out);
}

bool Interpreter::evalIndex(Expr *e, Value &out) {
  auto sliceObject = [&](SliceExpr *slice, Value &v) {
    Value parts[3];
    Expr *exprs[3] = {slice->lower, slice->upper, slice->step};
    for (int k = 0; k < 3; ++k)
      if (exprs[k] && !eval(exprs[k], parts[k]))
        return false;
    v = Value::object(std::make_shared<SliceObj>(parts[0], parts[1], parts[2]));
    return true;
  };
  if (auto *slice = dyn_cast<SliceExpr>(e))
    return sliceObject(slice, out);
  auto *tuple = dyn_cast<TupleExpr>(e);
  if (!tuple || llvm::none_of(tuple->elts, llvm::IsaPred<SliceExpr>))
    return eval(e, out);
  // `a[:, 1]`: a tuple of slice objects and values (NumPy's indexing).
  std::vector<Value> items;
  for (Expr *x : tuple->elts) {
    Value v;
    auto *slice = dyn_cast<SliceExpr>(x);
    if (slice ? !sliceObject(slice, v) : !eval(x, v))
      return false;
    items.push_back(v);
  }
  out = Value::tuple(std::move(items));
  return true;
}

bool Interpreter::subscript(const Value &obj, const Value &index, SrcLoc l,
                            Value &out) {
  if (obj.isDict()) {
    std::string key;
    if (!dictKey(index, l, key))
      return false;
    int64_t i = obj.as<DictObj>()->find(key);
    if (i < 0) {
      if (int r = obj.as<DictObj>()->missing(*this, index, l, out); r >= 0)
        return r == 1;
      return raiseValue(l, newException("KeyError", {index}));
    }
    out = obj.as<DictObj>()->entries[i].second;
    return true;
  }
  if ((obj.isStr() || obj.isSeq()) && index.is(ObjKind::Slice))
    return sliceSequence(*this, obj, *index.as<SliceObj>(), l, out);
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
      out = Value::str(obj.getStr().substr(at, n));
      return true;
    }
    out = obj.isStr() ? Value::str(std::string(1, obj.getStr()[i]))
                      : obj.items()[i];
    return true;
  }
  if (obj.is(ObjKind::Range) && index.isIntLike()) {
    auto *r = obj.as<RangeObj>();
    int64_t i = index.getInt(), n = r->size();
    if (i < 0)
      i += n;
    if (i < 0 || i >= n)
      return raise(l, "IndexError", "range object index out of range");
    out = Value::integer(r->start + i * r->step);
    return true;
  }
  if (obj.isObj()) {
    Result r = obj.get()->getItem(*this, index, l);
    if (r.failed())
      return false;
    if (r.implemented()) {
      out = r.value();
      return true;
    }
  }
  return raise(l, "TypeError", "'" + typeName(obj) + "' object is not subscriptable");
}

//===----------------------------------------------------------------------===//
// Iteration
//===----------------------------------------------------------------------===//

bool Interpreter::forEach(const Value &iterable, SrcLoc l,
                          llvm::function_ref<bool(const Value &)> fn) {
  if (iterable.isSeq()) {
    // Iterate over a snapshot of the size; lists may grow while iterating.
    for (size_t i = 0; i < iterable.items().size(); ++i) {
      if (!step(l))
        return false;
      Value item = iterable.items()[i];
      if (!fn(item))
        return false;
    }
    return true;
  }
  if (iterable.isStr()) {
    std::string s = iterable.getStr();
    for (size_t i = 0; i < s.size();) {
      size_t n;
      unicode::codePointAt(s, i, &n);
      if (!fn(Value::str(s.substr(i, n))))
        return false;
      i += n;
    }
    return true;
  }

  if (iterable.is(ObjKind::Range)) {
    // Ranges iterate lazily (no materialization).
    auto *r = iterable.as<RangeObj>();
    int64_t n = r->size();
    for (int64_t i = 0; i < n; ++i) {
      if (!step(l))
        return false;
      if (!fn(Value::integer(r->start + i * r->step)))
        return false;
    }
    return true;
  }
  // Everything else through the iterator protocol (generators run lazily:
  // a loop that stops early leaves them suspended).
  Value it;
  if (!getIter(iterable, l, it))
    return false;
  while (true) {
    if (!step(l))
      return false;
    Value v;
    bool done;
    if (!nextItem(it, l, v, done))
      return false;
    if (done)
      return true;
    if (!fn(v))
      return false;
  }
}

bool Interpreter::toList(const Value &iterable, SrcLoc l,
                         std::vector<Value> &out) {
  out.clear();
  return forEach(iterable, l, [&](const Value &v) {
    if (out.size() >= static_cast<size_t>(Limits::kMaxSequence))
      return error(l, "sequence too large");
    out.push_back(v);
    return true;
  });
}

bool Interpreter::len(const Value &v, SrcLoc l, int64_t &out) {
  if (v.isStr()) {
    out = static_cast<int64_t>(unicode::length(v.getStr()));
    return true;
  }
  if (v.isSeq()) {
    out = static_cast<int64_t>(v.items().size());
    return true;
  }
  if (v.isDict()) {
    out = static_cast<int64_t>(v.as<DictObj>()->entries.size());
    return true;
  }
  if (v.is(ObjKind::Range)) {
    out = v.as<RangeObj>()->size();
    return true;
  }
  if (v.is(ObjKind::Set) || v.is(ObjKind::FrozenSet)) {
    out = static_cast<int64_t>(v.as<SetObj>()->size());
    return true;
  }
  if (v.isObj()) {
    Result r = v.get()->len(*this, l);
    if (r.failed())
      return false;
    if (r.implemented()) {
      out = r.value().getInt();
      return true;
    }
  }
  return raise(l, "TypeError", "object of type '" + typeName(v) + "' has no len()");
}

bool Interpreter::isTrue(const Value &v, SrcLoc l, bool &result) {
  // An instance: its class's __bool__, else __len__, else true.
  if (v.is(ObjKind::Instance)) {
    auto *inst = v.as<InstanceObj>();
    if (inst->getClass()->lookup("__bool__")) {
      Value b;
      bool found = false;
      if (!callSpecial(v, "__bool__", {}, l, b, found))
        return false;
      if (!b.isBool())
        return raise(l, "TypeError", "__bool__ should return bool, returned " +
                                         typeName(b));
      result = b.getBool();
      return true;
    }
    if (inst->getClass()->lookup("__len__")) {
      Result n = inst->len(*this, l);
      if (n.failed())
        return false;
      result = n.value().getInt() != 0;
      return true;
    }
    result = true;
    return true;
  }
  std::string err;
  if (!truthy(v, result, err))
    return raise(l, "ValueError", err);
  return true;
}

//===- ParseExpr.cpp - Operator expressions of the model language ---------===//
//
// The parser's expression productions from the expression list down to the
// primary: starred items, yield, conditional expressions, lambda, the
// boolean, comparison, bitwise, arithmetic and power operators, and the
// trailers (calls with their arguments, subscripts with slices, attribute
// references). Atoms are in ParseAtom.cpp.
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"

using namespace scopec::frontend;
using namespace scopec::frontend::detail;
using llvm::isa;

Expr *Parser::parseStarOrTest() {
  if (isOp("*")) {
    SrcLoc loc = tok().loc;
    advance();
    Expr *value = parseBitOr();
    return value ? ctx.make<StarredExpr>(loc, value) : nullptr;
  }
  return parseTest();
}

Expr *Parser::parseYield() {
  SrcLoc loc = tok().loc;
  FuncDef *fn = functions.empty() ? nullptr : functions.back();
  if (!fn)
    return fail(loc, "'yield' outside function");
  advance();
  ++yieldCount;
  fn->isGenerator = true;
  if (acceptName("from")) {
    Expr *value = parseTest();
    return value ? ctx.make<YieldFromExpr>(loc, value) : nullptr;
  }
  Expr *value = nullptr;
  if (startsExpression() || isOp("*")) {
    value = parseTestListStarExpr();
    if (!value)
      return nullptr;
  }
  return ctx.make<YieldExpr>(loc, value);
}

Expr *Parser::parseTestListStarExpr() {
  SrcLoc loc = tok().loc;
  Expr *first = parseStarOrTest();
  if (!first)
    return nullptr;
  if (!isOp(","))
    return first;
  auto *tuple = ctx.make<TupleExpr>(loc);
  tuple->elts.push_back(first);
  while (acceptOp(",")) {
    if (!startsExpression() && !isOp("*"))
      break;
    Expr *e = parseStarOrTest();
    if (!e)
      return nullptr;
    tuple->elts.push_back(e);
  }
  return tuple;
}

Expr *Parser::parseTest() {
  DepthGuard guard(*this);
  if (!guard.ok)
    return nullptr;
  if (isName("lambda"))
    return parseLambda();
  Expr *body = parseOrTest();
  if (!body)
    return nullptr;
  if (isName("if") ) {
    SrcLoc loc = tok().loc;
    advance();
    Expr *test = parseOrTest();
    if (!test)
      return nullptr;
    if (!acceptName("else"))
      return fail(isOp(":") ? tok().loc : loc,
                  "expected 'else' after 'if' expression");
    Expr *orelse = parseTest();
    return orelse ? ctx.make<IfExpr>(body->loc, test, body, orelse) : nullptr;
  }
  // `a b` inside brackets: Python suggests a missing comma.
  if (bracketDepth > 0 && startsExpression() &&
      !(isa<NameExpr>(body) && tok().kind == TokKind::String))
    return fail(body->loc, "invalid syntax. Perhaps you forgot a comma?");
  return body;
}

Expr *Parser::parseTestNoCond() {
  if (isName("lambda"))
    return parseLambda();
  return parseOrTest();
}

Expr *Parser::parseLambda() {
  SrcLoc loc = tok().loc;
  advance();
  FuncDef *fn = ctx.func();
  fn->name = "<lambda>";
  fn->loc = loc;
  if (!parseParams(fn, ":"))
    return nullptr;
  advance(); // ':'
  functions.push_back(fn);
  fn->lambdaBody = parseTest();
  functions.pop_back();
  if (!fn->lambdaBody)
    return nullptr;
  return ctx.make<LambdaExpr>(loc, fn);
}

Expr *Parser::parseOrTest() {
  Expr *lhs = parseAndTest();
  while (lhs && isName("or")) {
    advance();
    Expr *rhs = parseAndTest();
    if (!rhs)
      return nullptr;
    lhs = ctx.make<BoolOpExpr>(lhs->loc, /*isAnd=*/false, lhs, rhs);
  }
  return lhs;
}

Expr *Parser::parseAndTest() {
  Expr *lhs = parseNotTest();
  while (lhs && isName("and")) {
    advance();
    Expr *rhs = parseNotTest();
    if (!rhs)
      return nullptr;
    lhs = ctx.make<BoolOpExpr>(lhs->loc, /*isAnd=*/true, lhs, rhs);
  }
  return lhs;
}

Expr *Parser::parseNotTest() {
  if (isName("not")) {
    DepthGuard guard(*this);
    if (!guard.ok)
      return nullptr;
    SrcLoc loc = tok().loc;
    advance();
    Expr *operand = parseNotTest();
    return operand ? ctx.make<UnaryOpExpr>(loc, UnaryOpKind::Not, operand)
                   : nullptr;
  }
  return parseComparison();
}

Expr *Parser::parseComparison() {
  Expr *lhs = parseBitOr();
  if (!lhs)
    return nullptr;
  CompareExpr *cmp = nullptr;
  while (true) {
    CmpOpKind op;
    if (isOp("<"))
      op = CmpOpKind::Lt;
    else if (isOp(">"))
      op = CmpOpKind::Gt;
    else if (isOp("<="))
      op = CmpOpKind::Le;
    else if (isOp(">="))
      op = CmpOpKind::Ge;
    else if (isOp("=="))
      op = CmpOpKind::Eq;
    else if (isOp("!="))
      op = CmpOpKind::Ne;
    else if (isName("in"))
      op = CmpOpKind::In;
    else if (isName("is")) {
      op = CmpOpKind::Is;
      if (peek().kind == TokKind::Name && peek().text == "not") {
        advance();
        op = CmpOpKind::IsNot;
      }
    } else if (isName("not") && peek().kind == TokKind::Name &&
               peek().text == "in") {
      advance();
      op = CmpOpKind::NotIn;
    } else
      break;
    advance();
    if (!cmp)
      cmp = ctx.make<CompareExpr>(lhs->loc, lhs);
    cmp->ops.push_back(op);
    Expr *rhs = parseBitOr();
    if (!rhs)
      return nullptr;
    cmp->comparators.push_back(rhs);
  }
  return cmp ? cmp : lhs;
}

namespace {
/// A left-associative binary level: operator spellings and kinds.
struct BinLevel {
  const char *spelling;
  BinOpKind kind;
};
} // namespace

#define BINARY_LEVEL(NAME, NEXT, ...)                                          \
  Expr *Parser::NAME() {                                                       \
    static const BinLevel ops[] = {__VA_ARGS__};                               \
    Expr *lhs = NEXT();                                                        \
    while (lhs) {                                                              \
      const BinLevel *found = nullptr;                                         \
      for (const BinLevel &l : ops)                                            \
        if (isOp(l.spelling))                                                  \
          found = &l;                                                          \
      if (!found)                                                              \
        break;                                                                 \
      SrcLoc opLoc = tok().loc;                                                \
      advance();                                                               \
      Expr *rhs = NEXT();                                                      \
      if (!rhs)                                                                \
        return nullptr;                                                        \
      lhs = ctx.make<BinOpExpr>(lhs->loc, found->kind, lhs, rhs, opLoc);       \
    }                                                                          \
    return lhs;                                                                \
  }

BINARY_LEVEL(parseBitOr, parseBitXor, {"|", BinOpKind::BitOr})
BINARY_LEVEL(parseBitXor, parseBitAnd, {"^", BinOpKind::BitXor})
BINARY_LEVEL(parseBitAnd, parseShift, {"&", BinOpKind::BitAnd})
BINARY_LEVEL(parseShift, parseArith, {"<<", BinOpKind::LShift},
             {">>", BinOpKind::RShift})
BINARY_LEVEL(parseArith, parseTerm, {"+", BinOpKind::Add},
             {"-", BinOpKind::Sub})
BINARY_LEVEL(parseTerm, parseFactor, {"*", BinOpKind::Mul},
             {"/", BinOpKind::Div}, {"//", BinOpKind::FloorDiv},
             {"%", BinOpKind::Mod}, {"@", BinOpKind::MatMul})
#undef BINARY_LEVEL

Expr *Parser::parseFactor() {
  DepthGuard guard(*this);
  if (!guard.ok)
    return nullptr;
  if (isOp("-") || isOp("+") || isOp("~")) {
    SrcLoc loc = tok().loc;
    UnaryOpKind op = isOp("-")   ? UnaryOpKind::Neg
                     : isOp("+") ? UnaryOpKind::Pos
                                 : UnaryOpKind::Invert;
    advance();
    Expr *operand = parseFactor();
    return operand ? ctx.make<UnaryOpExpr>(loc, op, operand) : nullptr;
  }
  return parsePower();
}

Expr *Parser::parsePower() {
  Expr *base = parseAtomExpr();
  if (!base || !isOp("**"))
    return base;
  SrcLoc opLoc = tok().loc;
  advance();
  Expr *exponent = parseFactor();
  return exponent ? ctx.make<BinOpExpr>(base->loc, BinOpKind::Pow, base,
                                        exponent, opLoc)
                  : nullptr;
}

Expr *Parser::parseAtomExpr() {
  Expr *e = parseAtom();
  while (e) {
    if (isOp("(")) {
      auto *call = ctx.make<CallExpr>(e->loc, e);
      advance();
      ++bracketDepth;
      if (!parseCallArgs(call->args, call->keywords))
        return nullptr;
      --bracketDepth;
      e = call;
    } else if (isOp("[")) {
      advance();
      ++bracketDepth;
      Expr *index = parseSubscript();
      if (!index)
        return nullptr;
      --bracketDepth;
      if (!expectOp("]"))
        return nullptr;
      e = ctx.make<SubscriptExpr>(e->loc, e, index);
    } else if (isOp(".")) {
      advance();
      if (tok().kind != TokKind::Name || isKeyword(tok().text))
        return failHere();
      e = ctx.make<AttributeExpr>(e->loc, e, tok().text, tok().loc);
      advance();
    } else {
      break;
    }
  }
  return e;
}

bool Parser::parseCallArgs(std::vector<Expr *> &args,
                           std::vector<Keyword> &keywords) {
  bool seenKeyword = false, seenKwUnpack = false;
  while (!isOp(")")) {
    SrcLoc loc = tok().loc;
    if (acceptOp("**")) {
      Keyword kw;
      kw.loc = loc;
      kw.value = parseTest();
      if (!kw.value)
        return false;
      keywords.push_back(kw);
      seenKwUnpack = true;
    } else if (isOp("*")) {
      if (seenKwUnpack) {
        fail(loc, "iterable argument unpacking follows keyword argument "
                  "unpacking");
        return false;
      }
      Expr *e = parseStarOrTest();
      if (!e)
        return false;
      args.push_back(e);
    } else if (tok().kind == TokKind::Name && peek().kind == TokKind::Op &&
               peek().text == "=" && !isKeyword(tok().text)) {
      Keyword kw;
      kw.name = tok().text;
      kw.loc = loc;
      advance();
      advance();
      kw.value = parseTest();
      if (!kw.value)
        return false;
      keywords.push_back(kw);
      seenKeyword = true;
    } else {
      int yields = yieldCount;
      Expr *e = parseTest();
      if (!e)
        return false;
      if (isOp("=")) {
        fail(e->loc, "expression cannot contain assignment, perhaps you "
                     "meant \"==\"?");
        return false;
      }
      if (isName("for")) {
        auto *gen = ctx.make<GeneratorExpr>(e->loc, e);
        if (!parseComprehensionClauses(gen->generators) ||
            !checkNoYield(yields, e->loc, "generator expression"))
          return false;
        e = gen;
      }
      if (seenKwUnpack) {
        fail(e->loc, "positional argument follows keyword argument "
                     "unpacking");
        return false;
      }
      if (seenKeyword) {
        fail(e->loc, "positional argument follows keyword argument");
        return false;
      }
      args.push_back(e);
    }
    if (!acceptOp(",")) {
      if (!isOp(")")) {
        failHere();
        return false;
      }
    }
  }
  advance(); // ')'
  return true;
}

Expr *Parser::parseSliceItem() {
  SrcLoc loc = tok().loc;
  Expr *lower = nullptr;
  if (!isOp(":")) {
    lower = parseTest();
    if (!lower)
      return nullptr;
    if (!isOp(":"))
      return lower;
  }
  auto *slice = ctx.make<SliceExpr>(loc);
  slice->lower = lower;
  advance(); // ':'
  if (!isOp(":") && !isOp("]") && !isOp(",")) {
    slice->upper = parseTest();
    if (!slice->upper)
      return nullptr;
  }
  if (acceptOp(":")) {
    if (!isOp("]") && !isOp(",")) {
      slice->step = parseTest();
      if (!slice->step)
        return nullptr;
    }
  }
  return slice;
}

Expr *Parser::parseSubscript() {
  SrcLoc loc = tok().loc;
  Expr *first = parseSliceItem();
  if (!first || !isOp(","))
    return first;
  auto *tuple = ctx.make<TupleExpr>(loc);
  tuple->elts.push_back(first);
  while (acceptOp(",")) {
    if (isOp("]"))
      break;
    Expr *e = parseSliceItem();
    if (!e)
      return nullptr;
    tuple->elts.push_back(e);
  }
  return tuple;
}


//===- ParseAtom.cpp - Atoms of the model language ------------------------===//
//
// The parser's atoms: names and literals, parenthesized, list, set and dict
// displays with their comprehension clauses, adjacent string literals, and
// f-strings (whose fields are parsed by a nested Parser).
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"

using namespace scopec::frontend;
using namespace scopec::frontend::detail;
using llvm::isa;

bool Parser::parseComprehensionClauses(std::vector<Comprehension> &comps) {
  while (isName("for")) {
    advance();
    Comprehension c;
    SrcLoc tloc = tok().loc;
    std::vector<Expr *> targets;
    bool trailing = false;
    do {
      if (isName("in"))
        break;
      Expr *t = parseBitOr();
      if (!t)
        return false;
      targets.push_back(t);
      trailing = isOp(",");
    } while (acceptOp(","));
    if (targets.empty()) {
      failHere();
      return false;
    }
    if (targets.size() == 1 && !trailing) {
      c.target = targets[0];
    } else {
      auto *tuple = ctx.make<TupleExpr>(tloc);
      tuple->elts = targets;
      c.target = tuple;
    }
    if (!checkTarget(c.target, false))
      return false;
    if (!acceptName("in")) {
      failHere();
      return false;
    }
    c.iter = parseOrTest();
    if (!c.iter)
      return false;
    while (isName("if")) {
      advance();
      Expr *cond = parseTestNoCond();
      if (!cond)
        return false;
      c.ifs.push_back(cond);
    }
    comps.push_back(c);
  }
  return true;
}

Expr *Parser::parseListDisplay() {
  SrcLoc loc = tok().loc;
  advance();
  ++bracketDepth;
  if (acceptOp("]")) {
    --bracketDepth;
    return ctx.make<ListExpr>(loc);
  }
  int yields = yieldCount;
  Expr *first = parseStarOrTest();
  if (!first)
    return nullptr;
  if (isName("for")) {
    auto *comp = ctx.make<ListCompExpr>(loc, first);
    if (!parseComprehensionClauses(comp->generators) ||
        !checkNoYield(yields, loc, "list comprehension"))
      return nullptr;
    if (!expectOp("]"))
      return nullptr;
    --bracketDepth;
    return comp;
  }
  auto *list = ctx.make<ListExpr>(loc);
  list->elts.push_back(first);
  while (acceptOp(",")) {
    if (isOp("]"))
      break;
    Expr *e = parseStarOrTest();
    if (!e)
      return nullptr;
    list->elts.push_back(e);
  }
  if (!expectOp("]"))
    return nullptr;
  --bracketDepth;
  return list;
}

Expr *Parser::parseParenDisplay() {
  SrcLoc loc = tok().loc;
  advance();
  ++bracketDepth;
  if (acceptOp(")")) {
    --bracketDepth;
    return ctx.make<TupleExpr>(loc);
  }
  if (isName("yield")) {
    Expr *y = parseYield();
    if (!y || !expectOp(")"))
      return nullptr;
    --bracketDepth;
    return y;
  }
  int yields = yieldCount;
  Expr *first = parseStarOrTest();
  if (!first)
    return nullptr;
  if (isName("for")) {
    auto *gen = ctx.make<GeneratorExpr>(loc, first);
    if (!parseComprehensionClauses(gen->generators) ||
        !checkNoYield(yields, loc, "generator expression") || !expectOp(")"))
      return nullptr;
    --bracketDepth;
    return gen;
  }
  if (isOp(")")) {
    advance();
    --bracketDepth;
    if (isa<StarredExpr>(first))
      return fail(first->loc, "cannot use starred expression here");
    return first;
  }
  auto *tuple = ctx.make<TupleExpr>(loc);
  tuple->elts.push_back(first);
  while (acceptOp(",")) {
    if (isOp(")"))
      break;
    Expr *e = parseStarOrTest();
    if (!e)
      return nullptr;
    tuple->elts.push_back(e);
  }
  if (!expectOp(")"))
    return nullptr;
  --bracketDepth;
  return tuple;
}

Expr *Parser::parseBraceDisplay() {
  SrcLoc loc = tok().loc;
  advance();
  ++bracketDepth;
  if (acceptOp("}")) {
    --bracketDepth;
    return ctx.make<DictExpr>(loc);
  }
  // Dict keys (null for `**d`) and values, or set elements.
  std::vector<Expr *> keys, values;
  bool isSet = false, first = true;
  while (!isOp("}")) {
    if (acceptOp("**")) {
      if (isSet)
        return failHere();
      Expr *v = parseBitOr();
      if (!v)
        return nullptr;
      keys.push_back(nullptr);
      values.push_back(v);
    } else {
      int yields = yieldCount;
      Expr *k = isOp("*") ? parseStarOrTest() : parseTest();
      if (!k)
        return nullptr;
      if (first && !isOp(":"))
        isSet = true;
      if (isSet) {
        if (first && isName("for")) {
          auto *comp = ctx.make<SetCompExpr>(loc, k);
          if (!parseComprehensionClauses(comp->generators) ||
              !checkNoYield(yields, loc, "set comprehension") ||
              !expectOp("}"))
            return nullptr;
          --bracketDepth;
          return comp;
        }
        keys.push_back(k);
      } else {
        if (!expectOp(":"))
          return nullptr;
        Expr *v = parseTest();
        if (!v)
          return nullptr;
        if (first && isName("for")) {
          auto *comp = ctx.make<DictCompExpr>(loc, k, v);
          if (!parseComprehensionClauses(comp->generators) ||
              !checkNoYield(yields, loc, "dict comprehension") ||
              !expectOp("}"))
            return nullptr;
          --bracketDepth;
          return comp;
        }
        keys.push_back(k);
        values.push_back(v);
      }
    }
    first = false;
    if (!acceptOp(",")) {
      if (!isOp("}"))
        return failHere("invalid syntax. Perhaps you forgot a comma?");
    }
  }
  advance();
  --bracketDepth;
  if (isSet) {
    auto *set = ctx.make<SetExpr>(loc);
    set->elts = std::move(keys);
    return set;
  }
  auto *dict = ctx.make<DictExpr>(loc);
  dict->keys = std::move(keys);
  dict->values = std::move(values);
  return dict;
}

bool Parser::parseFString(const Token &t, std::vector<Expr *> &parts) {
  llvm::StringRef body = t.text;
  bool raw = t.intValue != 0;
  // Position of each body offset, for expression locations.
  auto locOf = [&](size_t off) {
    SrcLoc l = t.bodyLoc;
    for (size_t i = 0; i < off && i < body.size(); ++i) {
      if (body[i] == '\n') {
        ++l.line;
        l.col = 1;
      } else {
        ++l.col;
      }
    }
    return l;
  };
  std::string lit;
  auto flushLit = [&]() -> bool {
    if (lit.empty())
      return true;
    std::string decoded, msg;
    if (!decodeStringBody(lit, raw, decoded, msg)) {
      fail(t.loc, msg);
      return false;
    }
    parts.push_back(ctx.make<StrExpr>(t.loc, std::move(decoded)));
    lit.clear();
    return true;
  };
  size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (c == '}') {
      if (i + 1 < body.size() && body[i + 1] == '}') {
        lit += '}';
        i += 2;
        continue;
      }
      fail(locOf(i), "f-string: single '}' is not allowed");
      return false;
    }
    if (c != '{') {
      lit += c;
      ++i;
      continue;
    }
    if (i + 1 < body.size() && body[i + 1] == '{') {
      lit += '{';
      i += 2;
      continue;
    }
    if (!flushLit())
      return false;
    // Find the end of the expression: ':' '!' or '}' at nesting level 0.
    size_t start = ++i;
    int nest = 0;
    char quote = 0;
    size_t exprEnd = std::string::npos;
    // `{expr=}` (self-documenting): the text up to here is printed too.
    size_t selfDocEnd = std::string::npos;
    while (i < body.size()) {
      char d = body[i];
      if (quote) {
        if (d == quote)
          quote = 0;
      } else if (d == '\'' || d == '"') {
        quote = d;
      } else if (nest == 0 && d == '=' && i > start && i + 1 < body.size() &&
                 body[i + 1] != '=' &&
                 !llvm::StringRef("=!<>").contains(body[i - 1])) {
        size_t k = i + 1;
        while (k < body.size() && (body[k] == ' ' || body[k] == '\t'))
          ++k;
        if (k < body.size() &&
            (body[k] == '}' || body[k] == '!' || body[k] == ':')) {
          exprEnd = i;
          selfDocEnd = k;
          break;
        }
      } else if (d == '(' || d == '[' || d == '{') {
        ++nest;
      } else if (d == ')' || d == ']' || (d == '}' && nest > 0)) {
        --nest;
      } else if (nest == 0 && (d == '}' || d == ':' ||
                               (d == '!' && i + 1 < body.size() &&
                                body[i + 1] != '='))) {
        exprEnd = i;
        break;
      }
      ++i;
    }
    if (exprEnd == std::string::npos) {
      fail(locOf(start - 1), "f-string: expecting '}'");
      return false;
    }
    llvm::StringRef exprText = body.substr(start, exprEnd - start);
    if (exprText.trim().empty()) {
      fail(locOf(start - 1), "f-string: empty expression not allowed");
      return false;
    }
    std::vector<Token> sub;
    LexError subErr;
    if (!tokenize(exprText, sub, subErr, /*expressionOnly=*/true,
                  locOf(start))) {
      fail(subErr.loc, "f-string: " + subErr.message);
      return false;
    }
    Parser subParser(sub, ctx, err);
    subParser.depth = depth;
    Expr *value = subParser.parseStandaloneExpr();
    if (!value) {
      failed = true;
      return false;
    }
    auto *fv = ctx.make<FormattedValueExpr>(value->loc, value);
    if (selfDocEnd != std::string::npos) {
      parts.push_back(ctx.make<StrExpr>(
          t.loc, body.substr(start, selfDocEnd - start).str()));
      i = selfDocEnd;
      // Without a conversion or a format spec, the value shows as repr().
      if (body[i] == '}')
        fv->conversion = 'r';
    }
    if (body[i] == '!') {
      if (i + 1 >= body.size() ||
          !llvm::StringRef("rsa").contains(body[i + 1])) {
        fail(locOf(i), "f-string: invalid conversion character: "
                       "expected 's', 'r', or 'a'");
        return false;
      }
      fv->conversion = body[i + 1];
      i += 2;
    }
    if (i < body.size() && body[i] == ':') {
      // The format spec runs to the matching '}' and may hold fields.
      size_t specStart = ++i;
      int n2 = 0;
      while (i < body.size() && !(body[i] == '}' && n2 == 0)) {
        if (body[i] == '{')
          ++n2;
        else if (body[i] == '}')
          --n2;
        ++i;
      }
      Token specTok = t;
      specTok.text = body.substr(specStart, i - specStart).str();
      specTok.bodyLoc = locOf(specStart);
      auto *spec = ctx.make<FStringExpr>(specTok.bodyLoc);
      if (!parseFString(specTok, spec->values))
        return false;
      fv->formatSpec = spec;
    }
    if (i >= body.size() || body[i] != '}') {
      fail(locOf(start - 1), "f-string: expecting '}'");
      return false;
    }
    ++i;
    parts.push_back(fv);
  }
  return flushLit();
}

Expr *Parser::parseStrings() {
  SrcLoc loc = tok().loc;
  std::vector<Expr *> parts;
  bool anyF = false;
  bool isBytes = tok().isBytes;
  while (tok().kind == TokKind::String) {
    const Token &t = tok();
    if (t.isBytes != isBytes) {
      fail(loc, "cannot mix bytes and nonbytes literals");
      return nullptr;
    }
    if (t.isFString) {
      anyF = true;
      if (!parseFString(t, parts))
        return nullptr;
    } else {
      parts.push_back(ctx.make<StrExpr>(t.loc, t.text));
    }
    advance();
  }
  if (!anyF) {
    auto *s = ctx.make<StrExpr>(loc, "");
    s->isBytes = isBytes;
    for (Expr *p : parts)
      s->value += llvm::cast<StrExpr>(p)->value;
    return s;
  }
  auto *f = ctx.make<FStringExpr>(loc);
  f->values = std::move(parts);
  return f;
}

Expr *Parser::parseAtom() {
  DepthGuard guard(*this);
  if (!guard.ok)
    return nullptr;
  const Token &t = tok();
  switch (t.kind) {
  case TokKind::Int: {
    auto *e = ctx.make<IntExpr>(t.loc, t.intValue);
    if (t.bigBase) {
      // An int beyond int64: its digits and base.
      e->bigDigits = t.text;
      e->bigBase = t.bigBase;
    }
    advance();
    return e;
  }
  case TokKind::Float: {
    Expr *e = ctx.make<FloatExpr>(t.loc, t.floatValue);
    advance();
    return e;
  }
  case TokKind::String:
    return parseStrings();
  case TokKind::Name: {
    if (t.text == "None" || t.text == "True" || t.text == "False") {
      Expr *e = t.text == "None"
                    ? static_cast<Expr *>(ctx.make<NoneExpr>(t.loc))
                    : ctx.make<BoolExpr>(t.loc, t.text == "True");
      advance();
      return e;
    }
    if (t.text == "await")
      return fail(t.loc, "'" + t.text + "' is not supported");
    if (isKeyword(t.text))
      return failHere();
    Expr *e = ctx.make<NameExpr>(t.loc, t.text);
    advance();
    return e;
  }
  case TokKind::Op:
    if (t.text == "(")
      return parseParenDisplay();
    if (t.text == "[")
      return parseListDisplay();
    if (t.text == "{")
      return parseBraceDisplay();
    if (t.text == "...") {
      Expr *e = ctx.make<EllipsisExpr>(t.loc);
      advance();
      return e;
    }
    return failHere();
  case TokKind::Newline:
    return failHere();
  default:
    return failHere();
  }
}

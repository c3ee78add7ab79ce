//===- ParseStmt.cpp - Statements of the model language -------------------===//
//
// The parser's statement productions: simple statements (assignments,
// return, import, global, del, ...), blocks, and the compound statements
// (if, while, for, with, def, class, try) with their decorators and
// parameter lists.
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"

#include "llvm/ADT/StringSet.h"

using namespace scopec::frontend;
using namespace scopec::frontend::detail;
using llvm::isa;

bool Parser::parseFile(std::vector<Stmt *> &out) {
  while (tok().kind != TokKind::EndOfFile) {
    if (tok().kind == TokKind::Newline) {
      advance();
      continue;
    }
    if (!parseStatement(out))
      return false;
  }
  return true;
}

bool Parser::parseStatement(std::vector<Stmt *> &out) {
  const Token &t = tok();
  if (t.kind == TokKind::Indent) {
    fail(t.loc, "unexpected indent");
    return false;
  }
  if (t.kind == TokKind::Dedent) {
    fail(t.loc, "unindent does not match any outer indentation level");
    return false;
  }
  if (t.kind == TokKind::Op && t.text == "@") {
    Stmt *s = parseDecorated();
    if (!s)
      return false;
    out.push_back(s);
    return true;
  }
  if (t.kind == TokKind::Name) {
    Stmt *s = nullptr;
    if (t.text == "if") {
      SrcLoc loc = t.loc;
      advance();
      s = parseIf(loc, "'if' statement");
    } else if (t.text == "while") {
      s = parseWhile();
    } else if (t.text == "for") {
      s = parseFor();
    } else if (t.text == "with") {
      s = parseWith();
    } else if (t.text == "def") {
      s = parseDef();
    } else if (t.text == "class") {
      s = parseClass();
    } else if (t.text == "try") {
      s = parseTry();
    } else if (t.text == "async") {
      fail(t.loc, "async statements are not supported");
      return false;
    } else if (t.text == "elif" || t.text == "else" || t.text == "except" ||
               t.text == "finally") {
      fail(t.loc, "invalid syntax");
      return false;
    } else {
      return parseSimpleStatements(out);
    }
    if (!s)
      return false;
    out.push_back(s);
    return true;
  }
  return parseSimpleStatements(out);
}

bool Parser::parseSimpleStatements(std::vector<Stmt *> &out) {
  while (true) {
    Stmt *s = parseSmallStatement();
    if (!s)
      return false;
    out.push_back(s);
    if (acceptOp(";")) {
      if (tok().kind == TokKind::Newline)
        break;
      continue;
    }
    break;
  }
  if (tok().kind == TokKind::Newline) {
    advance();
    return true;
  }
  if (tok().kind == TokKind::EndOfFile)
    return true;
  failHere();
  return false;
}

Stmt *Parser::parseSmallStatement() {
  const Token &t = tok();
  SrcLoc loc = t.loc;
  if (t.kind == TokKind::Name) {
    if (t.text == "pass") {
      advance();
      return ctx.make<PassStmt>(loc);
    }
    if (t.text == "break") {
      advance();
      return ctx.make<BreakStmt>(loc);
    }
    if (t.text == "continue") {
      advance();
      return ctx.make<ContinueStmt>(loc);
    }
    if (t.text == "return") {
      advance();
      auto *s = ctx.make<ReturnStmt>(loc);
      if (tok().kind != TokKind::Newline && !isOp(";") &&
          tok().kind != TokKind::EndOfFile) {
        s->value = parseTestListStarExpr();
        if (!s->value)
          return nullptr;
      }
      return s;
    }
    if (t.text == "assert") {
      advance();
      auto *s = ctx.make<AssertStmt>(loc);
      s->test = parseTest();
      if (!s->test)
        return nullptr;
      if (acceptOp(",")) {
        s->msg = parseTest();
        if (!s->msg)
          return nullptr;
      }
      return s;
    }
    if (t.text == "raise") {
      advance();
      auto *s = ctx.make<RaiseStmt>(loc);
      if (tok().kind != TokKind::Newline && !isOp(";")) {
        s->exc = parseTest();
        if (!s->exc)
          return nullptr;
        if (acceptName("from")) {
          s->cause = parseTest();
          if (!s->cause)
            return nullptr;
        }
      }
      return s;
    }
    if (t.text == "import")
      return parseImport();
    if (t.text == "from")
      return parseFromImport();
    if (t.text == "global" || t.text == "nonlocal") {
      bool isGlobal = t.text == "global";
      advance();
      std::vector<NameExpr *> names;
      do {
        if (tok().kind != TokKind::Name || isKeyword(tok().text))
          return failHere();
        names.push_back(ctx.make<NameExpr>(tok().loc, tok().text));
        advance();
      } while (acceptOp(","));
      if (isGlobal) {
        auto *s = ctx.make<GlobalStmt>(loc);
        s->names = std::move(names);
        return s;
      }
      auto *s = ctx.make<NonlocalStmt>(loc);
      s->names = std::move(names);
      return s;
    }
    if (t.text == "del") {
      advance();
      auto *s = ctx.make<DelStmt>(loc);
      do {
        Expr *e = parseBitOr();
        if (!e)
          return nullptr;
        if (!isa<NameExpr, SubscriptExpr, AttributeExpr, TupleExpr,
                 ListExpr>(e))
          return fail(e->loc, "cannot delete " + describe(e));
        s->targets.push_back(e);
      } while (acceptOp(","));
      return s;
    }
    if (t.text == "await")
      return fail(loc, "'" + t.text + "' is not supported");
    if (t.text == "print" && (peek().kind == TokKind::String ||
                              (peek().kind == TokKind::Name &&
                               !isKeyword(peek().text)) ||
                              peek().kind == TokKind::Int))
      return fail(loc, "Missing parentheses in call to 'print'. Did you mean "
                       "print(...)?");
  }
  return parseExprStatement();
}

Stmt *Parser::parseExprStatement() {
  SrcLoc loc = tok().loc;
  Expr *first = parseYieldOrTestList();
  if (!first)
    return nullptr;
  // Augmented assignment.
  static const std::pair<const char *, BinOpKind> augOps[] = {
      {"+=", BinOpKind::Add},     {"-=", BinOpKind::Sub},
      {"*=", BinOpKind::Mul},     {"/=", BinOpKind::Div},
      {"//=", BinOpKind::FloorDiv}, {"%=", BinOpKind::Mod},
      {"**=", BinOpKind::Pow},    {"@=", BinOpKind::MatMul},
      {"<<=", BinOpKind::LShift}, {">>=", BinOpKind::RShift},
      {"&=", BinOpKind::BitAnd},  {"|=", BinOpKind::BitOr},
      {"^=", BinOpKind::BitXor}};
  if (tok().kind == TokKind::Op) {
    for (auto &[spelling, kind] : augOps) {
      if (tok().text != spelling)
        continue;
      if (!checkTarget(first, /*augmented=*/true))
        return nullptr;
      advance();
      auto *s = ctx.make<AugAssignStmt>(loc);
      s->target = first;
      s->op = kind;
      s->value = parseYieldOrTestList();
      if (!s->value)
        return nullptr;
      return s;
    }
  }
  if (isOp(":") && isa<NameExpr, AttributeExpr, SubscriptExpr>(first)) {
    // Annotated assignment `x: int = 3` (PEP 526).
    advance();
    auto *s = ctx.make<AnnAssignStmt>(loc);
    s->target = first;
    s->annotation = parseTest();
    if (!s->annotation)
      return nullptr;
    if (acceptOp("=")) {
      s->value = parseYieldOrTestList();
      if (!s->value)
        return nullptr;
    }
    return s;
  }
  if (!isOp("="))
    return ctx.make<ExprStmt>(loc, first);
  auto *s = ctx.make<AssignStmt>(loc);
  Expr *value = first;
  while (acceptOp("=")) {
    if (!checkTarget(value, false))
      return nullptr;
    s->targets.push_back(value);
    value = parseYieldOrTestList();
    if (!value)
      return nullptr;
  }
  s->value = value;
  return s;
}

bool Parser::parseBlock(std::vector<Stmt *> &body, const std::string &what,
                        SrcLoc header) {
  if (!acceptOp(":")) {
    failHere("expected ':'");
    return false;
  }
  if (tok().kind != TokKind::Newline) {
    // Simple statements on the header's line.
    return parseSimpleStatements(body);
  }
  advance();
  if (tok().kind != TokKind::Indent) {
    fail(tok().loc, "expected an indented block after " + what +
                        " on line " + std::to_string(header.line));
    return false;
  }
  advance();
  while (tok().kind != TokKind::Dedent && tok().kind != TokKind::EndOfFile) {
    if (tok().kind == TokKind::Newline) {
      advance();
      continue;
    }
    if (!parseStatement(body))
      return false;
  }
  if (tok().kind == TokKind::Dedent)
    advance();
  return true;
}

bool Parser::parseOptionalBlock(llvm::StringRef keyword,
                                std::vector<Stmt *> &body) {
  if (!isName(keyword))
    return true;
  SrcLoc loc = tok().loc;
  advance();
  return parseBlock(body, "'" + keyword.str() + "' statement", loc);
}

IfStmt *Parser::parseIf(SrcLoc loc, const std::string &what) {
  auto *s = ctx.make<IfStmt>(loc);
  s->test = parseTest();
  if (!s->test)
    return nullptr;
  if (isOp("="))
    return failAssignInTest(s->test);
  if (!parseBlock(s->body, what, loc))
    return nullptr;
  if (isName("elif")) {
    SrcLoc eloc = tok().loc;
    advance();
    IfStmt *e = parseIf(eloc, "'elif' statement");
    if (!e)
      return nullptr;
    s->orelse.push_back(e);
  } else if (!parseOptionalBlock("else", s->orelse)) {
    return nullptr;
  }
  return s;
}

Stmt *Parser::parseWhile() {
  auto *s = ctx.make<WhileStmt>(tok().loc);
  advance();
  s->test = parseTest();
  if (!s->test)
    return nullptr;
  if (isOp("="))
    return failAssignInTest(s->test);
  if (!parseBlock(s->body, "'while' statement", s->loc))
    return nullptr;
  if (!parseOptionalBlock("else", s->orelse))
    return nullptr;
  return s;
}

Stmt *Parser::parseFor() {
  auto *s = ctx.make<ForStmt>(tok().loc);
  advance();
  // Target list: bitwise-or expressions separated by commas.
  SrcLoc tloc = tok().loc;
  std::vector<Expr *> targets;
  bool trailingComma = false;
  do {
    if (isName("in"))
      break;
    Expr *t = isOp("*") ? parseStarOrTest() : parseBitOr();
    if (!t)
      return nullptr;
    targets.push_back(t);
    trailingComma = false;
    if (isOp(","))
      trailingComma = true;
  } while (acceptOp(","));
  if (targets.empty())
    return failHere();
  if (targets.size() == 1 && !trailingComma) {
    s->target = targets[0];
  } else {
    auto *tuple = ctx.make<TupleExpr>(tloc);
    tuple->elts = targets;
    s->target = tuple;
  }
  if (!checkTarget(s->target, false))
    return nullptr;
  if (!acceptName("in"))
    return failHere();
  s->iter = parseTestListStarExpr();
  if (!s->iter || !parseBlock(s->body, "'for' statement", s->loc))
    return nullptr;
  if (!parseOptionalBlock("else", s->orelse))
    return nullptr;
  return s;
}

Stmt *Parser::parseWith() {
  auto *s = ctx.make<WithStmt>(tok().loc);
  advance();
  do {
    WithItem item;
    item.contextExpr = parseTest();
    if (!item.contextExpr)
      return nullptr;
    if (acceptName("as")) {
      item.target = parseBitOr();
      if (!item.target || !checkTarget(item.target, false))
        return nullptr;
    }
    s->items.push_back(item);
  } while (acceptOp(","));
  if (!parseBlock(s->body, "'with' statement", s->loc))
    return nullptr;
  return s;
}

bool Parser::parseParamAnnotation(FuncDef *fn, const std::string &name,
                                  llvm::StringRef closer) {
  if (closer != ")" || !acceptOp(":"))
    return true;
  Expr *annotation = parseTest();
  if (!annotation)
    return false;
  fn->annotations.push_back({name, annotation});
  return true;
}

bool Parser::parseParams(FuncDef *fn, llvm::StringRef closer) {
  bool seenDefault = false, seenStar = false;
  llvm::StringSet<> names;
  while (!isOp(closer)) {
    SrcLoc loc = tok().loc;
    if (acceptOp("**")) {
      if (tok().kind != TokKind::Name || isKeyword(tok().text)) {
        failHere();
        return false;
      }
      fn->kwArgs = tok().text;
      advance();
      if (!parseParamAnnotation(fn, fn->kwArgs, closer))
        return false;
      acceptOp(",");
      if (!isOp(closer)) {
        failHere("arguments cannot follow var-keyword argument");
        return false;
      }
      break;
    }
    if (acceptOp("*")) {
      if (seenStar) {
        fail(loc, "* argument may appear only once");
        return false;
      }
      seenStar = true;
      if (tok().kind == TokKind::Name && !isKeyword(tok().text)) {
        fn->varArgs = tok().text;
        advance();
        if (!parseParamAnnotation(fn, fn->varArgs, closer))
          return false;
      }
      if (!acceptOp(",") && !isOp(closer)) {
        failHere();
        return false;
      }
      continue;
    }
    if (tok().kind != TokKind::Name || isKeyword(tok().text)) {
      failHere();
      return false;
    }
    Param p;
    p.name = tok().text;
    p.loc = loc;
    if (!names.insert(p.name).second) {
      fail(loc, "duplicate argument '" + p.name + "' in function definition");
      return false;
    }
    advance();
    if (!parseParamAnnotation(fn, p.name, closer))
      return false;
    if (acceptOp("=")) {
      p.defaultValue = parseTest();
      if (!p.defaultValue)
        return false;
      if (!seenStar)
        seenDefault = true;
    } else if (seenDefault && !seenStar) {
      fail(loc, "non-default argument follows default argument");
      return false;
    }
    (seenStar ? fn->kwOnly : fn->params).push_back(p);
    if (!acceptOp(",") && !isOp(closer)) {
      failHere();
      return false;
    }
  }
  return true;
}

FunctionDefStmt *Parser::parseDef() {
  auto *s = ctx.make<FunctionDefStmt>(tok().loc);
  advance();
  if (tok().kind != TokKind::Name || isKeyword(tok().text))
    return failHere();
  FuncDef *fn = ctx.func();
  fn->name = tok().text;
  fn->loc = s->loc;
  s->func = fn;
  advance();
  if (!isOp("("))
    return failHere("expected '('");
  advance();
  ++bracketDepth;
  if (!parseParams(fn, ")"))
    return nullptr;
  --bracketDepth;
  advance(); // ')'
  if (acceptOp("->")) {
    Expr *returns = parseTest();
    if (!returns)
      return nullptr;
    fn->annotations.push_back({"return", returns});
  }
  fn->annotationsPostponed = futureAnnotations;
  functions.push_back(fn);
  bool ok = parseBlock(fn->body, "function definition", s->loc);
  functions.pop_back();
  return ok ? s : nullptr;
}

Stmt *Parser::parseDecorated() {
  std::vector<Expr *> decorators;
  while (isOp("@")) {
    advance();
    Expr *d = parseTest();
    if (!d)
      return nullptr;
    decorators.push_back(d);
    if (tok().kind != TokKind::Newline)
      return failHere();
    advance();
  }
  if (isName("def")) {
    FunctionDefStmt *s = parseDef();
    if (s)
      s->decorators = std::move(decorators);
    return s;
  }
  if (isName("class")) {
    ClassDefStmt *s = parseClass();
    if (s)
      s->decorators = std::move(decorators);
    return s;
  }
  return failHere();
}

ClassDefStmt *Parser::parseClass() {
  auto *s = ctx.make<ClassDefStmt>(tok().loc);
  advance();
  if (tok().kind != TokKind::Name || isKeyword(tok().text))
    return failHere();
  s->name = tok().text;
  advance();
  if (isOp("(")) {
    advance();
    ++bracketDepth;
    if (!parseCallArgs(s->bases, s->keywords))
      return nullptr;
    --bracketDepth;
    for (Expr *b : s->bases)
      if (isa<StarredExpr>(b))
        return fail(b->loc, "starred base classes are not supported");
    for (const Keyword &k : s->keywords)
      if (k.name.empty())
        return fail(k.loc, "'**' in a class statement is not supported");
  }
  functions.push_back(nullptr);
  bool ok = parseBlock(s->body, "class definition", s->loc);
  functions.pop_back();
  return ok ? s : nullptr;
}

Stmt *Parser::parseTry() {
  auto *s = ctx.make<TryStmt>(tok().loc);
  advance();
  if (!parseBlock(s->body, "'try' statement", s->loc))
    return nullptr;
  bool sawBare = false;
  while (isName("except")) {
    ExceptHandler h;
    h.loc = tok().loc;
    if (sawBare)
      return fail(h.loc, "default 'except:' must be last");
    advance();
    if (!isOp(":")) {
      h.type = parseTest();
      if (!h.type)
        return nullptr;
      if (isOp(","))
        return fail(tok().loc, "multiple exception types must be "
                               "parenthesized");
      if (acceptName("as")) {
        if (tok().kind != TokKind::Name || isKeyword(tok().text))
          return failHere();
        h.name = tok().text;
        advance();
      }
    } else {
      sawBare = true;
    }
    if (!parseBlock(h.body, "'except' statement", h.loc))
      return nullptr;
    s->handlers.push_back(std::move(h));
  }
  if (isName("else") && s->handlers.empty())
    return fail(tok().loc, "expected 'except' or 'finally' block");
  if (!parseOptionalBlock("else", s->orelse))
    return nullptr;
  if (!parseOptionalBlock("finally", s->finalbody))
    return nullptr;
  if (s->handlers.empty() && s->finalbody.empty())
    return fail(tok().loc, "expected 'except' or 'finally' block");
  return s;
}

Stmt *Parser::parseImport() {
  auto *s = ctx.make<ImportStmt>(tok().loc);
  advance();
  do {
    ImportName n;
    n.loc = tok().loc;
    if (tok().kind != TokKind::Name)
      return failHere();
    n.name = tok().text;
    advance();
    while (acceptOp(".")) {
      if (tok().kind != TokKind::Name)
        return failHere();
      n.name += "." + tok().text;
      advance();
    }
    if (acceptName("as")) {
      if (tok().kind != TokKind::Name || isKeyword(tok().text))
        return failHere();
      n.asName = tok().text;
      advance();
    }
    s->names.push_back(n);
  } while (acceptOp(","));
  return s;
}

Stmt *Parser::parseFromImport() {
  auto *s = ctx.make<ImportFromStmt>(tok().loc);
  advance();
  // Relative imports: one level per dot (`...` lexes as one token).
  while (isOp(".") || isOp("...")) {
    s->level += tok().text.size();
    advance();
  }
  if (s->level == 0 || !isName("import")) {
    if (tok().kind != TokKind::Name || isKeyword(tok().text))
      return failHere();
    s->module = tok().text;
    advance();
  }
  while (acceptOp(".")) {
    if (tok().kind != TokKind::Name)
      return failHere();
    s->module += "." + tok().text;
    advance();
  }
  if (!acceptName("import"))
    return failHere();
  if (isOp("*")) {
    ImportName n;
    n.loc = tok().loc;
    n.name = "*";
    advance();
    s->names.push_back(n);
    return s;
  }
  bool paren = acceptOp("(");
  do {
    if (paren && isOp(")"))
      break;
    ImportName n;
    n.loc = tok().loc;
    if (tok().kind != TokKind::Name || isKeyword(tok().text))
      return failHere();
    n.name = tok().text;
    advance();
    if (acceptName("as")) {
      if (tok().kind != TokKind::Name || isKeyword(tok().text))
        return failHere();
      n.asName = tok().text;
      advance();
    }
    s->names.push_back(n);
  } while (acceptOp(","));
  if (paren && !acceptOp(")"))
    return failHere();
  if (s->module == "__future__" && s->level == 0)
    for (const ImportName &n : s->names)
      futureAnnotations |= n.name == "annotations";
  return s;
}

//===- Parser.cpp - Recursive-descent parser of the model language --------===//

#include "Parser.h"

#include "llvm/ADT/StringSet.h"

using namespace scopec::frontend;

namespace {

/// Deepest expression nesting accepted (Python's parser has a similar cap).
constexpr int kMaxExprDepth = 1000;

bool isKeyword(llvm::StringRef s) {
  static const llvm::StringSet<> kw = {
      "False",  "None",   "True",    "and",      "as",       "assert",
      "async",  "await",  "break",   "class",    "continue", "def",
      "del",    "elif",   "else",    "except",   "finally",  "for",
      "from",   "global", "if",      "import",   "in",       "is",
      "lambda", "nonlocal", "not",   "or",       "pass",     "raise",
      "return", "try",    "while",   "with",     "yield"};
  return kw.contains(s);
}

class Parser {
public:
  Parser(std::vector<Token> &toks, AstContext &ctx, LexError &err)
      : toks(toks), ctx(ctx), err(err) {}

  bool parseFile(std::vector<Stmt *> &out);
  /// Parses one expression filling the whole token list (f-string fields).
  Expr *parseStandaloneExpr();

private:
  // Token helpers.
  const Token &tok() const { return toks[pos]; }
  const Token &peek(size_t n = 1) const {
    return toks[std::min(pos + n, toks.size() - 1)];
  }
  bool isOp(llvm::StringRef op) const {
    return tok().kind == TokKind::Op && tok().text == op;
  }
  bool isName(llvm::StringRef name) const {
    return tok().kind == TokKind::Name && tok().text == name;
  }
  bool acceptOp(llvm::StringRef op) {
    if (!isOp(op))
      return false;
    ++pos;
    return true;
  }
  bool acceptName(llvm::StringRef name) {
    if (!isName(name))
      return false;
    ++pos;
    return true;
  }
  void advance() {
    if (pos + 1 < toks.size())
      ++pos;
  }
  std::nullptr_t fail(SrcLoc loc, std::string msg) {
    if (!failed) {
      failed = true;
      err.loc = loc;
      err.message = std::move(msg);
    }
    return nullptr;
  }
  std::nullptr_t failHere(std::string msg = "invalid syntax") {
    if (tok().kind == TokKind::Indent)
      return fail(tok().loc, "unexpected indent");
    if (tok().kind == TokKind::EndOfFile && msg == "invalid syntax")
      return fail(tok().loc, "unexpected EOF while parsing");
    return fail(tok().loc, std::move(msg));
  }
  bool expectOp(llvm::StringRef op) {
    if (acceptOp(op))
      return true;
    if (op == ":" || op == "=")
      failHere("expected '" + op.str() + "'");
    else
      failHere();
    return false;
  }

  // Statements.
  bool parseStatement(std::vector<Stmt *> &out);
  bool parseSimpleStatements(std::vector<Stmt *> &out);
  Stmt *parseSmallStatement();
  Stmt *parseExprStatement();
  bool parseBlock(std::vector<Stmt *> &body, const std::string &what,
                  SrcLoc header);
  Stmt *parseIf(SrcLoc loc, const std::string &what);
  Stmt *parseWhile();
  Stmt *parseFor();
  Stmt *parseWith();
  Stmt *parseDef();
  Stmt *parseImport();
  Stmt *parseFromImport();
  Stmt *parseDecorated();
  Stmt *parseClass();
  Stmt *parseTry();
  bool parseParams(FuncDef *fn, llvm::StringRef closer);

  // Expressions.
  Expr *parseTestListStarExpr();
  Expr *parseTest();
  Expr *parseTestNoCond();
  Expr *parseLambda();
  Expr *parseOrTest();
  Expr *parseAndTest();
  Expr *parseNotTest();
  Expr *parseComparison();
  Expr *parseBitOr();
  Expr *parseBitXor();
  Expr *parseBitAnd();
  Expr *parseShift();
  Expr *parseArith();
  Expr *parseTerm();
  Expr *parseFactor();
  Expr *parsePower();
  Expr *parseAtomExpr();
  Expr *parseAtom();
  Expr *parseStrings();
  Expr *parseFString(const Token &t, std::vector<Expr *> &parts);
  Expr *parseSubscript();
  Expr *parseSliceItem();
  bool parseCallArgs(Expr *call);
  bool parseComprehensionClauses(std::vector<Comprehension> &comps);
  Expr *parseListDisplay();
  Expr *parseParenDisplay();
  Expr *parseBraceDisplay();
  Expr *parseStarOrTest();
  /// `yield [value]` / `yield from value`, marking the enclosing function
  /// a generator.
  Expr *parseYield();
  /// A yield expression or an expression list (assignment right-hand sides).
  Expr *parseYieldOrTestList() {
    return isName("yield") ? parseYield() : parseTestListStarExpr();
  }
  /// Fails if a `yield` was parsed since `before` (yields counted), inside
  /// the comprehension `what`.
  bool checkNoYield(int before, SrcLoc loc, const char *what) {
    if (yieldCount == before)
      return true;
    fail(loc, std::string("'yield' inside ") + what);
    return false;
  }
  bool checkTarget(Expr *e, bool augmented);
  /// `if x = 1`, `assert a.b = c`: Python's hint about '=='.
  std::nullptr_t failAssignInTest(Expr *e) {
    if (e->kind == ExprKind::Name)
      return fail(e->loc, "invalid syntax. Maybe you meant '==' or ':=' "
                          "instead of '='?");
    return fail(e->loc, "cannot assign to " + describe(e) +
                            " here. Maybe you meant '==' instead of '='?");
  }
  std::string describe(Expr *e);
  bool startsExpression() const;

  std::vector<Token> &toks;
  AstContext &ctx;
  LexError &err;
  size_t pos = 0;
  int depth = 0;
  int bracketDepth = 0;
  bool failed = false;
  /// The functions being parsed, innermost last (null for a class body);
  /// `yield` marks the innermost one a generator.
  std::vector<FuncDef *> functions;
  /// How many yield expressions were parsed so far.
  int yieldCount = 0;

  /// RAII depth guard for recursive productions.
  struct DepthGuard {
    Parser &p;
    bool ok;
    explicit DepthGuard(Parser &p) : p(p), ok(++p.depth <= kMaxExprDepth) {
      if (!ok)
        p.fail(p.tok().loc, "expression too deeply nested");
    }
    ~DepthGuard() { --p.depth; }
  };
};

} // namespace

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

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
      return ctx.stmt(StmtKind::Pass, loc);
    }
    if (t.text == "break") {
      advance();
      return ctx.stmt(StmtKind::Break, loc);
    }
    if (t.text == "continue") {
      advance();
      return ctx.stmt(StmtKind::Continue, loc);
    }
    if (t.text == "return") {
      advance();
      Stmt *s = ctx.stmt(StmtKind::Return, loc);
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
      Stmt *s = ctx.stmt(StmtKind::Assert, loc);
      s->value = parseTest();
      if (!s->value)
        return nullptr;
      if (acceptOp(",")) {
        s->target = parseTest();
        if (!s->target)
          return nullptr;
      }
      return s;
    }
    if (t.text == "raise") {
      advance();
      Stmt *s = ctx.stmt(StmtKind::Raise, loc);
      if (tok().kind != TokKind::Newline && !isOp(";")) {
        s->value = parseTest();
        if (!s->value)
          return nullptr;
        if (acceptName("from")) {
          s->target = parseTest();
          if (!s->target)
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
      Stmt *s =
          ctx.stmt(isGlobal ? StmtKind::Global : StmtKind::Nonlocal, loc);
      do {
        if (tok().kind != TokKind::Name || isKeyword(tok().text))
          return failHere();
        Expr *n = ctx.expr(ExprKind::Name, tok().loc);
        n->str = tok().text;
        s->targets.push_back(n);
        advance();
      } while (acceptOp(","));
      return s;
    }
    if (t.text == "del") {
      advance();
      Stmt *s = ctx.stmt(StmtKind::Del, loc);
      do {
        Expr *e = parseBitOr();
        if (!e)
          return nullptr;
        if (e->kind != ExprKind::Name && e->kind != ExprKind::Subscript &&
            e->kind != ExprKind::Attribute && e->kind != ExprKind::Tuple &&
            e->kind != ExprKind::List)
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
      Stmt *s = ctx.stmt(StmtKind::AugAssign, loc);
      s->targets.push_back(first);
      s->augOp = kind;
      s->value = parseYieldOrTestList();
      if (!s->value)
        return nullptr;
      return s;
    }
  }
  if (isOp(":") && (first->kind == ExprKind::Name ||
                     first->kind == ExprKind::Attribute ||
                     first->kind == ExprKind::Subscript)) {
    // Annotated assignment `x: int = 3` (PEP 526).
    advance();
    Stmt *s = ctx.stmt(StmtKind::AnnAssign, loc);
    s->targets.push_back(first);
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
  if (!isOp("=")) {
    Stmt *s = ctx.stmt(StmtKind::ExprStmt, loc);
    s->value = first;
    return s;
  }
  Stmt *s = ctx.stmt(StmtKind::Assign, loc);
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

std::string Parser::describe(Expr *e) {
  switch (e->kind) {
  case ExprKind::Call:
    return "function call";
  case ExprKind::Int:
  case ExprKind::Float:
  case ExprKind::Str:
  case ExprKind::Ellipsis:
    return "literal";
  case ExprKind::Bool:
    return e->boolValue ? "True" : "False";
  case ExprKind::NoneLit:
    return "None";
  case ExprKind::FString:
    return "f-string expression";
  case ExprKind::BinOp:
  case ExprKind::UnaryOp:
    return "expression";
  case ExprKind::BoolOp:
    return "expression";
  case ExprKind::Compare:
    return "comparison";
  case ExprKind::IfExp:
    return "conditional expression";
  case ExprKind::Lambda:
    return "lambda";
  case ExprKind::Dict:
    return "dict literal";
  case ExprKind::Set:
    return "set display";
  case ExprKind::ListComp:
    return "list comprehension";
  case ExprKind::DictComp:
    return "dict comprehension";
  case ExprKind::SetComp:
    return "set comprehension";
  case ExprKind::GeneratorExp:
    return "generator expression";
  case ExprKind::Yield:
  case ExprKind::YieldFrom:
    return "yield expression";
  case ExprKind::Attribute:
    return "attribute";
  case ExprKind::Subscript:
    return "subscript";
  case ExprKind::Tuple:
    return "tuple";
  case ExprKind::List:
    return "list";
  default:
    return "expression";
  }
}

bool Parser::checkTarget(Expr *e, bool augmented) {
  switch (e->kind) {
  case ExprKind::Name:
  case ExprKind::Attribute:
  case ExprKind::Subscript:
    return true;
  case ExprKind::Tuple:
  case ExprKind::List:
    if (augmented) {
      fail(e->loc, "'" + describe(e) +
                       "' is an illegal expression for augmented assignment");
      return false;
    }
    for (Expr *x : e->elts)
      if (!checkTarget(x, false))
        return false;
    return true;
  case ExprKind::Starred:
    if (augmented) {
      fail(e->loc, "'starred' is an illegal expression for augmented "
                   "assignment");
      return false;
    }
    return checkTarget(e->a, false);
  default:
    if (augmented)
      fail(e->loc, "'" + describe(e) +
                       "' is an illegal expression for augmented assignment");
    else
      fail(e->loc, "cannot assign to " + describe(e) +
                       " here. Maybe you meant '==' instead of '='?");
    return false;
  }
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

Stmt *Parser::parseIf(SrcLoc loc, const std::string &what) {
  Stmt *s = ctx.stmt(StmtKind::If, loc);
  s->value = parseTest();
  if (!s->value)
    return nullptr;
  if (isOp("="))
    return failAssignInTest(s->value);
  if (!parseBlock(s->body, what, loc))
    return nullptr;
  if (isName("elif")) {
    SrcLoc eloc = tok().loc;
    advance();
    Stmt *e = parseIf(eloc, "'elif' statement");
    if (!e)
      return nullptr;
    s->orelse.push_back(e);
  } else if (isName("else")) {
    SrcLoc eloc = tok().loc;
    advance();
    if (!parseBlock(s->orelse, "'else' statement", eloc))
      return nullptr;
  }
  return s;
}

Stmt *Parser::parseWhile() {
  Stmt *s = ctx.stmt(StmtKind::While, tok().loc);
  advance();
  s->value = parseTest();
  if (!s->value)
    return nullptr;
  if (isOp("="))
    return failAssignInTest(s->value);
  if (!parseBlock(s->body, "'while' statement", s->loc))
    return nullptr;
  if (isName("else")) {
    SrcLoc eloc = tok().loc;
    advance();
    if (!parseBlock(s->orelse, "'else' statement", eloc))
      return nullptr;
  }
  return s;
}

Stmt *Parser::parseFor() {
  Stmt *s = ctx.stmt(StmtKind::For, tok().loc);
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
    s->target = ctx.expr(ExprKind::Tuple, tloc);
    s->target->elts = targets;
  }
  if (!checkTarget(s->target, false))
    return nullptr;
  if (!acceptName("in"))
    return failHere();
  s->value = parseTestListStarExpr();
  if (!s->value || !parseBlock(s->body, "'for' statement", s->loc))
    return nullptr;
  if (isName("else")) {
    SrcLoc eloc = tok().loc;
    advance();
    if (!parseBlock(s->orelse, "'else' statement", eloc))
      return nullptr;
  }
  return s;
}

Stmt *Parser::parseWith() {
  Stmt *s = ctx.stmt(StmtKind::With, tok().loc);
  advance();
  bool paren = false;
  do {
    WithItem item;
    item.context = parseTest();
    if (!item.context)
      return nullptr;
    if (acceptName("as")) {
      item.target = parseBitOr();
      if (!item.target || !checkTarget(item.target, false))
        return nullptr;
    }
    s->items.push_back(item);
  } while (acceptOp(","));
  (void)paren;
  if (!parseBlock(s->body, "'with' statement", s->loc))
    return nullptr;
  return s;
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
      if (closer == ")" && acceptOp(":") && !parseTest())
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
        if (closer == ")" && acceptOp(":") && !parseTest())
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
    if (closer == ")" && acceptOp(":") && !parseTest())
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

Stmt *Parser::parseDef() {
  Stmt *s = ctx.stmt(StmtKind::FunctionDef, tok().loc);
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
  if (acceptOp("->") && !parseTest())
    return nullptr;
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
  Stmt *s = nullptr;
  if (isName("def"))
    s = parseDef();
  else if (isName("class"))
    s = parseClass();
  else
    return failHere();
  if (s)
    s->decorators = std::move(decorators);
  return s;
}

Stmt *Parser::parseClass() {
  Stmt *s = ctx.stmt(StmtKind::ClassDef, tok().loc);
  advance();
  if (tok().kind != TokKind::Name || isKeyword(tok().text))
    return failHere();
  s->name = tok().text;
  advance();
  if (isOp("(")) {
    advance();
    ++bracketDepth;
    Expr call;
    call.kind = ExprKind::Call;
    if (!parseCallArgs(&call))
      return nullptr;
    --bracketDepth;
    s->bases = call.elts;
    s->keywords = call.keywords;
    for (Expr *b : s->bases)
      if (b->kind == ExprKind::Starred)
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
  Stmt *s = ctx.stmt(StmtKind::Try, tok().loc);
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
  if (isName("else")) {
    SrcLoc eloc = tok().loc;
    if (s->handlers.empty())
      return fail(eloc, "expected 'except' or 'finally' block");
    advance();
    if (!parseBlock(s->orelse, "'else' statement", eloc))
      return nullptr;
  }
  if (isName("finally")) {
    SrcLoc floc = tok().loc;
    advance();
    if (!parseBlock(s->finalbody, "'finally' statement", floc))
      return nullptr;
  }
  if (s->handlers.empty() && s->finalbody.empty())
    return fail(tok().loc, "expected 'except' or 'finally' block");
  return s;
}

Stmt *Parser::parseImport() {
  Stmt *s = ctx.stmt(StmtKind::Import, tok().loc);
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
  Stmt *s = ctx.stmt(StmtKind::ImportFrom, tok().loc);
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
  return s;
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

bool Parser::startsExpression() const {
  const Token &t = tok();
  switch (t.kind) {
  case TokKind::Name:
    return !isKeyword(t.text) || t.text == "None" || t.text == "True" ||
           t.text == "False" || t.text == "not" || t.text == "lambda";
  case TokKind::Int:
  case TokKind::Float:
  case TokKind::String:
    return true;
  case TokKind::Op:
    return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" ||
           t.text == "+" || t.text == "~" || t.text == "...";
  default:
    return false;
  }
}

Expr *Parser::parseStarOrTest() {
  if (isOp("*")) {
    Expr *e = ctx.expr(ExprKind::Starred, tok().loc);
    advance();
    e->a = parseBitOr();
    return e->a ? e : nullptr;
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
    Expr *e = ctx.expr(ExprKind::YieldFrom, loc);
    e->a = parseTest();
    return e->a ? e : nullptr;
  }
  Expr *e = ctx.expr(ExprKind::Yield, loc);
  if (startsExpression() || isOp("*")) {
    e->a = parseTestListStarExpr();
    if (!e->a)
      return nullptr;
  }
  return e;
}

Expr *Parser::parseTestListStarExpr() {
  SrcLoc loc = tok().loc;
  Expr *first = parseStarOrTest();
  if (!first)
    return nullptr;
  if (!isOp(","))
    return first;
  Expr *tuple = ctx.expr(ExprKind::Tuple, loc);
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
    Expr *e = ctx.expr(ExprKind::IfExp, body->loc);
    e->b = body;
    e->a = parseOrTest();
    if (!e->a)
      return nullptr;
    if (!acceptName("else"))
      return fail(isOp(":") ? tok().loc : loc,
                  "expected 'else' after 'if' expression");
    e->c = parseTest();
    return e->c ? e : nullptr;
  }
  // `a b` inside brackets: Python suggests a missing comma.
  if (bracketDepth > 0 && startsExpression() &&
      !(body->kind == ExprKind::Name && tok().kind == TokKind::String))
    return fail(body->loc, "invalid syntax. Perhaps you forgot a comma?");
  return body;
}

Expr *Parser::parseTestNoCond() {
  if (isName("lambda"))
    return parseLambda();
  return parseOrTest();
}

Expr *Parser::parseLambda() {
  Expr *e = ctx.expr(ExprKind::Lambda, tok().loc);
  advance();
  FuncDef *fn = ctx.func();
  fn->name = "<lambda>";
  fn->loc = e->loc;
  if (!parseParams(fn, ":"))
    return nullptr;
  advance(); // ':'
  functions.push_back(fn);
  fn->lambdaBody = parseTest();
  functions.pop_back();
  if (!fn->lambdaBody)
    return nullptr;
  e->lambda = fn;
  return e;
}

Expr *Parser::parseOrTest() {
  Expr *lhs = parseAndTest();
  while (lhs && isName("or")) {
    advance();
    Expr *e = ctx.expr(ExprKind::BoolOp, lhs->loc);
    e->isAnd = false;
    e->a = lhs;
    e->b = parseAndTest();
    if (!e->b)
      return nullptr;
    lhs = e;
  }
  return lhs;
}

Expr *Parser::parseAndTest() {
  Expr *lhs = parseNotTest();
  while (lhs && isName("and")) {
    advance();
    Expr *e = ctx.expr(ExprKind::BoolOp, lhs->loc);
    e->isAnd = true;
    e->a = lhs;
    e->b = parseNotTest();
    if (!e->b)
      return nullptr;
    lhs = e;
  }
  return lhs;
}

Expr *Parser::parseNotTest() {
  if (isName("not")) {
    DepthGuard guard(*this);
    if (!guard.ok)
      return nullptr;
    Expr *e = ctx.expr(ExprKind::UnaryOp, tok().loc);
    advance();
    e->unaryOp = UnaryOpKind::Not;
    e->a = parseNotTest();
    return e->a ? e : nullptr;
  }
  return parseComparison();
}

Expr *Parser::parseComparison() {
  Expr *lhs = parseBitOr();
  if (!lhs)
    return nullptr;
  Expr *cmp = nullptr;
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
    if (!cmp) {
      cmp = ctx.expr(ExprKind::Compare, lhs->loc);
      cmp->elts.push_back(lhs);
    }
    cmp->cmpOps.push_back(op);
    Expr *rhs = parseBitOr();
    if (!rhs)
      return nullptr;
    cmp->elts.push_back(rhs);
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
      Expr *e = ctx.expr(ExprKind::BinOp, lhs->loc);                           \
      e->binOp = found->kind;                                                  \
      e->a = lhs;                                                              \
      e->b = NEXT();                                                           \
      e->intValue = opLoc.line * 100000LL + opLoc.col;                         \
      if (!e->b)                                                               \
        return nullptr;                                                        \
      lhs = e;                                                                 \
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
    Expr *e = ctx.expr(ExprKind::UnaryOp, tok().loc);
    e->unaryOp = isOp("-")   ? UnaryOpKind::Neg
                 : isOp("+") ? UnaryOpKind::Pos
                             : UnaryOpKind::Invert;
    advance();
    e->a = parseFactor();
    return e->a ? e : nullptr;
  }
  return parsePower();
}

Expr *Parser::parsePower() {
  Expr *base = parseAtomExpr();
  if (!base || !isOp("**"))
    return base;
  advance();
  Expr *e = ctx.expr(ExprKind::BinOp, base->loc);
  e->binOp = BinOpKind::Pow;
  e->a = base;
  e->b = parseFactor();
  return e->b ? e : nullptr;
}

Expr *Parser::parseAtomExpr() {
  Expr *e = parseAtom();
  while (e) {
    if (isOp("(")) {
      Expr *call = ctx.expr(ExprKind::Call, e->loc);
      call->a = e;
      advance();
      ++bracketDepth;
      if (!parseCallArgs(call))
        return nullptr;
      --bracketDepth;
      e = call;
    } else if (isOp("[")) {
      Expr *sub = ctx.expr(ExprKind::Subscript, e->loc);
      sub->a = e;
      advance();
      ++bracketDepth;
      sub->b = parseSubscript();
      if (!sub->b)
        return nullptr;
      --bracketDepth;
      if (!expectOp("]"))
        return nullptr;
      e = sub;
    } else if (isOp(".")) {
      advance();
      if (tok().kind != TokKind::Name || isKeyword(tok().text))
        return failHere();
      Expr *attr = ctx.expr(ExprKind::Attribute, e->loc);
      attr->a = e;
      attr->str = tok().text;
      attr->intValue = tok().loc.line * 100000LL + tok().loc.col;
      advance();
      e = attr;
    } else {
      break;
    }
  }
  return e;
}

bool Parser::parseCallArgs(Expr *call) {
  bool seenKeyword = false, seenKwUnpack = false;
  while (!isOp(")")) {
    SrcLoc loc = tok().loc;
    if (acceptOp("**")) {
      Keyword kw;
      kw.loc = loc;
      kw.value = parseTest();
      if (!kw.value)
        return false;
      call->keywords.push_back(kw);
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
      call->elts.push_back(e);
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
      call->keywords.push_back(kw);
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
        Expr *gen = ctx.expr(ExprKind::GeneratorExp, e->loc);
        gen->a = e;
        if (!parseComprehensionClauses(gen->comps) ||
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
      call->elts.push_back(e);
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
  Expr *slice = ctx.expr(ExprKind::Slice, loc);
  slice->a = lower;
  advance(); // ':'
  if (!isOp(":") && !isOp("]") && !isOp(",")) {
    slice->b = parseTest();
    if (!slice->b)
      return nullptr;
  }
  if (acceptOp(":")) {
    if (!isOp("]") && !isOp(",")) {
      slice->c = parseTest();
      if (!slice->c)
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
  Expr *tuple = ctx.expr(ExprKind::Tuple, loc);
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
      c.target = ctx.expr(ExprKind::Tuple, tloc);
      c.target->elts = targets;
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
  Expr *list = ctx.expr(ExprKind::List, tok().loc);
  advance();
  ++bracketDepth;
  if (acceptOp("]")) {
    --bracketDepth;
    return list;
  }
  int yields = yieldCount;
  Expr *first = parseStarOrTest();
  if (!first)
    return nullptr;
  if (isName("for")) {
    list->kind = ExprKind::ListComp;
    list->a = first;
    if (!parseComprehensionClauses(list->comps) ||
        !checkNoYield(yields, list->loc, "list comprehension"))
      return nullptr;
    if (!expectOp("]"))
      return nullptr;
    --bracketDepth;
    return list;
  }
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
    return ctx.expr(ExprKind::Tuple, loc);
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
    Expr *gen = ctx.expr(ExprKind::GeneratorExp, loc);
    gen->a = first;
    if (!parseComprehensionClauses(gen->comps) ||
        !checkNoYield(yields, loc, "generator expression") || !expectOp(")"))
      return nullptr;
    --bracketDepth;
    return gen;
  }
  if (isOp(")")) {
    advance();
    --bracketDepth;
    if (first->kind == ExprKind::Starred)
      return fail(first->loc, "cannot use starred expression here");
    return first;
  }
  Expr *tuple = ctx.expr(ExprKind::Tuple, loc);
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
  Expr *d = ctx.expr(ExprKind::Dict, tok().loc);
  advance();
  ++bracketDepth;
  if (acceptOp("}")) {
    --bracketDepth;
    return d;
  }
  bool isSet = false, first = true;
  while (!isOp("}")) {
    if (acceptOp("**")) {
      if (isSet)
        return failHere();
      Expr *v = parseBitOr();
      if (!v)
        return nullptr;
      d->elts.push_back(nullptr);
      d->values.push_back(v);
    } else {
      int yields = yieldCount;
      Expr *k = isOp("*") ? parseStarOrTest() : parseTest();
      if (!k)
        return nullptr;
      if (first && !isOp(":")) {
        isSet = true;
        d->kind = ExprKind::Set;
      }
      if (isSet) {
        if (first && isName("for")) {
          d->kind = ExprKind::SetComp;
          d->a = k;
          if (!parseComprehensionClauses(d->comps) ||
              !checkNoYield(yields, d->loc, "set comprehension") ||
              !expectOp("}"))
            return nullptr;
          --bracketDepth;
          return d;
        }
        d->elts.push_back(k);
      } else {
        if (!expectOp(":"))
          return nullptr;
        Expr *v = parseTest();
        if (!v)
          return nullptr;
        if (first && isName("for")) {
          d->kind = ExprKind::DictComp;
          d->a = k;
          d->b = v;
          if (!parseComprehensionClauses(d->comps) ||
              !checkNoYield(yields, d->loc, "dict comprehension") ||
              !expectOp("}"))
            return nullptr;
          --bracketDepth;
          return d;
        }
        d->elts.push_back(k);
        d->values.push_back(v);
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
  return d;
}

Expr *Parser::parseFString(const Token &t, std::vector<Expr *> &parts) {
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
    Expr *s = ctx.expr(ExprKind::Str, t.loc);
    s->str = decoded;
    parts.push_back(s);
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
      return fail(locOf(i), "f-string: single '}' is not allowed");
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
      return nullptr;
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
    if (exprEnd == std::string::npos)
      return fail(locOf(start - 1), "f-string: expecting '}'");
    llvm::StringRef exprText = body.substr(start, exprEnd - start);
    if (exprText.trim().empty())
      return fail(locOf(start - 1), "f-string: empty expression not allowed");
    std::vector<Token> sub;
    LexError subErr;
    if (!tokenize(exprText, sub, subErr, /*expressionOnly=*/true,
                  locOf(start))) {
      fail(subErr.loc, "f-string: " + subErr.message);
      return nullptr;
    }
    Parser subParser(sub, ctx, err);
    subParser.depth = depth;
    Expr *value = subParser.parseStandaloneExpr();
    if (!value) {
      failed = true;
      return nullptr;
    }
    Expr *fv = ctx.expr(ExprKind::FormattedValue, value->loc);
    fv->a = value;
    if (selfDocEnd != std::string::npos) {
      Expr *text = ctx.expr(ExprKind::Str, t.loc);
      text->str = body.substr(start, selfDocEnd - start).str();
      parts.push_back(text);
      i = selfDocEnd;
      // Without a conversion or a format spec, the value shows as repr().
      if (body[i] == '}')
        fv->str = "r";
    }
    if (body[i] == '!') {
      if (i + 1 >= body.size() || !llvm::StringRef("rsa").contains(body[i + 1]))
        return fail(locOf(i), "f-string: invalid conversion character: "
                              "expected 's', 'r', or 'a'");
      fv->str = std::string(1, body[i + 1]);
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
      std::vector<Expr *> specParts;
      if (!parseFString(specTok, specParts) && failed)
        return nullptr;
      Expr *spec = ctx.expr(ExprKind::FString, specTok.bodyLoc);
      spec->elts = specParts;
      fv->b = spec;
    }
    if (i >= body.size() || body[i] != '}')
      return fail(locOf(start - 1), "f-string: expecting '}'");
    ++i;
    parts.push_back(fv);
  }
  if (!flushLit())
    return nullptr;
  // Non-null marker on success (parts carry the result).
  return parts.empty() ? ctx.expr(ExprKind::Str, t.loc) : parts.front();
}

Expr *Parser::parseStrings() {
  SrcLoc loc = tok().loc;
  std::vector<Expr *> parts;
  bool anyF = false;
  while (tok().kind == TokKind::String) {
    const Token &t = tok();
    if (t.isFString) {
      anyF = true;
      if (!parseFString(t, parts))
        return nullptr;
    } else {
      Expr *s = ctx.expr(ExprKind::Str, t.loc);
      s->str = t.text;
      parts.push_back(s);
    }
    advance();
  }
  if (!anyF) {
    Expr *s = ctx.expr(ExprKind::Str, loc);
    for (Expr *p : parts)
      s->str += p->str;
    return s;
  }
  Expr *f = ctx.expr(ExprKind::FString, loc);
  f->elts = parts;
  return f;
}

Expr *Parser::parseAtom() {
  DepthGuard guard(*this);
  if (!guard.ok)
    return nullptr;
  const Token &t = tok();
  switch (t.kind) {
  case TokKind::Int: {
    Expr *e = ctx.expr(ExprKind::Int, t.loc);
    e->intValue = t.intValue;
    if (t.bigBase) {
      // An int beyond int64: its digits, and the base in intValue.
      e->str = t.text;
      e->intValue = t.bigBase;
    }
    advance();
    return e;
  }
  case TokKind::Float: {
    Expr *e = ctx.expr(ExprKind::Float, t.loc);
    e->floatValue = t.floatValue;
    advance();
    return e;
  }
  case TokKind::String:
    return parseStrings();
  case TokKind::Name: {
    if (t.text == "None" || t.text == "True" || t.text == "False") {
      Expr *e = ctx.expr(t.text == "None" ? ExprKind::NoneLit : ExprKind::Bool,
                         t.loc);
      e->boolValue = t.text == "True";
      advance();
      return e;
    }
    if (t.text == "await")
      return fail(t.loc, "'" + t.text + "' is not supported");
    if (isKeyword(t.text))
      return failHere();
    Expr *e = ctx.expr(ExprKind::Name, t.loc);
    e->str = t.text;
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
      Expr *e = ctx.expr(ExprKind::Ellipsis, t.loc);
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

Expr *Parser::parseStandaloneExpr() {
  ++bracketDepth;
  Expr *e = parseTestListStarExpr();
  if (!e)
    return nullptr;
  while (tok().kind == TokKind::Newline)
    advance();
  if (tok().kind != TokKind::EndOfFile)
    return failHere();
  return e;
}

bool scopec::frontend::parseFile(llvm::StringRef source, AstContext &ctx,
                                 std::vector<Stmt *> &module,
                                 LexError &error, int fileId) {
  std::vector<Token> toks;
  if (!tokenize(source, toks, error, /*expressionOnly=*/false,
                SrcLoc{1, 1, fileId}))
    return false;
  Parser parser(toks, ctx, error);
  return parser.parseFile(module);
}

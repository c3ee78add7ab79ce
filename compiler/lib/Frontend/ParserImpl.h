//===- ParserImpl.h - The parser's class (private) --------------*- C++ -*-===//
//
// The recursive-descent parser shared by Parser.cpp (token machinery, target
// checks, the entry point), ParseStmt.cpp (statements), ParseExpr.cpp
// (operators, calls, subscripts) and ParseAtom.cpp (atoms, displays,
// comprehensions, strings and f-strings). Private to the parser: users
// include Parser.h.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_PARSERIMPL_H
#define SCOPEC_FRONTEND_PARSERIMPL_H

#include "Parser.h"

namespace scopec::frontend::detail {

/// Deepest expression nesting accepted (Python's parser has a similar cap).
constexpr int kMaxExprDepth = 1000;

/// Python's reserved words.
bool isKeyword(llvm::StringRef s);

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
  IfStmt *parseIf(SrcLoc loc, const std::string &what);
  Stmt *parseWhile();
  Stmt *parseFor();
  Stmt *parseWith();
  FunctionDefStmt *parseDef();
  Stmt *parseImport();
  Stmt *parseFromImport();
  Stmt *parseDecorated();
  ClassDefStmt *parseClass();
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
  /// Appends the parts of the f-string token `t` (or of a format spec).
  bool parseFString(const Token &t, std::vector<Expr *> &parts);
  Expr *parseSubscript();
  Expr *parseSliceItem();
  bool parseCallArgs(std::vector<Expr *> &args,
                     std::vector<Keyword> &keywords);
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
    if (llvm::isa<NameExpr>(e))
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
  /// `KEYWORD: block` (else, finally) when the next token is `keyword`.
  bool parseOptionalBlock(llvm::StringRef keyword, std::vector<Stmt *> &body);
  /// `from __future__ import annotations` was parsed.
  bool futureAnnotations = false;
  /// Parses `: annotation` of parameter `name` if present (def only).
  bool parseParamAnnotation(FuncDef *fn, const std::string &name,
                            llvm::StringRef closer);

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

} // namespace scopec::frontend::detail

#endif // SCOPEC_FRONTEND_PARSERIMPL_H

//===- Parser.cpp - Recursive-descent parser of the model language --------===//
//
// The parser's shared machinery: reserved words, what may start an
// expression, the checks of assignment targets and their descriptions in
// Python's messages, and the entry points. The productions are in
// ParseStmt.cpp, ParseExpr.cpp and ParseAtom.cpp.
//
//===----------------------------------------------------------------------===//

#include "ParserImpl.h"

#include "llvm/ADT/StringSet.h"

using namespace scopec::frontend;
using namespace scopec::frontend::detail;
using llvm::cast;

bool scopec::frontend::detail::isKeyword(llvm::StringRef s) {
  static const llvm::StringSet<> kw = {
      "False",  "None",   "True",    "and",      "as",       "assert",
      "async",  "await",  "break",   "class",    "continue", "def",
      "del",    "elif",   "else",    "except",   "finally",  "for",
      "from",   "global", "if",      "import",   "in",       "is",
      "lambda", "nonlocal", "not",   "or",       "pass",     "raise",
      "return", "try",    "while",   "with",     "yield"};
  return kw.contains(s);
}

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
    return cast<BoolExpr>(e)->value ? "True" : "False";
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
    for (Expr *x : cast<SequenceExpr>(e)->elts)
      if (!checkTarget(x, false))
        return false;
    return true;
  case ExprKind::Starred:
    if (augmented) {
      fail(e->loc, "'starred' is an illegal expression for augmented "
                   "assignment");
      return false;
    }
    return checkTarget(cast<StarredExpr>(e)->value, false);
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

//===- AST.h - Syntax tree of the model language ------------------*- C++ -*-===//
//
// Expressions and statements of the Python subset scopec executes. Nodes are
// owned by an AstContext arena and refer to each other by raw pointer.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_AST_H
#define SCOPEC_FRONTEND_AST_H

#include "Lexer.h"

#include <memory>
#include <string>
#include <vector>

namespace scopec::frontend {

enum class ExprKind {
  Name,
  Int,
  Float,
  Str,
  Bool,
  NoneLit,
  Ellipsis,
  FString,
  FormattedValue,
  List,
  Tuple,
  Dict,
  Set,
  ListComp,
  DictComp,
  BinOp,
  UnaryOp,
  BoolOp,
  Compare,
  IfExp,
  Lambda,
  Call,
  Attribute,
  Subscript,
  Slice,
  Starred,
  DoubleStarred,
  /// `(elt for ...)`: a lazy generator (a = element).
  GeneratorExp,
  /// `{elt for ...}` (a = element).
  SetComp,
  /// `yield a` (a null for a bare `yield`) and `yield from a`.
  Yield,
  YieldFrom,
};

enum class BinOpKind { Add, Sub, Mul, Div, FloorDiv, Mod, Pow, MatMul,
                       LShift, RShift, BitAnd, BitOr, BitXor };
enum class UnaryOpKind { Neg, Pos, Not, Invert };
enum class CmpOpKind { Lt, Gt, Le, Ge, Eq, Ne, In, NotIn, Is, IsNot };

struct Expr;
struct Stmt;
struct FuncDef;

/// `name=value` in a call (empty name: `**value`).
struct Keyword {
  std::string name;
  Expr *value = nullptr;
  SrcLoc loc;
};

/// One `for target in iter if cond...` clause of a comprehension.
struct Comprehension {
  Expr *target = nullptr;
  Expr *iter = nullptr;
  std::vector<Expr *> ifs;
};

struct Expr {
  ExprKind kind;
  SrcLoc loc;
  /// Name id, attribute name, string value, FormattedValue conversion.
  std::string str;
  int64_t intValue = 0;
  double floatValue = 0;
  bool boolValue = false;
  BinOpKind binOp = BinOpKind::Add;
  UnaryOpKind unaryOp = UnaryOpKind::Neg;
  /// BoolOp: true for `and`.
  bool isAnd = false;
  /// Operands: BinOp lhs/rhs, Attribute/Subscript/Call/Starred base (a),
  /// Subscript index (b), IfExp test/body/orelse (a, b, c), Slice bounds
  /// (a, b, c; null when absent), FormattedValue value/spec (a, b),
  /// comprehension element (a; b = dict value).
  Expr *a = nullptr;
  Expr *b = nullptr;
  Expr *c = nullptr;
  /// List/Tuple/Set elements, call positional args, Compare operands, Dict
  /// keys (null for `**d`), FString parts.
  std::vector<Expr *> elts;
  /// Dict values.
  std::vector<Expr *> values;
  std::vector<CmpOpKind> cmpOps;
  std::vector<Keyword> keywords;
  std::vector<Comprehension> comps;
  FuncDef *lambda = nullptr;
};

enum class StmtKind {
  ExprStmt,
  Assign,
  AugAssign,
  Pass,
  Break,
  Continue,
  Return,
  If,
  While,
  For,
  FunctionDef,
  With,
  Assert,
  Import,
  ImportFrom,
  Global,
  Raise,
  Del,
  ClassDef,
  Try,
  Nonlocal,
  /// `target: annotation [= value]` (PEP 526).
  AnnAssign,
};

/// `import a.b as c` / `from m import a as c`.
struct ImportName {
  std::string name;
  std::string asName;
  SrcLoc loc;
};

/// `expr as target` in a with statement.
struct WithItem {
  Expr *context = nullptr;
  Expr *target = nullptr;
};

/// `except type as name: body` (type null for a bare `except:`).
struct ExceptHandler {
  Expr *type = nullptr;
  std::string name;
  std::vector<Stmt *> body;
  SrcLoc loc;
};

struct Param {
  std::string name;
  Expr *defaultValue = nullptr;
  SrcLoc loc;
};

struct FuncDef {
  std::string name;
  SrcLoc loc;
  std::vector<Param> params;
  /// Keyword-only parameters (after `*` or `*args`).
  std::vector<Param> kwOnly;
  std::string varArgs;
  std::string kwArgs;
  std::vector<Stmt *> body;
  /// For lambdas: the body expression.
  Expr *lambdaBody = nullptr;
  /// The body contains `yield`: calling the function makes a generator.
  bool isGenerator = false;
};

struct Stmt {
  StmtKind kind;
  SrcLoc loc;
  /// Assign targets (a = b = value has two), Del targets, Global and
  /// Nonlocal names.
  std::vector<Expr *> targets;
  /// Assign/AugAssign/ExprStmt/Return value, If/While test, For iterable,
  /// Assert test, Raise exception.
  Expr *value = nullptr;
  /// For target, Assert message, Raise cause (`from`).
  Expr *target = nullptr;
  BinOpKind augOp = BinOpKind::Add;
  std::vector<Stmt *> body;
  std::vector<Stmt *> orelse;
  std::vector<WithItem> items;
  std::vector<ImportName> names;
  /// Import/ImportFrom: the module (dotted); ImportFrom: the number of
  /// leading dots of a relative import, and `*` as the only name for
  /// `from m import *`.
  std::string module;
  int level = 0;
  FuncDef *func = nullptr;
  /// ClassDef: name, bases and keywords (`metaclass=`); FunctionDef and
  /// ClassDef: decorators, outermost first.
  std::string name;
  std::vector<Expr *> bases;
  std::vector<Keyword> keywords;
  std::vector<Expr *> decorators;
  /// Try: handlers and the `finally` block (`orelse` is the `else` block).
  std::vector<ExceptHandler> handlers;
  std::vector<Stmt *> finalbody;
  /// AnnAssign: the annotation (the target is targets[0], the value may be
  /// null).
  Expr *annotation = nullptr;
};

/// The docstring of a class or function body (a string literal as its
/// first statement), or null.
inline const std::string *docstring(const std::vector<Stmt *> &body) {
  if (body.empty() || body[0]->kind != StmtKind::ExprStmt ||
      !body[0]->value || body[0]->value->kind != ExprKind::Str)
    return nullptr;
  return &body[0]->value->str;
}

/// Owns every node of one parsed file.
class AstContext {
public:
  Expr *expr(ExprKind kind, SrcLoc loc) {
    exprs.push_back(std::make_unique<Expr>());
    exprs.back()->kind = kind;
    exprs.back()->loc = loc;
    return exprs.back().get();
  }
  Stmt *stmt(StmtKind kind, SrcLoc loc) {
    stmts.push_back(std::make_unique<Stmt>());
    stmts.back()->kind = kind;
    stmts.back()->loc = loc;
    return stmts.back().get();
  }
  FuncDef *func() {
    funcs.push_back(std::make_unique<FuncDef>());
    return funcs.back().get();
  }

private:
  std::vector<std::unique_ptr<Expr>> exprs;
  std::vector<std::unique_ptr<Stmt>> stmts;
  std::vector<std::unique_ptr<FuncDef>> funcs;
};

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_AST_H

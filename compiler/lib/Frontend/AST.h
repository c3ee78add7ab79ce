//===- AST.h - Syntax tree of the model language ------------------*- C++ -*-===//
//
// Expressions and statements of the Python subset scopec executes: one node
// type per kind, with LLVM-style RTTI (`llvm::isa`, `llvm::cast`,
// `llvm::dyn_cast` on the `kind` tag). Field names follow CPython's `ast`
// module where it has one. Nodes are owned by an AstContext and refer to
// each other by raw pointer.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_AST_H
#define SCOPEC_FRONTEND_AST_H

#include "Lexer.h"

#include "llvm/Support/Casting.h"

#include <memory>
#include <string>
#include <vector>

namespace scopec::frontend {

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

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
  // Sequence displays (SequenceExpr).
  List,
  Tuple,
  Set,
  Dict,
  // Comprehensions (ComprehensionExpr).
  ListComp,
  SetComp,
  GeneratorExp,
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
  Yield,
  YieldFrom,
};

enum class BinOpKind { Add, Sub, Mul, Div, FloorDiv, Mod, Pow, MatMul,
                       LShift, RShift, BitAnd, BitOr, BitXor };
enum class UnaryOpKind { Neg, Pos, Not, Invert };
enum class CmpOpKind { Lt, Gt, Le, Ge, Eq, Ne, In, NotIn, Is, IsNot };

class Expr;
class Stmt;
struct FuncDef;

class Expr {
public:
  const ExprKind kind;
  SrcLoc loc;

protected:
  Expr(ExprKind kind, SrcLoc loc) : kind(kind), loc(loc) {}
};

/// Defines `classof` for a node of the single kind `K`.
#define SCOPEC_EXPR_CLASSOF(K)                                                 \
  static bool classof(const Expr *e) { return e->kind == ExprKind::K; }

/// `id`.
class NameExpr : public Expr {
public:
  NameExpr(SrcLoc loc, std::string id)
      : Expr(ExprKind::Name, loc), id(std::move(id)) {}
  SCOPEC_EXPR_CLASSOF(Name)
  std::string id;
};

/// An int literal. One beyond int64 keeps its digits and base instead.
class IntExpr : public Expr {
public:
  IntExpr(SrcLoc loc, int64_t value) : Expr(ExprKind::Int, loc), value(value) {}
  SCOPEC_EXPR_CLASSOF(Int)
  int64_t value;
  /// The digits of an int beyond int64 (empty otherwise), in `bigBase`.
  std::string bigDigits;
  int bigBase = 0;
};

class FloatExpr : public Expr {
public:
  FloatExpr(SrcLoc loc, double value)
      : Expr(ExprKind::Float, loc), value(value) {}
  SCOPEC_EXPR_CLASSOF(Float)
  double value;
};

/// A string literal (adjacent literals concatenated).
class StrExpr : public Expr {
public:
  StrExpr(SrcLoc loc, std::string value)
      : Expr(ExprKind::Str, loc), value(std::move(value)) {}
  SCOPEC_EXPR_CLASSOF(Str)
  std::string value;
  /// A bytes literal (`b'...'`): `value` holds the bytes.
  bool isBytes = false;
};

class BoolExpr : public Expr {
public:
  BoolExpr(SrcLoc loc, bool value) : Expr(ExprKind::Bool, loc), value(value) {}
  SCOPEC_EXPR_CLASSOF(Bool)
  bool value;
};

class NoneExpr : public Expr {
public:
  explicit NoneExpr(SrcLoc loc) : Expr(ExprKind::NoneLit, loc) {}
  SCOPEC_EXPR_CLASSOF(NoneLit)
};

class EllipsisExpr : public Expr {
public:
  explicit EllipsisExpr(SrcLoc loc) : Expr(ExprKind::Ellipsis, loc) {}
  SCOPEC_EXPR_CLASSOF(Ellipsis)
};

/// An f-string (CPython's JoinedStr): StrExpr and FormattedValueExpr parts.
class FStringExpr : public Expr {
public:
  explicit FStringExpr(SrcLoc loc) : Expr(ExprKind::FString, loc) {}
  SCOPEC_EXPR_CLASSOF(FString)
  std::vector<Expr *> values;
};

/// `{value!conversion:formatSpec}` in an f-string.
class FormattedValueExpr : public Expr {
public:
  FormattedValueExpr(SrcLoc loc, Expr *value)
      : Expr(ExprKind::FormattedValue, loc), value(value) {}
  SCOPEC_EXPR_CLASSOF(FormattedValue)
  Expr *value;
  /// 'r', 's' or 'a'; 0 for none.
  char conversion = 0;
  /// Null when absent.
  FStringExpr *formatSpec = nullptr;
};

/// List, tuple and set displays.
class SequenceExpr : public Expr {
public:
  static bool classof(const Expr *e) {
    return e->kind == ExprKind::List || e->kind == ExprKind::Tuple ||
           e->kind == ExprKind::Set;
  }
  std::vector<Expr *> elts;

protected:
  using Expr::Expr;
};

class ListExpr : public SequenceExpr {
public:
  explicit ListExpr(SrcLoc loc) : SequenceExpr(ExprKind::List, loc) {}
  SCOPEC_EXPR_CLASSOF(List)
};

class TupleExpr : public SequenceExpr {
public:
  explicit TupleExpr(SrcLoc loc) : SequenceExpr(ExprKind::Tuple, loc) {}
  SCOPEC_EXPR_CLASSOF(Tuple)
};

class SetExpr : public SequenceExpr {
public:
  explicit SetExpr(SrcLoc loc) : SequenceExpr(ExprKind::Set, loc) {}
  SCOPEC_EXPR_CLASSOF(Set)
};

/// `{k: v, **d}`: keys[i] is null for `**values[i]`.
class DictExpr : public Expr {
public:
  explicit DictExpr(SrcLoc loc) : Expr(ExprKind::Dict, loc) {}
  SCOPEC_EXPR_CLASSOF(Dict)
  std::vector<Expr *> keys;
  std::vector<Expr *> values;
};

/// One `for target in iter if cond...` clause of a comprehension.
struct Comprehension {
  Expr *target = nullptr;
  Expr *iter = nullptr;
  std::vector<Expr *> ifs;
};

/// List, set and dict comprehensions and generator expressions.
class ComprehensionExpr : public Expr {
public:
  static bool classof(const Expr *e) {
    return e->kind >= ExprKind::ListComp && e->kind <= ExprKind::DictComp;
  }
  /// The element (a dict comprehension's key).
  Expr *elt;
  std::vector<Comprehension> generators;

protected:
  ComprehensionExpr(ExprKind kind, SrcLoc loc, Expr *elt)
      : Expr(kind, loc), elt(elt) {}
};

class ListCompExpr : public ComprehensionExpr {
public:
  ListCompExpr(SrcLoc loc, Expr *elt)
      : ComprehensionExpr(ExprKind::ListComp, loc, elt) {}
  SCOPEC_EXPR_CLASSOF(ListComp)
};

class SetCompExpr : public ComprehensionExpr {
public:
  SetCompExpr(SrcLoc loc, Expr *elt)
      : ComprehensionExpr(ExprKind::SetComp, loc, elt) {}
  SCOPEC_EXPR_CLASSOF(SetComp)
};

/// `(elt for ...)`: a lazy generator.
class GeneratorExpr : public ComprehensionExpr {
public:
  GeneratorExpr(SrcLoc loc, Expr *elt)
      : ComprehensionExpr(ExprKind::GeneratorExp, loc, elt) {}
  SCOPEC_EXPR_CLASSOF(GeneratorExp)
};

/// `{elt: value for ...}`.
class DictCompExpr : public ComprehensionExpr {
public:
  DictCompExpr(SrcLoc loc, Expr *key, Expr *value)
      : ComprehensionExpr(ExprKind::DictComp, loc, key), value(value) {}
  SCOPEC_EXPR_CLASSOF(DictComp)
  Expr *value;
};

class BinOpExpr : public Expr {
public:
  BinOpExpr(SrcLoc loc, BinOpKind op, Expr *lhs, Expr *rhs, SrcLoc opLoc)
      : Expr(ExprKind::BinOp, loc), op(op), lhs(lhs), rhs(rhs), opLoc(opLoc) {}
  SCOPEC_EXPR_CLASSOF(BinOp)
  BinOpKind op;
  Expr *lhs;
  Expr *rhs;
  /// Where the operator is.
  SrcLoc opLoc;
};

class UnaryOpExpr : public Expr {
public:
  UnaryOpExpr(SrcLoc loc, UnaryOpKind op, Expr *operand)
      : Expr(ExprKind::UnaryOp, loc), op(op), operand(operand) {}
  SCOPEC_EXPR_CLASSOF(UnaryOp)
  UnaryOpKind op;
  Expr *operand;
};

/// `lhs and rhs` / `lhs or rhs` (chains nest to the left).
class BoolOpExpr : public Expr {
public:
  BoolOpExpr(SrcLoc loc, bool isAnd, Expr *lhs, Expr *rhs)
      : Expr(ExprKind::BoolOp, loc), isAnd(isAnd), lhs(lhs), rhs(rhs) {}
  SCOPEC_EXPR_CLASSOF(BoolOp)
  bool isAnd;
  Expr *lhs;
  Expr *rhs;
};

/// `left ops[0] comparators[0] ops[1] comparators[1] ...`.
class CompareExpr : public Expr {
public:
  CompareExpr(SrcLoc loc, Expr *left)
      : Expr(ExprKind::Compare, loc), left(left) {}
  SCOPEC_EXPR_CLASSOF(Compare)
  Expr *left;
  std::vector<CmpOpKind> ops;
  std::vector<Expr *> comparators;
};

/// `body if test else orelse`.
class IfExpr : public Expr {
public:
  IfExpr(SrcLoc loc, Expr *test, Expr *body, Expr *orelse)
      : Expr(ExprKind::IfExp, loc), test(test), body(body), orelse(orelse) {}
  SCOPEC_EXPR_CLASSOF(IfExp)
  Expr *test;
  Expr *body;
  Expr *orelse;
};

class LambdaExpr : public Expr {
public:
  LambdaExpr(SrcLoc loc, FuncDef *func)
      : Expr(ExprKind::Lambda, loc), func(func) {}
  SCOPEC_EXPR_CLASSOF(Lambda)
  FuncDef *func;
};

/// `name=value` in a call (empty name: `**value`).
struct Keyword {
  std::string name;
  Expr *value = nullptr;
  SrcLoc loc;
};

class CallExpr : public Expr {
public:
  CallExpr(SrcLoc loc, Expr *callee)
      : Expr(ExprKind::Call, loc), callee(callee) {}
  SCOPEC_EXPR_CLASSOF(Call)
  Expr *callee;
  /// Positional arguments (StarredExpr for `*x`).
  std::vector<Expr *> args;
  std::vector<Keyword> keywords;
};

/// `base.attr`.
class AttributeExpr : public Expr {
public:
  AttributeExpr(SrcLoc loc, Expr *base, std::string attr, SrcLoc attrLoc)
      : Expr(ExprKind::Attribute, loc), base(base), attr(std::move(attr)),
        attrLoc(attrLoc) {}
  SCOPEC_EXPR_CLASSOF(Attribute)
  Expr *base;
  std::string attr;
  /// Where the attribute name is.
  SrcLoc attrLoc;
};

/// `base[index]`; the index may be a SliceExpr or a TupleExpr of them.
class SubscriptExpr : public Expr {
public:
  SubscriptExpr(SrcLoc loc, Expr *base, Expr *index)
      : Expr(ExprKind::Subscript, loc), base(base), index(index) {}
  SCOPEC_EXPR_CLASSOF(Subscript)
  Expr *base;
  Expr *index;
};

/// `lower:upper:step` in a subscript; absent bounds are null.
class SliceExpr : public Expr {
public:
  explicit SliceExpr(SrcLoc loc) : Expr(ExprKind::Slice, loc) {}
  SCOPEC_EXPR_CLASSOF(Slice)
  Expr *lower = nullptr;
  Expr *upper = nullptr;
  Expr *step = nullptr;
};

/// `*value`.
class StarredExpr : public Expr {
public:
  StarredExpr(SrcLoc loc, Expr *value)
      : Expr(ExprKind::Starred, loc), value(value) {}
  SCOPEC_EXPR_CLASSOF(Starred)
  Expr *value;
};

/// `yield value` (value null for a bare `yield`).
class YieldExpr : public Expr {
public:
  YieldExpr(SrcLoc loc, Expr *value)
      : Expr(ExprKind::Yield, loc), value(value) {}
  SCOPEC_EXPR_CLASSOF(Yield)
  Expr *value;
};

/// `yield from value`.
class YieldFromExpr : public Expr {
public:
  YieldFromExpr(SrcLoc loc, Expr *value)
      : Expr(ExprKind::YieldFrom, loc), value(value) {}
  SCOPEC_EXPR_CLASSOF(YieldFrom)
  Expr *value;
};

#undef SCOPEC_EXPR_CLASSOF

//===----------------------------------------------------------------------===//
// Functions
//===----------------------------------------------------------------------===//

struct Param {
  std::string name;
  Expr *defaultValue = nullptr;
  SrcLoc loc;
};

/// A `def` or a lambda.
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
  /// Parameter and return (`"return"`) annotations, in source order.
  std::vector<std::pair<std::string, Expr *>> annotations;
  /// The file has `from __future__ import annotations` (PEP 563): the
  /// annotations are not evaluated.
  bool annotationsPostponed = false;
};

//===----------------------------------------------------------------------===//
// Statements
//===----------------------------------------------------------------------===//

enum class StmtKind {
  Expr,
  Assign,
  AugAssign,
  /// `target: annotation [= value]` (PEP 526).
  AnnAssign,
  Pass,
  Break,
  Continue,
  Return,
  If,
  While,
  For,
  With,
  FunctionDef,
  ClassDef,
  Try,
  Assert,
  Import,
  ImportFrom,
  Global,
  Nonlocal,
  Raise,
  Del,
};

class Stmt {
public:
  const StmtKind kind;
  SrcLoc loc;

protected:
  Stmt(StmtKind kind, SrcLoc loc) : kind(kind), loc(loc) {}
};

/// Defines the constructor from a location and `classof` for a statement
/// node of the kind `K`.
#define SCOPEC_STMT_COMMON(CLASS, K)                                           \
  explicit CLASS(SrcLoc loc) : Stmt(StmtKind::K, loc) {}                       \
  static bool classof(const Stmt *s) { return s->kind == StmtKind::K; }

/// An expression evaluated for its effect.
class ExprStmt : public Stmt {
public:
  ExprStmt(SrcLoc loc, Expr *value) : Stmt(StmtKind::Expr, loc), value(value) {}
  static bool classof(const Stmt *s) { return s->kind == StmtKind::Expr; }
  Expr *value;
};

/// `targets[0] = targets[1] = ... = value`.
class AssignStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(AssignStmt, Assign)
  std::vector<Expr *> targets;
  Expr *value = nullptr;
};

/// `target op= value`.
class AugAssignStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(AugAssignStmt, AugAssign)
  Expr *target = nullptr;
  BinOpKind op = BinOpKind::Add;
  Expr *value = nullptr;
};

/// `target: annotation [= value]` (value null when absent).
class AnnAssignStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(AnnAssignStmt, AnnAssign)
  Expr *target = nullptr;
  Expr *annotation = nullptr;
  Expr *value = nullptr;
};

class PassStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(PassStmt, Pass)
};

class BreakStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(BreakStmt, Break)
};

class ContinueStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(ContinueStmt, Continue)
};

/// `return [value]`.
class ReturnStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(ReturnStmt, Return)
  Expr *value = nullptr;
};

/// `if test: body else: orelse` (an `elif` is an IfStmt alone in orelse).
class IfStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(IfStmt, If)
  Expr *test = nullptr;
  std::vector<Stmt *> body;
  std::vector<Stmt *> orelse;
};

class WhileStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(WhileStmt, While)
  Expr *test = nullptr;
  std::vector<Stmt *> body;
  std::vector<Stmt *> orelse;
};

/// `for target in iter: body else: orelse`.
class ForStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(ForStmt, For)
  Expr *target = nullptr;
  Expr *iter = nullptr;
  std::vector<Stmt *> body;
  std::vector<Stmt *> orelse;
};

/// `contextExpr as target` in a with statement (target may be null).
struct WithItem {
  Expr *contextExpr = nullptr;
  Expr *target = nullptr;
};

class WithStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(WithStmt, With)
  std::vector<WithItem> items;
  std::vector<Stmt *> body;
};

class FunctionDefStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(FunctionDefStmt, FunctionDef)
  FuncDef *func = nullptr;
  /// Outermost first.
  std::vector<Expr *> decorators;
};

class ClassDefStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(ClassDefStmt, ClassDef)
  std::string name;
  std::vector<Expr *> bases;
  /// `metaclass=...` and other class keywords.
  std::vector<Keyword> keywords;
  std::vector<Stmt *> body;
  /// Outermost first.
  std::vector<Expr *> decorators;
};

/// `except type as name: body` (type null for a bare `except:`).
struct ExceptHandler {
  Expr *type = nullptr;
  std::string name;
  std::vector<Stmt *> body;
  SrcLoc loc;
};

class TryStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(TryStmt, Try)
  std::vector<Stmt *> body;
  std::vector<ExceptHandler> handlers;
  /// The `else` block.
  std::vector<Stmt *> orelse;
  std::vector<Stmt *> finalbody;
};

/// `assert test, msg` (msg may be null).
class AssertStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(AssertStmt, Assert)
  Expr *test = nullptr;
  Expr *msg = nullptr;
};

/// `import a.b as c` / `from m import a as c`.
struct ImportName {
  std::string name;
  std::string asName;
  SrcLoc loc;
};

class ImportStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(ImportStmt, Import)
  std::vector<ImportName> names;
};

/// `from module import names`; `*` as the only name for `import *`.
class ImportFromStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(ImportFromStmt, ImportFrom)
  /// Dotted; empty for `from . import x`.
  std::string module;
  std::vector<ImportName> names;
  /// The number of leading dots of a relative import.
  int level = 0;
};

class GlobalStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(GlobalStmt, Global)
  std::vector<NameExpr *> names;
};

class NonlocalStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(NonlocalStmt, Nonlocal)
  std::vector<NameExpr *> names;
};

/// `raise [exc [from cause]]`.
class RaiseStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(RaiseStmt, Raise)
  Expr *exc = nullptr;
  Expr *cause = nullptr;
};

class DelStmt : public Stmt {
public:
  SCOPEC_STMT_COMMON(DelStmt, Del)
  std::vector<Expr *> targets;
};

#undef SCOPEC_STMT_COMMON

/// The docstring of a class or function body (a string literal as its
/// first statement), or null.
inline const std::string *docstring(const std::vector<Stmt *> &body) {
  auto *s = body.empty() ? nullptr : llvm::dyn_cast<ExprStmt>(body[0]);
  auto *str = s ? llvm::dyn_cast<StrExpr>(s->value) : nullptr;
  return str ? &str->value : nullptr;
}

/// Owns every node of one parsed file.
class AstContext {
public:
  /// A new node `T(loc, args...)`.
  template <class T, class... Args>
  T *make(SrcLoc loc, Args &&...args) {
    T *node = new T(loc, std::forward<Args>(args)...);
    nodes.emplace_back(node, +[](void *p) { delete static_cast<T *>(p); });
    return node;
  }
  FuncDef *func() {
    funcs.push_back(std::make_unique<FuncDef>());
    return funcs.back().get();
  }

private:
  std::vector<std::unique_ptr<void, void (*)(void *)>> nodes;
  std::vector<std::unique_ptr<FuncDef>> funcs;
};

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_AST_H

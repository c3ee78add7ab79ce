//===- ParserTest.cpp - The typed syntax tree the parser builds -----------===//
//
// Parses short programs and checks the node types (through llvm::dyn_cast)
// and their fields, as CPython's `ast` module shows them.
//
//===----------------------------------------------------------------------===//

#include "Parser.h"

#include <gtest/gtest.h>

using namespace scopec::frontend;
using llvm::cast;
using llvm::dyn_cast;

namespace {

/// Parses `source`, which must be valid.
std::vector<Stmt *> parse(AstContext &ctx, llvm::StringRef source) {
  std::vector<Stmt *> module;
  LexError error;
  EXPECT_TRUE(parseFile(source, ctx, module, error)) << error.message;
  return module;
}

/// The value of the expression statement `s`.
Expr *exprOf(Stmt *s) {
  auto *e = dyn_cast<ExprStmt>(s);
  EXPECT_NE(e, nullptr);
  return e ? e->value : nullptr;
}

int64_t intOf(Expr *e) {
  auto *i = llvm::dyn_cast_or_null<IntExpr>(e);
  EXPECT_NE(i, nullptr);
  return i ? i->value : -1;
}

TEST(ParserTest, SubscriptWithSlices) {
  AstContext ctx;
  auto module = parse(ctx, "x[1:2, ::3]\n");
  ASSERT_EQ(module.size(), 1u);
  auto *sub = dyn_cast<SubscriptExpr>(exprOf(module[0]));
  ASSERT_NE(sub, nullptr);
  auto *base = dyn_cast<NameExpr>(sub->base);
  ASSERT_NE(base, nullptr);
  EXPECT_EQ(base->id, "x");
  auto *tuple = dyn_cast<TupleExpr>(sub->index);
  ASSERT_NE(tuple, nullptr);
  ASSERT_EQ(tuple->elts.size(), 2u);
  auto *first = dyn_cast<SliceExpr>(tuple->elts[0]);
  auto *second = dyn_cast<SliceExpr>(tuple->elts[1]);
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(intOf(first->lower), 1);
  EXPECT_EQ(intOf(first->upper), 2);
  EXPECT_EQ(first->step, nullptr);
  EXPECT_EQ(second->lower, nullptr);
  EXPECT_EQ(second->upper, nullptr);
  EXPECT_EQ(intOf(second->step), 3);
  // A single slice is the index itself.
  module = parse(ctx, "y[:-1]\n");
  sub = cast<SubscriptExpr>(exprOf(module[0]));
  auto *slice = dyn_cast<SliceExpr>(sub->index);
  ASSERT_NE(slice, nullptr);
  EXPECT_EQ(slice->lower, nullptr);
  auto *neg = dyn_cast<UnaryOpExpr>(slice->upper);
  ASSERT_NE(neg, nullptr);
  EXPECT_EQ(neg->op, UnaryOpKind::Neg);
}

TEST(ParserTest, FunctionParameters) {
  AstContext ctx;
  auto module = parse(ctx, "def f(a, *b, c=1, **d):\n  return a\n");
  ASSERT_EQ(module.size(), 1u);
  auto *def = dyn_cast<FunctionDefStmt>(module[0]);
  ASSERT_NE(def, nullptr);
  FuncDef *fn = def->func;
  EXPECT_EQ(fn->name, "f");
  ASSERT_EQ(fn->params.size(), 1u);
  EXPECT_EQ(fn->params[0].name, "a");
  EXPECT_EQ(fn->params[0].defaultValue, nullptr);
  EXPECT_EQ(fn->varArgs, "b");
  ASSERT_EQ(fn->kwOnly.size(), 1u);
  EXPECT_EQ(fn->kwOnly[0].name, "c");
  EXPECT_EQ(intOf(fn->kwOnly[0].defaultValue), 1);
  EXPECT_EQ(fn->kwArgs, "d");
  EXPECT_FALSE(fn->isGenerator);
  ASSERT_EQ(fn->body.size(), 1u);
  auto *ret = dyn_cast<ReturnStmt>(fn->body[0]);
  ASSERT_NE(ret, nullptr);
  EXPECT_TRUE(llvm::isa<NameExpr>(ret->value));
}

TEST(ParserTest, DecoratedClass) {
  AstContext ctx;
  auto module = parse(ctx, "@first\n"
                           "@second(1)\n"
                           "class C(A, B, metaclass=M):\n"
                           "  '''Doc.'''\n"
                           "  x: int = 3\n");
  ASSERT_EQ(module.size(), 1u);
  auto *cls = dyn_cast<ClassDefStmt>(module[0]);
  ASSERT_NE(cls, nullptr);
  EXPECT_EQ(cls->name, "C");
  ASSERT_EQ(cls->decorators.size(), 2u);
  EXPECT_EQ(cast<NameExpr>(cls->decorators[0])->id, "first");
  auto *call = dyn_cast<CallExpr>(cls->decorators[1]);
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(cast<NameExpr>(call->callee)->id, "second");
  ASSERT_EQ(call->args.size(), 1u);
  EXPECT_EQ(intOf(call->args[0]), 1);
  ASSERT_EQ(cls->bases.size(), 2u);
  EXPECT_EQ(cast<NameExpr>(cls->bases[0])->id, "A");
  EXPECT_EQ(cast<NameExpr>(cls->bases[1])->id, "B");
  ASSERT_EQ(cls->keywords.size(), 1u);
  EXPECT_EQ(cls->keywords[0].name, "metaclass");
  ASSERT_EQ(cls->body.size(), 2u);
  const std::string *doc = docstring(cls->body);
  ASSERT_NE(doc, nullptr);
  EXPECT_EQ(*doc, "Doc.");
  auto *ann = dyn_cast<AnnAssignStmt>(cls->body[1]);
  ASSERT_NE(ann, nullptr);
  EXPECT_EQ(cast<NameExpr>(ann->target)->id, "x");
  EXPECT_EQ(cast<NameExpr>(ann->annotation)->id, "int");
  EXPECT_EQ(intOf(ann->value), 3);
}

TEST(ParserTest, StatementsAndOperators) {
  AstContext ctx;
  auto module = parse(ctx, "a = b = [i * 2 for i in r if i]\n"
                           "x += 1 < y <= 3\n"
                           "for k, v in d.items(): pass\n"
                           "from ..pkg import (m as n, o)\n"
                           "f'{v!r:>{w}}'\n");
  ASSERT_EQ(module.size(), 5u);

  auto *assign = dyn_cast<AssignStmt>(module[0]);
  ASSERT_NE(assign, nullptr);
  ASSERT_EQ(assign->targets.size(), 2u);
  auto *comp = dyn_cast<ListCompExpr>(assign->value);
  ASSERT_NE(comp, nullptr);
  auto *mul = dyn_cast<BinOpExpr>(comp->elt);
  ASSERT_NE(mul, nullptr);
  EXPECT_EQ(mul->op, BinOpKind::Mul);
  EXPECT_EQ(intOf(mul->rhs), 2);
  ASSERT_EQ(comp->generators.size(), 1u);
  EXPECT_EQ(comp->generators[0].ifs.size(), 1u);

  auto *aug = dyn_cast<AugAssignStmt>(module[1]);
  ASSERT_NE(aug, nullptr);
  EXPECT_EQ(aug->op, BinOpKind::Add);
  auto *cmp = dyn_cast<CompareExpr>(aug->value);
  ASSERT_NE(cmp, nullptr);
  EXPECT_EQ(intOf(cmp->left), 1);
  ASSERT_EQ(cmp->ops.size(), 2u);
  EXPECT_EQ(cmp->ops[0], CmpOpKind::Lt);
  EXPECT_EQ(cmp->ops[1], CmpOpKind::Le);
  ASSERT_EQ(cmp->comparators.size(), 2u);

  auto *loop = dyn_cast<ForStmt>(module[2]);
  ASSERT_NE(loop, nullptr);
  auto *target = dyn_cast<TupleExpr>(loop->target);
  ASSERT_NE(target, nullptr);
  EXPECT_EQ(target->elts.size(), 2u);
  auto *items = dyn_cast<CallExpr>(loop->iter);
  ASSERT_NE(items, nullptr);
  auto *attr = dyn_cast<AttributeExpr>(items->callee);
  ASSERT_NE(attr, nullptr);
  EXPECT_EQ(attr->attr, "items");
  EXPECT_TRUE(llvm::isa<PassStmt>(loop->body[0]));

  auto *imp = dyn_cast<ImportFromStmt>(module[3]);
  ASSERT_NE(imp, nullptr);
  EXPECT_EQ(imp->level, 2);
  EXPECT_EQ(imp->module, "pkg");
  ASSERT_EQ(imp->names.size(), 2u);
  EXPECT_EQ(imp->names[0].name, "m");
  EXPECT_EQ(imp->names[0].asName, "n");
  EXPECT_EQ(imp->names[1].asName, "");

  auto *f = dyn_cast<FStringExpr>(exprOf(module[4]));
  ASSERT_NE(f, nullptr);
  ASSERT_EQ(f->values.size(), 1u);
  auto *field = dyn_cast<FormattedValueExpr>(f->values[0]);
  ASSERT_NE(field, nullptr);
  EXPECT_EQ(field->conversion, 'r');
  ASSERT_NE(field->formatSpec, nullptr);
  ASSERT_EQ(field->formatSpec->values.size(), 2u);
  EXPECT_EQ(cast<StrExpr>(field->formatSpec->values[0])->value, ">");
  EXPECT_TRUE(llvm::isa<FormattedValueExpr>(field->formatSpec->values[1]));
}

} // namespace

//===- SpecialMethods.cpp - The object protocol of Python classes ---------===//
//
// Instances of Python classes answer the interpreter's protocol slots
// (Value.h) with their special methods, looked up on the class as CPython
// does: `a + b` calls `a.__add__(b)`, then `b.__radd__(a)`; `x[k]` calls
// `__getitem__`; `with` calls `__enter__`/`__exit__`. A
// special method returning NotImplemented counts as absent.
//
//===----------------------------------------------------------------------===//

#include "Classes.h"
#include "Interpreter.h"

using namespace scopec::frontend;

const char *scopec::frontend::specialMethodStem(BinOpKind op) {
  switch (op) {
  case BinOpKind::Add:
    return "add";
  case BinOpKind::Sub:
    return "sub";
  case BinOpKind::Mul:
    return "mul";
  case BinOpKind::Div:
    return "truediv";
  case BinOpKind::FloorDiv:
    return "floordiv";
  case BinOpKind::Mod:
    return "mod";
  case BinOpKind::Pow:
    return "pow";
  case BinOpKind::MatMul:
    return "matmul";
  case BinOpKind::LShift:
    return "lshift";
  case BinOpKind::RShift:
    return "rshift";
  case BinOpKind::BitAnd:
    return "and";
  case BinOpKind::BitOr:
    return "or";
  case BinOpKind::BitXor:
    return "xor";
  }
  return "";
}

namespace {
/// Calls the special method `name` of `inst` with `args`: the result, or
/// not implemented when the class has no such method or it returned
/// NotImplemented.
Result special(Interpreter &in, const InstanceObj &inst, llvm::StringRef name,
               std::vector<Value> args, SrcLoc l) {
  Value self = Value::object(
      std::const_pointer_cast<Object>(inst.shared_from_this()));
  FailureOr<std::optional<Value>> out =
      in.callSpecial(self, name, std::move(args), l);
  if (failed(out))
    return Result::failure();
  if (!out->has_value() || in.isNotImplemented(**out))
    return Result::notImplemented();
  return **out;
}

/// The reflected comparison (`a < b` is `b > a`).
CmpOpKind reflected(CmpOpKind op) {
  switch (op) {
  case CmpOpKind::Lt:
    return CmpOpKind::Gt;
  case CmpOpKind::Gt:
    return CmpOpKind::Lt;
  case CmpOpKind::Le:
    return CmpOpKind::Ge;
  case CmpOpKind::Ge:
    return CmpOpKind::Le;
  default:
    return op;
  }
}

const char *compareMethod(CmpOpKind op) {
  switch (op) {
  case CmpOpKind::Lt:
    return "__lt__";
  case CmpOpKind::Gt:
    return "__gt__";
  case CmpOpKind::Le:
    return "__le__";
  case CmpOpKind::Ge:
    return "__ge__";
  case CmpOpKind::Eq:
    return "__eq__";
  case CmpOpKind::Ne:
    return "__ne__";
  default:
    return nullptr;
  }
}
} // namespace

Result InstanceObj::binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                             const Value &rhs, SrcLoc l) {
  std::string stem = specialMethodStem(op);
  if (lhs.get() == this)
    return special(in, *this, "__" + stem + "__", {rhs}, l);
  return special(in, *this, "__r" + stem + "__", {lhs}, l);
}

Result InstanceObj::unaryOp(Interpreter &in, UnaryOpKind op, SrcLoc l) {
  const char *name = op == UnaryOpKind::Neg   ? "__neg__"
                     : op == UnaryOpKind::Pos ? "__pos__"
                                              : "__invert__";
  return special(in, *this, name, {}, l);
}

Result InstanceObj::compare(Interpreter &in, CmpOpKind op, const Value &lhs,
                            const Value &rhs, SrcLoc l) {
  bool isLeft = lhs.get() == this;
  CmpOpKind mine = isLeft ? op : reflected(op);
  const char *name = compareMethod(mine);
  if (!name)
    return Result::notImplemented();
  Result r = special(in, *this, name, {isLeft ? rhs : lhs}, l);
  if (r.implemented() || mine != CmpOpKind::Ne)
    return r;
  // `__ne__` defaults to the inverse of `__eq__`.
  r = special(in, *this, "__eq__", {isLeft ? rhs : lhs}, l);
  if (!r.implemented() || r.failed())
    return r;
  FailureOr<bool> eq = in.isTrue(r.value(), l);
  if (failed(eq))
    return Result::failure();
  return Value::boolean(!*eq);
}

Result InstanceObj::getItem(Interpreter &in, const Value &key, SrcLoc l) {
  return special(in, *this, "__getitem__", {key}, l);
}

Result InstanceObj::setItem(Interpreter &in, const Value &key, const Value &v,
                            SrcLoc l) {
  return special(in, *this, "__setitem__", {key, v}, l);
}

Result InstanceObj::contains(Interpreter &in, const Value &item, SrcLoc l) {
  Result r = special(in, *this, "__contains__", {item}, l);
  if (!r.implemented() || r.failed())
    return r;
  FailureOr<bool> found = in.isTrue(r.value(), l);
  if (failed(found))
    return Result::failure();
  return Value::boolean(*found);
}

Result InstanceObj::len(Interpreter &in, SrcLoc l) {
  Result r = special(in, *this, "__len__", {}, l);
  if (!r.implemented() || r.failed())
    return r;
  const Value &n = r.value();
  if (!n.isIntLike()) {
    (void)in.raise(l, "TypeError",
                   "'" + scopec::frontend::typeName(n) +
                       "' object cannot be interpreted as an integer");
    return Result::failure();
  }
  if (n.getInt() < 0) {
    (void)in.raise(l, "ValueError", "__len__() should return >= 0");
    return Result::failure();
  }
  return Value::integer(n.getInt());
}

Result InstanceObj::call(Interpreter &in, CallArgs &args) {
  const Value *method = getClass()->lookup("__call__");
  if (!method)
    return Result::notImplemented();
  Value self = Value::object(shared_from_this());
  FailureOr<Value> fn = in.bindAttr(*method, self, cls, args.loc);
  if (failed(fn))
    return Result::failure();
  return Result(in.call(*fn, args));
}

bool InstanceObj::isCallable() const {
  return getClass()->lookup("__call__") != nullptr;
}

Result InstanceObj::enter(Interpreter &in, SrcLoc l) {
  // Both methods must exist before either runs.
  if (!getClass()->lookup("__enter__") || !getClass()->lookup("__exit__"))
    return Result::notImplemented();
  return special(in, *this, "__enter__", {}, l);
}

Result InstanceObj::exit(Interpreter &in, SrcLoc l, const Value &exc) {
  std::vector<Value> args(3, Value::none());
  if (!exc.isNone()) {
    args[0] = static_cast<InstanceObj *>(exc.get())->cls;
    args[1] = exc;
  }
  return special(in, *this, "__exit__", std::move(args), l);
}

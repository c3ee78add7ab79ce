//===- ObjectProtocolTest.cpp - Host objects through the protocol slots ---===//
//
// A tiny host type (a 2-D vector) implementing getAttr, binaryOp, getItem
// and call, driven by Python code run in the interpreter and through the
// Interpreter's entry points; Result's three states; dynCast/isa.
//
//===----------------------------------------------------------------------===//

#include "TestInterpreter.h"

#include <gtest/gtest.h>

using namespace scopec::frontend;
using scopec::frontend::test::TestInterpreter;

namespace {

struct Vec2 : HostObject {
  Vec2(int64_t x, int64_t y) : HostObject(&ID), x(x), y(y) {}
  static const char ID;
  std::string typeName() const override { return "Vec2"; }
  std::string repr() const override {
    return "Vec2(" + std::to_string(x) + ", " + std::to_string(y) + ")";
  }

  Result getAttr(Interpreter &in, const std::string &name, SrcLoc l) override {
    (void)in, (void)l;
    if (name == "x")
      return Value::integer(x);
    if (name == "y")
      return Value::integer(y);
    return Result::notImplemented();
  }

  /// Vec2 + Vec2 and Vec2 + int / int + Vec2 (either side); nothing else.
  Result binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                  const Value &rhs, SrcLoc l) override {
    (void)in, (void)l;
    if (op != BinOpKind::Add)
      return Result::notImplemented();
    auto part = [](const Value &v, bool first) -> std::optional<int64_t> {
      if (Vec2 *w = dynCast<Vec2>(v))
        return first ? w->x : w->y;
      if (v.isInt())
        return v.getInt();
      return std::nullopt;
    };
    std::optional<int64_t> ax = part(lhs, true), ay = part(lhs, false),
                           bx = part(rhs, true), by = part(rhs, false);
    if (!ax || !ay || !bx || !by)
      return Result::notImplemented();
    return Value::object(std::make_shared<Vec2>(*ax + *bx, *ay + *by));
  }

  Result getItem(Interpreter &in, const Value &key, SrcLoc l) override {
    if (!key.isInt())
      return Result::notImplemented();
    if (key.getInt() != 0 && key.getInt() != 1) {
      (void)in.raise(l, "IndexError", "Vec2 index out of range");
      return Result::failure();
    }
    return Value::integer(key.getInt() == 0 ? x : y);
  }

  /// v(dx, dy=0, *, scale=1): the moved and scaled vector.
  Result call(Interpreter &in, CallArgs &args) override {
    static const Signature sig{"Vec2.__call__",
                               {"self", "dx", "dy=", "*", "scale="}};
    FailureOr<BoundArgs> bound =
        in.bindMethod(sig, Value::object(shared_from_this()), args);
    if (failed(bound))
      return Result::failure();
    BoundArgs &b = *bound;
    FailureOr<int64_t> dx = in.toInt(b["dx"], args.loc, "dx");
    if (failed(dx))
      return Result::failure();
    FailureOr<int64_t> dy =
        in.toInt(b.get("dy", Value::integer(0)), args.loc, "dy");
    if (failed(dy))
      return Result::failure();
    FailureOr<int64_t> scale =
        in.toInt(b.get("scale", Value::integer(1)), args.loc, "scale");
    if (failed(scale))
      return Result::failure();
    return Value::object(
        std::make_shared<Vec2>((x + *dx) * *scale, (y + *dy) * *scale));
  }
  bool isCallable() const override { return true; }

  int64_t x, y;
};
const char Vec2::ID = 0;

/// Another host type, to check that dynCast tells types apart.
struct Other : HostObject {
  Other() : HostObject(&ID) {}
  static const char ID;
  std::string typeName() const override { return "Other"; }
};
const char Other::ID = 0;

Value vec(int64_t x, int64_t y) {
  return Value::object(std::make_shared<Vec2>(x, y));
}

TEST(ObjectProtocolTest, ResultStates) {
  Result ok(Value::integer(3));
  EXPECT_FALSE(ok.failed());
  EXPECT_TRUE(ok.implemented());
  EXPECT_EQ(ok.value().getInt(), 3);
  Result ni = Result::notImplemented();
  EXPECT_FALSE(ni.failed());
  EXPECT_FALSE(ni.implemented());
  Result bad = Result::failure();
  EXPECT_TRUE(bad.failed());
  EXPECT_TRUE(bad.implemented());
  // The result of a computation that can fail.
  EXPECT_TRUE(Result(FailureOr<Value>(failure())).failed());
  EXPECT_EQ(Result(FailureOr<Value>(Value::integer(1))).value().getInt(), 1);
}

TEST(ObjectProtocolTest, DynCastAndIsa) {
  Value v = vec(1, 2);
  Value o = Value::object(std::make_shared<Other>());
  ASSERT_NE(dynCast<Vec2>(v), nullptr);
  EXPECT_EQ(dynCast<Vec2>(v)->y, 2);
  EXPECT_TRUE(isa<Vec2>(v));
  EXPECT_FALSE(isa<Vec2>(o));
  EXPECT_TRUE(isa<Other>(o));
  EXPECT_FALSE(isa<Vec2>(Value::integer(1)));
  EXPECT_FALSE(isa<Vec2>(Value::str("Vec2")));
  EXPECT_EQ(refAs<Vec2>(v)->x, 1);
}

TEST(ObjectProtocolTest, EntryPoints) {
  TestInterpreter t;
  Interpreter &in = t.in();
  FailureOr<Value> y = in.getAttr(vec(3, 4), "y", SrcLoc{});
  ASSERT_TRUE(succeeded(y));
  EXPECT_EQ(y->getInt(), 4);
  FailureOr<Value> sum =
      in.binaryOp(BinOpKind::Add, vec(1, 2), vec(10, 20), SrcLoc{});
  ASSERT_TRUE(succeeded(sum));
  EXPECT_EQ(repr(*sum), "Vec2(11, 22)");
  // The right operand's slot is tried when the left one is not a host.
  sum = in.binaryOp(BinOpKind::Add, Value::integer(1), vec(1, 2), SrcLoc{});
  ASSERT_TRUE(succeeded(sum));
  EXPECT_EQ(repr(*sum), "Vec2(2, 3)");
  FailureOr<Value> item = in.subscript(vec(5, 6), Value::integer(1), SrcLoc{});
  ASSERT_TRUE(succeeded(item));
  EXPECT_EQ(item->getInt(), 6);
  CallArgs a;
  a.pos = {Value::integer(1)};
  a.kw = {{"scale", Value::integer(2)}};
  FailureOr<Value> called = in.call(vec(1, 1), a);
  ASSERT_TRUE(succeeded(called));
  EXPECT_EQ(repr(*called), "Vec2(4, 2)");
  // Not implemented for these operands: CPython's TypeError.
  EXPECT_TRUE(failed(
      in.binaryOp(BinOpKind::Sub, vec(1, 2), Value::integer(1), SrcLoc{})));
  EXPECT_TRUE(in.pendingIs("TypeError"));
  in.clearPendingException();
}

TEST(ObjectProtocolTest, FromPython) {
  TestInterpreter t;
  t.define("v", vec(1, 2));
  ASSERT_TRUE(succeeded(t.run(R"py(
w = v + 1
print(w.x, w.y, (v + v)[0], 10 + v, v[1], v(2), v(0, 1, scale=3))
for f in (lambda: v - 1, lambda: v.z, lambda: v[2], lambda: v(),
          lambda: v(1, 2, 3)):
    try:
        f()
    except (TypeError, AttributeError, IndexError) as e:
        print(type(e).__name__ + ": " + str(e))
print(callable(v))
)py")))
      << t.errors;
  EXPECT_EQ(t.out(),
            "2 3 2 Vec2(11, 12) 2 Vec2(3, 2) Vec2(3, 9)\n"
            "TypeError: unsupported operand type(s) for -: 'Vec2' and 'int'\n"
            "AttributeError: 'Vec2' object has no attribute 'z'\n"
            "IndexError: Vec2 index out of range\n"
            "TypeError: Vec2.__call__() missing 1 required positional "
            "argument: 'dx'\n"
            "TypeError: Vec2.__call__() takes from 2 to 3 positional "
            "arguments but 4 were given\n"
            "True\n");
}

} // namespace

//===- ErrorsTest.cpp - Errors travel as values
//----------------------------===//
//
// The contract of docs/architecture.md ("Errors"): a function that can fail
// returns FailureOr<T> or LogicalResult; a failure means a Python exception
// is pending (raise: a `try` catches it) or a compile error was reported
// (error: nothing catches it), and callers pass it on unchanged.
//
//===----------------------------------------------------------------------===//

#include "TestInterpreter.h"

#include <gtest/gtest.h>

using namespace scopec::frontend;
using scopec::frontend::test::TestInterpreter;

namespace {

/// `half(n)`: n / 2 for an even int, else ValueError; `stop()`: a compile
/// error.
void defineNatives(TestInterpreter &t) {
  t.define("half",
           Interpreter::native(
               "half", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                 static const Signature sig{"half", {"n"}};
                 FailureOr<BoundArgs> bound = in.bind(sig, a);
                 if (failed(bound))
                   return failure();
                 FailureOr<int64_t> n = in.toInt((*bound)["n"], a.loc, "n");
                 if (failed(n))
                   return failure();
                 if (*n % 2)
                   return in.raise(a.loc, "ValueError", "odd");
                 return Value::integer(*n / 2);
               }));
  t.define("stop",
           Interpreter::native("stop", [](Interpreter &in, CallArgs &a) {
             return FailureOr<Value>(in.error(a.loc, "stopped"));
           }));
}

CallArgs args(std::vector<Value> pos) {
  CallArgs a;
  a.pos = std::move(pos);
  return a;
}

TEST(ErrorsTest, ValueOrPendingException) {
  TestInterpreter t;
  defineNatives(t);
  Interpreter &in = t.in();
  Value half = in.globals().vars["half"];
  CallArgs even = args({Value::integer(8)});
  FailureOr<Value> r = in.call(half, even);
  ASSERT_TRUE(succeeded(r));
  EXPECT_EQ(r->getInt(), 4);
  EXPECT_FALSE(in.hasPendingException());

  CallArgs odd = args({Value::integer(3)});
  EXPECT_TRUE(failed(in.call(half, odd)));
  EXPECT_TRUE(in.pendingIs("ValueError"));
  in.clearPendingException();

  // A bad call fails in binding, with CPython's TypeError pending.
  CallArgs none = args({});
  EXPECT_TRUE(failed(in.call(half, none)));
  EXPECT_TRUE(in.pendingIs("TypeError"));
  in.clearPendingException();
  EXPECT_TRUE(t.errors.empty()) << t.errors;
}

TEST(ErrorsTest, RaisedFailuresAreCatchable) {
  TestInterpreter t;
  defineNatives(t);
  // The failure passes through a Python function and a comprehension
  // unchanged, to the handler.
  ASSERT_TRUE(succeeded(t.run(R"py(
def quarter(n):
    return half(half(n))
try:
    print([quarter(n) for n in (8, 4, 6)])
except ValueError as e:
    print("caught", e)
print(quarter(12))
)py")))
      << t.errors;
  EXPECT_EQ(t.out(), "caught odd\n3\n");
}

TEST(ErrorsTest, ReportedErrorsAreNotCatchable) {
  TestInterpreter t;
  defineNatives(t);
  EXPECT_TRUE(failed(t.run(R"py(
try:
    stop()
except Exception:
    print("caught")
print("after")
)py")));
  EXPECT_EQ(t.out(), "");
  EXPECT_NE(t.errors.find("stopped"), std::string::npos) << t.errors;
  EXPECT_FALSE(t.in().hasPendingException());
}

TEST(ErrorsTest, IterationStopsAtAFailure) {
  TestInterpreter t;
  Interpreter &in = t.in();
  Value list =
      Value::list({Value::integer(1), Value::integer(2), Value::integer(3)});
  int seen = 0;
  LogicalResult r = in.forEach(list, SrcLoc{}, [&](const Value &v) {
    ++seen;
    if (v.getInt() == 2)
      return in.raise(SrcLoc{}, "KeyError", "two");
    return success();
  });
  EXPECT_TRUE(failed(r));
  EXPECT_EQ(seen, 2);
  EXPECT_TRUE(in.pendingIs("KeyError"));
  in.clearPendingException();
  FailureOr<std::vector<Value>> items = in.toList(list, SrcLoc{});
  ASSERT_TRUE(succeeded(items));
  EXPECT_EQ(items->size(), 3u);
}

} // namespace

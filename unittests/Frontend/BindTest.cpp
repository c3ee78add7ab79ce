//===- BindTest.cpp - Binding native arguments by name --------------------===//
//
// Every message is CPython 3.11's for the equivalent `def` (or C function),
// checked with python3 when the test was written.
//
//===----------------------------------------------------------------------===//

#include "TestInterpreter.h"

#include <gtest/gtest.h>

using namespace scopec::frontend;
using scopec::frontend::test::TestInterpreter;

namespace {

CallArgs call(std::vector<Value> pos,
              std::vector<std::pair<std::string, Value>> kw = {}) {
  CallArgs a;
  a.pos = std::move(pos);
  a.kw = std::move(kw);
  return a;
}

Value i(int64_t v) { return Value::integer(v); }

/// The TypeError message of binding `a` to `sig`, or "" when it binds.
std::string bindError(const Signature &sig, const CallArgs &a) {
  BoundArgs b;
  std::string error;
  return b.bind(sig, a, error) ? "" : error;
}

// def f(x, y, z=None, *, k, m=1)
const Signature &full() {
  static const Signature sig{"f", {"x", "y", "z=", "*", "k", "m="}};
  return sig;
}

TEST(BindTest, MissingPositional) {
  EXPECT_EQ(bindError(full(), call({})),
            "f() missing 2 required positional arguments: 'x' and 'y'");
  EXPECT_EQ(bindError(full(), call({i(1)})),
            "f() missing 1 required positional argument: 'y'");
  static const Signature three{"m3", {"a", "b", "c"}};
  EXPECT_EQ(bindError(three, call({})),
            "m3() missing 3 required positional arguments: 'a', 'b', and "
            "'c'");
  static const Signature one{"f", {"x"}};
  EXPECT_EQ(bindError(one, call({})),
            "f() missing 1 required positional argument: 'x'");
}

TEST(BindTest, MissingKeywordOnly) {
  EXPECT_EQ(bindError(full(), call({i(1), i(2)})),
            "f() missing 1 required keyword-only argument: 'k'");
  static const Signature two{"kw2", {"*", "a", "b"}};
  EXPECT_EQ(bindError(two, call({})),
            "kw2() missing 2 required keyword-only arguments: 'a' and 'b'");
}

TEST(BindTest, TooManyPositional) {
  static const Signature ranged{"f", {"x", "y=", "z="}};
  EXPECT_EQ(bindError(ranged, call({i(1), i(2), i(3), i(4)})),
            "f() takes from 1 to 3 positional arguments but 4 were given");
  static const Signature exact{"f", {"x", "y"}};
  EXPECT_EQ(bindError(exact, call({i(1), i(2), i(3)})),
            "f() takes 2 positional arguments but 3 were given");
  static const Signature one{"n", {"x"}};
  EXPECT_EQ(bindError(one, call({i(1), i(2)})),
            "n() takes 1 positional argument but 2 were given");
  static const Signature none{"n0", {}};
  EXPECT_EQ(bindError(none, call({i(1)})),
            "n0() takes 0 positional arguments but 1 was given");
  EXPECT_EQ(bindError(full(), call({i(1), i(2), i(3), i(4)}, {{"k", i(1)}})),
            "f() takes from 2 to 3 positional arguments but 4 positional "
            "arguments (and 1 keyword-only argument) were given");
}

TEST(BindTest, KeywordErrors) {
  EXPECT_EQ(bindError(full(), call({i(1), i(2)}, {{"q", i(1)}, {"k", i(1)}})),
            "f() got an unexpected keyword argument 'q'");
  EXPECT_EQ(bindError(full(), call({i(1), i(2)}, {{"x", i(1)}, {"k", i(1)}})),
            "f() got multiple values for argument 'x'");
  // CPython checks keywords before the number of positional arguments.
  static const Signature one{"f", {"x"}};
  EXPECT_EQ(bindError(one, call({i(1), i(2)}, {{"z", i(3)}})),
            "f() got an unexpected keyword argument 'z'");
  static const Signature posOnly{"h", {"x", "/", "y="}};
  EXPECT_EQ(bindError(posOnly, call({}, {{"x", i(1)}})),
            "h() got some positional-only arguments passed as keyword "
            "arguments: 'x'");
}

TEST(BindTest, CFunctionMessages) {
  static const Signature len{"len", {"obj", "/"}, ArgStyle::Clinic};
  EXPECT_EQ(bindError(len, call({})),
            "len() takes exactly one argument (0 given)");
  EXPECT_EQ(bindError(len, call({i(1), i(2)})),
            "len() takes exactly one argument (2 given)");
  EXPECT_EQ(bindError(len, call({}, {{"obj", i(1)}})),
            "len() takes no keyword arguments");
  static const Signature divmod{"divmod", {"x", "y", "/"}, ArgStyle::Clinic};
  EXPECT_EQ(bindError(divmod, call({i(1)})),
            "divmod expected 2 arguments, got 1");
  static const Signature getattr{
      "getattr", {"object", "name", "default=", "/"}, ArgStyle::Clinic};
  EXPECT_EQ(bindError(getattr, call({i(1)})),
            "getattr expected at least 2 arguments, got 1");
  static const Signature time{"time.time", {}, ArgStyle::Clinic};
  EXPECT_EQ(bindError(time, call({i(1)})),
            "time.time() takes no arguments (1 given)");
  static const Signature isclose{
      "isclose", {"a", "b", "*", "rel_tol=", "abs_tol="}, ArgStyle::Clinic};
  EXPECT_EQ(bindError(isclose, call({i(1)})),
            "isclose() missing required argument 'b' (pos 2)");
  EXPECT_EQ(bindError(isclose, call({i(1), i(2), i(3)})),
            "isclose() takes exactly 2 positional arguments (3 given)");
  EXPECT_EQ(bindError(isclose, call({i(1), i(2)}, {{"a", i(1)}})),
            "argument for isclose() given by name ('a') and position (1)");
  EXPECT_EQ(bindError(isclose, call({i(1), i(2)}, {{"z", i(1)}})),
            "'z' is an invalid keyword argument for isclose()");
  static const Signature count{"count", {"start=", "step="}, ArgStyle::Clinic};
  EXPECT_EQ(bindError(count, call({i(1), i(2), i(3)})),
            "count() takes at most 2 arguments (3 given)");
  static const Signature prod{
      "prod", {"iterable", "/", "*", "start="}, ArgStyle::Clinic};
  EXPECT_EQ(bindError(prod, call({})),
            "prod() takes exactly 1 positional argument (0 given)");
}

// PyArg_UnpackTuple and _PyArg_CheckPositional count even one parameter.
TEST(BindTest, UnpackTupleMessages) {
  static const Signature reversed{
      "reversed", {"sequence", "/"}, ArgStyle::Unpack};
  EXPECT_EQ(bindError(reversed, call({})),
            "reversed expected 1 argument, got 0");
  EXPECT_EQ(bindError(reversed, call({i(1), i(2)})),
            "reversed expected 1 argument, got 2");
  EXPECT_EQ(bindError(reversed, call({}, {{"sequence", i(1)}})),
            "reversed() takes no keyword arguments");
  static const Signature range{
      "range", {"start_or_stop", "stop=", "step=", "/"}, ArgStyle::Unpack};
  EXPECT_EQ(bindError(range, call({i(1), i(2), i(3), i(4)})),
            "range expected at most 3 arguments, got 4");
  EXPECT_EQ(bindError(range, call({i(1)})), "");
}

// dict(iterable=None, /, **kwargs): positional-only parameters counted by
// _PyArg_CheckPositional, the keywords collected.
TEST(BindTest, PositionalOnlyWithKwargs) {
  static const Signature dict{
      "dict", {"iterable=", "/", "**kwargs"}, ArgStyle::Clinic};
  EXPECT_EQ(bindError(dict, call({i(1), i(2)})),
            "dict expected at most 1 argument, got 2");
  BoundArgs b;
  std::string error;
  ASSERT_TRUE(
      b.bind(dict, call({i(1)}, {{"iterable", i(2)}, {"a", i(3)}}), error))
      << error;
  EXPECT_EQ(b["iterable"].getInt(), 1);
  ASSERT_EQ(b.kwargs().size(), 2u);
  EXPECT_EQ(b.kwargs()[0].first, "iterable");
  EXPECT_EQ(b.kwargs()[1].second.getInt(), 3);
}

// sorted, min, max and zip check their positional and keyword arguments
// with two parsers: "sort() takes at most 2 keyword arguments (3 given)".
TEST(BindTest, TwoStepBuiltins) {
  static const Signature sortKw{
      "sort", {"*", "key=", "reverse="}, ArgStyle::Clinic};
  CallArgs a = call({i(1)}, {{"key", i(1)}, {"reverse", i(0)}, {"x", i(2)}});
  EXPECT_TRUE(positionalPart(a).kw.empty());
  EXPECT_EQ(positionalPart(a).pos.size(), 1u);
  EXPECT_TRUE(keywordPart(a).pos.empty());
  EXPECT_EQ(bindError(sortKw, keywordPart(a)),
            "sort() takes at most 2 keyword arguments (3 given)");
  EXPECT_EQ(bindError(sortKw, call({i(1)})),
            "sort() takes no positional arguments");
  EXPECT_EQ(bindError(sortKw, call({}, {{"foo", i(1)}})),
            "'foo' is an invalid keyword argument for sort()");
  static const Signature minPos{
      "min", {"iterable", "/", "*args"}, ArgStyle::Clinic};
  EXPECT_EQ(bindError(minPos, call({})),
            "min expected at least 1 argument, got 0");
}

// NumPy's parser (npy_parse_arguments) and Cython's, checked with NumPy
// 1.24.
TEST(BindTest, NumPyAndCythonMessages) {
  static const Signature zeros{
      "zeros", {"shape", "dtype=", "order=", "*", "like="}, ArgStyle::NumPy};
  EXPECT_EQ(bindError(zeros, call({})),
            "zeros() missing required argument 'shape' (pos 0)");
  EXPECT_EQ(bindError(zeros, call({i(1), i(2), i(3), i(4)})),
            "zeros() takes from 1 to 3 positional arguments but 4 were given");
  EXPECT_EQ(bindError(zeros, call({i(1)}, {{"foo", i(1)}})),
            "zeros() got an unexpected keyword argument 'foo'");
  EXPECT_EQ(bindError(zeros, call({i(1)}, {{"shape", i(1)}})),
            "argument for zeros() given by name ('shape') and position "
            "(position 0)");
  EXPECT_EQ(bindError(zeros, call({}, {{"shape", i(1)}, {"like", i(0)}})), "");
  static const Signature seed{"seed", {"seed="}, ArgStyle::Cython};
  EXPECT_EQ(bindError(seed, call({i(1), i(2)})),
            "seed() takes at most 1 positional argument (2 given)");
  static const Signature randint{
      "randint", {"low", "high=", "size=", "dtype="}, ArgStyle::Cython};
  EXPECT_EQ(bindError(randint, call({})),
            "randint() takes at least 1 positional argument (0 given)");
  EXPECT_EQ(bindError(randint, call({i(1)}, {{"low", i(2)}})),
            "randint() got multiple values for keyword argument 'low'");
  EXPECT_EQ(bindError(randint, call({i(1)}, {{"x", i(2)}})),
            "randint() got an unexpected keyword argument 'x'");
}

TEST(BindTest, ReadsByName) {
  BoundArgs b;
  std::string error;
  ASSERT_TRUE(b.bind(full(), call({i(1), i(2)}, {{"k", i(5)}}), error))
      << error;
  EXPECT_EQ(b["x"].getInt(), 1);
  EXPECT_EQ(b["y"].getInt(), 2);
  EXPECT_EQ(b["k"].getInt(), 5);
  EXPECT_TRUE(b.given("k"));
  // Optional parameters not given read as None, or as the default supplied.
  EXPECT_FALSE(b.given("z"));
  EXPECT_TRUE(b["z"].isNone());
  EXPECT_EQ(b.get("m", i(1)).getInt(), 1);
  ASSERT_TRUE(b.bind(
      full(), call({i(1)}, {{"y", i(2)}, {"m", i(7)}, {"k", i(0)}}), error))
      << error;
  EXPECT_EQ(b["y"].getInt(), 2);
  EXPECT_EQ(b.get("m", i(1)).getInt(), 7);
  // A given None is given.
  ASSERT_TRUE(
      b.bind(full(), call({i(1), i(2), Value::none()}, {{"k", i(0)}}), error));
  EXPECT_TRUE(b.given("z"));
}

TEST(BindTest, VarArgsAndKwargs) {
  static const Signature sig{"g", {"a", "*args", "b=", "**kw"}};
  BoundArgs b;
  std::string error;
  ASSERT_TRUE(
      b.bind(sig, call({i(1), i(2), i(3)}, {{"b", i(4)}, {"c", i(5)}}), error))
      << error;
  EXPECT_EQ(b["a"].getInt(), 1);
  ASSERT_EQ(b.args().size(), 2u);
  EXPECT_EQ(b.args()[1].getInt(), 3);
  EXPECT_EQ(b["b"].getInt(), 4);
  ASSERT_EQ(b.kwargs().size(), 1u);
  EXPECT_EQ(b.kwargs()[0].first, "c");
  EXPECT_EQ(repr(b.kwargsDict()), "{'c': 5}");
  // Positional-only names may also be keywords of **kwargs.
  static const Signature posOnly{"h", {"x", "/", "**kw"}};
  ASSERT_TRUE(b.bind(posOnly, call({i(1)}, {{"x", i(2)}}), error)) << error;
  EXPECT_EQ(b["x"].getInt(), 1);
  EXPECT_EQ(b.kwargs().size(), 1u);
}

TEST(BindTest, UnknownNameIsFatal) {
  BoundArgs b;
  std::string error;
  ASSERT_TRUE(b.bind(full(), call({i(1), i(2)}, {{"k", i(5)}}), error));
  EXPECT_DEATH((void)b["kk"], "'kk' is not a parameter of f\\(\\)");
}

TEST(BindTest, NativeRaisesTypeError) {
  TestInterpreter t;
  t.define("f",
           Interpreter::native(
               "f", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                 static const Signature sig{"f", {"x", "y=", "*", "scale="}};
                 FailureOr<BoundArgs> bound = in.bind(sig, a);
                 if (failed(bound))
                   return failure();
                 BoundArgs &b = *bound;
                 return Value::tuple(
                     {b["x"], b.get("y", i(10)), b.get("scale", i(1))});
               }));
  ASSERT_TRUE(succeeded(t.run(R"py(
print(f(1), f(1, 2), f(y=3, x=4, scale=5))
for call in (lambda: f(), lambda: f(1, 2, 3), lambda: f(1, z=2),
             lambda: f(1, x=2)):
    try:
        call()
    except TypeError as e:
        print(e)
)py")))
      << t.errors;
  EXPECT_EQ(t.out(), "(1, 10, 1) (1, 2, 1) (4, 3, 5)\n"
                     "f() missing 1 required positional argument: 'x'\n"
                     "f() takes from 1 to 2 positional arguments but 3 were "
                     "given\n"
                     "f() got an unexpected keyword argument 'z'\n"
                     "f() got multiple values for argument 'x'\n");
}

TEST(BindTest, MethodsCountSelf) {
  TestInterpreter t;
  t.define("m", Interpreter::native(
                    "m", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                      static const Signature sig{"C.m", {"self", "x"}};
                      if (failed(in.bindMethod(sig, Value::none(), a)))
                        return failure();
                      return Value::none();
                    }));
  ASSERT_TRUE(succeeded(t.run(R"py(
try:
    m(1, 2)
except TypeError as e:
    print(e)
)py")))
      << t.errors;
  EXPECT_EQ(t.out(), "C.m() takes 2 positional arguments but 3 were given\n");
}

TEST(BindTest, PythonFunctionsShareTheMessages) {
  TestInterpreter t;
  ASSERT_TRUE(succeeded(t.run(R"py(
def f(x, y, z=None, *, k, m=1):
    pass
def kw2(*, a, b):
    pass
for call in (lambda: f(1, 2, 3, 4, k=1), lambda: kw2(), lambda: f()):
    try:
        call()
    except TypeError as e:
        print(e)
)py")))
      << t.errors;
  EXPECT_EQ(t.out(),
            "f() takes from 2 to 3 positional arguments but 4 positional "
            "arguments (and 1 keyword-only argument) were given\n"
            "kw2() missing 2 required keyword-only arguments: 'a' and 'b'\n"
            "f() missing 2 required positional arguments: 'x' and 'y'\n");
}

} // namespace

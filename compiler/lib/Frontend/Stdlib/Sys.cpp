//===- Sys.cpp - The `sys` module -----------------------------------------===//
//
// The interpreter's view of itself: a Python 3.11 on 64-bit little-endian
// Linux. `sys.argv` is `[<the model file as given to scopec>]` (argv[0] is
// the script under CPython; scopec passes the model no arguments).
// `sys.version_info` is a tuple with named fields (`.major`, `[0]`,
// comparisons with tuples). `sys.exit`, the standard streams and anything reaching
// outside the compile are refused with a located error.
//
//===----------------------------------------------------------------------===//

#include "Support.h"
#include "../Unicode.h"

#include <cfloat>

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

/// sys.float_info: the IEEE double parameters, by name.
Value floatInfo() {
  const std::pair<const char *, Value> fields[] = {
      {"max", Value::real(DBL_MAX)},
      {"max_exp", Value::integer(DBL_MAX_EXP)},
      {"max_10_exp", Value::integer(DBL_MAX_10_EXP)},
      {"min", Value::real(DBL_MIN)},
      {"min_exp", Value::integer(DBL_MIN_EXP)},
      {"min_10_exp", Value::integer(DBL_MIN_10_EXP)},
      {"dig", Value::integer(DBL_DIG)},
      {"mant_dig", Value::integer(DBL_MANT_DIG)},
      {"epsilon", Value::real(DBL_EPSILON)},
      {"radix", Value::integer(FLT_RADIX)},
      {"rounds", Value::integer(1)},
  };
  std::string text = "sys.float_info(";
  for (size_t i = 0; i < std::size(fields); ++i)
    text += std::string(i ? ", " : "") + fields[i].first + "=" +
            repr(fields[i].second);
  auto obj = std::make_shared<AttrObj>("sys.float_info", text + ")");
  for (const auto &[name, value] : fields)
    obj->add(name, value);
  return Value::object(obj);
}

} // namespace

Value stdlib::makeSys(Interpreter &in) {
  auto m = newModule("sys");
  m->add("argv", Value::list({Value::str(in.getFilename().str())}));
  m->add("version_info",
         structSeq(in, "sys.version_info",
                   {"major", "minor", "micro", "releaselevel", "serial"},
                   {Value::integer(3), Value::integer(11), Value::integer(0),
                    Value::str("final"), Value::integer(0)}));
  m->add("version", Value::str("3.11.0 (scopec)"));
  m->add("hexversion", Value::integer(0x030B00F0));
  m->add("maxsize", Value::integer(INT64_MAX));
  m->add("float_info", floatInfo());
  m->add("platform", Value::str("linux"));
  m->add("byteorder", Value::str("little"));
  m->add("path", Value::list());
  addFunction(*m, "getrecursionlimit",
              [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                static const Signature sig{
                    "sys.getrecursionlimit", {}, ArgStyle::Clinic};
                if (failed(in.bind(sig, a)))
                  return failure();
                return Value::integer(Limits::kMaxCallDepth);
              });
  // The call depth is scopec's own bound; a model raising it is accepted
  // and keeps that bound.
  addFunction(
      *m, "setrecursionlimit",
      [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        static const Signature sig{
            "sys.setrecursionlimit", {"new_limit", "/"}, ArgStyle::Clinic};
        FailureOr<BoundArgs> b = in.bind(sig, a);
        if (failed(b))
          return failure();
        FailureOr<int64_t> n = indexArg(in, (*b)["new_limit"], a.loc);
        if (failed(n))
          return failure();
        if (*n < 1)
          return in.raise(a.loc, "ValueError",
                          "recursion limit must be greater or equal than 1");
        return Value::none();
      });
  addFunction(*m, "exit", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    return in.error(a.loc, "sys.exit() is not supported by scopec: a "
                           "model file must run to its end");
  });
  // sys.stdout and sys.stderr write to the model's print stream (progress
  // lines, `print(..., file=sys.stderr)`, tf.print's output_stream); no
  // file is touched. Reading stdin is refused.
  for (const char *name : {"stdout", "stderr"}) {
    auto stream = std::make_shared<ModuleObj>(std::string("sys.") + name);
    std::string qualified = stream->name;
    addFunction(*stream, "write",
                [qualified](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                  Signature sig{qualified + ".write", {"s", "/"},
                                ArgStyle::Clinic};
                  FailureOr<BoundArgs> bound = in.bind(sig, a);
                  if (failed(bound))
                    return failure();
                  BoundArgs &b = *bound;
                  if (!b["s"].isStr())
                    return in.raise(a.loc, "TypeError",
                                    "write() argument must be str, not " +
                                        typeName(b["s"]));
                  in.out() << b["s"].getStr();
                  return Value::integer(
                      static_cast<int64_t>(unicode::length(b["s"].getStr())));
                });
    addFunction(*stream, "flush",
                [](Interpreter &, CallArgs &) -> FailureOr<Value> {
                  return Value::none();
                });
    addFunction(*stream, "isatty",
                [](Interpreter &, CallArgs &) -> FailureOr<Value> {
                  return Value::boolean(false);
                });
    stream->add("encoding", Value::str("utf-8"));
    m->add(name, Value::object(stream));
  }
  refuse(*m, "stdin", "model files cannot read input");
  for (const char *name : {"modules", "settrace", "setprofile", "_getframe",
                           "exc_info", "getsizeof", "getrefcount"})
    refuse(*m, name, "model files cannot inspect the interpreter");
  return Value::object(m);
}

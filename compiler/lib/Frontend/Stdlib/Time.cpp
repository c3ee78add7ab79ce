//===- Time.cpp - A deterministic `time` module ---------------------------===//
//
// Compiles are deterministic, so the clocks are stopped at the epoch:
// time(), perf_counter(), monotonic(), process_time() (and their _ns
// forms) always return 0, and sleep() returns at once after checking its
// argument like CPython. Calendar functions (localtime, strftime, ...)
// would read the machine's clock or time zone and are refused.
//
//===----------------------------------------------------------------------===//

#include "Support.h"

#include <cmath>

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

Value stdlib::makeTime(Interpreter &in) {
  (void)in;
  auto m = newModule("time");
  for (const char *name : {"time", "perf_counter", "monotonic",
                           "process_time", "thread_time"}) {
    std::string n = name;
    // METH_NOARGS: "time.time() takes no arguments (1 given)".
    auto sig = std::make_shared<const Signature>(
        "time." + n, std::initializer_list<const char *>{}, ArgStyle::Clinic);
    auto nsSig = std::make_shared<const Signature>(
        "time." + n + "_ns", std::initializer_list<const char *>{},
        ArgStyle::Clinic);
    addFunction(*m, n, [sig](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
      if (failed(in.bind(*sig, a)))
        return failure();
      return Value::real(0.0);
    });
    addFunction(*m, n + "_ns",
                [nsSig](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                  if (failed(in.bind(*nsSig, a)))
                    return failure();
                  return Value::integer(0);
                });
  }
  addFunction(
      *m, "sleep", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        static const Signature sig{
            "time.sleep", {"secs", "/"}, ArgStyle::Clinic};
        FailureOr<BoundArgs> bound = in.bind(sig, a);
        if (failed(bound))
          return failure();
        BoundArgs &b = *bound;
        if (!b["secs"].isNumber())
          return in.raise(a.loc, "TypeError",
                          "'" + typeName(b["secs"]) +
                              "' object cannot be interpreted as an integer");
        double secs = b["secs"].asDouble();
        if (std::isnan(secs))
          return in.raise(a.loc, "ValueError",
                          "Invalid value NaN (not a number)");
        if (secs < 0)
          return in.raise(a.loc, "ValueError",
                          "sleep length must be non-negative");
        return Value::none();
      });
  for (const char *name : {"localtime", "gmtime", "strftime", "ctime",
                           "asctime", "mktime", "strptime", "tzset"})
    refuse(*m, name,
           "compiles must be deterministic (no wall-clock time or time zone)");
  return Value::object(m);
}

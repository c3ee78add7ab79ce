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
    addFunction(*m, n, [n](Interpreter &in, CallArgs &a, Value &out) {
      if (!positional(in, a, n, 0, 0))
        return false;
      out = Value::real(0.0);
      return true;
    });
    addFunction(*m, n + "_ns", [n](Interpreter &in, CallArgs &a, Value &out) {
      if (!positional(in, a, n + "_ns", 0, 0))
        return false;
      out = Value::integer(0);
      return true;
    });
  }
  addFunction(*m, "sleep", [](Interpreter &in, CallArgs &a, Value &out) {
    double secs;
    if (!oneArg(in, a, "time.sleep"))
      return false;
    if (!a.pos[0].isNumber())
      return in.raise(a.loc, "TypeError",
                      "'" + typeName(a.pos[0]) +
                          "' object cannot be interpreted as an integer");
    secs = a.pos[0].asDouble();
    if (std::isnan(secs))
      return in.raise(a.loc, "ValueError", "Invalid value NaN (not a number)");
    if (secs < 0)
      return in.raise(a.loc, "ValueError", "sleep length must be non-negative");
    out = Value::none();
    return true;
  });
  for (const char *name : {"localtime", "gmtime", "strftime", "ctime",
                           "asctime", "mktime", "strptime", "tzset"})
    refuse(*m, name,
           "compiles must be deterministic (no wall-clock time or time zone)");
  return Value::object(m);
}

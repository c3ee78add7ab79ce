//===- Logging.cpp - An inert `logging` module ----------------------------===//
//
// Loggers exist, keep their level and answer getEffectiveLevel() and
// isEnabledFor() like CPython's (a logger without a level asks its dotted
// parents, then the root, WARNING by default), but no record is ever
// written: a compile's only output channel is print() (CPython would show
// warnings and errors on stderr). Handlers and formatters are inert
// objects; FileHandler is refused (no file system).
//
//===----------------------------------------------------------------------===//

#include "Support.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

const std::pair<const char *, int64_t> kLevels[] = {
    {"CRITICAL", 50}, {"FATAL", 50}, {"ERROR", 40}, {"WARNING", 30},
    {"WARN", 30},     {"INFO", 20},  {"DEBUG", 10}, {"NOTSET", 0}};

/// The loggers of one interpreter, by name ("root" for the root logger).
struct Registry {
  llvm::StringMap<Value> loggers;
  llvm::StringMap<int64_t> levels;
};

/// Accepts every argument and returns None.
FailureOr<Value> inert(Interpreter &, CallArgs &) { return Value::none(); }

/// A level given as a number or a level name.
FailureOr<int64_t> levelArg(Interpreter &in, const Value &v, SrcLoc l) {
  if (v.isIntLike())
    return v.getInt();
  if (v.isStr()) {
    for (const auto &[name, level] : kLevels)
      if (v.getStr() == name)
        return level;
    return in.raise(l, "ValueError", "Unknown level: " + repr(v));
  }
  return in.raise(l, "TypeError",
                  "Level not an integer or a valid string: " + repr(v));
}

std::string levelName(int64_t level) {
  for (const auto &[name, value] : kLevels)
    if (value == level && std::string(name) != "FATAL" &&
        std::string(name) != "WARN")
      return name;
  return "Level " + std::to_string(level);
}

/// The effective level of `name`: its own, else its nearest dotted
/// parent's, else the root's.
int64_t effectiveLevel(const Registry &r, llvm::StringRef name) {
  for (llvm::StringRef n = name; !n.empty(); n = n.rsplit('.').first) {
    auto it = r.levels.find(n);
    if (it != r.levels.end() && it->second != 0)
      return it->second;
    if (!n.contains('.'))
      break;
  }
  return r.levels.lookup("root");
}

Value getLogger(const std::shared_ptr<Registry> &r, const std::string &name) {
  auto found = r->loggers.find(name);
  if (found != r->loggers.end())
    return found->second;
  bool root = name == "root";
  auto obj = std::make_shared<AttrObj>(root ? "RootLogger" : "Logger", "");
  obj->reprText = "<" + obj->name + " " + name + " (" +
                  levelName(effectiveLevel(*r, name)) + ")>";
  obj->add("name", Value::str(name));
  obj->add("propagate", Value::boolean(true));
  obj->add("disabled", Value::boolean(false));
  for (const char *m : {"debug", "info", "warning", "warn", "error",
                        "critical", "fatal", "exception", "log", "addHandler",
                        "removeHandler", "addFilter", "removeFilter"})
    addFunction(*obj, m, inert);
  addFunction(*obj, "setLevel",
              [r, name](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                static const Signature sig{"setLevel", {"level"}};
                FailureOr<BoundArgs> v = in.bind(sig, a);
                if (failed(v))
                  return failure();
                FailureOr<int64_t> level = levelArg(in, (*v)["level"], a.loc);
                if (failed(level))
                  return failure();
                r->levels[name] = *level;
                return Value::none();
              });
  addFunction(
      *obj, "getEffectiveLevel",
      [r, name](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        static const Signature sig{"Logger.getEffectiveLevel", {"self"}};
        if (failed(in.bindMethod(sig, Value::none(), a)))
          return failure();
        return Value::integer(effectiveLevel(*r, name));
      });
  addFunction(*obj, "isEnabledFor",
              [r, name](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                static const Signature sig{"isEnabledFor", {"level"}};
                FailureOr<BoundArgs> v = in.bind(sig, a);
                if (failed(v))
                  return failure();
                FailureOr<int64_t> level = indexArg(in, (*v)["level"], a.loc);
                if (failed(level))
                  return failure();
                return Value::boolean(*level >= effectiveLevel(*r, name));
              });
  Value logger = Value::object(obj);
  r->loggers[name] = logger;
  return logger;
}

/// An inert handler or formatter object.
NativeFn inertObject(const char *type) {
  return [type](Interpreter &, CallArgs &) -> FailureOr<Value> {
    auto obj = std::make_shared<AttrObj>(type, std::string("<") + type + ">");
    for (const char *m : {"setFormatter", "setLevel", "addFilter", "flush",
                          "close", "format"})
      addFunction(*obj, m, inert);
    return Value::object(obj);
  };
}

} // namespace

Value stdlib::makeLogging(Interpreter &in) {
  (void)in;
  auto r = std::make_shared<Registry>();
  r->levels["root"] = 30;
  auto m = newModule("logging");
  for (const auto &[name, level] : kLevels)
    m->add(name, Value::integer(level));
  Value root = getLogger(r, "root");
  m->add("root", root);
  addFunction(*m, "getLogger",
              [r, root](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                static const Signature sig{"getLogger", {"name="}};
                FailureOr<BoundArgs> bound = in.bind(sig, a);
                if (failed(bound))
                  return failure();
                BoundArgs &v = *bound;
                if (v["name"].isNone() ||
                    (v["name"].isStr() && v["name"].getStr() == "root"))
                  return root;
                if (!v["name"].isStr())
                  return in.raise(a.loc, "TypeError",
                                  "A logger name must be a string");
                return getLogger(r, v["name"].getStr());
              });
  addFunction(*m, "getLevelName",
              [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                static const Signature sig{"getLevelName", {"level"}};
                FailureOr<BoundArgs> bound = in.bind(sig, a);
                if (failed(bound))
                  return failure();
                BoundArgs &v = *bound;
                Value out = v["level"].isIntLike()
                                ? Value::str(levelName(v["level"].getInt()))
                                : Value::str("Level " + str(v["level"]));
                if (v["level"].isStr())
                  for (const auto &[name, level] : kLevels)
                    if (v["level"].getStr() == name)
                      out = Value::integer(level);
                return out;
              });
  for (const char *f : {"basicConfig", "debug", "info", "warning", "warn",
                        "error", "critical", "fatal", "exception", "log",
                        "disable", "captureWarnings"})
    addFunction(*m, f, inert);
  addFunction(*m, "StreamHandler", inertObject("StreamHandler"));
  addFunction(*m, "NullHandler", inertObject("NullHandler"));
  addFunction(*m, "Formatter", inertObject("Formatter"));
  refuse(*m, "FileHandler", "model files cannot access the file system");
  return Value::object(m);
}

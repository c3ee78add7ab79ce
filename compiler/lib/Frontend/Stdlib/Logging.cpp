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
bool inert(Interpreter &, CallArgs &, Value &out) {
  out = Value::none();
  return true;
}

/// A level given as a number or a level name.
bool levelArg(Interpreter &in, const Value &v, SrcLoc l, int64_t &out) {
  if (v.isIntLike()) {
    out = v.getInt();
    return true;
  }
  if (v.isStr()) {
    for (const auto &[name, level] : kLevels)
      if (v.getStr() == name) {
        out = level;
        return true;
      }
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
  addFunction(
      *obj, "setLevel", [r, name](Interpreter &in, CallArgs &a, Value &out) {
        static const Signature sig{"setLevel", {"level"}};
        BoundArgs v;
        int64_t level;
        if (!in.bind(sig, a, v) || !levelArg(in, v["level"], a.loc, level))
          return false;
        r->levels[name] = level;
        out = Value::none();
        return true;
      });
  addFunction(
      *obj, "getEffectiveLevel",
      [r, name](Interpreter &in, CallArgs &a, Value &out) {
        static const Signature sig{"Logger.getEffectiveLevel", {"self"}};
        BoundArgs b;
        if (!in.bindMethod(sig, Value::none(), a, b))
          return false;
        out = Value::integer(effectiveLevel(*r, name));
        return true;
      });
  addFunction(*obj, "isEnabledFor",
              [r, name](Interpreter &in, CallArgs &a, Value &out) {
                static const Signature sig{"isEnabledFor", {"level"}};
                BoundArgs v;
                int64_t level;
                if (!in.bind(sig, a, v) ||
                    !indexArg(in, v["level"], a.loc, level))
                  return false;
                out = Value::boolean(level >= effectiveLevel(*r, name));
                return true;
              });
  Value logger = Value::object(obj);
  r->loggers[name] = logger;
  return logger;
}

/// An inert handler or formatter object.
NativeFn inertObject(const char *type) {
  return [type](Interpreter &, CallArgs &, Value &out) {
    auto obj = std::make_shared<AttrObj>(type, std::string("<") + type + ">");
    for (const char *m : {"setFormatter", "setLevel", "addFilter", "flush",
                          "close", "format"})
      addFunction(*obj, m, inert);
    out = Value::object(obj);
    return true;
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
  addFunction(
      *m, "getLogger", [r, root](Interpreter &in, CallArgs &a, Value &out) {
        static const Signature sig{"getLogger", {"name="}};
        BoundArgs v;
        if (!in.bind(sig, a, v))
          return false;
        if (v["name"].isNone() ||
            (v["name"].isStr() && v["name"].getStr() == "root")) {
          out = root;
          return true;
        }
        if (!v["name"].isStr())
          return in.raise(a.loc, "TypeError", "A logger name must be a string");
        out = getLogger(r, v["name"].getStr());
        return true;
      });
  addFunction(*m, "getLevelName", [](Interpreter &in, CallArgs &a, Value &out) {
    static const Signature sig{"getLevelName", {"level"}};
    BoundArgs v;
    if (!in.bind(sig, a, v))
      return false;
    out = v["level"].isIntLike() ? Value::str(levelName(v["level"].getInt()))
                                 : Value::str("Level " + str(v["level"]));
    if (v["level"].isStr())
      for (const auto &[name, level] : kLevels)
        if (v["level"].getStr() == name)
          out = Value::integer(level);
    return true;
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

//===- Os.cpp - The `os` and `os.path` modules ----------------------------===//
//
// Only what is pure string manipulation, with POSIX semantics (posixpath):
// join, split, basename, dirname, splitext, normpath, isabs, commonprefix
// and the separator constants. The environment is empty (`os.environ` is
// an empty dict, `os.getenv` returns its default). Every function that
// would touch the file system, the environment of the compiler or another
// process is a known attribute that is refused when read: a compile must
// not depend on, or change, the machine it runs on.
//
//===----------------------------------------------------------------------===//

#include "Support.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

/// A path argument: str, else CPython's os.fspath TypeError.
bool pathArg(Interpreter &in, const Value &v, SrcLoc l, std::string &out) {
  if (v.isStr()) {
    out = v.getStr();
    return true;
  }
  return in.raise(l, "TypeError",
                  "expected str, bytes or os.PathLike object, not " +
                      typeName(v));
}

/// Binds the one path parameter `param` of `fn`.
bool onePath(Interpreter &in, CallArgs &a, const char *fn, const char *param,
             std::string &path) {
  Signature sig{fn, {param}};
  BoundArgs v;
  return in.bind(sig, a, v) && pathArg(in, v[param], a.loc, path);
}

/// posixpath.split: (head, tail), trailing slashes stripped from a head
/// that is not all slashes.
std::pair<std::string, std::string> splitPath(const std::string &p) {
  size_t i = p.rfind('/');
  i = i == std::string::npos ? 0 : i + 1;
  std::string head = p.substr(0, i), tail = p.substr(i);
  if (!head.empty() && head.find_first_not_of('/') != std::string::npos)
    head.erase(head.find_last_not_of('/') + 1);
  return {head, tail};
}

/// genericpath._splitext with '/' and '.': leading dots of the file name do
/// not start an extension.
std::pair<std::string, std::string> splitExt(const std::string &p) {
  size_t sep = p.rfind('/'), dot = p.rfind('.');
  if (dot == std::string::npos || (sep != std::string::npos && dot < sep))
    return {p, ""};
  for (size_t i = sep == std::string::npos ? 0 : sep + 1; i < dot; ++i)
    if (p[i] != '.')
      return {p.substr(0, dot), p.substr(dot)};
  return {p, ""};
}

/// posixpath.normpath.
std::string normPath(const std::string &path) {
  if (path.empty())
    return ".";
  size_t initial = path[0] == '/' ? 1 : 0;
  if (path.compare(0, 2, "//") == 0 && path.compare(0, 3, "///") != 0)
    initial = 2;
  std::vector<std::string> comps;
  for (llvm::StringRef rest = path; !rest.empty();) {
    auto [comp, tail] = rest.split('/');
    rest = tail;
    if (comp.empty() || comp == ".")
      continue;
    if (comp != ".." || (!initial && comps.empty()) ||
        (!comps.empty() && comps.back() == ".."))
      comps.push_back(comp.str());
    else if (!comps.empty())
      comps.pop_back();
  }
  std::string out(initial, '/');
  for (size_t i = 0; i < comps.size(); ++i)
    out += (i ? "/" : "") + comps[i];
  return out.empty() ? "." : out;
}

/// os.path.join(a, *p).
bool join(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"join", {"a", "*p"}};
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
  std::vector<Value> parts{b["a"]};
  parts.insert(parts.end(), b.args().begin(), b.args().end());
  std::string path;
  if (!pathArg(in, parts[0], a.loc, path))
    return false;
  for (size_t i = 1; i < parts.size(); ++i) {
    if (!parts[i].isStr())
      return in.raise(a.loc, "TypeError",
                      "join() argument must be str, bytes, or os.PathLike "
                      "object, not '" +
                          typeName(parts[i]) + "'");
    const std::string &b = parts[i].getStr();
    if (!b.empty() && b[0] == '/')
      path = b;
    else if (path.empty() || path.back() == '/')
      path += b;
    else
      path += "/" + b;
  }
  out = Value::str(path);
  return true;
}

/// os.path.commonprefix(m): the longest common leading string.
bool commonPrefix(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{"commonprefix", {"m"}};
  BoundArgs v;
  std::vector<Value> items;
  if (!in.bind(sig, a, v) || !in.toList(v["m"], a.loc, items))
    return false;
  std::vector<std::string> strs;
  for (const Value &s : items) {
    std::string p;
    if (!pathArg(in, s, a.loc, p))
      return false;
    strs.push_back(p);
  }
  if (strs.empty()) {
    out = Value::str("");
    return true;
  }
  const std::string &lo = *std::min_element(strs.begin(), strs.end());
  const std::string &hi = *std::max_element(strs.begin(), strs.end());
  size_t n = 0;
  while (n < lo.size() && n < hi.size() && lo[n] == hi[n])
    ++n;
  out = Value::str(lo.substr(0, n));
  return true;
}

const char *const kNoFiles = "model files cannot access the file system";

} // namespace

Value stdlib::makeOs(Interpreter &in) {
  (void)in;
  auto path = newModule("os.path");
  addFunction(*path, "join", join);
  addFunction(*path, "split", [](Interpreter &in, CallArgs &a, Value &out) {
    std::string p;
    if (!onePath(in, a, "split", "p", p))
      return false;
    auto [head, tail] = splitPath(p);
    out = Value::tuple({Value::str(head), Value::str(tail)});
    return true;
  });
  addFunction(*path, "basename", [](Interpreter &in, CallArgs &a, Value &out) {
    std::string p;
    if (!onePath(in, a, "basename", "p", p))
      return false;
    size_t i = p.rfind('/');
    out = Value::str(i == std::string::npos ? p : p.substr(i + 1));
    return true;
  });
  addFunction(*path, "dirname", [](Interpreter &in, CallArgs &a, Value &out) {
    std::string p;
    if (!onePath(in, a, "dirname", "p", p))
      return false;
    out = Value::str(splitPath(p).first);
    return true;
  });
  addFunction(*path, "splitext", [](Interpreter &in, CallArgs &a, Value &out) {
    std::string p;
    if (!onePath(in, a, "splitext", "p", p))
      return false;
    auto [root, ext] = splitExt(p);
    out = Value::tuple({Value::str(root), Value::str(ext)});
    return true;
  });
  addFunction(*path, "normpath", [](Interpreter &in, CallArgs &a, Value &out) {
    std::string p;
    if (!onePath(in, a, "normpath", "path", p))
      return false;
    out = Value::str(normPath(p));
    return true;
  });
  addFunction(*path, "isabs", [](Interpreter &in, CallArgs &a, Value &out) {
    std::string p;
    if (!onePath(in, a, "isabs", "s", p))
      return false;
    out = Value::boolean(!p.empty() && p[0] == '/');
    return true;
  });
  addFunction(*path, "commonprefix", commonPrefix);
  path->add("sep", Value::str("/"));
  for (const char *name :
       {"exists", "isfile", "isdir", "islink", "ismount", "lexists",
        "getsize", "getmtime", "getatime", "getctime", "samefile",
        "abspath", "realpath", "relpath", "expanduser", "expandvars"})
    refuse(*path, name, kNoFiles);

  auto os = newModule("os");
  os->add("path", Value::object(path));
  os->add("sep", Value::str("/"));
  os->add("altsep", Value::none());
  os->add("extsep", Value::str("."));
  os->add("pathsep", Value::str(":"));
  os->add("curdir", Value::str("."));
  os->add("pardir", Value::str(".."));
  os->add("linesep", Value::str("\n"));
  os->add("name", Value::str("posix"));
  os->add("environ", Value::object(std::make_shared<DictObj>()));
  addFunction(*os, "getenv", [](Interpreter &in, CallArgs &a, Value &out) {
    static const Signature sig{"getenv", {"key", "default="}};
    BoundArgs v;
    if (!in.bind(sig, a, v))
      return false;
    if (!v["key"].isStr())
      return in.raise(a.loc, "TypeError",
                      "str expected, not " + typeName(v["key"]));
    // The model's environment is empty.
    out = v["default"];
    return true;
  });
  for (const char *name :
       {"getcwd", "chdir", "listdir", "scandir", "walk", "mkdir",
        "makedirs", "remove", "unlink", "rmdir", "removedirs", "rename",
        "replace", "stat", "lstat", "open", "fdopen", "access", "chmod",
        "symlink", "link", "readlink", "utime", "truncate"})
    refuse(*os, name, kNoFiles);
  for (const char *name : {"system", "popen", "fork", "kill", "getpid",
                           "getppid", "execv", "execvp", "spawnv", "_exit"})
    refuse(*os, name, "model files cannot run or inspect processes");
  for (const char *name : {"putenv", "unsetenv"})
    refuse(*os, name, "model files cannot change the environment");
  refuse(*os, "urandom", "compiles must be deterministic");
  return Value::object(os);
}

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
FailureOr<std::string> pathArg(Interpreter &in, const Value &v, SrcLoc l) {
  if (v.isStr())
    return v.getStr();
  return in.raise(l, "TypeError",
                  "expected str, bytes or os.PathLike object, not " +
                      typeName(v));
}

/// Binds the one path parameter `param` of `fn`.
FailureOr<std::string> onePath(Interpreter &in, CallArgs &a, const char *fn,
                               const char *param) {
  Signature sig{fn, {param}};
  FailureOr<BoundArgs> v = in.bind(sig, a);
  if (failed(v))
    return failure();
  return pathArg(in, (*v)[param], a.loc);
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
FailureOr<Value> join(Interpreter &in, CallArgs &a) {
  static const Signature sig{"join", {"a", "*p"}};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  std::vector<Value> parts{b["a"]};
  parts.insert(parts.end(), b.args().begin(), b.args().end());
  FailureOr<std::string> first = pathArg(in, parts[0], a.loc);
  if (failed(first))
    return failure();
  std::string path = std::move(*first);
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
  return Value::str(path);
}

/// os.path.commonprefix(m): the longest common leading string.
FailureOr<Value> commonPrefix(Interpreter &in, CallArgs &a) {
  static const Signature sig{"commonprefix", {"m"}};
  FailureOr<BoundArgs> v = in.bind(sig, a);
  if (failed(v))
    return failure();
  FailureOr<std::vector<Value>> items = in.toList((*v)["m"], a.loc);
  if (failed(items))
    return failure();
  std::vector<std::string> strs;
  for (const Value &s : *items) {
    FailureOr<std::string> p = pathArg(in, s, a.loc);
    if (failed(p))
      return failure();
    strs.push_back(*p);
  }
  if (strs.empty())
    return Value::str("");
  const std::string &lo = *std::min_element(strs.begin(), strs.end());
  const std::string &hi = *std::max_element(strs.begin(), strs.end());
  size_t n = 0;
  while (n < lo.size() && n < hi.size() && lo[n] == hi[n])
    ++n;
  return Value::str(lo.substr(0, n));
}

const char *const kNoFiles = "model files cannot access the file system";

} // namespace

Value stdlib::makeOs(Interpreter &in) {
  (void)in;
  auto path = newModule("os.path");
  addFunction(*path, "join", join);
  addFunction(*path, "split",
              [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                FailureOr<std::string> p = onePath(in, a, "split", "p");
                if (failed(p))
                  return failure();
                auto [head, tail] = splitPath(*p);
                return Value::tuple({Value::str(head), Value::str(tail)});
              });
  addFunction(
      *path, "basename", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        FailureOr<std::string> p = onePath(in, a, "basename", "p");
        if (failed(p))
          return failure();
        size_t i = p->rfind('/');
        return Value::str(i == std::string::npos ? *p : p->substr(i + 1));
      });
  addFunction(*path, "dirname",
              [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                FailureOr<std::string> p = onePath(in, a, "dirname", "p");
                if (failed(p))
                  return failure();
                return Value::str(splitPath(*p).first);
              });
  addFunction(*path, "splitext",
              [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                FailureOr<std::string> p = onePath(in, a, "splitext", "p");
                if (failed(p))
                  return failure();
                auto [root, ext] = splitExt(*p);
                return Value::tuple({Value::str(root), Value::str(ext)});
              });
  addFunction(*path, "normpath",
              [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                FailureOr<std::string> p = onePath(in, a, "normpath", "path");
                if (failed(p))
                  return failure();
                return Value::str(normPath(*p));
              });
  addFunction(*path, "isabs",
              [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                FailureOr<std::string> p = onePath(in, a, "isabs", "s");
                if (failed(p))
                  return failure();
                return Value::boolean(!p->empty() && (*p)[0] == '/');
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
  addFunction(*os, "getenv",
              [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                static const Signature sig{"getenv", {"key", "default="}};
                FailureOr<BoundArgs> bound = in.bind(sig, a);
                if (failed(bound))
                  return failure();
                BoundArgs &v = *bound;
                if (!v["key"].isStr())
                  return in.raise(a.loc, "TypeError",
                                  "str expected, not " + typeName(v["key"]));
                // The model's environment is empty.
                return v["default"];
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

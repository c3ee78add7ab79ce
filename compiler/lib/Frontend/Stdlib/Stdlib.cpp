//===- Stdlib.cpp - The registry of native standard-library modules -------===//
//
// `import NAME` of a standard-library module: the top-level module is made
// by its factory on first import and cached in the interpreter
// (`import math` twice gives the same object); a dotted name (`os.path`,
// `six.moves`) is a submodule attribute of the cached top-level module, so
// `import os.path` binds the very `os` whose `path` it imported.
//
//===----------------------------------------------------------------------===//

#include "Stdlib.h"

#include "Support.h"


#include "llvm/ADT/STLExtras.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

using Factory = Value (*)(Interpreter &);

/// The top-level modules and their factories.
const std::pair<const char *, Factory> kModules[] = {
    {"math", makeMath},
    {"six", makeSix},
    {"__future__", makeFuture},
    {"os", makeOs},
    {"sys", makeSys},
    {"functools", makeFunctools},
    {"itertools", makeItertools},
    {"collections", makeCollections},
    {"logging", makeLogging},
    {"time", makeTime},
    {"warnings", makeWarnings},
    {"pdb", makePdb},
    {"re", makeRe},
    {"abc", makeAbc},
    {"argparse", makeArgparse},
    {"copy", makeCopy},
    {"string", makeString},
    {"_random", makeRandomCore},
};

/// The cached top-level module `name`, made on first use; None if unknown.
Value topLevel(Interpreter &in, llvm::StringRef name) {
  llvm::StringMap<Value> &cache = in.stdlibModules();
  auto it = cache.find(name);
  if (it != cache.end())
    return it->second;
  for (const auto &[moduleName, factory] : kModules) {
    if (name != moduleName)
      continue;
    Value m = factory(in);
    // Not cached when the factory failed (it reported why).
    if (!m.isNone())
      in.stdlibModules()[name] = m;
    return m;
  }
  return Value::none();
}

} // namespace

Value scopec::frontend::importStdlibModule(Interpreter &in,
                                           llvm::StringRef name) {
  auto [head, rest] = name.split('.');
  Value m = topLevel(in, head);
  // `import a.b.c`: each part must be a submodule (not any attribute: `import
  // math.pi` fails in CPython too).
  while (!m.isNone() && !rest.empty()) {
    auto [part, tail] = rest.split('.');
    rest = tail;
    auto *mod = m.as<ModuleObj>();
    auto it = mod->attrs.find(part);
    if (it == mod->attrs.end() || !it->second.is(ObjKind::Module) ||
        it->second.get()->typeName() != "module")
      return Value::none();
    m = it->second;
  }
  return m;
}

//===----------------------------------------------------------------------===//
// Support.h
//===----------------------------------------------------------------------===//

std::shared_ptr<ModuleObj> stdlib::newModule(llvm::StringRef name) {
  return std::make_shared<ModuleObj>(name.str());
}

void stdlib::addFunction(ModuleObj &m, const std::string &name, NativeFn fn) {
  m.add(name, Interpreter::native(name, std::move(fn)));
}

void stdlib::refuse(ModuleObj &m, const std::string &name,
                    llvm::StringRef why) {
  m.unsupported[name] =
      (m.name + "." + name + " is not supported by scopec: " + why).str();
}

FailureOr<Value> stdlib::builtin(Interpreter &in, const std::string &name,
                                 SrcLoc l) {
  NameExpr e(l, name);
  FailureOr<Value> v = in.eval(&e);
  if (failed(v))
    return failure();
  if (v->is(ObjKind::Builtin) && v->as<BuiltinObj>()->name == name)
    return v;
  return in.error(l, "the standard-library modules of scopec need the "
                     "built-in '" +
                         name + "', which this model rebinds before the "
                                "import");
}

FailureOr<double> stdlib::realArg(Interpreter &in, const Value &v, SrcLoc l) {
  Value n = Interpreter::asNumber(v);
  if (n.isNumber())
    return n.asDouble();
  return in.raise(l, "TypeError", "must be real number, not " + typeName(v));
}

FailureOr<int64_t> stdlib::indexArg(Interpreter &in, const Value &v, SrcLoc l) {
  if (v.isIntLike())
    return v.getInt();
  return in.raise(l, "TypeError",
                  "'" + typeName(v) +
                      "' object cannot be interpreted as an integer");
}

FailureOr<Value> stdlib::callWith(Interpreter &in, const Value &fn,
                                  std::vector<Value> args, SrcLoc l) {
  CallArgs a;
  a.pos = std::move(args);
  a.loc = l;
  return in.call(fn, a);
}

LogicalResult stdlib::intOverflow(Interpreter &in, SrcLoc l) {
  return in.error(l, "integer overflow (scopec integers are 64-bit)");
}

//===- Import.cpp - import statements and the model's own modules ---------===//
//
// `import a.b`, `from a import b`, `from . import b`, `from a import *`.
// A name resolves, in order, to TensorFlow/NumPy, the native standard
// library (Stdlib/), a module of the model (`name.py` or a package
// `name/__init__.py` in the model file's directory or an -I directory; run
// once, cached like CPython's sys.modules, `__name__` set as CPython does),
// or else an *unavailable* module: the import succeeds (model files often
// import data loaders and plotting libraries the graph never needs) and any
// use of it is a located error.
//
// Sandbox: only files whose real path lies inside a search directory are
// read (no `..`, no symlink out of it); nothing is ever written.
//
//===----------------------------------------------------------------------===//

#include "Classes.h"
#include "Interpreter.h"
#include "Parser.h"
#include "Prelude.h"
#include "Stdlib/Stdlib.h"

#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace scopec::frontend;

namespace {
/// Largest module file accepted (as for the model file).
constexpr uint64_t kMaxModuleBytes = 16 << 20;

/// Whether `path` (existing) lies inside one of `dirs` after resolving
/// symlinks and `..`.
bool insideSearchDirs(const std::string &path,
                      const std::vector<std::string> &dirs) {
  llvm::SmallString<256> real;
  if (llvm::sys::fs::real_path(path, real))
    return false;
  for (const std::string &d : dirs) {
    llvm::SmallString<256> realDir;
    if (llvm::sys::fs::real_path(d, realDir))
      continue;
    llvm::StringRef r = real;
    if (r.starts_with(realDir) &&
        (r.size() == realDir.size() ||
         llvm::sys::path::is_separator(r[realDir.size()])))
      return true;
  }
  return false;
}
} // namespace

LogicalResult Interpreter::unavailableError(const ModuleObj &m, SrcLoc l) {
  std::string why = m.unavailableReason.empty()
                        ? "module '" + m.name + "' is not available to scopec"
                        : m.unavailableReason;
  return error(l, why + ": a model file may import it, but only code the "
                        "graph does not need may use it");
}

namespace {
/// The module `name`, which a model file may import but not use: using it
/// is the error `reason`.
Value unavailableModule(const std::string &name, const std::string &reason) {
  auto u = std::make_shared<ModuleObj>(name);
  u->unavailable = true;
  u->unavailableReason = reason;
  return Value::object(u);
}

/// A module of TensorFlow outside scopec's API (a data loader, a tool).
Value unsupportedTFModule(const std::string &name) {
  return unavailableModule(name, "module '" + name +
                                     "' of TensorFlow is not supported by "
                                     "scopec");
}
} // namespace

FailureOr<Value> Interpreter::importModule(const std::string &name,
                                           SrcLoc l) {
  Value out = host().importModule(name);
  llvm::StringRef top = llvm::StringRef(name).split('.').first;
  if (!out.isNone()) {
    if (failed(completeHostModule(top, l)))
      return failure();
    return out;
  }
  if (top == "tensorflow") {
    // Submodules of the TF API resolve to the objects `tf` exposes there.
    Value m = host().importModule("tensorflow");
    // The prelude adds submodules written in Python (tf.layers).
    if (failed(completeHostModule(top, l)))
      return failure();
    llvm::StringRef rest = llvm::StringRef(name).split('.').second;
    llvm::SmallVector<llvm::StringRef> parts;
    rest.split(parts, '.');
    // A TF module outside scopec's API (`tensorflow.examples.tutorials.mnist`,
    // `tensorflow.contrib.slim`) imports as an unavailable module: model
    // files import data loaders and tools the graph does not need.
    for (llvm::StringRef p : parts) {
      // A package the prelude writes as an object (tensorflow.python's
      // ops, framework): its modules are attributes. One that is missing
      // raises the AttributeError that names it.
      if (m.is(ObjKind::Instance)) {
        FailureOr<Value> attr = getAttr(m, p.str(), l);
        if (succeeded(attr)) {
          m = *attr;
          continue;
        }
        if (!pendingIs("AttributeError"))
          return failure();
        clearPendingException();
        return unsupportedTFModule(name);
      }
      auto *mod = m.is(ObjKind::Module) ? m.as<ModuleObj>() : nullptr;
      // A submodule written in the prelude (tf.contrib) keeps its names in
      // its globals.
      if (mod && mod->globals && mod->globals->vars.count(p.str())) {
        m = mod->globals->vars[p.str()];
        continue;
      }
      if (!mod || !mod->attrs.count(p.str()))
        return mod && mod->unsupported.count(p.str())
                   ? unavailableModule(name, mod->unsupported[p.str()])
                   : unsupportedTFModule(name);
      m = mod->attrs[p.str()];
    }
    if (failed(completeHostModule(top, l)))
      return failure();
    return m;
  }
  if (top == "numpy")
    return error(l, "module '" + name + "' of NumPy is not supported by "
                                        "scopec");
  out = importStdlibModule(*this, name);
  if (!out.isNone())
    return out;
  if (std::optional<llvm::StringRef> source = preludeSource(name)) {
    auto cached = userModules.find(name);
    if (cached != userModules.end())
      return cached->second;
    return runModuleSource(name, preludePath(name), *source,
                           /*isPackage=*/false, l);
  }
  FailureOr<Value> user = importUserModule(name, l);
  if (failed(user))
    return failure();
  if (!user->isNone())
    return user;
  auto m = std::make_shared<ModuleObj>(name);
  m->unavailable = true;
  return Value::object(m);
}

LogicalResult Interpreter::completeHostModule(llvm::StringRef top, SrcLoc l) {
  llvm::StringRef prelude = host().preludeFor(top);
  if (prelude.empty() || userModules.count(prelude))
    return success();
  std::optional<llvm::StringRef> source = preludeSource(prelude);
  if (!source)
    llvm::report_fatal_error("no prelude module named " + prelude);
  if (failed(runModuleSource(prelude.str(), preludePath(prelude), *source,
                             /*isPackage=*/false, l)))
    return failure();
  return success();
}

FailureOr<Value> Interpreter::importUserModule(const std::string &name,
                                               SrcLoc l) {
  auto cached = userModules.find(name);
  if (cached != userModules.end())
    return cached->second;
  // The parent package first: `a.b` runs `a/__init__.py`, then `a/b.py`.
  std::vector<std::string> dirs;
  llvm::StringRef parent, last = name;
  if (name.find('.') != std::string::npos) {
    std::tie(parent, last) = llvm::StringRef(name).rsplit('.');
    FailureOr<Value> pkgOr = importUserModule(parent.str(), l);
    if (failed(pkgOr))
      return failure();
    Value &pkg = *pkgOr;
    if (pkg.isNone())
      return Value::none();
    const Value *path = pkg.as<ModuleObj>()->globals->vars.count("__path__")
                            ? &pkg.as<ModuleObj>()->globals->vars["__path__"]
                            : nullptr;
    if (!path || !path->isList() || path->items().empty() ||
        !path->items()[0].isStr())
      return raise(l, "ModuleNotFoundError",
                   "No module named '" + name + "'; '" + parent.str() +
                       "' is not a package");
    dirs.push_back(path->items()[0].getStr());
  } else {
    dirs = searchDirs;
  }
  for (const std::string &dir : dirs) {
    llvm::SmallString<256> pkgInit(dir), file(dir);
    llvm::sys::path::append(pkgInit, last, "__init__.py");
    llvm::sys::path::append(file, last + ".py");
    bool isPackage = llvm::sys::fs::is_regular_file(pkgInit);
    std::string path = isPackage ? pkgInit.str().str() : file.str().str();
    if (!isPackage && !llvm::sys::fs::is_regular_file(path))
      continue;
    if (!insideSearchDirs(path, searchDirs))
      return error(l, "module '" + name + "' resolves to '" + path +
                          "', outside the model's directory and the -I "
                          "directories; scopec reads no other files");
    FailureOr<Value> out = runModuleFile(name, path, isPackage, l);
    if (failed(out))
      return failure();
    if (!parent.empty()) {
      // The submodule becomes an attribute of its package.
      Value pkg = userModules[parent];
      pkg.as<ModuleObj>()->globals->vars[last] = *out;
    }
    return out;
  }
  return Value::none();
}

FailureOr<Value> Interpreter::runModuleFile(const std::string &name,
                                            const std::string &path,
                                            bool isPackage, SrcLoc l) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
  if (!buffer)
    return error(l, "cannot read module '" + name + "' from '" + path +
                        "': " + buffer.getError().message());
  llvm::StringRef source = (*buffer)->getBuffer();
  if (source.size() > kMaxModuleBytes)
    return error(l, "module file '" + path + "' too large (" +
                        std::to_string(source.size()) + " bytes)");
  return runModuleSource(name, path, source, isPackage, l);
}

FailureOr<Value> Interpreter::runModuleSource(const std::string &name,
                                              const std::string &path,
                                              llvm::StringRef source,
                                              bool isPackage, SrcLoc l) {
  int fileId = static_cast<int>(fileNames.size());
  fileNames.push_back(path);
  const auto *begin = reinterpret_cast<const llvm::UTF8 *>(source.data());
  const llvm::UTF8 *bad = begin;
  if (source.contains('\0') ||
      !llvm::isLegalUTF8String(&bad, begin + source.size()))
    return error(SrcLoc{1, 1, fileId},
                 "source code is not valid UTF-8 or contains null bytes");
  moduleAsts.push_back(std::make_unique<AstContext>());
  std::vector<Stmt *> body;
  LexError parseError;
  if (!parseFile(source, *moduleAsts.back(), body, parseError, fileId))
    return error(parseError.loc, parseError.message);

  auto module = std::make_shared<ModuleObj>(name);
  module->globals = std::make_shared<Env>();
  Env &g = *module->globals;
  g.vars["__name__"] = Value::str(name);
  g.vars["__file__"] = Value::str(path);
  llvm::StringRef package =
      isPackage ? llvm::StringRef(name) : llvm::StringRef(name).rsplit('.').first;
  if (!isPackage && name.find('.') == std::string::npos)
    package = "";
  g.vars["__package__"] = Value::str(package.str());
  if (isPackage)
    g.vars["__path__"] = Value::list(
        {Value::str(llvm::sys::path::parent_path(path).str())});
  Value out = Value::object(module);
  // Registered before it runs, as CPython does (circular imports see the
  // partly initialized module).
  userModules[name] = out;

  std::shared_ptr<Env> savedEnv = env;
  int savedLoops = loopDepth;
  env = module->globals;
  loopDepth = 0;
  callStack.push_back(l);
  Flow f = execBlock(body);
  callStack.pop_back();
  env = savedEnv;
  loopDepth = savedLoops;
  if (f == Flow::Error) {
    userModules.erase(name);
    return failure();
  }
  return out;
}

FailureOr<std::string> Interpreter::absoluteModuleName(ImportFromStmt *s) {
  if (s->level == 0)
    return s->module;
  Env *g = moduleEnv();
  std::string package;
  if (g->vars.count("__package__") && g->vars["__package__"].isStr())
    package = g->vars["__package__"].getStr();
  if (package.empty())
    return raise(s->loc, "ImportError",
                 "attempted relative import with no known parent package");
  llvm::StringRef base = package;
  for (int i = 1; i < s->level; ++i) {
    if (base.find('.') == llvm::StringRef::npos)
      return raise(s->loc, "ImportError",
                   "attempted relative import beyond top-level package");
    base = base.rsplit('.').first;
  }
  return s->module.empty() ? base.str() : (base + "." + s->module).str();
}

LogicalResult Interpreter::importStar(const Value &module, SrcLoc l) {
  auto *m = module.as<ModuleObj>();
  if (m->unavailable)
    return unavailableError(*m, l);
  std::vector<std::pair<std::string, Value>> names;
  if (m->globals) {
    Env &g = *m->globals;
    if (g.vars.count("__all__")) {
      FailureOr<std::vector<Value>> all = toList(g.vars["__all__"], l);
      if (failed(all))
        return failure();
      for (const Value &n : *all) {
        if (!n.isStr())
          return raise(l, "TypeError",
                       "Item in " + m->name + ".__all__ must be str, not " +
                           typeName(n));
        FailureOr<Value> v = getAttr(module, n.getStr(), l);
        if (failed(v))
          return failure();
        names.emplace_back(n.getStr(), *v);
      }
    } else {
      for (auto &kv : g.vars)
        if (!kv.getKey().starts_with("_"))
          names.emplace_back(kv.getKey().str(), kv.getValue());
    }
  } else {
    for (const std::string &n : m->order)
      if (!llvm::StringRef(n).starts_with("_"))
        names.emplace_back(n, m->attrs[n]);
  }
  // Bound in a fixed order: StringMap iteration order is not.
  llvm::sort(names, [](auto &a, auto &b) { return a.first < b.first; });
  for (auto &[n, v] : names)
    if (failed(bindName(n, v, l)))
      return failure();
  return success();
}

Interpreter::Flow Interpreter::execImport(ImportStmt *s) {
  for (const ImportName &n : s->names) {
    FailureOr<Value> bound = importModule(n.name, n.loc);
    if (failed(bound))
      return Flow::Error;
    std::string as = n.asName;
    if (as.empty()) {
      // `import a.b` binds `a`.
      as = llvm::StringRef(n.name).split('.').first.str();
      if (as != n.name) {
        bound = importModule(as, n.loc);
        if (failed(bound))
          return Flow::Error;
      }
    }
    if (failed(bindName(as, *bound, n.loc)))
      return Flow::Error;
  }
  return Flow::Normal;
}

Interpreter::Flow Interpreter::execImportFrom(ImportFromStmt *s) {
  if (s->module == "__future__" && s->level == 0 &&
      importStdlibModule(*this, "__future__").isNone())
    return Flow::Normal;
  FailureOr<std::string> absolute = absoluteModuleName(s);
  if (failed(absolute))
    return Flow::Error;
  const std::string &name = *absolute;
  FailureOr<Value> imported = importModule(name, s->loc);
  if (failed(imported))
    return Flow::Error;
  const Value &m = *imported;
  for (const ImportName &n : s->names) {
    if (n.name == "*") {
      if (failed(importStar(m, n.loc)))
        return Flow::Error;
      continue;
    }
    Value v;
    auto *mod = m.is(ObjKind::Module) ? m.as<ModuleObj>() : nullptr;
    if (!mod) {
      // A package the prelude writes as an object (tensorflow.python.ops):
      // a module it does not have imports as unavailable, as below.
      FailureOr<Value> attr = getAttr(m, n.name, n.loc);
      if (failed(attr) && !pendingIs("AttributeError"))
        return Flow::Error;
      if (failed(attr))
        clearPendingException();
      v = succeeded(attr) ? *attr : unsupportedTFModule(name + "." + n.name);
    } else if (mod->unavailable) {
      // Names from an unavailable module are unavailable too.
      auto u = std::make_shared<ModuleObj>(name + "." + n.name);
      u->unavailable = true;
      u->unavailableReason = mod->unavailableReason;
      v = Value::object(u);
    } else if (auto why = mod->unsupported.find(n.name);
               why != mod->unsupported.end()) {
      // A name scopec refuses (`from time import strftime`): importing it
      // works, using it is the error.
      auto u = std::make_shared<ModuleObj>(name + "." + n.name);
      u->unavailable = true;
      u->unavailableReason = why->second;
      v = Value::object(u);
    } else if (mod->globals && !mod->globals->vars.count(n.name)) {
      // `from package import submodule`.
      if (mod->globals->vars.count("__path__")) {
        FailureOr<Value> sub = importUserModule(name + "." + n.name, n.loc);
        if (failed(sub))
          return Flow::Error;
        v = *sub;
      }
      bool found = !v.isNone();
      // PEP 562: the module's __getattr__ may provide the name.
      if (!found && mod->globals->vars.count("__getattr__")) {
        FailureOr<Value> attr = getAttr(m, n.name, n.loc);
        found = succeeded(attr);
        if (!found && !pendingIs("AttributeError"))
          return Flow::Error;
        if (!found)
          clearPendingException();
        else
          v = *attr;
      }
      if (!found && llvm::StringRef(name).starts_with("tensorflow.")) {
        // A TF module outside scopec's API imports as unavailable, as in
        // importModule (`from tensorflow.contrib import staging`).
        v = unsupportedTFModule(name + "." + n.name);
        found = true;
      }
      if (!found) {
        (void)raise(n.loc, "ImportError",
                    "cannot import name '" + n.name + "' from '" + name +
                        "' (" +
                        (mod->globals->vars.count("__file__")
                             ? str(mod->globals->vars["__file__"])
                             : std::string("unknown location")) +
                        ")");
        return Flow::Error;
      }
    } else {
      FailureOr<Value> attr = getAttr(m, n.name, n.loc);
      if (failed(attr)) {
        if (pendingIs("AttributeError")) {
          clearPendingException();
          (void)raise(n.loc, "ImportError",
                      "cannot import name '" + n.name + "' from '" + name +
                          "'");
        }
        return Flow::Error;
      }
      v = *attr;
    }
    if (failed(bindName(n.asName.empty() ? n.name : n.asName, v, n.loc)))
      return Flow::Error;
  }
  return Flow::Normal;
}

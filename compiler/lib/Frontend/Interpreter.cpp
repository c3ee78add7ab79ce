//===- Interpreter.cpp - Interpreter setup, diagnostics and runs ----------===//
//
// Creating the interpreter (the global environment, the built-ins) and
// tearing it down (the reference cycles of a run are broken by emptying
// every live object), located diagnostics with the Python traceback as
// notes, the step limit, running a module, and the conversions and name
// suggestions of native functions. Statements are in InterpStmt.cpp,
// functions and calls in InterpCall.cpp, expressions in InterpExpr.cpp.
//
//===----------------------------------------------------------------------===//

#include "Interpreter.h"
#include "AddressSanitizer.h"
#include "Classes.h"
#include "Iterators.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

#include <malloc.h>
#ifdef SCOPEC_ASAN
#include <sanitizer/allocator_interface.h>
#endif

using namespace scopec::frontend;

static thread_local Interpreter *currentInterpreter = nullptr;

Interpreter &Interpreter::current() { return *currentInterpreter; }

Interpreter::Interpreter(mlir::MLIRContext *context, llvm::StringRef filename,
                         const FrontendOptions &options,
                         llvm::raw_ostream &printStream)
    : context(context), filename(filename.str()), options(options),
      printStream(printStream) {
  globalEnv = std::make_shared<Env>();
  env = globalEnv;
  previous = currentInterpreter;
  currentInterpreter = this;
  globalEnv->vars["__name__"] = Value::str("__main__");
  fileNames.push_back(this->filename);
  llvm::StringRef dir = llvm::sys::path::parent_path(this->filename);
  searchDirs.push_back(dir.empty() ? "." : dir.str());
  for (const std::string &d : options.includeDirs)
    searchDirs.push_back(d);
  installBuiltins();
  installClasses();
  installClassBuiltins();
  installIteratorBuiltins();
  installSetBuiltins();
  // The built-in types that are native constructors.
  for (const char *name :
       {"bool", "int", "float", "str", "bytes", "list", "tuple", "dict", "set",
        "frozenset", "range", "type", "slice", "enumerate", "zip", "map",
        "filter", "reversed", "property", "staticmethod", "classmethod",
        "super"})
    if (auto it = builtins.find(name);
        it != builtins.end() && it->second.is(ObjKind::Builtin))
      it->second.as<BuiltinObj>()->isType = true;
}

Host::~Host() = default;

namespace {
/// Drops every reference `o` holds to other objects and environments. The
/// references are moved out first and released on return, which may free
/// `o` itself: nothing touches it afterwards.
void dropReferences(Object *o) {
  std::vector<Value> values;
  std::shared_ptr<Env> closure;
  NativeFn fn;
  llvm::StringMap<Value> attrs;
  std::shared_ptr<IteratorObj::NextFn> iterator;
  switch (o->kind) {
  case ObjKind::List:
  case ObjKind::Tuple:
    values.swap(static_cast<SeqObj *>(o)->items);
    break;
  case ObjKind::Dict: {
    auto *d = static_cast<DictObj *>(o);
    for (auto &[k, v] : d->entries) {
      values.push_back(std::move(k));
      values.push_back(std::move(v));
    }
    d->entries.clear();
    d->keys.clear();
    d->index.clear();
    break;
  }
  case ObjKind::Function: {
    auto *f = static_cast<FunctionObj *>(o);
    closure.swap(f->closure);
    attrs.swap(f->attrs.map);
    f->attrs.order.clear();
    values.swap(f->defaults);
    values.insert(values.end(), f->kwDefaults.begin(), f->kwDefaults.end());
    f->kwDefaults.clear();
    values.push_back(std::move(f->annotations));
    f->annotations = Value::none();
    break;
  }
  case ObjKind::Builtin:
    fn.swap(static_cast<BuiltinObj *>(o)->fn);
    break;
  case ObjKind::Module:
    attrs.swap(static_cast<ModuleObj *>(o)->attrs);
    closure.swap(static_cast<ModuleObj *>(o)->globals);
    break;
  case ObjKind::Class: {
    auto *c = static_cast<ClassObj *>(o);
    attrs.swap(c->dict.map);
    c->dict.order.clear();
    values.swap(c->bases);
    c->mro.clear();
    break;
  }
  case ObjKind::Instance: {
    auto *i = static_cast<InstanceObj *>(o);
    attrs.swap(i->dict.map);
    i->dict.order.clear();
    values.push_back(std::move(i->cls));
    break;
  }
  case ObjKind::BoundMethod: {
    auto *m = static_cast<BoundMethodObj *>(o);
    values.push_back(std::move(m->self));
    values.push_back(std::move(m->fn));
    break;
  }
  case ObjKind::Property: {
    auto *p = static_cast<PropertyObj *>(o);
    for (Value *v : {&p->fget, &p->fset, &p->fdel, &p->doc})
      values.push_back(std::move(*v));
    break;
  }
  case ObjKind::StaticMethod:
  case ObjKind::ClassMethod:
    values.push_back(std::move(static_cast<WrapperObj *>(o)->fn));
    break;
  case ObjKind::Super: {
    auto *p = static_cast<SuperObj *>(o);
    values.push_back(std::move(p->cls));
    values.push_back(std::move(p->self));
    break;
  }
  case ObjKind::Set:
  case ObjKind::FrozenSet:
    values = static_cast<SetObj *>(o)->elements();
    static_cast<SetObj *>(o)->clear();
    break;
  case ObjKind::Iterator:
    iterator.swap(static_cast<IteratorObj *>(o)->next);
    break;
  case ObjKind::Generator: {
    // Every generator stack is gone by now (~Interpreter kills them).
    auto *g = static_cast<GeneratorObj *>(o);
    values.push_back(std::move(g->function));
    values.push_back(std::move(g->outerIter));
    values.push_back(std::move(g->transfer));
    closure.swap(g->env);
    for (Interpreter::Frame &f : g->frames)
      values.push_back(std::move(f.firstArg));
    g->frames.clear();
    for (Interpreter::PendingException &p : g->handling)
      values.push_back(std::move(p.exc));
    g->handling.clear();
    break;
  }
  default:
    o->dropReferences();
    break;
  }
}
} // namespace

Interpreter::~Interpreter() {
  // Unwind the suspended generators while the interpreter is intact.
  tearingDown = true;
  while (!liveGenerators.empty()) {
    GeneratorObj *g = liveGenerators.back();
    if (g->state == GeneratorObj::State::Suspended)
      killGenerator(*g);
    else
      releaseFiber(*g);
  }
  droppedGenerators.clear();
  currentInterpreter = previous;
  pending.reset();
  handling.clear();
  typeCache.clear();
  stdlibModuleCache.clear();
  // Free reference cycles: empty every object this run created.
  for (Object *o : liveObjects())
    if (isLiveObject(o))
      dropReferences(o);
}

//===----------------------------------------------------------------------===//
// Diagnostics
//===----------------------------------------------------------------------===//

mlir::Location Interpreter::loc(SrcLoc l) const {
  const std::string &file =
      l.file > 0 && static_cast<size_t>(l.file) < fileNames.size()
          ? fileNames[l.file]
          : filename;
  return mlir::FileLineColLoc::get(context, file,
                                   static_cast<unsigned>(std::max(l.line, 1)),
                                   static_cast<unsigned>(std::max(l.col, 1)));
}

bool Interpreter::isPreludeFile(int file) const {
  return file > 0 && static_cast<size_t>(file) < fileNames.size() &&
         llvm::StringRef(fileNames[file]).starts_with("<scopec>/");
}

SrcLoc Interpreter::userLoc(SrcLoc l) const {
  for (size_t depth = callStack.size(); isPreludeFile(l.file) && depth > 0;)
    l = callStack[--depth];
  return l;
}

std::vector<SrcLoc> Interpreter::userCallSites(SrcLoc l) const {
  size_t depth = callStack.size();
  while (isPreludeFile(l.file) && depth > 0)
    l = callStack[--depth];
  std::vector<SrcLoc> sites{l};
  while (depth > 0)
    if (SrcLoc caller = callStack[--depth]; !isPreludeFile(caller.file))
      sites.push_back(caller);
  return sites;
}

mlir::InFlightDiagnostic
Interpreter::emitLocated(SrcLoc l, const std::vector<SrcLoc> &traceback,
                         const llvm::Twine &message) {
  // An error inside a prelude module (scopec's own Python: contextlib,
  // TensorFlow's composite functions) is the model's error at its call.
  size_t depth = traceback.size();
  SrcLoc at = l;
  while (isPreludeFile(at.file) && depth > 0)
    at = traceback[--depth];
  mlir::InFlightDiagnostic diag = mlir::emitError(loc(at)) << message.str();
  // Python's traceback, innermost call first (a few frames).
  size_t shown = 0;
  for (size_t i = depth; i-- > 0;) {
    if (++shown > 4) {
      diag.attachNote() << "... and " << (depth - 4) << " more calls";
      break;
    }
    diag.attachNote(loc(traceback[i])) << "called from here";
  }
  return diag;
}

LogicalResult Interpreter::error(SrcLoc l, const llvm::Twine &message) {
  // scopec's own errors are not Python exceptions: no handler may take them.
  pending.reset();
  emitLocated(l, callStack, message);
  return failure();
}

LogicalResult Interpreter::errorWithNote(SrcLoc l, const llvm::Twine &message,
                                         mlir::Location note,
                                         const llvm::Twine &noteMessage) {
  pending.reset();
  mlir::InFlightDiagnostic diag = emitLocated(l, callStack, message);
  diag.attachNote(note) << noteMessage.str();
  return failure();
}

std::string Interpreter::didYouMean(llvm::StringRef name,
                                    llvm::ArrayRef<std::string> candidates) {
  std::string best;
  unsigned bestDist = ~0u;
  for (const std::string &c : candidates) {
    if (c == name)
      continue;
    unsigned d = llvm::StringRef(c).edit_distance(name, true, 3);
    if (d < bestDist) {
      bestDist = d;
      best = c;
    }
  }
  // Close enough: like CPython, scale with the name's length.
  unsigned limit = std::max<unsigned>(1, (name.size() + 2) / 3);
  if (best.empty() || bestDist > limit || bestDist > 3)
    return "";
  return "; did you mean '" + best + "'?";
}

/// Bytes of heap in use: the sanitizer allocator's count in an ASan build
/// (which replaces malloc), else glibc's (small chunks and mmapped ones).
static uint64_t heapBytesInUse() {
#ifdef SCOPEC_ASAN
  return __sanitizer_get_current_allocated_bytes();
#else
  struct mallinfo2 info = mallinfo2();
  return info.uordblks + info.hblkhd;
#endif
}

LogicalResult Interpreter::checkMemory(SrcLoc l, uint64_t adding) {
  uint64_t limitBytes = static_cast<uint64_t>(limit(Limits::kMaxHeapBytes));
  if (heapBytesInUse() + adding <= limitBytes)
    return success();
  return error(l, "program exceeded scopec's memory limit (" +
                      std::to_string(limitBytes >> 20) +
                      " MiB of values and graph)");
}

LogicalResult Interpreter::step(SrcLoc l) {
  // mallinfo2 walks the allocator's bins: about a microsecond, so every
  // 64th step (a step makes at most a 64 MiB string; repetition and
  // concatenation, which make large values in one step, check first).
  if ((steps & 63) == 0 && failed(checkMemory(l)))
    return failure();
  if (++steps > limit(Limits::kMaxSteps))
    return error(l, "program exceeded scopec's execution step limit (" +
                        std::to_string(limit(Limits::kMaxSteps)) + " steps)");
  return success();
}

Value Interpreter::native(const std::string &name, NativeFn fn) {
  return Value::object(std::make_shared<BuiltinObj>(name, std::move(fn)));
}

int64_t Interpreter::idOf(const Value &v) {
  if (!v.isObj())
    return 0x7f00000000 + (v.isNone() ? 0x10 : v.getTag() == Value::Tag::Float
                                                   ? 0x20 + static_cast<int64_t>(v.getFloat()) * 32
                                                   : 0x40 + v.getInt() * 32);
  auto it = idMap.find(v.get());
  if (it != idMap.end())
    return it->second;
  int64_t id = 0x7f3a1c000000 + static_cast<int64_t>(idMap.size() + 1) * 0x1e8;
  idMap[v.get()] = id;
  idKeepAlive.push_back(v.ref());
  return id;
}

//===----------------------------------------------------------------------===//
// Running a module
//===----------------------------------------------------------------------===//

LogicalResult Interpreter::runModule(const std::vector<Stmt *> &module) {
  Flow f = execBlock(module);
  // Like CPython at exit, close the generators left suspended (their
  // `finally` blocks run), unless scopec stopped the program.
  if (!stopFlag && (f != Flow::Error || pending) &&
      failed(closeLiveGenerators()))
    f = Flow::Error;
  if (stopFlag)
    return success();
  if (f == Flow::Error && pending && hostApp &&
      hostApp->takeUncaught(pending->exc)) {
    pending.reset();
    stopFlag = true;
    return success();
  }
  if (f == Flow::Error && pending)
    reportUncaught();
  return success(f != Flow::Error);
}

//===----------------------------------------------------------------------===//
// Native-function helpers
//===----------------------------------------------------------------------===//

Value Interpreter::asNumber(const Value &v) {
  if (v.isObj())
    if (std::optional<Value> n = v.get()->toNumber())
      return *n;
  return v;
}

FailureOr<int64_t> Interpreter::toInt(const Value &v, SrcLoc l,
                                      const char *what) {
  Value n = asNumber(v);
  if (n.isIntLike())
    return n.getInt();
  if (n.is(ObjKind::BigInt))
    return raise(l, "OverflowError",
                 "Python int too large to convert to C ssize_t");
  return raise(l, "TypeError", std::string(what) + " must be an integer, not " +
                      typeName(v));
}

FailureOr<double> Interpreter::toDouble(const Value &v, SrcLoc l,
                                        const char *what) {
  Value n = asNumber(v);
  if (n.isNumber())
    return n.asDouble();
  return raise(l, "TypeError", std::string(what) + " must be a number, not " +
                      typeName(v));
}

FailureOr<std::string> Interpreter::toStr(const Value &v, SrcLoc l,
                                          const char *what) {
  if (v.isStr())
    return v.getStr();
  return raise(l, "TypeError", std::string(what) + " must be a string, not " +
                      typeName(v));
}

namespace {
/// CPython's edit distance for suggestions: moves cost 2, a change of
/// case 1 (Python/suggestions.c); more than `maxCost` gives maxCost + 1.
size_t suggestionDistance(llvm::StringRef a, llvm::StringRef b,
                          size_t maxCost) {
  constexpr size_t kMove = 2, kCase = 1, kMaxString = 40;
  if (a == b)
    return 0;
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a = a.drop_front();
    b = b.drop_front();
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a = a.drop_back();
    b = b.drop_back();
  }
  if (a.empty() || b.empty())
    return (a.size() + b.size()) * kMove;
  if (a.size() > kMaxString || b.size() > kMaxString)
    return maxCost + 1;
  if (b.size() < a.size())
    std::swap(a, b);
  if ((b.size() - a.size()) * kMove > maxCost)
    return maxCost + 1;
  auto cost = [&](char x, char y) -> size_t {
    if ((x & 31) != (y & 31))
      return kMove;
    if (x == y)
      return 0;
    return llvm::toLower(x) == llvm::toLower(y) ? kCase : kMove;
  };
  std::vector<size_t> row(a.size());
  for (size_t i = 0; i < a.size(); ++i)
    row[i] = (i + 1) * kMove;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    size_t distance = bi * kMove;
    result = distance;
    size_t minimum = SIZE_MAX;
    for (size_t ai = 0; ai < a.size(); ++ai) {
      size_t substitute = distance + cost(b[bi], a[ai]);
      distance = row[ai];
      size_t insertDelete = std::min(result, distance) + kMove;
      result = std::min(insertDelete, substitute);
      row[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > maxCost)
      return maxCost + 1;
  }
  return result;
}
} // namespace

std::string Interpreter::suggestName(llvm::StringRef name,
                                     llvm::ArrayRef<std::string> candidates) {
  if (candidates.size() >= 750)
    return "";
  std::string best;
  size_t bestDistance = SIZE_MAX;
  for (const std::string &item : candidates) {
    if (item == name)
      continue;
    size_t maxDistance = (name.size() + item.size() + 3) * 2 / 6;
    if (bestDistance - 1 < maxDistance)
      maxDistance = bestDistance - 1;
    size_t d = suggestionDistance(name, item, maxDistance);
    if (d > maxDistance)
      continue;
    if (best.empty() || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

//===- Interpreter.h - Compile-time interpreter of model files ---*- C++ -*-===//
//
// A tree-walking interpreter for the Python subset of SPEC §2. It executes
// the model file the way TF1 graph construction does; TensorFlow API calls
// build `scope` dialect IR through the TF runtime (TFRuntime.h). Errors are
// reported once as MLIR diagnostics and unwind the interpreter (no C++
// exceptions). Recursion, loops and sizes are bounded.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_INTERPRETER_H
#define SCOPEC_FRONTEND_INTERPRETER_H

#include "Signature.h"
#include "Value.h"

#include "scopec/Frontend/Frontend.h"

#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Location.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/Twine.h"

#include <optional>

namespace scopec::frontend {

struct InstanceObj;
struct GeneratorObj;

/// The application embedding the interpreter (scopec's TensorFlow layer,
/// TFRuntime.h). Its object types join in through the object protocol
/// (Value.h); the host itself only provides modules.
class Host {
public:
  virtual ~Host();
  /// `import NAME` of a module the host provides, or None.
  virtual Value importModule(llvm::StringRef name) = 0;
  /// The prelude module (Prelude.h) that completes host module `name` with
  /// functions written in Python, run once, when `name` is first imported;
  /// empty for none.
  virtual llvm::StringRef preludeFor(llvm::StringRef name) { return ""; }
  /// Whether the host reports the uncaught exception `exc` itself (one its
  /// API raised); the program then stops as after Interpreter::stop().
  virtual bool takeUncaught(const Value &exc) {
    (void)exc;
    return false;
  }
};

/// Limits that keep any input from hanging or exhausting memory.
struct Limits {
  static constexpr int kMaxCallDepth = 1000;
  static constexpr int64_t kMaxWhileIterations = 10000000;
  static constexpr int64_t kMaxSteps = 20000000;
  /// Heap memory in use (the program's values and the graph built so far),
  /// checked every 64 steps and before a large value is made.
  static constexpr int64_t kMaxHeapBytes = int64_t(4) << 30;
  static constexpr int64_t kMaxSequence = 1 << 20;
  static constexpr int64_t kMaxStringBytes = 64 << 20;
  static constexpr int kMaxEvalDepth = 3000;
  /// Generators started and not finished (each has a stack of its own).
  static constexpr size_t kMaxLiveGenerators = 1024;
  /// Classes in one method resolution order (a class's bases, transitively).
  static constexpr size_t kMaxClassDepth = 1000;
};

/// One step of an iterator or generator: the next value, or `done` (the
/// value is then a generator's return value, else None).
struct IterStep {
  Value value;
  bool done = false;
};

class Interpreter {
public:
  Interpreter(mlir::MLIRContext *context, llvm::StringRef filename,
              const FrontendOptions &options, llvm::raw_ostream &printStream);
  ~Interpreter();
  /// The interpreter running on this thread (for repr()/str() of instances,
  /// which run the class's `__repr__`/`__str__`).
  static Interpreter &current();

  /// Runs a parsed module. Fails after reporting an error; a
  /// variable-store stop (see TFRuntime) returns true with stopped() set.
  LogicalResult runModule(const std::vector<Stmt *> &module);
  bool stopped() const { return stopFlag; }
  /// Stops execution silently (TF would raise; the resolution pass reports).
  void stop() { stopFlag = true; }

  //===--- Diagnostics ----------------------------------------------------===//
  mlir::Location loc(SrcLoc l) const;
  /// Reports an error at `l` (with call-site notes); always a failure.
  LogicalResult error(SrcLoc l, const llvm::Twine &message);
  /// `l`, or, when `l` is inside a prelude module, the innermost call from
  /// the model's own files: where errors and the ops a prelude function
  /// builds are located.
  SrcLoc userLoc(SrcLoc l) const;
  /// userLoc(l), then the model's call sites that led to it, innermost
  /// first (calls made from prelude code are skipped).
  std::vector<SrcLoc> userCallSites(SrcLoc l) const;
  /// Raises the built-in Python exception `type` ("ValueError",
  /// "TypeError", ...) with `message`, as CPython would at `l`: a `try`
  /// can catch it; uncaught, it is reported as a located error
  /// (Exceptions.cpp). Always a failure.
  LogicalResult raise(SrcLoc l, llvm::StringRef type,
                      const llvm::Twine &message);
  /// Raises an exception instance.
  LogicalResult raiseValue(SrcLoc l, const Value &exc);
  /// A new instance of the built-in exception class `type`.
  Value newException(llvm::StringRef type, std::vector<Value> args);
  /// Whether a Python exception is pending and is a `type` (or subclass).
  bool pendingIs(llvm::StringRef type) const;
  /// Whether `exc` is an instance of the built-in exception class `type`.
  bool isException(const Value &exc, llvm::StringRef type) const;
  bool hasPendingException() const { return pending.has_value(); }
  /// Drops the pending exception (a native function that handles it, as
  /// `hasattr` handles AttributeError).
  void clearPendingException() { pending.reset(); }
  /// str()/repr() of an exception instance without a `__str__` of its own.
  std::string exceptionText(const InstanceObj &inst, bool useStr);
  /// Reports an error with an extra note at `noteLoc`.
  LogicalResult errorWithNote(SrcLoc l, const llvm::Twine &message,
                              mlir::Location note,
                              const llvm::Twine &noteMessage);
  mlir::MLIRContext *getContext() const { return context; }
  llvm::StringRef getFilename() const { return filename; }
  const FrontendOptions &getOptions() const { return options; }
  llvm::raw_ostream &out() { return printStream; }
  /// The embedding application; set once, before running a module.
  Host &host() { return *hostApp; }
  void setHost(std::unique_ptr<Host> h) { hostApp = std::move(h); }
  /// The model file's global variables.
  Env &globals() { return *globalEnv; }
  /// The standard-library modules imported so far, by top-level name
  /// (Stdlib.cpp): `import math` twice gives the same module.
  llvm::StringMap<Value> &stdlibModules() { return stdlibModuleCache; }
  /// The source files, indexed by SrcLoc::file.
  const std::vector<std::string> &sourceFiles() const { return fileNames; }
  /// The global variables of the module whose code is running.
  Env *moduleEnv() const {
    Env *e = env.get();
    while (e->parent)
      e = e->parent.get();
    return e;
  }

  //===--- Evaluation ----------------------------------------------------===//
  FailureOr<Value> eval(Expr *e);
  FailureOr<Value> call(const Value &callee, CallArgs &args);
  FailureOr<Value> getAttr(const Value &obj, const std::string &name, SrcLoc l);
  FailureOr<Value> binaryOp(BinOpKind op, const Value &a, const Value &b,
                            SrcLoc l);
  FailureOr<Value> compare(CmpOpKind op, const Value &a, const Value &b,
                           SrcLoc l);
  FailureOr<bool> isTrue(const Value &v, SrcLoc l);
  /// Calls `fn` on each element of an iterable (a failure from fn stops).
  LogicalResult forEach(const Value &iterable, SrcLoc l,
                        llvm::function_ref<LogicalResult(const Value &)> fn);
  /// All elements of an iterable.
  FailureOr<std::vector<Value>> toList(const Value &iterable, SrcLoc l);

  //===--- Iterators and generators (Iterators.cpp, Generators.cpp) -------===//
  /// `iter(v)`.
  FailureOr<Value> getIter(const Value &v, SrcLoc l);
  /// `next(it)` on an iterator; `done` instead of StopIteration (the value
  /// is then a generator's return value, else None).
  FailureOr<IterStep> nextItem(const Value &it, SrcLoc l);
  /// Whether `v` is an iterator (has `__next__`).
  bool isIterator(const Value &v);
  /// How a generator continues from its yield. DelegateReturned and
  /// DelegateRaised continue a generator suspended in `yield from` whose
  /// delegate was resumed directly and ended (resumeGenerator): its
  /// `yield from` returns `in` or raises the delegate's exception.
  enum class Resume { Send, Throw, Kill, DelegateReturned, DelegateRaised };
  /// Runs a generator until it yields (the value) or returns (`done`, the
  /// value its return value). Throw raises `in` (an exception instance) at the
  /// yield; Kill unwinds the body without running any Python code.
  FailureOr<IterStep> resumeGenerator(GeneratorObj &g, Resume how,
                                      const Value &in, SrcLoc l);
  /// resumeGenerator for one generator, without following `yield from`.
  FailureOr<IterStep> resumeOne(GeneratorObj &g, Resume how, const Value &in,
                                SrcLoc l);
  /// `generator.close()`.
  LogicalResult closeGenerator(GeneratorObj &g, SrcLoc l);
  /// Ends a suspended generator silently (it is being freed).
  void killGenerator(GeneratorObj &g);
  /// Frees a finished generator's stack.
  void releaseFiber(GeneratorObj &g);
  /// A suspended generator is being freed: its body is closed before the
  /// next statement (killed at teardown).
  void dropSuspended(GeneratorObj &g);
  /// The innermost running generator (the one whose stack is current).
  GeneratorObj *runningGenerator = nullptr;
  /// Runs a generator's body; called on the generator's own stack.
  LogicalResult runGeneratorBody(GeneratorObj &g);
  /// Methods of sets, iterators and generators (nothing if none).
  FailureOr<std::optional<Value>> setMethod(const Value &self,
                                            const std::string &name);
  FailureOr<std::optional<Value>> iteratorMethod(const Value &self,
                                                 const std::string &name);
  /// `a op b` with a set operand (nothing when neither is a set).
  FailureOr<std::optional<Value>> setBinaryOp(BinOpKind op, const Value &a,
                                              const Value &b, SrcLoc l);
  /// `s op= t` on a set, in place (false when `s` is no set).
  FailureOr<bool> setInPlaceOp(BinOpKind op, const Value &s, const Value &t,
                               SrcLoc l);
  FailureOr<std::optional<Value>> setCompare(CmpOpKind op, const Value &a,
                                             const Value &b, SrcLoc l);
  /// The hash key of a set element (a set is looked up as a frozenset).
  FailureOr<std::string> elementKey(const Value &v, SrcLoc l);
  /// The hash key of a dict key: TypeError when unhashable, or the pending
  /// exception of a failed `__hash__`/`__eq__`.
  FailureOr<std::string> dictKey(const Value &v, SrcLoc l);
  /// `a == b` as containers compare elements: identity first, then `==`.
  FailureOr<bool> equal(const Value &a, const Value &b, SrcLoc l);
  /// `a == b` of values without an `__eq__` slot: lists, tuples and dicts
  /// compare their elements with equal(), the rest structurally.
  FailureOr<bool> contentsEqual(const Value &a, const Value &b, SrcLoc l);
  /// The key of an object hashed by its class's `__hash__` to `hash`: equal
  /// objects (`__eq__`) get the same key, unequal ones with the same hash
  /// different keys. A failure with an exception pending if `__eq__`
  /// failed.
  FailureOr<std::string> hashedKey(const Value &obj, int64_t hash);
  FailureOr<Value> subscript(const Value &obj, const Value &index, SrcLoc l);
  /// The index of a subscript (`a[i]`, `a[1:2, ...]`): slices, also inside
  /// a tuple, as slice objects.
  FailureOr<Value> evalIndex(Expr *e);
  FailureOr<int64_t> len(const Value &v, SrcLoc l);
  /// Counts one step of work; a failure (reported) past the step budget
  /// or the memory limit.
  LogicalResult step(SrcLoc l);
  /// A failure (reported) if the heap in use, plus `adding` bytes about to
  /// be allocated, exceeds Limits::kMaxHeapBytes (divided as every limit).
  LogicalResult checkMemory(SrcLoc l, uint64_t adding = 0);
  /// An iteration limit of the interpreter (Limits) as this run applies it:
  /// divided by FrontendOptions::limitDivisor.
  int64_t limit(int64_t base) const {
    return std::max<int64_t>(1,
                             base / std::max<int64_t>(1, options.limitDivisor));
  }

  //===--- Native-function helpers ----------------------------------------===//
  /// Binds `args` to `sig` (Signature.h); a failure with CPython's TypeError
  /// raised for a bad call.
  FailureOr<BoundArgs> bind(const Signature &sig, CallArgs &args);
  /// Binds a call of a method written in Python (`self` is its first
  /// parameter, counted in the messages as CPython counts it).
  FailureOr<BoundArgs> bindMethod(const Signature &sig, const Value &self,
                                  CallArgs &args);
  /// Makes a native function value.
  static Value native(const std::string &name, NativeFn fn);
  FailureOr<int64_t> toInt(const Value &v, SrcLoc l, const char *what);
  FailureOr<double> toDouble(const Value &v, SrcLoc l, const char *what);
  FailureOr<std::string> toStr(const Value &v, SrcLoc l, const char *what);
  /// The Python number an object stands for (a TF Dimension, a NumPy
  /// scalar), else `v` itself.
  static Value asNumber(const Value &v);
  /// The indices `slice` selects in a sequence of `length` (CPython's
  /// slice.indices); a failure with the exception raised for bad bounds.
  FailureOr<std::vector<int64_t>> sliceIndices(const SliceObj &slice,
                                               int64_t length, SrcLoc l);

  /// `print` output formatting helpers (Formatting.cpp).
  FailureOr<Value> percentFormat(const std::string &fmt, const Value &args,
                                 SrcLoc l);
  FailureOr<Value> formatMethod(const std::string &fmt, CallArgs &args);
  /// `fmt.format_map(mapping)`.
  FailureOr<Value> formatWithMapping(const std::string &fmt,
                                     const Value &mapping, SrcLoc l);
  FailureOr<std::string> formatSpec(const Value &v, const std::string &spec,
                                    SrcLoc l);

  //===--- Classes (Classes.cpp) ------------------------------------------===//
  /// Creates a class (a `class` statement, three-argument `type()`).
  FailureOr<Value> makeClass(const std::string &name, std::vector<Value> bases,
                             AttrDict dict, SrcLoc l);
  /// Instantiates a class: `__init__` with the arguments.
  FailureOr<Value> callClass(const Value &cls, CallArgs &args);
  /// The descriptor protocol: a class attribute seen through an instance
  /// (`self` not None) or the class: bound methods, properties,
  /// static/class methods.
  FailureOr<Value> bindAttr(const Value &attr, const Value &self,
                            const Value &cls, SrcLoc l);
  /// Attributes of instances, classes, super objects, bound methods and
  /// properties; nothing when there is none.
  FailureOr<std::optional<Value>> objectAttr(const Value &obj,
                                             const std::string &name, SrcLoc l);
  /// `obj.name = v` (honours `__setattr__` and property setters).
  LogicalResult setAttr(const Value &obj, const std::string &name,
                        const Value &v, SrcLoc l);
  /// `object.__setattr__`: properties, then the instance dictionary.
  LogicalResult setInstanceAttr(const Value &obj, const std::string &name,
                                const Value &v, SrcLoc l);
  /// `del obj.name`.
  LogicalResult delAttr(const Value &obj, const std::string &name, SrcLoc l);
  /// A dict holding the attributes (`vars()`, `__dict__`).
  static Value attrsAsDict(const AttrDict &attrs);
  /// Calls the special method `name` (`__len__`, `__add__`, ...) looked up
  /// on the class of `obj` as CPython does; nothing when `obj` is not an
  /// instance of a class that defines it.
  FailureOr<std::optional<Value>> callSpecial(const Value &obj,
                                              llvm::StringRef name,
                                              std::vector<Value> args,
                                              SrcLoc l);
  /// `type(v)` for a value that is not an instance of a Python class.
  FailureOr<Value> typeOf(const Value &v, SrcLoc l);
  /// repr()/str() of an instance through its class.
  std::string instanceText(const InstanceObj &inst, bool useStr);
  /// Binds a name in the current scope (honouring `global`/`nonlocal`).
  LogicalResult bindName(const std::string &name, const Value &v, SrcLoc l);
  /// Applies decorators (innermost last in `decorators`) to `v`.
  FailureOr<Value> applyDecorators(const std::vector<Expr *> &decorators,
                                   Value v);
  /// The class `object`.
  Value objectClass;
  /// The `NotImplemented` singleton special methods return.
  Value notImplemented;
  bool isNotImplemented(const Value &v) const {
    return v.isObj() && v.get() == notImplemented.get();
  }
  /// The location of the call being made (for errors raised from repr()).
  SrcLoc currentLoc;
  /// Set when a `__repr__`/`__str__` run by repr()/str() failed; the
  /// exception is pending.
  bool textFailed = false;
  /// Per `__hash__` value, the distinct (unequal) objects seen with it, in
  /// order: an object's key is its hash and the index of its equal here.
  std::unordered_map<int64_t, std::vector<Value>> hashRepresentatives;
  /// The innermost Python function being run and its first argument
  /// (zero-argument `super()`).
  struct Frame {
    FunctionObj *fn;
    Value firstArg;
  };
  const std::vector<Frame> &frames() const { return frameStack; }

  /// The names bound in the running function (or module): `dir()`.
  std::vector<std::string> localNames() const;
  /// The attribute names of a module, class or instance (`dir(x)`);
  /// nothing for other values.
  std::optional<std::vector<std::string>> attributeNames(const Value &v) const;

  /// A stable fake `id()` for objects.
  int64_t idOf(const Value &v);

  /// "; did you mean 'x'?" for the closest of `candidates`, or "".
  static std::string didYouMean(llvm::StringRef name,
                                llvm::ArrayRef<std::string> candidates);
  /// The name CPython's traceback suggests for a misspelt `name` (its
  /// Levenshtein rules, Python/suggestions.c), or "".
  static std::string suggestName(llvm::StringRef name,
                                 llvm::ArrayRef<std::string> candidates);

private:
  /// eval() without the check of textFailed.
  FailureOr<Value> evalNode(Expr *e);
  enum class Flow { Normal, Break, Continue, Return, Error };

  Flow execBlock(const std::vector<Stmt *> &body);
  Flow exec(Stmt *s);
  Flow execIf(IfStmt *s);
  Flow execFor(ForStmt *s);
  Flow execWhile(WhileStmt *s);
  Flow execWith(WithStmt *s, size_t item);
  Flow execImport(ImportStmt *s);
  Flow execImportFrom(ImportFromStmt *s);
  Flow execClassDef(ClassDefStmt *s);
  Flow execTry(TryStmt *s);
  Flow execRaise(RaiseStmt *s);
  /// `del` of each of `targets`.
  Flow execDel(llvm::ArrayRef<Expr *> targets);
  Flow execAnnAssign(AnnAssignStmt *s);
  FailureOr<Value> exceptionInstance(const Value &v, SrcLoc l);
  FailureOr<bool> handlerMatches(const Value &exc, const Value &spec, SrcLoc l);
  void installClasses();
  void installClassBuiltins();
  void reportUncaught();
  /// Imports the module `name` (dotted, absolute): TensorFlow/NumPy, the
  /// standard library, the model's own modules (Import.cpp), else an
  /// unavailable module.
  FailureOr<Value> importModule(const std::string &name, SrcLoc l);
  /// The model's own module `name`, or None when there is no such file.
  FailureOr<Value> importUserModule(const std::string &name, SrcLoc l);
  /// Parses and runs a module file.
  FailureOr<Value> runModuleFile(const std::string &name,
                                 const std::string &path, bool isPackage,
                                 SrcLoc l);
  /// Parses and runs the module `name` from `source` (its file is `path`).
  FailureOr<Value> runModuleSource(const std::string &name,
                                   const std::string &path,
                                   llvm::StringRef source, bool isPackage,
                                   SrcLoc l);
  /// The absolute name of a relative import (`from ..x import y`).
  FailureOr<std::string> absoluteModuleName(ImportFromStmt *s);
  /// `from module import *`.
  LogicalResult importStar(const Value &module, SrcLoc l);
  /// The error for a use of an unavailable module.
  LogicalResult unavailableError(const ModuleObj &m, SrcLoc l);
  LogicalResult assign(Expr *target, const Value &v);
  LogicalResult unpack(SequenceExpr *target, const Value &v);
  FailureOr<Value> lookupName(NameExpr *e);
  FailureOr<Value> evalCall(CallExpr *e);
  FailureOr<Value> evalUnary(UnaryOpExpr *e);
  FailureOr<Value> evalCompare(CompareExpr *e);
  FailureOr<Value> evalSubscript(SubscriptExpr *e);
  FailureOr<Value> evalSlice(const Value &obj, SliceExpr *slice);
  /// Runs the comprehension's clauses from `clause` on; `outer` is the
  /// already made iterator of the first clause (generator expressions).
  LogicalResult evalComprehension(ComprehensionExpr *e, size_t clause,
                                  Value &result, const Value *outer = nullptr);
  FailureOr<Value> evalFString(FStringExpr *e);
  FailureOr<Value> makeFunction(FuncDef *def);
  /// What a function or class defined here prefixes to its name in
  /// `__qualname__`: "Class.", "outer.<locals>.", or nothing at module
  /// level.
  std::string qualnamePrefix() const;
  FailureOr<Value> callFunction(FunctionObj *fn, CallArgs &args);
  LogicalResult setItem(const Value &obj, const Value &index, const Value &v,
                        SrcLoc l);
  FailureOr<std::optional<Value>>
  builtinAttr(const Value &obj, const std::string &name, SrcLoc l);
  void installBuiltins();
  void installIteratorBuiltins();
  void installSetBuiltins();
  std::vector<std::string> visibleNames() const;
  FailureOr<Value> evalGeneratorExp(GeneratorExpr *e);
  FailureOr<Value> evalSet(SetExpr *e);
  FailureOr<Value> evalYield(YieldExpr *e);
  FailureOr<Value> evalYieldFrom(YieldFromExpr *e);
  /// Suspends the running generator with `v`; `sent` is what it is resumed
  /// with. A failure when resumed with an exception (pending) or killed.
  FailureOr<Value> yieldValue(const Value &v, SrcLoc l);
  /// Calling a generator function: a generator over its bound frame.
  FailureOr<Value> makeGenerator(FunctionObj *fn, std::shared_ptr<Env> frame,
                                 Value firstArg);
  /// Whether the running generator's stack is nearly used up.
  bool generatorStackLow() const;


  mlir::MLIRContext *context;
  std::string filename;
  FrontendOptions options;
  llvm::raw_ostream &printStream;
  std::unique_ptr<Host> hostApp;
  std::shared_ptr<Env> globalEnv;
  std::shared_ptr<Env> env;
  llvm::StringMap<Value> builtins;
  Value returnValue;
  std::vector<SrcLoc> callStack;
  int evalDepth = 0;
  int64_t steps = 0;
  bool stopFlag = false;
  uint64_t nextFunctionId = 1;
  llvm::DenseMap<const Object *, int64_t> idMap;
  std::vector<ObjectRef> idKeepAlive;
  int loopDepth = 0;

public:
  /// A Python exception being raised: the exception, where and the calls
  /// it unwinds.
  struct PendingException {
    Value exc;
    SrcLoc loc;
    std::vector<SrcLoc> traceback;
    /// What CPython's traceback adds to the message (". Did you mean:
    /// 'x'?" of a NameError).
    std::string hint;
  };

private:
  std::optional<PendingException> pending;
  /// Exceptions being handled by `except` blocks (bare `raise`).
  std::vector<PendingException> handling;
  std::vector<Frame> frameStack;
  /// Source files: index = SrcLoc::file (0 is the model file).
  std::vector<std::string> fileNames;
  /// Runs the prelude that completes host module `top` (Host::preludeFor),
  /// once.
  LogicalResult completeHostModule(llvm::StringRef top, SrcLoc l);
  /// Whether source file `file` is a prelude module (`<scopec>/NAME.py`).
  bool isPreludeFile(int file) const;
  /// Emits `message` at userLoc(l) with the Python traceback (call sites,
  /// innermost first) as notes.
  mlir::InFlightDiagnostic emitLocated(SrcLoc l,
                                       const std::vector<SrcLoc> &traceback,
                                       const llvm::Twine &message);
  /// Parsed modules (their functions point into the syntax trees).
  std::vector<std::unique_ptr<AstContext>> moduleAsts;
  /// Imported modules of the model by dotted name (CPython's sys.modules).
  llvm::StringMap<Value> userModules;
  /// Where `import` looks for the model's modules: the model file's
  /// directory, then -I directories.
  std::vector<std::string> searchDirs;
  /// type() of values of native types without a built-in name.
  llvm::StringMap<Value> typeCache;
  llvm::StringMap<Value> stdlibModuleCache;
  Interpreter *previous = nullptr;
  /// Generators that have a stack (started, not finished).
  std::vector<GeneratorObj *> liveGenerators;
  /// Suspended generators dropped by the program, to close (dropSuspended).
  std::vector<Value> droppedGenerators;
  /// Closes the dropped generators; a failure after a scopec error.
  LogicalResult finalizeDropped();
  /// Closes every suspended generator (the module has ended).
  LogicalResult closeLiveGenerators();
  /// Set by ~Interpreter: generators are unwound without running Python.
  bool tearingDown = false;
};

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_INTERPRETER_H

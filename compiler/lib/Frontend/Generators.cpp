//===- Generators.cpp - Generator functions and expressions ---------------===//
//
// A generator's body runs on a stack of its own (a fiber: StackSwitch.h).
// The interpreter is a recursive tree walker, so a `yield`
// can sit under any number of C++ frames (a loop in a try in a with in a
// call); on its own stack the body simply stops there and continues later
// with all those frames intact. The alternatives are worse: resuming at a
// saved position would need every statement and expression rewritten as a
// resumable state machine, and a thread per generator would need all
// interpreter state locked.
//
// Resuming swaps the interpreter's per-execution state to the generator's
// and back: the environment, loop depth, the generator's part of the call
// and frame stacks and of the handled exceptions (appended to the
// resumer's, as CPython pushes the generator's frame onto the caller's),
// and the expression depth (the generator's own depth counts on top of the
// resumer's, so recursion limits hold across generators).
//
// Stacks are mmap'ed with MAP_NORESERVE (only the pages touched use
// memory) and a guard region, allocated at the first resume and unmapped
// when the body ends; at most Limits::kMaxLiveGenerators exist at once.
// Python code on a generator stack also checks the stack pointer
// (generatorStackLow), so deep recursion raises RecursionError instead of
// hitting the guard.
//
// A generator freed while suspended is closed as in CPython (GeneratorExit
// at its yield runs its `finally` blocks and `__exit__`s, e.g. leaving a
// `tf.variable_scope` it yielded in), but not inside the destructor, where
// running Python code could change the container being modified: the
// destructor hands the body to a new generator object, closed before the
// next statement runs (finalizeDropped). Generators still suspended when
// the module ends are closed then, in the order they started. At teardown
// (or after a scopec error) the bodies are unwound silently instead, like
// a scopec error: nothing but C++ destructors runs.
//
// AddressSanitizer must be told about every stack switch (the
// __sanitizer_*_switch_fiber annotations) to track stacks and fake stacks.
//
//===----------------------------------------------------------------------===//

#include "AddressSanitizer.h"
#include "Classes.h"
#include "Iterators.h"
#include "StackSwitch.h"

#include <sys/mman.h>

#include <cstdint>

#ifdef SCOPEC_ASAN
#include <sanitizer/common_interface_defs.h>
#endif

using namespace scopec::frontend;

namespace {
/// Usable stack of a generator. Running to the recursion limits inside a
/// generator (1000 nested calls, or kMaxEvalDepth nested expressions) was
/// measured to touch about 2.3 MiB (release) and 10 MiB (ASan build);
/// MAP_NORESERVE makes the untouched rest free.
constexpr size_t kStackBytes = size_t(64) << 20;
/// Unmapped bytes below the stack: an overflow faults instead of writing
/// into another mapping.
constexpr size_t kGuardBytes = size_t(1) << 20;
/// Python code stops (RecursionError) with this much stack left.
constexpr size_t kStackReserve = size_t(8) << 20;

void startSwitch(void **fakeStackSave, const void *bottom, size_t size) {
#ifdef SCOPEC_ASAN
  __sanitizer_start_switch_fiber(fakeStackSave, bottom, size);
#else
  (void)fakeStackSave, (void)bottom, (void)size;
#endif
}

void finishSwitch(void *fakeStack, const void **bottomOld, size_t *sizeOld) {
#ifdef SCOPEC_ASAN
  __sanitizer_finish_switch_fiber(fakeStack, bottomOld, sizeOld);
#else
  (void)fakeStack, (void)bottomOld, (void)sizeOld;
#endif
}
} // namespace

namespace scopec::frontend {
/// The stack of a started generator and the contexts to switch between.
struct Fiber {
  char *memory = nullptr;
  /// The generator's stack pointer while it is suspended (or not started).
  void *suspended = nullptr;
  /// Where the generator returns to at a yield: the stack pointer of the
  /// latest resumer.
  void **resumer = nullptr;
  /// AddressSanitizer's fake stack of the generator and the resumer's
  /// stack bounds.
  void *fakeStack = nullptr;
  const void *resumerBottom = nullptr;
  size_t resumerSize = 0;
  char *stackLow() const { return memory + kGuardBytes; }
};
} // namespace scopec::frontend

namespace {
/// The generator's stack runs this first.
void fiberMain(void *generator) {
  auto *g = static_cast<GeneratorObj *>(generator);
  finishSwitch(nullptr, &g->fiber->resumerBottom, &g->fiber->resumerSize);
  Interpreter &in = *g->interp;
  bool ok = succeeded(in.runGeneratorBody(*g));
  // The object that owns this body now (see finalizeDropped).
  GeneratorObj *owner = in.runningGenerator;
  owner->bodyOk = ok;
  owner->state = GeneratorObj::State::Done;
  // The last switch: this stack is never resumed (a null fake-stack save
  // lets ASan free its fake frames).
  Fiber *f = owner->fiber;
  startSwitch(nullptr, f->resumerBottom, f->resumerSize);
  switchStack(&f->suspended, *f->resumer);
  __builtin_unreachable();
}
} // namespace

std::string GeneratorObj::repr() const {
  char buf[32];
  snprintf(buf, sizeof(buf), "0x%llx",
           static_cast<unsigned long long>(
               0x7f0000000000ULL +
               (reinterpret_cast<uintptr_t>(this) & 0xffffffffULL)));
  return "<generator object " + name + " at " + buf + ">";
}

GeneratorObj::~GeneratorObj() {
  if (state == State::Suspended)
    interp->dropSuspended(*this);
  if (fiber)
    interp->releaseFiber(*this);
}

//===----------------------------------------------------------------------===//
// Creation
//===----------------------------------------------------------------------===//

FailureOr<Value> Interpreter::makeGenerator(FunctionObj *fn,
                                            std::shared_ptr<Env> frame,
                                            Value firstArg) {
  auto g = std::make_shared<GeneratorObj>(*this);
  g->function = Value::object(fn->shared_from_this());
  g->name = fn->nameOverride.empty() ? fn->def->name : fn->nameOverride;
  g->loc = fn->def->loc;
  g->env = std::move(frame);
  g->frames.push_back({fn, std::move(firstArg)});
  return Value::object(g);
}

FailureOr<Value> Interpreter::evalGeneratorExp(GeneratorExpr *e) {
  // The first iterable is evaluated (and iter() taken) right away, in the
  // enclosing scope; the rest runs when the generator is resumed.
  FailureOr<Value> first = eval(e->generators[0].iter);
  if (failed(first))
    return failure();
  FailureOr<Value> it = getIter(*first, e->generators[0].iter->loc);
  if (failed(it))
    return failure();
  auto g = std::make_shared<GeneratorObj>(*this);
  g->genExp = e;
  g->outerIter = *it;
  g->name = "<genexpr>";
  g->loc = e->loc;
  g->env = std::make_shared<Env>();
  g->env->parent = env;
  return Value::object(g);
}

LogicalResult Interpreter::runGeneratorBody(GeneratorObj &g) {
  // `g` may be handed over to another object while suspended: after the
  // body, the owner is runningGenerator.
  Value result;
  bool ok;
  if (g.genExp) {
    Value unused, outer = g.outerIter;
    ok = succeeded(evalComprehension(g.genExp, 0, unused, &outer));
  } else if (FuncDef *def = g.function.as<FunctionObj>()->def;
             def->lambdaBody) { // `lambda: (yield)`
    FailureOr<Value> v = eval(def->lambdaBody);
    ok = succeeded(v);
    if (ok)
      result = std::move(*v);
  } else {
    returnValue = Value::none();
    Flow f = execBlock(def->body);
    if (f == Flow::Return)
      result = returnValue;
    returnValue = Value::none();
    ok = f != Flow::Error;
  }
  runningGenerator->transfer = result;
  return success(ok);
}

//===----------------------------------------------------------------------===//
// Switching
//===----------------------------------------------------------------------===//

bool Interpreter::generatorStackLow() const {
  if (!runningGenerator || !runningGenerator->fiber)
    return false;
  const char *sp = static_cast<const char *>(__builtin_frame_address(0));
  return sp < runningGenerator->fiber->stackLow() + kStackReserve;
}

void Interpreter::releaseFiber(GeneratorObj &g) {
  if (!g.fiber)
    return;
  // (The frames the body left on its stack, fiberMain's, which never
  // returns, keep their redzones poisoned: AddressSanitizer's munmap
  // clears the shadow of what it unmaps.)
  munmap(g.fiber->memory, kGuardBytes + kStackBytes);
  delete g.fiber;
  g.fiber = nullptr;
  llvm::erase(liveGenerators, &g);
}

FailureOr<IterStep> Interpreter::resumeGenerator(GeneratorObj &g, Resume how,
                                                 const Value &in, SrcLoc l) {
  // A generator suspended in `yield from` another generator would only pass
  // a sent (or thrown) value down to it and its yield back up (PEP 380):
  // resume the innermost delegate directly, so a value crosses a chain of
  // n delegating generators in two stack switches instead of 2n. The
  // delegators are what they would be meanwhile: running (resuming one is
  // "generator already executing"), their calls, frames, depth and handled
  // exceptions beneath the delegate's. When the delegate ends, its
  // delegator continues from its `yield from` with the result.
  // GeneratorExit is not passed on this way: close() closes the delegate
  // with close(), in the delegator (evalYieldFrom).
  bool passesDown = how == Resume::Send ||
                    (how == Resume::Throw && !isException(in, "GeneratorExit"));
  if (!passesDown || g.state != GeneratorObj::State::Suspended || !g.delegate)
    return resumeOne(g, how, in, l);
  std::vector<GeneratorObj *> chain{&g};
  while (GeneratorObj *d = chain.back()->delegate) {
    // (A delegate running means its delegators are running too.)
    if (d->state == GeneratorObj::State::Running)
      return raise(l, "ValueError", "generator already executing");
    chain.push_back(d);
    if (d->state != GeneratorObj::State::Suspended)
      break;
  }

  Resume mode = how;
  Value value = in;
  for (size_t k = chain.size() - 1;; --k) {
    GeneratorObj &target = *chain[k];
    if (k == 0)
      return resumeOne(target, mode, value, l);
    // The delegators' state beneath the delegate's, as if each resumed the
    // next from its `yield from`.
    size_t callBase = callStack.size(), frameBase = frameStack.size(),
           handlingBase = handling.size();
    int savedDepth = evalDepth;
    for (size_t i = 0; i < k; ++i) {
      GeneratorObj &d = *chain[i];
      callStack.push_back(i == 0 ? l : chain[i - 1]->delegateLoc);
      callStack.insert(callStack.end(), d.calls.begin(), d.calls.end());
      frameStack.insert(frameStack.end(), d.frames.begin(), d.frames.end());
      for (PendingException &p : d.handling)
        handling.push_back(std::move(p));
      evalDepth += d.evalDepth;
      d.state = GeneratorObj::State::Running;
    }
    FailureOr<IterStep> step =
        resumeOne(target, mode, value, chain[k - 1]->delegateLoc);
    size_t next = handlingBase;
    for (size_t i = 0; i < k; ++i) {
      GeneratorObj &d = *chain[i];
      for (PendingException &p : d.handling)
        p = std::move(handling[next++]);
      d.state = GeneratorObj::State::Suspended;
    }
    callStack.resize(callBase);
    frameStack.erase(frameStack.begin() + frameBase, frameStack.end());
    handling.erase(handling.begin() + handlingBase, handling.end());
    evalDepth = savedDepth;
    if (succeeded(step) && !step->done)
      return step; // it yielded: the delegators stay suspended
    if (succeeded(step)) {
      mode = Resume::DelegateReturned;
      value = std::move(step->value);
    } else if (pending) {
      mode = Resume::DelegateRaised;
      value = Value::none();
      chain[k - 1]->delegateFailure = std::move(*pending);
      pending.reset();
    } else {
      return failure(); // a scopec error: the program stops
    }
  }
}

FailureOr<IterStep> Interpreter::resumeOne(GeneratorObj &g, Resume how,
                                           const Value &in, SrcLoc l) {
  if (g.state == GeneratorObj::State::Running)
    return raise(l, "ValueError", "generator already executing");
  if (g.state == GeneratorObj::State::Created &&
      (how != Resume::Send || !in.isNone())) {
    if (how == Resume::Send)
      return raise(l, "TypeError",
                   "can't send non-None value to a just-started generator");
    // Thrown into (or killed) before it ran: it ends at once.
    g.state = GeneratorObj::State::Done;
    g.env.reset();
    g.outerIter = Value::none();
    if (how == Resume::Kill)
      return IterStep{Value::none(), /*done=*/false};
    return raiseValue(g.loc, in);
  }
  if (g.state == GeneratorObj::State::Done) {
    if (how == Resume::Throw)
      return raiseValue(l, in);
    return IterStep{Value::none(), /*done=*/true};
  }
  if (g.state == GeneratorObj::State::Created) {
    if (liveGenerators.size() >= Limits::kMaxLiveGenerators)
      return error(l, "too many generators started and not finished (scopec "
                      "limit: " +
                          std::to_string(Limits::kMaxLiveGenerators) + ")");
    void *mem = mmap(nullptr, kGuardBytes + kStackBytes,
                     PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK,
                     -1, 0);
    if (mem == MAP_FAILED)
      return error(l, "cannot allocate a stack for a generator");
    auto *f = new Fiber();
    f->memory = static_cast<char *>(mem);
    mprotect(f->memory, kGuardBytes, PROT_NONE);
    f->suspended = prepareStack(f->stackLow(), kStackBytes, fiberMain, &g);
    g.fiber = f;
    liveGenerators.push_back(&g);
  }
  // Keep the generator alive while it runs (its body may drop the last
  // reference); a killed one is already being destroyed.
  ObjectRef keepAlive;
  if (how != Resume::Kill)
    keepAlive = g.shared_from_this();

  // Set the resumer's state aside and install the generator's.
  std::shared_ptr<Env> savedEnv = std::move(env);
  Value savedReturn = std::move(returnValue);
  int savedLoops = loopDepth, savedDepth = evalDepth;
  size_t callBase = callStack.size(), frameBase = frameStack.size(),
         handlingBase = handling.size();
  GeneratorObj *outer = runningGenerator;
  env = std::move(g.env);
  returnValue = Value::none();
  loopDepth = g.loopDepth;
  evalDepth = savedDepth + g.evalDepth;
  callStack.push_back(l);
  callStack.insert(callStack.end(), g.calls.begin(), g.calls.end());
  frameStack.insert(frameStack.end(), g.frames.begin(), g.frames.end());
  for (PendingException &p : g.handling)
    handling.push_back(std::move(p));
  g.calls.clear();
  g.frames.clear();
  g.handling.clear();
  g.how = how;
  g.transfer = in;
  g.state = GeneratorObj::State::Running;
  runningGenerator = &g;

  Fiber *f = g.fiber;
  void *back = nullptr;
  f->resumer = &back;
  void *fakeStack = nullptr;
  startSwitch(&fakeStack, f->stackLow(), kStackBytes);
  switchStack(&back, f->suspended);
  finishSwitch(fakeStack, nullptr, nullptr);

  // It yielded or ended: keep what it needs to continue, restore ours.
  runningGenerator = outer;
  bool suspended = g.state == GeneratorObj::State::Suspended;
  if (suspended) {
    g.env = std::move(env);
    g.loopDepth = loopDepth;
    g.evalDepth = evalDepth - savedDepth;
    g.calls.assign(callStack.begin() + callBase + 1, callStack.end());
    g.frames.assign(frameStack.begin() + frameBase, frameStack.end());
    for (size_t i = handlingBase; i < handling.size(); ++i)
      g.handling.push_back(std::move(handling[i]));
  } else {
    releaseFiber(g);
    g.outerIter = Value::none();
  }
  callStack.resize(callBase);
  frameStack.erase(frameStack.begin() + frameBase, frameStack.end());
  handling.erase(handling.begin() + handlingBase, handling.end());
  env = std::move(savedEnv);
  returnValue = std::move(savedReturn);
  loopDepth = savedLoops;
  evalDepth = savedDepth;

  Value out = std::move(g.transfer);
  g.transfer = Value::none();
  if (suspended)
    return IterStep{std::move(out), /*done=*/false};
  if (!g.bodyOk) {
    if (!pendingIs("StopIteration"))
      return failure();
    // PEP 479: a StopIteration escaping the body would end the iteration
    // silently; it becomes a RuntimeError, raised (as in CPython) where the
    // generator was resumed.
    Value stop = pending->exc;
    pending.reset();
    Value exc = newException("RuntimeError",
                             {Value::str("generator raised StopIteration")});
    exc.as<InstanceObj>()->dict.set("__cause__", stop);
    exc.as<InstanceObj>()->dict.set("__context__", stop);
    return raiseValue(l, exc);
  }
  return IterStep{std::move(out), /*done=*/true};
}

FailureOr<Value> Interpreter::yieldValue(const Value &v, SrcLoc l) {
  Fiber *f = runningGenerator->fiber;
  runningGenerator->transfer = v;
  runningGenerator->state = GeneratorObj::State::Suspended;
  startSwitch(&f->fakeStack, f->resumerBottom, f->resumerSize);
  switchStack(&f->suspended, *f->resumer);
  finishSwitch(f->fakeStack, &f->resumerBottom, &f->resumerSize);
  // Resumed (resumeGenerator set the state and `how`), perhaps as another
  // object (dropSuspended).
  GeneratorObj &g = *runningGenerator;
  Value in = std::move(g.transfer);
  g.transfer = Value::none();
  switch (g.how) {
  case Resume::Send:
  case Resume::DelegateReturned:
    return in;
  case Resume::Throw:
    return raiseValue(l, in);
  case Resume::Kill:
    // Unwinds the body: a failure with nothing reported or pending.
    return failure();
  case Resume::DelegateRaised:
    pending = std::move(g.delegateFailure);
    g.delegateFailure.reset();
    return failure();
  }
  return failure();
}

LogicalResult Interpreter::closeGenerator(GeneratorObj &g, SrcLoc l) {
  if (g.state == GeneratorObj::State::Running)
    return raise(l, "ValueError", "generator already executing");
  if (g.state != GeneratorObj::State::Suspended) {
    if (failed(resumeGenerator(g, Resume::Kill, Value::none(), l)))
      return failure();
    return success();
  }
  FailureOr<IterStep> step =
      resumeGenerator(g, Resume::Throw, newException("GeneratorExit", {}), l);
  if (succeeded(step)) {
    if (!step->done)
      return raise(l, "RuntimeError", "generator ignored GeneratorExit");
    return success();
  }
  if (!pendingIs("GeneratorExit"))
    return failure();
  clearPendingException();
  return success();
}

void Interpreter::dropSuspended(GeneratorObj &g) {
  if (tearingDown) {
    killGenerator(g);
    return;
  }
  // Hand the body over to a new object, closed at the next statement.
  auto heir = std::make_shared<GeneratorObj>(*this);
  heir->state = g.state;
  heir->function = std::move(g.function);
  heir->genExp = g.genExp;
  heir->outerIter = std::move(g.outerIter);
  heir->name = g.name;
  heir->loc = g.loc;
  heir->env = std::move(g.env);
  heir->loopDepth = g.loopDepth;
  heir->evalDepth = g.evalDepth;
  heir->calls = std::move(g.calls);
  heir->frames = std::move(g.frames);
  heir->handling = std::move(g.handling);
  heir->delegate = g.delegate;
  heir->delegateLoc = g.delegateLoc;
  heir->fiber = g.fiber;
  g.fiber = nullptr;
  g.state = GeneratorObj::State::Done;
  for (GeneratorObj *&live : liveGenerators)
    if (live == &g)
      live = heir.get();
  droppedGenerators.push_back(Value::object(heir));
}

LogicalResult Interpreter::finalizeDropped() {
  // Closing may drop more generators: take them in turn.
  std::optional<PendingException> saved = std::move(pending);
  pending.reset();
  bool ok = true;
  while (ok && !droppedGenerators.empty()) {
    Value g = std::move(droppedGenerators.front());
    droppedGenerators.erase(droppedGenerators.begin());
    auto *gen = g.as<GeneratorObj>();
    // CPython reports a failing close() on stderr and goes on; a body that
    // yields again is abandoned.
    ok = succeeded(closeGenerator(*gen, gen->loc)) || pending;
    pending.reset();
    killGenerator(*gen);
  }
  pending = std::move(saved);
  return success(ok);
}

LogicalResult Interpreter::closeLiveGenerators() {
  std::vector<Value> live;
  for (GeneratorObj *g : liveGenerators)
    if (g->state == GeneratorObj::State::Suspended)
      live.push_back(Value::object(g->shared_from_this()));
  std::optional<PendingException> saved = std::move(pending);
  pending.reset();
  bool ok = true;
  for (const Value &g : live) {
    auto *gen = g.as<GeneratorObj>();
    ok = succeeded(closeGenerator(*gen, gen->loc)) || pending;
    pending.reset();
    killGenerator(*gen);
    if (!ok || stopFlag)
      break;
  }
  pending = std::move(saved);
  if (!ok)
    return failure();
  return finalizeDropped();
}

void Interpreter::killGenerator(GeneratorObj &g) {
  if (g.state != GeneratorObj::State::Suspended)
    return;
  // Unwinding must not see (or take) an exception being raised elsewhere.
  std::optional<PendingException> saved = std::move(pending);
  pending.reset();
  (void)resumeGenerator(g, Resume::Kill, Value::none(), g.loc);
  pending = std::move(saved);
  if (g.state == GeneratorObj::State::Suspended) {
    // Cannot happen (a killed body has no way to yield again); never
    // resume it.
    g.state = GeneratorObj::State::Done;
    releaseFiber(g);
  }
}

//===----------------------------------------------------------------------===//
// yield and yield from
//===----------------------------------------------------------------------===//

FailureOr<Value> Interpreter::evalYield(YieldExpr *e) {
  Value v;
  if (e->value) {
    FailureOr<Value> r = eval(e->value);
    if (failed(r))
      return failure();
    v = std::move(*r);
  }
  return yieldValue(v, e->loc);
}

FailureOr<Value> Interpreter::evalYieldFrom(YieldFromExpr *e) {
  FailureOr<Value> source = eval(e->value);
  if (failed(source))
    return failure();
  FailureOr<Value> iter = getIter(*source, e->value->loc);
  if (failed(iter))
    return failure();
  Value it = *iter;
  auto *sub = it.is(ObjKind::Generator) ? it.as<GeneratorObj>() : nullptr;
  FailureOr<IterStep> step =
      sub ? resumeGenerator(*sub, Resume::Send, Value::none(), e->loc)
          : nextItem(it, e->loc);
  if (failed(step))
    return failure();
  IterStep item = std::move(*step);
  while (!item.done) {
    // A generator delegate may be resumed past this generator
    // (resumeGenerator); it then continues here once the delegate ends.
    GeneratorObj *self = runningGenerator;
    self->delegate = sub;
    self->delegateLoc = e->loc;
    FailureOr<Value> sent = yieldValue(item.value, e->loc);
    self = runningGenerator; // perhaps handed over (dropSuspended)
    self->delegate = nullptr;
    Resume how = self->how;
    if (how == Resume::DelegateReturned) {
      item = IterStep{std::move(*sent), /*done=*/true};
      continue;
    }
    if (how == Resume::DelegateRaised)
      return failure();
    if (succeeded(sent)) {
      if (sub) {
        step = resumeGenerator(*sub, Resume::Send, *sent, e->loc);
        if (failed(step))
          return failure();
        item = std::move(*step);
      } else if (sent->isNone()) {
        step = nextItem(it, e->loc);
        if (failed(step))
          return failure();
        item = std::move(*step);
      } else {
        // Only generators take sent values.
        CallArgs a;
        a.loc = e->loc;
        a.pos.push_back(*sent);
        FailureOr<Value> send = getAttr(it, "send", e->loc);
        if (failed(send))
          return failure();
        FailureOr<Value> r = call(*send, a);
        if (failed(r))
          return failure();
        item.value = std::move(*r);
      }
      continue;
    }
    if (!pending)
      return failure(); // killed
    if (!sub)
      return failure();
    if (pendingIs("GeneratorExit")) {
      // close() closes the delegate first.
      PendingException exit = std::move(*pending);
      pending.reset();
      if (failed(closeGenerator(*sub, e->loc)))
        return failure();
      pending = std::move(exit);
      return failure();
    }
    // throw() goes on to the delegate, which may handle it.
    Value exc = pending->exc;
    pending.reset();
    step = resumeGenerator(*sub, Resume::Throw, exc, e->loc);
    if (failed(step))
      return failure();
    item = std::move(*step);
  }
  return sub ? item.value : Value::none();
}

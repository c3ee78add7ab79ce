//===- Iterators.h - Iterator and generator objects --------------*- C++ -*-===//
//
// The iterators of built-in types and functions (`iter([])`, `zip(...)`,
// `map(...)`: IteratorObj, a native "next" step with its state) and
// generators (GeneratorObj: a generator function's or generator
// expression's body suspended at a `yield`, see Generators.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_ITERATORS_H
#define SCOPEC_FRONTEND_ITERATORS_H

#include "Interpreter.h"

#include <optional>

namespace scopec::frontend {

/// An iterator of a built-in type (`list_iterator`, `zip`, `map`, ...).
struct IteratorObj : Object {
  /// Produces the next item, or `done`.
  using NextFn = std::function<FailureOr<IterStep>(Interpreter &, SrcLoc)>;
  IteratorObj(std::string type, NextFn next)
      : Object(ObjKind::Iterator), type(std::move(type)),
        next(std::make_shared<NextFn>(std::move(next))) {}
  std::string typeName() const override { return type; }
  std::string type;
  /// Null once exhausted (the iterated values are released then). Shared
  /// so a call keeps it alive while Python code it runs drops it.
  std::shared_ptr<NextFn> next;
};

struct Fiber;

/// A generator: `f()` for a function whose body yields, or `(x for ...)`.
struct GeneratorObj : Object {
  explicit GeneratorObj(Interpreter &interp)
      : Object(ObjKind::Generator), interp(&interp) {}
  ~GeneratorObj() override;
  std::string typeName() const override { return "generator"; }
  std::string repr() const override;
  enum class State { Created, Suspended, Running, Done };
  State state = State::Created;
  Interpreter *interp;
  /// The generator function, or null for a generator expression.
  Value function;
  /// A generator expression and the iterator of its first `for`.
  GeneratorExpr *genExp = nullptr;
  Value outerIter;
  std::string name;
  /// Where the body starts (errors of a generator that never ran).
  SrcLoc loc;
  /// The value passed in by send()/throw() or out by a yield or return.
  Value transfer;
  Interpreter::Resume how = Interpreter::Resume::Send;
  /// Whether the body ended without an error.
  bool bodyOk = true;
  /// The interpreter state of the body while it is suspended.
  std::shared_ptr<Env> env;
  int loopDepth = 0;
  int evalDepth = 0;
  std::vector<SrcLoc> calls;
  std::vector<Interpreter::Frame> frames;
  std::vector<Interpreter::PendingException> handling;
  /// While suspended in `yield from` of a generator: that generator (kept
  /// alive by the suspended `yield from`) and where the `yield from` is.
  GeneratorObj *delegate = nullptr;
  SrcLoc delegateLoc;
  /// The exception a directly resumed delegate raised (Resume::DelegateRaised).
  std::optional<Interpreter::PendingException> delegateFailure;
  /// The stack the body runs on, from the first resume to the end (owned;
  /// Interpreter::releaseFiber frees it).
  Fiber *fiber = nullptr;
};

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_ITERATORS_H

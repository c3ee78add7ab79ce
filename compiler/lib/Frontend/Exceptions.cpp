//===- Exceptions.cpp - Python exceptions as values -----------------------===//
//
// A Python exception travels as a value: `raise` (or the interpreter itself,
// through Interpreter::raise) sets the pending exception and every caller
// returns a failure / Flow::Error until a `try` statement whose handler
// matches takes it, or the module ends and it is reported as a located error
// with the traceback as notes. scopec's own errors (Interpreter::error: an
// unsupported construct, a limit) are not Python exceptions: no handler can
// catch them, so a model can never silently take another path than it
// would under TensorFlow.
//
// The built-in exception hierarchy and `object` are native classes
// (Classes.h), so user exception classes derive from them as in CPython.
//
//===----------------------------------------------------------------------===//

#include "Classes.h"
#include "Codecs.h"
#include "Interpreter.h"

using namespace scopec::frontend;

namespace {
/// The built-in exception classes: name and base, bases first.
const std::pair<const char *, const char *> kExceptionClasses[] = {
    {"BaseException", nullptr},
    {"Exception", "BaseException"},
    {"GeneratorExit", "BaseException"},
    {"KeyboardInterrupt", "BaseException"},
    {"SystemExit", "BaseException"},
    {"ArithmeticError", "Exception"},
    {"FloatingPointError", "ArithmeticError"},
    {"OverflowError", "ArithmeticError"},
    {"ZeroDivisionError", "ArithmeticError"},
    {"AssertionError", "Exception"},
    {"AttributeError", "Exception"},
    {"BufferError", "Exception"},
    {"EOFError", "Exception"},
    {"ImportError", "Exception"},
    {"ModuleNotFoundError", "ImportError"},
    {"LookupError", "Exception"},
    {"IndexError", "LookupError"},
    {"KeyError", "LookupError"},
    {"MemoryError", "Exception"},
    {"NameError", "Exception"},
    {"UnboundLocalError", "NameError"},
    {"OSError", "Exception"},
    {"FileNotFoundError", "OSError"},
    {"PermissionError", "OSError"},
    {"ReferenceError", "Exception"},
    {"RuntimeError", "Exception"},
    {"NotImplementedError", "RuntimeError"},
    {"RecursionError", "RuntimeError"},
    {"StopIteration", "Exception"},
    {"SyntaxError", "Exception"},
    {"SystemError", "Exception"},
    {"TypeError", "Exception"},
    {"ValueError", "Exception"},
    {"UnicodeError", "ValueError"},
    {"UnicodeDecodeError", "UnicodeError"},
    {"UnicodeEncodeError", "UnicodeError"},
    {"Warning", "Exception"},
    {"DeprecationWarning", "Warning"},
    {"FutureWarning", "Warning"},
    {"PendingDeprecationWarning", "Warning"},
    {"RuntimeWarning", "Warning"},
    {"UserWarning", "Warning"},
};
} // namespace

void Interpreter::installClasses() {
  auto makeNative = [&](const std::string &name,
                        const Value *base) -> std::shared_ptr<ClassObj> {
    auto cls = std::make_shared<ClassObj>();
    cls->name = name;
    cls->module = "builtins";
    if (base) {
      cls->bases.push_back(*base);
      cls->isException = base->as<ClassObj>()->isException;
    }
    std::string err;
    computeMro(cls.get(), err);
    builtins[name] = Value::object(cls);
    return cls;
  };
  auto object = makeNative("object", nullptr);
  objectClass = builtins["object"];
  object->dict.set(
      "__init__",
      native("__init__", [](Interpreter &, CallArgs &) -> FailureOr<Value> {
        return Value::none();
      }));
  object->dict.set(
      "__setattr__",
      native("__setattr__",
             [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
               if (a.pos.size() != 3 || !a.pos[0].is(ObjKind::Instance) ||
                   !a.pos[1].isStr())
                 return in.raise(a.loc, "TypeError",
                                 "expected an instance, a name and a value");
               if (failed(in.setInstanceAttr(a.pos[0], a.pos[1].getStr(),
                                             a.pos[2], a.loc)))
                 return failure();
               return Value::none();
             }));
  for (auto &[name, base] : kExceptionClasses) {
    auto cls = makeNative(name, base ? &builtins[base] : &objectClass);
    if (!base) {
      cls->isException = true;
      cls->dict.set(
          "__init__",
          native("__init__", [](Interpreter &in, CallArgs &a)
                                 -> FailureOr<Value> {
            static const Signature sig{"BaseException.__init__",
                                       {"self", "/", "*args"},
                                       ArgStyle::Clinic};
            // CPython names the exception's type ("ValueError() takes no
            // keyword arguments").
            if (!a.kw.empty())
              return in.raise(a.loc, "TypeError",
                              (a.pos.empty() ? std::string("BaseException")
                                             : typeName(a.pos[0])) +
                                  "() takes no keyword arguments");
            FailureOr<BoundArgs> bound = in.bind(sig, a);
            if (failed(bound))
              return failure();
            BoundArgs &b = *bound;
            if (b["self"].is(ObjKind::Instance))
              b["self"].as<InstanceObj>()->dict.set("args",
                                                    Value::tuple(b.args()));
            return Value::none();
          }));
      // What an exception chains to, until raise/raise-from sets it.
      cls->dict.set("__cause__", Value::none());
      cls->dict.set("__context__", Value::none());
      cls->dict.set("__suppress_context__", Value::boolean(false));
      cls->dict.set("__traceback__", Value::none());
      cls->dict.set(
          "with_traceback",
          native("with_traceback", [](Interpreter &in, CallArgs &a)
                                       -> FailureOr<Value> {
            static const Signature sig{
                "BaseException.with_traceback", {"tb", "/"}, ArgStyle::Clinic};
            if (a.pos.empty())
              return in.raise(a.loc, "TypeError",
                              "unbound method "
                              "BaseException.with_traceback() needs an "
                              "argument");
            CallArgs rest = a;
            rest.pos.erase(rest.pos.begin());
            if (failed(in.bind(sig, rest)))
              return failure();
            return a.pos[0];
          }));
    }
  }
  // Aliases CPython keeps.
  builtins["IOError"] = builtins["OSError"];
  builtins["EnvironmentError"] = builtins["OSError"];
  // The Unicode errors of the codecs format their message from their five
  // arguments (encoding, object, start, end, reason), as CPython's do.
  for (bool decoding : {true, false}) {
    Value cls = builtins[decoding ? "UnicodeDecodeError" : "UnicodeEncodeError"];
    cls.as<ClassObj>()->dict.set(
        "__str__",
        native("__str__", [decoding](Interpreter &in,
                                     CallArgs &a) -> FailureOr<Value> {
          std::string text;
          if (!a.pos.empty())
            text = codecs::unicodeErrorText(a.pos[0], decoding);
          if (text.empty() && !a.pos.empty() &&
              a.pos[0].is(ObjKind::Instance))
            text = in.exceptionText(*a.pos[0].as<InstanceObj>(), true);
          return Value::str(std::move(text));
        }));
  }
}

//===----------------------------------------------------------------------===//
// Raising
//===----------------------------------------------------------------------===//

Value Interpreter::newException(llvm::StringRef type,
                                std::vector<Value> args) {
  Value cls = builtins[type];
  auto inst = std::make_shared<InstanceObj>(cls);
  inst->dict.set("args", Value::tuple(std::move(args)));
  return Value::object(inst);
}

LogicalResult Interpreter::raise(SrcLoc l, llvm::StringRef type,
                                 const llvm::Twine &message) {
  return raiseValue(l, newException(type, {Value::str(message.str())}));
}

LogicalResult Interpreter::raiseValue(SrcLoc l, const Value &exc) {
  PendingException p;
  p.exc = exc;
  p.loc = l;
  p.traceback = callStack;
  // An exception raised while another is handled keeps it as context.
  if (!handling.empty() && exc.is(ObjKind::Instance) &&
      !identical(handling.back().exc, exc))
    exc.as<InstanceObj>()->dict.set("__context__", handling.back().exc);
  pending = std::move(p);
  return failure();
}

bool Interpreter::pendingIs(llvm::StringRef type) const {
  return pending && isException(pending->exc, type);
}

bool Interpreter::isException(const Value &exc, llvm::StringRef type) const {
  ClassObj *cls = classOf(exc);
  auto it = builtins.find(type);
  return cls && it != builtins.end() && it->second.is(ObjKind::Class) &&
         cls->isSubclassOf(it->second.as<ClassObj>());
}

std::string Interpreter::exceptionText(const InstanceObj &inst,
                                       bool useStr) {
  const Value *argsValue = inst.dict.find("args");
  std::vector<Value> args;
  if (argsValue && argsValue->isTuple())
    args = argsValue->items();
  ClassObj *cls = inst.getClass();
  if (!useStr) {
    std::string r = cls->name + "(";
    for (size_t i = 0; i < args.size(); ++i)
      r += (i ? ", " : "") + repr(args[i]);
    return r + ")";
  }
  if (args.empty())
    return "";
  if (args.size() == 1) {
    // KeyError shows the missing key as repr().
    bool keyError = builtins.count("KeyError") &&
                    cls->isSubclassOf(builtins["KeyError"].as<ClassObj>());
    return keyError ? repr(args[0]) : str(args[0]);
  }
  return repr(Value::tuple(args));
}

/// `ValueError: msg`, `layers.MyError: msg` or just the name, as CPython's
/// last traceback line shows an exception.
static std::string describeException(const Value &exc) {
  ClassObj *cls = classOf(exc);
  // CPython's traceback leaves out `builtins.` and `__main__.`.
  std::string name = cls->module == "builtins" || cls->module == "__main__"
                         ? cls->name
                         : cls->module + "." + cls->name;
  std::string text = str(exc);
  return text.empty() ? name : name + ": " + text;
}

void Interpreter::reportUncaught() {
  PendingException p = std::move(*pending);
  pending.reset();
  emitLocated(p.loc, p.traceback, describeException(p.exc) + p.hint);
}

//===----------------------------------------------------------------------===//
// raise and try
//===----------------------------------------------------------------------===//

/// Turns the operand of `raise` (a class or an instance) into an instance.
FailureOr<Value> Interpreter::exceptionInstance(const Value &v, SrcLoc l) {
  if (v.is(ObjKind::Class) && v.as<ClassObj>()->isException) {
    CallArgs a;
    a.loc = l;
    return call(v, a);
  }
  if (classOf(v) && classOf(v)->isException)
    return v;
  return raise(l, "TypeError", "exceptions must derive from BaseException");
}

Interpreter::Flow Interpreter::execRaise(RaiseStmt *s) {
  if (!s->exc) {
    if (handling.empty()) {
      (void)raise(s->loc, "RuntimeError", "No active exception to reraise");
      return Flow::Error;
    }
    pending = handling.back();
    return Flow::Error;
  }
  FailureOr<Value> v = eval(s->exc);
  if (failed(v))
    return Flow::Error;
  FailureOr<Value> exc = exceptionInstance(*v, s->exc->loc);
  if (failed(exc))
    return Flow::Error;
  if (s->cause) {
    FailureOr<Value> cause = eval(s->cause);
    if (failed(cause))
      return Flow::Error;
    if (!cause->isNone()) {
      cause = exceptionInstance(*cause, s->cause->loc);
      if (failed(cause)) {
        if (pendingIs("TypeError"))
          (void)raise(s->cause->loc, "TypeError",
                      "exception causes must derive from BaseException");
        return Flow::Error;
      }
    }
    exc->as<InstanceObj>()->dict.set("__cause__", *cause);
    exc->as<InstanceObj>()->dict.set("__suppress_context__",
                                     Value::boolean(true));
  }
  (void)raiseValue(s->loc, *exc);
  return Flow::Error;
}

FailureOr<bool> Interpreter::handlerMatches(const Value &exc,
                                            const Value &spec, SrcLoc l) {
  std::vector<Value> classes;
  if (spec.isTuple())
    classes = spec.items();
  else
    classes.push_back(spec);
  bool matches = false;
  for (const Value &c : classes) {
    if (!c.is(ObjKind::Class) || !c.as<ClassObj>()->isException)
      return raise(l, "TypeError", "catching classes that do not inherit "
                                   "from BaseException is not allowed");
    matches |= classOf(exc)->isSubclassOf(c.as<ClassObj>());
  }
  return matches;
}

Interpreter::Flow Interpreter::execTry(TryStmt *s) {
  Flow f = execBlock(s->body);
  if (f == Flow::Error && pending && !stopFlag) {
    for (const ExceptHandler &h : s->handlers) {
      bool matches = true;
      if (h.type) {
        // The handler's expression runs with the exception still pending
        // (and unaffected if the expression itself is fine).
        PendingException saved = std::move(*pending);
        pending.reset();
        FailureOr<Value> spec = eval(h.type);
        if (failed(spec))
          return Flow::Error;
        FailureOr<bool> matched = handlerMatches(saved.exc, *spec, h.type->loc);
        if (failed(matched))
          return Flow::Error;
        matches = *matched;
        pending = std::move(saved);
      }
      if (!matches)
        continue;
      handling.push_back(std::move(*pending));
      pending.reset();
      bool bound = !h.name.empty();
      if (bound && failed(bindName(h.name, handling.back().exc, h.loc))) {
        handling.pop_back();
        return Flow::Error;
      }
      f = execBlock(h.body);
      handling.pop_back();
      // `except E as e` deletes `e` when the handler ends.
      if (bound) {
        Env *e = env->globals.count(h.name) ? moduleEnv() : env.get();
        e->vars.erase(h.name);
      }
      break;
    }
  } else if (f == Flow::Normal) {
    f = execBlock(s->orelse);
  }
  if (s->finalbody.empty() || (f == Flow::Error && !pending) || stopFlag)
    return f;
  // `finally` runs with the outcome set aside; an outcome of its own
  // (return, break, an exception) replaces it.
  std::optional<PendingException> saved = std::move(pending);
  pending.reset();
  Value savedReturn = returnValue;
  Flow ff = execBlock(s->finalbody);
  if (ff != Flow::Normal)
    return ff;
  pending = std::move(saved);
  returnValue = savedReturn;
  return f;
}

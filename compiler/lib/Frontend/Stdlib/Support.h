//===- Support.h - Helpers shared by the native stdlib modules --*- C++ -*-===//
//
// Module construction, argument conversions of native functions (their
// signatures are bound with Interpreter::bind, Signature.h), calls back
// into the interpreter, and the factory of each module (one per file).
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_STDLIB_SUPPORT_H
#define SCOPEC_FRONTEND_STDLIB_SUPPORT_H

#include "../Interpreter.h"

#include "llvm/ADT/StringRef.h"

#include <memory>
#include <string>
#include <vector>

namespace scopec::frontend::stdlib {

/// A new, empty module object named `name` ("os.path").
std::shared_ptr<ModuleObj> newModule(llvm::StringRef name);

/// Adds the native function `name` to `m`.
void addFunction(ModuleObj &m, const std::string &name, NativeFn fn);

/// Makes `m.name` a known attribute scopec refuses: reading it is the
/// located error "<module>.<name> is not supported by scopec: <why>".
void refuse(ModuleObj &m, const std::string &name, llvm::StringRef why);

/// The built-in `name` (`str`, `range`, `zip`, ...) as the model sees it at
/// import time; a failure (reported) if the model has rebound the name to
/// something else.
FailureOr<Value> builtin(Interpreter &in, const std::string &name, SrcLoc l);

/// An object with attributes, a Python type name and a repr: the objects
/// the stdlib modules return (loggers, match objects, ...). It is a module
/// object underneath so attribute access works without core support.
struct AttrObj : ModuleObj {
  AttrObj(std::string type, std::string reprText)
      : ModuleObj(std::move(type)), reprText(std::move(reprText)) {}
  std::string typeName() const override { return name; }
  std::string repr() const override { return reprText; }
  std::string reprText;
  /// Identifies a C++ subclass (the address of a per-type constant), so
  /// code can downcast without RTTI.
  const void *tag = nullptr;
  /// `v` as an AttrObj with `tag`, or null. Every module object whose type
  /// name is not "module" is an AttrObj (nothing else derives ModuleObj).
  static AttrObj *get(const Value &v, const void *tag) {
    if (!v.is(ObjKind::Module) || v.get()->typeName() == "module")
      return nullptr;
    auto *obj = static_cast<AttrObj *>(v.get());
    return obj->tag == tag ? obj : nullptr;
  }
};

//===--- Argument conversions of native functions
//--------------------------===//

/// A real number (bool, int, float) as a double, else
/// `TypeError: must be real number, not T`.
FailureOr<double> realArg(Interpreter &in, const Value &v, SrcLoc l);
/// An integer (int or bool), else
/// `TypeError: 'T' object cannot be interpreted as an integer`.
FailureOr<int64_t> indexArg(Interpreter &in, const Value &v, SrcLoc l);

/// Calls `fn(args...)` at `l`.
FailureOr<Value> callWith(Interpreter &in, const Value &fn,
                          std::vector<Value> args, SrcLoc l);

/// An instance of a namedtuple-like type (CPython's struct sequences:
/// `sys.version_info`): a tuple with named fields whose repr() shows
/// `qualName(field=value, ...)` (NamedTuple.cpp).
Value structSeq(Interpreter &in, llvm::StringRef qualName,
                std::vector<std::string> fields, std::vector<Value> values);

/// The located scopec limitation for integers beyond 64 bits (the message
/// the interpreter's own arithmetic uses).
LogicalResult intOverflow(Interpreter &in, SrcLoc l);

//===--- Module factories (one per file) ----------------------------------===//

Value makeMath(Interpreter &in);
Value makeSix(Interpreter &in);
Value makeFuture(Interpreter &in);
Value makeOs(Interpreter &in);
Value makeSys(Interpreter &in);
Value makeFunctools(Interpreter &in);
Value makeItertools(Interpreter &in);
Value makeCollections(Interpreter &in);
Value makeLogging(Interpreter &in);
Value makeTime(Interpreter &in);
Value makeWarnings(Interpreter &in);
Value makePdb(Interpreter &in);
Value makeRe(Interpreter &in);
Value makeAbc(Interpreter &in);
Value makeArgparse(Interpreter &in);
Value makeCopy(Interpreter &in);
Value makeString(Interpreter &in);
Value makeRandomCore(Interpreter &in);

} // namespace scopec::frontend::stdlib

#endif // SCOPEC_FRONTEND_STDLIB_SUPPORT_H

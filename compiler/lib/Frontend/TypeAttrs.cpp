//===- TypeAttrs.cpp - Attributes of the built-in types -------------------===//

#include "BigInt.h"
#include "BuiltinTypes.h"
#include "Bytes.h"
#include "StrMethods.h"

using namespace scopec::frontend;

namespace {

/// A value of the built-in type `type` (to look its methods up), or None.
Value sampleOf(llvm::StringRef type) {
  if (type == "list")
    return Value::list();
  if (type == "tuple")
    return Value::tuple();
  if (type == "dict")
    return Value::object(std::make_shared<DictObj>());
  if (type == "int")
    return Value::integer(0);
  if (type == "float")
    return Value::real(0);
  if (type == "set" || type == "frozenset")
    return Value::object(std::make_shared<SetObj>(type == "frozenset"));
  return Value::none();
}

bool isInstanceOfType(const Value &v, llvm::StringRef type) {
  if (type == "int")
    return isAnyInt(v);
  return typeName(v) == type;
}

/// dict.fromkeys(iterable, value=None).
FailureOr<Value> dictFromKeys(Interpreter &in, CallArgs &a) {
  if (!a.kw.empty())
    return in.raise(a.loc, "TypeError",
                    "dict.fromkeys() takes no keyword arguments");
  if (a.pos.empty() || a.pos.size() > 2)
    return in.raise(a.loc, "TypeError",
                    std::string("fromkeys expected ") +
                        (a.pos.empty() ? "at least 1 argument, got 0"
                                       : "at most 2 arguments, got " +
                                             std::to_string(a.pos.size())));
  Value value = a.pos.size() > 1 ? a.pos[1] : Value::none();
  auto d = std::make_shared<DictObj>();
  if (failed(in.forEach(a.pos[0], a.loc, [&](const Value &k) -> LogicalResult {
        FailureOr<std::string> key = in.dictKey(k, a.loc);
        if (failed(key))
          return failure();
        d->set(*key, k, value);
        return success();
      })))
    return failure();
  return Value::object(d);
}

} // namespace

FailureOr<std::optional<Value>>
scopec::frontend::builtinTypeAttr(Interpreter &in, const BuiltinObj &type,
                                  const std::string &name, SrcLoc l) {
  const std::string &t = type.name;
  if (t == "str")
    return strTypeAttr(name);
  if (t == "bytes")
    return bytesTypeAttr(name);
  if (t == "dict" && name == "fromkeys")
    return std::optional<Value>(
        Interpreter::native("fromkeys", dictFromKeys));
  if (t == "int" || t == "float") {
    FailureOr<std::optional<Value>> attr = numberTypeAttr(in, t, name);
    if (failed(attr) || *attr)
      return attr;
  }
  Value sample = sampleOf(t);
  if (sample.isNone())
    return std::optional<Value>();
  FailureOr<Value> probe = in.getAttr(sample, name, l);
  if (failed(probe)) {
    in.clearPendingException();
    return std::optional<Value>();
  }
  if (!probe->is(ObjKind::Builtin))
    return std::optional<Value>();
  // The method unbound: the value comes first.
  return std::optional<Value>(Interpreter::native(
      name, [t, name](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
        if (a.pos.empty())
          return in.raise(a.loc, "TypeError",
                          "unbound method " + t + "." + name +
                              "() needs an argument");
        if (!isInstanceOfType(a.pos[0], t))
          return in.raise(a.loc, "TypeError",
                          "descriptor '" + name + "' for '" + t +
                              "' objects doesn't apply to a '" +
                              typeName(a.pos[0]) + "' object");
        FailureOr<Value> method = in.getAttr(a.pos[0], name, a.loc);
        if (failed(method))
          return failure();
        CallArgs rest = a;
        rest.pos.erase(rest.pos.begin());
        return in.call(*method, rest);
      }));
}

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
bool dictFromKeys(Interpreter &in, CallArgs &a, Value &out) {
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
  if (!in.forEach(a.pos[0], a.loc, [&](const Value &k) {
        std::string key;
        if (!in.dictKey(k, a.loc, key))
          return false;
        d->set(key, k, value);
        return true;
      }))
    return false;
  out = Value::object(d);
  return true;
}

} // namespace

bool scopec::frontend::builtinTypeAttr(Interpreter &in, const BuiltinObj &type,
                                       const std::string &name, SrcLoc l,
                                       Value &out, bool &found) {
  found = false;
  const std::string &t = type.name;
  if (t == "str") {
    found = strTypeAttr(in, name, out);
    return true;
  }
  if (t == "bytes") {
    found = bytesTypeAttr(in, name, out);
    return true;
  }
  if (t == "dict" && name == "fromkeys") {
    out = Interpreter::native("fromkeys", dictFromKeys);
    found = true;
    return true;
  }
  if (t == "int" || t == "float") {
    if (!numberTypeAttr(in, t, name, out, found))
      return false;
    if (found)
      return true;
  }
  Value sample = sampleOf(t);
  if (sample.isNone())
    return true;
  Value probe;
  if (!in.getAttr(sample, name, l, probe)) {
    in.clearPendingException();
    return true;
  }
  if (!probe.is(ObjKind::Builtin))
    return true;
  found = true;
  // The method unbound: the value comes first.
  out = Interpreter::native(
      name, [t, name](Interpreter &in, CallArgs &a, Value &o) {
        if (a.pos.empty())
          return in.raise(a.loc, "TypeError",
                          "unbound method " + t + "." + name +
                              "() needs an argument");
        if (!isInstanceOfType(a.pos[0], t))
          return in.raise(a.loc, "TypeError",
                          "descriptor '" + name + "' for '" + t +
                              "' objects doesn't apply to a '" +
                              typeName(a.pos[0]) + "' object");
        Value method;
        if (!in.getAttr(a.pos[0], name, a.loc, method))
          return false;
        CallArgs rest = a;
        rest.pos.erase(rest.pos.begin());
        return in.call(method, rest, o);
      });
  return true;
}

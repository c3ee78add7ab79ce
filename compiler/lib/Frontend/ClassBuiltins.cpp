//===- ClassBuiltins.cpp - Built-in functions about types and attributes --===//
//
// `type`, `isinstance`, `issubclass`, `super`, `property`, `staticmethod`,
// `classmethod`, `getattr`, `hasattr`, `setattr`, `delattr`, `vars`, `dir`
// and `callable`, with CPython's argument rules and messages.
//
//===----------------------------------------------------------------------===//

#include "Classes.h"
#include "Interpreter.h"

using namespace scopec::frontend;

namespace {

/// Whether `v` is an instance of the built-in type named by `builtin` (a
/// BuiltinObj such as `int`, `str`, `list`).
bool isBuiltinInstance(const Value &v, const std::string &n) {
  std::string t = typeName(v);
  if (n == "int")
    return v.isIntLike() || v.is(ObjKind::BigInt);
  if (n == "float")
    return v.isFloat();
  if (n == "bool")
    return v.isBool();
  if (n == "Variable")
    return t == "RefVariable" || t == "Variable";
  if (n == "type")
    return v.is(ObjKind::Class) ||
           (v.is(ObjKind::Builtin) && v.as<BuiltinObj>()->isType);
  // Native subtypes (namedtuples, OrderedDict, Counter; a deque is no list).
  if (n == "tuple")
    return v.isTuple();
  if (n == "dict")
    return v.isDict();
  return t == n;
}

/// The class of a native value that has one (a namedtuple), else None.
FailureOr<Value> nativeClassOf(Interpreter &in, const Value &v, SrcLoc l) {
  if (!v.isObj() || v.is(ObjKind::Instance) || v.is(ObjKind::Class))
    return Value::none();
  FailureOr<std::optional<Value>> cls = v.get()->nativeAttr(in, "__class__", l);
  if (failed(cls))
    return failure();
  if (!*cls || !(*cls)->is(ObjKind::Class))
    return Value::none();
  return **cls;
}

/// isinstance(v, spec) for one class or a (nested) tuple of them.
FailureOr<bool> isInstanceOf(Interpreter &in, const Value &v,
                             const Value &spec, SrcLoc l, const char *fn) {
  if (spec.isTuple()) {
    for (const Value &c : spec.items()) {
      FailureOr<bool> result = isInstanceOf(in, v, c, l, fn);
      if (failed(result) || *result)
        return result;
    }
    return false;
  }
  if (spec.is(ObjKind::Class)) {
    auto *cls = spec.as<ClassObj>();
    FailureOr<Value> nativeClass = nativeClassOf(in, v, l);
    if (failed(nativeClass))
      return failure();
    if (!nativeClass->isNone())
      return nativeClass->as<ClassObj>()->isSubclassOf(cls);
    if (ClassObj *vc = classOf(v))
      return vc->isSubclassOf(cls);
    return identical(spec, in.objectClass) ||
           (cls->module == "builtins" && cls->name == typeName(v) &&
            !cls->isException);
  }
  if (spec.is(ObjKind::Builtin))
    return isBuiltinInstance(v, spec.as<BuiltinObj>()->name);
  return in.raise(l, "TypeError",
                  std::string(fn) + "() arg 2 must be a type, a tuple of "
                                    "types, or a union");
}

FailureOr<Value> builtinType(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "type", {"object_or_name", "bases=", "dict=", "/"}, ArgStyle::Clinic};
  // CPython's own message for every other count (and for keywords).
  if (!a.kw.empty() || (a.pos.size() != 1 && a.pos.size() != 3))
    return in.raise(a.loc, "TypeError", "type() takes 1 or 3 arguments");
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  const Value &v = b["object_or_name"];
  if (b.given("dict")) {
    const Value &bases = b["bases"], &ns = b["dict"];
    if (!v.isStr() || !bases.isTuple() || !ns.isDict())
      return in.raise(a.loc, "TypeError",
                      "type.__new__() argument types must be (str, tuple, "
                      "dict)");
    AttrDict dict;
    for (auto &[k, val] : ns.as<DictObj>()->entries) {
      if (!k.isStr())
        return in.raise(a.loc, "TypeError", "attribute names must be strings");
      dict.set(k.getStr(), val);
    }
    return in.makeClass(v.getStr(), bases.items(), std::move(dict), a.loc);
  }
  if (v.is(ObjKind::Instance))
    return v.as<InstanceObj>()->cls;
  FailureOr<Value> native = nativeClassOf(in, v, a.loc);
  if (failed(native) || !native->isNone())
    return native;
  return in.typeOf(v, a.loc);
}

FailureOr<Value> builtinSuper(Interpreter &in, CallArgs &a) {
  // CPython names it "super()" in its count check ("super() expected at
  // most 2 arguments, got 3").
  static const Signature sig =
      Signature{"super()", {"type=", "object_or_type=", "/"}, ArgStyle::Clinic}
          .qualified("super");
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  Value cls, self;
  if (!b.given("type")) {
    if (in.frames().empty() || !in.frames().back().fn->ownerClass)
      return in.raise(a.loc, "RuntimeError", "super(): no arguments");
    const Interpreter::Frame &f = in.frames().back();
    if (f.firstArg.isNone())
      return in.raise(a.loc, "RuntimeError", "super(): no arguments");
    cls = Value::object(f.fn->ownerClass->shared_from_this());
    self = f.firstArg;
  } else if (b.given("object_or_type")) {
    cls = b["type"];
    self = b["object_or_type"];
    if (!cls.is(ObjKind::Class))
      return in.raise(a.loc, "TypeError",
                      "super() argument 1 must be a type, not " +
                          typeName(cls));
  } else {
    return in.error(a.loc, "one-argument super() is not supported by scopec");
  }
  auto *c = cls.as<ClassObj>();
  bool ok = (self.is(ObjKind::Class) &&
             self.as<ClassObj>()->isSubclassOf(c)) ||
            (classOf(self) && classOf(self)->isSubclassOf(c));
  if (!ok)
    return in.raise(a.loc, "TypeError",
                    "super(type, obj): obj must be an instance or subtype of "
                    "type");
  return Value::object(std::make_shared<SuperObj>(cls, self));
}

/// The attribute name of getattr/hasattr/setattr/delattr.
LogicalResult attrName(Interpreter &in, const Value &name, SrcLoc l) {
  if (name.isStr())
    return success();
  return in.raise(l, "TypeError",
                  "attribute name must be string, not '" + typeName(name) +
                      "'");
}

FailureOr<Value> builtinGetattr(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "getattr", {"object", "name", "default=", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  if (failed(attrName(in, b["name"], a.loc)))
    return failure();
  FailureOr<Value> v = in.getAttr(b["object"], b["name"].getStr(), a.loc);
  if (succeeded(v))
    return v;
  if (b.given("default") && in.pendingIs("AttributeError")) {
    in.clearPendingException();
    return b["default"];
  }
  return failure();
}

FailureOr<Value> builtinHasattr(Interpreter &in, CallArgs &a) {
  static const Signature sig{"hasattr", {"obj", "name", "/"}, ArgStyle::Clinic};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  if (failed(attrName(in, b["name"], a.loc)))
    return failure();
  if (succeeded(in.getAttr(b["obj"], b["name"].getStr(), a.loc)))
    return Value::boolean(true);
  if (!in.pendingIs("AttributeError"))
    return failure();
  in.clearPendingException();
  return Value::boolean(false);
}

} // namespace

FailureOr<Value> Interpreter::typeOf(const Value &v, SrcLoc l) {
  (void)l;
  // Classes and the built-in types (`int`); other natives (`len`) are
  // builtin_function_or_method.
  if (v.is(ObjKind::Class) ||
      (v.is(ObjKind::Builtin) && v.as<BuiltinObj>()->isType))
    return builtins["type"];
  std::string name = typeName(v);
  auto it = builtins.find(name);
  if (it != builtins.end() &&
      (it->second.is(ObjKind::Builtin) || it->second.is(ObjKind::Class)))
    return it->second;
  // Types with no built-in name (Tensor, VariableScope, ...): one native
  // class per type name, so `type(a) is type(b)` and `__name__` work.
  Value &cached = typeCache[name];
  if (cached.isNone()) {
    auto cls = std::make_shared<ClassObj>();
    cls->name = name;
    cls->module = "builtins";
    cls->bases.push_back(objectClass);
    std::string err;
    computeMro(cls.get(), err);
    cached = Value::object(cls);
  }
  return cached;
}

void Interpreter::installClassBuiltins() {
  auto add = [&](const std::string &n, NativeFn fn) {
    builtins[n] = native(n, std::move(fn));
  };
  add("type", builtinType);
  add("super", builtinSuper);
  add("getattr", builtinGetattr);
  add("hasattr", builtinHasattr);
  add("isinstance", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{
        "isinstance", {"obj", "class_or_tuple", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> b = in.bind(sig, a);
    if (failed(b))
      return failure();
    FailureOr<bool> r = isInstanceOf(in, (*b)["obj"], (*b)["class_or_tuple"],
                                     a.loc, "isinstance");
    if (failed(r))
      return failure();
    return Value::boolean(*r);
  });
  add("issubclass", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{
        "issubclass", {"cls", "class_or_tuple", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &b = *bound;
    const Value &c = b["cls"], &spec = b["class_or_tuple"];
    if (!c.is(ObjKind::Class) && !c.is(ObjKind::Builtin))
      return in.raise(a.loc, "TypeError",
                      "issubclass() arg 1 must be a class");
    std::vector<Value> specs =
        spec.isTuple() ? spec.items() : std::vector<Value>{spec};
    bool r = false;
    for (const Value &s : specs) {
      if (s.is(ObjKind::Class) && c.is(ObjKind::Class))
        r |= c.as<ClassObj>()->isSubclassOf(s.as<ClassObj>());
      else if (s.is(ObjKind::Class))
        r |= identical(s, in.objectClass);
      else if (s.is(ObjKind::Builtin))
        r |= identical(s, c) || (s.as<BuiltinObj>()->name == "int" &&
                                 c.is(ObjKind::Builtin) &&
                                 c.as<BuiltinObj>()->name == "bool");
      else
        return in.raise(a.loc, "TypeError",
                        "issubclass() arg 2 must be a class, a tuple of "
                        "classes, or a union");
    }
    return Value::boolean(r);
  });
  add("setattr", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{
        "setattr", {"obj", "name", "value", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &b = *bound;
    if (failed(attrName(in, b["name"], a.loc)) ||
        failed(in.setAttr(b["obj"], b["name"].getStr(), b["value"], a.loc)))
      return failure();
    return Value::none();
  });
  add("delattr", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{
        "delattr", {"obj", "name", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &b = *bound;
    if (failed(attrName(in, b["name"], a.loc)) ||
        failed(in.delAttr(b["obj"], b["name"].getStr(), a.loc)))
      return failure();
    return Value::none();
  });
  add("vars", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"vars", {"object=", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &b = *bound;
    if (!b.given("object"))
      return in.error(a.loc, "vars() without an argument is not supported by "
                             "scopec");
    const Value &v = b["object"];
    if (v.is(ObjKind::Instance) &&
        !v.as<InstanceObj>()->getClass()->slotsOnly)
      return instanceDict(*v.as<InstanceObj>());
    if (v.is(ObjKind::Class))
      return attrsAsDict(v.as<ClassObj>()->dict);
    if (v.is(ObjKind::Module) && v.as<ModuleObj>()->globals) {
      // A module of the model: its globals (sorted: the interpreter does
      // not keep their definition order).
      std::vector<std::string> names;
      for (auto &kv : v.as<ModuleObj>()->globals->vars)
        names.push_back(kv.getKey().str());
      llvm::sort(names);
      auto d = std::make_shared<DictObj>();
      for (const std::string &n : names)
        d->set("s" + n, Value::str(n), v.as<ModuleObj>()->globals->vars[n]);
      return Value::object(d);
    }
    return in.raise(a.loc, "TypeError",
                    "vars() argument must have __dict__ attribute");
  });
  add("dir", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"dir", {"object=", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &b = *bound;
    std::vector<std::string> names;
    if (!b.given("object")) {
      names = in.localNames();
    } else if (std::optional<std::vector<std::string>> attrs =
                   in.attributeNames(b["object"])) {
      names = std::move(*attrs);
    } else {
      return in.error(a.loc, "dir() of a '" + typeName(b["object"]) +
                                 "' object is not supported by scopec");
    }
    llvm::sort(names);
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::vector<Value> items;
    for (const std::string &n : names)
      items.push_back(Value::str(n));
    return Value::list(std::move(items));
  });
  add("callable", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{"callable", {"obj", "/"}, ArgStyle::Clinic};
    FailureOr<BoundArgs> b = in.bind(sig, a);
    if (failed(b))
      return failure();
    return Value::boolean(isCallable((*b)["obj"]));
  });
  add("property", [](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
    static const Signature sig{
        "property", {"fget=", "fset=", "fdel=", "doc="}, ArgStyle::Clinic};
    FailureOr<BoundArgs> bound = in.bind(sig, a);
    if (failed(bound))
      return failure();
    BoundArgs &v = *bound;
    auto p = std::make_shared<PropertyObj>();
    p->fget = v["fget"];
    p->fset = v["fset"];
    p->fdel = v["fdel"];
    p->doc = v["doc"];
    return Value::object(p);
  });
  for (ObjKind kind : {ObjKind::StaticMethod, ObjKind::ClassMethod}) {
    std::string name =
        kind == ObjKind::StaticMethod ? "staticmethod" : "classmethod";
    Signature sig{name, {"function", "/"}, ArgStyle::Unpack};
    add(name, [kind, sig](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
      FailureOr<BoundArgs> b = in.bind(sig, a);
      if (failed(b))
        return failure();
      return Value::object(
          std::make_shared<WrapperObj>(kind, (*b)["function"]));
    });
  }
}

std::vector<std::string> Interpreter::localNames() const {
  std::vector<std::string> names;
  for (auto &kv : env->vars)
    names.push_back(kv.getKey().str());
  return names;
}

std::optional<std::vector<std::string>>
Interpreter::attributeNames(const Value &v) const {
  // What `object` gives every class and instance in CPython 3.11.
  static const char *const kObjectNames[] = {
      "__class__",     "__delattr__",    "__dir__",       "__doc__",
      "__eq__",        "__format__",     "__ge__",        "__getattribute__",
      "__getstate__",  "__gt__",         "__hash__",      "__init__",
      "__init_subclass__", "__le__",     "__lt__",        "__ne__",
      "__new__",       "__reduce__",     "__reduce_ex__", "__repr__",
      "__setattr__",   "__sizeof__",     "__str__",       "__subclasshook__"};
  if (v.is(ObjKind::Module)) {
    auto *m = v.as<ModuleObj>();
    if (m->unavailable)
      return std::nullopt;
    std::vector<std::string> out;
    if (m->globals)
      for (auto &kv : m->globals->vars)
        out.push_back(kv.getKey().str());
    for (auto &kv : m->attrs)
      out.push_back(kv.getKey().str());
    return out;
  }
  ClassObj *cls = v.is(ObjKind::Class) ? v.as<ClassObj>() : classOf(v);
  if (!cls)
    return std::nullopt;
  std::vector<std::string> out;
  if (v.is(ObjKind::Instance))
    out.insert(out.end(), v.as<InstanceObj>()->dict.order.begin(),
               v.as<InstanceObj>()->dict.order.end());
  for (ClassObj *c : cls->mro) {
    out.insert(out.end(), c->dict.order.begin(), c->dict.order.end());
    if (c->module != "builtins")
      for (const char *n : {"__dict__", "__module__", "__weakref__"})
        out.push_back(n);
  }
  out.insert(out.end(), std::begin(kObjectNames), std::end(kObjectNames));
  return out;
}

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
bool nativeClassOf(Interpreter &in, const Value &v, SrcLoc l, Value &out) {
  out = Value::none();
  bool found = false;
  if (!v.isObj() || v.is(ObjKind::Instance) || v.is(ObjKind::Class))
    return true;
  if (!v.get()->nativeAttr(in, "__class__", l, out, found))
    return false;
  if (!found || !out.is(ObjKind::Class))
    out = Value::none();
  return true;
}

/// isinstance(v, spec) for one class or a (nested) tuple of them.
bool isInstanceOf(Interpreter &in, const Value &v, const Value &spec,
                  SrcLoc l, bool &result, const char *fn) {
  if (spec.isTuple()) {
    for (const Value &c : spec.items()) {
      if (!isInstanceOf(in, v, c, l, result, fn))
        return false;
      if (result)
        return true;
    }
    return true;
  }
  if (spec.is(ObjKind::Class)) {
    auto *cls = spec.as<ClassObj>();
    Value nativeClass;
    if (!nativeClassOf(in, v, l, nativeClass))
      return false;
    if (!nativeClass.isNone())
      result = nativeClass.as<ClassObj>()->isSubclassOf(cls);
    else if (ClassObj *vc = classOf(v))
      result = vc->isSubclassOf(cls);
    else
      result = identical(spec, in.objectClass) ||
               (cls->module == "builtins" && cls->name == typeName(v) &&
                !cls->isException);
    return true;
  }
  if (spec.is(ObjKind::Builtin)) {
    result = isBuiltinInstance(v, spec.as<BuiltinObj>()->name);
    return true;
  }
  return in.raise(l, "TypeError",
                  std::string(fn) + "() arg 2 must be a type, a tuple of "
                                    "types, or a union");
}

bool builtinType(Interpreter &in, CallArgs &a, Value &o) {
  static const Signature sig{
      "type", {"object_or_name", "bases=", "dict=", "/"}, ArgStyle::Clinic};
  // CPython's own message for every other count (and for keywords).
  if (!a.kw.empty() || (a.pos.size() != 1 && a.pos.size() != 3))
    return in.raise(a.loc, "TypeError", "type() takes 1 or 3 arguments");
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
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
    return in.makeClass(v.getStr(), bases.items(), std::move(dict), a.loc, o);
  }
  if (v.is(ObjKind::Instance)) {
    o = v.as<InstanceObj>()->cls;
    return true;
  }
  if (!nativeClassOf(in, v, a.loc, o))
    return false;
  if (!o.isNone())
    return true;
  return in.typeOf(v, a.loc, o);
}

bool builtinSuper(Interpreter &in, CallArgs &a, Value &o) {
  // CPython names it "super()" in its count check ("super() expected at
  // most 2 arguments, got 3").
  static const Signature sig =
      Signature{"super()", {"type=", "object_or_type=", "/"}, ArgStyle::Clinic}
          .qualified("super");
  BoundArgs b;
  if (!in.bind(sig, a, b))
    return false;
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
  o = Value::object(std::make_shared<SuperObj>(cls, self));
  return true;
}

/// The attribute name of getattr/hasattr/setattr/delattr.
bool attrName(Interpreter &in, const Value &name, SrcLoc l) {
  if (name.isStr())
    return true;
  return in.raise(l, "TypeError",
                  "attribute name must be string, not '" + typeName(name) +
                      "'");
}

bool builtinGetattr(Interpreter &in, CallArgs &a, Value &o) {
  static const Signature sig{
      "getattr", {"object", "name", "default=", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b) || !attrName(in, b["name"], a.loc))
    return false;
  if (in.getAttr(b["object"], b["name"].getStr(), a.loc, o))
    return true;
  if (b.given("default") && in.pendingIs("AttributeError")) {
    in.clearPendingException();
    o = b["default"];
    return true;
  }
  return false;
}

bool builtinHasattr(Interpreter &in, CallArgs &a, Value &o) {
  static const Signature sig{"hasattr", {"obj", "name", "/"}, ArgStyle::Clinic};
  BoundArgs b;
  if (!in.bind(sig, a, b) || !attrName(in, b["name"], a.loc))
    return false;
  Value ignored;
  if (in.getAttr(b["obj"], b["name"].getStr(), a.loc, ignored)) {
    o = Value::boolean(true);
    return true;
  }
  if (!in.pendingIs("AttributeError"))
    return false;
  in.clearPendingException();
  o = Value::boolean(false);
  return true;
}

} // namespace

bool Interpreter::typeOf(const Value &v, SrcLoc l, Value &out) {
  (void)l;
  // Classes and the built-in types (`int`); other natives (`len`) are
  // builtin_function_or_method.
  if (v.is(ObjKind::Class) ||
      (v.is(ObjKind::Builtin) && v.as<BuiltinObj>()->isType)) {
    out = builtins["type"];
    return true;
  }
  std::string name = typeName(v);
  auto it = builtins.find(name);
  if (it != builtins.end() &&
      (it->second.is(ObjKind::Builtin) || it->second.is(ObjKind::Class))) {
    out = it->second;
    return true;
  }
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
  out = cached;
  return true;
}

void Interpreter::installClassBuiltins() {
  auto add = [&](const std::string &n, NativeFn fn) {
    builtins[n] = native(n, std::move(fn));
  };
  add("type", builtinType);
  add("super", builtinSuper);
  add("getattr", builtinGetattr);
  add("hasattr", builtinHasattr);
  add("isinstance", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{
        "isinstance", {"obj", "class_or_tuple", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    bool r = false;
    if (!in.bind(sig, a, b) || !isInstanceOf(in, b["obj"], b["class_or_tuple"],
                                             a.loc, r, "isinstance"))
      return false;
    o = Value::boolean(r);
    return true;
  });
  add("issubclass", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{
        "issubclass", {"cls", "class_or_tuple", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
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
    o = Value::boolean(r);
    return true;
  });
  add("setattr", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{
        "setattr", {"obj", "name", "value", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b) || !attrName(in, b["name"], a.loc))
      return false;
    o = Value::none();
    return in.setAttr(b["obj"], b["name"].getStr(), b["value"], a.loc);
  });
  add("delattr", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{
        "delattr", {"obj", "name", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b) || !attrName(in, b["name"], a.loc))
      return false;
    o = Value::none();
    return in.delAttr(b["obj"], b["name"].getStr(), a.loc);
  });
  add("vars", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{"vars", {"object=", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    if (!b.given("object"))
      return in.error(a.loc, "vars() without an argument is not supported by "
                             "scopec");
    const Value &v = b["object"];
    if (v.is(ObjKind::Instance) &&
        !v.as<InstanceObj>()->getClass()->slotsOnly) {
      o = instanceDict(*v.as<InstanceObj>());
      return true;
    }
    if (v.is(ObjKind::Class)) {
      o = attrsAsDict(v.as<ClassObj>()->dict);
      return true;
    }
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
      o = Value::object(d);
      return true;
    }
    return in.raise(a.loc, "TypeError",
                    "vars() argument must have __dict__ attribute");
  });
  add("dir", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{"dir", {"object=", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    std::vector<std::string> names;
    if (!b.given("object")) {
      names = in.localNames();
    } else if (!in.attributeNames(b["object"], names)) {
      return in.error(a.loc, "dir() of a '" + typeName(b["object"]) +
                                 "' object is not supported by scopec");
    }
    llvm::sort(names);
    names.erase(std::unique(names.begin(), names.end()), names.end());
    std::vector<Value> items;
    for (const std::string &n : names)
      items.push_back(Value::str(n));
    o = Value::list(std::move(items));
    return true;
  });
  add("callable", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{"callable", {"obj", "/"}, ArgStyle::Clinic};
    BoundArgs b;
    if (!in.bind(sig, a, b))
      return false;
    o = Value::boolean(isCallable(b["obj"]));
    return true;
  });
  add("property", [](Interpreter &in, CallArgs &a, Value &o) {
    static const Signature sig{
        "property", {"fget=", "fset=", "fdel=", "doc="}, ArgStyle::Clinic};
    BoundArgs v;
    if (!in.bind(sig, a, v))
      return false;
    auto p = std::make_shared<PropertyObj>();
    p->fget = v["fget"];
    p->fset = v["fset"];
    p->fdel = v["fdel"];
    p->doc = v["doc"];
    o = Value::object(p);
    return true;
  });
  for (ObjKind kind : {ObjKind::StaticMethod, ObjKind::ClassMethod}) {
    std::string name =
        kind == ObjKind::StaticMethod ? "staticmethod" : "classmethod";
    Signature sig{name, {"function", "/"}, ArgStyle::Unpack};
    add(name, [kind, sig](Interpreter &in, CallArgs &a, Value &o) {
      BoundArgs b;
      if (!in.bind(sig, a, b))
        return false;
      o = Value::object(std::make_shared<WrapperObj>(kind, b["function"]));
      return true;
    });
  }
}

std::vector<std::string> Interpreter::localNames() const {
  std::vector<std::string> names;
  for (auto &kv : env->vars)
    names.push_back(kv.getKey().str());
  return names;
}

bool Interpreter::attributeNames(const Value &v,
                                 std::vector<std::string> &out) const {
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
      return false;
    if (m->globals)
      for (auto &kv : m->globals->vars)
        out.push_back(kv.getKey().str());
    for (auto &kv : m->attrs)
      out.push_back(kv.getKey().str());
    return true;
  }
  ClassObj *cls = v.is(ObjKind::Class) ? v.as<ClassObj>() : classOf(v);
  if (!cls)
    return false;
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
  return true;
}

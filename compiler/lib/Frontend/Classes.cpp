//===- Classes.cpp - Python classes, instances and descriptors ------------===//
//
// Class creation (`class` statements and three-argument `type()`), calling a
// class, the attribute protocol of instances, classes and `super`, and the
// special-method dispatch the rest of the interpreter uses
// (`callSpecial`). See Classes.h.
//
//===----------------------------------------------------------------------===//

#include "Classes.h"
#include "Interpreter.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;

//===----------------------------------------------------------------------===//
// Objects
//===----------------------------------------------------------------------===//

std::string ClassObj::repr() const {
  if (module == "builtins")
    return "<class '" + name + "'>";
  return "<class '" + module + "." + (qualname.empty() ? name : qualname) +
         "'>";
}

bool ClassObj::isSubclassOf(const ClassObj *base) const {
  for (ClassObj *c : mro)
    if (c == base)
      return true;
  return false;
}

const Value *ClassObj::lookup(llvm::StringRef name) const {
  for (ClassObj *c : mro)
    if (const Value *v = c->dict.find(name))
      return v;
  return nullptr;
}

std::string InstanceObj::repr() const {
  return Interpreter::current().instanceText(*this, /*useStr=*/false);
}

std::string InstanceObj::str() const {
  return Interpreter::current().instanceText(*this, /*useStr=*/true);
}

std::string BoundMethodObj::repr() const {
  std::string fname = fn.is(ObjKind::Function)
                          ? fn.as<FunctionObj>()->def->name
                          : fn.is(ObjKind::Builtin)
                                ? fn.as<BuiltinObj>()->name
                                : "?";
  std::string owner = self.is(ObjKind::Class) ? self.as<ClassObj>()->name
                                              : scopec::frontend::typeName(self);
  return "<bound method " + owner + "." + fname + " of " +
         scopec::frontend::repr(self) + ">";
}

std::string SuperObj::repr() const {
  return "<super: <class '" + cls.as<ClassObj>()->name + "'>, <" +
         scopec::frontend::typeName(self) + " object>>";
}

ClassObj *scopec::frontend::classOf(const Value &v) {
  return v.is(ObjKind::Instance) ? v.as<InstanceObj>()->getClass() : nullptr;
}

bool scopec::frontend::isCallable(const Value &v) {
  return v.is(ObjKind::Function) || v.is(ObjKind::Builtin) ||
         (v.isObj() && v.get()->isCallable()) || v.is(ObjKind::Class) ||
         v.is(ObjKind::BoundMethod) ||
         (classOf(v) && classOf(v)->lookup("__call__"));
}

bool scopec::frontend::computeMro(ClassObj *cls, std::string &error) {
  // C3: merge the bases' MROs and the list of bases. Each sequence is read
  // from a moving head, and how often each class occurs in the sequences'
  // tails is counted, so the merge is linear in the MROs' total length (a
  // hierarchy deepened in a loop must not take cubic time).
  std::vector<llvm::ArrayRef<ClassObj *>> seqs;
  for (const Value &b : cls->bases)
    seqs.push_back(b.as<ClassObj>()->mro);
  std::vector<ClassObj *> direct;
  for (const Value &b : cls->bases)
    direct.push_back(b.as<ClassObj>());
  seqs.push_back(direct);
  size_t total = 0;
  llvm::DenseMap<ClassObj *, size_t> inTails;
  for (llvm::ArrayRef<ClassObj *> s : seqs) {
    total += s.size();
    if (!s.empty())
      for (ClassObj *c : s.drop_front())
        ++inTails[c];
  }
  // The merge's work is bounded by the bases' MROs' total length.
  if (total > Limits::kMaxClassDepth * 16) {
    error = "class hierarchy too large (the bases' method resolution "
            "orders hold " +
            std::to_string(total) + " classes; scopec's limit is " +
            std::to_string(Limits::kMaxClassDepth * 16) + ")";
    return false;
  }
  std::vector<ClassObj *> result{cls};
  while (true) {
    llvm::erase_if(seqs, [](auto &s) { return s.empty(); });
    if (seqs.empty())
      break;
    ClassObj *next = nullptr;
    for (llvm::ArrayRef<ClassObj *> s : seqs)
      if (!inTails.lookup(s.front())) {
        next = s.front();
        break;
      }
    if (!next) {
      error = "Cannot create a consistent method resolution order (MRO) "
              "for bases";
      for (size_t i = 0; i < direct.size(); ++i)
        error += (i ? ", " : " ") + direct[i]->name;
      return false;
    }
    result.push_back(next);
    for (llvm::ArrayRef<ClassObj *> &s : seqs)
      if (s.front() == next) {
        s = s.drop_front();
        if (!s.empty())
          --inTails[s.front()];
      }
  }
  if (result.size() > Limits::kMaxClassDepth) {
    error = "class hierarchy too deep (scopec's limit is " +
            std::to_string(Limits::kMaxClassDepth) +
            " classes in a method resolution order)";
    return false;
  }
  cls->mro = std::move(result);
  return true;
}

//===----------------------------------------------------------------------===//
// Class creation
//===----------------------------------------------------------------------===//

/// Records `cls` as the owner of the functions defined in its body (for
/// zero-argument `super()`).
static void adoptMethods(ClassObj *cls) {
  for (auto &kv : cls->dict.map) {
    Value v = kv.second;
    if (v.is(ObjKind::StaticMethod) || v.is(ObjKind::ClassMethod))
      v = static_cast<WrapperObj *>(v.get())->fn;
    if (v.is(ObjKind::Property)) {
      auto *p = v.as<PropertyObj>();
      for (const Value *f : {&p->fget, &p->fset, &p->fdel})
        if (f->is(ObjKind::Function))
          f->as<FunctionObj>()->ownerClass = cls;
      continue;
    }
    if (v.is(ObjKind::Function))
      v.as<FunctionObj>()->ownerClass = cls;
  }
}

FailureOr<Value> Interpreter::makeClass(const std::string &name,
                                        std::vector<Value> bases,
                                        AttrDict dict, SrcLoc l) {
  auto cls = std::make_shared<ClassObj>();
  cls->name = name;
  const Value *modName = moduleEnv()->vars.count("__name__")
                             ? &moduleEnv()->vars["__name__"]
                             : nullptr;
  cls->module = modName && modName->isStr() ? modName->getStr() : "__main__";
  if (bases.empty())
    bases.push_back(objectClass);
  for (const Value &b : bases) {
    if (!b.is(ObjKind::Class))
      return error(l, "scopec cannot derive a class from '" + typeName(b) +
                          "' (" + repr(b) +
                          "); classes may derive from object, exceptions "
                          "and other classes of the model");
    cls->isException |= b.as<ClassObj>()->isException;
  }
  llvm::DenseSet<const Object *> seen;
  for (const Value &b : bases)
    if (!seen.insert(b.get()).second)
      return raise(l, "TypeError",
                   "duplicate base class " + b.as<ClassObj>()->name);
  cls->bases = std::move(bases);
  cls->dict = std::move(dict);
  // A class that defines __eq__ but not __hash__ is unhashable (CPython
  // sets its __hash__ to None).
  if (cls->dict.find("__eq__") && !cls->dict.find("__hash__"))
    cls->dict.set("__hash__", Value::none());
  std::string err;
  if (!computeMro(cls.get(), err))
    return raise(l, "TypeError", err);
  adoptMethods(cls.get());
  if (failed(applySlots(*this, *cls, l)))
    return failure();
  if (!cls->dict.find("__module__"))
    cls->dict.set("__module__", Value::str(cls->module));
  if (!cls->dict.find("__doc__"))
    cls->dict.set("__doc__", Value::none());
  return Value::object(cls);
}

Interpreter::Flow Interpreter::execClassDef(ClassDefStmt *s) {
  std::vector<Value> bases;
  for (Expr *b : s->bases) {
    FailureOr<Value> v = eval(b);
    if (failed(v))
      return Flow::Error;
    bases.push_back(*v);
  }
  for (const Keyword &k : s->keywords) {
    if (k.name == "metaclass") {
      // abc.ABCMeta changes nothing scopec models (abstract methods are not
      // enforced); other metaclasses are refused.
      FailureOr<Value> meta = eval(k.value);
      if (failed(meta))
        return Flow::Error;
      if (meta->is(ObjKind::Class) && meta->as<ClassObj>()->module == "abc" &&
          meta->as<ClassObj>()->name == "ABCMeta")
        continue;
      (void)error(k.loc, "metaclasses are not supported by scopec");
      return Flow::Error;
    }
    (void)raise(k.loc, "TypeError",
                "__init_subclass__() takes no keyword arguments");
    return Flow::Error;
  }
  // The body runs in its own namespace; functions defined in it do not see
  // it (they close over the enclosing scope).
  auto body = std::make_shared<Env>();
  body->parent = env;
  body->classBody = true;
  const Value *modName = moduleEnv()->vars.count("__name__")
                             ? &moduleEnv()->vars["__name__"]
                             : nullptr;
  body->vars["__module__"] = modName ? *modName : Value::str("__main__");
  body->vars["__qualname__"] = Value::str(qualnamePrefix() + s->name);
  std::shared_ptr<Env> saved = env;
  env = body;
  int savedLoops = loopDepth;
  loopDepth = 0;
  Flow f = execBlock(s->body);
  env = saved;
  loopDepth = savedLoops;
  if (f == Flow::Error)
    return Flow::Error;
  AttrDict dict;
  if (const std::string *doc = docstring(s->body))
    dict.set("__doc__", Value::str(*doc));
  for (const std::string &n : body->order)
    if (body->vars.count(n))
      dict.set(n, body->vars[n]);
  FailureOr<Value> cls =
      makeClass(s->name, std::move(bases), std::move(dict), s->loc);
  if (failed(cls))
    return Flow::Error;
  if (body->vars["__qualname__"].isStr())
    cls->as<ClassObj>()->qualname = body->vars["__qualname__"].getStr();
  FailureOr<Value> decorated = applyDecorators(s->decorators, *cls);
  if (failed(decorated))
    return Flow::Error;
  return succeeded(bindName(s->name, *decorated, s->loc)) ? Flow::Normal
                                                          : Flow::Error;
}

//===----------------------------------------------------------------------===//
// Calling a class
//===----------------------------------------------------------------------===//

FailureOr<Value> Interpreter::callClass(const Value &clsValue,
                                        CallArgs &args) {
  auto *cls = clsValue.as<ClassObj>();
  if (const Value *native = cls->lookup("__scopec_new__")) {
    // Native classes that build their own values (namedtuple types,
    // functools.partial) and the classes derived from them: called with
    // the class being instantiated first.
    CallArgs withClass = args;
    withClass.pos.insert(withClass.pos.begin(), clsValue);
    return call(*native, withClass);
  }
  if (cls->lookup("__new__"))
    return error(args.loc, "classes defining __new__ are not supported by "
                           "scopec");
  auto inst = std::make_shared<InstanceObj>(clsValue);
  Value self = Value::object(inst);
  if (cls->isException) // BaseException.__new__ keeps the arguments.
    inst->dict.set("args", Value::tuple(args.pos));
  const Value *init = cls->lookup("__init__");
  bool objectInit = !init || (init->is(ObjKind::Builtin) &&
                              init->as<BuiltinObj>()->name == "__init__" &&
                              objectClass.as<ClassObj>()->dict.find(
                                  "__init__") &&
                              identical(*init, *objectClass.as<ClassObj>()
                                                    ->dict.find("__init__")));
  if (objectInit) {
    if (!args.pos.empty() || !args.kw.empty())
      return raise(args.loc, "TypeError", cls->name + "() takes no arguments");
    return self;
  }
  CallArgs bound = args;
  bound.pos.insert(bound.pos.begin(), self);
  FailureOr<Value> result = call(*init, bound);
  if (failed(result))
    return failure();
  if (!result->isNone())
    return raise(args.loc, "TypeError",
                 "__init__() should return None, not '" + typeName(*result) +
                     "'");
  return self;
}

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

FailureOr<Value> Interpreter::bindAttr(const Value &attr, const Value &self,
                                       const Value &cls, SrcLoc l) {
  if (attr.is(ObjKind::StaticMethod))
    return static_cast<WrapperObj *>(attr.get())->fn;
  if (attr.is(ObjKind::ClassMethod))
    return Value::object(std::make_shared<BoundMethodObj>(
        cls, static_cast<WrapperObj *>(attr.get())->fn));
  if (self.isNone()) // Accessed on the class.
    return attr;
  if (attr.is(ObjKind::Property)) {
    auto *p = attr.as<PropertyObj>();
    if (p->fget.isNone())
      return raise(l, "AttributeError", "unreadable attribute");
    CallArgs a;
    a.loc = l;
    a.pos.push_back(self);
    return call(p->fget, a);
  }
  if (attr.is(ObjKind::Function) || attr.is(ObjKind::Builtin))
    return Value::object(std::make_shared<BoundMethodObj>(self, attr));
  return attr;
}

// A FailureOr<Value> returned (bindAttr, call, getAttr) is the attribute
// found, or the failure.
FailureOr<std::optional<Value>>
Interpreter::objectAttr(const Value &obj, const std::string &name, SrcLoc l) {
  if (obj.is(ObjKind::Instance)) {
    auto *inst = obj.as<InstanceObj>();
    ClassObj *cls = inst->getClass();
    if (name == "__class__")
      return std::optional<Value>(inst->cls);
    if (name == "__dict__" && !cls->slotsOnly)
      return std::optional<Value>(instanceDict(*inst));
    const Value *onType = cls->lookup(name);
    if (onType && onType->is(ObjKind::Property))
      return bindAttr(*onType, obj, inst->cls, l);
    if (const Value *v = inst->dict.find(name))
      return std::optional<Value>(*v);
    if (onType)
      return bindAttr(*onType, obj, inst->cls, l);
    if (const Value *ga = cls->lookup("__getattr__")) {
      CallArgs a;
      a.loc = l;
      a.pos = {obj, Value::str(name)};
      return call(*ga, a);
    }
    return std::optional<Value>();
  }
  if (obj.is(ObjKind::Class)) {
    auto *cls = obj.as<ClassObj>();
    if (name == "__name__" || name == "__qualname__")
      return std::optional<Value>(
          Value::str(name == "__qualname__" && !cls->qualname.empty()
                         ? cls->qualname
                         : cls->name));
    if (name == "__mro__") {
      std::vector<Value> mro;
      for (ClassObj *c : cls->mro)
        mro.push_back(Value::object(
            std::static_pointer_cast<Object>(c->shared_from_this())));
      return std::optional<Value>(Value::tuple(std::move(mro)));
    }
    if (name == "__bases__")
      return std::optional<Value>(Value::tuple(cls->bases));
    if (name == "__dict__")
      return std::optional<Value>(attrsAsDict(cls->dict));
    if (const Value *v = cls->lookup(name))
      return bindAttr(*v, Value::none(), obj, l);
    return std::optional<Value>();
  }
  if (obj.is(ObjKind::Super)) {
    auto *sup = obj.as<SuperObj>();
    ClassObj *start = sup->cls.as<ClassObj>();
    Value typeValue = sup->self.is(ObjKind::Class) ? sup->self
                                                   : sup->self.as<InstanceObj>()
                                                         ->cls;
    ClassObj *type = typeValue.as<ClassObj>();
    bool after = false;
    for (ClassObj *c : type->mro) {
      if (after) {
        if (const Value *v = c->dict.find(name))
          return bindAttr(*v,
                          sup->self.is(ObjKind::Class) ? Value::none()
                                                       : sup->self,
                          typeValue, l);
      }
      after |= c == start;
    }
    return std::optional<Value>();
  }
  if (obj.is(ObjKind::BoundMethod)) {
    auto *m = obj.as<BoundMethodObj>();
    if (name == "__self__")
      return std::optional<Value>(m->self);
    if (name == "__func__")
      return std::optional<Value>(m->fn);
    return getAttr(m->fn, name, l);
  }
  if (obj.is(ObjKind::Property)) {
    auto *p = obj.as<PropertyObj>();
    if (name == "fget" || name == "fset" || name == "fdel")
      return std::optional<Value>(name == "fget"   ? p->fget
                                  : name == "fset" ? p->fset
                                                   : p->fdel);
    if (name == "setter" || name == "getter" || name == "deleter") {
      Value self = obj;
      return std::optional<Value>(native(
          name,
          [self, name](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            if (a.pos.size() != 1 || !a.kw.empty())
              return in.raise(a.loc, "TypeError",
                              "descriptor '" + name +
                                  "' takes exactly one argument");
            auto *old = self.as<PropertyObj>();
            auto p = std::make_shared<PropertyObj>(*old);
            (name == "setter"   ? p->fset
             : name == "getter" ? p->fget
                                : p->fdel) = a.pos[0];
            return Value::object(p);
          }));
    }
  }
  return std::optional<Value>();
}

LogicalResult Interpreter::setAttr(const Value &obj, const std::string &name,
                                   const Value &v, SrcLoc l) {
  if (obj.is(ObjKind::Instance)) {
    auto *inst = obj.as<InstanceObj>();
    ClassObj *cls = inst->getClass();
    if (const Value *sa = cls->lookup("__setattr__");
        sa && sa->is(ObjKind::Function)) {
      CallArgs a;
      a.loc = l;
      a.pos = {obj, Value::str(name), v};
      if (failed(call(*sa, a)))
        return failure();
      return success();
    }
    return setInstanceAttr(obj, name, v, l);
  }
  if (obj.is(ObjKind::Class)) {
    obj.as<ClassObj>()->dict.set(name, v);
    return success();
  }
  if (obj.is(ObjKind::Module) && obj.as<ModuleObj>()->globals) {
    // A module of the model: its attributes are its global variables.
    obj.as<ModuleObj>()->globals->vars[name] = v;
    return success();
  }
  if (obj.is(ObjKind::Module) && !obj.as<ModuleObj>()->unavailable) {
    // A native module (`tf.concat_v2 = tf.concat`, the TensorFlow prelude
    // installing its functions): as in CPython, for this run.
    obj.as<ModuleObj>()->add(name, v);
    return success();
  }
  if (obj.is(ObjKind::Function)) {
    auto *fn = obj.as<FunctionObj>();
    if (name == "__name__" || name == "__qualname__") {
      if (!v.isStr())
        return raise(l, "TypeError",
                     name + " must be set to a string object");
      (name == "__name__" ? fn->nameOverride : fn->qualname) = v.getStr();
      return success();
    }
    fn->attrs.set(name, v);
    return success();
  }
  bool isBuiltinValue = !obj.isObj() || obj.isStr() || obj.isSeq() ||
                        obj.isDict() || obj.is(ObjKind::Range);
  if (isBuiltinValue)
    return raise(l, "AttributeError",
                 "'" + typeName(obj) + "' object has no attribute '" + name +
                     "'");
  return error(l, "cannot set attribute '" + name + "' of '" + typeName(obj) +
                      "' object (scopec does not support attribute "
                      "assignment on this type)");
}

LogicalResult Interpreter::setInstanceAttr(const Value &obj,
                                           const std::string &name,
                                           const Value &v, SrcLoc l) {
  auto *inst = obj.as<InstanceObj>();
  if (const Value *onType = inst->getClass()->lookup(name);
      onType && onType->is(ObjKind::Property)) {
    auto *p = onType->as<PropertyObj>();
    if (p->fset.isNone())
      return raise(l, "AttributeError",
                   "property '" + name + "' of '" + typeName(obj) +
                       "' object has no setter");
    CallArgs a;
    a.loc = l;
    a.pos = {obj, v};
    if (failed(call(p->fset, a)))
      return failure();
    return success();
  }
  if (name == "__class__")
    return error(l, "assigning __class__ is not supported by scopec");
  if (failed(checkSlotAssignment(*this, *inst, name, l)))
    return failure();
  inst->dict.set(name, v);
  return success();
}

LogicalResult Interpreter::delAttr(const Value &obj, const std::string &name,
                                   SrcLoc l) {
  if (obj.is(ObjKind::Instance)) {
    auto *inst = obj.as<InstanceObj>();
    if (const Value *onType = inst->getClass()->lookup(name);
        onType && onType->is(ObjKind::Property)) {
      auto *p = onType->as<PropertyObj>();
      if (p->fdel.isNone())
        return raise(l, "AttributeError",
                     "property '" + name + "' of '" + typeName(obj) +
                         "' object has no deleter");
      CallArgs a;
      a.loc = l;
      a.pos = {obj};
      if (failed(call(p->fdel, a)))
        return failure();
      return success();
    }
    if (inst->dict.erase(name))
      return success();
    // An unset slot (CPython names only the attribute).
    if (inst->getClass()->slotsOnly && inst->getClass()->slots.count(name))
      return raise(l, "AttributeError", name);
    return raise(l, "AttributeError",
                 "'" + typeName(obj) + "' object has no attribute '" + name +
                     "'");
  }
  if (obj.is(ObjKind::Class)) {
    if (obj.as<ClassObj>()->dict.erase(name))
      return success();
    return raise(l, "AttributeError",
                 "type object '" + obj.as<ClassObj>()->name +
                     "' has no attribute '" + name + "'");
  }
  return raise(l, "AttributeError",
               "'" + typeName(obj) + "' object has no attribute '" + name +
                   "'");
}

Value Interpreter::attrsAsDict(const AttrDict &attrs) {
  auto d = std::make_shared<DictObj>();
  for (const std::string &n : attrs.order)
    d->set("s" + n, Value::str(n), *attrs.find(n));
  return Value::object(d);
}

//===----------------------------------------------------------------------===//
// Special methods
//===----------------------------------------------------------------------===//

FailureOr<std::optional<Value>>
Interpreter::callSpecial(const Value &obj, llvm::StringRef name,
                         std::vector<Value> args, SrcLoc l) {
  ClassObj *cls = classOf(obj);
  if (!cls)
    return std::optional<Value>();
  const Value *m = cls->lookup(name);
  if (!m)
    return std::optional<Value>();
  FailureOr<Value> fn = bindAttr(*m, obj, obj.as<InstanceObj>()->cls, l);
  if (failed(fn))
    return failure();
  CallArgs a;
  a.loc = l;
  a.pos = std::move(args);
  // The result, found (or the failure).
  return call(*fn, a);
}

std::string Interpreter::instanceText(const InstanceObj &inst, bool useStr) {
  ClassObj *cls = inst.getClass();
  Value self = Value::object(
      std::const_pointer_cast<Object>(inst.shared_from_this()));
  for (const char *name : useStr ? std::initializer_list<const char *>{
                                       "__str__", "__repr__"}
                                 : std::initializer_list<const char *>{
                                       "__repr__"}) {
    // Native classes may define them too (functools.partial).
    if (!cls->lookup(name))
      continue;
    FailureOr<std::optional<Value>> r = callSpecial(self, name, {}, currentLoc);
    if (failed(r)) {
      textFailed = true;
      return "";
    }
    Value out = r->value_or(Value::none());
    if (!out.isStr()) {
      (void)raise(currentLoc, "TypeError",
                  std::string(name) + " returned non-string (type " +
                      typeName(out) + ")");
      textFailed = true;
      return "";
    }
    return out.getStr();
  }
  if (cls->isException)
    return exceptionText(inst, useStr);
  return "<" + cls->module + "." + cls->name + " object at 0x" +
         llvm::utohexstr(static_cast<uint64_t>(idOf(self)), true) + ">";
}

//===- Methods.cpp - Attributes and methods of Python values --------------===//

#include "Classes.h"
#include "Interpreter.h"
#include "StrMethods.h"
#include "BigInt.h"
#include "BuiltinTypes.h"
#include "Slices.h"

#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;

namespace scopec::frontend {
LogicalResult sortList(Interpreter &in, std::vector<Value> &items,
                       const Value *key, bool reverse, SrcLoc l);
const Signature &listSortKeywords();
} // namespace scopec::frontend

namespace {

/// A list or tuple method body: its result (None for a method without one),
/// or a failure.
using Method = FailureOr<Value> (*)(Interpreter &, const Value &, CallArgs &);

/// Binds `self` to a method implementation.
Value bound(const std::string &name, const Value &self, Method m) {
  return Interpreter::native(
      name, [self, m](Interpreter &in, CallArgs &a) { return m(in, self, a); });
}

/// The argument count of a list or tuple method (CPython's built-in-type
/// methods take positional arguments only).
LogicalResult nargs(Interpreter &in, const Value &self, CallArgs &a,
                    llvm::StringRef name, size_t lo, size_t hi) {
  return checkMethodArgs(in, a, self.isList() ? "list" : "tuple", name, lo, hi,
                         lo == 1 && hi == 1);
}

/// The method `name` of the list or tuple `self`, bound; nothing when there
/// is none.
std::optional<Value> listMethod(const std::string &name, const Value &self) {
  static const llvm::StringMap<Method> methods = {
      {"append",
       [](Interpreter &in, const Value &s, CallArgs &a) -> FailureOr<Value> {
         if (failed(nargs(in, s, a, "append", 1, 1)))
           return failure();
         if (s.items().size() >= static_cast<size_t>(Limits::kMaxSequence))
           return in.error(a.loc, "list too large");
         s.items().push_back(a.pos[0]);
         return Value::none();
       }},
      {"extend",
       [](Interpreter &in, const Value &s, CallArgs &a) -> FailureOr<Value> {
         if (failed(nargs(in, s, a, "extend", 1, 1)))
           return failure();
         FailureOr<std::vector<Value>> items = in.toList(a.pos[0], a.loc);
         if (failed(items))
           return failure();
         if (s.items().size() + items->size() >
             static_cast<size_t>(Limits::kMaxSequence))
           return in.error(a.loc, "list too large");
         s.items().insert(s.items().end(), items->begin(), items->end());
         return Value::none();
       }},
      {"insert",
       [](Interpreter &in, const Value &s, CallArgs &a) -> FailureOr<Value> {
         if (failed(nargs(in, s, a, "insert", 2, 2)))
           return failure();
         FailureOr<int64_t> index = in.toInt(a.pos[0], a.loc, "index");
         if (failed(index))
           return failure();
         int64_t i = *index;
         int64_t n = static_cast<int64_t>(s.items().size());
         if (i < 0)
           i = std::max<int64_t>(0, i + n);
         i = std::min(i, n);
         s.items().insert(s.items().begin() + i, a.pos[1]);
         return Value::none();
       }},
      {"pop",
       [](Interpreter &in, const Value &s, CallArgs &a) -> FailureOr<Value> {
         if (failed(nargs(in, s, a, "pop", 0, 1)))
           return failure();
         int64_t n = static_cast<int64_t>(s.items().size());
         int64_t i = n - 1;
         if (!a.pos.empty()) {
           FailureOr<int64_t> index = in.toInt(a.pos[0], a.loc, "index");
           if (failed(index))
             return failure();
           i = *index;
         }
         if (n == 0)
           return in.raise(a.loc, "IndexError", "pop from empty list");
         if (i < 0)
           i += n;
         if (i < 0 || i >= n)
           return in.raise(a.loc, "IndexError", "pop index out of range");
         Value item = s.items()[i];
         s.items().erase(s.items().begin() + i);
         return item;
       }},
      {"remove",
       [](Interpreter &in, const Value &s, CallArgs &a) -> FailureOr<Value> {
         if (failed(nargs(in, s, a, "remove", 1, 1)))
           return failure();
         auto &items = s.items();
         for (size_t i = 0; i < items.size(); ++i) {
           FailureOr<bool> eq = in.equal(items[i], a.pos[0], a.loc);
           if (failed(eq))
             return failure();
           if (*eq && i < items.size()) {
             items.erase(items.begin() + i);
             return Value::none();
           }
         }
         return in.raise(a.loc, "ValueError", "list.remove(x): x not in list");
       }},
      {"index",
       [](Interpreter &in, const Value &s, CallArgs &a) -> FailureOr<Value> {
         if (failed(nargs(in, s, a, "index", 1, 3)))
           return failure();
         auto &items = s.items();
         // start and stop clip like a slice's bounds.
         int64_t n = static_cast<int64_t>(items.size()), bounds[2] = {0, n};
         for (size_t k = 1; k < a.pos.size(); ++k) {
           Value v = Interpreter::asNumber(a.pos[k]);
           if (!v.isIntLike())
             return in.raise(a.loc, "TypeError",
                             "slice indices must be integers or have an "
                             "__index__ method");
           int64_t x = v.getInt();
           if (x < 0)
             x = std::max<int64_t>(0, x + n);
           bounds[k - 1] = std::min(x, n);
         }
         for (size_t i = bounds[0];
              i < static_cast<size_t>(bounds[1]) && i < items.size(); ++i) {
           FailureOr<bool> eq = in.equal(items[i], a.pos[0], a.loc);
           if (failed(eq))
             return failure();
           if (*eq)
             return Value::integer(static_cast<int64_t>(i));
         }
         return in.raise(a.loc, "ValueError", repr(a.pos[0]) + " is not in " +
                                    (s.isList() ? "list" : "tuple"));
       }},
      {"count",
       [](Interpreter &in, const Value &s, CallArgs &a) -> FailureOr<Value> {
         if (failed(nargs(in, s, a, "count", 1, 1)))
           return failure();
         int64_t n = 0;
         auto &items = s.items();
         for (size_t i = 0; i < items.size(); ++i) {
           FailureOr<bool> eq = in.equal(items[i], a.pos[0], a.loc);
           if (failed(eq))
             return failure();
           n += *eq;
         }
         return Value::integer(n);
       }},
      {"reverse",
       [](Interpreter &in, const Value &s, CallArgs &a) -> FailureOr<Value> {
         if (failed(nargs(in, s, a, "reverse", 0, 0)))
           return failure();
         std::reverse(s.items().begin(), s.items().end());
         return Value::none();
       }},
      {"copy",
       [](Interpreter &in, const Value &s, CallArgs &a) -> FailureOr<Value> {
         if (failed(nargs(in, s, a, "copy", 0, 0)))
           return failure();
         return Value::list(s.items());
       }},
      {"clear",
       [](Interpreter &in, const Value &s, CallArgs &a) -> FailureOr<Value> {
         if (failed(nargs(in, s, a, "clear", 0, 0)))
           return failure();
         s.items().clear();
         return Value::none();
       }},
      {"sort",
       [](Interpreter &in, const Value &s, CallArgs &a) -> FailureOr<Value> {
         FailureOr<BoundArgs> bound = in.bind(listSortKeywords(), a);
         if (failed(bound))
           return failure();
         BoundArgs &b = *bound;
         bool reverse = false;
         if (b.given("reverse")) {
           FailureOr<bool> r = in.isTrue(b["reverse"], a.loc);
           if (failed(r))
             return failure();
           reverse = *r;
         }
         std::vector<Value> items = s.items();
         if (failed(sortList(in, items, &b["key"], reverse, a.loc)))
           return failure();
         s.items() = std::move(items);
         return Value::none();
       }},
  };
  if (self.isTuple() && name != "index" && name != "count")
    return std::nullopt;
  auto it = methods.find(name);
  if (it == methods.end())
    return std::nullopt;
  return bound(name, self, it->second);
}

} // namespace

FailureOr<std::optional<Value>>
Interpreter::builtinAttr(const Value &obj, const std::string &name, SrcLoc l) {
  if (obj.isObj()) {
    FailureOr<std::optional<Value>> own = obj.get()->nativeAttr(*this, name, l);
    if (failed(own) || *own)
      return own;
  }
  if (obj.isStr())
    return strMethod(name, obj);
  if (obj.isSeq())
    return listMethod(name, obj);
  if (obj.isDict())
    return dictMethod(name, obj);
  if (obj.is(ObjKind::Set) || obj.is(ObjKind::FrozenSet))
    return setMethod(obj, name);
  if (obj.is(ObjKind::Iterator) || obj.is(ObjKind::Generator))
    return iteratorMethod(obj, name);
  if (obj.is(ObjKind::Function)) {
    auto *fn = obj.as<FunctionObj>();
    if (name == "__name__")
      return std::optional<Value>(Value::str(
          fn->nameOverride.empty() ? fn->def->name : fn->nameOverride));
    if (name == "__qualname__")
      return std::optional<Value>(Value::str(fn->qualname));
    if (name == "__annotations__") {
      if (fn->annotations.isNone()) {
        if (fn->def && fn->def->annotationsPostponed &&
            !fn->def->annotations.empty())
          return error(l, "__annotations__ under 'from __future__ import "
                          "annotations' (strings of the source) is not "
                          "supported by scopec");
        fn->annotations = Value::object(std::make_shared<DictObj>());
      }
      return std::optional<Value>(fn->annotations);
    }
    if (name == "__defaults__")
      return std::optional<Value>(
          fn->defaults.empty() ? Value::none() : Value::tuple(fn->defaults));
    if (name == "__kwdefaults__") {
      // Keyword-only parameters with a default, by name (None: none).
      auto d = std::make_shared<DictObj>();
      for (size_t i = 0; i < fn->def->kwOnly.size(); ++i)
        if (fn->def->kwOnly[i].defaultValue)
          d->set("s" + fn->def->kwOnly[i].name,
                 Value::str(fn->def->kwOnly[i].name), fn->kwDefaults[i]);
      return std::optional<Value>(d->entries.empty() ? Value::none()
                                                     : Value::object(d));
    }
    if (const Value *v = fn->attrs.find(name))
      return std::optional<Value>(*v);
    if (name == "__doc__" || name == "__module__") {
      const std::string *doc = fn->def ? docstring(fn->def->body) : nullptr;
      return std::optional<Value>(name == "__module__"
                                      ? moduleEnv()->vars["__name__"]
                                  : doc ? Value::str(*doc)
                                        : Value::none());
    }
    return std::optional<Value>();
  }
  if (obj.is(ObjKind::Builtin) && name == "__name__")
    return std::optional<Value>(Value::str(obj.as<BuiltinObj>()->name));
  if (obj.is(ObjKind::Builtin) && obj.as<BuiltinObj>()->isType)
    return builtinTypeAttr(*this, *obj.as<BuiltinObj>(), name, l);
  if (obj.isNumber() || isBigInt(obj))
    return numberAttr(*this, obj, name);
  if (obj.is(ObjKind::Slice))
    return sliceAttr(obj, name);
  return std::optional<Value>();
}

/// Attributes that reach the interpreter's internals (other classes,
/// globals, frames, code): the sandbox refuses them on every object
/// (docs/user-guide.md, "Compiling untrusted model files").
static bool isInterpreterInternal(llvm::StringRef name) {
  return llvm::is_contained({"__subclasses__", "__globals__", "__code__",
                             "__closure__", "__builtins__", "__loader__",
                             "__spec__", "gi_frame", "gi_code", "gi_yieldfrom",
                             "cr_frame", "f_globals", "f_locals", "f_back",
                             "tb_frame"},
                            name);
}

FailureOr<Value> Interpreter::getAttr(const Value &obj, const std::string &name,
                                      SrcLoc l) {
  // Only where the attribute would be missing: nothing scopec provides has
  // these names, so the lookups that succeed never pay for the check.
  auto missing = [&](const std::string &message) -> FailureOr<Value> {
    if (isInterpreterInternal(name))
      return error(l, name + " is not supported by scopec: model files "
                             "cannot inspect the interpreter");
    return raise(l, "AttributeError", message);
  };
  if (obj.is(ObjKind::Module)) {
    auto *m = obj.as<ModuleObj>();
    if (m->unavailable)
      return unavailableError(*m, l);
    if (m->globals) {
      auto g = m->globals->vars.find(name);
      if (g != m->globals->vars.end())
        return g->second;
      // PEP 562: a module's own __getattr__ answers for missing names.
      auto hook = m->globals->vars.find("__getattr__");
      if (hook != m->globals->vars.end()) {
        CallArgs args;
        args.loc = l;
        args.pos.push_back(Value::str(name));
        return call(hook->second, args);
      }
      std::vector<std::string> names;
      for (auto &kv : m->globals->vars)
        names.push_back(kv.getKey().str());
      llvm::sort(names);
      return raise(l, "AttributeError",
                   "module '" + m->name + "' has no attribute '" + name +
                       "'" + didYouMean(name, names));
    }
    auto it = m->attrs.find(name);
    if (it != m->attrs.end())
      return it->second;
    if (name == "__name__") // every module has one, native ones too
      return Value::str(m->name);
    auto un = m->unsupported.find(name);
    if (un != m->unsupported.end())
      return error(l, un->second);
    return raise(l, "AttributeError",
                 "module '" + m->name + "' has no attribute '" + name + "'" +
                     didYouMean(name, m->order));
  }
  FailureOr<std::optional<Value>> attr = objectAttr(obj, name, l);
  if (failed(attr))
    return failure();
  if (*attr)
    return **attr;
  if (obj.is(ObjKind::Class))
    return missing("type object '" + obj.as<ClassObj>()->name +
                   "' has no attribute '" + name + "'");
  if (obj.is(ObjKind::Instance) || obj.is(ObjKind::Super))
    return missing("'" + typeName(obj) + "' object has no attribute '" + name +
                   "'");
  attr = builtinAttr(obj, name, l);
  if (failed(attr))
    return failure();
  if (*attr)
    return **attr;
  if (obj.isObj()) {
    Result r = obj.get()->getAttr(*this, name, l);
    if (r.failed())
      return failure();
    if (r.implemented())
      return r.value();
  }
  if (name == "__class__") // every object's, as type(obj)
    return typeOf(obj, l);
  // The built-in types' bases: object (int for bool).
  if ((name == "__bases__" || name == "__mro__") && obj.is(ObjKind::Builtin) &&
      obj.as<BuiltinObj>()->isType) {
    std::vector<Value> chain;
    if (name == "__mro__")
      chain.push_back(obj);
    if (obj.as<BuiltinObj>()->name == "bool")
      chain.push_back(builtins.lookup("int"));
    if (name == "__mro__" || chain.empty())
      chain.push_back(builtins.lookup("object"));
    return Value::tuple(std::move(chain));
  }
  return missing("'" + typeName(obj) + "' object has no attribute '" + name +
                 "'");
}

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
bool sortList(Interpreter &in, std::vector<Value> &items, const Value *key,
              bool reverse, SrcLoc l);
const Signature &listSortKeywords();
} // namespace scopec::frontend

namespace {

using Method = bool (*)(Interpreter &, const Value &, CallArgs &, Value &);

/// Binds `self` to a method implementation.
Value bound(const std::string &name, const Value &self, Method m) {
  return Interpreter::native(name, [self, m](Interpreter &in, CallArgs &a,
                                             Value &out) {
    return m(in, self, a, out);
  });
}

/// The argument count of a list or tuple method (CPython's built-in-type
/// methods take positional arguments only).
bool nargs(Interpreter &in, const Value &self, CallArgs &a,
           llvm::StringRef name, size_t lo, size_t hi) {
  return checkMethodArgs(in, a, self.isList() ? "list" : "tuple", name, lo, hi,
                         lo == 1 && hi == 1);
}

bool listMethod(Interpreter &in, const std::string &name, const Value &self,
                Value &out) {
  static const llvm::StringMap<Method> methods = {
      {"append",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, s, a, "append", 1, 1))
           return false;
         if (s.items().size() >= static_cast<size_t>(Limits::kMaxSequence))
           return in.error(a.loc, "list too large");
         s.items().push_back(a.pos[0]);
         return true;
       }},
      {"extend",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, s, a, "extend", 1, 1))
           return false;
         std::vector<Value> items;
         if (!in.toList(a.pos[0], a.loc, items))
           return false;
         if (s.items().size() + items.size() >
             static_cast<size_t>(Limits::kMaxSequence))
           return in.error(a.loc, "list too large");
         s.items().insert(s.items().end(), items.begin(), items.end());
         return true;
       }},
      {"insert",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         int64_t i;
         if (!nargs(in, s, a, "insert", 2, 2) ||
             !in.toInt(a.pos[0], a.loc, i, "index"))
           return false;
         int64_t n = static_cast<int64_t>(s.items().size());
         if (i < 0)
           i = std::max<int64_t>(0, i + n);
         i = std::min(i, n);
         s.items().insert(s.items().begin() + i, a.pos[1]);
         return true;
       }},
      {"pop",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, s, a, "pop", 0, 1))
           return false;
         int64_t n = static_cast<int64_t>(s.items().size());
         int64_t i = n - 1;
         if (!a.pos.empty() && !in.toInt(a.pos[0], a.loc, i, "index"))
           return false;
         if (n == 0)
           return in.raise(a.loc, "IndexError", "pop from empty list");
         if (i < 0)
           i += n;
         if (i < 0 || i >= n)
           return in.raise(a.loc, "IndexError", "pop index out of range");
         o = s.items()[i];
         s.items().erase(s.items().begin() + i);
         return true;
       }},
      {"remove",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, s, a, "remove", 1, 1))
           return false;
         auto &items = s.items();
         for (size_t i = 0; i < items.size(); ++i) {
           bool eq;
           if (!in.equal(items[i], a.pos[0], a.loc, eq))
             return false;
           if (eq && i < items.size()) {
             items.erase(items.begin() + i);
             return true;
           }
         }
         return in.raise(a.loc, "ValueError", "list.remove(x): x not in list");
       }},
      {"index",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, s, a, "index", 1, 3))
           return false;
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
           bool eq;
           if (!in.equal(items[i], a.pos[0], a.loc, eq))
             return false;
           if (eq) {
             o = Value::integer(static_cast<int64_t>(i));
             return true;
           }
         }
         return in.raise(a.loc, "ValueError", repr(a.pos[0]) + " is not in " +
                                    (s.isList() ? "list" : "tuple"));
       }},
      {"count",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, s, a, "count", 1, 1))
           return false;
         int64_t n = 0;
         auto &items = s.items();
         for (size_t i = 0; i < items.size(); ++i) {
           bool eq;
           if (!in.equal(items[i], a.pos[0], a.loc, eq))
             return false;
           n += eq;
         }
         o = Value::integer(n);
         return true;
       }},
      {"reverse",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, s, a, "reverse", 0, 0))
           return false;
         std::reverse(s.items().begin(), s.items().end());
         return true;
       }},
      {"copy",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, s, a, "copy", 0, 0))
           return false;
         o = Value::list(s.items());
         return true;
       }},
      {"clear",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, s, a, "clear", 0, 0))
           return false;
         s.items().clear();
         return true;
       }},
      {"sort",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         BoundArgs b;
         if (!in.bind(listSortKeywords(), a, b))
           return false;
         bool reverse = false;
         if (b.given("reverse") && !in.isTrue(b["reverse"], a.loc, reverse))
           return false;
         std::vector<Value> items = s.items();
         if (!sortList(in, items, &b["key"], reverse, a.loc))
           return false;
         s.items() = std::move(items);
         return true;
       }},
  };
  if (self.isTuple() && name != "index" && name != "count")
    return false;
  auto it = methods.find(name);
  if (it == methods.end())
    return false;
  out = bound(name, self, it->second);
  return true;
}

} // namespace

bool Interpreter::builtinAttr(const Value &obj, const std::string &name,
                              SrcLoc l, Value &out, bool &found) {
  found = false;
  if (obj.isObj() && !obj.get()->nativeAttr(*this, name, l, out, found))
    return false;
  if (found)
    return true;
  if (obj.isStr())
    found = strMethod(*this, name, obj, out);
  else if (obj.isSeq())
    found = listMethod(*this, name, obj, out);
  else if (obj.isDict())
    found = dictMethod(*this, name, obj, out);
  else if (obj.is(ObjKind::Set) || obj.is(ObjKind::FrozenSet))
    return setMethod(obj, name, out, found);
  else if (obj.is(ObjKind::Iterator) || obj.is(ObjKind::Generator))
    return iteratorMethod(obj, name, out, found);
  else if (obj.is(ObjKind::Function)) {
    auto *fn = obj.as<FunctionObj>();
    if (name == "__name__") {
      out = Value::str(fn->nameOverride.empty() ? fn->def->name
                                                : fn->nameOverride);
      found = true;
    } else if (name == "__qualname__") {
      out = Value::str(fn->qualname);
      found = true;
    } else if (name == "__annotations__") {
      if (fn->annotations.isNone()) {
        if (fn->def && fn->def->annotationsPostponed &&
            !fn->def->annotations.empty())
          return error(l, "__annotations__ under 'from __future__ import "
                          "annotations' (strings of the source) is not "
                          "supported by scopec");
        fn->annotations = Value::object(std::make_shared<DictObj>());
      }
      out = fn->annotations;
      found = true;
    } else if (name == "__defaults__") {
      out = fn->defaults.empty() ? Value::none() : Value::tuple(fn->defaults);
      found = true;
    } else if (name == "__kwdefaults__") {
      // Keyword-only parameters with a default, by name (None: none).
      auto d = std::make_shared<DictObj>();
      for (size_t i = 0; i < fn->def->kwOnly.size(); ++i)
        if (fn->def->kwOnly[i].defaultValue)
          d->set("s" + fn->def->kwOnly[i].name,
                 Value::str(fn->def->kwOnly[i].name), fn->kwDefaults[i]);
      out = d->entries.empty() ? Value::none() : Value::object(d);
      found = true;
    } else if (const Value *v = fn->attrs.find(name)) {
      out = *v;
      found = true;
    } else if (name == "__doc__" || name == "__module__") {
      const std::string *doc = fn->def ? docstring(fn->def->body) : nullptr;
      out = name == "__module__" ? moduleEnv()->vars["__name__"]
            : doc                ? Value::str(*doc)
                                 : Value::none();
      found = true;
    }
  } else if (obj.is(ObjKind::Builtin) && name == "__name__") {
    out = Value::str(obj.as<BuiltinObj>()->name);
    found = true;
  } else if (obj.is(ObjKind::Builtin) && obj.as<BuiltinObj>()->isType) {
    return builtinTypeAttr(*this, *obj.as<BuiltinObj>(), name, l, out, found);
  } else if (obj.isNumber() || isBigInt(obj)) {
    return numberAttr(*this, obj, name, out, found);
  } else if (obj.is(ObjKind::Slice)) {
    return sliceAttr(obj, name, out, found);
  }
  return true;
}

bool Interpreter::getAttr(const Value &obj, const std::string &name, SrcLoc l,
                          Value &out) {
  if (obj.is(ObjKind::Module)) {
    auto *m = obj.as<ModuleObj>();
    if (m->unavailable)
      return unavailableError(*m, l);
    if (m->globals) {
      auto g = m->globals->vars.find(name);
      if (g != m->globals->vars.end()) {
        out = g->second;
        return true;
      }
      // PEP 562: a module's own __getattr__ answers for missing names.
      auto hook = m->globals->vars.find("__getattr__");
      if (hook != m->globals->vars.end()) {
        CallArgs args;
        args.loc = l;
        args.pos.push_back(Value::str(name));
        return call(hook->second, args, out);
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
    if (it != m->attrs.end()) {
      out = it->second;
      return true;
    }
    if (name == "__name__") { // every module has one, native ones too
      out = Value::str(m->name);
      return true;
    }
    auto un = m->unsupported.find(name);
    if (un != m->unsupported.end())
      return error(l, un->second);
    return raise(l, "AttributeError",
                 "module '" + m->name + "' has no attribute '" + name + "'" +
                     didYouMean(name, m->order));
  }
  bool found = false;
  if (!objectAttr(obj, name, l, out, found))
    return false;
  if (found)
    return true;
  if (obj.is(ObjKind::Class))
    return raise(l, "AttributeError",
                 "type object '" + obj.as<ClassObj>()->name +
                     "' has no attribute '" + name + "'");
  if (obj.is(ObjKind::Instance) || obj.is(ObjKind::Super))
    return raise(l, "AttributeError",
                 "'" + typeName(obj) + "' object has no attribute '" + name +
                     "'");
  if (!builtinAttr(obj, name, l, out, found))
    return false;
  if (found)
    return true;
  if (obj.isObj()) {
    Result r = obj.get()->getAttr(*this, name, l);
    if (r.failed())
      return false;
    if (r.implemented()) {
      out = r.value();
      return true;
    }
  }
  return raise(l, "AttributeError",
               "'" + typeName(obj) + "' object has no attribute '" + name +
                   "'");
}

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

bool nargs(Interpreter &in, CallArgs &a, const char *name, size_t lo,
           size_t hi) {
  if (!a.kw.empty() && std::string(name) != "sort" &&
      std::string(name) != "split" && std::string(name) != "format")
    return in.raise(a.loc, "TypeError", std::string(name) + "() takes no keyword "
                                               "arguments");
  if (a.pos.size() < lo || a.pos.size() > hi)
    return in.raise(a.loc, "TypeError", std::string(name) + "() takes " +
                               (lo == hi ? "exactly " + std::to_string(lo)
                                         : "from " + std::to_string(lo) +
                                               " to " + std::to_string(hi)) +
                               " argument" + (hi == 1 ? "" : "s") + " (" +
                               std::to_string(a.pos.size()) + " given)");
  return true;
}

bool listMethod(Interpreter &in, const std::string &name, const Value &self,
                Value &out) {
  static const llvm::StringMap<Method> methods = {
      {"append",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "append", 1, 1))
           return false;
         if (s.items().size() >= static_cast<size_t>(Limits::kMaxSequence))
           return in.error(a.loc, "list too large");
         s.items().push_back(a.pos[0]);
         return true;
       }},
      {"extend",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "extend", 1, 1))
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
         if (!nargs(in, a, "insert", 2, 2) || !in.toInt(a.pos[0], a.loc, i, "index"))
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
         if (!nargs(in, a, "pop", 0, 1))
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
         if (!nargs(in, a, "remove", 1, 1))
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
         if (!nargs(in, a, "index", 1, 1))
           return false;
         auto &items = s.items();
         for (size_t i = 0; i < items.size(); ++i) {
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
         if (!nargs(in, a, "count", 1, 1))
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
         if (!nargs(in, a, "reverse", 0, 0))
           return false;
         std::reverse(s.items().begin(), s.items().end());
         return true;
       }},
      {"copy",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "copy", 0, 0))
           return false;
         o = Value::list(s.items());
         return true;
       }},
      {"clear",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "clear", 0, 0))
           return false;
         s.items().clear();
         return true;
       }},
      {"sort",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!a.pos.empty())
           return in.raise(a.loc, "TypeError", "sort() takes no positional arguments");
         const Value *key = nullptr;
         bool reverse = false;
         for (auto &[k, v] : a.kw) {
           if (k == "key")
             key = &v;
           else if (k == "reverse") {
             if (!in.isTrue(v, a.loc, reverse))
               return false;
           } else
             return in.raise(a.loc, "TypeError", "'" + k + "' is an invalid keyword "
                                              "argument for sort()");
         }
         std::vector<Value> items = s.items();
         if (!sortList(in, items, key, reverse, a.loc))
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
    if (name == "__name__" || name == "__qualname__") {
      out = Value::str(fn->nameOverride.empty() ? fn->def->name
                                                : fn->nameOverride);
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

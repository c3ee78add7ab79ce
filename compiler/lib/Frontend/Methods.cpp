//===- Methods.cpp - Attributes and methods of Python values --------------===//

#include "Classes.h"
#include "Interpreter.h"

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

bool strArg(Interpreter &in, CallArgs &a, size_t i, std::string &out) {
  if (!a.pos[i].isStr())
    return in.raise(a.loc, "TypeError", "must be str, not " + typeName(a.pos[i]));
  out = a.pos[i].getStr();
  return true;
}

enum class Strip { Both, Left, Right };

/// str.strip / lstrip / rstrip([chars]).
template <Strip side>
bool stripMethod(Interpreter &in, const Value &s, CallArgs &a, Value &o) {
  const char *name = side == Strip::Both   ? "strip"
                     : side == Strip::Left ? "lstrip"
                                           : "rstrip";
  if (!nargs(in, a, name, 0, 1))
    return false;
  std::string chars = " \t\n\r\f\v";
  if (!a.pos.empty() && !a.pos[0].isNone() && !strArg(in, a, 0, chars))
    return false;
  llvm::StringRef str(s.getStr());
  o = Value::str((side == Strip::Both   ? str.trim(chars)
                  : side == Strip::Left ? str.ltrim(chars)
                                        : str.rtrim(chars))
                     .str());
  return true;
}

bool isSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

bool strMethod(Interpreter &in, const std::string &name, const Value &self,
               Value &out) {
  static const llvm::StringMap<Method> methods = {
      {"format",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         return in.formatMethod(s.getStr(), a, o);
       }},
      {"join",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "join", 1, 1))
           return false;
         std::vector<Value> items;
         if (!in.toList(a.pos[0], a.loc, items))
           return false;
         std::string r;
         for (size_t i = 0; i < items.size(); ++i) {
           if (!items[i].isStr())
             return in.raise(a.loc, "TypeError", "sequence item " + std::to_string(i) +
                                        ": expected str instance, " +
                                        typeName(items[i]) + " found");
           if (i)
             r += s.getStr();
           r += items[i].getStr();
           if (r.size() > static_cast<size_t>(Limits::kMaxStringBytes))
             return in.error(a.loc, "string too large");
         }
         o = Value::str(r);
         return true;
       }},
      {"split",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         std::string sep;
         bool hasSep = false;
         int64_t maxsplit = -1;
         if (a.pos.size() > 2)
           return in.raise(a.loc, "TypeError", "split() takes at most 2 arguments");
         Value sepV = a.pos.size() > 0 ? a.pos[0] : Value::none();
         if (a.pos.size() > 1 && !in.toInt(a.pos[1], a.loc, maxsplit, "maxsplit"))
           return false;
         for (auto &[k, v] : a.kw) {
           if (k == "sep")
             sepV = v;
           else if (k == "maxsplit") {
             if (!in.toInt(v, a.loc, maxsplit, "maxsplit"))
               return false;
           } else
             return in.raise(a.loc, "TypeError", "'" + k + "' is an invalid keyword "
                                              "argument for split()");
         }
         if (!sepV.isNone()) {
           if (!sepV.isStr())
             return in.raise(a.loc, "TypeError", "must be str or None, not " +
                                        typeName(sepV));
           sep = sepV.getStr();
           hasSep = true;
           if (sep.empty())
             return in.raise(a.loc, "ValueError", "empty separator");
         }
         const std::string &str = s.getStr();
         std::vector<Value> parts;
         if (hasSep) {
           size_t start = 0;
           while (true) {
             size_t p = str.find(sep, start);
             if (p == std::string::npos ||
                 (maxsplit >= 0 &&
                  static_cast<int64_t>(parts.size()) >= maxsplit)) {
               parts.push_back(Value::str(str.substr(start)));
               break;
             }
             parts.push_back(Value::str(str.substr(start, p - start)));
             start = p + sep.size();
           }
         } else {
           size_t i = 0;
           while (i < str.size()) {
             while (i < str.size() && isSpace(str[i]))
               ++i;
             if (i >= str.size())
               break;
             if (maxsplit >= 0 &&
                 static_cast<int64_t>(parts.size()) >= maxsplit) {
               size_t e = str.size();
               while (e > i && isSpace(str[e - 1]))
                 --e;
               parts.push_back(Value::str(str.substr(i, e - i)));
               break;
             }
             size_t j = i;
             while (j < str.size() && !isSpace(str[j]))
               ++j;
             parts.push_back(Value::str(str.substr(i, j - i)));
             i = j;
           }
         }
         o = Value::list(std::move(parts));
         return true;
       }},
      {"strip", stripMethod<Strip::Both>},
      {"lstrip", stripMethod<Strip::Left>},
      {"rstrip", stripMethod<Strip::Right>},
      {"upper",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "upper", 0, 0))
           return false;
         o = Value::str(llvm::StringRef(s.getStr()).upper());
         return true;
       }},
      {"lower",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "lower", 0, 0))
           return false;
         o = Value::str(llvm::StringRef(s.getStr()).lower());
         return true;
       }},
      {"replace",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "replace", 2, 3))
           return false;
         std::string from, to;
         if (!strArg(in, a, 0, from) || !strArg(in, a, 1, to))
           return false;
         int64_t count = -1;
         if (a.pos.size() == 3 && !in.toInt(a.pos[2], a.loc, count, "count"))
           return false;
         std::string str = s.getStr(), r;
         if (from.empty()) {
           o = Value::str(str);
           return true;
         }
         size_t start = 0;
         while (count != 0) {
           size_t p = str.find(from, start);
           if (p == std::string::npos)
             break;
           r += str.substr(start, p - start) + to;
           start = p + from.size();
           --count;
           if (r.size() > static_cast<size_t>(Limits::kMaxStringBytes))
             return in.error(a.loc, "string too large");
         }
         r += str.substr(start);
         o = Value::str(r);
         return true;
       }},
      {"startswith",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "startswith", 1, 1))
           return false;
         std::vector<Value> pre =
             a.pos[0].isTuple() ? a.pos[0].items() : std::vector<Value>{a.pos[0]};
         bool r = false;
         for (const Value &p : pre) {
           if (!p.isStr())
             return in.raise(a.loc, "TypeError", "startswith first arg must be str or a "
                                    "tuple of str, not " +
                                        typeName(p));
           r |= llvm::StringRef(s.getStr()).starts_with(p.getStr());
         }
         o = Value::boolean(r);
         return true;
       }},
      {"endswith",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "endswith", 1, 1))
           return false;
         std::vector<Value> suf =
             a.pos[0].isTuple() ? a.pos[0].items() : std::vector<Value>{a.pos[0]};
         bool r = false;
         for (const Value &p : suf) {
           if (!p.isStr())
             return in.raise(a.loc, "TypeError", "endswith first arg must be str or a "
                                    "tuple of str, not " +
                                        typeName(p));
           r |= llvm::StringRef(s.getStr()).ends_with(p.getStr());
         }
         o = Value::boolean(r);
         return true;
       }},
      {"find",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         std::string sub;
         if (!nargs(in, a, "find", 1, 1) || !strArg(in, a, 0, sub))
           return false;
         size_t p = s.getStr().find(sub);
         o = Value::integer(p == std::string::npos ? -1 : static_cast<int64_t>(p));
         return true;
       }},
      {"rfind",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         std::string sub;
         if (!nargs(in, a, "rfind", 1, 1) || !strArg(in, a, 0, sub))
           return false;
         size_t p = s.getStr().rfind(sub);
         o = Value::integer(p == std::string::npos ? -1 : static_cast<int64_t>(p));
         return true;
       }},
      {"count",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         std::string sub;
         if (!nargs(in, a, "count", 1, 1) || !strArg(in, a, 0, sub))
           return false;
         int64_t n = 0;
         if (sub.empty()) {
           n = static_cast<int64_t>(s.getStr().size()) + 1;
         } else {
           for (size_t p = s.getStr().find(sub); p != std::string::npos;
                p = s.getStr().find(sub, p + sub.size()))
             ++n;
         }
         o = Value::integer(n);
         return true;
       }},
      {"isdigit",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "isdigit", 0, 0))
           return false;
         o = Value::boolean(!s.getStr().empty() &&
                            llvm::all_of(s.getStr(), llvm::isDigit));
         return true;
       }},
      {"isalpha",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "isalpha", 0, 0))
           return false;
         o = Value::boolean(!s.getStr().empty() &&
                            llvm::all_of(s.getStr(), llvm::isAlpha));
         return true;
       }},
      {"capitalize",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "capitalize", 0, 0))
           return false;
         std::string r = llvm::StringRef(s.getStr()).lower();
         if (!r.empty())
           r[0] = llvm::toUpper(r[0]);
         o = Value::str(r);
         return true;
       }},
      {"zfill",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         int64_t w;
         if (!nargs(in, a, "zfill", 1, 1) || !in.toInt(a.pos[0], a.loc, w, "width"))
           return false;
         std::string r = s.getStr();
         w = std::min<int64_t>(w, 1 << 20);
         size_t signLen = !r.empty() && (r[0] == '-' || r[0] == '+') ? 1 : 0;
         if (static_cast<int64_t>(r.size()) < w)
           r.insert(signLen, std::string(w - r.size(), '0'));
         o = Value::str(r);
         return true;
       }},
  };
  auto it = methods.find(name);
  if (it == methods.end())
    return false;
  out = bound(name, self, it->second);
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

bool dictMethod(Interpreter &in, const std::string &name, const Value &self,
                Value &out) {
  static const llvm::StringMap<Method> methods = {
      {"keys",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "keys", 0, 0))
           return false;
         std::vector<Value> r;
         for (auto &kv : s.as<DictObj>()->entries)
           r.push_back(kv.first);
         o = Value::list(r);
         return true;
       }},
      {"values",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "values", 0, 0))
           return false;
         std::vector<Value> r;
         for (auto &kv : s.as<DictObj>()->entries)
           r.push_back(kv.second);
         o = Value::list(r);
         return true;
       }},
      {"items",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "items", 0, 0))
           return false;
         std::vector<Value> r;
         for (auto &kv : s.as<DictObj>()->entries)
           r.push_back(Value::tuple({kv.first, kv.second}));
         o = Value::list(r);
         return true;
       }},
      {"get",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "get", 1, 2))
           return false;
         std::string key;
         if (!in.dictKey(a.pos[0], a.loc, key))
           return false;
         int64_t i = s.as<DictObj>()->find(key);
         o = i >= 0 ? s.as<DictObj>()->entries[i].second
                    : (a.pos.size() > 1 ? a.pos[1] : Value::none());
         return true;
       }},
      {"pop",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "pop", 1, 2))
           return false;
         std::string key;
         if (!in.dictKey(a.pos[0], a.loc, key))
           return false;
         auto *d = s.as<DictObj>();
         int64_t i = d->find(key);
         if (i < 0) {
           if (a.pos.size() > 1) {
             o = a.pos[1];
             return true;
           }
           return in.raiseValue(a.loc, in.newException("KeyError", {a.pos[0]}));
         }
         o = d->entries[i].second;
         d->erase(key);
         return true;
       }},
      {"setdefault",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "setdefault", 1, 2))
           return false;
         std::string key;
         if (!in.dictKey(a.pos[0], a.loc, key))
           return false;
         auto *d = s.as<DictObj>();
         int64_t i = d->find(key);
         if (i >= 0) {
           o = d->entries[i].second;
           return true;
         }
         o = a.pos.size() > 1 ? a.pos[1] : Value::none();
         d->set(key, a.pos[0], o);
         return true;
       }},
      {"update",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (a.pos.size() > 1)
           return in.raise(a.loc, "TypeError", "update expected at most 1 argument");
         auto *d = s.as<DictObj>();
         if (!a.pos.empty()) {
           if (!a.pos[0].isDict())
             return in.error(a.loc, "dict.update() of a non-dict is not "
                                    "supported");
           auto *src = a.pos[0].as<DictObj>();
           for (size_t i = 0; i < src->entries.size(); ++i)
             d->set(src->keys[i], src->entries[i].first,
                    src->entries[i].second);
         }
         for (auto &[k, v] : a.kw)
           d->set("s" + k, Value::str(k), v);
         return true;
       }},
      {"copy",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "copy", 0, 0))
           return false;
         auto d = std::make_shared<DictObj>(*s.as<DictObj>());
         o = Value::object(d);
         return true;
       }},
      {"clear",
       [](Interpreter &in, const Value &s, CallArgs &a, Value &o) {
         if (!nargs(in, a, "clear", 0, 0))
           return false;
         auto *d = s.as<DictObj>();
         d->entries.clear();
         d->keys.clear();
         d->index.clear();
         return true;
       }},
  };
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

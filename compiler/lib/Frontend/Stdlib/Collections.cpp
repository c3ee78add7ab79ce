//===- Collections.cpp - The `collections` module -------------------------===//
//
// What the object model can carry today:
//  - `OrderedDict`: a dict (dicts keep insertion order) that shows itself
//    as CPython's `OrderedDict([(k, v), ...])`;
//  - `namedtuple`: a constructor whose instances have the fields as
//    attributes, `_fields`, `_asdict()`, `_replace()`, CPython's repr and
//    value equality; they are not sequences (indexing and unpacking need
//    a tuple type with attributes, i.e. class support).
// `defaultdict`, `Counter` and `deque` need a dict/list whose missing-key
// or method behaviour differs from the built-in ones (class support) and
// are refused with a clear error.
//
//===----------------------------------------------------------------------===//

#include "Support.h"

#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

/// An OrderedDict: a dict with OrderedDict's name and repr.
struct OrderedDictObj : DictObj {
  std::string typeName() const override { return "OrderedDict"; }
  std::string repr() const override {
    if (entries.empty())
      return "OrderedDict()";
    std::string s = "OrderedDict([";
    for (size_t i = 0; i < entries.size(); ++i)
      s += (i ? ", (" : "(") + scopec::frontend::repr(entries[i].first) +
           ", " + scopec::frontend::repr(entries[i].second) + ")";
    return s + "])";
  }
};

bool orderedDict(Interpreter &in, CallArgs &a, Value &out) {
  if (a.pos.size() > 1)
    return in.raise(a.loc, "TypeError",
                    "expected at most 1 arguments, got " +
                        std::to_string(a.pos.size()));
  auto d = std::make_shared<OrderedDictObj>();
  std::vector<Value> pairs;
  if (!a.pos.empty()) {
    if (a.pos[0].isDict())
      for (auto &[k, v] : a.pos[0].as<DictObj>()->entries)
        pairs.push_back(Value::tuple({k, v}));
    else if (!in.toList(a.pos[0], a.loc, pairs))
      return false;
  }
  for (auto &[k, v] : a.kw)
    pairs.push_back(Value::tuple({Value::str(k), v}));
  for (const Value &p : pairs) {
    std::vector<Value> kv;
    if (!in.toList(p, a.loc, kv))
      return false;
    if (kv.size() != 2)
      return in.raise(a.loc, "ValueError",
                      "need 2 values to unpack, got " +
                          std::to_string(kv.size()));
    std::string key, err;
    if (!hashKey(kv[0], key, err))
      return in.raise(a.loc, "TypeError", err);
    d->set(key, kv[0], kv[1]);
  }
  out = Value::object(d);
  return true;
}

/// A namedtuple type: its name, fields and defaults (for the last fields).
struct TupleType {
  std::string name;
  std::vector<std::string> fields;
  std::vector<Value> defaults;
};

const char kNamedTupleTag = 0;

/// An instance of a namedtuple type.
struct NamedTupleObj : AttrObj {
  NamedTupleObj(std::shared_ptr<TupleType> type, std::vector<Value> values)
      : AttrObj(type->name, ""), type(std::move(type)),
        values(std::move(values)) {
    tag = &kNamedTupleTag;
  }
  std::string repr() const override {
    std::string s = type->name + "(";
    for (size_t i = 0; i < values.size(); ++i)
      s += (i ? ", " : "") + type->fields[i] + "=" +
           scopec::frontend::repr(values[i]);
    return s + ")";
  }
  /// Tuple equality: with any namedtuple or tuple of equal items.
  int equals(const Value &other) const override {
    const std::vector<Value> *items = nullptr;
    if (other.isTuple())
      items = &other.items();
    else if (AttrObj *o = AttrObj::get(other, &kNamedTupleTag))
      items = &static_cast<NamedTupleObj *>(o)->values;
    if (!items || items->size() != values.size())
      return 0;
    for (size_t i = 0; i < values.size(); ++i)
      if (!valuesEqual(values[i], (*items)[i]))
        return 0;
    return 1;
  }
  std::shared_ptr<TupleType> type;
  std::vector<Value> values;
};

Value makeInstance(const std::shared_ptr<TupleType> &type,
                   std::vector<Value> values);

/// `T(*values, **fields)` with CPython's __new__ messages.
bool construct(Interpreter &in, const std::shared_ptr<TupleType> &type,
               CallArgs &a, Value &out) {
  std::string fn = type->name + ".__new__";
  size_t n = type->fields.size(), required = n - type->defaults.size();
  if (a.pos.size() > n)
    return in.raise(a.loc, "TypeError",
                    fn + "() takes " +
                        (required == n ? std::to_string(n + 1)
                                       : "from " + std::to_string(required + 1) +
                                             " to " + std::to_string(n + 1)) +
                        " positional arguments but " +
                        std::to_string(a.pos.size() + 1) + " were given");
  Signature sig{fn.c_str(), {}, required};
  for (const std::string &f : type->fields)
    sig.params.push_back(f.c_str());
  std::vector<Value> v;
  std::vector<bool> present;
  if (!in.bind(sig, a, v, present))
    return false;
  for (size_t i = required; i < n; ++i)
    if (!present[i])
      v[i] = type->defaults[i - required];
  out = makeInstance(type, std::move(v));
  return true;
}

Value makeInstance(const std::shared_ptr<TupleType> &type,
                   std::vector<Value> values) {
  auto obj = std::make_shared<NamedTupleObj>(type, values);
  std::vector<Value> names;
  for (size_t i = 0; i < values.size(); ++i) {
    obj->add(type->fields[i], values[i]);
    names.push_back(Value::str(type->fields[i]));
  }
  obj->add("_fields", Value::tuple(std::move(names)));
  addFunction(*obj, "_asdict", [type, values](Interpreter &in, CallArgs &a,
                                              Value &out) {
    if (!positional(in, a, "_asdict", 0, 0))
      return false;
    auto d = std::make_shared<DictObj>();
    for (size_t i = 0; i < values.size(); ++i)
      d->set("s" + type->fields[i], Value::str(type->fields[i]), values[i]);
    out = Value::object(d);
    return true;
  });
  addFunction(*obj, "_replace", [type, values](Interpreter &in, CallArgs &a,
                                               Value &out) {
    if (!a.pos.empty())
      return in.raise(a.loc, "TypeError",
                      "_replace() takes 1 positional argument but " +
                          std::to_string(a.pos.size() + 1) + " were given");
    std::vector<Value> v = values;
    std::vector<std::string> unknown;
    for (auto &[k, val] : a.kw) {
      auto it = llvm::find(type->fields, k);
      if (it == type->fields.end())
        unknown.push_back("'" + k + "'");
      else
        v[it - type->fields.begin()] = val;
    }
    if (!unknown.empty())
      return in.raise(a.loc, "ValueError",
                      "Got unexpected field names: [" +
                          llvm::join(unknown, ", ") + "]");
    out = makeInstance(type, std::move(v));
    return true;
  });
  return Value::object(obj);
}

/// Python's keywords, which cannot be field names.
bool isKeyword(llvm::StringRef s) {
  static const char *const kws[] = {
      "False", "None",   "True",    "and",      "as",       "assert",
      "async", "await",  "break",   "class",    "continue", "def",
      "del",   "elif",   "else",    "except",   "finally",  "for",
      "from",  "global", "if",      "import",   "in",       "is",
      "lambda", "nonlocal", "not",  "or",       "pass",     "raise",
      "return", "try",   "while",   "with",     "yield"};
  return llvm::is_contained(kws, s);
}

bool isIdentifier(llvm::StringRef s) {
  if (s.empty() || llvm::isDigit(s[0]))
    return false;
  return llvm::all_of(s, [](char c) {
    return llvm::isAlnum(c) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
  });
}

/// namedtuple(typename, field_names, *, rename=False, defaults=None,
/// module=None).
bool namedTuple(Interpreter &in, CallArgs &a, Value &out) {
  static const Signature sig{
      "namedtuple", {"typename", "field_names", "rename", "defaults", "module"},
      2};
  if (a.pos.size() > 2)
    return in.raise(a.loc, "TypeError",
                    "namedtuple() takes 2 positional arguments but " +
                        std::to_string(a.pos.size()) + " were given");
  std::vector<Value> v, fieldValues;
  std::vector<bool> present;
  auto type = std::make_shared<TupleType>();
  if (!in.bind(sig, a, v, present) ||
      !in.toStr(v[0], a.loc, type->name, "typename"))
    return false;
  if (v[1].isStr()) {
    std::string names = v[1].getStr();
    std::replace(names.begin(), names.end(), ',', ' ');
    llvm::SmallVector<llvm::StringRef> parts;
    llvm::StringRef(names).split(parts, ' ', -1, false);
    for (llvm::StringRef p : parts)
      if (!p.trim().empty())
        fieldValues.push_back(Value::str(p.trim().str()));
  } else if (!in.toList(v[1], a.loc, fieldValues)) {
    return false;
  }
  if (present[2] && !v[2].isNone() && !(v[2].isBool() && !v[2].getBool()))
    return in.error(a.loc, "namedtuple(rename=True) is not supported by scopec");
  std::vector<std::string> all{type->name};
  for (const Value &f : fieldValues)
    all.push_back(str(f));
  for (const std::string &n : all) {
    if (!isIdentifier(n))
      return in.raise(a.loc, "ValueError",
                      "Type names and field names must be valid identifiers: " +
                          repr(Value::str(n)));
    if (isKeyword(n))
      return in.raise(a.loc, "ValueError",
                      "Type names and field names cannot be a keyword: " +
                          repr(Value::str(n)));
  }
  for (size_t i = 1; i < all.size(); ++i) {
    if (all[i][0] == '_')
      return in.raise(a.loc, "ValueError",
                      "Field names cannot start with an underscore: " +
                          repr(Value::str(all[i])));
    if (llvm::is_contained(type->fields, all[i]))
      return in.raise(a.loc, "ValueError",
                      "Encountered duplicate field name: " +
                          repr(Value::str(all[i])));
    type->fields.push_back(all[i]);
  }
  if (present[3] && !v[3].isNone()) {
    if (!in.toList(v[3], a.loc, type->defaults))
      return false;
    if (type->defaults.size() > type->fields.size())
      return in.raise(a.loc, "TypeError", "Got more default values than "
                                          "field names");
  }
  out = Interpreter::native(type->name, [type](Interpreter &in, CallArgs &c,
                                               Value &result) {
    return construct(in, type, c, result);
  });
  return true;
}

} // namespace

Value stdlib::makeCollections(Interpreter &in) {
  (void)in;
  auto m = newModule("collections");
  addFunction(*m, "OrderedDict", orderedDict);
  addFunction(*m, "namedtuple", namedTuple);
  for (const char *name : {"defaultdict", "Counter", "deque", "ChainMap",
                           "UserDict", "UserList"})
    refuse(*m, name, "it needs class support, which the interpreter lacks");
  return Value::object(m);
}

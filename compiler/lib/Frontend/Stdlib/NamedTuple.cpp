//===- NamedTuple.cpp - The `collections` module's namedtuple -------------===//
//
// `namedtuple`: a class (Python code may derive from it) whose instances
// are tuples with the fields as attributes, `_fields`, `_make`, `_replace`,
// `_asdict`, defaults, rename and CPython's repr; and the struct sequences
// of other modules (`sys.version_info`), instances of such a class.
//
//===----------------------------------------------------------------------===//

#include "Collections.h"

#include "../Classes.h"

#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;
using namespace scopec::frontend::stdlib;

namespace {

/// A namedtuple type: its fields and defaults (for the last fields).
struct TupleType {
  std::string name;
  /// The name repr() shows when it is not the class name (the struct
  /// sequences of `sys`: `sys.version_info(major=3, ...)`).
  std::string reprName;
  std::vector<std::string> fields;
  std::vector<Value> defaults;
};

/// An instance of a namedtuple class `cls` (or of a class derived from
/// it): a tuple.
struct NamedTupleObj : SeqObj {
  NamedTupleObj(Value cls, std::shared_ptr<TupleType> type,
                std::vector<Value> values)
      : SeqObj(ObjKind::Tuple, std::move(values)), cls(std::move(cls)),
        type(std::move(type)) {}
  std::string typeName() const override { return cls.as<ClassObj>()->name; }
  std::string repr() const override {
    std::string s =
        (type->reprName.empty() ? typeName() : type->reprName) + "(";
    for (size_t i = 0; i < items.size(); ++i)
      s += (i ? ", " : "") + type->fields[i] + "=" +
           scopec::frontend::repr(items[i]);
    return s + ")";
  }
  /// The fields, then the class's attributes (methods of a derived class,
  /// `_replace`, `_asdict`, `_fields`).
  FailureOr<std::optional<Value>>
  nativeAttr(Interpreter &in, const std::string &name, SrcLoc l) override {
    auto it = llvm::find(type->fields, name);
    if (it != type->fields.end())
      return std::optional<Value>(items[it - type->fields.begin()]);
    if (name == "__class__")
      return std::optional<Value>(cls);
    if (const Value *v = cls.as<ClassObj>()->lookup(name)) {
      FailureOr<Value> bound =
          in.bindAttr(*v, Value::object(shared_from_this()), cls, l);
      if (failed(bound))
        return failure();
      return std::optional<Value>(*bound);
    }
    return std::optional<Value>();
  }
  Value cls;
  std::shared_ptr<TupleType> type;
};

NamedTupleObj *asNamedTuple(const Value &v, const TupleType *type) {
  if (!v.isTuple())
    return nullptr;
  // Every tuple whose type name is not "tuple" is a NamedTupleObj.
  if (v.get()->typeName() == "tuple")
    return nullptr;
  auto *t = static_cast<NamedTupleObj *>(v.get());
  return t->type.get() == type ? t : nullptr;
}

/// `cls(*values, **fields)` with CPython's __new__ messages.
FailureOr<Value> construct(Interpreter &in,
                           const std::shared_ptr<TupleType> &type,
                           CallArgs &a) {
  // The class's `def __new__(_cls, x, y=...)`.
  size_t n = type->fields.size(), required = n - type->defaults.size();
  std::vector<std::string> specs{"_cls"};
  for (size_t i = 0; i < n; ++i)
    specs.push_back(type->fields[i] + (i < required ? "" : "="));
  Signature sig{type->name + ".__new__", specs};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &b = *bound;
  Value cls = b["_cls"];
  std::vector<Value> v;
  for (size_t i = 0; i < n; ++i)
    v.push_back(i < required
                    ? b[type->fields[i]]
                    : b.get(type->fields[i], type->defaults[i - required]));
  return Value::object(
      std::make_shared<NamedTupleObj>(cls, type, std::move(v)));
}

/// Python's keywords, which cannot be field names.
bool isKeyword(llvm::StringRef s) {
  static const char *const kws[] = {
      "False",  "None",   "True",    "and",      "as",       "assert", "async",
      "await",  "break",  "class",   "continue", "def",      "del",    "elif",
      "else",   "except", "finally", "for",      "from",     "global", "if",
      "import", "in",     "is",      "lambda",   "nonlocal", "not",    "or",
      "pass",   "raise",  "return",  "try",      "while",    "with",   "yield"};
  return llvm::is_contained(kws, s);
}

bool isIdentifier(llvm::StringRef s) {
  if (s.empty() || llvm::isDigit(s[0]))
    return false;
  return llvm::all_of(s, [](char c) {
    return llvm::isAlnum(c) || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
  });
}

/// The namedtuple class: its dictionary holds `_fields`,
/// `_field_defaults`, `_make`, `_replace`, `_asdict` and the constructor.
FailureOr<Value> makeTupleClass(Interpreter &in,
                                const std::shared_ptr<TupleType> &type,
                                const std::string &module, SrcLoc l) {
  AttrDict dict;
  std::vector<Value> names;
  for (const std::string &f : type->fields)
    names.push_back(Value::str(f));
  dict.set("__module__", Value::str(module));
  dict.set("__doc__",
           Value::str(type->name + "(" + llvm::join(type->fields, ", ") + ")"));
  dict.set("_fields", Value::tuple(std::move(names)));
  auto defaults = std::make_shared<DictObj>();
  size_t first = type->fields.size() - type->defaults.size();
  for (size_t i = 0; i < type->defaults.size(); ++i)
    defaults->set("s" + type->fields[first + i],
                  Value::str(type->fields[first + i]), type->defaults[i]);
  dict.set("_field_defaults", Value::object(defaults));
  dict.set(
      "__scopec_new__",
      Interpreter::native(
          "__new__", [type](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            return construct(in, type, a);
          }));
  dict.set("_make",
           Value::object(std::make_shared<WrapperObj>(
               ObjKind::ClassMethod,
               Interpreter::native(
                   "_make",
                   [type](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
                     Signature sig{type->name + "._make", {"cls", "iterable"}};
                     FailureOr<BoundArgs> b = in.bind(sig, a);
                     if (failed(b))
                       return failure();
                     FailureOr<std::vector<Value>> values =
                         in.toList((*b)["iterable"], a.loc);
                     if (failed(values))
                       return failure();
                     if (values->size() != type->fields.size())
                       return in.raise(a.loc, "TypeError",
                                       "Expected " +
                                           std::to_string(type->fields.size()) +
                                           " arguments, got " +
                                           std::to_string(values->size()));
                     return Value::object(std::make_shared<NamedTupleObj>(
                         (*b)["cls"], type, std::move(*values)));
                   }))));
  dict.set(
      "_asdict",
      Interpreter::native(
          "_asdict", [type](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            Signature sig{type->name + "._asdict", {"self"}};
            FailureOr<BoundArgs> b = in.bind(sig, a);
            if (failed(b))
              return failure();
            NamedTupleObj *self = asNamedTuple((*b)["self"], type.get());
            if (!self)
              return in.raise(a.loc, "TypeError",
                              "_asdict() needs a " + type->name + " instance");
            auto d = std::make_shared<DictObj>();
            for (size_t i = 0; i < self->items.size(); ++i)
              d->set("s" + type->fields[i], Value::str(type->fields[i]),
                     self->items[i]);
            return Value::object(d);
          }));
  dict.set(
      "_replace",
      Interpreter::native(
          "_replace", [type](Interpreter &in, CallArgs &a) -> FailureOr<Value> {
            Signature sig{type->name + "._replace", {"self", "/", "**kwds"}};
            FailureOr<BoundArgs> b = in.bind(sig, a);
            if (failed(b))
              return failure();
            NamedTupleObj *self = asNamedTuple((*b)["self"], type.get());
            if (!self)
              return in.raise(a.loc, "TypeError",
                              "_replace() needs a " + type->name + " instance");
            std::vector<Value> v = self->items;
            std::vector<std::string> unknown;
            for (auto &[k, val] : b->kwargs()) {
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
            return Value::object(
                std::make_shared<NamedTupleObj>(self->cls, type, std::move(v)));
          }));
  FailureOr<Value> cls = in.makeClass(type->name, {}, std::move(dict), l);
  if (failed(cls))
    return failure();
  cls->as<ClassObj>()->module = module;
  return cls;
}

} // namespace

FailureOr<Value> collections::namedTuple(Interpreter &in, CallArgs &a) {
  static const Signature sig{
      "namedtuple",
      {"typename", "field_names", "*", "rename=", "defaults=", "module="}};
  FailureOr<BoundArgs> bound = in.bind(sig, a);
  if (failed(bound))
    return failure();
  BoundArgs &v = *bound;
  auto type = std::make_shared<TupleType>();
  FailureOr<std::string> typeNameArg =
      in.toStr(v["typename"], a.loc, "typename");
  if (failed(typeNameArg))
    return failure();
  type->name = *typeNameArg;
  std::vector<Value> fieldValues;
  if (v["field_names"].isStr()) {
    std::string names = v["field_names"].getStr();
    std::replace(names.begin(), names.end(), ',', ' ');
    llvm::SmallVector<llvm::StringRef> parts;
    llvm::StringRef(names).split(parts, ' ', -1, false);
    for (llvm::StringRef p : parts)
      if (!p.trim().empty())
        fieldValues.push_back(Value::str(p.trim().str()));
  } else {
    FailureOr<std::vector<Value>> given = in.toList(v["field_names"], a.loc);
    if (failed(given))
      return failure();
    fieldValues = std::move(*given);
  }
  bool rename = false;
  if (v.given("rename")) {
    FailureOr<bool> given = in.isTrue(v["rename"], a.loc);
    if (failed(given))
      return failure();
    rename = *given;
  }
  std::vector<std::string> fields;
  for (const Value &f : fieldValues)
    fields.push_back(str(f));
  if (rename)
    // Invalid, keyword, underscore and duplicate names become `_<index>`.
    for (size_t i = 0; i < fields.size(); ++i)
      if (!isIdentifier(fields[i]) || isKeyword(fields[i]) ||
          fields[i][0] == '_' ||
          llvm::is_contained(llvm::ArrayRef(fields).take_front(i), fields[i]))
        fields[i] = "_" + std::to_string(i);
  std::vector<std::string> all{type->name};
  all.insert(all.end(), fields.begin(), fields.end());
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
    if (all[i][0] == '_' && !rename)
      return in.raise(a.loc, "ValueError",
                      "Field names cannot start with an underscore: " +
                          repr(Value::str(all[i])));
    if (llvm::is_contained(type->fields, all[i]))
      return in.raise(a.loc, "ValueError",
                      "Encountered duplicate field name: " +
                          repr(Value::str(all[i])));
    type->fields.push_back(all[i]);
  }
  if (v.given("defaults") && !v["defaults"].isNone()) {
    FailureOr<std::vector<Value>> defaults = in.toList(v["defaults"], a.loc);
    if (failed(defaults))
      return failure();
    type->defaults = std::move(*defaults);
    if (type->defaults.size() > type->fields.size())
      return in.raise(a.loc, "TypeError",
                      "Got more default values than "
                      "field names");
  }
  // `__module__`: the argument, else the calling module, as CPython does.
  std::string module = "__main__";
  if (v.given("module") && !v["module"].isNone())
    module = str(v["module"]);
  else if (in.moduleEnv()->vars.count("__name__"))
    module = str(in.moduleEnv()->vars["__name__"]);
  return makeTupleClass(in, type, module, a.loc);
}

Value stdlib::structSeq(Interpreter &in, llvm::StringRef qualName,
                        std::vector<std::string> fields,
                        std::vector<Value> values) {
  auto type = std::make_shared<TupleType>();
  auto [module, name] = qualName.rsplit('.');
  type->name = name.str();
  type->reprName = qualName.str();
  type->fields = std::move(fields);
  FailureOr<Value> cls = makeTupleClass(in, type, module.str(), SrcLoc{});
  if (failed(cls))
    return Value::none();
  return Value::object(
      std::make_shared<NamedTupleObj>(*cls, type, std::move(values)));
}

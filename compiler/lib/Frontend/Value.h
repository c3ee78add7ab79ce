//===- Value.h - Python values of the compile-time interpreter ---*- C++ -*-===//
//
// A Value is an immediate (None, bool, int, float) or a reference to a
// heap Object (str, list, tuple, dict, function, module, TensorFlow object).
// Objects are reference counted; identity (`is`) is pointer identity.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_VALUE_H
#define SCOPEC_FRONTEND_VALUE_H

#include "AST.h"

#include "llvm/ADT/StringMap.h"

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace scopec::frontend {

class Interpreter;
struct Object;
using ObjectRef = std::shared_ptr<Object>;

enum class ObjKind {
  Str,
  List,
  Tuple,
  Dict,
  Function,
  Builtin,
  Module,
  Tensor,
  VarScope,
  ContextManager,
  Initializer,
  DType,
  TensorShape,
  Dimension,
  NdArray,
  Operation,
  Sentinel,
  Range,
  Class,
  Instance,
  BoundMethod,
  Property,
  StaticMethod,
  ClassMethod,
  Super,
  Set,
  FrozenSet,
  Iterator,
  Generator,
};

class Value {
public:
  enum class Tag : uint8_t { None, Bool, Int, Float, Obj };

  Value() = default;
  static Value none() { return Value(); }
  static Value boolean(bool b) {
    Value v;
    v.tag = Tag::Bool;
    v.i = b;
    return v;
  }
  static Value integer(int64_t i) {
    Value v;
    v.tag = Tag::Int;
    v.i = i;
    return v;
  }
  static Value real(double f) {
    Value v;
    v.tag = Tag::Float;
    v.f = f;
    return v;
  }
  static Value str(std::string s);
  static Value list(std::vector<Value> items = {});
  static Value tuple(std::vector<Value> items = {});
  static Value object(ObjectRef o) {
    Value v;
    v.tag = Tag::Obj;
    v.obj = std::move(o);
    return v;
  }

  Tag getTag() const { return tag; }
  bool isNone() const { return tag == Tag::None; }
  bool isBool() const { return tag == Tag::Bool; }
  bool isInt() const { return tag == Tag::Int; }
  bool isFloat() const { return tag == Tag::Float; }
  /// int or bool (bool is a subclass of int in Python).
  bool isIntLike() const { return tag == Tag::Int || tag == Tag::Bool; }
  bool isNumber() const { return isIntLike() || isFloat(); }
  bool isObj() const { return tag == Tag::Obj; }
  bool is(ObjKind k) const;
  bool isStr() const { return is(ObjKind::Str); }
  bool isList() const { return is(ObjKind::List); }
  bool isTuple() const { return is(ObjKind::Tuple); }
  bool isSeq() const { return isList() || isTuple(); }
  bool isDict() const { return is(ObjKind::Dict); }

  bool getBool() const { return i != 0; }
  int64_t getInt() const { return i; }
  double getFloat() const { return f; }
  /// Numeric value as a double (bool/int/float).
  double asDouble() const { return isFloat() ? f : static_cast<double>(i); }
  const std::string &getStr() const;
  std::vector<Value> &items() const;
  Object *get() const { return obj.get(); }
  const ObjectRef &ref() const { return obj; }
  template <typename T> T *as() const { return static_cast<T *>(obj.get()); }

private:
  Tag tag = Tag::None;
  union {
    int64_t i = 0;
    double f;
  };
  ObjectRef obj;
};

/// Base of heap objects (always owned by a shared_ptr).
struct Object : std::enable_shared_from_this<Object> {
  /// Objects register themselves in a per-thread list of live objects (see
  /// liveObjects()).
  explicit Object(ObjKind kind);
  virtual ~Object();
  /// Python's type name, used in error messages ("list", "Tensor").
  virtual std::string typeName() const = 0;
  /// repr(); str() defaults to it.
  virtual std::string repr() const;
  virtual std::string str() const { return repr(); }
  /// `self == other`: 1 or 0, or -1 to fall back to identity.
  virtual int equals(const Value &other) const {
    (void)other;
    return -1;
  }
  /// Truth value (objects are true unless they say otherwise); -1: error.
  virtual int truth() const { return 1; }
  ObjKind kind;
};

struct StrObj : Object {
  explicit StrObj(std::string s) : Object(ObjKind::Str), s(std::move(s)) {}
  std::string typeName() const override { return "str"; }
  std::string repr() const override;
  std::string str() const override { return s; }
  std::string s;
};

struct SeqObj : Object {
  SeqObj(ObjKind kind, std::vector<Value> items)
      : Object(kind), items(std::move(items)) {}
  ~SeqObj() override;
  std::string typeName() const override {
    return kind == ObjKind::List ? "list" : "tuple";
  }
  std::string repr() const override;
  std::vector<Value> items;
};

struct DictObj : Object {
  DictObj() : Object(ObjKind::Dict) {}
  ~DictObj() override;
  std::string typeName() const override { return "dict"; }
  std::string repr() const override;
  /// Returns the entry index of `key`, or -1.
  int64_t find(const std::string &hashKey) const;
  void set(const std::string &hashKey, Value key, Value value);
  bool erase(const std::string &hashKey);
  std::vector<std::pair<Value, Value>> entries;
  std::vector<std::string> keys;
  std::unordered_map<std::string, size_t> index;
};

/// `set` and `frozenset`: elements keyed by hashKey(). Iteration follows
/// insertion order (CPython's order is that of its hash table; programs
/// whose output depends on it print `sorted(s)`). Removed elements leave
/// holes that are compacted when they outnumber the elements.
struct SetObj : Object {
  explicit SetObj(bool frozen)
      : Object(frozen ? ObjKind::FrozenSet : ObjKind::Set) {}
  ~SetObj() override;
  std::string typeName() const override {
    return kind == ObjKind::Set ? "set" : "frozenset";
  }
  std::string repr() const override;
  bool contains(const std::string &hashKey) const {
    return index.count(hashKey) != 0;
  }
  /// Adds `v` unless an equal element is present.
  void add(const std::string &hashKey, const Value &v);
  bool erase(const std::string &hashKey);
  void clear();
  size_t size() const { return index.size(); }
  /// The elements in iteration order.
  std::vector<Value> elements() const;
  /// The hash key of the frozenset of these elements (order-independent).
  std::string frozenKey() const;
  struct Slot {
    std::string key;
    Value value;
    bool live;
  };
  std::vector<Slot> slots;
  std::unordered_map<std::string, size_t> index;
  /// Bumped by every insertion or removal (iterators detect changes).
  uint64_t version = 0;
};

/// `range(start, stop, step)`, iterated lazily.
struct RangeObj : Object {
  RangeObj(int64_t start, int64_t stop, int64_t step)
      : Object(ObjKind::Range), start(start), stop(stop), step(step) {}
  std::string typeName() const override { return "range"; }
  std::string repr() const override;
  int64_t size() const;
  int64_t start, stop, step;
};

/// Arguments of a call as evaluated at the call site.
struct CallArgs {
  std::vector<Value> pos;
  std::vector<std::pair<std::string, Value>> kw;
  SrcLoc loc;
};

using NativeFn = std::function<bool(Interpreter &, CallArgs &, Value &)>;

/// An attribute dictionary that remembers insertion order (`vars()`,
/// `dir()` and class bodies keep the order CPython shows).
struct AttrDict {
  llvm::StringMap<Value> map;
  std::vector<std::string> order;
  const Value *find(llvm::StringRef name) const {
    auto it = map.find(name);
    return it == map.end() ? nullptr : &it->second;
  }
  void set(const std::string &name, Value v) {
    if (!map.count(name))
      order.push_back(name);
    map[name] = std::move(v);
  }
  bool erase(llvm::StringRef name);
  void clear() {
    map.clear();
    order.clear();
  }
};

struct Env;

struct FunctionObj : Object {
  FunctionObj() : Object(ObjKind::Function) {}
  std::string typeName() const override { return "function"; }
  std::string repr() const override;
  FuncDef *def = nullptr;
  std::shared_ptr<Env> closure;
  std::vector<Value> defaults;
  std::vector<Value> kwDefaults;
  uint64_t id = 0;
  /// The class whose body defined this function (for zero-argument
  /// `super()`), set when the class is created.
  Object *ownerClass = nullptr;
  /// `__name__` as assigned (functools.wraps); empty: the def's.
  std::string nameOverride;
  /// Attributes set on the function object (`f.calls = 0`).
  AttrDict attrs;
};

/// A native function or a bound native method (`self` set).
struct BuiltinObj : Object {
  BuiltinObj(std::string name, NativeFn fn)
      : Object(ObjKind::Builtin), name(std::move(name)), fn(std::move(fn)) {}
  std::string typeName() const override {
    return "builtin_function_or_method";
  }
  std::string repr() const override;
  std::string name;
  NativeFn fn;
};

/// A module or namespace (`tf`, `tf.nn`, `np`, `tf.GraphKeys`).
struct ModuleObj : Object {
  explicit ModuleObj(std::string name)
      : Object(ObjKind::Module), name(std::move(name)) {}
  std::string typeName() const override { return "module"; }
  std::string repr() const override {
    return "<module '" + name + "'>";
  }
  std::string name;
  llvm::StringMap<Value> attrs;
  /// A Python module of the model (a sibling file or package): its global
  /// variables, which are its attributes.
  std::shared_ptr<Env> globals;
  /// A module scopec does not provide (`import cv2`): importing it works,
  /// any use is an error naming it.
  bool unavailable = false;
  /// Known API names scopec refuses, with the reason.
  llvm::StringMap<std::string> unsupported;
  /// Attribute names in definition order (for "did you mean").
  std::vector<std::string> order;
  void add(const std::string &n, Value v) {
    if (!attrs.count(n))
      order.push_back(n);
    attrs[n] = std::move(v);
  }
};

/// A variable scope: the chain of local variables of a function call or of
/// the module.
struct Env {
  llvm::StringMap<Value> vars;
  std::shared_ptr<Env> parent;
  /// Names declared `global` in this function.
  llvm::StringMap<bool> globals;
  /// Names declared `nonlocal` in this function.
  llvm::StringMap<bool> nonlocals;
  /// A class body: its names are not visible to functions defined in it.
  bool classBody = false;
  /// Names in the order a class body first bound them.
  std::vector<std::string> order;
};

/// The objects alive on this thread. Reference counting cannot free the
/// cycles a Python program makes (a module-level function's closure holds
/// the globals that hold the function; `a.append(a)`), so the interpreter
/// empties every live object when a run ends (~Interpreter).
std::vector<Object *> liveObjects();
/// Whether `o` (from liveObjects()) is still alive.
bool isLiveObject(const Object *o);

/// Python's float repr (shortest round-trip: `0.1`, `1.0`, `1e-05`).
std::string formatFloatRepr(double d);
/// Shortest digits that round-trip a float32 value (`0.4`).
std::string formatFloat32Repr(float f);
/// repr() of any value.
std::string repr(const Value &v);
/// str() of any value.
std::string str(const Value &v);
/// Python's type name.
std::string typeName(const Value &v);
/// Truth value; false with `error` set for ambiguous arrays.
bool truthy(const Value &v, bool &result, std::string &error);
/// Dictionary key of a hashable value; false with `error` if unhashable.
bool hashKey(const Value &v, std::string &key, std::string &error);
/// `a is b`.
bool identical(const Value &a, const Value &b);
/// Python `==` for values that compare by value (numbers, str, containers);
/// objects compare by identity unless they define equality themselves.
bool valuesEqual(const Value &a, const Value &b);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_VALUE_H

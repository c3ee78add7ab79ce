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

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/LogicalResult.h"

#include <functional>
#include <optional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace scopec::frontend {

// Errors travel as values (docs/architecture.md, "Errors"): a function that can
// fail returns FailureOr<T> (the value, or a failure) or LogicalResult. A
// failure means the error was reported or a Python exception is pending in
// the interpreter; callers pass it on.
using llvm::failed;
using llvm::failure;
using llvm::FailureOr;
using llvm::LogicalResult;
using llvm::succeeded;
using llvm::success;

class Interpreter;
struct Object;
using ObjectRef = std::shared_ptr<Object>;

/// The core types of the object model. Types the embedding application
/// adds (TensorFlow's tensors, scopes, ...) are `Host` objects: they
/// describe themselves through the protocol slots of Object and are told
/// apart by a type ID (HostObject).
enum class ObjKind {
  Str,
  List,
  Tuple,
  Dict,
  Function,
  Builtin,
  Module,
  Sentinel,
  Range,
  Class,
  Instance,
  BoundMethod,
  Property,
  StaticMethod,
  ClassMethod,
  Super,
  Slice,
  Host,
  Set,
  FrozenSet,
  Iterator,
  Generator,
  /// An int outside the int64 range (BigInt.h).
  BigInt,
  /// `bytes` (Bytes.h).
  Bytes,
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

struct CallArgs;
struct Env;

/// What an object did with an operation offered to one of its protocol
/// slots: a value; "not implemented" for these operands (CPython's
/// NotImplemented: the interpreter then tries the other operand or raises
/// its usual TypeError); or a failure already reported (a compile error, or
/// a Python exception now pending in the interpreter).
class Result {
public:
  Result(Value v) : state(State::Ok), v(std::move(v)) {}
  /// The value of a computation, or its failure.
  Result(FailureOr<Value> r)
      : state(llvm::failed(r) ? State::Failed : State::Ok),
        v(llvm::failed(r) ? Value() : std::move(*r)) {}
  static Result notImplemented() { return Result(State::NotImplemented); }
  static Result failure() { return Result(State::Failed); }
  bool failed() const { return state == State::Failed; }
  bool implemented() const { return state != State::NotImplemented; }
  const Value &value() const { return v; }

private:
  enum class State { Ok, NotImplemented, Failed };
  explicit Result(State s) : state(s) {}
  State state;
  Value v;
};

/// Base of heap objects (always owned by a shared_ptr).
///
/// The virtual methods below the constructors are the object protocol
/// (CPython's type slots): the interpreter handles its core types itself and
/// offers every other operation to the object. A slot returns
/// Result::notImplemented() when the object does not support it; instances
/// of Python classes implement them with special methods (`__add__`,
/// `__getitem__`, ...), host types natively.
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

  /// `self.name`; not implemented: no such attribute.
  virtual Result getAttr(Interpreter &in, const std::string &name, SrcLoc l);
  /// `lhs op rhs` where self is one of the operands (tried on the left
  /// operand first, then on the right one).
  virtual Result binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                          const Value &rhs, SrcLoc l);
  virtual Result unaryOp(Interpreter &in, UnaryOpKind op, SrcLoc l);
  /// `self op= rhs` done in place (NumPy arrays); not implemented: the
  /// interpreter computes `self op rhs` and rebinds the target.
  virtual Result inPlaceOp(Interpreter &in, BinOpKind op, const Value &rhs,
                           SrcLoc l) {
    (void)in, (void)op, (void)rhs, (void)l;
    return Result::notImplemented();
  }
  /// `lhs op rhs` for the six ordering/equality comparisons; not
  /// implemented: `==`/`!=` fall back to identity, orderings are a
  /// TypeError.
  virtual Result compare(Interpreter &in, CmpOpKind op, const Value &lhs,
                         const Value &rhs, SrcLoc l);
  /// `self[key]` (`key` may be a slice object).
  virtual Result getItem(Interpreter &in, const Value &key, SrcLoc l);
  /// `self[key] = v`; the result is None.
  virtual Result setItem(Interpreter &in, const Value &key, const Value &v,
                         SrcLoc l);
  /// `item in self`: a bool; not implemented: iteration decides.
  virtual Result contains(Interpreter &in, const Value &item, SrcLoc l);
  /// len(self): an int.
  virtual Result len(Interpreter &in, SrcLoc l);
  /// Calls `fn` on each element (a failure from fn stops with failure);
  /// the result is None.
  virtual Result iterate(Interpreter &in, SrcLoc l,
                         llvm::function_ref<LogicalResult(const Value &)> fn);
  /// self(args).
  virtual Result call(Interpreter &in, CallArgs &args);
  /// callable(self) for objects that implement call().
  virtual bool isCallable() const { return false; }
  /// `with self as x`: the value bound to x.
  virtual Result enter(Interpreter &in, SrcLoc l);
  /// Leaves a `with` block, however it ends: `exc` is the exception
  /// leaving it (or None); a true result suppresses that exception.
  virtual Result exit(Interpreter &in, SrcLoc l, const Value &exc);
  /// The Python number this object stands for (`__index__`/`__float__`:
  /// TF's Dimension, NumPy scalars); None for an unknown value; nothing when
  /// it is not a number.
  virtual std::optional<Value> toNumber() const { return std::nullopt; }
  /// The dictionary key of this object (see hashKey()); false with `error`
  /// set when it is unhashable. Objects hash by identity by default.
  virtual bool hash(std::string &key, std::string &error) const;
  /// Releases every reference this object holds to other objects (the
  /// interpreter breaks reference cycles this way when a run ends). The
  /// object may be freed by the time this returns.
  virtual void dropReferences() {}

  /// Native subtypes of built-in values (the containers of `collections`):
  /// an attribute of their own (a method, a field), looked up before those
  /// of the built-in type; nothing when there is none.
  virtual FailureOr<std::optional<Value>>
  nativeAttr(Interpreter &in, const std::string &name, SrcLoc l) {
    (void)in, (void)name, (void)l;
    return std::optional<Value>();
  }
  ObjKind kind;
};

/// Base of the object types the embedding application adds. Each type has
/// a unique address as its ID (LLVM's `static char ID` idiom), which
/// `isa<T>()` compares.
struct HostObject : Object {
  explicit HostObject(const void *typeID)
      : Object(ObjKind::Host), typeID(typeID) {}
  const void *typeID;
};

/// The host object of type T that `v` holds, or null.
template <typename T> T *dynCast(const Value &v) {
  if (!v.isObj() || v.get()->kind != ObjKind::Host ||
      static_cast<HostObject *>(v.get())->typeID != &T::ID)
    return nullptr;
  return static_cast<T *>(v.get());
}
template <typename T> bool isa(const Value &v) { return dynCast<T>(v); }
/// The shared pointer of a host object `v` known to be a T.
template <typename T> std::shared_ptr<T> refAs(const Value &v) {
  return std::static_pointer_cast<T>(v.ref());
}

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
  /// `d[key]` of a missing key: the value made by the subtype's
  /// `__missing__` (defaultdict, Counter), or nothing for a KeyError.
  virtual FailureOr<std::optional<Value>> missing(Interpreter &in,
                                                  const Value &key, SrcLoc l) {
    (void)in, (void)key, (void)l;
    return std::optional<Value>();
  }
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
  bool hasKey(const std::string &hashKey) const {
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

/// A named singleton of the core (`NotImplemented`).
struct SingletonObj : Object {
  SingletonObj(std::string name, std::string type)
      : Object(ObjKind::Sentinel), name(std::move(name)),
        type(std::move(type)) {}
  std::string typeName() const override { return type; }
  std::string repr() const override { return name; }
  std::string name, type;
};

/// `slice(start, stop, step)`: what `x[a:b:c]` indexes with.
struct SliceObj : Object {
  SliceObj(Value start, Value stop, Value step)
      : Object(ObjKind::Slice), start(std::move(start)), stop(std::move(stop)),
        step(std::move(step)) {}
  std::string typeName() const override { return "slice"; }
  std::string repr() const override;
  bool hash(std::string &key, std::string &error) const override;
  void dropReferences() override;
  Value start, stop, step;
};

/// Arguments of a call as evaluated at the call site.
struct CallArgs {
  std::vector<Value> pos;
  std::vector<std::pair<std::string, Value>> kw;
  SrcLoc loc;
};

/// A function implemented in C++: its result, or a failure.
using NativeFn = std::function<FailureOr<Value>(Interpreter &, CallArgs &)>;

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
  /// `__qualname__`: `f`, `Net.call`, `build.<locals>.layer` (what bad-call
  /// messages and repr() show, as in CPython).
  std::string qualname;
  /// Attributes set on the function object (`f.calls = 0`).
  AttrDict attrs;
  /// `__annotations__`: a dict once evaluated or first read; None before.
  Value annotations;
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
  /// A built-in type written as a native constructor (`int`, `list`):
  /// shown as `<class 'int'>`.
  bool isType = false;
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
  /// Why an unavailable module is unavailable, when it is more than "scopec
  /// does not provide it" (a TensorFlow module outside scopec's TF API).
  std::string unavailableReason;
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

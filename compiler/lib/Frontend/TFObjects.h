//===- TFObjects.h - TensorFlow objects of the interpreter -------*- C++ -*-===//
//
// Tensors, variables, variable scopes, context managers, initializers,
// dtypes and shapes as Python values (NumPy arrays: NdArray.h).
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_TFOBJECTS_H
#define SCOPEC_FRONTEND_TFOBJECTS_H

#include "Value.h"

#include "scopec/Params/Initializers.h"

#include "mlir/IR/Location.h"
#include "mlir/IR/Value.h"

#include <optional>

namespace scopec::frontend {

using Shape = std::vector<int64_t>;

enum class DType { F32, F64, I32, I64, Bool, F16, I8, U8, I16, Str };

/// TF's dtype name ("float32").
const char *dtypeName(DType d);
bool isFloatDType(DType d);
/// Whether scopec can compile tensors of this dtype.
bool isSupportedDType(DType d);
/// The dtype of a Python number (float32 for floats, int32 for ints), as
/// tf.constant infers it.
DType inferDType(bool sawFloat, bool sawBool);

/// "(32, 10)", "(10,)", "()" (Python tuple style, TensorShape's str).
std::string pythonShape(const Shape &s);

struct DTypeObj : HostObject {
  DTypeObj(DType dt, bool ref) : HostObject(&ID), dt(dt), ref(ref) {}
  static const char ID;
  std::string typeName() const override { return "DType"; }
  std::string name() const {
    return std::string(dtypeName(dt)) + (ref ? "_ref" : "");
  }
  std::string repr() const override { return "<dtype: '" + name() + "'>"; }
  std::string str() const override { return repr(); }
  int equals(const Value &o) const override;
  bool hash(std::string &key, std::string &error) const override;
  Result getAttr(Interpreter &in, const std::string &name, SrcLoc l) override;
  /// `tf.float32(x)`, `np.float32(x)`: an array of that dtype.
  Result call(Interpreter &in, CallArgs &args) override;
  bool isCallable() const override { return true; }
  DType dt;
  bool ref;
};

/// An initializer: a callable (`tf.random_normal_initializer()`) or, with
/// kind "value", a tensor/array given as the initial value.
struct InitSpec {
  params::InitializerSpec spec;
  /// Explicit dtype argument of the initializer (`dtype=` on constructors).
  std::optional<DType> dtype;
  /// For constant/value: the given value's shape and dtype.
  Shape valueShape;
  DType valueDType = DType::F32;
  /// For constant: the value was a scalar (broadcast).
  bool scalarValue = true;
};

struct InitializerObj : HostObject {
  InitializerObj(std::string className, InitSpec init)
      : HostObject(&ID), className(std::move(className)),
        init(std::move(init)) {}
  static const char ID;
  std::string typeName() const override { return className; }
  std::string repr() const override;
  /// `init(shape, dtype=None)`.
  Result call(Interpreter &in, CallArgs &args) override;
  bool isCallable() const override { return true; }
  std::string className;
  InitSpec init;
};

enum class TensorOrigin { Op, Placeholder, Const, GetVariable, Variable };

struct TensorObj : HostObject {
  TensorObj() : HostObject(&ID) {}
  static const char ID;
  std::string typeName() const override {
    if (!isVariable())
      return "Tensor";
    return resource ? "ResourceVariable" : "RefVariable";
  }
  /// `<tf.Tensor 'x:0' shape=(4,) dtype=float32>` (str() is
  /// `Tensor("x:0", shape=(4,), dtype=float32)`), as TF 1.15 in graph mode.
  std::string repr() const override;
  std::string str() const override;
  Result getAttr(Interpreter &in, const std::string &name, SrcLoc l) override;
  void dropReferences() override;
  Result binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                  const Value &rhs, SrcLoc l) override;
  Result unaryOp(Interpreter &in, UnaryOpKind op, SrcLoc l) override;
  Result compare(Interpreter &in, CmpOpKind op, const Value &lhs,
                 const Value &rhs, SrcLoc l) override;
  Result getItem(Interpreter &in, const Value &key, SrcLoc l) override;
  Result len(Interpreter &in, SrcLoc l) override;
  Result iterate(Interpreter &in, SrcLoc l,
                 llvm::function_ref<LogicalResult(const Value &)> fn) override;
  bool isVariable() const {
    return origin == TensorOrigin::GetVariable ||
           origin == TensorOrigin::Variable;
  }
  /// `name:index`.
  std::string tensorName() const {
    return opName + ":" + std::to_string(index);
  }

  TensorOrigin origin = TensorOrigin::Op;
  /// The TF op name (`foo/bar/add`), or the variable's name.
  std::string opName;
  /// TF op type (`Add`, `Conv2D`, `VariableV2`).
  std::string opType;
  int index = 0;
  Shape shape;
  DType dtype = DType::F32;
  /// The SSA value once emitted (constants are emitted on first use).
  mlir::Value value;
  /// Where the tensor was made (NameLoc of its op).
  mlir::Location loc = nullptr;
  /// For constants: what they hold (kind "value" with values, "zeros",
  /// "ones", or a random kind drawn on materialization).
  InitSpec constant;
  /// For variables: the initializer in force and trainability.
  InitSpec init;
  bool trainable = true;
  /// For variables: the `constraint=` they were made with (None or a
  /// callable). TF applies it after optimizer updates only, so inference
  /// keeps it as `v.constraint` and nothing else (docs/user-guide.md).
  Value constraint;
  /// Why the compiled program cannot compute this tensor (a placeholder
  /// nothing bound, a training-time random op); empty if it can. A use
  /// reports it, and so does a default fetch of it (made at `madeAt`).
  std::string unusable;
  SrcLoc madeAt;
  /// A placeholder declared without a shape and not bound by a flag: its
  /// `.shape` is an error too.
  bool unknownShape = false;
  /// Number of ops that consumed this tensor (training-time ops do not
  /// count).
  int uses = 0;
  /// Made by training-time code (a loss, or computed from one): never a
  /// default fetch, but computed when fetched by name.
  bool trainingOnly = false;
  /// Number of training-time ops that consumed this tensor.
  int trainingUses = 0;
  /// Computed from a variable (a model's result rather than a transform of
  /// its inputs, such as labels made one-hot for a loss).
  bool readsVariables = false;
  /// Creation order (for default fetches).
  int64_t serial = 0;
  /// A variable made with use_resource=True: a ResourceVariable, whose
  /// dtype has no `_ref` (the same values and ops otherwise).
  bool resource = false;
  /// The op's input tensors (`x.op.inputs`), recorded for ops built through
  /// OpCall (TFOpCall.h); `inputsKnown` is false for ops made otherwise.
  std::vector<std::shared_ptr<TensorObj>> inputs;
  bool inputsKnown = false;
};

/// `tf.AUTO_REUSE`.
struct ReuseSentinel : HostObject {
  ReuseSentinel() : HostObject(&ID) {}
  static const char ID;
  std::string typeName() const override { return "_ReuseMode"; }
  std::string repr() const override { return "<_ReuseMode.AUTO_REUSE: 1>"; }
  std::string str() const override { return "_ReuseMode.AUTO_REUSE"; }
};

/// The reuse value of a scope: False, True or AUTO_REUSE.
enum class Reuse { False, True, Auto };

struct VarScopeObj : HostObject {
  VarScopeObj() : HostObject(&ID) {}
  static const char ID;
  std::string typeName() const override { return "VariableScope"; }
  Result getAttr(Interpreter &in, const std::string &name, SrcLoc l) override;
  void dropReferences() override;
  std::string name;
  Reuse reuse = Reuse::False;
  /// Default initializer (None, an InitializerObj, or a value).
  Value initializer;
  /// Default regularizer (None or a callable), inherited like initializer.
  Value regularizer;
  /// Default partitioner and custom getter (None or callables); a nested
  /// scope's custom getter wraps the enclosing one (docs/user-guide.md,
  /// "Custom getters and partitioned variables").
  Value partitioner;
  Value customGetter;
  DType dtype = DType::F32;
  /// use_resource: variables made here are ResourceVariables by default.
  bool useResource = false;
  /// Default constraint: the scope's own `constraint=` only (TF 1.15 does
  /// not inherit it from the enclosing scope).
  Value constraint;
  /// original_name_scope (with trailing '/', or "").
  std::string nameScope;
};

enum class CMKind { VariableScope, NameScope, Device, Noop };

/// A `with`-able object returned by tf.variable_scope/name_scope/device.
struct ContextManagerObj : HostObject {
  ContextManagerObj(CMKind cmKind)
      : HostObject(&ID), cmKind(cmKind) {}
  static const char ID;
  std::string typeName() const override {
    switch (cmKind) {
    case CMKind::VariableScope:
      return "variable_scope";
    case CMKind::NameScope:
      return "name_scope";
    default:
      return "_GeneratorContextManager";
    }
  }
  /// Enters the scope; left however the block ends (exceptions included).
  Result enter(Interpreter &in, SrcLoc l) override;
  Result exit(Interpreter &in, SrcLoc l, const Value &exc) override;
  void dropReferences() override;
  CMKind cmKind;
  // variable_scope arguments.
  Value nameOrScope;
  std::string defaultName;
  bool hasDefaultName = false;
  Reuse reuse = Reuse::False;
  bool reuseGiven = false;
  Value initializer;
  Value regularizer;
  Value partitioner;
  Value customGetter;
  Value constraint;
  std::optional<DType> dtype;
  std::optional<bool> useResource;
  bool auxiliaryNameScope = true;
  // name_scope argument (None resets).
  Value name;
  // State saved on entry, restored on exit.
  bool entered = false;
  std::string savedNameStack;
  std::shared_ptr<VarScopeObj> savedScope;
  std::string newScopeName;
  bool capturedEntry = false;
  size_t scopeCountsMark = 0; ///< TFGraph::markScopeCounts, if captured
};

struct TensorShapeObj : HostObject {
  explicit TensorShapeObj(Shape dims)
      : HostObject(&ID), dims(std::move(dims)) {}
  static const char ID;
  std::string typeName() const override { return "TensorShape"; }
  std::string repr() const override;
  std::string str() const override;
  int equals(const Value &o) const override;
  Result getAttr(Interpreter &in, const std::string &name, SrcLoc l) override;
  Result getItem(Interpreter &in, const Value &key, SrcLoc l) override;
  Result len(Interpreter &in, SrcLoc l) override;
  Result iterate(Interpreter &in, SrcLoc l,
                 llvm::function_ref<LogicalResult(const Value &)> fn) override;
  Shape dims;
};

struct DimensionObj : HostObject {
  explicit DimensionObj(int64_t v) : HostObject(&ID), value(v) {}
  static const char ID;
  std::string typeName() const override { return "Dimension"; }
  std::string repr() const override {
    return value < 0 ? "Dimension(None)"
                     : "Dimension(" + std::to_string(value) + ")";
  }
  std::string str() const override {
    return value < 0 ? "?" : std::to_string(value);
  }
  int equals(const Value &o) const override;
  bool hash(std::string &key, std::string &error) const override;
  Result getAttr(Interpreter &in, const std::string &name, SrcLoc l) override;
  /// Arithmetic and comparisons work on the value, as on an int.
  Result binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                  const Value &rhs, SrcLoc l) override;
  Result unaryOp(Interpreter &in, UnaryOpKind op, SrcLoc l) override;
  Result compare(Interpreter &in, CmpOpKind op, const Value &lhs,
                 const Value &rhs, SrcLoc l) override;
  std::optional<Value> toNumber() const override {
    return value < 0 ? Value::none() : Value::integer(value);
  }
  int64_t value;
};

/// `x.op`.
struct OperationObj : HostObject {
  OperationObj(std::shared_ptr<TensorObj> t)
      : HostObject(&ID), tensor(std::move(t)) {}
  static const char ID;
  std::string typeName() const override { return "Operation"; }
  std::string repr() const override;
  Result getAttr(Interpreter &in, const std::string &name, SrcLoc l) override;
  void dropReferences() override;
  std::shared_ptr<TensorObj> tensor;
};

/// Largest tensor scopec evaluates at compile time (values as doubles).
constexpr int64_t kMaxCompileTimeElements = int64_t(1) << 24;

/// Element count of `shape`; false if negative or larger than `limit`.
bool checkedCount(const Shape &shape, int64_t limit, int64_t &count);

/// Rounds a value to what `dtype` can hold (float32 rounding, int trunc).
double castTo(DType dtype, double v);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_TFOBJECTS_H

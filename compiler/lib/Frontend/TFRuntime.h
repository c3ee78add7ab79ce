//===- TFRuntime.h - TensorFlow 1 objects seen by the interpreter -*- C++ -*-===//
//
// The `tf` and `np` modules and everything they return: scopes, variables,
// tensors, initializers, dtypes, shapes and small NumPy arrays. The runtime
// is the interpreter's host: it provides the modules and owns the graph
// state (TFGraph.h) and the IR emitter (IREmitter.h). Its objects take part
// in the interpreter's object protocol (TFProtocol.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_TFRUNTIME_H
#define SCOPEC_FRONTEND_TFRUNTIME_H

#include "Interpreter.h"
#include "TFObjects.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"

namespace scopec::frontend {

class IREmitter;
class TFGraph;
struct OpCall;

class TFRuntime : public Host {
public:
  explicit TFRuntime(Interpreter &interp);
  ~TFRuntime() override;
  /// The TensorFlow layer of an interpreter running a model file.
  static TFRuntime &of(Interpreter &in) {
    return static_cast<TFRuntime &>(in.host());
  }

  /// `import NAME`: the module value, or None if NAME is not importable.
  Value importModule(llvm::StringRef name) override;
  /// tensorflow's functions written in Python
  /// (Prelude/_scopec_tensorflow.py).
  llvm::StringRef preludeFor(llvm::StringRef name) override {
    return name == "tensorflow" ? "_scopec_tensorflow" : "";
  }

  /// A sharing error of tf.get_variable left uncaught: the resolution pass
  /// reports it from its lookup op (TFVariables.cpp).
  bool takeUncaught(const Value &exc) override;

  /// Ends the program: emits outputs and returns the module.
  mlir::OwningOpRef<mlir::ModuleOp> finish(SrcLoc end);

  Interpreter &interp;
  std::unique_ptr<TFGraph> graph;
  std::unique_ptr<IREmitter> emitter;
  Value tfModule;
  Value npModule;
  /// `tf.AUTO_REUSE`.
  Value autoReuse;
  /// The failed variable lookups: the ValueError raised and the lookup op
  /// kept for the resolution pass; `uncaught` once the program ended with
  /// it. The others were caught and their ops are erased (TF created
  /// nothing).
  struct FailedLookup {
    Value exc;
    mlir::Operation *op;
    bool uncaught = false;
  };
  std::vector<FailedLookup> failedLookups;
  /// tf.register_tensor_conversion_function: (class, function) pairs that
  /// toTensor tries, in registration order, for instances of Python classes
  /// (the prelude's PartitionedVariable registers one).
  std::vector<std::pair<Value, Value>> tensorConversions;
  /// The tf.app.flags the model defined (to check `--flag` names).
  std::vector<std::string> definedFlags;
  /// Erases the lookup ops of the failed lookups the program caught.
  void eraseCaughtLookups();

  //===--- Shared helpers (TFConvert.cpp) --------------------------------===//
  /// Converts a Python value or array to a tensor (a lazy constant named
  /// `name` under the current name scope), with an optional dtype.
  FailureOr<std::shared_ptr<TensorObj>> toTensor(const Value &v, SrcLoc l,
                                                 std::optional<DType> dtype,
                                                 const std::string &name);
  /// The values of a constant tensor (value, zeros, ones), if it is one.
  std::optional<std::vector<double>> staticValues(const TensorObj &t);
  /// The result of `op` as a constant when it is a small integer
  /// computation on constants (TFFold.cpp; erases the emitted op), or null.
  std::shared_ptr<TensorObj> fold(OpCall &op, mlir::Value result,
                                  const Shape &shape, DType dtype);
  /// Makes sure a tensor has an SSA value (emits pending constants).
  LogicalResult materialize(TensorObj &t, SrcLoc l);
  /// Reads a shape argument (list/tuple of ints or None, TensorShape).
  FailureOr<Shape> toShape(const Value &v, SrcLoc l, bool allowNone,
                           const char *what);
  /// Reads a dtype argument (tf.float32, np.float32, "float32").
  FailureOr<DType> toDType(const Value &v, SrcLoc l);
  /// Nested lists/arrays of numbers, flattened.
  struct Flat {
    std::vector<double> values;
    Shape shape;
    bool sawFloat = false;
    bool sawBool = false;
  };
  FailureOr<Flat> flatten(const Value &v, SrcLoc l);
  /// Builds a numpy-style array value.
  Value makeArray(DType dtype, Shape shape, std::vector<double> data);
  /// The name of a new op: the `name` argument (validated like name_scope)
  /// or `dflt`, made unique in the op namespace.
  FailureOr<std::string> opName(const Value &nameArg, const std::string &dflt,
                                SrcLoc l);
  /// Registers the result `index` of a new op.
  std::shared_ptr<TensorObj> newTensor(const std::string &opName,
                                       const std::string &opType, Shape shape,
                                       DType dtype, mlir::Value value,
                                       mlir::Location loc, int index = 0);
  /// A constant tensor emitted on first use (`constant.spec.kind` is value,
  /// zeros, ones or a random kind).
  std::shared_ptr<TensorObj> newConstant(const std::string &opName,
                                         const std::string &opType,
                                         Shape shape, DType dtype,
                                         InitSpec constant, SrcLoc l);
  /// Values of an initializer for `shape`/`dtype` (random streams keyed by
  /// `stream`).
  FailureOr<std::vector<double>> evaluate(const InitSpec &init,
                                          const Shape &shape, DType dtype,
                                          const std::string &stream, SrcLoc l);
  /// An InitSpec for a value initializer or initial value (a constant or
  /// random tensor, an array, a number or a list).
  struct ValueInit {
    InitSpec spec;
    Shape shape;
    DType dtype = DType::F32;
  };
  FailureOr<ValueInit> initFromValue(const Value &v, SrcLoc l,
                                     std::optional<DType> dtype);

  /// Installs the `tf` module (TFModule.cpp).
  void installTF();
  /// Installs the `np` module.
  void installNumpy();
};

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_TFRUNTIME_H

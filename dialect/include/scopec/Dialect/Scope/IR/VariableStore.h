//===- VariableStore.h - TF 1.15's variable-store rules ----------*- C++ -*-===//
//
// The rules `tf.get_variable` applies when it looks a name up in the graph's
// variable store, in TensorFlow 1.15's order of checks
// (VariableScope.get_variable, then _VariableStore._get_single_variable):
//
//   E6  explicit dtype vs the dtype of a value initializer argument
//   E5  a value initializer together with a shape (even under reuse)
//   E1  the name exists and reuse is off
//   E3  shape incompatible with the existing variable
//   E4  dtype incompatible with the existing variable
//   E2  the name does not exist and reuse is True
//   E7  a new variable with a callable initializer but no fully defined shape
//
// Plain C++ (no MLIR): the frontend uses it to know which Python object a
// call returns (and to stop where TF would raise), the resolution pass uses
// it to report the error; both therefore agree by construction.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_DIALECT_SCOPE_IR_VARIABLESTORE_H
#define SCOPEC_DIALECT_SCOPE_IR_VARIABLESTORE_H

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace scopec::scope {

/// The reuse mode in force at a lookup (`reuse=False` is StoreReuse::None).
enum class StoreReuse { None, Reuse, Auto };

/// What kind of initializer a call has.
enum class InitializerKind {
  /// No initializer (TF picks glorot_uniform / zeros by dtype).
  None,
  /// A callable initializer (`tf.random_normal_initializer()`).
  Callable,
  /// A value: a tensor, NumPy array or Python number.
  Value,
};

/// The error classes TensorFlow 1.15 raises (docs/user-guide.md, "Variable sharing").
enum class StoreError { None, E1, E2, E3, E4, E5, E6, E7 };

/// A variable already in the store.
struct StoredVariable {
  std::vector<int64_t> shape;
  /// TF dtype name of the variable's base type ("float32").
  std::string dtype = "float32";
};

/// One `tf.get_variable` call.
struct VariableRequest {
  /// Full name, no ":0".
  std::string name;
  /// The `shape` argument; -1 marks an unknown (None) dimension.
  std::optional<std::vector<int64_t>> shape;
  /// The `dtype` argument as given (E6).
  std::optional<std::string> explicitDType;
  /// The dtype in force: the argument, else the scope's (E4).
  std::string dtype = "float32";
  /// The `initializer` argument (E6 looks only at it).
  InitializerKind argInitializer = InitializerKind::None;
  /// The initializer in force: the argument, else the scope's default.
  InitializerKind initializer = InitializerKind::None;
  /// For a value initializer in force: its dtype and shape.
  std::string valueDType;
  std::vector<int64_t> valueShape;
  /// For a value initializer argument: its dtype (E6).
  std::string argValueDType;
  StoreReuse reuse = StoreReuse::None;
};

enum class LookupAction { Create, Share, Error };

struct LookupResult {
  LookupAction action = LookupAction::Error;
  StoreError error = StoreError::None;
  /// TensorFlow's exact message for errors.
  std::string message;
  /// The variable's shape and dtype (Create: the new one; Share: existing).
  std::vector<int64_t> shape;
  std::string dtype;
};

/// TensorShape's str(): "(5, 5, 32, 32)", "(2,)", "()", "(?, 3)".
std::string formatTFShape(const std::vector<int64_t> &shape);

/// Applies the rules to one lookup; `existing` is the variable of that name
/// or null.
LookupResult lookupVariable(const StoredVariable *existing,
                            const VariableRequest &request);

/// A variable store: the rules plus the map of created variables.
class VariableStore {
public:
  /// Looks `request` up and records the variable on Create.
  LookupResult getVariable(const VariableRequest &request);
  /// The variable named `name`, or null.
  const StoredVariable *find(const std::string &name) const;

private:
  std::map<std::string, StoredVariable> variables;
};

} // namespace scopec::scope

#endif // SCOPEC_DIALECT_SCOPE_IR_VARIABLESTORE_H

//===- TFGraph.h - Graph naming state of TensorFlow 1 -------------*- C++ -*-===//
//
// The state TF 1.15 keeps per graph: the op namespace (op names and name
// scopes, case-insensitive, `_N` uniquification), the name-scope stack, the
// variable-scope stack with its per-name entry counters, the variable store
// and the collections. See docs/user-guide.md, "Variable sharing".
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_TFGRAPH_H
#define SCOPEC_FRONTEND_TFGRAPH_H

#include "TFObjects.h"

#include "scopec/Dialect/Scope/IR/VariableStore.h"

#include <map>
#include <unordered_map>

namespace scopec::frontend {

class TFGraph {
public:
  TFGraph();

  //===--- Op namespace -------------------------------------------------===//
  /// Graph.unique_name: prefixes the name stack, appends `_N` if in use.
  std::string uniqueName(const std::string &name, bool markUsed = true);
  /// Validates a name given to name_scope (regexes of ops.py).
  bool isValidScopeName(const std::string &name) const;
  /// Graph.name_scope(name): returns the new stack; `error` on bad names.
  bool nameScope(const std::optional<std::string> &name, std::string &newStack,
                 std::string &error);
  /// The current name stack ("" at the root).
  std::string nameStack;

  //===--- Variable scopes ----------------------------------------------===//
  std::shared_ptr<VarScopeObj> currentScope;
  std::map<std::string, int> scopeCounts;
  void openVariableScope(const std::string &name) { ++scopeCounts[name]; }
  void closeVariableSubscopes(const std::string &name);
  int scopeCount(const std::string &name) const {
    auto it = scopeCounts.find(name);
    return it == scopeCounts.end() ? 0 : it->second;
  }
  /// _get_unique_variable_scope(prefix).
  std::string uniqueVariableScope(const std::string &prefix) const;

  //===--- Variables and collections -------------------------------------===//
  scope::VariableStore store;
  std::map<std::string, std::shared_ptr<TensorObj>> variables;
  std::vector<std::pair<std::string, std::vector<Value>>> collections;
  std::vector<Value> &collection(const std::string &name);

  /// Names of the placeholders, in creation order (to check that every
  /// `--feed`/`--input-shape` names one).
  std::vector<std::string> placeholders;
  /// Depth of training-time prelude code running (losses, cross entropies):
  /// the ops it builds are training-only (TensorObj::trainingOnly).
  int trainingDepth = 0;
  /// Every tensor made by an op, in creation order (for default fetches).
  std::vector<std::shared_ptr<TensorObj>> tensors;
  int64_t nextSerial = 0;

private:
  std::unordered_map<std::string, int> namesInUse;
};

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_TFGRAPH_H

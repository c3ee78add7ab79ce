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
  /// _VariableScopeStore.variable_scopes_count.
  void openVariableScope(const std::string &name) {
    setScopeCount(name, scopeCount(name) + 1);
  }
  /// Resets the counts of `name`'s subscopes (leaving scope `name`).
  void closeVariableSubscopes(const std::string &name);
  int scopeCount(const std::string &name) const {
    auto it = scopeCounts.find(name);
    return it == scopeCounts.end() ? 0 : it->second;
  }
  /// Entering a captured VariableScope: TF copies the counts, and restores
  /// the copy on exit. Here a journal of changes is kept from the mark
  /// instead and undone by restoreScopeCounts(mark), which costs what the
  /// block changed, not the size of the graph (the copy made a model of n
  /// tf.layers quadratic: 10,000 dense layers took 57 s). Marks are undone
  /// in LIFO order, as `with` blocks end.
  size_t markScopeCounts();
  void restoreScopeCounts(size_t mark);
  /// Closes `mark` keeping the changes since (an enclosing mark can still
  /// undo them).
  void commitScopeCounts(size_t mark);
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
  void setScopeCount(const std::string &name, int count);

  std::unordered_map<std::string, int> namesInUse;
  std::map<std::string, int> scopeCounts;
  /// (name, count before the change; -1: absent), while a mark is open.
  std::vector<std::pair<std::string, int>> scopeCountJournal;
  int openMarks = 0;
};

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_TFGRAPH_H

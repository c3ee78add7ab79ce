//===- TFGraph.cpp - Graph naming state of TensorFlow 1 -------------------===//

#include "TFGraph.h"

#include "llvm/ADT/StringExtras.h"

using namespace scopec::frontend;

TFGraph::TFGraph() {
  currentScope = std::make_shared<VarScopeObj>();
  currentScope->reuse = Reuse::False;
}

std::string TFGraph::uniqueName(const std::string &base, bool markUsed) {
  std::string name = nameStack.empty() ? base : nameStack + "/" + base;
  std::string key = llvm::StringRef(name).lower();
  int i = 0;
  auto it = namesInUse.find(key);
  if (it != namesInUse.end())
    i = it->second;
  if (markUsed)
    namesInUse[key] = i + 1;
  if (i > 0) {
    std::string baseKey = key;
    while (namesInUse.count(key)) {
      key = baseKey + "_" + std::to_string(i);
      ++i;
    }
    if (markUsed)
      namesInUse[key] = 1;
    name = name + "_" + std::to_string(i - 1);
  }
  return name;
}

bool TFGraph::isValidScopeName(const std::string &name) const {
  auto rest = [](char c) {
    return llvm::isAlnum(c) || c == '_' || c == '.' || c == '-' || c == '/';
  };
  if (name.empty())
    return true;
  size_t start = 0;
  if (nameStack.empty()) {
    // Root: ^[A-Za-z0-9.][A-Za-z0-9_.\-/]*$
    if (!(llvm::isAlnum(name[0]) || name[0] == '.'))
      return false;
    start = 1;
  }
  for (size_t i = start; i < name.size(); ++i)
    if (!rest(name[i]))
      return false;
  return true;
}

bool TFGraph::nameScope(const std::optional<std::string> &name,
                        std::string &newStack, std::string &error) {
  if (name && !name->empty() && !isValidScopeName(*name)) {
    error = "'" + *name + "' is not a valid scope name";
    return false;
  }
  if (!name || name->empty())
    newStack = "";
  else if (name->back() == '/')
    newStack = name->substr(0, name->size() - 1);
  else
    newStack = uniqueName(*name);
  return true;
}

void TFGraph::closeVariableSubscopes(const std::string &name) {
  std::string prefix = name + "/";
  std::vector<std::string> subscopes; // the names sharing the prefix: a run
  for (auto it = scopeCounts.lower_bound(prefix);
       it != scopeCounts.end() && llvm::StringRef(it->first).starts_with(prefix);
       ++it)
    if (it->second != 0)
      subscopes.push_back(it->first);
  for (const std::string &subscope : subscopes)
    setScopeCount(subscope, 0);
}

void TFGraph::setScopeCount(const std::string &name, int count) {
  auto [it, inserted] = scopeCounts.try_emplace(name, 0);
  if (openMarks)
    scopeCountJournal.emplace_back(name, inserted ? -1 : it->second);
  it->second = count;
}

size_t TFGraph::markScopeCounts() {
  ++openMarks;
  return scopeCountJournal.size();
}

void TFGraph::restoreScopeCounts(size_t mark) {
  while (scopeCountJournal.size() > mark) {
    auto &[name, before] = scopeCountJournal.back();
    if (before < 0)
      scopeCounts.erase(name);
    else
      scopeCounts[name] = before;
    scopeCountJournal.pop_back();
  }
  if (--openMarks == 0)
    scopeCountJournal.clear();
}

void TFGraph::commitScopeCounts(size_t) {
  if (--openMarks == 0)
    scopeCountJournal.clear();
}

std::string TFGraph::uniqueVariableScope(const std::string &prefix) const {
  std::string name = currentScope->name.empty()
                         ? prefix
                         : currentScope->name + "/" + prefix;
  if (scopeCount(name) == 0)
    return prefix;
  int idx = 1;
  while (scopeCount(name + "_" + std::to_string(idx)) > 0)
    ++idx;
  return prefix + "_" + std::to_string(idx);
}

std::vector<Value> &TFGraph::collection(const std::string &name) {
  for (auto &kv : collections)
    if (kv.first == name)
      return kv.second;
  collections.emplace_back(name, std::vector<Value>());
  return collections.back().second;
}

//===- TFRuntime.cpp - The TensorFlow layer: modules and outputs ----------===//

#include "TFRuntime.h"
#include "IREmitter.h"
#include "NdArray.h"
#include "TFApi.h"
#include "TFGraph.h"
#include "TFScopes.h"

#include "llvm/ADT/StringExtras.h"

#include <set>

using namespace scopec::frontend;

TFRuntime::TFRuntime(Interpreter &interp) : interp(interp) {
  graph = std::make_unique<TFGraph>();
  emitter = std::make_unique<IREmitter>(interp);
  autoReuse = Value::object(std::make_shared<ReuseSentinel>());
  installTF();
  installNumpy();
}

TFRuntime::~TFRuntime() = default;

Value TFRuntime::importModule(llvm::StringRef name) {
  if (name == "tensorflow" || name == "tensorflow.compat.v1")
    return tfModule;
  if (name == "numpy")
    return npModule;
  if (name == "numpy.random" || name == "numpy.linalg")
    return npModule.as<ModuleObj>()->attrs[name.substr(6)];
  if (name == "tensorflow.compat")
    return tfModule.as<ModuleObj>()->attrs["compat"];
  if (name == "tensorflow.nn")
    return tfModule.as<ModuleObj>()->attrs["nn"];
  return Value::none();
}

//===----------------------------------------------------------------------===//
// Outputs
//===----------------------------------------------------------------------===//

mlir::OwningOpRef<mlir::ModuleOp> TFRuntime::finish(SrcLoc end) {
  eraseCaughtLookups();
  // Module-level Python variables holding tensors, by tensor.
  std::map<const Object *, std::string> pyNames;
  std::vector<std::string> globalsSorted;
  for (auto &kv : interp.globals().vars)
    globalsSorted.push_back(kv.getKey().str());
  llvm::sort(globalsSorted);
  for (const std::string &n : globalsSorted) {
    const Value &v = interp.globals().vars[n];
    if (isa<TensorObj>(v) && !pyNames.count(v.get()))
      pyNames[v.get()] = n;
  }
  // A flag naming no placeholder, model flag or tensor is a typo, not
  // something to ignore. It is an error of the command line, reported as
  // scopec's own (at no place in the model's source).
  auto flagError = [&](const std::string &message) {
    mlir::emitError(mlir::UnknownLoc::get(interp.getContext())) << message;
  };
  for (const auto &[name, value] : interp.getOptions().flagValues) {
    if (interp.stopped() || llvm::is_contained(definedFlags, name))
      continue;
    std::string known;
    for (const std::string &f : definedFlags)
      known += (known.empty() ? "" : ", ") + f;
    flagError(
        "--flag " + name + ": the model defines no flag named '" + name +
        "' with tf.app.flags (its flags: " + (known.empty() ? "none" : known) +
        ")" + Interpreter::didYouMean(name, definedFlags));
    return nullptr;
  }
  std::vector<std::pair<std::string, std::string>> bindings;
  for (const FrontendOptions::Feed &f : interp.getOptions().feeds)
    bindings.emplace_back("--feed", f.name);
  for (const auto &s : interp.getOptions().inputShapes)
    bindings.emplace_back("--input-shape", s.first);
  for (const auto &[flag, name] : bindings) {
    if (interp.stopped() || llvm::is_contained(graph->placeholders, name))
      continue;
    std::string known;
    for (const std::string &p : graph->placeholders)
      known += (known.empty() ? "" : ", ") + p;
    flagError(flag + " " + name + ": the model has no placeholder named '" +
              name +
              "' (its placeholders: " + (known.empty() ? "none" : known) + ")" +
              Interpreter::didYouMean(name, graph->placeholders));
    return nullptr;
  }
  std::vector<std::pair<std::string, std::shared_ptr<TensorObj>>> outputs;
  const std::vector<std::string> &fetches = interp.getOptions().fetches;
  if (!fetches.empty()) {
    for (const std::string &f : fetches) {
      std::shared_ptr<TensorObj> found;
      auto g = interp.globals().vars.find(f);
      if (g != interp.globals().vars.end() && isa<TensorObj>(g->second)) {
        found = std::static_pointer_cast<TensorObj>(g->second.ref());
      } else {
        llvm::StringRef name = f;
        int index = 0;
        auto [base, idx] = name.rsplit(':');
        if (!idx.empty() && llvm::all_of(idx, llvm::isDigit) &&
            idx.size() < 6) {
          name = base;
          index = std::stoi(idx.str());
        }
        for (auto &t : graph->tensors)
          if (t->opName == name && t->index == index)
            found = t;
        if (!found)
          for (auto &kv : graph->variables)
            if (kv.second->opName == name && index == 0)
              found = kv.second;
      }
      if (!found) {
        if (interp.stopped())
          continue;
        std::string known;
        std::vector<std::string> candidates;
        for (auto &kv : pyNames) {
          if (candidates.size() < 20)
            known += (known.empty() ? "" : ", ") + kv.second;
          candidates.push_back(kv.second);
        }
        for (auto &t : graph->tensors) {
          if (t->origin != TensorOrigin::Op)
            continue;
          if (candidates.size() < 40)
            known += (known.empty() ? "" : ", ") + t->tensorName();
          candidates.push_back(t->opName);
        }
        flagError("--fetch " + f +
                  ": not a module-level variable holding a tensor nor a TF "
                  "op name" +
                  Interpreter::didYouMean(f, candidates) +
                  " (known: " + (known.empty() ? "none" : known) + ")");
        return nullptr;
      }
      if (found->value && !emitter->isVisible(found->value)) {
        flagError("--fetch " + f +
                  ": it is computed inside a loop body (such as "
                  "tf.nn.dynamic_rnn's); fetch the loop's outputs instead");
        return nullptr;
      }
      if (failed(materialize(*found, end)))
        return nullptr;
      outputs.emplace_back(f, found);
    }
  } else {
    for (auto &t : graph->tensors) {
      if (t->origin != TensorOrigin::Op || t->uses > 0 || t->trainingOnly)
        continue;
      // What only training code reads and no variable feeds is a transform
      // of its inputs for a loss (labels cast or made one-hot), not a
      // result of the model.
      if (t->trainingUses > 0 && !t->readsVariables)
        continue;
      // A default fetch the program cannot compute (a random training-time
      // op): an error, not a silently missing output.
      if (!t->unusable.empty() && !interp.stopped()) {
        (void)interp.error(t->madeAt,
                           "'" + t->tensorName() +
                               "' is an output (no op consumes it) but " +
                               t->unusable +
                               " (or pass --fetch for the outputs you "
                               "want)");
        return nullptr;
      }
      // Nothing inside a loop body is a result: the loop's outputs are.
      if (!t->value || !emitter->isVisible(t->value))
        continue;
      auto it = pyNames.find(t.get());
      std::string name = it != pyNames.end()
                             ? it->second
                             : (t->index ? t->tensorName() : t->opName);
      outputs.emplace_back(name, t);
    }
  }
  std::set<std::string> seen;
  IREmitter &e = *emitter;
  for (auto &[name, t] : outputs) {
    if (!seen.insert(name).second)
      continue;
    scope::OutputOp::create(e.builder(), t->loc, name, t->value);
  }
  return e.finish();
}

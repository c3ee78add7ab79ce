//===- ListWeights.cpp - `scopec --list-weights` --------------------------===//
//
// One row per entry of a weights file: name, dtype, shape and, when a model
// is given, what the entry binds or why it is ignored; then the model's
// variables the file lacks.
//
//===----------------------------------------------------------------------===//

#include "scopec/Params/WeightsFile.h"
#include "WeightsCommon.h"

#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <set>

#include "llvm/ADT/StringExtras.h"

namespace scopec::params {

void printWeightsTable(llvm::raw_ostream &os,
                       const std::vector<WeightsEntry> &entries,
                       const std::vector<ParamDecl> *params,
                       const BindOptions &options) {
  std::vector<EntryStatus> statuses;
  if (params)
    statuses = describeBinding(entries, *params, options);
  struct Row {
    std::string name, dtype, shape, binds;
  };
  std::vector<Row> rows = {{"NAME", "DTYPE", "SHAPE", params ? "BINDS" : ""}};
  for (size_t i = 0; i < entries.size(); ++i) {
    const WeightsEntry &e = entries[i];
    Row row{e.name,
            e.unsupportedDType.empty() ? scopec::rt::dtypeName(e.array.dtype)
                                       : e.unsupportedDType,
            detail::formatShape(e.array.shape), ""};
    if (params) {
      const EntryStatus &s = statuses[i];
      if (!s.paramNames.empty())
        row.binds = s.problem.empty() ? llvm::join(s.paramNames, ", ")
                                      : "no: " + s.problem;
      else
        row.binds = "- (" + s.ignored + ")";
    }
    rows.push_back(std::move(row));
  }
  size_t nameWidth = 0, dtypeWidth = 0, shapeWidth = 0;
  for (const Row &r : rows) {
    nameWidth = std::max(nameWidth, r.name.size());
    dtypeWidth = std::max(dtypeWidth, r.dtype.size());
    shapeWidth = std::max(shapeWidth, r.shape.size());
  }
  for (const Row &r : rows) {
    os << r.name << std::string(nameWidth - r.name.size() + 2, ' ') << r.dtype
       << std::string(dtypeWidth - r.dtype.size() + 2, ' ') << r.shape;
    if (params)
      os << std::string(shapeWidth - r.shape.size() + 2, ' ') << r.binds;
    os << "\n";
  }
  if (!params)
    return;
  std::set<std::string> named, bound; // by an entry; without a problem
  for (const EntryStatus &s : statuses) {
    named.insert(s.paramNames.begin(), s.paramNames.end());
    if (!s.paramNames.empty() && s.problem.empty())
      bound.insert(s.paramNames.front());
  }
  std::vector<std::string> missing;
  for (const ParamDecl &p : *params) {
    std::string name = detail::stripOutputSuffix(p.name);
    if (!named.count(name) &&
        std::find(missing.begin(), missing.end(), name) == missing.end())
      missing.push_back(name);
  }
  os << bound.size() << " of " << entries.size()
     << " entries bind a variable of the model";
  if (!missing.empty()) {
    os << "; missing from the file:";
    for (const std::string &m : missing)
      os << " " << m;
  }
  os << "\n";
}

} // namespace scopec::params

//===- BindWeights.cpp - Match weights-file entries to parameters ---------===//
//
// Names are matched first (after --weights-prefix mapping), then each pair's
// shape and dtype; only matched entries are loaded. Every problem is
// collected and reported in one message; entries no parameter uses are
// classified (optimizer slots, moving averages, ...) for a one-line
// summary.
//
//===----------------------------------------------------------------------===//

#include "WeightsCommon.h"
#include "scopec/Params/WeightsFile.h"
#include "scopec/Support/NearestName.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <limits>
#include <map>
#include <set>

namespace scopec::params {

using scopec::rt::DType;
using scopec::rt::NpyArray;

namespace {

constexpr size_t kNone = SIZE_MAX;

bool isFloat(DType d) { return d == DType::F32 || d == DType::F64; }

template <typename T> T load(const uint8_t *p) {
  T v;
  std::memcpy(&v, p, sizeof(T));
  return v;
}

template <typename To, typename From>
NpyArray convertAs(const NpyArray &in, DType to) {
  NpyArray out;
  out.dtype = to;
  out.shape = in.shape;
  size_t n = in.data.size() / sizeof(From);
  out.data.resize(n * sizeof(To));
  for (size_t i = 0; i < n; ++i) {
    To v = static_cast<To>(load<From>(in.data.data() + i * sizeof(From)));
    std::memcpy(out.data.data() + i * sizeof(To), &v, sizeof(To));
  }
  return out;
}

/// The first int64 value outside int32's range, if any.
bool findInt32Overflow(const NpyArray &a, int64_t &bad) {
  size_t n = a.data.size() / sizeof(int64_t);
  for (size_t i = 0; i < n; ++i) {
    int64_t v = load<int64_t>(a.data.data() + i * sizeof(int64_t));
    if (v < std::numeric_limits<int32_t>::min() ||
        v > std::numeric_limits<int32_t>::max()) {
      bad = v;
      return true;
    }
  }
  return false;
}

NpyArray convert(NpyArray in, DType to) {
  if (in.dtype == to)
    return in;
  if (in.dtype == DType::F64 && to == DType::F32)
    return convertAs<float, double>(in, to);
  if (in.dtype == DType::F32 && to == DType::F64)
    return convertAs<double, float>(in, to);
  if (in.dtype == DType::I32 && to == DType::I64)
    return convertAs<int64_t, int32_t>(in, to);
  return convertAs<int32_t, int64_t>(in, to); // checked to fit
}

std::string joinNames(const std::vector<std::string> &names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i)
    s += (i ? ", " : "") + names[i];
  return s;
}

/// The entry's name as the model would call it.
std::string mappedName(const std::string &name, const BindOptions &options) {
  std::string n = detail::stripOutputSuffix(name);
  for (const auto &[from, to] : options.prefixes)
    if (llvm::StringRef(n).starts_with(from))
      return to + n.substr(from.size());
  return n;
}

/// The axis along which `parts` tile `full` (TF partitions one axis; every
/// other dimension is the full one and the parts' lengths add up), or -1.
int partitionAxis(const std::vector<std::vector<int64_t>> &parts,
                  const std::vector<int64_t> &full) {
  int axis = -1;
  for (const auto &part : parts) {
    if (part.size() != full.size())
      return -1;
    for (size_t d = 0; d < full.size(); ++d)
      if (part[d] != full[d]) {
        if (axis != -1 && axis != static_cast<int>(d))
          return -1;
        axis = static_cast<int>(d);
      }
  }
  if (full.empty())
    return -1;
  if (axis == -1)
    return parts.size() == 1 ? 0 : -1;
  int64_t sum = 0;
  for (const auto &part : parts)
    sum += part[axis];
  return sum == full[axis] ? axis : -1;
}

/// TensorFlow saves a partitioned variable X (the model's variables
/// X/part_0, X/part_1, ...) as one entry X holding the whole tensor
/// (Checkpoint.cpp reassembles its slices). An entry X that no parameter
/// is named after, whose name the model declares as X/part_0 ... X/part_N-1
/// tiling it along one axis, becomes one entry per partition, each a slice
/// of X read from X's data on demand (docs/user-guide.md, "Custom getters
/// and partitioned variables").
/// `origin`, if given, receives the index in `entries` each result came
/// from.
void splitPartitionedEntries(std::vector<WeightsEntry> &entries,
                             const std::vector<ParamDecl> &params,
                             const BindOptions &options,
                             std::vector<size_t> *origin = nullptr) {
  std::map<std::string, const ParamDecl *> byName;
  for (const ParamDecl &p : params)
    byName.emplace(detail::stripOutputSuffix(p.name), &p);
  // Partitions the file has entries of its own for bind those.
  std::set<std::string> inFile;
  for (const WeightsEntry &e : entries)
    inFile.insert(mappedName(e.name, options));
  std::vector<WeightsEntry> split;
  std::vector<size_t> from;
  for (size_t index = 0; index < entries.size(); ++index) {
    WeightsEntry &e = entries[index];
    std::string name = mappedName(e.name, options);
    std::vector<std::vector<int64_t>> parts;
    while (true) {
      auto it = byName.find(name + "/part_" + std::to_string(parts.size()));
      if (it == byName.end())
        break;
      parts.push_back(it->second->shape);
    }
    int axis = byName.count(name) || parts.empty() ||
                       !e.unsupportedDType.empty() ||
                       inFile.count(name + "/part_0")
                   ? -1
                   : partitionAxis(parts, e.array.shape);
    if (axis < 0) {
      split.push_back(std::move(e));
      from.push_back(index);
      continue;
    }
    // The whole tensor, read once for all its partitions.
    auto whole = std::make_shared<WeightsEntry>(std::move(e));
    int64_t offset = 0;
    for (size_t i = 0; i < parts.size(); ++i) {
      WeightsEntry part;
      part.name = whole->name + "/part_" + std::to_string(i);
      part.array.dtype = whole->array.dtype;
      part.array.shape = parts[i];
      part.exactDType = whole->exactDType;
      int64_t n = parts[i][axis];
      part.load = [whole, axis, offset, n](std::vector<uint8_t> &data,
                                           std::string &error) {
        if (whole->load) {
          if (!whole->load(whole->array.data, error))
            return false;
          whole->load = nullptr;
        }
        // The whole tensor is `outer` blocks of `len` rows along the axis,
        // each row `inner` elements; the part is rows [offset, offset + n)
        // of every block.
        const std::vector<int64_t> &full = whole->array.shape;
        size_t elem = scopec::rt::dtypeSize(whole->array.dtype);
        int64_t outer = 1, inner = 1;
        for (int d = 0; d < axis; ++d)
          outer *= full[d];
        for (size_t d = axis + 1; d < full.size(); ++d)
          inner *= full[d];
        size_t row = static_cast<size_t>(inner) * elem;
        size_t len = static_cast<size_t>(full[axis]);
        const uint8_t *src = whole->array.data.data();
        data.resize(static_cast<size_t>(outer) * n * row);
        for (int64_t o = 0; o < outer; ++o)
          std::copy_n(src + (o * len + offset) * row, n * row,
                      data.data() + o * n * row);
        return true;
      };
      offset += parts[i][axis];
      split.push_back(std::move(part));
      from.push_back(index);
    }
  }
  entries = std::move(split);
  if (origin)
    *origin = std::move(from);
}

/// Names matched both ways; duplicates (two entries, one name) recorded.
struct Matching {
  std::vector<std::string> mapped;  ///< per entry
  std::vector<size_t> paramOf;      ///< per entry: a parameter, or kNone
  std::vector<size_t> entryOf;      ///< per parameter: an entry, or kNone
  std::vector<size_t> firstParam;   ///< per parameter: first of its name
  std::vector<bool> repeated;       ///< per entry: a later one of its name
  std::vector<std::string> duplicates;
};

Matching matchNames(const std::vector<WeightsEntry> &entries,
                    const std::vector<ParamDecl> &params,
                    const BindOptions &options) {
  Matching m;
  std::map<std::string, size_t> byName;
  for (size_t i = 0; i < entries.size(); ++i) {
    m.mapped.push_back(mappedName(entries[i].name, options));
    m.repeated.push_back(!byName.emplace(m.mapped.back(), i).second);
    if (m.repeated.back())
      m.duplicates.push_back(m.mapped.back());
  }
  m.paramOf.assign(entries.size(), kNone);
  m.entryOf.assign(params.size(), kNone);
  std::map<std::string, size_t> paramByName;
  for (size_t p = 0; p < params.size(); ++p) {
    std::string name = detail::stripOutputSuffix(params[p].name);
    auto [first, isNew] = paramByName.emplace(name, p);
    m.firstParam.push_back(first->second);
    if (!isNew)
      continue; // the same parameter declared twice binds once
    auto it = byName.end();
    if (options.movingAverages)
      it = byName.find(name + "/ExponentialMovingAverage");
    if (it == byName.end())
      it = byName.find(name);
    if (it == byName.end())
      continue;
    m.entryOf[p] = it->second;
    m.paramOf[it->second] = p;
  }
  return m;
}

/// Why `e` cannot hold `param`'s value ("" when it can, as far as the
/// metadata tells).
std::string pairProblem(const WeightsEntry &e, const ParamDecl &param,
                        const std::string &name, const BindOptions &options) {
  if (!e.unsupportedDType.empty())
    return "dtype mismatch: " + name + " has dtype " + e.unsupportedDType +
           " in the file, the model needs " +
           scopec::rt::dtypeName(param.dtype);
  const NpyArray &a = e.array;
  if (a.shape != param.shape)
    return "shape mismatch: " + name + " has shape " +
           detail::formatShape(a.shape) + " in the file, the model needs " +
           detail::formatShape(param.shape);
  bool convertible = (isFloat(a.dtype) && isFloat(param.dtype)) ||
                     (a.dtype == DType::I32 && param.dtype == DType::I64) ||
                     (a.dtype == DType::I64 && param.dtype == DType::I32);
  if (a.dtype == param.dtype)
    return "";
  std::string message = std::string("dtype mismatch: ") + name +
                        " has dtype " + scopec::rt::dtypeName(a.dtype) +
                        " in the file, the model needs " +
                        scopec::rt::dtypeName(param.dtype);
  if (!convertible)
    return message;
  if (e.exactDType && !options.cast)
    return message + " (--weights-cast converts it)";
  return "";
}

/// Optimizer slots are named VARIABLE/SLOT ("w/Adam", "w/Adam_1",
/// "w/Momentum"); TF 1.x's optimizers name their slots after themselves.
bool isSlotName(llvm::StringRef last) {
  llvm::StringRef base = last;
  if (size_t us = last.rfind('_'); us != llvm::StringRef::npos &&
                                   us + 1 < last.size() &&
                                   llvm::all_of(last.drop_front(us + 1),
                                                llvm::isDigit))
    base = last.take_front(us);
  static const char *const kSlots[] = {
      "Adam",    "Momentum",  "RMSProp",         "Adagrad", "Adadelta",
      "Ftrl",    "AdagradDA", "ProximalAdagrad", "Nadam",   "AdaMax",
      "LazyAdam"};
  for (const char *slot : kSlots)
    if (base == slot)
      return true;
  return false;
}

/// What an entry no parameter uses most likely is ("" if not known).
std::string ignoredKind(const std::string &name,
                        const std::set<std::string> &allNames,
                        const BindOptions &options) {
  if (options.movingAverages &&
      allNames.count(name + "/ExponentialMovingAverage"))
    return "replaced by its moving average";
  llvm::StringRef n(name);
  size_t slash = n.rfind('/');
  llvm::StringRef last = slash == llvm::StringRef::npos ? n
                                                        : n.drop_front(slash + 1);
  bool ofVariable = slash != llvm::StringRef::npos &&
                    allNames.count(n.take_front(slash).str());
  if (last == "ExponentialMovingAverage" && slash != llvm::StringRef::npos)
    return "moving average";
  if (slash != llvm::StringRef::npos && (ofVariable || isSlotName(last)))
    return "optimizer slot";
  llvm::StringRef base = last;
  if (size_t us = base.rfind('_'); us != llvm::StringRef::npos &&
                                   llvm::all_of(base.drop_front(us + 1),
                                                llvm::isDigit))
    base = base.take_front(us);
  if (base == "beta1_power" || base == "beta2_power")
    return "optimizer accumulator";
  if (last == "global_step")
    return "training step counter";
  return "";
}

/// "bound 8 of 27 entries; ignored 19: 16 optimizer slots, global_step",
/// from the unused entries and their ignoredKind()s.
std::string summarize(size_t boundCount, size_t total,
                      const std::vector<std::string> &unused,
                      const std::vector<std::string> &kinds) {
  if (unused.empty())
    return "";
  size_t slots = 0, averages = 0, averaged = 0;
  std::vector<std::string> named;
  for (auto [name, kind] : llvm::zip_equal(unused, kinds)) {
    if (kind == "optimizer slot")
      ++slots;
    else if (kind == "moving average")
      ++averages;
    else if (kind == "replaced by its moving average")
      ++averaged;
    else
      named.push_back(name);
  }
  std::vector<std::string> parts;
  if (slots)
    parts.push_back(std::to_string(slots) + " optimizer slot" +
                    (slots == 1 ? "" : "s"));
  if (averages)
    parts.push_back(std::to_string(averages) + " moving average" +
                    (averages == 1 ? "" : "s"));
  if (averaged)
    parts.push_back(std::to_string(averaged) + " variable" +
                    (averaged == 1 ? "" : "s") +
                    " replaced by moving averages");
  constexpr size_t kNamed = 4;
  for (size_t i = 0; i < named.size() && i < kNamed; ++i)
    parts.push_back(named[i]);
  if (named.size() > kNamed)
    parts.push_back(std::to_string(named.size() - kNamed) + " more");
  return "bound " + std::to_string(boundCount) + " of " +
         std::to_string(total) + " entries; ignored " +
         std::to_string(unused.size()) + ": " + joinNames(parts) +
         " (--list-weights shows every entry)";
}

/// A single --weights-prefix OLD=NEW under which every missing name is an
/// unused entry, if there is one.
bool findPrefixHint(const std::vector<std::string> &missing,
                    const std::vector<std::string> &unused, std::string &from,
                    std::string &to) {
  if (missing.empty() || unused.empty())
    return false;
  std::set<std::string> unusedSet(unused.begin(), unused.end());
  const std::string &m = missing.front();
  for (const std::string &e : unused) {
    // The longest common suffix that starts a path component in both.
    size_t n = 0;
    while (n < m.size() && n < e.size() &&
           m[m.size() - 1 - n] == e[e.size() - 1 - n])
      ++n;
    while (n > 0 && !((n == m.size() || m[m.size() - n - 1] == '/') &&
                      (n == e.size() || e[e.size() - n - 1] == '/')))
      --n;
    if (n == 0 || (n == m.size() && n == e.size()))
      continue;
    std::string oldPrefix = e.substr(0, e.size() - n);
    std::string newPrefix = m.substr(0, m.size() - n);
    bool all = true;
    for (const std::string &name : missing) {
      if (!llvm::StringRef(name).starts_with(newPrefix) ||
          !unusedSet.count(oldPrefix + name.substr(newPrefix.size()))) {
        all = false;
        break;
      }
    }
    if (all) {
      from = oldPrefix;
      to = newPrefix;
      return true;
    }
  }
  return false;
}

} // namespace

bool addWeightsPrefix(const std::string &arg, BindOptions &options,
                      std::string &error) {
  size_t eq = arg.find('=');
  if (eq == std::string::npos) {
    error = "--weights-prefix expects OLD=NEW, got '" + arg + "'";
    return false;
  }
  options.prefixes.emplace_back(arg.substr(0, eq), arg.substr(eq + 1));
  return true;
}

std::vector<EntryStatus>
describeBinding(std::vector<WeightsEntry> entries,
                const std::vector<ParamDecl> &params,
                const BindOptions &options) {
  std::vector<EntryStatus> rows(entries.size());
  for (size_t i = 0; i < entries.size(); ++i)
    rows[i].name = entries[i].name;
  // A partitioned variable's entry binds its partitions (all listed).
  std::vector<size_t> origin;
  splitPartitionedEntries(entries, params, options, &origin);
  Matching m = matchNames(entries, params, options);
  std::set<std::string> allNames(m.mapped.begin(), m.mapped.end());
  for (size_t i = 0; i < entries.size(); ++i) {
    EntryStatus &row = rows[origin[i]];
    if (m.paramOf[i] != kNone) {
      std::string name = detail::stripOutputSuffix(params[m.paramOf[i]].name);
      row.paramNames.push_back(name);
      if (row.problem.empty())
        row.problem =
            pairProblem(entries[i], params[m.paramOf[i]], name, options);
    } else {
      row.ignored = ignoredKind(m.mapped[i], allNames, options);
      if (row.ignored.empty())
        row.ignored = "not a variable of the model";
    }
  }
  return rows;
}

bool bindWeights(std::vector<WeightsEntry> entries,
                 const std::vector<ParamDecl> &params,
                 const std::string &fileName, std::vector<NpyArray> &bound,
                 std::string &error, const BindOptions &options,
                 std::string *summary) {
  bound.clear();
  if (summary)
    summary->clear();
  splitPartitionedEntries(entries, params, options);
  Matching m = matchNames(entries, params, options);
  std::set<std::string> allNames(m.mapped.begin(), m.mapped.end());

  std::vector<std::string> missing, unused, unusedKinds, unusedOther,
      mismatches;
  for (size_t p = 0; p < params.size(); ++p) {
    if (m.firstParam[p] != p)
      continue;
    std::string name = detail::stripOutputSuffix(params[p].name);
    if (m.entryOf[p] == kNone) {
      missing.push_back(name);
      continue;
    }
    std::string problem =
        pairProblem(entries[m.entryOf[p]], params[p], name, options);
    if (!problem.empty()) {
      mismatches.push_back(problem);
      m.entryOf[p] = kNone;
    }
  }
  for (size_t i = 0; i < entries.size(); ++i) {
    if (m.paramOf[i] != kNone || m.repeated[i])
      continue;
    unused.push_back(m.mapped[i]);
    unusedKinds.push_back(ignoredKind(m.mapped[i], allNames, options));
    if (unusedKinds.back().empty())
      unusedOther.push_back(m.mapped[i]);
  }

  // Only entries that bind are read (a checkpoint's slots never are).
  for (size_t p = 0; p < params.size(); ++p) {
    size_t i = m.entryOf[p];
    if (m.firstParam[p] != p || i == kNone)
      continue;
    WeightsEntry &e = entries[i];
    if (e.load) {
      std::string loadError;
      if (!e.load(e.array.data, loadError)) {
        error = loadError;
        return false;
      }
      e.load = nullptr;
    }
    int64_t bad = 0;
    if (e.array.dtype == DType::I64 && params[p].dtype == DType::I32 &&
        findInt32Overflow(e.array, bad)) {
      mismatches.push_back("value out of range: " + m.mapped[i] +
                           " is int64 in the file and holds " +
                           std::to_string(bad) +
                           ", which does not fit the model's int32");
      m.entryOf[p] = kNone;
    }
  }

  bool strictFailure = options.strict && !unused.empty();
  if (!m.duplicates.empty() || !missing.empty() || !mismatches.empty() ||
      strictFailure) {
    error = "weights file '" + fileName + "' does not match the model:";
    if (!missing.empty()) {
      std::vector<std::string> described;
      for (const std::string &name : missing) {
        std::string near = nearestName(name, unused, /*minDistance=*/3);
        described.push_back(near.empty()
                                ? name
                                : name + " (did you mean '" + near + "'?)");
      }
      error += "\n  missing: " + joinNames(described);
    }
    // Unused slots only matter when unused entries are an error.
    const std::vector<std::string> &extra =
        options.strict ? unused : unusedOther;
    if (!extra.empty())
      error += "\n  extra: " + joinNames(extra);
    if (!m.duplicates.empty())
      error += "\n  duplicate: " + joinNames(m.duplicates);
    for (const std::string &mm : mismatches)
      error += "\n  " + mm;
    std::string from, to;
    if (findPrefixHint(missing, unused, from, to))
      error += "\n  hint: every missing variable is in the file under "
               "another prefix; --weights-prefix " +
               from + "=" + to + " binds them";
    return false;
  }

  bound.resize(params.size());
  for (size_t p = 0; p < params.size(); ++p) {
    if (m.firstParam[p] != p) { // a repeated declaration: copy the first
      bound[p] = bound[m.firstParam[p]];
      continue;
    }
    bound[p] = convert(std::move(entries[m.entryOf[p]].array),
                       params[p].dtype);
  }
  if (summary)
    *summary = summarize(params.size() - missing.size(), entries.size(),
                         unused, unusedKinds);
  return true;
}

} // namespace scopec::params

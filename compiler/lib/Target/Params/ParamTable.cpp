//===- ParamTable.cpp - the parameter table (--emit=params) ---------------===//

#include "scopec/Target/Params/ParamTable.h"

#include "scopec/Dialect/Scope/IR/ScopeOps.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Location.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"

using namespace mlir;
using namespace scopec;

namespace {
/// The file position a location points at: a NameLoc's child, a call site's
/// callee, a fused location's first file position.
std::optional<FileLineColLoc> filePosition(Location loc) {
  if (auto file = dyn_cast<FileLineColLoc>(loc))
    return file;
  if (auto name = dyn_cast<NameLoc>(loc))
    return filePosition(name.getChildLoc());
  if (auto call = dyn_cast<CallSiteLoc>(loc))
    return filePosition(call.getCallee());
  if (auto fused = dyn_cast<FusedLoc>(loc))
    for (Location inner : fused.getLocations())
      if (auto file = filePosition(inner))
        return file;
  return std::nullopt;
}

/// "file:line:col", or "<unknown>" for a location without a file position.
std::string formatPosition(Location loc) {
  std::optional<FileLineColLoc> file = filePosition(loc);
  if (!file)
    return "<unknown>";
  return (file->getFilename().strref() + ":" + llvm::Twine(file->getLine()) +
          ":" + llvm::Twine(file->getColumn()))
      .str();
}

/// TensorFlow's dtype names.
std::string dtypeName(Type element) {
  if (element.isF32())
    return "float32";
  if (element.isF64())
    return "float64";
  if (element.isInteger(1))
    return "bool";
  if (auto integer = dyn_cast<IntegerType>(element))
    return "int" + std::to_string(integer.getWidth());
  std::string s;
  llvm::raw_string_ostream(s) << element;
  return s;
}

int64_t elementBytes(Type element) {
  unsigned bits = element.getIntOrFloatBitWidth();
  return bits == 1 ? 1 : bits / 8;
}

/// Python's tuple printing of a shape: "(5, 5, 32, 32)", "(2,)", "()".
std::string formatShape(llvm::ArrayRef<int64_t> shape) {
  std::string s = "(";
  for (size_t i = 0; i < shape.size(); ++i)
    s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + (shape.size() == 1 ? ",)" : ")");
}

std::string formatNumber(double v) {
  std::string s;
  llvm::raw_string_ostream(s) << llvm::format("%g", v);
  return s;
}

/// An initializer parameter for humans: numbers compact, tensors by their
/// first values.
std::string formatParam(Attribute value) {
  if (auto f = dyn_cast<FloatAttr>(value))
    return formatNumber(f.getValueAsDouble());
  if (auto i = dyn_cast<IntegerAttr>(value))
    return std::to_string(i.getValue().getSExtValue());
  if (auto s = dyn_cast<StringAttr>(value))
    return s.str();
  if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    std::string s = "[";
    int64_t n = dense.getNumElements(), shown = std::min<int64_t>(n, 4);
    bool isFloat = isa<FloatType>(dense.getElementType());
    auto floats = isFloat ? llvm::to_vector(llvm::map_range(
                                dense.getValues<APFloat>(),
                                [](APFloat v) { return v.convertToDouble(); }))
                          : llvm::SmallVector<double>();
    for (int64_t k = 0; k < shown; ++k) {
      s += k ? ", " : "";
      s += isFloat ? formatNumber(floats[k])
                   : std::to_string(dense.getValues<APInt>()[k].getSExtValue());
    }
    return s + (n > shown ? ", ...]" : "]");
  }
  std::string s;
  llvm::raw_string_ostream(s) << value;
  return s;
}

/// "random_normal(mean=0, stddev=1)", "zeros".
std::string formatInitializer(std::optional<scope::InitializerAttr> init,
                              bool bound) {
  if (!init)
    return bound ? "(value)" : "-";
  std::string s = init->getKind().str();
  if (DictionaryAttr params = init->getParams(); params && !params.empty()) {
    s += "(";
    bool first = true;
    for (NamedAttribute param : params) {
      s += (first ? "" : ", ") + param.getName().str() + "=" +
           formatParam(param.getValue());
      first = false;
    }
    s += ")";
  }
  return s;
}

/// One row of the table.
struct Row {
  scope::ParamOp param;
  std::string shape, dtype, initializer;
  int64_t elements = 0, bytes = 0;
  /// Every read, in program order, with the times it runs (the trip counts
  /// of the loops around it: a read in a 50-step loop runs 50 times, as
  /// TensorFlow's unrolled rnn looks the variable up at every step).
  llvm::SmallVector<std::pair<Location, int64_t>> reads;
  int64_t readCount() const {
    int64_t n = 0;
    for (auto &read : reads)
      n += read.second;
    return n;
  }
};

/// The read positions of a row: "f.py:4:15 (x2), f.py:9:3".
std::string formatReads(const Row &row) {
  // Distinct positions in first-read order, with their read counts.
  llvm::SmallVector<std::pair<std::string, int64_t>> counts;
  for (auto &[loc, times] : row.reads) {
    std::string position = formatPosition(loc);
    auto *it = llvm::find_if(
        counts, [&](const auto &c) { return c.first == position; });
    if (it == counts.end())
      counts.push_back({position, times});
    else
      it->second += times;
  }
  std::string s;
  for (auto &[position, count] : counts) {
    s += (s.empty() ? "" : ", ") + position;
    if (count > 1)
      s += " (x" + std::to_string(count) + ")";
  }
  return s.empty() ? "-" : s;
}

/// The product of the trip counts of the loops around `op` that are not
/// around `outside` too (all of them for a null `outside`).
int64_t tripCountsAround(Operation *op, Operation *outside) {
  int64_t times = 1;
  for (auto loop = op->getParentOfType<scope::LoopOp>(); loop;
       loop = loop->getParentOfType<scope::LoopOp>())
    if (!outside || !loop->isAncestor(outside))
      times *= loop.getTripCount();
  return times;
}

/// How many times the model reads a parameter through `read`: once per run,
/// times the steps of every loop that uses it. The frontend builds a loop
/// body once and the read sits before the loop (as TensorFlow makes a
/// variable outside its while loop), while the body uses it at every step,
/// as TensorFlow's unrolled rnn looks the variable up at every step.
int64_t timesRead(scope::ReadOp read) {
  int64_t uses = 1;
  for (Operation *user : read->getUsers())
    uses = std::max(uses, tripCountsAround(user, read));
  return uses * tripCountsAround(read, nullptr);
}

void printText(llvm::ArrayRef<Row> rows, llvm::raw_ostream &os) {
  const std::array<std::string, 6> headers = {"name",  "shape",       "dtype",
                                              "bytes", "initializer", "reads"};
  auto cells = [](const Row &row) {
    scope::ParamOp param = row.param;
    return std::array<std::string, 6>{param.getSymName().str(),
                                      row.shape,
                                      row.dtype,
                                      std::to_string(row.bytes),
                                      row.initializer,
                                      std::to_string(row.readCount())};
  };
  std::array<size_t, 6> widths;
  for (size_t c = 0; c < 6; ++c)
    widths[c] = headers[c].size();
  for (const Row &row : rows) {
    auto values = cells(row);
    for (size_t c = 0; c < 6; ++c)
      widths[c] = std::max(widths[c], values[c].size());
  }
  auto printLine = [&](llvm::ArrayRef<std::string> values,
                       llvm::StringRef tail) {
    for (size_t c = 0; c < 6; ++c) {
      bool right = c == 3 || c == 5;
      os << (right ? llvm::right_justify(values[c], widths[c])
                   : llvm::left_justify(values[c], widths[c]))
         << "  ";
    }
    os << tail << "\n";
  };
  printLine(headers, "read at");
  int64_t elements = 0, bytes = 0;
  for (const Row &row : rows) {
    auto values = cells(row);
    printLine(values, formatReads(row));
    elements += row.elements;
    bytes += row.bytes;
  }
  os << "total: " << rows.size()
     << (rows.size() == 1 ? " parameter, " : " parameters, ") << elements
     << " elements, " << bytes << " bytes\n";
}

void printJson(llvm::ArrayRef<Row> rows, llvm::raw_ostream &os) {
  llvm::json::OStream json(os, /*IndentSize=*/2);
  int64_t elements = 0, bytes = 0;
  json.object([&] {
    json.attributeArray("parameters", [&] {
      for (const Row &row : rows) {
        scope::ParamOp param = row.param;
        elements += row.elements;
        bytes += row.bytes;
        json.object([&] {
          json.attribute("name", param.getSymName());
          json.attributeArray("shape", [&] {
            for (int64_t d : param.getTensorType().getShape())
              json.value(d);
          });
          json.attribute("dtype", row.dtype);
          json.attribute("elements", row.elements);
          json.attribute("bytes", row.bytes);
          json.attribute("initializer", row.initializer);
          json.attribute("trainable", param.getTrainable());
          json.attributeArray("reads", [&] {
            for (auto &read : row.reads) {
              Location loc = read.first;
              int64_t times = read.second;
              std::optional<FileLineColLoc> file = filePosition(loc);
              json.object([&] {
                json.attribute("file", file ? file->getFilename().str() : "");
                json.attribute("line", file ? file->getLine() : 0);
                json.attribute("column", file ? file->getColumn() : 0);
                json.attribute("times", times);
              });
            }
          });
        });
      }
    });
    json.attributeObject("totals", [&] {
      json.attribute("parameters", int64_t(rows.size()));
      json.attribute("elements", elements);
      json.attribute("bytes", bytes);
    });
  });
  os << "\n";
}
} // namespace

LogicalResult scopec::emitParamTable(ModuleOp module, llvm::raw_ostream &os,
                                     TableFormat format) {
  WalkResult unresolved = module.walk([](Operation *op) {
    if (isa<scope::GetVariableOp, scope::VariableOp>(op)) {
      emitError(op->getLoc()) << "the parameter table needs resolved IR "
                                 "(run scope-resolve-variables first)";
      return WalkResult::interrupt();
    }
    return WalkResult::advance();
  });
  if (unresolved.wasInterrupted())
    return failure();

  llvm::SmallVector<Row> rows;
  llvm::StringMap<size_t> index;
  for (auto param : module.getOps<scope::ParamOp>()) {
    RankedTensorType type = param.getTensorType();
    Row row;
    row.param = param;
    row.shape = formatShape(type.getShape());
    row.dtype = dtypeName(type.getElementType());
    row.elements = type.getNumElements();
    row.bytes = row.elements * elementBytes(type.getElementType());
    row.initializer =
        formatInitializer(param.getInitializer(), bool(param.getValue()));
    index[param.getSymName()] = rows.size();
    rows.push_back(std::move(row));
  }
  module.walk([&](scope::ReadOp read) {
    auto it = index.find(read.getParam());
    if (it != index.end())
      rows[it->second].reads.push_back({read.getLoc(), timesRead(read)});
  });

  if (format == TableFormat::Json)
    printJson(rows, os);
  else
    printText(rows, os);
  return success();
}

//===- InterpretCommand.cpp - `scopec MODEL --interpret` ------------------===//

#include "scopec/Interpreter/InterpretCommand.h"

#include "scopec/Dialect/Scope/IR/ElementTypes.h"
#include "scopec/Dialect/Scope/IR/ScopeOps.h"
#include "scopec/runtime/Npy.h"

#include "llvm/Support/Format.h"

#include <cmath>
#include <cstring>

using namespace mlir;
using namespace scopec;
using namespace scopec::interp;

namespace {
/// A parsed `NAME=FILE` argument.
struct Binding {
  std::string name, path;
};

LogicalResult commandError(const llvm::Twine &message) {
  llvm::errs() << "scopec: error: " << message << "\n";
  return failure();
}

/// Splits `--input`/`--output` values into bindings; names must be unique
/// and among `known` (listed in the error).
LogicalResult parseBindings(llvm::StringRef flag,
                            const std::vector<std::string> &arguments,
                            const std::vector<std::string> &known,
                            std::vector<Binding> &bindings) {
  std::string names;
  for (const std::string &name : known)
    names += (names.empty() ? "" : ", ") + name;
  if (names.empty())
    names = "none";
  for (const std::string &argument : arguments) {
    size_t eq = argument.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == argument.size())
      return commandError(flag + " needs NAME=FILE.npy, got '" + argument +
                          "'");
    Binding binding{argument.substr(0, eq), argument.substr(eq + 1)};
    if (llvm::find(known, binding.name) == known.end())
      return commandError("unknown " + flag.drop_front(2) + " '" +
                          binding.name + "' (" + flag.drop_front(2) +
                          "s: " + names + ")");
    for (const Binding &other : bindings)
      if (other.name == binding.name)
        return commandError(flag.drop_front(2) + " '" + binding.name +
                            "' is given twice");
    bindings.push_back(binding);
  }
  return success();
}

/// Reads one input file into a float64 tensor, checking its dtype and shape
/// against the placeholder.
LogicalResult readInput(const ModelInput &input, const std::string &path,
                        Tensor &tensor) {
  rt::NpyArray array;
  std::string message;
  if (!rt::readNpyFile(path, array, message))
    return commandError("input '" + input.name + "': " + message);
  // The float64 reference takes either float width for a float
  // placeholder and either int width for an int32/int64 one (values are
  // converted); the narrow types must match exactly.
  rt::DType expectedDType =
      *scope::getRuntimeDType(input.type.getElementType());
  auto isWide = [](rt::DType d, rt::DType a, rt::DType b) {
    return d == a || d == b;
  };
  bool accepted = array.dtype == expectedDType ||
                  (isWide(expectedDType, rt::DType::F32, rt::DType::F64) &&
                   isWide(array.dtype, rt::DType::F32, rt::DType::F64)) ||
                  (isWide(expectedDType, rt::DType::I32, rt::DType::I64) &&
                   isWide(array.dtype, rt::DType::I32, rt::DType::I64));
  if (!accepted) {
    std::string wanted = rt::dtypeName(expectedDType);
    if (isWide(expectedDType, rt::DType::F32, rt::DType::F64))
      wanted = "float32 or float64 (" + wanted + ")";
    else if (isWide(expectedDType, rt::DType::I32, rt::DType::I64))
      wanted = "int32 or int64 (" + wanted + ")";
    return emitError(input.loc) << "input '" << input.name << "': " << path
                                << " has dtype " << rt::dtypeName(array.dtype)
                                << ", the placeholder expects " << wanted;
  }
  Shape expected(input.type.getShape().begin(), input.type.getShape().end());
  if (array.shape != expected)
    return emitError(input.loc)
           << "input '" << input.name << "': " << path << " has shape "
           << formatShape(array.shape) << ", the placeholder expects "
           << formatShape(expected);
  tensor = Tensor::filled(expected);
  for (int64_t i = 0; i < tensor.numElements(); ++i) {
    const uint8_t *at = array.data.data() + i * rt::dtypeSize(array.dtype);
    switch (array.dtype) {
#define SCOPEC_READ(DTYPE, TYPE)                                               \
  case rt::DType::DTYPE: {                                                     \
    TYPE v;                                                                    \
    std::memcpy(&v, at, sizeof(TYPE));                                         \
    tensor.values[i] = static_cast<double>(v);                                 \
    break;                                                                     \
  }
      SCOPEC_READ(F32, float)
      SCOPEC_READ(F64, double)
      SCOPEC_READ(I32, int32_t)
      SCOPEC_READ(I64, int64_t)
      SCOPEC_READ(U8, uint8_t)
      SCOPEC_READ(I8, int8_t)
      SCOPEC_READ(Bool, bool)
#undef SCOPEC_READ
    }
  }
  return success();
}

/// Writes one output as a .npy file of its declared dtype.
LogicalResult writeOutput(const ModelOutput &output, const std::string &path) {
  Type element = output.type.getElementType();
  const Tensor &t = output.value;
  std::string message;
  std::optional<rt::DType> dtype = scope::getRuntimeDType(element);
  if (!dtype)
    return commandError("output '" + output.name + "': no .npy dtype for " +
                        dtypeName(element));
  std::vector<uint8_t> data(t.values.size() * rt::dtypeSize(*dtype));
  for (size_t i = 0; i < t.values.size(); ++i) {
    uint8_t *at = data.data() + i * rt::dtypeSize(*dtype);
    switch (*dtype) {
#define SCOPEC_WRITE(DTYPE, TYPE)                                              \
  case rt::DType::DTYPE: {                                                     \
    TYPE v = static_cast<TYPE>(t.values[i]);                                   \
    std::memcpy(at, &v, sizeof(TYPE));                                         \
    break;                                                                     \
  }
      SCOPEC_WRITE(F32, float)
      SCOPEC_WRITE(F64, double)
      SCOPEC_WRITE(I32, int32_t)
      SCOPEC_WRITE(I64, int64_t)
      SCOPEC_WRITE(U8, uint8_t)
      SCOPEC_WRITE(I8, int8_t)
      SCOPEC_WRITE(Bool, bool)
#undef SCOPEC_WRITE
    }
  }
  bool ok = rt::writeNpyFile(path, *dtype, t.shape, data.data(), message);
  if (!ok)
    return commandError("output '" + output.name + "': " + message);
  return success();
}

void printValue(llvm::raw_ostream &os, double v, bool isInteger) {
  if (isInteger && std::isfinite(v))
    os << static_cast<int64_t>(v);
  else
    os << llvm::format("%.9g", v);
}
} // namespace

std::string scopec::interp::dtypeName(Type elementType) {
  if (std::optional<rt::DType> dtype = scope::getRuntimeDType(elementType))
    return rt::dtypeName(*dtype);
  std::string name;
  llvm::raw_string_ostream os(name);
  os << elementType;
  return name;
}

void scopec::interp::printOutput(llvm::raw_ostream &os,
                                 const ModelOutput &output) {
  const std::vector<double> &values = output.value.values;
  bool isInteger = isa<IntegerType>(output.type.getElementType());
  os << "output " << output.name << " shape=" << formatShape(output.value.shape)
     << " dtype=" << dtypeName(output.type.getElementType()) << "\n";
  size_t shown = values.size();
  if (values.size() > 64) {
    double sum = 0, absSum = 0, lo = values[0], hi = values[0];
    for (double v : values) {
      sum += v;
      absSum += std::fabs(v);
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
    os << llvm::format("  sum=%.9g abs_sum=%.9g min=%.9g max=%.9g\n", sum,
                       absSum, lo, hi);
    shown = 8;
  }
  os << (shown < values.size() ? "  first=[" : "  values=[");
  for (size_t i = 0; i < shown; ++i) {
    if (i)
      os << ", ";
    printValue(os, values[i], isInteger);
  }
  os << "]";
  if (shown < values.size())
    os << " (" << shown << " of " << values.size() << ")";
  os << "\n";
}

LogicalResult scopec::interp::runInterpretCommand(
    ModuleOp module, const std::vector<std::string> &inputBindings,
    const std::vector<std::string> &outputBindings, llvm::raw_ostream &os) {
  FailureOr<func::FuncOp> model = getModelFunction(module);
  if (failed(model))
    return failure();
  std::vector<ModelInput> inputs = getModelInputs(*model);
  std::vector<std::string> inputNames, outputNames;
  for (const ModelInput &input : inputs)
    inputNames.push_back(input.name);
  model->walk(
      [&](scope::OutputOp op) { outputNames.push_back(op.getName().str()); });

  std::vector<Binding> inputFiles, outputFiles;
  if (failed(parseBindings("--input", inputBindings, inputNames, inputFiles)) ||
      failed(
          parseBindings("--output", outputBindings, outputNames, outputFiles)))
    return failure();

  std::map<std::string, Tensor> values;
  for (const Binding &binding : inputFiles) {
    const ModelInput &input = *llvm::find_if(
        inputs, [&](const ModelInput &i) { return i.name == binding.name; });
    if (failed(readInput(input, binding.path, values[binding.name])))
      return failure();
  }

  FailureOr<std::vector<ModelOutput>> outputs = interpretModel(module, values);
  if (failed(outputs))
    return failure();
  for (const ModelOutput &output : *outputs)
    printOutput(os, output);
  for (const Binding &binding : outputFiles)
    for (const ModelOutput &output : *outputs)
      if (output.name == binding.name &&
          failed(writeOutput(output, binding.path)))
        return failure();
  return success();
}

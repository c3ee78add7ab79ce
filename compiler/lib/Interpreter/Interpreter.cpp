//===- Interpreter.cpp - float64 reference interpreter of scope IR --------===//
//
// Walks `@model` once, in order, keeping one float64 Tensor per SSA value.
// Each op is evaluated by a reference kernel (Kernels.h); the interpreter
// only unpacks attributes, and checks that every result has the shape its
// type declares, so a disagreement between the verifiers' shape rules and
// the kernels can never go unnoticed.
//
//===----------------------------------------------------------------------===//

#include "ModelInterpreter.h"

#include <cmath>

using namespace mlir;
using namespace scopec;
using namespace scopec::interp;
using namespace scopec::interp::eval;

Shape eval::shapeOf(Type type) {
  auto tensor = cast<RankedTensorType>(type);
  return Shape(tensor.getShape().begin(), tensor.getShape().end());
}

Activation eval::toActivation(scope::Activation activation) {
  switch (activation) {
  case scope::Activation::None:
    return Activation::None;
  case scope::Activation::Relu:
    return Activation::Relu;
  case scope::Activation::Relu6:
    return Activation::Relu6;
  case scope::Activation::Sigmoid:
    return Activation::Sigmoid;
  case scope::Activation::Tanh:
    return Activation::Tanh;
  }
  return Activation::None;
}

double eval::toElementType(Type elementType, double v) {
  auto integer = dyn_cast<IntegerType>(elementType);
  if (!integer || !std::isfinite(v))
    return v;
  unsigned width = integer.getWidth();
  if (width == 1)
    return v != 0 ? 1.0 : 0.0;
  double modulus = std::ldexp(1.0, width);
  double wrapped = std::fmod(std::trunc(v), modulus);
  if (integer.isUnsigned())
    return wrapped < 0 ? wrapped + modulus : wrapped;
  if (wrapped >= modulus / 2)
    wrapped -= modulus;
  else if (wrapped < -modulus / 2)
    wrapped += modulus;
  return wrapped;
}

LogicalResult ModelInterpreter::set(Operation *op, Value result,
                                    Tensor tensor) {
  Shape declared = shapeOf(result.getType());
  if (tensor.shape != declared)
    return op->emitError() << "interpreted result shape "
                           << formatShape(tensor.shape)
                           << " differs from the declared type "
                           << result.getType();
  Type elementType = cast<RankedTensorType>(result.getType()).getElementType();
  if (isa<IntegerType>(elementType))
    for (double &v : tensor.values)
      v = toElementType(elementType, v);
  values[result] = std::move(tensor);
  return success();
}

LogicalResult ModelInterpreter::evaluatePlaceholder(scope::PlaceholderOp op) {
  int index = placeholderIndex++;
  auto type = cast<RankedTensorType>(op.getType());
  auto it = inputs->find(op.getName().str());
  if (it == inputs->end())
    return set(op, op.getResult(), defaultInput(type, index));
  const Tensor &given = it->second;
  if (given.numElements() != numElements(given.shape))
    return op.emitError() << "input '" << op.getName() << "' has "
                          << given.numElements() << " values for shape "
                          << formatShape(given.shape);
  if (given.shape != shapeOf(type))
    return op.emitError() << "input '" << op.getName() << "' has shape "
                          << formatShape(given.shape)
                          << ", the placeholder expects "
                          << formatShape(shapeOf(type));
  return set(op, op.getResult(), it->second);
}

LogicalResult ModelInterpreter::evaluateRead(scope::ReadOp op) {
  StringRef name = op.getParam();
  auto cached = paramValues.find(name);
  if (cached == paramValues.end()) {
    auto param = symbols.lookup<scope::ParamOp>(name);
    if (!param)
      return op.emitError() << "'" << name << "' does not name a scope.param";
    std::optional<ElementsAttr> value = param.getValue();
    if (!value) {
      InFlightDiagnostic diag =
          op.emitError() << "parameter '" << name
                         << "' has no value: the interpreter needs resolved "
                            "IR with initial or bound values";
      diag.attachNote(param.getLoc()) << "parameter declared here";
      return diag;
    }
    FailureOr<Tensor> tensor = readElements(*value, param.getLoc());
    if (failed(tensor))
      return failure();
    cached = paramValues.try_emplace(name, std::move(*tensor)).first;
  }
  return set(op, op.getResult(), cached->second);
}

LogicalResult ModelInterpreter::evaluateConv(
    Operation *op, ConvKind kind, Value input, Value filter,
    ArrayRef<int64_t> strides,
    ArrayRef<int64_t> dilations, scope::Padding padding, Tensor &result) {
  if (strides.size() != 2 || dilations.size() != 2)
    return op->emitError() << "cannot interpret: strides and dilations must "
                              "have two (height, width) values";
  Window window;
  window.strideH = strides[0];
  window.strideW = strides[1];
  window.dilationH = dilations[0];
  window.dilationW = dilations[1];
  window.same = padding == scope::Padding::Same;
  std::string error;
  bool ok = false;
  switch (kind) {
  case ConvKind::Conv:
    ok = conv2d(get(input), get(filter), window, result, error);
    break;
  case ConvKind::Depthwise:
    ok = depthwiseConv2d(get(input), get(filter), window, result, error);
    break;
  case ConvKind::Transpose:
    ok = conv2dTranspose(get(input), get(filter),
                         shapeOf(op->getResult(0).getType()), window, result,
                         error);
    break;
  }
  return check(op, ok, error);
}

LogicalResult ModelInterpreter::run(func::FuncOp model,
                                    const std::map<std::string, Tensor> &in,
                                    std::vector<ModelOutput> &out) {
  inputs = &in;
  outputs = &out;
  // Every bound input must name a placeholder.
  std::vector<ModelInput> declared = getModelInputs(model);
  for (const auto &binding : in) {
    const std::string &name = binding.first;
    bool known = llvm::any_of(
        declared, [&](const ModelInput &i) { return i.name == name; });
    if (known)
      continue;
    std::string names;
    for (const ModelInput &i : declared)
      names += (names.empty() ? "" : ", ") + i.name;
    return model.emitError()
           << "unknown input '" << name
           << "' (inputs: " << (names.empty() ? "none" : names) << ")";
  }
  if (model.getNumArguments() != 0)
    return model.emitError() << "cannot interpret a model function with "
                                "arguments: inputs are scope.placeholder ops";
  for (Block &block : model.getBody())
    for (Operation &op : block)
      if (failed(evaluate(&op)))
        return failure();
  return success();
}

FailureOr<func::FuncOp> scopec::interp::getModelFunction(ModuleOp module) {
  if (auto model = module.lookupSymbol<func::FuncOp>("model"))
    return model;
  auto functions = llvm::to_vector(module.getOps<func::FuncOp>());
  if (functions.size() == 1)
    return functions.front();
  return module.emitError()
         << "no model to interpret: expected a 'func.func @model'";
}

std::vector<ModelInput> scopec::interp::getModelInputs(func::FuncOp model) {
  std::vector<ModelInput> inputs;
  model.walk([&](scope::PlaceholderOp op) {
    inputs.push_back({op.getName().str(), cast<RankedTensorType>(op.getType()),
                      op.getLoc()});
  });
  return inputs;
}

FailureOr<std::vector<ModelOutput>>
scopec::interp::interpretModel(ModuleOp module,
                               const std::map<std::string, Tensor> &inputs) {
  FailureOr<func::FuncOp> model = getModelFunction(module);
  if (failed(model))
    return failure();
  std::vector<ModelOutput> outputs;
  ModelInterpreter interpreter(module);
  if (failed(interpreter.run(*model, inputs, outputs)))
    return failure();
  return outputs;
}

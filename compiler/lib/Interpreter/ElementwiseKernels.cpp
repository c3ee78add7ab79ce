//===- ElementwiseKernels.cpp - elementwise kernels and softmax -----------===//
//
// Reference kernels applied element by element: broadcasting arithmetic,
// activations, bias_add and softmax. Multi-indices are walked with a plain
// odometer (KernelUtil.h).
//
//===----------------------------------------------------------------------===//

#include "scopec/Interpreter/Kernels.h"

#include "KernelUtil.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace scopec::interp;
using namespace scopec::interp::util;

//===----------------------------------------------------------------------===//
// Tensor
//===----------------------------------------------------------------------===//

Tensor Tensor::filled(const Shape &shape, double fill) {
  return Tensor(shape,
                std::vector<double>(
                    static_cast<size_t>(interp::numElements(shape)), fill));
}

Shape Tensor::strides() const {
  Shape result(shape.size(), 1);
  for (int64_t d = rank() - 2; d >= 0; --d)
    result[d] = result[d + 1] * shape[d + 1];
  return result;
}

int64_t scopec::interp::numElements(const Shape &shape) {
  int64_t count = 1;
  for (int64_t dim : shape)
    count *= dim;
  return count;
}

std::string scopec::interp::formatShape(const Shape &shape) {
  std::string text = "[";
  for (size_t i = 0; i < shape.size(); ++i)
    text += (i ? "," : "") + std::to_string(shape[i]);
  return text + "]";
}

//===----------------------------------------------------------------------===//
// Elementwise
//===----------------------------------------------------------------------===//

bool scopec::interp::binary(BinaryKind kind, const Tensor &a, const Tensor &b,
                            bool integer, Tensor &result, std::string &error) {
  // NumPy broadcasting: align trailing dimensions; each pair must be equal or
  // contain a 1.
  size_t rank = std::max(a.shape.size(), b.shape.size());
  Shape shape(rank);
  for (size_t i = 0; i < rank; ++i) {
    int64_t da =
        i < rank - a.shape.size() ? 1 : a.shape[i - (rank - a.shape.size())];
    int64_t db =
        i < rank - b.shape.size() ? 1 : b.shape[i - (rank - b.shape.size())];
    if (da != db && da != 1 && db != 1) {
      error = "shapes " + formatShape(a.shape) + " and " +
              formatShape(b.shape) + " do not broadcast";
      return false;
    }
    shape[i] = da == 1 ? db : da;
  }
  Shape sa = broadcastStrides(a, shape), sb = broadcastStrides(b, shape);
  result = Tensor::filled(shape);
  if (result.values.empty())
    return true;
  Shape index(rank, 0);
  int64_t flat = 0;
  do {
    int64_t ia = 0, ib = 0;
    for (size_t d = 0; d < rank; ++d) {
      ia += index[d] * sa[d];
      ib += index[d] * sb[d];
    }
    double x = a.values[ia], y = b.values[ib], z = 0;
    switch (kind) {
    case BinaryKind::Add:
      z = x + y;
      break;
    case BinaryKind::Sub:
      z = x - y;
      break;
    case BinaryKind::Mul:
      z = x * y;
      break;
    case BinaryKind::Div:
      if (integer && y == 0) {
        error = "integer division by zero";
        return false;
      }
      z = integer ? std::trunc(x / y) : x / y;
      break;
    }
    result.values[flat++] = z;
  } while (next(index, shape));
  return true;
}

bool scopec::interp::broadcastTo(const Tensor &input, const Shape &shape,
                                 Tensor &result, std::string &error) {
  bool ok = input.shape.size() <= shape.size();
  size_t offset = shape.size() - std::min(shape.size(), input.shape.size());
  for (size_t d = 0; ok && d < input.shape.size(); ++d)
    ok = input.shape[d] == 1 || input.shape[d] == shape[offset + d];
  if (!ok) {
    error = "shape " + formatShape(input.shape) + " does not broadcast to " +
            formatShape(shape);
    return false;
  }
  Shape strides = broadcastStrides(input, shape);
  result = Tensor::filled(shape);
  if (result.values.empty())
    return true;
  Shape index(shape.size(), 0);
  int64_t flat = 0;
  do {
    int64_t source = 0;
    for (size_t d = 0; d < shape.size(); ++d)
      source += index[d] * strides[d];
    result.values[flat++] = input.values[source];
  } while (next(index, shape));
  return true;
}

bool scopec::interp::mapElements(
    const std::vector<const Tensor *> &operands, const Shape &shape,
    const std::function<double(const std::vector<double> &)> &fn,
    Tensor &result, std::string &error) {
  std::vector<Tensor> broadcast(operands.size());
  for (size_t k = 0; k < operands.size(); ++k)
    if (!broadcastTo(*operands[k], shape, broadcast[k], error))
      return false;
  result = Tensor::filled(shape);
  std::vector<double> args(operands.size());
  for (size_t i = 0; i < result.values.size(); ++i) {
    for (size_t k = 0; k < operands.size(); ++k)
      args[k] = broadcast[k].values[i];
    result.values[i] = fn(args);
  }
  return true;
}

double scopec::interp::activate(Activation activation, double x) {
  switch (activation) {
  case Activation::None:
    return x;
  case Activation::Relu:
    return x > 0 ? x : 0.0;
  case Activation::Relu6:
    return std::min(std::max(x, 0.0), 6.0);
  case Activation::Sigmoid:
    return 1.0 / (1.0 + std::exp(-x));
  case Activation::Tanh:
    return std::tanh(x);
  }
  return x;
}

Tensor scopec::interp::unary(Activation activation, const Tensor &input) {
  Tensor result = input;
  for (double &v : result.values)
    v = activate(activation, v);
  return result;
}

bool scopec::interp::biasAdd(const Tensor &input, const Tensor &bias,
                             Tensor &result, std::string &error) {
  if (input.rank() < 1 || bias.rank() != 1 ||
      bias.shape[0] != input.shape.back()) {
    error = "bias of shape " + formatShape(bias.shape) +
            " does not match the last dimension of " + formatShape(input.shape);
    return false;
  }
  result = input;
  int64_t channels = bias.shape[0];
  for (int64_t i = 0; i < result.numElements(); ++i)
    result.values[i] += bias.values[i % channels];
  return true;
}

bool scopec::interp::softmax(const Tensor &input, int64_t axis, Tensor &result,
                             std::string &error) {
  int64_t a;
  if (!normalizeAxis(axis, input.rank(), a, error))
    return false;
  // View the tensor as [outer, n, inner]; softmax runs along n.
  int64_t n = input.shape[a], inner = input.strides()[a];
  int64_t outer = n ? input.numElements() / (n * inner) : 0;
  result = input;
  for (int64_t o = 0; o < outer; ++o) {
    for (int64_t i = 0; i < inner; ++i) {
      auto at = [&](int64_t k) -> double & {
        return result.values[(o * n + k) * inner + i];
      };
      double maxValue = -std::numeric_limits<double>::infinity();
      for (int64_t k = 0; k < n; ++k)
        maxValue = std::max(maxValue, at(k));
      double sum = 0;
      for (int64_t k = 0; k < n; ++k)
        sum += std::exp(at(k) - maxValue);
      for (int64_t k = 0; k < n; ++k)
        at(k) = std::exp(at(k) - maxValue) / sum;
    }
  }
  return true;
}

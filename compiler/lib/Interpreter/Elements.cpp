//===- Elements.cpp - constant values and built-in inputs in float64 ------===//
//
// Reads `ElementsAttr`s (dense, splat, or dense_resource blobs) of every
// element type the scope dialect allows into float64 tensors, and produces
// the built-in inputs exactly as the generated executables do.
//
//===----------------------------------------------------------------------===//

#include "scopec/Interpreter/Interpreter.h"

#include "scopec/Dialect/Scope/IR/ElementTypes.h"
#include "scopec/runtime/Harness.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinDialect.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/DialectResourceBlobManager.h"

#include <cstring>

using namespace mlir;
using namespace scopec::interp;

namespace {
Shape shapeOf(ShapedType type) {
  return Shape(type.getShape().begin(), type.getShape().end());
}

/// Appends the elements of raw little-endian (host order) bytes of type `T`.
template <typename T>
bool appendRaw(ArrayRef<char> bytes, int64_t count,
               std::vector<double> &values) {
  if (bytes.size() != static_cast<size_t>(count) * sizeof(T))
    return false;
  values.reserve(count);
  for (int64_t i = 0; i < count; ++i) {
    T v;
    std::memcpy(&v, bytes.data() + i * sizeof(T), sizeof(T));
    values.push_back(static_cast<double>(v));
  }
  return true;
}

/// dense<...>: splat or not, every element type of the dialect.
bool readDense(DenseElementsAttr dense, std::vector<double> &values) {
  Type type = dense.getElementType();
  values.reserve(dense.getNumElements());
  if (type.isF32()) {
    for (float v : dense.getValues<float>())
      values.push_back(v);
  } else if (type.isF64()) {
    for (double v : dense.getValues<double>())
      values.push_back(v);
  } else if (type.isInteger(1)) {
    for (bool v : dense.getValues<bool>())
      values.push_back(v ? 1.0 : 0.0);
  } else if (type.isUnsignedInteger()) {
    for (const APInt &v : dense.getValues<APInt>())
      values.push_back(static_cast<double>(v.getZExtValue()));
  } else if (type.isIntOrIndex()) {
    for (const APInt &v : dense.getValues<APInt>())
      values.push_back(static_cast<double>(v.getSExtValue()));
  } else if (isa<FloatType>(type)) {
    for (const APFloat &v : dense.getValues<APFloat>()) {
      APFloat wide = v;
      bool lost;
      wide.convert(APFloat::IEEEdouble(), APFloat::rmNearestTiesToEven, &lost);
      values.push_back(wide.convertToDouble());
    }
  } else {
    return false;
  }
  return true;
}

/// dense_resource<...>: a blob of host-order elements.
bool readResource(DenseResourceElementsAttr resource,
                  std::vector<double> &values) {
  ArrayRef<char> bytes = resource.getData();
  int64_t count = resource.getType().getNumElements();
  Type type = resource.getType().getElementType();
  if (type.isF32())
    return appendRaw<float>(bytes, count, values);
  if (type.isF64())
    return appendRaw<double>(bytes, count, values);
  if (type.isUnsignedInteger(8))
    return appendRaw<uint8_t>(bytes, count, values);
  if (type.isInteger(1) || type.isInteger(8))
    return appendRaw<int8_t>(bytes, count, values);
  if (type.isInteger(32))
    return appendRaw<int32_t>(bytes, count, values);
  if (type.isInteger(64))
    return appendRaw<int64_t>(bytes, count, values);
  return false;
}
} // namespace

FailureOr<Tensor> scopec::interp::readElements(ElementsAttr attr,
                                               Location loc) {
  auto type = cast<ShapedType>(attr.getType());
  Tensor tensor;
  tensor.shape = shapeOf(type);
  bool ok = false;
  if (auto dense = dyn_cast<DenseElementsAttr>(attr)) {
    ok = readDense(dense, tensor.values);
  } else if (auto resource = dyn_cast<DenseResourceElementsAttr>(attr)) {
    if (resource.getData().empty() && type.getNumElements() > 0)
      return emitError(loc)
             << "cannot interpret a value whose data is "
                "missing (elided when printed?): "
             << "dense_resource<" << resource.getRawHandle().getKey() << ">";
    ok = readResource(resource, tensor.values);
  }
  if (!ok || tensor.numElements() != numElements(tensor.shape))
    return emitError(loc) << "cannot interpret a value of type " << type
                          << " held as "
                          << attr.getAbstractAttribute().getName();
  if (type.getElementType().isInteger(1))
    for (double &v : tensor.values)
      v = v != 0 ? 1.0 : 0.0;
  return tensor;
}

Tensor scopec::interp::defaultInput(RankedTensorType type, int index) {
  rt::DType dtype =
      scope::getRuntimeDType(type.getElementType()).value_or(rt::DType::F32);
  Tensor tensor = Tensor::filled(shapeOf(type));
  for (int64_t e = 0; e < tensor.numElements(); ++e)
    tensor.values[e] = rt::defaultInputValue(dtype, index, e);
  return tensor;
}

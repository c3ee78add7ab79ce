//===- ElementTypes.h - tensor element types and their dtypes ---*- C++ -*-===//
//
// The one mapping between the scope dialect's tensor element types and the
// dtypes of the runtime (.npy files, the executable's harness, weights):
// f32 float32, f64 float64, i32 int32, i64 int64, ui8 uint8, i8 int8, i1
// bool. Everything that reads, writes or names an element type uses it.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_DIALECT_SCOPE_IR_ELEMENTTYPES_H
#define SCOPEC_DIALECT_SCOPE_IR_ELEMENTTYPES_H

#include "scopec/runtime/Npy.h"

#include "mlir/IR/BuiltinTypes.h"

#include <optional>

namespace scopec::scope {

/// The runtime dtype of a tensor element type, if the dialect allows it.
inline std::optional<rt::DType> getRuntimeDType(mlir::Type element) {
  if (element.isF32())
    return rt::DType::F32;
  if (element.isF64())
    return rt::DType::F64;
  if (element.isInteger(1))
    return rt::DType::Bool;
  if (element.isUnsignedInteger(8))
    return rt::DType::U8;
  auto integer = mlir::dyn_cast<mlir::IntegerType>(element);
  if (!integer || integer.isUnsigned())
    return std::nullopt;
  switch (integer.getWidth()) {
  case 8:
    return rt::DType::I8;
  case 32:
    return rt::DType::I32;
  case 64:
    return rt::DType::I64;
  default:
    return std::nullopt;
  }
}

/// The element type of a runtime dtype.
inline mlir::Type getElementType(mlir::MLIRContext *context, rt::DType dtype) {
  switch (dtype) {
  case rt::DType::F32:
    return mlir::Float32Type::get(context);
  case rt::DType::F64:
    return mlir::Float64Type::get(context);
  case rt::DType::I32:
    return mlir::IntegerType::get(context, 32);
  case rt::DType::I64:
    return mlir::IntegerType::get(context, 64);
  case rt::DType::U8:
    return mlir::IntegerType::get(context, 8, mlir::IntegerType::Unsigned);
  case rt::DType::I8:
    return mlir::IntegerType::get(context, 8);
  case rt::DType::Bool:
    return mlir::IntegerType::get(context, 1);
  }
  return {};
}

/// The C++ type of one element: "float", "uint8_t", "bool", ...
inline const char *getCType(rt::DType dtype) {
  switch (dtype) {
  case rt::DType::F32:
    return "float";
  case rt::DType::F64:
    return "double";
  case rt::DType::I32:
    return "int32_t";
  case rt::DType::I64:
    return "int64_t";
  case rt::DType::U8:
    return "uint8_t";
  case rt::DType::I8:
    return "int8_t";
  case rt::DType::Bool:
    return "bool";
  }
  return "void";
}

/// The runtime's enumerator name: "F32", "U8", "Bool", ...
inline const char *getDTypeEnumerator(rt::DType dtype) {
  switch (dtype) {
  case rt::DType::F32:
    return "F32";
  case rt::DType::F64:
    return "F64";
  case rt::DType::I32:
    return "I32";
  case rt::DType::I64:
    return "I64";
  case rt::DType::U8:
    return "U8";
  case rt::DType::I8:
    return "I8";
  case rt::DType::Bool:
    return "Bool";
  }
  return "F32";
}

} // namespace scopec::scope

#endif // SCOPEC_DIALECT_SCOPE_IR_ELEMENTTYPES_H

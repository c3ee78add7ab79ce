//===- NdArray.h - NumPy arrays of model files ---------------------*- C++ -*-===//
//
// The compile-time `numpy.ndarray`: a strided view of a shared buffer of
// doubles (every supported dtype's values fit a double, int64 up to 2^53),
// with NumPy's dtype promotion, broadcasting, views (basic slicing,
// transposes and reshapes share their base's buffer), fancy indexing and
// printing. NumPy scalars (`np.float32(1.5)`, `a[0]`, `a.sum()`) are 0-d
// arrays marked `scalar`. The `numpy` module itself is in NumPy*.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_NDARRAY_H
#define SCOPEC_FRONTEND_NDARRAY_H

#include "Interpreter.h"
#include "TFObjects.h"

namespace scopec::frontend {

struct NdArrayObj : HostObject {
  /// A new C-contiguous array owning `data` (one value per element).
  NdArrayObj(DType dtype, Shape shape, std::vector<double> data);
  /// A view of `base`'s buffer.
  NdArrayObj(const NdArrayObj &base, Shape shape, std::vector<int64_t> strides,
             int64_t offset);
  static const char ID;
  std::string typeName() const override {
    return scalar ? std::string("numpy.") + scalarTypeName() : "ndarray";
  }
  std::string repr() const override;
  std::string str() const override;
  int truth() const override;
  int equals(const Value &other) const override;
  bool hash(std::string &key, std::string &error) const override;
  Result getAttr(Interpreter &in, const std::string &name, SrcLoc l) override;
  Result binaryOp(Interpreter &in, BinOpKind op, const Value &lhs,
                  const Value &rhs, SrcLoc l) override;
  Result unaryOp(Interpreter &in, UnaryOpKind op, SrcLoc l) override;
  Result inPlaceOp(Interpreter &in, BinOpKind op, const Value &rhs,
                   SrcLoc l) override;
  Result compare(Interpreter &in, CmpOpKind op, const Value &lhs,
                 const Value &rhs, SrcLoc l) override;
  Result getItem(Interpreter &in, const Value &key, SrcLoc l) override;
  Result setItem(Interpreter &in, const Value &key, const Value &v,
                 SrcLoc l) override;
  Result contains(Interpreter &in, const Value &item, SrcLoc l) override;
  Result len(Interpreter &in, SrcLoc l) override;
  Result iterate(Interpreter &in, SrcLoc l,
                 llvm::function_ref<LogicalResult(const Value &)> fn) override;
  /// A 0-d array or scalar is a Python number (`int(a)`, `range(n)`).
  std::optional<Value> toNumber() const override;

  /// NumPy's scalar type name of the dtype ("float32", "bool_").
  std::string scalarTypeName() const;
  int64_t size() const;
  bool isContiguous() const;
  /// The elements in C order.
  std::vector<double> values() const;
  /// The buffer offsets of the elements in C order.
  std::vector<int64_t> offsets() const;
  /// The single element of a size-1 array.
  double first() const { return (*buffer)[offset]; }

  DType dtype;
  Shape shape;
  std::shared_ptr<std::vector<double>> buffer;
  std::vector<int64_t> strides;
  int64_t offset = 0;
  /// A NumPy scalar rather than a 0-d array (printing, type()).
  bool scalar = false;
};

using ArrayRef = std::shared_ptr<NdArrayObj>;

//===--- Construction and conversion (NdArray.cpp) ------------------------===//

/// Element count of `shape` checked against kMaxCompileTimeElements: a
/// located error naming the shape when it is too large.
FailureOr<int64_t> checkArraySize(Interpreter &in, SrcLoc l,
                                  const Shape &shape);
/// A new zero-filled array (size checked).
FailureOr<ArrayRef> newArray(Interpreter &in, SrcLoc l, DType dtype,
                             const Shape &shape);
/// An array of given values (size already checked by the caller).
ArrayRef makeArray(DType dtype, Shape shape, std::vector<double> data);
/// A NumPy scalar.
Value npScalar(DType dtype, double v);
/// An array result: a NumPy scalar when 0-d (NumPy's ufuncs unwrap 0-d
/// results), else the array.
Value arrayResult(ArrayRef a);
/// `np.asarray(v, dtype)`: arrays, NumPy scalars, Python numbers and nested
/// sequences (NumPy's dtype inference: bool < int64 < float64).
FailureOr<ArrayRef> toArray(Interpreter &in, const Value &v, SrcLoc l,
                            std::optional<DType> dtype = std::nullopt);
/// Element value as a Python scalar of the array's kind (`tolist()`).
Value arrayScalar(DType dtype, double v);
/// Rounds a value to `dtype` as NumPy's casts do (float32/float16
/// rounding, integer truncation and wrap-around).
double npCast(DType dtype, double v);
/// NumPy's promotion of two dtypes (np.promote_types).
DType promoteTypes(DType a, DType b);
/// The result dtype of an operation on these operands (np.result_type with
/// NumPy 1.x value-based casting of scalars and Python numbers).
DType resultType(const std::vector<Value> &operands);
/// The dtype an argument names: np.float32, arr.dtype, tf.float32, "int32",
/// float, int, bool.
FailureOr<DType> toNpDType(Interpreter &in, const Value &v, SrcLoc l);
/// The dtype of a Python number or array operand.
DType operandDType(const Value &v);
/// C-order strides of `shape`.
std::vector<int64_t> contiguousStrides(const Shape &shape);
/// "(2, 3)".
std::string shapeText(const Shape &s);

/// `lhs op rhs` with broadcasting: an array or NumPy scalar.
FailureOr<Value> arrayBinary(Interpreter &in, BinOpKind op, const Value &lhs,
                             const Value &rhs, SrcLoc l);
FailureOr<Value> arrayCompare(Interpreter &in, CmpOpKind op, const Value &lhs,
                              const Value &rhs, SrcLoc l);
/// Broadcasts `shapes` together (NumPy's rule); a failure with NumPy's
/// ValueError raised.
FailureOr<Shape> broadcastShapes(Interpreter &in, SrcLoc l,
                                 const std::vector<Shape> &shapes);
/// The values of `a` broadcast to `shape` in C order.
std::vector<double> broadcastValues(const NdArrayObj &a, const Shape &shape);
/// A normalized axis (negative counts from the end); raises NumPy's
/// AxisError text as a ValueError... as np.AxisError (an IndexError).
FailureOr<int64_t> normalizeAxis(Interpreter &in, SrcLoc l, int64_t axis,
                                 size_t ndim);

//===--- Indexing (NdArrayIndex.cpp) --------------------------------------===//

FailureOr<Value> arrayGetItem(Interpreter &in, const ArrayRef &a,
                              const Value &key, SrcLoc l);
LogicalResult arraySetItem(Interpreter &in, const ArrayRef &a, const Value &key,
                           const Value &v, SrcLoc l);

//===--- Methods (NdArrayMethods.cpp) -------------------------------------===//

/// Attributes and methods (`shape`, `T`, `reshape()`, `sum()`, ...).
FailureOr<std::optional<Value>> arrayAttr(Interpreter &in, const ArrayRef &a,
                                          const std::string &name, SrcLoc l);
/// Nested lists of Python scalars (`tolist()`).
Value arrayToList(const NdArrayObj &a);

//===--- Printing (NdArrayFormat.cpp) -------------------------------------===//

std::string formatArray(const NdArrayObj &a, bool asRepr);
/// repr() of a NumPy scalar of `dtype` (1.24: `1.5`, `True`, `3`).
std::string formatScalar(DType dtype, double v);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_NDARRAY_H

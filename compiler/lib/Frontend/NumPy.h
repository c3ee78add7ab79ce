//===- NumPy.h - The `numpy` module of model files -----------------*- C++
//-*-===//
//
// NumPy at compile time: the module's functions (NumPy.cpp: creation,
// NumPyShapes.cpp: shape manipulation, NumPyMath.cpp: ufuncs,
// NumPyReductions.cpp: reductions and sorting, NumPyProducts.cpp: dot and
// matmul), dtypes (NumPyDTypes.cpp), `np.random` (NumPyRandom.cpp)
// and `np.linalg` (NumPyLinalg.cpp, Eigen). Arrays are NdArray.h. See
// docs/user-guide.md ("NumPy at compile time").
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_NUMPY_H
#define SCOPEC_FRONTEND_NUMPY_H

#include "NdArray.h"

#include "llvm/ADT/StringMap.h"

namespace scopec::frontend {

/// Bound arguments of a NumPy function, read by name.
struct NpArgs {
  BoundArgs b;
  SrcLoc l;
  /// Binds `args` to `sig` (Interpreter::bind).
  LogicalResult bind(Interpreter &in, const Signature &sig, CallArgs &args);
  const Value &operator[](llvm::StringRef name) const { return b[name]; }
  bool given(llvm::StringRef name) const { return b.given(name); }
  /// Given and not None.
  bool has(llvm::StringRef name) const {
    return b.given(name) && !b[name].isNone();
  }
  /// Whether the signature has parameter `name` and it was given (not
  /// None): for bodies shared by functions of different signatures.
  bool hasParam(llvm::StringRef name) const {
    return b.signature().find(name) >= 0 && has(name);
  }
};

using NpBody = std::function<FailureOr<Value>(Interpreter &, NpArgs &)>;
using NpTable = llvm::StringMap<NativeFn>;

/// Adds a function bound by `sig` (parameter names as NumPy's) as `key`,
/// by default the signature's name (an alias such as np.max is named by
/// the function it stands for: "amax() ...").
void defineNp(NpTable &t, const Signature &sig, NpBody body,
              llvm::StringRef key = "");

/// The stateless functions of `numpy` by name (also the array methods'
/// implementations: `a.sum(axis=0)` is `np.sum(a, axis=0)`).
const NpTable &numpyFunctions();
void addCreationFunctions(NpTable &t);
void addShapeFunctions(NpTable &t);
void addMathFunctions(NpTable &t);
/// Parts of addMathFunctions (NumPyMath.cpp): reductions and sorting
/// (NumPyReductions.cpp), dot/matmul/outer (NumPyProducts.cpp).
void addReductions(NpTable &t);
void addSorting(NpTable &t);
void addProducts(NpTable &t);

/// The `numpy` module; `graphSeed` seeds the unseeded random streams.
Value makeNumpyModule(Interpreter &in, uint64_t graphSeed);
/// `numpy.random` and `numpy.linalg`.
Value makeRandomModule(uint64_t graphSeed);
Value makeLinalgModule();

//===--- DTypes (NumPyDTypes.cpp) -----------------------------------------===//

/// `np.float32`: the scalar type (a constructor).
Value npTypeValue(DType d);
/// `a.dtype`: `dtype('float32')`.
Value npDTypeValue(DType d);

//===--- Shared argument readers ------------------------------------------===//

/// A shape argument: an int or a sequence of ints (NumPy scalars too).
FailureOr<Shape> toShapeArg(Interpreter &in, const Value &v, SrcLoc l);
/// An `axis` argument: None (all), an int or a tuple of ints; sorted,
/// normalized, checked for repeats.
FailureOr<std::vector<int64_t>> toAxes(Interpreter &in, const Value &v,
                                       SrcLoc l, size_t ndim);
/// An optional dtype argument.
FailureOr<std::optional<DType>> optDType(Interpreter &in, const NpArgs &a,
                                         llvm::StringRef name);
FailureOr<bool> toBool(Interpreter &in, const Value &v, SrcLoc l);

//===--- Operations shared by functions and methods -----------------------===//

FailureOr<Value> npMatmul(Interpreter &in, const Value &a, const Value &b,
                          SrcLoc l);
/// `a.reshape(shape)` (one -1 allowed): a view when `a` is contiguous.
FailureOr<ArrayRef> npReshape(Interpreter &in, const ArrayRef &a, Shape shape,
                              SrcLoc l);
/// `a.transpose(axes)` (empty: reversed): a view.
FailureOr<ArrayRef> npTranspose(Interpreter &in, const ArrayRef &a,
                                std::vector<int64_t> axes, SrcLoc l);
/// `a.astype(dtype)`: a copy.
ArrayRef npAstype(const NdArrayObj &a, DType d);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_NUMPY_H

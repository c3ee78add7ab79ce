//===- Slices.h - Slice assignment and deletion on lists --------*- C++ -*-===//
//
// `a[i:j] = v`, `a[i:j:k] = v` and `del a[i:j:k]` on lists, with CPython's
// index adjustment (PySlice_AdjustIndices) and error messages.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_SLICES_H
#define SCOPEC_FRONTEND_SLICES_H

#include "Interpreter.h"

namespace scopec::frontend {

/// A slice resolved against a sequence length (CPython's
/// PySlice_Unpack + PySlice_AdjustIndices).
struct SliceBounds {
  int64_t start = 0, stop = 0, step = 1, length = 0;
};

/// Resolves `slice` for a sequence of `size` elements; a failure with the
/// exception raised (non-integer bounds, zero step).
FailureOr<SliceBounds> adjustSlice(Interpreter &in, const SliceObj &slice,
                                   int64_t size, SrcLoc l);

/// Evaluates the slice expression `e` (ExprKind::Slice) into a slice object
/// holding the bounds as written (None where absent).
FailureOr<Value> evalSliceObject(Interpreter &in, SliceExpr *e);

/// `seq[slice]` of a str (by code points), list or tuple.
FailureOr<Value> sliceSequence(Interpreter &in, const Value &seq,
                               const SliceObj &slice, SrcLoc l);

/// Attributes of slice objects (start, stop, step, indices()); nothing
/// when there is none.
std::optional<Value> sliceAttr(const Value &slice, const std::string &name);

/// `list[slice] = v`.
LogicalResult assignListSlice(Interpreter &in, const Value &list,
                              const SliceObj &slice, const Value &v, SrcLoc l);

/// `del list[slice]`.
LogicalResult deleteListSlice(Interpreter &in, const Value &list,
                              const SliceObj &slice, SrcLoc l);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_SLICES_H

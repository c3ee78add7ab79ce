//===- TFLoop.h - What the loop primitives share -----------------*- C++
//-*-===//
//
// tf._scopec_loop (TFLoop.cpp) and tf._scopec_while (TFWhile.cpp) build a
// scope.loop from a Python body run once; these check the body's results
// and wrap the loop's.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_FRONTEND_TFLOOP_H
#define SCOPEC_FRONTEND_TFLOOP_H

#include "TFOpCall.h"

namespace scopec::frontend {

/// `(2, 3)`, as TF prints a static shape in its messages.
std::string tfShape(const Shape &shape);

/// The loop body's results as tensors.
struct BodyResults {
  std::vector<TensorRef> newCarried, outputs;
};

/// The loop `op`'s carried values (a Python list) as tensors: its inputs
/// `carried_0`, `carried_1`, ...
FailureOr<std::vector<TensorRef>> carriedInputs(OpCall &op, const Value &list);

/// The body's `(new_carried, outputs)` as tensors, checked against the
/// carried values as TF's while_loop checks its loop variables.
FailureOr<BodyResults> bodyResults(OpCall &op, const Value &result,
                                   const std::vector<TensorRef> &carried);

/// A result of the loop `op`: it reads variables, or is training-time,
/// when any input of the loop is.
Value loopResult(TFRuntime &rt, OpCall &op, const std::string &name,
                 mlir::Value v, const Shape &shape, DType d, int index);

/// The type of `t` stacked over `steps` steps: `[steps] + t.shape`.
mlir::RankedTensorType stepsType(IREmitter &e, int64_t steps,
                                 const TensorObj &t);

/// The loop `op`'s stacked results, one per step output in `outputs`.
std::vector<Value> stackedResults(TFRuntime &rt, OpCall &op,
                                  mlir::ValueRange stacked,
                                  const std::vector<TensorRef> &outputs);

} // namespace scopec::frontend

#endif // SCOPEC_FRONTEND_TFLOOP_H

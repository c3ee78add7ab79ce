//===- BufferPlan.h - Static buffers of a model function --------*- C++ -*-===//
//
// Where every tensor of a model function lives at run time (see the
// `scope-plan-buffers` pass): a caller's input or output buffer, the
// parameter blob, a view of another tensor, or an offset into one activation
// arena shared by tensors whose lifetimes do not overlap.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_CONVERSION_SCOPETOEMITC_BUFFERPLAN_H
#define SCOPEC_CONVERSION_SCOPETOEMITC_BUFFERPLAN_H

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Value.h"
#include "mlir/Support/LLVM.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>

namespace scopec {

/// Per-result arena offsets in bytes (-1: not in the arena).
constexpr llvm::StringLiteral kArenaOffsetsAttrName = "scopec.arena_offsets";
/// Per-result model output index written directly (-1: none).
constexpr llvm::StringLiteral kOutputSlotsAttrName = "scopec.output_slots";
/// On the function: the arena's size, i.e. the peak activation bytes.
constexpr llvm::StringLiteral kArenaBytesAttrName = "scopec.arena_bytes";
/// Alignment of every arena buffer and parameter, in bytes.
constexpr int64_t kBufferAlignment = 64;

/// Rounds `bytes` up to a multiple of kBufferAlignment.
inline int64_t alignBufferSize(int64_t bytes) {
  return (bytes + kBufferAlignment - 1) / kBufferAlignment * kBufferAlignment;
}

/// Bytes of a statically shaped tensor value (i1 elements take one byte).
int64_t getTensorBytes(mlir::Value value);

/// True for ops whose result shares its operand's memory (reshape,
/// identity): no kernel, no copy.
bool isViewOp(mlir::Operation *op);

/// Follows views back to the value that owns the memory.
mlir::Value getStorageRoot(mlir::Value value);

/// True for ops whose results are computed by a kernel into a buffer of
/// their own (everything but inputs, parameters, constants, views, outputs).
bool producesBuffers(mlir::Operation *op);

/// Plans the buffers of `func` and records them as attributes (see the
/// attribute names above). Fails with a diagnostic on IR it cannot plan.
mlir::LogicalResult planBuffers(mlir::func::FuncOp func);

/// The planned location of a value produced by a buffer-producing op.
struct PlannedBuffer {
  int64_t arenaOffset = -1; ///< bytes into the arena, or -1
  int64_t outputSlot = -1;  ///< model output index, or -1
};

/// Reads the plan recorded by planBuffers for `value` (an op result).
PlannedBuffer getPlannedBuffer(mlir::Value value);

} // namespace scopec

#endif // SCOPEC_CONVERSION_SCOPETOEMITC_BUFFERPLAN_H

//===- Fusion.h - kernel epilogue and elementwise fusion ------*- C++ -*-===//
//
// The logic behind the scope fusion passes, usable without a pass: each
// fusion is a `canFuse...` precondition check and a `fuse...` rewrite that
// fails (changing nothing) where the check does, plus a `populate...Patterns`
// that wraps them in thin rewrite patterns.
//
// Kernel epilogues. A `scope.conv2d` (`scope.matmul`) whose result has
// exactly one use, by a per-channel bias or by an activation, becomes a
// `scope.fused_conv2d` (`scope.fused_matmul`); without a bias the kernel gets
// a zero bias constant. A fused kernel whose activation is still `none` and
// whose result has exactly one use keeps absorbing that user if it is a
// per-channel bias (the biases are added) or an activation. So
// conv -> bias -> relu becomes one kernel, and a shared intermediate stops
// the fusion right before its users: if the biased value has other users,
// conv + bias fuse and the activation stays a separate op.
//
// Per-channel bias: `scope.bias_add %k, %b`, or `scope.add` of the kernel's
// result and (in either order) a tensor `%b` of the same element type whose
// shape is [C] or [1, ..., 1, C] (rank at most the result's, C = the result's
// last dimension), so that the sum has the kernel's result type. Any such
// value qualifies, not only parameters. A [1, ..., 1, C] bias is reshaped to
// [C].
//
// Elementwise chains. The ops of ElementwiseOpInterface (NumPy
// broadcasting), `scope.identity` and `scope.fused_elementwise` are
// elementwise, on tensors of any element type (casts and comparisons fuse
// with their neighbours). A producer fuses into its consumer
// when every use of the producer's result is in the consumer and the two
// results have the same shape (a producer whose result the consumer
// broadcasts is left alone: fusing it would recompute it for every
// broadcast copy). The fused body is scalar `arith`/`math` code; splat
// `scope.constant` operands become `arith.constant`s in the body, other
// operands become inputs (each once). A lone elementwise op is never
// wrapped. A bias or activation that a kernel epilogue can absorb is left to
// the epilogue.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_DIALECT_SCOPE_TRANSFORMS_FUSION_H
#define SCOPEC_DIALECT_SCOPE_TRANSFORMS_FUSION_H

#include "scopec/Dialect/Scope/IR/ScopeOps.h"

#include "mlir/IR/PatternMatch.h"

#include <optional>

namespace scopec::scope {

//===----------------------------------------------------------------------===//
// Epilogue building blocks (FuseEpilogue.cpp)
//===----------------------------------------------------------------------===//

/// If `user` adds a per-channel bias to `value` (see the file comment),
/// returns the bias operand (of shape [C] or [1, ..., 1, C]); else null.
mlir::Value getChannelBias(mlir::Operation *user, mlir::Value value);

/// The activation `op` computes, if it is `scope.relu`, `relu6`, `sigmoid`
/// or `tanh`.
std::optional<Activation> getActivation(mlir::Operation *op);

/// True if `kernel` (a `scope.fused_conv2d` or `scope.fused_matmul` with
/// activation `none`) can absorb the only user of its result.
bool canFuseIntoEpilogue(mlir::Operation *kernel);

/// Absorbs the only user of `kernel`'s result (a bias or an activation) into
/// a new fused kernel that replaces the user; returns the new kernel.
mlir::FailureOr<mlir::Operation *>
fuseIntoEpilogue(mlir::RewriterBase &rewriter, mlir::Operation *kernel);

/// True if `op` is a bias or activation that its producer's epilogue will
/// absorb (so elementwise fusion must leave it alone).
bool isAbsorbableByEpilogue(mlir::Operation *op);

/// Adds the pattern applying `fuseIntoEpilogue` to `FusedConv2DOp` and/or
/// `FusedMatMulOp`.
void populateFuseEpiloguePatterns(mlir::RewritePatternSet &patterns, bool conv,
                                  bool matmul);

namespace detail {
/// The only user of `value` if it is a per-channel bias or an activation of
/// `value` and `value` has no other use; else null.
mlir::Operation *getOnlyEpilogueUser(mlir::Value value);
/// `bias` (from `getChannelBias`) as a [C] vector, reshaped if needed.
mlir::Value buildChannelBias(mlir::RewriterBase &rewriter, mlir::Location loc,
                             mlir::Value bias);
/// A [C] zero constant for a kernel result of type `resultType`.
mlir::Value buildZeroBias(mlir::RewriterBase &rewriter, mlir::Location loc,
                          mlir::RankedTensorType resultType);
} // namespace detail

//===----------------------------------------------------------------------===//
// conv2d + bias + activation (FuseConvBiasActivation.cpp)
//===----------------------------------------------------------------------===//

/// True if `conv`'s result has exactly one use, by a per-channel bias or an
/// activation.
bool canFuseConvBiasActivation(Conv2DOp conv);

/// Fuses `conv` with the only user of its result into a `scope.fused_conv2d`
/// that replaces the user.
mlir::FailureOr<FusedConv2DOp>
fuseConvBiasActivation(mlir::RewriterBase &rewriter, Conv2DOp conv);

/// conv2d fusion plus the fused_conv2d epilogue patterns.
void populateFuseConvBiasActivationPatterns(mlir::RewritePatternSet &patterns);

//===----------------------------------------------------------------------===//
// matmul + bias + activation (FuseMatMulBiasActivation.cpp)
//===----------------------------------------------------------------------===//

/// True if `matmul`'s result has exactly one use, by a per-column bias or an
/// activation.
bool canFuseMatMulBiasActivation(MatMulOp matmul);

/// Fuses `matmul` with the only user of its result into a
/// `scope.fused_matmul` that replaces the user.
mlir::FailureOr<FusedMatMulOp>
fuseMatMulBiasActivation(mlir::RewriterBase &rewriter, MatMulOp matmul);

/// matmul fusion plus the fused_matmul epilogue patterns.
void populateFuseMatMulBiasActivationPatterns(
    mlir::RewritePatternSet &patterns);

//===----------------------------------------------------------------------===//
// Elementwise chains (FuseElementwise.cpp)
//===----------------------------------------------------------------------===//

/// True for the elementwise ops listed in the file comment.
bool isFusableElementwise(mlir::Operation *op);

/// True if `producer` can be fused into `consumer` (see the file comment).
bool canFuseElementwise(mlir::Operation *producer, mlir::Operation *consumer);

/// Fuses `producer` into `consumer`: one `scope.fused_elementwise` replaces
/// `consumer`, and `producer` is erased.
mlir::FailureOr<FusedElementwiseOp>
fuseElementwise(mlir::RewriterBase &rewriter, mlir::Operation *producer,
                mlir::Operation *consumer);

/// Elementwise chain fusion plus both epilogue patterns.
void populateFuseElementwisePatterns(mlir::RewritePatternSet &patterns);

} // namespace scopec::scope

#endif // SCOPEC_DIALECT_SCOPE_TRANSFORMS_FUSION_H

//===- Kernels.h - float64 reference kernels --------------------*- C++ -*-===//
//
// One function per TensorFlow op, written as the plainest loops that follow
// TF 1.15's definition (NHWC activations, HWIO filters, NumPy broadcasting,
// TF's SAME padding). They are the reference every generated kernel is
// checked against, so they favour obviousness over speed.
//
// Each kernel computes its result shape itself and checks the operands it
// relies on: it returns false with a lower-case `error` on inconsistent
// operands instead of reading out of bounds.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_INTERPRETER_KERNELS_H
#define SCOPEC_INTERPRETER_KERNELS_H

#include "scopec/Interpreter/Tensor.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <functional>
#include <string>
#include <vector>

namespace scopec::interp {

//===----------------------------------------------------------------------===//
// Elementwise
//===----------------------------------------------------------------------===//

enum class BinaryKind { Add, Sub, Mul, Div };

/// `a op b` with NumPy broadcasting. With `integer`, Div truncates toward
/// zero (TF's integer RealDiv) and a zero divisor is an error.
bool binary(BinaryKind kind, const Tensor &a, const Tensor &b, bool integer,
            Tensor &result, std::string &error);

/// `input` broadcast (NumPy rules) to exactly `shape`.
bool broadcastTo(const Tensor &input, const Shape &shape, Tensor &result,
                 std::string &error);

/// `fn` of the operands' elements at each position of `shape`, the NumPy
/// broadcast of the operand shapes (an elementwise op's reference formula).
bool mapElements(const std::vector<const Tensor *> &operands,
                 const Shape &shape,
                 const std::function<double(const std::vector<double> &)> &fn,
                 Tensor &result, std::string &error);

/// The activations of unary ops and of fused kernels' epilogues.
enum class Activation { None, Relu, Relu6, Sigmoid, Tanh };

/// One activation applied to one value.
double activate(Activation activation, double x);
/// `activation` applied to every element.
Tensor unary(Activation activation, const Tensor &input);

/// tf.nn.bias_add: `bias` (rank 1) added along the last dimension.
bool biasAdd(const Tensor &input, const Tensor &bias, Tensor &result,
             std::string &error);

/// tf.nn.softmax along `axis` (negative counts from the end).
bool softmax(const Tensor &input, int64_t axis, Tensor &result,
             std::string &error);

//===----------------------------------------------------------------------===//
// Windows: convolution and pooling (NHWC)
//===----------------------------------------------------------------------===//

/// Spatial (height, width) window geometry shared by conv2d and pooling.
struct Window {
  int64_t strideH = 1, strideW = 1;
  int64_t dilationH = 1, dilationW = 1;
  bool same = false; ///< TF's SAME padding, else VALID
};

/// TF's output size of one spatial dimension: SAME ceil(in / stride),
/// VALID ceil((in - effective + 1) / stride); -1 if VALID does not fit.
int64_t windowOutputSize(int64_t in, int64_t window, int64_t stride,
                         int64_t dilation, bool same);
/// TF's padding before (top/left) one dimension: SAME pads
/// max(0, (out - 1) * stride + effective - in) in total, half of it (rounded
/// down) before and the rest after; VALID pads nothing.
int64_t padBefore(int64_t in, int64_t out, int64_t window, int64_t stride,
                  int64_t dilation, bool same);

/// tf.nn.conv2d: input [N,H,W,C], filter [KH,KW,C,O] -> [N,OH,OW,O].
bool conv2d(const Tensor &input, const Tensor &filter, const Window &window,
            Tensor &result, std::string &error);

/// tf.nn.depthwise_conv2d: input [N,H,W,C], filter [KH,KW,C,M] ->
/// [N,OH,OW,C*M]; output channel c*M+m convolves channel c with filter m.
bool depthwiseConv2d(const Tensor &input, const Tensor &filter,
                     const Window &window, Tensor &result, std::string &error);

/// tf.nn.conv2d_transpose: input [N,H,W,C], filter [KH,KW,F,C] -> `output`
/// ([N,OH,OW,F]), the adjoint of conv2d from [N,OH,OW,F] to [N,H,W,C].
bool conv2dTranspose(const Tensor &input, const Tensor &filter,
                     const Shape &output, const Window &window, Tensor &result,
                     std::string &error);

/// tf.nn.max_pool: the maximum over the window's in-bounds inputs (padding
/// never wins).
bool maxPool(const Tensor &input, int64_t windowH, int64_t windowW,
             const Window &window, Tensor &result, std::string &error);
/// tf.nn.avg_pool: the mean over the window's in-bounds inputs (padding is
/// not counted, as in TF).
bool avgPool(const Tensor &input, int64_t windowH, int64_t windowW,
             const Window &window, Tensor &result, std::string &error);

/// tf.nn.lrn along the last axis:
/// x[c] / (bias + alpha * sum_{j=c-r..c+r, in range} x[j]^2) ^ beta.
bool lrn(const Tensor &input, int64_t depthRadius, double bias, double alpha,
         double beta, Tensor &result, std::string &error);

/// tf.matmul of rank > 2 tensors (BatchMatMulV2): matmul of the last two
/// dimensions for each index of the broadcast batch dimensions.
bool batchMatmul(const Tensor &a, const Tensor &b, bool adjX, bool adjY,
                 Tensor &result, std::string &error);
/// tf.matmul of two matrices, optionally transposed.
bool matmul(const Tensor &a, const Tensor &b, bool transposeA, bool transposeB,
            Tensor &result, std::string &error);

//===----------------------------------------------------------------------===//
// Shape manipulation and reductions
//===----------------------------------------------------------------------===//

/// Same elements, new shape (element counts must agree).
bool reshape(const Tensor &input, const Shape &shape, Tensor &result,
             std::string &error);
/// result.shape[i] = input.shape[perm[i]].
bool transpose(const Tensor &input, const Shape &perm, Tensor &result,
               std::string &error);
/// tf.concat along `axis` (negative counts from the end).
bool concat(const std::vector<const Tensor *> &inputs, int64_t axis,
            Tensor &result, std::string &error);
/// tf.split along `axis` into pieces of `sizes` (which must sum to the
/// dimension).
bool split(const Tensor &input, int64_t axis, const Shape &sizes,
           std::vector<Tensor> &results, std::string &error);

/// tf.gather along `axis` (an index out of range gives zeros).
Tensor gather(const Tensor &params, const Tensor &indices, int64_t axis);

/// tf.pad: `before`/`after` elements per dimension; `mode` CONSTANT fills
/// them with `value`, REFLECT mirrors without the edge, SYMMETRIC with it.
Tensor pad(const Tensor &input, const Shape &before, const Shape &after,
           llvm::StringRef mode, double value);

/// The dense strided slice: result element i of dimension d reads input
/// index `offsets[d] + i * strides[d]`; `sizes` is the result shape.
Tensor stridedSlice(const Tensor &input, const Shape &offsets,
                    const Shape &strides, const Shape &sizes);

/// One reduction's reference: a result element from its reduced input
/// elements, in input order.
using ReduceFn = llvm::function_ref<double(llvm::ArrayRef<double>)>;

/// A reduction (tf.reduce_*) of `input` over `axes` (empty: every axis) by
/// `combine`; `keepDims` keeps reduced axes with size 1.
bool reduce(ReduceFn combine, const Tensor &input, const Shape &axes,
            bool keepDims, Tensor &result, std::string &error);

/// tf.argmax / tf.argmin along `axis`: the index of the first largest
/// (smallest) element; a NaN counts only in first position, as TF's kernel.
bool argReduce(bool isMax, const Tensor &input, int64_t axis, Tensor &result,
               std::string &error);

} // namespace scopec::interp

#endif // SCOPEC_INTERPRETER_KERNELS_H

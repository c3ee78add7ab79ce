//===- ShapeRules.h - TensorFlow shape functions, in plain C++ ---*- C++ -*-===//
//
// The shape of each op's result from its operands' shapes, as TensorFlow 1.15
// computes it. One implementation serves the op verifiers (which reject
// inconsistent IR) and the frontend (which reports misuse at the model's
// line), so the two can never disagree.
//
// Each rule returns true and sets `result`, or returns false and sets `error`
// to a lower-case message phrased like TensorFlow's ("Dimensions must be
// equal, but are 3 and 4"); callers add op names and input shapes.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_DIALECT_SCOPE_IR_SHAPERULES_H
#define SCOPEC_DIALECT_SCOPE_IR_SHAPERULES_H

#include <cstdint>
#include <string>
#include <vector>

namespace scopec::shapes {

using Shape = std::vector<int64_t>;

/// "[1,128,128,32]", TF's way of printing a shape in shape-function errors.
std::string formatShape(const Shape &shape);
/// "(5, 5, 32, 32)", "(2,)", "()": Python's TensorShape printing (E3).
std::string formatPythonShape(const Shape &shape);
/// Number of elements (1 for a scalar).
int64_t numElements(const Shape &shape);

/// NumPy broadcasting of two shapes.
bool broadcast(const Shape &a, const Shape &b, Shape &result,
               std::string &error);

/// Output size of one spatial dimension for a window op. `same` is TF's
/// SAME padding (ceil(in / stride)), else VALID.
bool windowOutputSize(int64_t in, int64_t window, int64_t stride,
                      int64_t dilation, bool same, int64_t &out,
                      std::string &error);
/// TF's SAME padding before (top/left) one spatial dimension.
int64_t samePaddingBefore(int64_t in, int64_t out, int64_t window,
                          int64_t stride, int64_t dilation);

/// NHWC input, HWIO filter; strides/dilations are (h, w).
bool conv2d(const Shape &input, const Shape &filter, const Shape &strides,
            const Shape &dilations, bool same, Shape &result,
            std::string &error);
/// NHWC input, [KH, KW, C, M] filter (M outputs per input channel, output
/// channel c * M + m); strides/dilations are (h, w).
bool depthwiseConv2d(const Shape &input, const Shape &filter,
                     const Shape &strides, const Shape &dilations, bool same,
                     Shape &result, std::string &error);
/// The transpose (input gradient) of conv2d: NHWC `input`, [KH, KW, F, C]
/// filter, NHWC `output` of F channels given by the user (TF's
/// output_shape). Checks, with TF's Conv2DBackpropInput messages, that a
/// conv2d with the same window maps `output` back onto `input`.
bool conv2dTranspose(const Shape &input, const Shape &filter,
                     const Shape &output, const Shape &strides,
                     const Shape &dilations, bool same, std::string &error);
/// NHWC input; ksize/strides are (h, w).
bool pool2d(const Shape &input, const Shape &ksize, const Shape &strides,
            bool same, Shape &result, std::string &error);
bool matmul(const Shape &a, const Shape &b, bool transposeA, bool transposeB,
            Shape &result, std::string &error);
/// TF's BatchMatMulV2: rank >= 2 operands, the last two dimensions
/// multiplied (adjX/adjY transpose them), the batch dimensions broadcast.
bool batchMatmul(const Shape &a, const Shape &b, bool adjX, bool adjY,
                 Shape &result, std::string &error);
bool biasAdd(const Shape &value, const Shape &bias, std::string &error);
/// Resolves one -1 in `requested` against `input`'s element count.
bool reshape(const Shape &input, const Shape &requested, Shape &result,
             std::string &error);
bool transpose(const Shape &input, const Shape &perm, Shape &result,
               std::string &error);
bool concat(const std::vector<Shape> &inputs, int64_t axis, Shape &result,
            std::string &error);
/// `sizes` may hold one -1. Results are one shape per piece.
bool split(const Shape &input, int64_t axis, const Shape &sizes,
           std::vector<Shape> &results, std::string &error);
/// Empty `axes` reduces every axis. Negative axes count from the end.
bool reduce(const Shape &input, const Shape &axes, bool keepDims,
            Shape &result, std::string &error);
/// Empty `axes` removes every size-1 dimension.
bool squeeze(const Shape &input, const Shape &axes, Shape &result,
             std::string &error);
bool expandDims(const Shape &input, int64_t axis, Shape &result,
                std::string &error);
/// tf.strided_slice's spec: one begin/end/stride per entry and the five
/// bit masks (bit i for entry i), as Python indexing builds them.
struct StridedSliceSpec {
  Shape begin, end, strides;
  int64_t beginMask = 0, endMask = 0, ellipsisMask = 0, newAxisMask = 0,
          shrinkAxisMask = 0;
};

/// A strided slice in dense form: per input dimension the first index, the
/// stride and the number of elements taken (`sizes`), and the final shape
/// after new axes and shrunk indices.
struct DenseSlice {
  Shape offsets, strides, sizes, result;
};

/// TF's StridedSlice semantics (ellipsis expansion, masks, negative
/// indices, clamping, shrink bounds checks) with its error messages.
bool stridedSlice(const Shape &input, const StridedSliceSpec &spec,
                  DenseSlice &result, std::string &error);

/// Normalizes a possibly negative axis into [0, rank); false if out of range.
bool normalizeAxis(int64_t axis, int64_t rank, int64_t &result,
                   std::string &error);

} // namespace scopec::shapes

#endif // SCOPEC_DIALECT_SCOPE_IR_SHAPERULES_H

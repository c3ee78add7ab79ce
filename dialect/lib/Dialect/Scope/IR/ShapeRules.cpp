//===- ShapeRules.cpp - TensorFlow shape functions ------------------------===//

#include "scopec/Dialect/Scope/IR/ShapeRules.h"

#include <algorithm>
#include <limits>
#include <sstream>

namespace scopec::shapes {

namespace {
/// Largest element count we accept for one tensor (2^40 elements); larger
/// shapes are errors, before anything is allocated.
constexpr int64_t kMaxElements = int64_t(1) << 40;

bool fail(std::string &error, const std::string &message) {
  error = message;
  return false;
}

std::string str(int64_t v) { return std::to_string(v); }

/// A result shape must stay within kMaxElements (its byte size then fits in
/// int64 for every dtype); the operands may each be within it and still
/// multiply past it (broadcasting, MatMul, conv2d output channels).
bool checkSize(const Shape &result, std::string &error) {
  if (numElements(result) >= 0)
    return true;
  return fail(error, "result shape " + formatShape(result) +
                         " is too large (more than 2^40 elements)");
}

bool checkRank(const Shape &shape, size_t rank, const char *what,
               std::string &error) {
  if (shape.size() == rank)
    return true;
  return fail(error, std::string("Shape must be rank ") + str(rank) +
                         " but is rank " + str(shape.size()) + " for " + what);
}
} // namespace

std::string formatShape(const Shape &shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i)
    s += (i ? "," : "") + str(shape[i]);
  return s + "]";
}

std::string formatPythonShape(const Shape &shape) {
  std::string s = "(";
  for (size_t i = 0; i < shape.size(); ++i)
    s += (i ? ", " : "") + str(shape[i]);
  if (shape.size() == 1)
    s += ",";
  return s + ")";
}

int64_t numElements(const Shape &shape) {
  int64_t n = 1;
  for (int64_t d : shape) {
    if (d < 0)
      return -1;
    if (d != 0 && n > kMaxElements / d)
      return -1;
    n *= d;
  }
  return n;
}

bool normalizeAxis(int64_t axis, int64_t rank, int64_t &result,
                   std::string &error) {
  if (axis < -rank || axis >= std::max<int64_t>(rank, 1) ||
      (rank == 0 && axis != 0 && axis != -1))
    return fail(error, "axis " + str(axis) + " is out of range for a tensor of rank " +
                           str(rank) + " (expected [" + str(-rank) + ", " +
                           str(rank) + "))");
  result = axis < 0 ? axis + rank : axis;
  return true;
}

bool broadcast(const Shape &a, const Shape &b, Shape &result,
               std::string &error) {
  size_t rank = std::max(a.size(), b.size());
  result.assign(rank, 1);
  for (size_t i = 0; i < rank; ++i) {
    int64_t da = i < rank - a.size() ? 1 : a[i - (rank - a.size())];
    int64_t db = i < rank - b.size() ? 1 : b[i - (rank - b.size())];
    if (da != db && da != 1 && db != 1)
      return fail(error, "Dimensions must be equal, but are " + str(da) +
                             " and " + str(db));
    result[i] = da == 1 ? db : da;
  }
  return checkSize(result, error);
}

bool windowOutputSize(int64_t in, int64_t window, int64_t stride,
                      int64_t dilation, bool same, int64_t &out,
                      std::string &error) {
  if (stride < 1)
    return fail(error, "strides must be positive, got " + str(stride));
  if (dilation < 1)
    return fail(error, "dilations must be positive, got " + str(dilation));
  if (window < 1)
    return fail(error, "window size must be positive, got " + str(window));
  int64_t effective;
  if (__builtin_mul_overflow(window - 1, dilation, &effective) ||
      effective > kMaxElements || in > kMaxElements || stride > kMaxElements)
    return fail(error, "window, stride or dilation too large");
  effective += 1;
  if (same) {
    out = (in + stride - 1) / stride;
    return true;
  }
  if (in < effective)
    return fail(error, "Negative dimension size caused by subtracting " +
                           str(effective) + " from " + str(in));
  out = (in - effective + stride) / stride;
  return true;
}

int64_t samePaddingBefore(int64_t in, int64_t out, int64_t window,
                          int64_t stride, int64_t dilation) {
  int64_t effective = (window - 1) * dilation + 1;
  int64_t total = std::max<int64_t>(0, (out - 1) * stride + effective - in);
  return total / 2;
}

bool conv2d(const Shape &input, const Shape &filter, const Shape &strides,
            const Shape &dilations, bool same, Shape &result,
            std::string &error) {
  if (!checkRank(input, 4, "the input of a 2-D convolution (NHWC)", error) ||
      !checkRank(filter, 4, "the filter of a 2-D convolution (HWIO)", error))
    return false;
  if (strides.size() != 2 || dilations.size() != 2)
    return fail(error, "conv2d takes 2 spatial strides and dilations");
  if (input[3] != filter[2])
    return fail(error, "Dimensions must be equal, but are " + str(input[3]) +
                           " and " + str(filter[2]));
  int64_t oh, ow;
  if (!windowOutputSize(input[1], filter[0], strides[0], dilations[0], same,
                        oh, error) ||
      !windowOutputSize(input[2], filter[1], strides[1], dilations[1], same,
                        ow, error))
    return false;
  result = {input[0], oh, ow, filter[3]};
  return checkSize(result, error);
}

bool depthwiseConv2d(const Shape &input, const Shape &filter,
                     const Shape &strides, const Shape &dilations, bool same,
                     Shape &result, std::string &error) {
  if (!checkRank(input, 4, "the input of a depthwise convolution (NHWC)",
                 error) ||
      !checkRank(filter, 4, "the filter of a depthwise convolution (HWCM)",
                 error))
    return false;
  if (strides.size() != 2 || dilations.size() != 2)
    return fail(error, "depthwise_conv2d takes 2 spatial strides and dilations");
  if (input[3] != filter[2])
    return fail(error, "Dimensions must be equal, but are " + str(input[3]) +
                           " and " + str(filter[2]));
  int64_t oh, ow, channels;
  if (!windowOutputSize(input[1], filter[0], strides[0], dilations[0], same,
                        oh, error) ||
      !windowOutputSize(input[2], filter[1], strides[1], dilations[1], same,
                        ow, error))
    return false;
  if (__builtin_mul_overflow(filter[2], filter[3], &channels))
    return fail(error, "too many output channels");
  result = {input[0], oh, ow, channels};
  return checkSize(result, error);
}

bool conv2dTranspose(const Shape &input, const Shape &filter,
                     const Shape &output, const Shape &strides,
                     const Shape &dilations, bool same, std::string &error) {
  // TF names the operands of Conv2DBackpropInput from the forward conv2d's
  // point of view: its "input" is our output, its "out_backprop" our input.
  const std::string label = "Conv2DCustomBackpropInput: ";
  if (!checkRank(input, 4, "the input of a transposed convolution (NHWC)",
                 error) ||
      !checkRank(filter, 4,
                 "the filter of a transposed convolution (HWOI)", error) ||
      !checkRank(output, 4, "the output_shape of a transposed convolution",
                 error))
    return false;
  if (strides.size() != 2 || dilations.size() != 2)
    return fail(error, "conv2d_transpose takes 2 spatial strides and dilations");
  if (output[0] != input[0])
    return fail(error, label +
                           "input and out_backprop must have the same batch "
                           "size, input batch: " +
                           str(output[0]) + " outbackprop batch: " +
                           str(input[0]));
  if (output[3] != filter[2])
    return fail(error, label + "input and filter must have the same depth: " +
                           str(output[3]) + " vs " + str(filter[2]));
  if (input[3] != filter[3])
    return fail(error, label + "filter and out_backprop must have the same "
                               "out_depth: " +
                           str(filter[3]) + " vs " + str(input[3]));
  for (int i = 0; i < 2; ++i) {
    int64_t computed;
    if (!windowOutputSize(output[i + 1], filter[i], strides[i], dilations[i],
                          same, computed, error))
      return false;
    if (computed != input[i + 1])
      return fail(error,
                  label + "Size of out_backprop doesn't match computed: "
                          "actual = " +
                      str(input[i + 1]) + ", computed = " + str(computed) +
                      " spatial_dim: " + str(i + 1) + " input: " +
                      str(output[i + 1]) + " filter: " + str(filter[i]) +
                      " output: " + str(input[i + 1]) + " stride: " +
                      str(strides[i]) + " dilation: " + str(dilations[i]));
  }
  return checkSize(output, error);
}

bool pool2d(const Shape &input, const Shape &ksize, const Shape &strides,
            bool same, Shape &result, std::string &error) {
  if (!checkRank(input, 4, "the input of a pooling op (NHWC)", error))
    return false;
  if (ksize.size() != 2 || strides.size() != 2)
    return fail(error, "pooling takes 2 spatial window sizes and strides");
  int64_t oh, ow;
  if (!windowOutputSize(input[1], ksize[0], strides[0], 1, same, oh, error) ||
      !windowOutputSize(input[2], ksize[1], strides[1], 1, same, ow, error))
    return false;
  result = {input[0], oh, ow, input[3]};
  return true;
}

bool batchMatmul(const Shape &a, const Shape &b, bool adjX, bool adjY,
                 Shape &result, std::string &error) {
  for (const Shape *s : {&a, &b})
    if (s->size() < 2)
      return fail(error, "Shape must be at least rank 2 but is rank " +
                             str(static_cast<int64_t>(s->size())));
  size_t ra = a.size(), rb = b.size();
  int64_t m = adjX ? a[ra - 1] : a[ra - 2], ka = adjX ? a[ra - 2] : a[ra - 1];
  int64_t kb = adjY ? b[rb - 1] : b[rb - 2], n = adjY ? b[rb - 2] : b[rb - 1];
  if (ka != kb)
    return fail(error, "Dimensions must be equal, but are " + str(ka) +
                           " and " + str(kb));
  Shape batch;
  if (!broadcast(Shape(a.begin(), a.end() - 2), Shape(b.begin(), b.end() - 2),
                 batch, error))
    return false;
  result = batch;
  result.push_back(m);
  result.push_back(n);
  return checkSize(result, error);
}

bool matmul(const Shape &a, const Shape &b, bool transposeA, bool transposeB,
            Shape &result, std::string &error) {
  if (!checkRank(a, 2, "the first input of MatMul", error) ||
      !checkRank(b, 2, "the second input of MatMul", error))
    return false;
  int64_t m = transposeA ? a[1] : a[0], k = transposeA ? a[0] : a[1];
  int64_t k2 = transposeB ? b[1] : b[0], n = transposeB ? b[0] : b[1];
  if (k != k2)
    return fail(error, "Dimensions must be equal, but are " + str(k) +
                           " and " + str(k2));
  result = {m, n};
  return checkSize(result, error);
}

bool biasAdd(const Shape &value, const Shape &bias, std::string &error) {
  if (value.size() < 2)
    return fail(error, "Shape must be at least rank 2 but is rank " +
                           str(value.size()));
  if (!checkRank(bias, 1, "the bias of BiasAdd", error))
    return false;
  if (value.back() != bias[0])
    return fail(error, "Dimensions must be equal, but are " +
                           str(value.back()) + " and " + str(bias[0]));
  return true;
}

bool reshape(const Shape &input, const Shape &requested, Shape &result,
             std::string &error) {
  int64_t total = numElements(input);
  int64_t known = 1, inferred = -1;
  for (size_t i = 0; i < requested.size(); ++i) {
    int64_t d = requested[i];
    if (d == -1) {
      if (inferred != -1)
        return fail(error, "can only infer one dimension of a reshape (-1)");
      inferred = int64_t(i);
    } else if (d < 0) {
      return fail(error, "size " + str(d) + " in a reshape must be -1 or non-negative");
    } else {
      if (d != 0 && known > kMaxElements / d)
        return fail(error, "reshape to " + formatShape(requested) + " is too large");
      known *= d;
    }
  }
  result = requested;
  if (inferred >= 0) {
    if (known == 0 || total % known != 0)
      return fail(error, "Cannot reshape a tensor with " + str(total) +
                             " elements to shape " + formatShape(requested));
    result[inferred] = total / known;
    return true;
  }
  if (known != total)
    return fail(error, "Cannot reshape a tensor with " + str(total) +
                           " elements to shape " + formatShape(requested) +
                           " (" + str(known) + " elements)");
  return true;
}

bool transpose(const Shape &input, const Shape &perm, Shape &result,
               std::string &error) {
  if (perm.size() != input.size())
    return fail(error, "transpose expects a permutation of " +
                           str(input.size()) + " axes, got " +
                           formatShape(perm));
  std::vector<bool> seen(input.size(), false);
  result.clear();
  for (int64_t p : perm) {
    if (p < 0 || p >= int64_t(input.size()) || seen[p])
      return fail(error, formatShape(perm) + " is not a valid permutation of " +
                             str(input.size()) + " axes");
    seen[p] = true;
    result.push_back(input[p]);
  }
  return true;
}

bool concat(const std::vector<Shape> &inputs, int64_t axis, Shape &result,
            std::string &error) {
  if (inputs.empty())
    return fail(error, "concat needs at least one input");
  const Shape &first = inputs.front();
  int64_t a;
  if (!normalizeAxis(axis, first.size(), a, error))
    return false;
  if (first.empty())
    return fail(error, "Can't concatenate scalars (use tf.stack instead)");
  result = first;
  for (size_t i = 1; i < inputs.size(); ++i) {
    const Shape &s = inputs[i];
    if (s.size() != first.size())
      return fail(error, "Shape must be rank " + str(first.size()) +
                             " but is rank " + str(s.size()));
    for (size_t d = 0; d < s.size(); ++d) {
      if (int64_t(d) == a)
        continue;
      if (s[d] != first[d])
        return fail(error, "Dimension " + str(d) +
                               " in both shapes must be equal, but are " +
                               str(first[d]) + " and " + str(s[d]) +
                               ". Shapes are " + formatShape(first) + " and " +
                               formatShape(s) + ".");
    }
    result[a] += s[a];
    if (result[a] > kMaxElements)
      return checkSize(result, error);
  }
  return checkSize(result, error);
}

bool split(const Shape &input, int64_t axis, const Shape &sizes,
           std::vector<Shape> &results, std::string &error) {
  int64_t a;
  if (!normalizeAxis(axis, input.size(), a, error))
    return false;
  if (input.empty())
    return fail(error, "cannot split a scalar");
  int64_t known = 0, inferred = -1;
  for (size_t i = 0; i < sizes.size(); ++i) {
    if (sizes[i] == -1) {
      if (inferred != -1)
        return fail(error, "only one size of a split may be -1");
      inferred = int64_t(i);
    } else if (sizes[i] < 0) {
      return fail(error, "split sizes must be non-negative, got " + str(sizes[i]));
    } else {
      known += sizes[i];
    }
  }
  Shape resolved = sizes;
  if (inferred >= 0) {
    if (known > input[a])
      return fail(error, "split sizes " + formatShape(sizes) +
                             " exceed dimension " + str(a) + " of size " +
                             str(input[a]));
    resolved[inferred] = input[a] - known;
  } else if (known != input[a]) {
    return fail(error, "Determined shape must either match input shape along "
                       "split_dim exactly if fully specified, or be less than "
                       "the size of the input along split_dim if not fully "
                       "specified.  Got: " + str(known));
  }
  results.clear();
  for (int64_t size : resolved) {
    Shape piece = input;
    piece[a] = size;
    results.push_back(piece);
  }
  return true;
}

bool reduce(const Shape &input, const Shape &axes, bool keepDims,
            Shape &result, std::string &error) {
  std::vector<bool> reduced(input.size(), axes.empty());
  for (int64_t axis : axes) {
    int64_t a;
    if (input.empty())
      return fail(error, "Invalid reduction dimension " + str(axis) +
                             " for input with 0 dimensions");
    if (!normalizeAxis(axis, input.size(), a, error))
      return fail(error, "Invalid reduction dimension " + str(axis) +
                             " for input with " + str(input.size()) +
                             " dimensions");
    reduced[a] = true;
  }
  result.clear();
  for (size_t d = 0; d < input.size(); ++d) {
    if (!reduced[d])
      result.push_back(input[d]);
    else if (keepDims)
      result.push_back(1);
  }
  return true;
}

bool squeeze(const Shape &input, const Shape &axes, Shape &result,
             std::string &error) {
  std::vector<bool> drop(input.size(), false);
  if (axes.empty()) {
    for (size_t d = 0; d < input.size(); ++d)
      drop[d] = input[d] == 1;
  }
  for (int64_t axis : axes) {
    int64_t a;
    if (!normalizeAxis(axis, input.size(), a, error))
      return false;
    if (input[a] != 1)
      return fail(error, "Can not squeeze dim[" + str(a) +
                             "], expected a dimension of 1, got " +
                             str(input[a]));
    drop[a] = true;
  }
  result.clear();
  for (size_t d = 0; d < input.size(); ++d)
    if (!drop[d])
      result.push_back(input[d]);
  return true;
}

bool expandDims(const Shape &input, int64_t axis, Shape &result,
                std::string &error) {
  int64_t rank = input.size() + 1;
  if (axis < -rank || axis >= rank)
    return fail(error, "axis " + str(axis) + " is out of range for expand_dims "
                       "of a tensor of rank " + str(input.size()));
  int64_t a = axis < 0 ? axis + rank : axis;
  result = input;
  result.insert(result.begin() + a, 1);
  return true;
}

} // namespace scopec::shapes

bool scopec::shapes::stridedSlice(const Shape &input,
                                  const StridedSliceSpec &spec,
                                  DenseSlice &result, std::string &error) {
  // Follows TF's ValidateStridedSliceOp: expand the sparse spec (with an
  // implicit trailing ellipsis) to one entry per input dimension, then
  // canonicalize each dimension's range.
  int64_t entries = static_cast<int64_t>(spec.strides.size());
  if (static_cast<int64_t>(spec.begin.size()) != entries ||
      static_cast<int64_t>(spec.end.size()) != entries) {
    error = "Expected begin, end, and strides to be 1D equal size tensors";
    return false;
  }
  if (spec.ellipsisMask & (spec.ellipsisMask - 1)) {
    error = "Multiple ellipses in slice spec not allowed";
    return false;
  }
  int64_t ellipsisMask = spec.ellipsisMask, newAxesAfterEllipsis = 0;
  bool seenEllipsis = false;
  for (int64_t i = 0; i < entries; ++i) {
    if (seenEllipsis && (spec.newAxisMask >> i & 1))
      ++newAxesAfterEllipsis;
    if (spec.ellipsisMask >> i & 1)
      seenEllipsis = true;
  }
  if (!seenEllipsis)
    ellipsisMask |= int64_t(1) << entries++;

  int64_t rank = static_cast<int64_t>(input.size());
  Shape begin(rank, 0), end(rank, 0), strides(rank, 1);
  std::vector<bool> beginMasked(rank), endMasked(rank), shrink(rank);
  constexpr int64_t kNewAxis = -1, kShrunk = -2;
  std::vector<int64_t> gather; // input dim, kNewAxis or kShrunk
  int64_t full = 0;
  for (int64_t i = 0; i < entries; ++i) {
    if (ellipsisMask >> i & 1) {
      int64_t next =
          std::min(rank - (entries - i) + 1 + newAxesAfterEllipsis, rank);
      for (; full < next; ++full) {
        beginMasked[full] = endMasked[full] = true;
        gather.push_back(full);
      }
    } else if (spec.newAxisMask >> i & 1) {
      gather.push_back(kNewAxis);
    } else {
      if (full == rank) {
        error = "Index out of range using input dim " + std::to_string(full) +
                "; input has only " + std::to_string(rank) + " dims";
        return false;
      }
      begin[full] = spec.begin[i];
      end[full] = spec.end[i];
      strides[full] = spec.strides[i];
      beginMasked[full] = spec.beginMask >> i & 1;
      endMasked[full] = spec.endMask >> i & 1;
      shrink[full] = spec.shrinkAxisMask >> i & 1;
      gather.push_back(shrink[full] ? kShrunk : full);
      ++full;
    }
  }

  result = DenseSlice();
  Shape processing;
  for (int64_t i = 0; i < rank; ++i) {
    int64_t dim = input[i], stride = strides[i];
    if (stride == 0) {
      error = "strides[" + std::to_string(i) + "] must be non-zero";
      return false;
    }
    if (shrink[i] && stride <= 0) {
      error = "only stride 1 allowed on non-range indexing.";
      return false;
    }
    int64_t lo = stride > 0 ? 0 : -1, hi = stride > 0 ? dim : dim - 1;
    auto canonical = [&](int64_t x, bool masked, bool isEnd) {
      if (masked) // the fullest range in the stride's direction
        return (stride > 0) != isEnd ? lo : hi;
      int64_t forward = x < 0 ? dim + x : x;
      return std::clamp(forward, lo, hi);
    };
    int64_t b, e;
    if (shrink[i]) {
      b = begin[i] < 0 ? dim + begin[i] : begin[i];
      e = b + 1;
      if (b < 0 || b >= dim) {
        error = "slice index " + std::to_string(begin[i]) + " of dimension " +
                std::to_string(i) + " out of bounds.";
        return false;
      }
    } else {
      b = canonical(begin[i], beginMasked[i], false);
      e = canonical(end[i], endMasked[i], true);
    }
    int64_t length = e - b, size = 0;
    if (length != 0 && (length < 0) == (stride < 0))
      size = length / stride + (length % stride != 0 ? 1 : 0);
    result.offsets.push_back(size ? b : 0);
    result.strides.push_back(stride);
    result.sizes.push_back(size);
  }
  for (int64_t g : gather)
    if (g == kNewAxis)
      result.result.push_back(1);
    else if (g != kShrunk)
      result.result.push_back(result.sizes[g]);
  return true;
}

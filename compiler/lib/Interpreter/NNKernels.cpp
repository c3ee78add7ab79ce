//===- NNKernels.cpp - convolution, pooling, LRN and matmul ---------------===//
//
// Reference kernels for the neural-network ops, in TF 1.15 semantics: NHWC
// activations, HWIO filters, TF's SAME padding (the odd padding row/column
// goes at the bottom/right). Each output element is the literal sum or
// maximum of its definition; only the loop order is chosen so that the
// innermost loop runs over contiguous memory.
//
//===----------------------------------------------------------------------===//

#include "scopec/Interpreter/Kernels.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace scopec::interp;

int64_t scopec::interp::windowOutputSize(int64_t in, int64_t window,
                                         int64_t stride, int64_t dilation,
                                         bool same) {
  if (stride < 1 || dilation < 1 || window < 1)
    return -1;
  if (same)
    return (in + stride - 1) / stride;
  int64_t effective = (window - 1) * dilation + 1;
  if (in < effective)
    return -1;
  return (in - effective) / stride + 1;
}

int64_t scopec::interp::padBefore(int64_t in, int64_t out, int64_t window,
                                  int64_t stride, int64_t dilation, bool same) {
  if (!same)
    return 0;
  int64_t effective = (window - 1) * dilation + 1;
  return std::max<int64_t>(0, (out - 1) * stride + effective - in) / 2;
}

namespace {
/// The spatial geometry of one NHWC window op.
struct Geometry {
  int64_t batch, inH, inW, channels;
  int64_t winH, winW;
  int64_t outH, outW;
  int64_t padTop, padLeft;
};

bool makeGeometry(const Tensor &input, int64_t winH, int64_t winW,
                  const Window &w, Geometry &g, std::string &error) {
  if (input.rank() != 4) {
    error = "expected an NHWC input of rank 4, got " + formatShape(input.shape);
    return false;
  }
  g.batch = input.shape[0];
  g.inH = input.shape[1];
  g.inW = input.shape[2];
  g.channels = input.shape[3];
  g.winH = winH;
  g.winW = winW;
  g.outH = windowOutputSize(g.inH, winH, w.strideH, w.dilationH, w.same);
  g.outW = windowOutputSize(g.inW, winW, w.strideW, w.dilationW, w.same);
  if (g.outH < 0 || g.outW < 0) {
    error = "window " + formatShape({winH, winW}) + " with strides " +
            formatShape({w.strideH, w.strideW}) + " and dilations " +
            formatShape({w.dilationH, w.dilationW}) + " does not fit input " +
            formatShape(input.shape);
    return false;
  }
  g.padTop = padBefore(g.inH, g.outH, winH, w.strideH, w.dilationH, w.same);
  g.padLeft = padBefore(g.inW, g.outW, winW, w.strideW, w.dilationW, w.same);
  return true;
}

/// Calls fn(h, x, kh, kw) for every kernel tap (kh, kw) of output position
/// (oh, ow) whose input position (h, x) is inside the image (taps on the
/// zero padding contribute nothing).
template <typename F>
void forEachTap(const Geometry &g, const Window &w, int64_t oh, int64_t ow,
                F &&fn) {
  for (int64_t kh = 0; kh < g.winH; ++kh) {
    int64_t h = oh * w.strideH + kh * w.dilationH - g.padTop;
    if (h < 0 || h >= g.inH)
      continue;
    for (int64_t kw = 0; kw < g.winW; ++kw) {
      int64_t x = ow * w.strideW + kw * w.dilationW - g.padLeft;
      if (x < 0 || x >= g.inW)
        continue;
      fn(h, x, kh, kw);
    }
  }
}

/// The geometry of a convolution of `input` with a rank-4 `filter` whose
/// third dimension is the input channels (`layout` names it in errors).
bool filterGeometry(const Tensor &input, const Tensor &filter,
                    const char *layout, const Window &w, Geometry &g,
                    std::string &error) {
  if (filter.rank() != 4) {
    error = std::string("expected an ") + layout + " filter of rank 4, got " +
            formatShape(filter.shape);
    return false;
  }
  if (!makeGeometry(input, filter.shape[0], filter.shape[1], w, g, error))
    return false;
  if (filter.shape[2] != g.channels) {
    error = "filter " + formatShape(filter.shape) + " expects " +
            std::to_string(filter.shape[2]) + " input channels, the input " +
            formatShape(input.shape) + " has " + std::to_string(g.channels);
    return false;
  }
  return true;
}

enum class PoolKind { Max, Avg };

bool pool(PoolKind kind, const Tensor &input, int64_t winH, int64_t winW,
          const Window &w, Tensor &result, std::string &error) {
  Geometry g;
  if (!makeGeometry(input, winH, winW, w, g, error))
    return false;
  result = Tensor::filled({g.batch, g.outH, g.outW, g.channels});
  auto in = [&](int64_t n, int64_t h, int64_t x, int64_t c) {
    return input.values[((n * g.inH + h) * g.inW + x) * g.channels + c];
  };
  int64_t flat = 0;
  for (int64_t n = 0; n < g.batch; ++n)
    for (int64_t oh = 0; oh < g.outH; ++oh)
      for (int64_t ow = 0; ow < g.outW; ++ow)
        for (int64_t c = 0; c < g.channels; ++c) {
          // Only in-bounds positions take part: padding is never a max and
          // is not counted by the average.
          double maxValue = -std::numeric_limits<double>::infinity();
          double sum = 0;
          int64_t count = 0;
          for (int64_t kh = 0; kh < winH; ++kh) {
            int64_t h = oh * w.strideH + kh - g.padTop;
            if (h < 0 || h >= g.inH)
              continue;
            for (int64_t kw = 0; kw < winW; ++kw) {
              int64_t x = ow * w.strideW + kw - g.padLeft;
              if (x < 0 || x >= g.inW)
                continue;
              double v = in(n, h, x, c);
              maxValue = std::max(maxValue, v);
              sum += v;
              ++count;
            }
          }
          result.values[flat++] =
              kind == PoolKind::Max
                  ? maxValue
                  : (count ? sum / count
                           : std::numeric_limits<double>::quiet_NaN());
        }
  return true;
}
} // namespace

bool scopec::interp::conv2d(const Tensor &input, const Tensor &filter,
                            const Window &w, Tensor &result,
                            std::string &error) {
  Geometry g;
  if (!filterGeometry(input, filter, "HWIO", w, g, error))
    return false;
  int64_t outC = filter.shape[3];
  result = Tensor::filled({g.batch, g.outH, g.outW, outC});
  // out[n, oh, ow, o] = sum over kh, kw, c of
  //   in[n, oh*sh + kh*dh - padTop, ow*sw + kw*dw - padLeft, c] * f[kh, kw, c,
  //   o]
  // where out-of-bounds input positions are the zero padding.
  for (int64_t n = 0; n < g.batch; ++n)
    for (int64_t oh = 0; oh < g.outH; ++oh)
      for (int64_t ow = 0; ow < g.outW; ++ow) {
        // data() + offset: with zero channels the vectors are empty.
        double *out =
            result.values.data() + ((n * g.outH + oh) * g.outW + ow) * outC;
        forEachTap(g, w, oh, ow, [&](int64_t h, int64_t x, int64_t kh,
                                     int64_t kw) {
          const double *in =
              input.values.data() + ((n * g.inH + h) * g.inW + x) * g.channels;
          const double *f =
              filter.values.data() + (kh * g.winW + kw) * g.channels * outC;
          for (int64_t c = 0; c < g.channels; ++c)
            for (int64_t o = 0; o < outC; ++o)
              out[o] += in[c] * f[c * outC + o];
        });
      }
  return true;
}

bool scopec::interp::depthwiseConv2d(const Tensor &input,
                                     const Tensor &filter, const Window &w,
                                     Tensor &result, std::string &error) {
  Geometry g;
  if (!filterGeometry(input, filter, "HWCM", w, g, error))
    return false;
  int64_t mult = filter.shape[3], outC = g.channels * mult;
  result = Tensor::filled({g.batch, g.outH, g.outW, outC});
  // out[n, oh, ow, c*M + m] = sum over kh, kw of
  //   in[n, oh*sh + kh*dh - padTop, ow*sw + kw*dw - padLeft, c] * f[kh, kw, c, m]
  for (int64_t n = 0; n < g.batch; ++n)
    for (int64_t oh = 0; oh < g.outH; ++oh)
      for (int64_t ow = 0; ow < g.outW; ++ow) {
        double *out =
            result.values.data() + ((n * g.outH + oh) * g.outW + ow) * outC;
        forEachTap(g, w, oh, ow, [&](int64_t h, int64_t x, int64_t kh,
                                     int64_t kw) {
          const double *in =
              input.values.data() + ((n * g.inH + h) * g.inW + x) * g.channels;
          const double *f = filter.values.data() + (kh * g.winW + kw) * outC;
          for (int64_t c = 0; c < outC; ++c)
            out[c] += in[c / mult] * f[c];
        });
      }
  return true;
}

bool scopec::interp::conv2dTranspose(const Tensor &input, const Tensor &filter,
                                     const Shape &output, const Window &w,
                                     Tensor &result, std::string &error) {
  if (input.rank() != 4 || filter.rank() != 4 || output.size() != 4) {
    error = "expected an NHWC input, an HWOI filter and an NHWC output, got " +
            formatShape(input.shape) + ", " + formatShape(filter.shape) +
            " and " + formatShape(output);
    return false;
  }
  // The geometry of the forward conv2d, from `output` back to `input`.
  Tensor outputLike;
  outputLike.shape = output;
  Geometry g;
  if (!makeGeometry(outputLike, filter.shape[0], filter.shape[1], w, g, error))
    return false;
  if (g.outH != input.shape[1] || g.outW != input.shape[2] ||
      g.batch != input.shape[0] || filter.shape[2] != output[3] ||
      filter.shape[3] != input.shape[3]) {
    error = "conv2d of the output " + formatShape(output) + " with filter " +
            formatShape(filter.shape) + " does not give the input " +
            formatShape(input.shape);
    return false;
  }
  int64_t outC = output[3], inC = input.shape[3];
  result = Tensor::filled(output);
  // Scatter every input pixel through the window it was gathered from:
  //   out[n, oh*sh + kh*dh - padTop, ow*sw + kw*dw - padLeft, f] +=
  //       in[n, oh, ow, c] * filter[kh, kw, f, c]
  for (int64_t n = 0; n < g.batch; ++n)
    for (int64_t oh = 0; oh < g.outH; ++oh)
      for (int64_t ow = 0; ow < g.outW; ++ow) {
        const double *in =
            input.values.data() + ((n * g.outH + oh) * g.outW + ow) * inC;
        forEachTap(g, w, oh, ow, [&](int64_t h, int64_t x, int64_t kh,
                                     int64_t kw) {
          double *out =
              result.values.data() + ((n * g.inH + h) * g.inW + x) * outC;
          const double *f =
              filter.values.data() + (kh * g.winW + kw) * outC * inC;
          for (int64_t o = 0; o < outC; ++o)
            for (int64_t c = 0; c < inC; ++c)
              out[o] += in[c] * f[o * inC + c];
        });
      }
  return true;
}

bool scopec::interp::maxPool(const Tensor &input, int64_t windowH,
                             int64_t windowW, const Window &window,
                             Tensor &result, std::string &error) {
  return pool(PoolKind::Max, input, windowH, windowW, window, result, error);
}

bool scopec::interp::avgPool(const Tensor &input, int64_t windowH,
                             int64_t windowW, const Window &window,
                             Tensor &result, std::string &error) {
  return pool(PoolKind::Avg, input, windowH, windowW, window, result, error);
}

bool scopec::interp::lrn(const Tensor &input, int64_t depthRadius, double bias,
                         double alpha, double beta, Tensor &result,
                         std::string &error) {
  if (input.rank() < 1 || depthRadius < 0) {
    error = "lrn needs a tensor of rank >= 1 and depth_radius >= 0";
    return false;
  }
  int64_t depth = input.shape.back();
  result = input;
  for (int64_t base = 0; base < input.numElements(); base += depth)
    for (int64_t c = 0; c < depth; ++c) {
      double squares = 0;
      for (int64_t j = std::max<int64_t>(0, c - depthRadius);
           j <= std::min(depth - 1, c + depthRadius); ++j)
        squares += input.values[base + j] * input.values[base + j];
      result.values[base + c] =
          input.values[base + c] / std::pow(bias + alpha * squares, beta);
    }
  return true;
}

bool scopec::interp::matmul(const Tensor &a, const Tensor &b, bool transposeA,
                            bool transposeB, Tensor &result,
                            std::string &error) {
  if (a.rank() != 2 || b.rank() != 2) {
    error = "matmul needs two matrices, got " + formatShape(a.shape) + " and " +
            formatShape(b.shape);
    return false;
  }
  int64_t m = transposeA ? a.shape[1] : a.shape[0];
  int64_t k = transposeA ? a.shape[0] : a.shape[1];
  int64_t k2 = transposeB ? b.shape[1] : b.shape[0];
  int64_t n = transposeB ? b.shape[0] : b.shape[1];
  if (k != k2) {
    error = "inner dimensions " + std::to_string(k) + " and " +
            std::to_string(k2) + " of matmul differ";
    return false;
  }
  auto lhs = [&](int64_t i, int64_t p) {
    return transposeA ? a.values[p * m + i] : a.values[i * k + p];
  };
  auto rhs = [&](int64_t p, int64_t j) {
    return transposeB ? b.values[j * k + p] : b.values[p * n + j];
  };
  result = Tensor::filled({m, n});
  for (int64_t i = 0; i < m; ++i)
    for (int64_t p = 0; p < k; ++p) {
      double x = lhs(i, p);
      for (int64_t j = 0; j < n; ++j)
        result.values[i * n + j] += x * rhs(p, j);
    }
  return true;
}

bool scopec::interp::batchMatmul(const Tensor &a, const Tensor &b, bool adjX,
                                 bool adjY, Tensor &result,
                                 std::string &error) {
  if (a.rank() < 2 || b.rank() < 2) {
    error = "batch matmul needs operands of rank 2 or more, got " +
            formatShape(a.shape) + " and " + formatShape(b.shape);
    return false;
  }
  // NumPy broadcasting of the batch dimensions.
  Shape batchA(a.shape.begin(), a.shape.end() - 2),
      batchB(b.shape.begin(), b.shape.end() - 2);
  size_t rank = std::max(batchA.size(), batchB.size());
  batchA.insert(batchA.begin(), rank - batchA.size(), 1);
  batchB.insert(batchB.begin(), rank - batchB.size(), 1);
  Shape batch(rank);
  for (size_t i = 0; i < rank; ++i) {
    if (batchA[i] != batchB[i] && batchA[i] != 1 && batchB[i] != 1) {
      error = "batch dimensions of " + formatShape(a.shape) + " and " +
              formatShape(b.shape) + " do not broadcast";
      return false;
    }
    batch[i] = batchA[i] == 1 ? batchB[i] : batchA[i];
  }
  auto withMatrix = [&](const Tensor &t) {
    Shape s = batch;
    s.insert(s.end(), t.shape.end() - 2, t.shape.end());
    return s;
  };
  Tensor fullA, fullB;
  if (!broadcastTo(a, withMatrix(a), fullA, error) ||
      !broadcastTo(b, withMatrix(b), fullB, error))
    return false;
  Shape matA(a.shape.end() - 2, a.shape.end()),
      matB(b.shape.end() - 2, b.shape.end());
  int64_t count = numElements(batch), sizeA = numElements(matA),
          sizeB = numElements(matB);
  result = Tensor();
  for (int64_t i = 0; i < count; ++i) {
    Tensor sliceA(matA, std::vector<double>(
                            fullA.values.begin() + i * sizeA,
                            fullA.values.begin() + (i + 1) * sizeA));
    Tensor sliceB(matB, std::vector<double>(
                            fullB.values.begin() + i * sizeB,
                            fullB.values.begin() + (i + 1) * sizeB));
    Tensor product;
    if (!matmul(sliceA, sliceB, adjX, adjY, product, error))
      return false;
    if (i == 0) {
      result.shape = batch;
      result.shape.insert(result.shape.end(), product.shape.begin(),
                          product.shape.end());
    }
    result.values.insert(result.values.end(), product.values.begin(),
                         product.values.end());
  }
  if (count == 0) {
    result.shape = batch;
    result.shape.push_back(adjX ? matA[1] : matA[0]);
    result.shape.push_back(adjY ? matB[0] : matB[1]);
  }
  return true;
}

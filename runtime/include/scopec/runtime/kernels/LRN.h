//===- LRN.h - Local response normalization -------------------------*- C++ -*-===//
//
// tf.nn.lrn (local_response_normalization) on float32, normalizing along the
// last axis:
//
//   lrn<Rows, C, DepthRadius>(in, out, bias, alpha, beta)
//
//   in, out: [Rows, C] (an NHWC tensor with Rows = N*H*W).
//   sqr_sum[r][c] = sum of in[r][d]^2 for d in [c - DepthRadius,
//                   c + DepthRadius] clipped to [0, C)
//   out[r][c]     = in[r][c] / (bias + alpha * sqr_sum[r][c]) ^ beta
//
//   As in TF, alpha is not divided by the window size. TF's defaults are
//   DepthRadius = 5, bias = 1, alpha = 1, beta = 0.5. beta = 0.5, 0.75 and 1
//   avoid pow(). `in` and `out` must not overlap.
//
//   The square roots are IEEE sqrt, as std::sqrt, but written so the loops
//   vectorize: with errno-setting math (the default), std::sqrt keeps a
//   branch to libm for negative arguments and the loop scalar (this kernel
//   was a quarter of the CIFAR-10 network's time at batch 128).
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_RUNTIME_KERNELS_LRN_H
#define SCOPEC_RUNTIME_KERNELS_LRN_H

#include "scopec/runtime/kernels/Common.h"

#include <cmath>
#include <memory>

namespace scopec::rt::kernels {

namespace lrn_detail {

#if defined(__has_builtin)
#if __has_builtin(__builtin_elementwise_sqrt)
#define SCOPEC_RT_HAS_ELEMENTWISE_SQRT 1
#endif
#endif

/// sqrt(x) rounded as IEEE sqrt (NaN for x < 0), without errno, so loops
/// calling it vectorize (clang). Other compilers get std::sqrt.
inline float sqrtNoErrno(float x) {
#ifdef SCOPEC_RT_HAS_ELEMENTWISE_SQRT
  return __builtin_elementwise_sqrt(x);
#else
  return std::sqrt(x);
#endif
}

} // namespace lrn_detail

/// tf.nn.lrn along the last axis (see the file comment).
template <int64_t Rows, int64_t C, int64_t DepthRadius>
void lrn(const float *SCOPEC_RESTRICT in, float *SCOPEC_RESTRICT out,
         float bias, float alpha, float beta) {
  static_assert(Rows >= 0 && C > 0 && DepthRadius >= 0,
                "lrn shapes must be non-negative");
  constexpr int64_t R = DepthRadius < C ? DepthRadius : C - 1;
  constexpr int64_t padded = C + 2 * R;
  parallelFor(Rows, C * (2 * R + 8), [=](int64_t begin, int64_t end) {
    using lrn_detail::sqrtNoErrno;
    // Squares with R zeros on each side, so the window sum has no bounds.
    std::unique_ptr<float[]> sqBuf(new float[padded]);
    std::unique_ptr<float[]> sumBuf(new float[C]);
    float *SCOPEC_RESTRICT sq = sqBuf.get();
    float *SCOPEC_RESTRICT sum = sumBuf.get();
    for (int64_t i = 0; i < R; ++i)
      sq[i] = sq[R + C + i] = 0.0f;
    for (int64_t row = begin; row < end; ++row) {
      const float *SCOPEC_RESTRICT x = in + row * C;
      float *SCOPEC_RESTRICT y = out + row * C;
      for (int64_t c = 0; c < C; ++c)
        sq[R + c] = x[c] * x[c];
      // One pass, the window in registers (d runs a constant trip count and
      // unrolls); summed in the order sq[c], sq[c + 1], ..., sq[c + 2R].
      for (int64_t c = 0; c < C; ++c) {
        float acc = sq[c];
        for (int64_t d = 1; d <= 2 * R; ++d)
          acc += sq[c + d];
        sum[c] = acc;
      }
      if (beta == 0.5f) {
        for (int64_t c = 0; c < C; ++c)
          y[c] = x[c] / sqrtNoErrno(bias + alpha * sum[c]);
      } else if (beta == 0.75f) {
        for (int64_t c = 0; c < C; ++c) {
          const float s = sqrtNoErrno(bias + alpha * sum[c]);
          y[c] = x[c] / (s * sqrtNoErrno(s));
        }
      } else if (beta == 1.0f) {
        for (int64_t c = 0; c < C; ++c)
          y[c] = x[c] / (bias + alpha * sum[c]);
      } else {
        for (int64_t c = 0; c < C; ++c)
          y[c] = x[c] * std::pow(bias + alpha * sum[c], -beta);
      }
    }
  });
}

} // namespace scopec::rt::kernels

#endif // SCOPEC_RUNTIME_KERNELS_LRN_H

//===- DepthwiseConv2D.h - Depthwise 2-D convolution --------------*- C++ -*-===//
//
// tf.nn.depthwise_conv2d on NHWC float32 tensors:
//
//   depthwiseConv2D<N,H,W,C,M,KH,KW,SH,SW,DH,DW,PadTop,PadLeft,OH,OW>(
//       in, filter, out)
//       out[n][oh][ow][c*M + m] = sum over kh, kw of
//           in[n][oh*SH + kh*DH - PadTop][ow*SW + kw*DW - PadLeft][c]
//           * filter[kh][kw][c][m]
//
// with the filter in TF's [KH][KW][C][M] order, unpacked. Padding is never
// materialized: each (kernel row, kernel column) pair visits only the output
// columns whose input column is inside the image, computed once per pair.
// The innermost loop runs over the C*M contiguous output channels, which
// the compiler vectorizes; each output row (OW*C*M floats) stays in L1
// while the KH*KW taps accumulate into it. OpenMP spreads (image, output
// row) pairs over threads.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_RUNTIME_KERNELS_DEPTHWISECONV2D_H
#define SCOPEC_RUNTIME_KERNELS_DEPTHWISECONV2D_H

#include "scopec/runtime/kernels/Common.h"

namespace scopec::rt::kernels {

template <int64_t N, int64_t H, int64_t W, int64_t C, int64_t M, int64_t KH,
          int64_t KW, int64_t SH, int64_t SW, int64_t DH, int64_t DW,
          int64_t PadTop, int64_t PadLeft, int64_t OH, int64_t OW>
void depthwiseConv2D(const float *in, const float *filter, float *out) {
  static_assert(SH > 0 && SW > 0 && DH > 0 && DW > 0,
                "strides and dilations are positive");
  constexpr int64_t OC = C * M;
  parallelFor(N * OH, OW * KH * KW * OC + 1, [&](int64_t begin, int64_t end) {
    for (int64_t row = begin; row < end; ++row) {
      int64_t n = row / OH, oh = row % OH;
      float *SCOPEC_RESTRICT o = out + row * OW * OC;
      for (int64_t i = 0; i < OW * OC; ++i)
        o[i] = 0.0f;
      for (int64_t kh = 0; kh < KH; ++kh) {
        int64_t h = oh * SH + kh * DH - PadTop;
        if (h < 0 || h >= H)
          continue;
        const float *inRow = in + (n * H + h) * W * C;
        for (int64_t kw = 0; kw < KW; ++kw) {
          // Output columns ow with 0 <= ow*SW + kw*DW - PadLeft < W.
          int64_t shift = kw * DW - PadLeft;
          int64_t first = shift >= 0 ? 0 : (-shift + SW - 1) / SW;
          int64_t last = (W - 1 - shift) < 0 ? -1 : (W - 1 - shift) / SW;
          if (last > OW - 1)
            last = OW - 1;
          const float *SCOPEC_RESTRICT f = filter + (kh * KW + kw) * OC;
          for (int64_t ow = first; ow <= last; ++ow) {
            const float *SCOPEC_RESTRICT x = inRow + (ow * SW + shift) * C;
            float *SCOPEC_RESTRICT y = o + ow * OC;
            if constexpr (M == 1) {
              for (int64_t c = 0; c < C; ++c)
                y[c] += x[c] * f[c];
            } else {
              for (int64_t c = 0; c < C; ++c)
                for (int64_t m = 0; m < M; ++m)
                  y[c * M + m] += x[c] * f[c * M + m];
            }
          }
        }
      }
    }
  });
}

} // namespace scopec::rt::kernels

#endif // SCOPEC_RUNTIME_KERNELS_DEPTHWISECONV2D_H

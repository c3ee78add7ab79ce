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
// materialized: taps outside the image are skipped (bounds checks only for
// border pixels). Interior pixels go in groups of P, channels in blocks of
// 32: the P x 32 accumulators stay in registers across all KH*KW taps, each
// filter vector serves P pixels, each pixel is stored once; the channel
// loop is the one vectorized (contiguous in input, filter and output). OpenMP
// spreads (image, output row) pairs over threads.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_RUNTIME_KERNELS_DEPTHWISECONV2D_H
#define SCOPEC_RUNTIME_KERNELS_DEPTHWISECONV2D_H

#include "scopec/runtime/kernels/Common.h"

// Vectorize the contiguous channel loop, never the pixel loop around it
// (clang otherwise vectorizes across pixels with strided gathers when C is
// small enough to unroll: 27x slower on MobileNet's 112x112x32 layer).
#if defined(__clang__)
#define SCOPEC_DW_SCALAR_LOOP _Pragma("clang loop vectorize(disable) interleave(disable)")
#else
#define SCOPEC_DW_SCALAR_LOOP
#endif

namespace scopec::rt::kernels {

namespace depthwise_detail {

/// P output pixels from `ow` of one output row, output channels
/// [cb, cb + BW): every tap accumulates into `acc` (P x BW floats, held in
/// registers) and each pixel is stored once. `Checked`: taps may leave the
/// image on the left/right (border pixels); otherwise every column is in.
template <int64_t H, int64_t W, int64_t C, int64_t M, int64_t KH, int64_t KW,
          int64_t SW, int64_t DH, int64_t DW, int64_t PadTop, int64_t PadLeft,
          int64_t BW, int64_t P, bool Checked>
inline void pixels(const float *image, const float *filter, float *outRow,
                   int64_t oh, int64_t SH, int64_t cb, int64_t ow) {
  constexpr int64_t OC = C * M;
  float acc[P][BW] = {};
  for (int64_t kh = 0; kh < KH; ++kh) {
    int64_t h = oh * SH + kh * DH - PadTop;
    if (h < 0 || h >= H)
      continue;
    for (int64_t kw = 0; kw < KW; ++kw) {
      const float *SCOPEC_RESTRICT f = filter + (kh * KW + kw) * OC + cb;
      for (int64_t p = 0; p < P; ++p) {
        int64_t x = (ow + p) * SW + kw * DW - PadLeft;
        if (Checked && (x < 0 || x >= W))
          continue;
        const float *SCOPEC_RESTRICT in = image + (h * W + x) * C;
        for (int64_t c = 0; c < BW; ++c)
          acc[p][c] += in[(cb + c) / M] * f[c];
      }
    }
  }
  for (int64_t p = 0; p < P; ++p) {
    float *SCOPEC_RESTRICT y = outRow + (ow + p) * OC + cb;
    for (int64_t c = 0; c < BW; ++c)
      y[c] = acc[p][c];
  }
}

/// One output row, output channels [cb, cb + BW): interior pixels in
/// groups of P (the filter vectors of a tap serve P pixels), borders one by
/// one with bounds checks.
template <int64_t H, int64_t W, int64_t C, int64_t M, int64_t KH, int64_t KW,
          int64_t SW, int64_t DH, int64_t DW, int64_t PadTop, int64_t PadLeft,
          int64_t OW, int64_t BW>
inline void rowBlock(const float *image, const float *filter, float *outRow,
                     int64_t oh, int64_t SH, int64_t cb) {
  constexpr int64_t P = BW <= 16 ? 8 : BW <= 32 ? 4 : 2;
  // Interior: ow*SW - PadLeft >= 0 and ow*SW + (KW-1)*DW - PadLeft < W.
  constexpr int64_t Lo = (PadLeft + SW - 1) / SW;
  constexpr int64_t HiRaw = W - 1 - (KW - 1) * DW + PadLeft < 0
                                ? -1
                                : (W - 1 - (KW - 1) * DW + PadLeft) / SW;
  constexpr int64_t Hi = HiRaw < OW - 1 ? HiRaw : OW - 1;
  int64_t ow = 0;
  SCOPEC_DW_SCALAR_LOOP
  for (; ow < OW && ow < Lo; ++ow)
    pixels<H, W, C, M, KH, KW, SW, DH, DW, PadTop, PadLeft, BW, 1, true>(
        image, filter, outRow, oh, SH, cb, ow);
  SCOPEC_DW_SCALAR_LOOP
  for (; ow + P - 1 <= Hi; ow += P)
    pixels<H, W, C, M, KH, KW, SW, DH, DW, PadTop, PadLeft, BW, P, false>(
        image, filter, outRow, oh, SH, cb, ow);
  SCOPEC_DW_SCALAR_LOOP
  for (; ow < OW; ++ow)
    pixels<H, W, C, M, KH, KW, SW, DH, DW, PadTop, PadLeft, BW, 1, true>(
        image, filter, outRow, oh, SH, cb, ow);
}

} // namespace depthwise_detail

template <int64_t N, int64_t H, int64_t W, int64_t C, int64_t M, int64_t KH,
          int64_t KW, int64_t SH, int64_t SW, int64_t DH, int64_t DW,
          int64_t PadTop, int64_t PadLeft, int64_t OH, int64_t OW>
void depthwiseConv2D(const float *in, const float *filter, float *out) {
  static_assert(SH > 0 && SW > 0 && DH > 0 && DW > 0,
                "strides and dilations are positive");
  constexpr int64_t OC = C * M;
  // Channel blocks of 32 floats (measured best of 32/64/128 on MobileNet's
  // layers, bench/conv), the remainder as one narrower block.
  constexpr int64_t Block = OC < 32 ? (OC > 0 ? OC : 1) : 32;
  constexpr int64_t Full = OC / Block * Block, Rest = OC - Full;
  parallelFor(N * OH, OW * KH * KW * OC + 1, [&](int64_t begin, int64_t end) {
    for (int64_t row = begin; row < end; ++row) {
      int64_t n = row / OH, oh = row % OH;
      const float *image = in + n * H * W * C;
      float *outRow = out + row * OW * OC;
      if constexpr (Block > 0) {
        for (int64_t cb = 0; cb < Full; cb += Block)
          depthwise_detail::rowBlock<H, W, C, M, KH, KW, SW, DH, DW, PadTop,
                                     PadLeft, OW, Block>(image, filter, outRow,
                                                         oh, SH, cb);
      }
      if constexpr (Rest > 0)
        depthwise_detail::rowBlock<H, W, C, M, KH, KW, SW, DH, DW, PadTop,
                                   PadLeft, OW, Rest>(image, filter, outRow,
                                                      oh, SH, Full);
    }
  });
}

} // namespace scopec::rt::kernels

#undef SCOPEC_DW_SCALAR_LOOP

#endif // SCOPEC_RUNTIME_KERNELS_DEPTHWISECONV2D_H

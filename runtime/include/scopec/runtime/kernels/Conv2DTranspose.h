//===- Conv2DTranspose.h - Transposed 2-D convolution -------------*- C++ -*-===//
//
// tf.nn.conv2d_transpose (TF's Conv2DBackpropInput) on NHWC float32 tensors:
//
//   conv2DTranspose<N,H,W,C,KH,KW,F,SH,SW,DH,DW,PadTop,PadLeft,OH,OW>(
//       in, filter, out)
//       out[n][oh][ow][f] = sum over (h, w, kh, kw, c) with
//           oh = h*SH + kh*DH - PadTop, ow = w*SW + kw*DW - PadLeft of
//           in[n][h][w][c] * filter[kh][kw][f][c]
//
// with the filter in TF's [KH][KW][F][C] order, unpacked; PadTop/PadLeft
// are the padding of the forward conv2d from OHxOW to HxW.
//
// Design: TF's own CPU kernel (and Caffe's deconvolution) computes a GEMM
// followed by col2im, and so does this one, per image: the product
// cols[H*W][KH*KW*F] = in[H*W][C] * filter[KH*KW*F][C]^T runs on the matmul
// kernel (MatMul.h), then each output row gathers its contributions from
// the rows of `cols` its taps hit (the gather form needs no atomics, so
// output rows go to OpenMP threads independently). The contiguous F-wide
// adds vectorize. A batch of images is spread over threads image by image,
// a single image by the GEMM's and col2im's own threading. Scratch:
// H*W*KH*KW*F floats per thread, allocated per call.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_RUNTIME_KERNELS_CONV2DTRANSPOSE_H
#define SCOPEC_RUNTIME_KERNELS_CONV2DTRANSPOSE_H

#include "scopec/runtime/kernels/Common.h"
#include "scopec/runtime/kernels/MatMul.h"

#include <memory>

namespace scopec::rt::kernels {

namespace conv2d_transpose_detail {

/// Output rows [begin, end) of one image: each gathers, per kernel row and
/// column whose input pixel exists, the F-wide slice of `cols` it needs.
template <int64_t H, int64_t W, int64_t KH, int64_t KW, int64_t F, int64_t SH,
          int64_t SW, int64_t DH, int64_t DW, int64_t PadTop, int64_t PadLeft,
          int64_t OW>
void col2im(const float *cols, float *image, int64_t begin, int64_t end) {
  constexpr int64_t K = KH * KW * F;
  for (int64_t oh = begin; oh < end; ++oh) {
    float *SCOPEC_RESTRICT o = image + oh * OW * F;
    for (int64_t i = 0; i < OW * F; ++i)
      o[i] = 0.0f;
    for (int64_t kh = 0; kh < KH; ++kh) {
      int64_t t = oh + PadTop - kh * DH;
      if (t < 0 || t % SH != 0 || t / SH >= H)
        continue;
      const float *colsRow = cols + (t / SH) * W * K + kh * KW * F;
      for (int64_t ow = 0; ow < OW; ++ow) {
        float *SCOPEC_RESTRICT y = o + ow * F;
        for (int64_t kw = 0; kw < KW; ++kw) {
          int64_t u = ow + PadLeft - kw * DW;
          if (u < 0 || u % SW != 0 || u / SW >= W)
            continue;
          const float *SCOPEC_RESTRICT x = colsRow + (u / SW) * K + kw * F;
          for (int64_t f = 0; f < F; ++f)
            y[f] += x[f];
        }
      }
    }
  }
}

} // namespace conv2d_transpose_detail

template <int64_t N, int64_t H, int64_t W, int64_t C, int64_t KH, int64_t KW,
          int64_t F, int64_t SH, int64_t SW, int64_t DH, int64_t DW,
          int64_t PadTop, int64_t PadLeft, int64_t OH, int64_t OW>
void conv2DTranspose(const float *in, const float *filter, float *out) {
  static_assert(SH > 0 && SW > 0 && DH > 0 && DW > 0,
                "strides and dilations are positive");
  constexpr int64_t K = KH * KW * F, ColsSize = H * W * K;
  if constexpr (N * OH * OW * F == 0) {
    return;
  } else {
    // One image: the GEMM into `cols`, then col2im.
    auto image = [&](int64_t n, float *cols, bool threadRows) {
      if constexpr (ColsSize > 0)
        matmul<H * W, C, K, false, true>(in + n * H * W * C, filter, cols);
      float *dst = out + n * OH * OW * F;
      auto rows = [&](int64_t begin, int64_t end) {
        conv2d_transpose_detail::col2im<H, W, KH, KW, F, SH, SW, DH, DW,
                                        PadTop, PadLeft, OW>(cols, dst, begin,
                                                             end);
      };
      if (threadRows)
        parallelFor(OH, OW * KH * KW * F + 1, rows);
      else
        rows(0, OH);
    };
    if constexpr (N > 1) {
      // Several images: one thread per group of images, each with its own
      // scratch (the GEMM and col2im then run serially in that thread).
      parallelFor(N, ColsSize * C * 2 + 1, [&](int64_t begin, int64_t end) {
        std::unique_ptr<float[]> cols(new float[ColsSize > 0 ? ColsSize : 1]);
        for (int64_t n = begin; n < end; ++n)
          image(n, cols.get(), false);
      });
    } else {
      // One image: the GEMM and col2im are threaded themselves.
      std::unique_ptr<float[]> cols(new float[ColsSize > 0 ? ColsSize : 1]);
      image(0, cols.get(), true);
    }
  }
}

} // namespace scopec::rt::kernels

#endif // SCOPEC_RUNTIME_KERNELS_CONV2DTRANSPOSE_H

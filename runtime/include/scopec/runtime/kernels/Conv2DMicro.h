//===- Conv2DMicro.h - Register-blocked Conv2D micro-kernel -------*- C++ -*-===//
//
// One call computes P consecutive output pixels x one packed block of BW
// output channels (NV vectors), every accumulator in a register. Shapes and
// strides are template arguments so all addressing folds into constant
// displacements.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_RUNTIME_KERNELS_CONV2DMICRO_H
#define SCOPEC_RUNTIME_KERNELS_CONV2DMICRO_H

#include "scopec/runtime/kernels/Activation.h"
#include "scopec/runtime/kernels/Conv2DVec.h"

#include <cstddef>

#define SCOPEC_CONV_PRAGMA(x) _Pragma(#x)
#if defined(__GNUC__)
#define SCOPEC_CONV_ALWAYS_INLINE __attribute__((always_inline))
#else
#define SCOPEC_CONV_ALWAYS_INLINE
#endif
#if defined(__clang__)
#define SCOPEC_CONV_UNROLL_FULL SCOPEC_CONV_PRAGMA(clang loop unroll(full))
#define SCOPEC_CONV_UNROLL(n) SCOPEC_CONV_PRAGMA(clang loop unroll_count(n))
#elif defined(__GNUC__)
#define SCOPEC_CONV_UNROLL_FULL SCOPEC_CONV_PRAGMA(GCC unroll 64)
#define SCOPEC_CONV_UNROLL(n) SCOPEC_CONV_PRAGMA(GCC unroll n)
#else
#define SCOPEC_CONV_UNROLL_FULL
#define SCOPEC_CONV_UNROLL(n)
#endif

#ifndef SCOPEC_CONV_C_UNROLL
#define SCOPEC_CONV_C_UNROLL 2
#endif
/// How far ahead (bytes) the micro-kernel prefetches the packed filter; 0
/// turns the prefetch off (for measuring it: on the seed filter it is worth
/// ~1%).
#ifndef SCOPEC_CONV_PF_BYTES
#define SCOPEC_CONV_PF_BYTES 4096
#endif

namespace scopec::rt::kernels::conv2d_detail {

/// Largest tile (output pixels per micro-kernel call) for NV vectors of
/// output channels: P*NV accumulators + NV filter vectors + 1 broadcast must
/// fit the register file.
constexpr int maxTilePixels(int nv) {
#if defined(SCOPEC_CONV_TILE_P)
  if (nv == 2)
    return SCOPEC_CONV_TILE_P;
#endif
#if defined(__AVX512F__)
  return nv == 1 ? 24 : (32 - nv - 1) / nv;
#elif defined(__AVX2__) && defined(__FMA__)
  return (16 - nv - 1) / nv;
#else
  return nv <= 2 ? 6 : 3;
#endif
}

/// out[p][j] = act(bias[j] + sum_{r<khCount, kw, c}
///     in_r[(p*SW + kw*DW)*C + c] * w[((r*KW + kw)*C + c)*BW + j])
/// for p < P, j < BW; stores the first `valid` channels of each pixel at
/// out + p*OS. khCount may be 0.
///
/// Interior tiles (Clip = false): `rows[r]` points at the tile's first input
/// pixel in the input row of kernel row r (in_r = rows[r]).
/// Border tiles (Clip = true): the tile's first input column is IW0 (< 0 or
/// reaching past WIn), `rows[r]` points at column 0 of the row, and the
/// (pixel, kw) pairs whose column lies outside [0, WIn) are dropped at
/// compile time: padding costs neither a copy nor an FMA.
template <int NV, int P, int KW, int C, int SW, int DW, int BW, int OS, Act A,
          bool Clip = false, int IW0 = 0, int WIn = 0>
void microTile(const float *const *rows, int khCount, const float *w,
               const float *bias, float *out, int valid) {
  using Ops = VecOps;
  using V = typename Ops::V;
  constexpr int L = Ops::kLanes;
  static_assert(NV * L == BW, "block width must be NV vectors");
  constexpr int Base = Clip ? IW0 : 0;

  V acc[P][NV];
  SCOPEC_CONV_UNROLL_FULL
  for (int v = 0; v < NV; ++v) {
    V b = Ops::load(bias + v * L);
    SCOPEC_CONV_UNROLL_FULL
    for (int p = 0; p < P; ++p)
      acc[p][v] = b;
  }

  // One kernel column: all C input channels of P pixels.
  auto column = [&](const float *inRow, const float *wp, int kw)
      SCOPEC_CONV_ALWAYS_INLINE {
        // Interior: the column's first input pixel (Base = 0, in bounds).
        const float *ip = Clip ? inRow : inRow + kw * DW * C;
        SCOPEC_CONV_UNROLL(SCOPEC_CONV_C_UNROLL)
        for (int c = 0; c < C; ++c) {
          V wv[NV];
#if defined(__GNUC__) && SCOPEC_CONV_PF_BYTES > 0
          // The filter streams from L2 once per tile: keep it ahead in L1.
          SCOPEC_CONV_UNROLL_FULL
          for (int q = 0; q < BW * 4; q += 64)
            __builtin_prefetch(reinterpret_cast<const char *>(wp + c * BW) +
                                   SCOPEC_CONV_PF_BYTES + q,
                               0, 3);
#endif
          SCOPEC_CONV_UNROLL_FULL
          for (int v = 0; v < NV; ++v)
            wv[v] = Ops::load(wp + c * BW + v * L);
          SCOPEC_CONV_UNROLL_FULL
          for (int p = 0; p < P; ++p) {
            V x;
            if constexpr (Clip) {
              const int col = Base + p * SW + kw * DW;
              if (col < 0 || col >= WIn)
                continue; // folded away: p and kw are unrolled constants
              x = Ops::broadcast(inRow + col * C + c);
            } else {
              x = Ops::broadcast(ip + p * SW * C + c);
            }
            SCOPEC_CONV_UNROLL_FULL
            for (int v = 0; v < NV; ++v)
              acc[p][v] = Ops::fma(x, wv[v], acc[p][v]);
          }
        }
      };

  for (int r = 0; r < khCount; ++r) {
    const float *inRow = rows[r];
#if defined(__GNUC__)
    // Own the output lines before the stores: the filter stream has evicted
    // everything else from L1 by now.
    if (r == khCount - 1) {
      SCOPEC_CONV_UNROLL_FULL
      for (int p = 0; p < P; ++p)
        SCOPEC_CONV_UNROLL_FULL
        for (int q = 0; q < BW * 4; q += 64)
          __builtin_prefetch(reinterpret_cast<char *>(out + p * OS) + q, 1, 3);
    }
#endif
    const float *wRow = w + size_t(r) * KW * C * BW;
    if constexpr (Clip) {
      SCOPEC_CONV_UNROLL_FULL
      for (int kw = 0; kw < KW; ++kw)
        column(inRow, wRow + size_t(kw) * C * BW, kw);
    } else {
      for (int kw = 0; kw < KW; ++kw)
        column(inRow, wRow + size_t(kw) * C * BW, kw);
    }
  }

  if constexpr (A == Act::Relu || A == Act::Relu6) {
    const V lo = Ops::zero();
    SCOPEC_CONV_UNROLL_FULL
    for (int p = 0; p < P; ++p)
      SCOPEC_CONV_UNROLL_FULL
      for (int v = 0; v < NV; ++v) {
        acc[p][v] = Ops::max(lo, acc[p][v]); // NaN stays NaN
        if constexpr (A == Act::Relu6)
          acc[p][v] = Ops::min(Ops::splat(6.0f), acc[p][v]);
      }
  }

  if (valid == BW) {
    SCOPEC_CONV_UNROLL_FULL
    for (int p = 0; p < P; ++p)
      SCOPEC_CONV_UNROLL_FULL
      for (int v = 0; v < NV; ++v)
        Ops::store(out + p * OS + v * L, acc[p][v]);
  } else {
    SCOPEC_CONV_UNROLL_FULL
    for (int p = 0; p < P; ++p)
      SCOPEC_CONV_UNROLL_FULL
      for (int v = 0; v < NV; ++v) {
        const int n = valid - v * L;
        if (n >= L)
          Ops::store(out + p * OS + v * L, acc[p][v]);
        else if (n > 0)
          Ops::storePartial(out + p * OS + v * L, acc[p][v], n);
      }
  }

  if constexpr (A != Act::None && A != Act::Relu && A != Act::Relu6) {
    for (int p = 0; p < P; ++p)
      for (int j = 0; j < valid; ++j)
        out[p * OS + j] = activate<A>(out[p * OS + j]);
  }
}

} // namespace scopec::rt::kernels::conv2d_detail

#endif // SCOPEC_RUNTIME_KERNELS_CONV2DMICRO_H

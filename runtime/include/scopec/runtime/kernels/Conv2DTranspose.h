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
// Design: stride decomposition. Output pixel (oh, ow) = (ph + SH*i,
// pw + SW*j) of phase (ph, pw), 0 <= ph < SH, 0 <= pw < SW, is reached only
// by the kernel rows kh with (ph + PadTop - kh*DH) % SH == 0, from input row
// i + (ph + PadTop - kh*DH) / SH (likewise for columns): each phase is an
// ordinary stride-1 correlation of the input with its own sub-filter, and
// the layer is SH*SW of them writing interleaved outputs. No col2im pass, no
// H*W*KH*KW*F scratch, and taps that would land outside the output are
// never computed. Three paths do the phases, chosen at compile time from
// the static shape (conv2DTranspose below):
//
//  - small image (every phase at most 16 pixels per image, DCGAN h1 4x4 ->
//    8x8): one tile is a whole phase for one output channel, one register
//    accumulator per pixel, a dot product along C of the input and the
//    filter as stored ([F][C] rows are contiguous in C); which (pixel, tap)
//    pairs fall inside the image is known at compile time, so there is no
//    padding and no wasted FMA, and each filter element is read once per
//    call (h1's filter is 13 MB, 16 uses per element).
//  - packed (N*H*W >= 64 and F >= 16: h2_b16, h3): each (32-channel block,
//    phase) item packs its sub-filter into Conv2DPack.h's layout (16x16
//    transposes, into a per-thread buffer just before use) and runs the
//    forward Conv2D's register-blocked microTile (Conv2DMicro.h) on an
//    input copy padded with zero columns; kernel rows outside the image are
//    skipped per output row. Packing costs one pass over the filter per
//    call, which is why it needs many uses per filter element.
//  - dot (other C that is a multiple of the vector width: h4, F = 3): tiles
//    of 4 pixels x 6 output channels of the same dot-product form, on the
//    padded input.
//
// C not a multiple of the vector width keeps the former kernel (TF's and
// Caffe's decomposition): a GEMM cols[H*W][KH*KW*F] = in * filter^T on the
// matmul kernel (MatMul.h), then a col2im gather per output row.
// Dilation works on every path (the taps of a phase are then DH/gcd(SH,DH)
// input rows apart). The phased paths are taken in AVX-512 builds only:
// they compile and give the same results elsewhere (SCOPEC_DECONV_PATH
// forces one) but are not tuned for 16 vector registers.
//
// Measured (bench/conv's DCGAN generator layers on a shared 2-core AMD EPYC
// with AVX-512, medians of 10 interleaved rounds of 100 runs; speed
// relative to oneDNN 2.6's deconvolution, > 1 is faster; before = GEMM +
// col2im):
//
//   layer                            path     1 thread       2 threads
//                                             before  now    before  now
//   h1      1x4x4x512 -> 8x8x256     small    0.67x  1.84x   0.61x  1.77x
//   h2_b16  16x8x8x256 -> 16x16x128  packed   0.82x  1.14x   0.82x  1.14x
//   h3      1x16x16x128 -> 32x32x64  packed   0.99x  1.17x   0.65x  1.10x
//   h4      1x32x32x64 -> 64x64x3    dot      2.62x  3.36x   2.12x  2.98x
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_RUNTIME_KERNELS_CONV2DTRANSPOSE_H
#define SCOPEC_RUNTIME_KERNELS_CONV2DTRANSPOSE_H

#include "scopec/runtime/kernels/Common.h"
#include "scopec/runtime/kernels/Conv2DMicro.h"
#include "scopec/runtime/kernels/Conv2DPack.h"
#include "scopec/runtime/kernels/MatMul.h"

#include <algorithm>
#include <array>
#include <memory>
#include <numeric>
#include <utility>

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

namespace conv2d_transpose_detail {

/// x mod m in [0, m).
constexpr int64_t posMod(int64_t x, int64_t m) { return (x % m + m) % m; }

/// Sum of the lanes of `v`.
inline float laneSum(conv2d_detail::VecOps::V v) {
#if defined(__AVX512F__)
  // maskz extracts: GCC 12's unmasked forms (and _mm512_reduce_add_ps) trip
  // -Wuninitialized in its header, as in Conv2DVec.h.
  const __m512d d = _mm512_castps_pd(v);
  __m256 s8 = _mm256_add_ps(
      _mm256_castpd_ps(_mm512_maskz_extractf64x4_pd(__mmask8(0xF), d, 0)),
      _mm256_castpd_ps(_mm512_maskz_extractf64x4_pd(__mmask8(0xF), d, 1)));
  __m128 s =
      _mm_add_ps(_mm256_castps256_ps128(s8), _mm256_extractf128_ps(s8, 1));
  s = _mm_add_ps(s, _mm_movehl_ps(s, s));
  s = _mm_add_ss(s, _mm_movehdup_ps(s));
  return _mm_cvtss_f32(s);
#elif defined(__AVX2__) && defined(__FMA__)
  __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
  s = _mm_add_ps(s, _mm_movehl_ps(s, s));
  s = _mm_add_ss(s, _mm_movehdup_ps(s));
  return _mm_cvtss_f32(s);
#else
  float s = 0.0f;
  for (float x : v.x)
    s += x;
  return s;
#endif
}

/// The stride decomposition of one layer: output pixel (oh, ow) =
/// (ph + SH*i, pw + SW*j) of phase (ph, pw) reads kernel row kh iff
/// (ph + PadTop - kh*DH) % SH == 0, from input row i + rowShift(ph, kh)
/// (likewise for columns). The packed and dot paths read the input through
/// a copy padded with zero columns (PadL left, PadR right) so that every
/// column tap of a phase is in range for every pixel of the phase; kernel
/// rows outside the image are skipped per output row.
template <int64_t H, int64_t W, int64_t KH, int64_t KW, int64_t SH, int64_t SW,
          int64_t DH, int64_t DW, int64_t PadTop, int64_t PadLeft, int64_t OH,
          int64_t OW>
struct Phases {
  static constexpr bool rowTap(int64_t ph, int64_t kh) {
    return posMod(ph + PadTop - kh * DH, SH) == 0;
  }
  static constexpr bool colTap(int64_t pw, int64_t kw) {
    return posMod(pw + PadLeft - kw * DW, SW) == 0;
  }
  /// Exact divisions (the taps above make the numerators multiples).
  static constexpr int64_t rowShift(int64_t ph, int64_t kh) {
    return (ph + PadTop - kh * DH) / SH;
  }
  static constexpr int64_t colShift(int64_t pw, int64_t kw) {
    return (pw + PadLeft - kw * DW) / SW;
  }
  /// Output rows / columns of a phase.
  static constexpr int64_t rows(int64_t ph) {
    return ph < OH ? (OH - ph + SH - 1) / SH : 0;
  }
  static constexpr int64_t cols(int64_t pw) {
    return pw < OW ? (OW - pw + SW - 1) / SW : 0;
  }
  /// Zero columns the padded input needs on the left and right.
  static constexpr int64_t padL() {
    int64_t p = 0;
    for (int64_t pw = 0; pw < SW; ++pw)
      for (int64_t kw = 0; kw < KW; ++kw)
        if (cols(pw) > 0 && colTap(pw, kw) && -colShift(pw, kw) > p)
          p = -colShift(pw, kw);
    return p;
  }
  static constexpr int64_t padR() {
    int64_t p = 0;
    for (int64_t pw = 0; pw < SW; ++pw)
      for (int64_t kw = 0; kw < KW; ++kw)
        if (cols(pw) > 0 && colTap(pw, kw) &&
            cols(pw) - 1 + colShift(pw, kw) - (W - 1) > p)
          p = cols(pw) - 1 + colShift(pw, kw) - (W - 1);
    return p;
  }
  static constexpr int64_t PadL = padL(), PadR = padR(), WP = W + PadL + PadR;
};

/// out[p*os + q] = sum over taps t < nTaps and c < C of
///     x[t][p*C + c] * w[t][q*C + c]
/// for P pixels (consecutive input columns, C floats apart) and NF output
/// channels (filter rows, C floats apart): a dot product along C, so both
/// operands are read in their stored layout. All P*NF accumulators stay in
/// registers; each holds kLanes partial sums until the end.
template <int P, int NF, int64_t C>
void dotTile(const float *const *x, const float *const *w, int nTaps,
             float *out, int64_t os) {
  using Ops = conv2d_detail::VecOps;
  using V = typename Ops::V;
  constexpr int L = Ops::kLanes;
  V acc[P][NF];
  SCOPEC_CONV_UNROLL_FULL
  for (int p = 0; p < P; ++p)
    SCOPEC_CONV_UNROLL_FULL
  for (int q = 0; q < NF; ++q)
    acc[p][q] = Ops::zero();
  for (int t = 0; t < nTaps; ++t) {
    const float *SCOPEC_RESTRICT xt = x[t];
    const float *SCOPEC_RESTRICT wt = w[t];
    for (int64_t c = 0; c < C; c += L) {
      V wv[NF];
      SCOPEC_CONV_UNROLL_FULL
      for (int q = 0; q < NF; ++q)
        wv[q] = Ops::load(wt + q * C + c);
      SCOPEC_CONV_UNROLL_FULL
      for (int p = 0; p < P; ++p) {
        V xv = Ops::load(xt + p * C + c);
        SCOPEC_CONV_UNROLL_FULL
        for (int q = 0; q < NF; ++q)
          acc[p][q] = Ops::fma(xv, wv[q], acc[p][q]);
      }
    }
  }
  SCOPEC_CONV_UNROLL_FULL
  for (int p = 0; p < P; ++p)
    SCOPEC_CONV_UNROLL_FULL
  for (int q = 0; q < NF; ++q)
    out[p * os + q] = laneSum(acc[p][q]);
}

using DotTileFn = void (*)(const float *const *, const float *const *, int,
                           float *, int64_t);

/// dotTile instances for every (pixels, channels) up to (P, NF), indexed
/// [p - 1][nf - 1] (the partial tiles at the end of a row or of F).
template <int P, int NF, int64_t C, size_t... I>
constexpr std::array<DotTileFn, sizeof...(I)>
dotTileTable(std::index_sequence<I...>) {
  return {&dotTile<int(I) / NF + 1, int(I) % NF + 1, C>...};
}

} // namespace conv2d_transpose_detail

namespace conv2d_transpose_detail {

#if defined(__AVX512F__)
/// dst[i*ds + j] = src[j*ss + i] for i, j < 16 (the filter packing's
/// F <-> C swap, 16x16 floats at a time). maskz forms for GCC 12, as above.
inline void transpose16(const float *src, int64_t ss, float *dst, int64_t ds) {
  const __mmask16 all = 0xFFFF;
  __m512 r[16], t[16];
  for (int i = 0; i < 16; ++i)
    r[i] = _mm512_loadu_ps(src + i * ss);
  for (int i = 0; i < 8; ++i) {
    t[2 * i] = _mm512_maskz_unpacklo_ps(all, r[2 * i], r[2 * i + 1]);
    t[2 * i + 1] = _mm512_maskz_unpackhi_ps(all, r[2 * i], r[2 * i + 1]);
  }
  for (int i = 0; i < 4; ++i) {
    r[4 * i] = _mm512_maskz_shuffle_ps(all, t[4 * i], t[4 * i + 2],
                                       _MM_SHUFFLE(1, 0, 1, 0));
    r[4 * i + 1] = _mm512_maskz_shuffle_ps(all, t[4 * i], t[4 * i + 2],
                                           _MM_SHUFFLE(3, 2, 3, 2));
    r[4 * i + 2] = _mm512_maskz_shuffle_ps(all, t[4 * i + 1], t[4 * i + 3],
                                           _MM_SHUFFLE(1, 0, 1, 0));
    r[4 * i + 3] = _mm512_maskz_shuffle_ps(all, t[4 * i + 1], t[4 * i + 3],
                                           _MM_SHUFFLE(3, 2, 3, 2));
  }
  for (int i = 0; i < 4; ++i) {
    t[i] = _mm512_maskz_shuffle_f32x4(all, r[i], r[4 + i], 0x88);
    t[4 + i] = _mm512_maskz_shuffle_f32x4(all, r[i], r[4 + i], 0xdd);
    t[8 + i] = _mm512_maskz_shuffle_f32x4(all, r[8 + i], r[12 + i], 0x88);
    t[12 + i] = _mm512_maskz_shuffle_f32x4(all, r[8 + i], r[12 + i], 0xdd);
  }
  for (int i = 0; i < 4; ++i) {
    r[i] = _mm512_maskz_shuffle_f32x4(all, t[i], t[8 + i], 0x88);
    r[8 + i] = _mm512_maskz_shuffle_f32x4(all, t[i], t[8 + i], 0xdd);
    r[4 + i] = _mm512_maskz_shuffle_f32x4(all, t[4 + i], t[12 + i], 0x88);
    r[12 + i] = _mm512_maskz_shuffle_f32x4(all, t[4 + i], t[12 + i], 0xdd);
  }
  for (int i = 0; i < 16; ++i)
    _mm512_storeu_ps(dst + i * ds, r[i]);
}
#endif

/// The packed-filter form of a phase: its row taps in ascending input row
/// (descending kh), its column taps in ascending input column (descending
/// kw), so that the phase is a stride-1 correlation of the padded input
/// with a KHp x KWp filter, packed as Conv2DPack.h packs a forward filter:
/// blocks of kConv2DBlock output channels, each [KHp][KWp][C][BW].
template <int64_t C, int64_t KH, int64_t KW, int64_t F, typename Ph, int64_t SH,
          int64_t SW>
struct PackedPhases {
  static constexpr int64_t rowTaps(int64_t ph) {
    int64_t n = 0;
    for (int64_t kh = 0; kh < KH; ++kh)
      n += Ph::rowTap(ph, kh);
    return n;
  }
  static constexpr int64_t colTaps(int64_t pw) {
    int64_t n = 0;
    for (int64_t kw = 0; kw < KW; ++kw)
      n += Ph::colTap(pw, kw);
    return n;
  }
  /// Floats of the largest packed (phase, block) item.
  static constexpr int64_t maxItemSize() {
    int64_t m = 0;
    for (int64_t q = 0; q < SH * SW; ++q)
      if (rowTaps(q / SW) * colTaps(q % SW) > m)
        m = rowTaps(q / SW) * colTaps(q % SW);
    return m * C * kConv2DBlock;
  }

  /// Packs block b of phase (ph, pw) from the [KH][KW][F][C] filter into
  /// `packed` ([KHp][KWp][C][BW]).
  static void pack(const float *filter, float *packed, int64_t ph, int64_t pw,
                   int b) {
    const int64_t bw = conv2DBlockWidth(int(F), b), f0 = b * kConv2DBlock;
    float *dst = packed;
    for (int64_t kh = KH - 1; kh >= 0; --kh) {
      if (!Ph::rowTap(ph, kh))
        continue;
      for (int64_t kw = KW - 1; kw >= 0; --kw) {
        if (!Ph::colTap(pw, kw))
          continue;
        const float *src = filter + (kh * KW + kw) * F * C;
        int64_t jVec = 0;
#if defined(__AVX512F__)
        if constexpr (C % 16 == 0) {
          for (; jVec + 16 <= bw && f0 + jVec + 16 <= F; jVec += 16)
            for (int64_t c = 0; c < C; c += 16)
              transpose16(src + (f0 + jVec) * C + c, C, dst + c * bw + jVec,
                          bw);
        }
#endif
        for (int64_t j = jVec; j < bw; ++j) {
          if (f0 + j < F) {
            const float *s = src + (f0 + j) * C;
            for (int64_t c = 0; c < C; ++c)
              dst[c * bw + j] = s[c];
          } else {
            for (int64_t c = 0; c < C; ++c)
              dst[c * bw + j] = 0.0f;
          }
        }
        dst += C * bw;
      }
    }
  }
};

using MicroTileFn = void (*)(const float *const *, int, const float *,
                             const float *, float *, int);

/// microTile (Conv2DMicro.h) instances of one phase's column-tap count and
/// block width, indexed by tile width - 1.
template <int NV, int KWp, int64_t C, int BW, int64_t OS, int64_t TapDW,
          size_t... Ps>
constexpr std::array<MicroTileFn, sizeof...(Ps)>
microTileTable(std::index_sequence<Ps...>) {
  return {&conv2d_detail::microTile<NV, int(Ps) + 1, KWp, int(C), 1, int(TapDW),
                                    BW, int(OS), Act::None>...};
}

/// The tables of every column phase pw < SW.
template <int NV, int BW, int64_t C, int64_t OS, int64_t TapDW, int PMax,
          typename PP, size_t... PWs>
constexpr std::array<std::array<MicroTileFn, PMax>, sizeof...(PWs)>
microTileTables(std::index_sequence<PWs...>) {
  return {microTileTable<NV, int(PP::colTaps(int64_t(PWs))), C, BW, OS, TapDW>(
      std::make_index_sequence<PMax>())...};
}

} // namespace conv2d_transpose_detail

/// Rows [r0, r1) of the padded input of the packed and dot paths: N*H rows
/// of WP pixels, each the image row's W pixels after PadL zero pixels and
/// before WP - W - PadL more.
template <int64_t W, int64_t C, int64_t WP, int64_t PadL>
void padRows(const float *in, float *padded, int64_t r0, int64_t r1) {
  for (int64_t r = r0; r < r1; ++r) {
    float *d = padded + r * WP * C;
    std::fill(d, d + PadL * C, 0.0f);
    std::copy(in + r * W * C, in + (r + 1) * W * C, d + PadL * C);
    std::fill(d + (PadL + W) * C, d + WP * C, 0.0f);
  }
}

/// Runs work(tid, nt, barrier) on every OpenMP thread (tid < nt) when
/// `parallel` and not already inside a parallel region, else once as
/// work(0, 1, no-op); `barrier()` waits for all nt calls to reach it.
template <typename Work> void parallelRegion(bool parallel, Work &&work) {
#if defined(_OPENMP)
  if (parallel && !omp_in_parallel() && omp_get_max_threads() > 1) {
#pragma omp parallel
    work(int64_t(omp_get_thread_num()), int64_t(omp_get_num_threads()), [] {
#pragma omp barrier
    });
    return;
  }
#endif
  (void)parallel;
  work(int64_t(0), int64_t(1), [] {});
}

/// The packed-filter phased path of conv2DTranspose (see the file comment).
template <int64_t N, int64_t H, int64_t W, int64_t C, int64_t KH, int64_t KW,
          int64_t F, int64_t SH, int64_t SW, int64_t DH, int64_t DW,
          int64_t PadTop, int64_t PadLeft, int64_t OH, int64_t OW>
void conv2DTransposePacked(const float *in, const float *filter, float *out) {
  using namespace conv2d_transpose_detail;
  using Ph = Phases<H, W, KH, KW, SH, SW, DH, DW, PadTop, PadLeft, OH, OW>;
  using PP = PackedPhases<C, KH, KW, F, Ph, SH, SW>;
  constexpr int64_t WP = Ph::WP, PadL = Ph::PadL;
  constexpr int64_t NumPhases = SH * SW;
  constexpr int NumBlocks = conv2DNumBlocks(int(F));
  constexpr int FullBlocks = int(F) / kConv2DBlock;
  constexpr int LastBW = conv2DBlockWidth(int(F), NumBlocks - 1);
  constexpr int L = conv2d_detail::VecOps::kLanes;
  static_assert(kConv2DBlock % L == 0 && LastBW % L == 0,
                "blocks are whole vectors");
  // Input columns (rows) between consecutive column (row) taps of a phase.
  constexpr int64_t TapDW = DW / std::gcd(SW, DW),
                    TapDH = DH / std::gcd(SH, DH);
  constexpr int64_t MaxCols = Ph::cols(0);
  constexpr int PF = conv2d_detail::maxTilePixels(kConv2DBlock / L) < MaxCols
                         ? conv2d_detail::maxTilePixels(kConv2DBlock / L)
                         : int(MaxCols);
  constexpr int PL = conv2d_detail::maxTilePixels(LastBW / L) < MaxCols
                         ? conv2d_detail::maxTilePixels(LastBW / L)
                         : int(MaxCols);
  static constexpr auto fullTiles =
      microTileTables<kConv2DBlock / L, kConv2DBlock, C, SW * F, TapDW, PF, PP>(
          std::make_index_sequence<SW>());
  static constexpr auto lastTiles =
      microTileTables<LastBW / L, LastBW, C, SW * F, TapDW, PL, PP>(
          std::make_index_sequence<SW>());
  // Used in the generic lambda below only, which GCC 12 misses
  // (-Wunused-but-set-variable).
  (void)fullTiles, (void)lastTiles;

  // One parallel region: the threads pad the input (rows split between
  // them), wait for each other, then each packs and computes its own
  // contiguous range of (block, phase) items, packing an item's sub-filter
  // into its own buffer just before using it (so it is read from L2).
  std::unique_ptr<float[]> padBuffer(new float[WP != W ? N * H * WP * C : 1]);
  const float *src = WP != W ? padBuffer.get() : in;
  constexpr int64_t Items = NumPhases * NumBlocks;
  constexpr int64_t ItemFloats = PP::maxItemSize();
  alignas(64) static constexpr float zeros[kConv2DBlock] = {};
  auto work = [&](int64_t tid, int64_t nt, auto &&barrier) {
    if constexpr (WP != W) {
      padRows<W, C, WP, PadL>(in, padBuffer.get(), N * H * tid / nt,
                              N * H * (tid + 1) / nt);
      barrier();
    }
    const int64_t begin = Items * tid / nt, end = Items * (tid + 1) / nt;
    if (begin == end)
      return;
    std::unique_ptr<float[]> packBuffer(new float[ItemFloats + 16]);
    float *packed = reinterpret_cast<float *>(
        (reinterpret_cast<uintptr_t>(packBuffer.get()) + 63) & ~uintptr_t(63));
    const float *rows[KH];
    for (int64_t item = begin; item < end; ++item) {
      const int b = int(item / NumPhases);
      const int64_t phase = item % NumPhases, ph = phase / SW, pw = phase % SW;
      PP::pack(filter, packed, ph, pw, b);
      const int64_t khp = PP::rowTaps(ph), kwp = PP::colTaps(pw);
      const int64_t f0 = int64_t(b) * kConv2DBlock;
      const int bw = b < FullBlocks ? kConv2DBlock : LastBW;
      const int valid = int(F - f0 < bw ? F - f0 : bw);
      const int pmax = b < FullBlocks ? PF : PL;
      // Row tap r (ascending input row) reads input row i + row0 + r*TapDH;
      // the first column tap reads column j + col0 of the padded input.
      int64_t kh0 = KH - 1;
      while (kh0 >= 0 && !Ph::rowTap(ph, kh0))
        --kh0;
      int64_t kw0 = KW - 1;
      while (kw0 >= 0 && !Ph::colTap(pw, kw0))
        --kw0;
      const int64_t row0 = kh0 >= 0 ? Ph::rowShift(ph, kh0) : 0;
      const int64_t col0 = kw0 >= 0 ? PadL + Ph::colShift(pw, kw0) : 0;
      const int64_t cols = Ph::cols(pw), numTiles = (cols + pmax - 1) / pmax;
      const MicroTileFn *tiles =
          b < FullBlocks ? fullTiles[pw].data() : lastTiles[pw].data();
      for (int64_t n = 0; n < N; ++n)
        for (int64_t i = 0; i < Ph::rows(ph); ++i) {
          // Row taps whose input row is in the image.
          int64_t r0 = 0, r1 = khp;
          while (r0 < r1 && i + row0 + r0 * TapDH < 0)
            ++r0;
          while (r1 > r0 && i + row0 + (r1 - 1) * TapDH >= H)
            --r1;
          const float *wr = packed + r0 * kwp * C * bw;
          float *orow = out + ((n * OH + ph + SH * i) * OW + pw) * F + f0;
          // Balanced tiles of at most pmax pixels.
          for (int64_t t = 0, j0 = 0; t < numTiles; ++t) {
            const int64_t p = cols / numTiles + (t < cols % numTiles);
            for (int64_t r = r0; r < r1; ++r)
              rows[r - r0] =
                  src + ((n * H + i + row0 + r * TapDH) * WP + col0 + j0) * C;
            tiles[p - 1](rows, int(r1 - r0), wr, zeros, orow + j0 * SW * F,
                         valid);
            j0 += p;
          }
        }
    }
  };
  constexpr bool Parallel =
      Items > 1 &&
      N * OH * OW * KH * KW * C * F / (NumPhases * NumPhases) >= kParallelGrain;
  parallelRegion(Parallel, work);
}

namespace conv2d_transpose_detail {

/// Calls f(std::integral_constant<int64_t, I>()) for I = 0 .. sizeof(Is)-1.
template <typename Fn, size_t... Is>
SCOPEC_CONV_ALWAYS_INLINE inline void forEachIndex(Fn &&f,
                                                   std::index_sequence<Is...>) {
  (f(std::integral_constant<int64_t, int64_t(Is)>()), ...);
}

/// One phase (PH, PW) of a small image, whole: all its R x Q output pixels
/// of one output channel are one tile, and which (pixel, tap) pairs read
/// an input pixel inside the image is known at compile time, so the tile
/// needs neither padding nor a bounds check and does no wasted FMA.
template <typename Ph, int64_t PH, int64_t PW, int64_t H, int64_t W, int64_t C,
          int64_t KH, int64_t KW, int64_t F, int64_t SH, int64_t SW, int64_t OW>
struct SmallPhase {
  static constexpr int64_t R = Ph::rows(PH), Q = Ph::cols(PW), NP = R * Q;
  static constexpr int64_t numTaps() {
    int64_t n = 0;
    for (int64_t kh = 0; kh < KH; ++kh)
      for (int64_t kw = 0; kw < KW; ++kw)
        n += Ph::rowTap(PH, kh) && Ph::colTap(PW, kw);
    return n;
  }
  static constexpr int64_t NT = numTaps();
  /// Kernel position (kh*KW + kw) of tap t.
  static constexpr int64_t tap(int64_t t) {
    for (int64_t kh = 0; kh < KH; ++kh)
      for (int64_t kw = 0; kw < KW; ++kw)
        if (Ph::rowTap(PH, kh) && Ph::colTap(PW, kw) && t-- == 0)
          return kh * KW + kw;
    return 0;
  }
  static constexpr int64_t inRow(int64_t t, int64_t p) {
    return p / Q + Ph::rowShift(PH, tap(t) / KW);
  }
  static constexpr int64_t inCol(int64_t t, int64_t p) {
    return p % Q + Ph::colShift(PW, tap(t) % KW);
  }
  static constexpr bool valid(int64_t t, int64_t p) {
    return inRow(t, p) >= 0 && inRow(t, p) < H && inCol(t, p) >= 0 &&
           inCol(t, p) < W;
  }

  /// Output channel f of this phase of one image (`in`, `out` at the image).
  static void run(const float *in, const float *filter, float *out, int64_t f) {
    using Ops = conv2d_detail::VecOps;
    using V = typename Ops::V;
    constexpr int L = Ops::kLanes;
    V acc[NP > 0 ? NP : 1];
    SCOPEC_CONV_UNROLL_FULL
    for (int64_t p = 0; p < NP; ++p)
      acc[p] = Ops::zero();
    const float *wf = filter + f * C;
    for (int64_t c = 0; c < C; c += L) {
      forEachIndex(
          [&](auto t) SCOPEC_CONV_ALWAYS_INLINE {
            constexpr int64_t T = decltype(t)::value;
            const V wv = Ops::load(wf + tap(T) * F * C + c);
            forEachIndex(
                [&](auto p) SCOPEC_CONV_ALWAYS_INLINE {
                  constexpr int64_t P = decltype(p)::value;
                  if constexpr (valid(T, P))
                    acc[P] = Ops::fma(
                        Ops::load(in + (inRow(T, P) * W + inCol(T, P)) * C + c),
                        wv, acc[P]);
                },
                std::make_index_sequence<NP>());
          },
          std::make_index_sequence<NT>());
    }
    SCOPEC_CONV_UNROLL_FULL
    for (int64_t p = 0; p < NP; ++p)
      out[((PH + SH * (p / Q)) * OW + PW + SW * (p % Q)) * F + f] =
          laneSum(acc[p]);
  }
};

using SmallPhaseFn = void (*)(const float *, const float *, float *, int64_t);

template <typename Ph, int64_t H, int64_t W, int64_t C, int64_t KH, int64_t KW,
          int64_t F, int64_t SH, int64_t SW, int64_t OW, size_t... Q>
constexpr std::array<SmallPhaseFn, sizeof...(Q)>
smallPhaseTable(std::index_sequence<Q...>) {
  return {&SmallPhase<Ph, int64_t(Q) / SW, int64_t(Q) % SW, H, W, C, KH, KW, F,
                      SH, SW, OW>::run...};
}

} // namespace conv2d_transpose_detail

/// Phases of at most this many output pixels (per image) take the
/// small-image path: one accumulator register per pixel, plus the filter
/// vector and the input operand, in AVX-512's 32 vector registers.
#ifndef SCOPEC_DECONV_SMALL_PIXELS
#define SCOPEC_DECONV_SMALL_PIXELS 16
#endif

/// The small-image phased path of conv2DTranspose (see the file comment).
template <int64_t N, int64_t H, int64_t W, int64_t C, int64_t KH, int64_t KW,
          int64_t F, int64_t SH, int64_t SW, int64_t DH, int64_t DW,
          int64_t PadTop, int64_t PadLeft, int64_t OH, int64_t OW>
void conv2DTransposeSmall(const float *in, const float *filter, float *out) {
  using namespace conv2d_transpose_detail;
  using Ph = Phases<H, W, KH, KW, SH, SW, DH, DW, PadTop, PadLeft, OH, OW>;
  constexpr int64_t NumPhases = SH * SW;
  static constexpr auto table =
      smallPhaseTable<Ph, H, W, C, KH, KW, F, SH, SW, OW>(
          std::make_index_sequence<NumPhases>());
  // Items (output channel, phase), phases innermost so that a thread's
  // contiguous range mixes cheap and expensive phases.
  parallelFor(
      F * NumPhases, N * OH * OW * KH * KW * C / (NumPhases * NumPhases) + 1,
      [&](int64_t begin, int64_t end) {
        for (int64_t item = begin; item < end; ++item)
          for (int64_t n = 0; n < N; ++n)
            table[item % NumPhases](in + n * H * W * C, filter,
                                    out + n * OH * OW * F, item / NumPhases);
      });
}

/// The packed path needs this many input pixels (N*H*W: the uses of each
/// filter element) to pay for packing the filter on every call.
#ifndef SCOPEC_DECONV_PACK_MIN_PIXELS
#define SCOPEC_DECONV_PACK_MIN_PIXELS 64
#endif
inline constexpr int64_t kDeconvPackMinPixels = SCOPEC_DECONV_PACK_MIN_PIXELS;

/// Output pixels (P) x output channels (NF) of the dot path's
/// micro-kernel: P*NF accumulators, P + NF loads per P*NF FMAs.
#ifndef SCOPEC_DECONV_TILE_P
#define SCOPEC_DECONV_TILE_P 4
#endif
#ifndef SCOPEC_DECONV_TILE_F
#define SCOPEC_DECONV_TILE_F 6
#endif

/// The dot-product phased path of conv2DTranspose (see the file comment);
/// needs C to be a multiple of the vector width.
template <int64_t N, int64_t H, int64_t W, int64_t C, int64_t KH, int64_t KW,
          int64_t F, int64_t SH, int64_t SW, int64_t DH, int64_t DW,
          int64_t PadTop, int64_t PadLeft, int64_t OH, int64_t OW>
void conv2DTransposeDot(const float *in, const float *filter, float *out) {
  using namespace conv2d_transpose_detail;
  using Ph = Phases<H, W, KH, KW, SH, SW, DH, DW, PadTop, PadLeft, OH, OW>;
  constexpr int P = SCOPEC_DECONV_TILE_P, NF = SCOPEC_DECONV_TILE_F;
  constexpr int64_t WP = Ph::WP, PadL = Ph::PadL;
  static_assert(C % conv2d_detail::VecOps::kLanes == 0,
                "the phased path reads C in whole vectors");
  static constexpr auto tiles =
      dotTileTable<P, NF, C>(std::make_index_sequence<P * NF>());
  (void)tiles; // as fullTiles in conv2DTransposePacked

  // Work items: (slice of the rows, group of NF output channels, phase),
  // phases innermost so that a thread's contiguous range mixes cheap and
  // expensive phases; the rows are sliced only when there are fewer than
  // 32 (group, phase) pairs (h4: F = 3, 4 phases). As in the packed path,
  // the threads first pad the input rows between them.
  constexpr int64_t Groups = (F + NF - 1) / NF, NumPhases = SH * SW;
  constexpr int64_t MaxRows = N * Ph::rows(0);
  constexpr int64_t Want = (32 + Groups * NumPhases - 1) / (Groups * NumPhases);
  constexpr int64_t Slices = Want < MaxRows ? Want : MaxRows > 0 ? MaxRows : 1;
  constexpr int64_t Items = Slices * Groups * NumPhases;
  std::unique_ptr<float[]> padBuffer(new float[WP != W ? N * H * WP * C : 1]);
  const float *src = WP != W ? padBuffer.get() : in;
  auto work = [&](int64_t tid, int64_t nthreads, auto &&barrier) {
    if constexpr (WP != W) {
      padRows<W, C, WP, PadL>(in, padBuffer.get(), N * H * tid / nthreads,
                              N * H * (tid + 1) / nthreads);
      barrier();
    }
    const float *xs[KH * KW], *ws[KH * KW];
    int64_t xoff[KH * KW];
    for (int64_t item = Items * tid / nthreads,
                 end = Items * (tid + 1) / nthreads;
         item < end; ++item) {
      const int64_t phase = item % NumPhases, g = item / NumPhases % Groups,
                    s = item / (NumPhases * Groups);
      const int64_t ph = phase / SW, pw = phase % SW, f0 = g * NF;
      const int nf = int(F - f0 < NF ? F - f0 : NF);
      const int64_t rows = Ph::rows(ph), cols = Ph::cols(pw);
      // Image rows n * rows + i of this slice.
      for (int64_t k = N * rows * s / Slices,
                   kEnd = N * rows * (s + 1) / Slices;
           k < kEnd; ++k) {
        const int64_t n = k / rows, i = k % rows;
        // The taps of output row ph + SH*i whose input row exists.
        int nt = 0;
        for (int64_t kh = 0; kh < KH; ++kh) {
          if (!Ph::rowTap(ph, kh))
            continue;
          const int64_t h = i + Ph::rowShift(ph, kh);
          if (h < 0 || h >= H)
            continue;
          for (int64_t kw = 0; kw < KW; ++kw) {
            if (!Ph::colTap(pw, kw))
              continue;
            xoff[nt] = ((n * H + h) * WP + PadL + Ph::colShift(pw, kw)) * C;
            ws[nt] = filter + ((kh * KW + kw) * F + f0) * C;
            ++nt;
          }
        }
        float *orow = out + ((n * OH + ph + SH * i) * OW + pw) * F + f0;
        for (int64_t j0 = 0; j0 < cols; j0 += P) {
          const int p = int(cols - j0 < P ? cols - j0 : P);
          for (int t = 0; t < nt; ++t)
            xs[t] = src + xoff[t] + j0 * C;
          tiles[(p - 1) * NF + nf - 1](xs, ws, nt, orow + j0 * SW * F, SW * F);
        }
      }
    }
  };
  constexpr bool Parallel =
      Items > 1 &&
      N * OH * OW * KH * KW * C * F / (NumPhases * NumPhases) >= kParallelGrain;
  parallelRegion(Parallel, work);
}

/// The GEMM + col2im path of conv2DTranspose (see the file comment): C not
/// a multiple of the vector width.
template <int64_t N, int64_t H, int64_t W, int64_t C, int64_t KH, int64_t KW,
          int64_t F, int64_t SH, int64_t SW, int64_t DH, int64_t DW,
          int64_t PadTop, int64_t PadLeft, int64_t OH, int64_t OW>
void conv2DTransposeGemm(const float *in, const float *filter, float *out) {
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

template <int64_t N, int64_t H, int64_t W, int64_t C, int64_t KH, int64_t KW,
          int64_t F, int64_t SH, int64_t SW, int64_t DH, int64_t DW,
          int64_t PadTop, int64_t PadLeft, int64_t OH, int64_t OW>
void conv2DTranspose(const float *in, const float *filter, float *out) {
  static_assert(SH > 0 && SW > 0 && DH > 0 && DW > 0,
                "strides and dilations are positive");
  using conv2d_detail::VecOps;
  // Path choice from the static shape (SCOPEC_DECONV_PATH forces one for
  // measuring: 1 GEMM + col2im, 2 dot, 3 packed, 4 small; 4 unrolls every
  // pixel of a phase, so forced on large phases it compiles for minutes).
  // The phased paths are tuned for AVX-512 only (with AVX2's 16 registers
  // the dot tile spills); other builds keep GEMM + col2im, whose GEMM is
  // precompiled per x86-64 level and picked at run time.
#if defined(__AVX512F__)
  constexpr bool WholeVectors = C % VecOps::kLanes == 0;
#else
  constexpr bool WholeVectors = false;
#endif
  using Ph = conv2d_transpose_detail::Phases<H, W, KH, KW, SH, SW, DH, DW,
                                             PadTop, PadLeft, OH, OW>;
  constexpr bool Small =
      WholeVectors && Ph::rows(0) * Ph::cols(0) <= SCOPEC_DECONV_SMALL_PIXELS;
  constexpr bool Packed =
      WholeVectors && F >= 16 && N * H * W >= kDeconvPackMinPixels;
#ifndef SCOPEC_DECONV_PATH
#define SCOPEC_DECONV_PATH 0
#endif
  constexpr int Path = SCOPEC_DECONV_PATH != 0 ? SCOPEC_DECONV_PATH
                       : Small                 ? 4
                       : Packed                ? 3
                       : WholeVectors          ? 2
                                               : 1;
  if constexpr (N * OH * OW * F == 0)
    return;
  else if constexpr (Path == 4 && C % VecOps::kLanes == 0)
    conv2DTransposeSmall<N, H, W, C, KH, KW, F, SH, SW, DH, DW, PadTop, PadLeft,
                         OH, OW>(in, filter, out);
  else if constexpr (Path == 3)
    conv2DTransposePacked<N, H, W, C, KH, KW, F, SH, SW, DH, DW, PadTop,
                          PadLeft, OH, OW>(in, filter, out);
  else if constexpr (Path == 2 && C % VecOps::kLanes == 0)
    conv2DTransposeDot<N, H, W, C, KH, KW, F, SH, SW, DH, DW, PadTop, PadLeft,
                       OH, OW>(in, filter, out);
  else
    conv2DTransposeGemm<N, H, W, C, KH, KW, F, SH, SW, DH, DW, PadTop, PadLeft,
                        OH, OW>(in, filter, out);
}

} // namespace scopec::rt::kernels

#endif // SCOPEC_RUNTIME_KERNELS_CONV2DTRANSPOSE_H

//===- Activation.h - Activation functions for kernel epilogues ---*- C++ -*-===//
//
// `activate<A>(x)` is branch-free scalar code that compilers vectorize when
// it is called in a loop, so every kernel (and the convolution's epilogue)
// can apply an activation inline. sigmoid and tanh use a Cephes-style expf
// (range reduction + degree-6 polynomial, about 2 ulp) instead of libm, which
// would keep the loop scalar; `exp(x)` is that expf over the whole float
// range, for fused elementwise bodies. NaN inputs give NaN.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_RUNTIME_KERNELS_ACTIVATION_H
#define SCOPEC_RUNTIME_KERNELS_ACTIVATION_H

#include <cstdint>
#include <cstring>

namespace scopec::rt::kernels {

/// An activation applied element by element.
enum class Act {
  None,    ///< identity
  Relu,    ///< max(x, 0)
  Relu6,   ///< min(max(x, 0), 6)
  Sigmoid, ///< 1 / (1 + exp(-x))
  Tanh,    ///< tanh(x)
};

namespace detail {

inline float bitsToFloat(uint32_t bits) {
  float f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

/// exp(x) = 2^n * exp(r): returns exp(r) and sets n. Rounds x*log2(e) to
/// the nearest integer n without relying on the rounding mode or on
/// (x + C) - C (which -ffast-math would fold away). |x| <= 104.
inline float expReduced(float x, int32_t &n) {
  const float t = x * 1.44269504088896341f;
  n = static_cast<int32_t>(t + (t >= 0.0f ? 0.5f : -0.5f));
  const float fn = static_cast<float>(n);
  float r = x - fn * 0.693359375f; // ln2 split in two for exact reduction
  r = r - fn * -2.12194440e-4f;
  float p = 1.9875691500e-4f;
  p = p * r + 1.3981999507e-3f;
  p = p * r + 8.3334519073e-3f;
  p = p * r + 4.1665795894e-2f;
  p = p * r + 1.6666665459e-1f;
  p = p * r + 5.0000001201e-1f;
  return p * r * r + r + 1.0f;
}

/// 2^n for n in [-126, 127].
inline float pow2(int32_t n) {
  return bitsToFloat(static_cast<uint32_t>(n + 127) << 23);
}

/// exp(x) for x in [-87, 88]; callers clamp.
inline float expClamped(float x) {
  int32_t n;
  const float er = expReduced(x, n);
  return er * pow2(n);
}

/// Clamps to [lo, hi]; NaN becomes lo (so a float->int conversion after it
/// is always defined).
inline float clampF(float x, float lo, float hi) {
  x = x > lo ? x : lo;
  return x < hi ? x : hi;
}

inline float sigmoid(float x) {
  const float e = expClamped(clampF(-x, -87.0f, 88.0f));
  const float y = x < -88.0f ? 0.0f : 1.0f / (1.0f + e);
  return x != x ? x : y;
}

inline float tanh(float x) {
  const float ax = x < 0.0f ? -x : x;
  // Small |x|: odd polynomial (Cephes tanhf); large: 1 - 2 / (exp(2|x|) + 1).
  const float z = x * x;
  float p = -5.70498872745e-3f;
  p = p * z + 2.06390887954e-2f;
  p = p * z - 5.37397155531e-2f;
  p = p * z + 1.33314422036e-1f;
  p = p * z - 3.33332819422e-1f;
  const float small = p * z * x + x;
  const float e = expClamped(clampF(2.0f * ax, 0.0f, 88.0f));
  const float bigAbs = 1.0f - 2.0f / (e + 1.0f);
  const float big = x < 0.0f ? -bigAbs : bigAbs;
  const float y = ax < 0.625f ? small : big;
  return x != x ? x : y;
}

} // namespace detail

/// exp(x) over the whole float range (about 2 ulp; denormal results lose
/// precision, below 1e-38 in absolute terms): +inf above ~88.72, 0 far
/// below, NaN for NaN. Branch-free, so loops calling it vectorize, unlike
/// std::exp (which sets errno).
inline float exp(float x) {
  using namespace detail;
  int32_t n;
  const float er = expReduced(clampF(x, -104.0f, 89.0f), n);
  // 2^n in two factors: n runs from -150 (a denormal, or 0) to 128 (inf).
  const int32_t half = n / 2;
  const float y = er * pow2(half) * pow2(n - half);
  return x != x ? x : y;
}

/// Applies activation A to one value.
template <Act A> inline float activate(float x) {
  if constexpr (A == Act::None) {
    return x;
  } else if constexpr (A == Act::Relu) {
    return x < 0.0f ? 0.0f : x;
  } else if constexpr (A == Act::Relu6) {
    const float y = x < 0.0f ? 0.0f : x;
    return y > 6.0f ? 6.0f : y;
  } else if constexpr (A == Act::Sigmoid) {
    return detail::sigmoid(x);
  } else {
    return detail::tanh(x);
  }
}

/// data[i] = activate<A>(data[i]) for i < n.
template <Act A> inline void activateInPlace(float *data, int64_t n) {
  if constexpr (A != Act::None)
    for (int64_t i = 0; i < n; ++i)
      data[i] = activate<A>(data[i]);
}

} // namespace scopec::rt::kernels

#endif // SCOPEC_RUNTIME_KERNELS_ACTIVATION_H

//===- Shape.h - Data movement and softmax ----------------------*- C++ -*-===//
//
// Dense C order; data movement on any element type, softmax on float32.
// Reductions are in Reduce.h. Reshape, squeeze and expand_dims need no kernel:
// the buffer is reused as is. No output may overlap its input.
//
//   transpose<InShape, Perm>(in, out)
//       out has dims InShape[Perm[i]]; out[i0..] = in[...] as tf.transpose.
//       Any rank up to 8. Unit dims are dropped and dims that stay adjacent
//       are merged first, so e.g. NHWC->NCHW is a tiled 2-D transpose.
//   concat<Outer, Inner, S0, S1, ...>({in0, in1, ...}, out)
//       tf.concat along one axis: Outer = product of the dims before the
//       axis, Inner = product of the dims after it, S_i = the axis length of
//       input i (out's is their sum).
//   split<Outer, Inner, S0, S1, ...>(in, {out0, out1, ...})
//       tf.split, the inverse of concat (same parameters).
//   stridedSlice<InShape, OutShape, Offsets, Strides>(in, out)
//       tf.strided_slice in dense form: out[i0, i1, ...] =
//       in[Offsets[0] + i0 * Strides[0], ...] (strides may be negative; all
//       lists have the input's rank). Any element type; rows with stride 1
//       in the last dimension are copied with memcpy.
//   gather<Outer, N, Inner, Count>(params, indices, out)
//       tf.gather along one axis of params viewed as [Outer, N, Inner]:
//       out[o, i, :] = params[o, indices[i], :] for Count indices (any
//       integer type); an index outside [0, N) gives zeros (TF's GPU
//       kernel; its CPU kernel raises an error).
//   pad<InShape, OutShape, Before, Mode>(in, out, value)
//       tf.pad: OutShape[d] = InShape[d] + Before[d] + after; Mode 0
//       (CONSTANT) fills the new elements with `value`, 1 (REFLECT) mirrors
//       the input without its edge element, 2 (SYMMETRIC) with it. Rows
//       inside the input copy their middle with memcpy.
//   softmax<Outer, AxisLen, Inner>(in, out)
//       tf.nn.softmax along one axis of a tensor viewed as
//       [Outer, AxisLen, Inner] (Inner = 1 for the last axis, TF's default):
//       exp(x - max) / sum(exp(x - max)).
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_RUNTIME_KERNELS_SHAPE_H
#define SCOPEC_RUNTIME_KERNELS_SHAPE_H

#include "scopec/runtime/kernels/Activation.h"
#include "scopec/runtime/kernels/Common.h"

#include <array>
#include <cstring>
#include <limits>
#include <memory>

namespace scopec::rt::kernels {

namespace detail {

constexpr int kMaxShapeRank = 8;

/// max(x[0..n)), n >= 1, ignoring NaNs; 8 independent lanes so the loop
/// vectorizes without -ffast-math.
inline float rowMax(const float *SCOPEC_RESTRICT x, int64_t n) {
  float lanes[8];
  for (int j = 0; j < 8; ++j)
    lanes[j] = x[0];
  int64_t i = 0;
  for (; i + 8 <= n; i += 8)
    for (int j = 0; j < 8; ++j)
      lanes[j] = lanes[j] < x[i + j] ? x[i + j] : lanes[j];
  float m = lanes[0];
  for (int j = 1; j < 8; ++j)
    m = m < lanes[j] ? lanes[j] : m;
  for (; i < n; ++i)
    m = m < x[i] ? x[i] : m;
  return m;
}

/// sum(x[0..n)) accumulated in double, in 8 lanes.
inline double rowSum(const float *SCOPEC_RESTRICT x, int64_t n) {
  double lanes[8] = {};
  int64_t i = 0;
  for (; i + 8 <= n; i += 8)
    for (int j = 0; j < 8; ++j)
      lanes[j] += x[i + j];
  double s = 0.0;
  for (; i < n; ++i)
    s += x[i];
  for (int j = 0; j < 8; ++j)
    s += lanes[j];
  return s;
}


/// A collapsed loop nest: dims with input and output strides (elements).
struct CollapsedDims {
  bool valid = true;
  int rank = 0;
  int64_t dims[kMaxShapeRank] = {};
  int64_t inStride[kMaxShapeRank] = {};
  int64_t outStride[kMaxShapeRank] = {};
  /// For reductions: whether the dim is reduced.
  bool reduced[kMaxShapeRank] = {};
};

/// The transpose as loops over collapsed output dims.
template <class InShape, class P> constexpr CollapsedDims makeTransposePlan() {
  constexpr int r = static_cast<int>(InShape::size);
  CollapsedDims plan;
  if (r != static_cast<int>(P::size) || r > kMaxShapeRank) {
    plan.valid = false;
    return plan;
  }
  bool seen[kMaxShapeRank] = {};
  for (int i = 0; i < r; ++i) {
    int64_t p = P::values[i];
    if (p < 0 || p >= r || seen[p]) {
      plan.valid = false;
      return plan;
    }
    seen[p] = true;
  }
  // Input strides of the original dims.
  int64_t inStride[kMaxShapeRank] = {};
  int64_t s = 1;
  for (int i = r - 1; i >= 0; --i) {
    inStride[i] = s;
    s *= InShape::values[i];
  }
  // Output dims in order, dropping unit dims and merging an output dim into
  // the previous one when it is the next input dim.
  int n = 0;
  int lastIn = -2;
  for (int i = 0; i < r; ++i) {
    int p = static_cast<int>(P::values[i]);
    int64_t d = InShape::values[p];
    if (d == 1)
      continue;
    // Merge when p follows lastIn in the input, skipping unit dims between.
    bool adjacent = n > 0 && p > lastIn;
    for (int k = lastIn + 1; adjacent && k < p; ++k)
      adjacent = InShape::values[k] == 1;
    if (adjacent) {
      plan.dims[n - 1] *= d;
      plan.inStride[n - 1] = inStride[p];
    } else {
      plan.dims[n] = d;
      plan.inStride[n] = inStride[p];
      ++n;
    }
    lastIn = p;
  }
  plan.rank = n;
  int64_t o = 1;
  for (int i = n - 1; i >= 0; --i) {
    plan.outStride[i] = o;
    o *= plan.dims[i];
  }
  return plan;
}

/// The collapsed dim with input stride 1.
constexpr int unitStrideDim(const CollapsedDims &plan) {
  for (int d = 0; d < plan.rank; ++d)
    if (plan.inStride[d] == 1)
      return d;
  return 0;
}

/// Product of the reduced dims.
constexpr int64_t reducedCount(const CollapsedDims &plan) {
  int64_t c = 1;
  for (int d = 0; d < plan.rank; ++d)
    if (plan.reduced[d])
      c *= plan.dims[d];
  return c;
}

/// Input and output offsets of the `index`-th combination of dims
/// [0, count) of `plan` (row-major over those dims, skipping `skipA` and
/// `skipB`).
inline void decodeOffsets(const CollapsedDims &plan, int count, int skipA,
                          int skipB, int64_t index, int64_t &inOff,
                          int64_t &outOff) {
  inOff = outOff = 0;
  for (int d = count - 1; d >= 0; --d) {
    if (d == skipA || d == skipB)
      continue;
    int64_t i = index % plan.dims[d];
    index /= plan.dims[d];
    inOff += i * plan.inStride[d];
    outOff += i * plan.outStride[d];
  }
}

/// Keeps `T` out of template argument deduction (C++20's type_identity):
/// concat and split deduce the element type from their single pointer.
template <class T> struct NonDeduced { using type = T; };

} // namespace detail

/// tf.transpose (see the file comment), on any element type.
template <class InShape, class P, class Elem>
void transpose(const Elem *SCOPEC_RESTRICT in, Elem *SCOPEC_RESTRICT out) {
  constexpr detail::CollapsedDims plan =
      detail::makeTransposePlan<InShape, P>();
  static_assert(plan.valid, "Perm must be a permutation of the input's dims "
                            "(rank <= 8)");
  constexpr int64_t total = InShape::product();
  constexpr int r = plan.rank;
  if constexpr (total == 0) {
    return;
  } else if constexpr (r <= 1) {
    std::memcpy(out, in, total * sizeof(Elem));
  } else if constexpr (plan.inStride[r - 1] == 1) {
    // The last dim stays last: copy contiguous rows.
    constexpr int64_t L = plan.dims[r - 1];
    parallelFor(total / L, L, [&](int64_t begin, int64_t end) {
      for (int64_t row = begin; row < end; ++row) {
        int64_t inOff, outOff;
        detail::decodeOffsets(plan, r - 1, -1, -1, row, inOff, outOff);
        std::memcpy(out + outOff, in + inOff, L * sizeof(Elem));
      }
    });
  } else {
    // Tiled 2-D transpose between the output's last dim `a` and the dim `b`
    // that is the input's last (input stride 1), inside loops over the rest.
    constexpr int a = r - 1;
    constexpr int b = detail::unitStrideDim(plan);
    constexpr int64_t T = 32;
    constexpr int64_t LA = plan.dims[a], LB = plan.dims[b];
    constexpr int64_t tilesB = (LB + T - 1) / T;
    constexpr int64_t outer = total / (LA * LB);
    constexpr int64_t sA = plan.inStride[a], sB = plan.outStride[b];
    parallelFor(outer * tilesB, T * LA, [&](int64_t begin, int64_t end) {
      for (int64_t item = begin; item < end; ++item) {
        int64_t inOff, outOff;
        detail::decodeOffsets(plan, r, a, b, item / tilesB, inOff, outOff);
        const int64_t b0 = item % tilesB * T;
        const int64_t b1 = b0 + T < LB ? b0 + T : LB;
        for (int64_t a0 = 0; a0 < LA; a0 += T) {
          const int64_t a1 = a0 + T < LA ? a0 + T : LA;
          for (int64_t j = b0; j < b1; ++j)
            for (int64_t i = a0; i < a1; ++i)
              out[outOff + j * sB + i] = in[inOff + j + i * sA];
        }
      }
    });
  }
}

/// tf.concat along one axis (see the file comment), on any element type.
template <int64_t Outer, int64_t Inner, int64_t... S, class T>
void concat(
    const typename detail::NonDeduced<T>::type *const (&ins)[sizeof...(S)],
    T *out) {
  constexpr int64_t sizes[] = {S...};
  constexpr int64_t total = (S + ... + 0);
  parallelFor(Outer, total * Inner, [&](int64_t begin, int64_t end) {
    for (int64_t o = begin; o < end; ++o) {
      T *dst = out + o * total * Inner;
      for (size_t i = 0; i < sizeof...(S); ++i) {
        const int64_t n = sizes[i] * Inner;
        if (n)
          std::memcpy(dst, ins[i] + o * n, n * sizeof(T));
        dst += n;
      }
    }
  });
}

/// tf.split along one axis (see the file comment), on any element type.
template <int64_t Outer, int64_t Inner, int64_t... S, class T>
void split(const T *in,
           typename detail::NonDeduced<T>::type *const (&outs)[sizeof...(S)]) {
  constexpr int64_t sizes[] = {S...};
  constexpr int64_t total = (S + ... + 0);
  parallelFor(Outer, total * Inner, [&](int64_t begin, int64_t end) {
    for (int64_t o = begin; o < end; ++o) {
      const T *src = in + o * total * Inner;
      for (size_t i = 0; i < sizeof...(S); ++i) {
        const int64_t n = sizes[i] * Inner;
        if (n)
          std::memcpy(outs[i] + o * n, src, n * sizeof(T));
        src += n;
      }
    }
  });
}

/// tf.gather (see the file comment).
template <int64_t Outer, int64_t N, int64_t Inner, int64_t Count, class T,
          class I>
void gather(const T *SCOPEC_RESTRICT params, const I *SCOPEC_RESTRICT indices,
            T *SCOPEC_RESTRICT out) {
  parallelFor(Outer * Count, Inner, [&](int64_t begin, int64_t end) {
    for (int64_t row = begin; row < end; ++row) {
      int64_t o = row / Count, i = row % Count;
      int64_t k = static_cast<int64_t>(indices[i]);
      T *y = out + row * Inner;
      if (k < 0 || k >= N) {
        for (int64_t j = 0; j < Inner; ++j)
          y[j] = T(0);
        continue;
      }
      std::memcpy(y, params + (o * N + k) * Inner, sizeof(T) * Inner);
    }
  });
}

namespace detail {
/// Row-major element strides of a shape.
template <class S>
constexpr std::array<int64_t, S::size> rowMajorStrides() {
  std::array<int64_t, S::size> s{};
  int64_t acc = 1;
  for (size_t d = S::size; d-- > 0;) {
    s[d] = acc;
    acc *= S::values[d];
  }
  return s;
}

/// The input index output index `o` of a padded dimension reads (-1: the
/// constant), for pad's Mode (see the file comment).
constexpr int64_t padSource(int64_t o, int64_t before, int64_t n, int mode) {
  int64_t i = o - before;
  if (i >= 0 && i < n)
    return i;
  if (mode == 0)
    return -1;
  if (mode == 1)
    return i < 0 ? -i : 2 * (n - 1) - i;
  return i < 0 ? -i - 1 : 2 * n - 1 - i;
}
} // namespace detail

/// tf.pad (see the file comment).
template <class InShape, class OutShape, class Before, int Mode, class T>
void pad(const T *SCOPEC_RESTRICT in, T *SCOPEC_RESTRICT out, double value) {
  constexpr size_t r = InShape::size;
  static_assert(OutShape::size == r && Before::size == r,
                "pad lists must have the input's rank");
  constexpr int64_t total = OutShape::product();
  const T fill = static_cast<T>(value);
  if constexpr (total == 0) {
    return;
  } else if constexpr (r == 0) {
    out[0] = in[0];
  } else {
    constexpr int64_t L = OutShape::values[r - 1];
    constexpr int64_t n = InShape::values[r - 1];
    constexpr int64_t b = Before::values[r - 1];
    constexpr int64_t rows = total / L;
    constexpr std::array<int64_t, r> inStride =
        detail::rowMajorStrides<InShape>();
    parallelFor(rows, L, [&](int64_t begin, int64_t end) {
      for (int64_t row = begin; row < end; ++row) {
        T *y = out + row * L;
        // The input row this output row reads, if any.
        int64_t rest = row, source = 0;
        bool inside = true;
        for (size_t d = r - 1; d-- > 0;) {
          int64_t o = rest % OutShape::values[d];
          rest /= OutShape::values[d];
          int64_t i = detail::padSource(o, Before::values[d],
                                        InShape::values[d], Mode);
          inside = inside && i >= 0;
          source += i * inStride[d];
        }
        if (!inside) {
          for (int64_t l = 0; l < L; ++l)
            y[l] = fill;
          continue;
        }
        const T *x = in + source;
        for (int64_t l = 0; l < b; ++l) {
          int64_t i = detail::padSource(l, b, n, Mode);
          y[l] = i < 0 ? fill : x[i];
        }
        if constexpr (n > 0)
          std::memcpy(y + b, x, sizeof(T) * n);
        for (int64_t l = b + n; l < L; ++l) {
          int64_t i = detail::padSource(l, b, n, Mode);
          y[l] = i < 0 ? fill : x[i];
        }
      }
    });
  }
}

/// tf.strided_slice in dense form (see the file comment).
template <class InShape, class OutShape, class Off, class Str, class T>
void stridedSlice(const T *SCOPEC_RESTRICT in, T *SCOPEC_RESTRICT out) {
  constexpr size_t r = InShape::size;
  static_assert(OutShape::size == r && Off::size == r && Str::size == r,
                "stridedSlice lists must have the input's rank");
  constexpr int64_t total = OutShape::product();
  if constexpr (total == 0) {
    return;
  } else if constexpr (r == 0) {
    out[0] = in[0];
  } else {
    constexpr int64_t L = OutShape::values[r - 1];
    constexpr int64_t rows = total / L;
    constexpr std::array<int64_t, r> inStride =
        detail::rowMajorStrides<InShape>();
    constexpr int64_t step = Str::values[r - 1];
    parallelFor(rows, L, [&](int64_t begin, int64_t end) {
      for (int64_t row = begin; row < end; ++row) {
        // The input offset of the row's first element.
        int64_t rest = row, source = Off::values[r - 1] * inStride[r - 1];
        for (size_t d = r - 1; d-- > 0;) {
          int64_t i = rest % OutShape::values[d];
          rest /= OutShape::values[d];
          source += (Off::values[d] + i * Str::values[d]) * inStride[d];
        }
        const T *x = in + source;
        T *y = out + row * L;
        if constexpr (step == 1)
          std::memcpy(y, x, sizeof(T) * L);
        else
          for (int64_t l = 0; l < L; ++l)
            y[l] = x[l * step];
      }
    });
  }
}

/// tf.nn.softmax along the middle axis of [Outer, AxisLen, Inner].
template <int64_t Outer, int64_t AxisLen, int64_t Inner>
void softmax(const float *SCOPEC_RESTRICT in, float *SCOPEC_RESTRICT out) {
  static_assert(Outer >= 0 && AxisLen >= 0 && Inner >= 0,
                "softmax sizes must be non-negative");
  if constexpr (Outer * AxisLen * Inner == 0) {
    return;
  } else if constexpr (Inner == 1) {
    parallelFor(Outer, 8 * AxisLen, [&](int64_t begin, int64_t end) {
      for (int64_t o = begin; o < end; ++o) {
        const float *SCOPEC_RESTRICT x = in + o * AxisLen;
        float *SCOPEC_RESTRICT y = out + o * AxisLen;
        const float mx = detail::rowMax(x, AxisLen);
        for (int64_t i = 0; i < AxisLen; ++i) {
          const float d = x[i] - mx; // NaN stays NaN
          const float e = detail::expClamped(detail::clampF(d, -87.0f, 0.0f));
          y[i] = d != d ? d : e;
        }
        const float inv = static_cast<float>(1.0 / detail::rowSum(y, AxisLen));
        for (int64_t i = 0; i < AxisLen; ++i)
          y[i] *= inv;
      }
    });
  } else {
    parallelFor(Outer, 8 * AxisLen * Inner, [&](int64_t begin, int64_t end) {
      std::unique_ptr<float[]> mxBuf(new float[Inner]);
      std::unique_ptr<double[]> sumBuf(new double[Inner]);
      float *SCOPEC_RESTRICT mx = mxBuf.get();
      double *SCOPEC_RESTRICT sum = sumBuf.get();
      for (int64_t o = begin; o < end; ++o) {
        const float *SCOPEC_RESTRICT x = in + o * AxisLen * Inner;
        float *SCOPEC_RESTRICT y = out + o * AxisLen * Inner;
        for (int64_t j = 0; j < Inner; ++j) {
          mx[j] = x[j];
          sum[j] = 0.0;
        }
        for (int64_t i = 1; i < AxisLen; ++i)
          for (int64_t j = 0; j < Inner; ++j)
            mx[j] = mx[j] < x[i * Inner + j] ? x[i * Inner + j] : mx[j];
        for (int64_t i = 0; i < AxisLen; ++i)
          for (int64_t j = 0; j < Inner; ++j) {
            const float d = x[i * Inner + j] - mx[j];
            const float e0 =
                detail::expClamped(detail::clampF(d, -87.0f, 0.0f));
            const float e = d != d ? d : e0;
            y[i * Inner + j] = e;
            sum[j] += e;
          }
        for (int64_t j = 0; j < Inner; ++j)
          mx[j] = static_cast<float>(1.0 / sum[j]); // reuse as the scale
        for (int64_t i = 0; i < AxisLen; ++i)
          for (int64_t j = 0; j < Inner; ++j)
            y[i * Inner + j] *= mx[j];
      }
    });
  }
}

} // namespace scopec::rt::kernels

#endif // SCOPEC_RUNTIME_KERNELS_SHAPE_H

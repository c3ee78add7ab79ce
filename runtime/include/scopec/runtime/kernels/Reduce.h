//===- Reduce.h - Reductions and arg-reductions -----------------*- C++ -*-===//
//
// Dense C order. One kernel skeleton for every reduction; the combiner type
// says what it computes (tf.reduce_sum, _mean, _prod, _max, _min, _any,
// _all), so each op is one small struct here and one record in the dialect.
//
//   reduce<InShape, Axes, Op>(in, out)
//       Op over the listed axes (any order, no repeats; an empty list
//       copies). out holds the remaining dims in order (keep_dims does not
//       change the layout). Floats accumulate sums and products in double;
//       integers wrap as TF's do. Over no elements: the combiner's identity
//       (0, 1, -inf/lowest, +inf/max, false, true; a float mean is NaN).
//   argReduce<Outer, AxisLen, Inner, IsMax>(in, out)
//       tf.argmax/argmin along the middle axis of [Outer, AxisLen, Inner]:
//       the index of the first extreme element (AxisLen >= 1). Like TF's
//       CPU kernel, an element wins only when strictly greater (less), so a
//       NaN wins only in first position.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_RUNTIME_KERNELS_REDUCE_H
#define SCOPEC_RUNTIME_KERNELS_REDUCE_H

#include "scopec/runtime/kernels/Shape.h"

#include <limits>
#include <type_traits>

namespace scopec::rt::kernels {

namespace detail {

/// The reduction as alternating kept/reduced collapsed dims. inStride is
/// the input stride; outStride is the output stride of kept dims.
template <class InShape, class Ax> constexpr CollapsedDims makeReducePlan() {
  constexpr int r = static_cast<int>(InShape::size);
  CollapsedDims plan;
  if (r > kMaxShapeRank) {
    plan.valid = false;
    return plan;
  }
  bool isReduced[kMaxShapeRank] = {};
  for (size_t i = 0; i < Ax::size; ++i) {
    int64_t ax = Ax::values[i];
    if (ax < 0 || ax >= r || isReduced[ax]) {
      plan.valid = false;
      return plan;
    }
    isReduced[ax] = true;
  }
  int n = 0;
  for (int i = 0; i < r; ++i) {
    int64_t d = InShape::values[i];
    if (d == 1)
      continue;
    if (n > 0 && plan.reduced[n - 1] == isReduced[i]) {
      plan.dims[n - 1] *= d;
    } else {
      plan.dims[n] = d;
      plan.reduced[n] = isReduced[i];
      ++n;
    }
  }
  plan.rank = n;
  int64_t s = 1, o = 1;
  for (int i = n - 1; i >= 0; --i) {
    plan.inStride[i] = s;
    s *= plan.dims[i];
    plan.outStride[i] = plan.reduced[i] ? 0 : o;
    if (!plan.reduced[i])
      o *= plan.dims[i];
  }
  return plan;
}

/// Input offset of the `index`-th combination of the dims of `plan` in
/// [0, count) that have reduced == `which` (row-major over them).
inline int64_t decodeReduce(const CollapsedDims &plan, int count, bool which,
                            int64_t index) {
  int64_t off = 0;
  for (int d = count - 1; d >= 0; --d) {
    if (plan.reduced[d] != which)
      continue;
    off += index % plan.dims[d] * plan.inStride[d];
    index /= plan.dims[d];
  }
  return off;
}

/// The accumulator of sums and products: double for floats, the type
/// itself for integers (which then wrap).
template <class T>
using WideAcc = std::conditional_t<std::is_floating_point_v<T>, double, T>;

/// Integer + and * that wrap instead of overflowing (signed overflow is
/// undefined in C++; TF's integer kernels wrap).
template <class A> A wrapAdd(A a, A b) {
  if constexpr (std::is_integral_v<A> && !std::is_same_v<A, bool>)
    return static_cast<A>(static_cast<std::make_unsigned_t<A>>(a) +
                          static_cast<std::make_unsigned_t<A>>(b));
  else
    return a + b;
}
template <class A> A wrapMul(A a, A b) {
  if constexpr (std::is_integral_v<A> && !std::is_same_v<A, bool>)
    return static_cast<A>(static_cast<std::make_unsigned_t<A>>(a) *
                          static_cast<std::make_unsigned_t<A>>(b));
  else
    return a * b;
}

} // namespace detail

struct ReduceSum {
  static constexpr bool kIsSum = true;
  template <class T> using Acc = detail::WideAcc<T>;
  template <class T> static Acc<T> init() { return 0; }
  template <class A, class T> static A combine(A a, T x) {
    return detail::wrapAdd<A>(a, x);
  }
  template <class T, class A> static T finish(A a, int64_t) {
    return static_cast<T>(a);
  }
};

struct ReduceMean {
  static constexpr bool kIsSum = true;
  template <class T> using Acc = detail::WideAcc<T>;
  template <class T> static Acc<T> init() { return 0; }
  template <class A, class T> static A combine(A a, T x) {
    return detail::wrapAdd<A>(a, x);
  }
  template <class T, class A> static T finish(A a, int64_t n) {
    if constexpr (std::is_floating_point_v<T>)
      return static_cast<T>(n ? a / static_cast<double>(n)
                              : std::numeric_limits<double>::quiet_NaN());
    else // integer division truncates, as TF's integer mean
      return n ? static_cast<T>(a / static_cast<A>(n)) : T(0);
  }
};

struct ReduceProd {
  static constexpr bool kIsSum = false;
  template <class T> using Acc = detail::WideAcc<T>;
  template <class T> static Acc<T> init() { return 1; }
  template <class A, class T> static A combine(A a, T x) {
    return detail::wrapMul<A>(a, x);
  }
  template <class T, class A> static T finish(A a, int64_t) {
    return static_cast<T>(a);
  }
};

/// Max and min propagate NaN (once NaN, always NaN).
struct ReduceMax {
  static constexpr bool kIsSum = false;
  template <class T> using Acc = T;
  template <class T> static T init() {
    if constexpr (std::is_floating_point_v<T>)
      return -std::numeric_limits<T>::infinity();
    else
      return std::numeric_limits<T>::lowest();
  }
  template <class A, class T> static A combine(A a, T x) {
    return (x > a || x != x) && a == a ? x : a;
  }
  template <class T, class A> static T finish(A a, int64_t) { return a; }
};

struct ReduceMin {
  static constexpr bool kIsSum = false;
  template <class T> using Acc = T;
  template <class T> static T init() {
    if constexpr (std::is_floating_point_v<T>)
      return std::numeric_limits<T>::infinity();
    else
      return std::numeric_limits<T>::max();
  }
  template <class A, class T> static A combine(A a, T x) {
    return (x < a || x != x) && a == a ? x : a;
  }
  template <class T, class A> static T finish(A a, int64_t) { return a; }
};

struct ReduceAny {
  static constexpr bool kIsSum = false;
  template <class T> using Acc = bool;
  template <class T> static bool init() { return false; }
  template <class A, class T> static A combine(A a, T x) { return a || x; }
  template <class T, class A> static T finish(A a, int64_t) { return a; }
};

struct ReduceAll {
  static constexpr bool kIsSum = false;
  template <class T> using Acc = bool;
  template <class T> static bool init() { return true; }
  template <class A, class T> static A combine(A a, T x) { return a && x; }
  template <class T, class A> static T finish(A a, int64_t) { return a; }
};

/// A reduction over the axes in Ax (see the file comment).
template <class InShape, class Ax, class Op, class T>
void reduce(const T *SCOPEC_RESTRICT in, T *SCOPEC_RESTRICT out) {
  using A = typename Op::template Acc<T>;
  constexpr detail::CollapsedDims plan = detail::makeReducePlan<InShape, Ax>();
  static_assert(plan.valid, "Axes must be distinct dims of InShape "
                            "(rank <= 8)");
  constexpr int r = plan.rank;
  constexpr int64_t total = InShape::product();
  constexpr int64_t count = detail::reducedCount(plan);
  constexpr int64_t outCount = [] {
    int64_t c = 1;
    for (size_t d = 0; d < InShape::size; ++d) {
      bool red = false;
      for (size_t k = 0; k < Ax::size; ++k)
        red |= Ax::values[k] == static_cast<int64_t>(d);
      if (!red)
        c *= InShape::values[d];
    }
    return c;
  }();
  if constexpr (outCount == 0) {
    return;
  } else if constexpr (total == 0) {
    for (int64_t i = 0; i < outCount; ++i)
      out[i] = Op::template finish<T>(Op::template init<T>(), 0);
  } else if constexpr (r == 0 || !plan.reduced[r - 1]) {
    // The last dim is kept (or nothing is left): rows of L outputs each
    // accumulate whole input rows, so the inner loop is contiguous and
    // vectorizes. Items are (row, chunk of L).
    constexpr int64_t L = r == 0 ? 1 : plan.dims[r - 1];
    constexpr int64_t rows = outCount / L;
    constexpr int64_t chunk = L > 256 ? 256 : L;
    constexpr int64_t chunks = (L + chunk - 1) / chunk;
    constexpr int cr = r == 0 ? 0 : r - 1;
    parallelFor(rows * chunks, chunk * count, [&](int64_t begin, int64_t end) {
      A acc[chunk];
      for (int64_t item = begin; item < end; ++item) {
        const int64_t row = item / chunks;
        const int64_t l0 = item % chunks * chunk;
        const int64_t n = L - l0 < chunk ? L - l0 : chunk;
        const int64_t base = detail::decodeReduce(plan, cr, false, row) + l0;
        for (int64_t l = 0; l < n; ++l)
          acc[l] = Op::template init<T>();
        for (int64_t k = 0; k < count; ++k) {
          const T *SCOPEC_RESTRICT x =
              in + base + detail::decodeReduce(plan, cr, true, k);
          for (int64_t l = 0; l < n; ++l)
            acc[l] = Op::combine(acc[l], x[l]);
        }
        T *SCOPEC_RESTRICT y = out + row * L + l0;
        for (int64_t l = 0; l < n; ++l)
          y[l] = Op::template finish<T>(acc[l], count);
      }
    });
  } else {
    // The last dim is reduced: each output combines contiguous runs of L.
    constexpr int64_t L = plan.dims[r - 1];
    constexpr int64_t runs = count / L;
    parallelFor(outCount, count, [&](int64_t begin, int64_t end) {
      for (int64_t o = begin; o < end; ++o) {
        const int64_t base = detail::decodeReduce(plan, r, false, o);
        A acc = Op::template init<T>();
        for (int64_t k = 0; k < runs; ++k) {
          const T *x = in + base + detail::decodeReduce(plan, r - 1, true, k);
          if constexpr (Op::kIsSum && std::is_same_v<T, float>)
            acc += detail::rowSum(x, L); // 8 lanes: vectorizes
          else
            for (int64_t l = 0; l < L; ++l)
              acc = Op::combine(acc, x[l]);
        }
        out[o] = Op::template finish<T>(acc, count);
      }
    });
  }
}

/// tf.argmax / tf.argmin (see the file comment).
template <int64_t Outer, int64_t AxisLen, int64_t Inner, bool IsMax, class T,
          class Index>
void argReduce(const T *SCOPEC_RESTRICT in, Index *SCOPEC_RESTRICT out) {
  static_assert(AxisLen >= 1, "argmax/argmin of an empty axis");
  parallelFor(Outer, AxisLen * Inner, [&](int64_t begin, int64_t end) {
    for (int64_t o = begin; o < end; ++o) {
      const T *x = in + o * AxisLen * Inner;
      Index *y = out + o * Inner;
      for (int64_t i = 0; i < Inner; ++i) {
        T best = x[i];
        Index at = 0;
        for (int64_t k = 1; k < AxisLen; ++k) {
          T v = x[k * Inner + i];
          if (IsMax ? v > best : v < best) {
            best = v;
            at = static_cast<Index>(k);
          }
        }
        y[i] = at;
      }
    }
  });
}

} // namespace scopec::rt::kernels

#endif // SCOPEC_RUNTIME_KERNELS_REDUCE_H

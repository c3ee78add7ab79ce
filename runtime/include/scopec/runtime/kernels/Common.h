//===- Common.h - Shared pieces of the kernel headers -------------*- C++ -*-===//
//
// Kernels are header-only templates whose template parameters are the static
// shapes of their operands, so the generated C++ instantiates one specialized,
// fully unrolled-where-useful copy per call site. All tensors are dense,
// row-major (C order); image tensors are NHWC.
//
// Threading: kernels split their outermost independent loop with OpenMP when
// compiled with -fopenmp (the ScopecRuntime target passes it on) and the work
// is large enough; without OpenMP they are serial. A kernel called from inside
// an OpenMP parallel region runs serially in the calling thread. The split is
// static, so results are identical from run to run at a fixed thread count.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_RUNTIME_KERNELS_COMMON_H
#define SCOPEC_RUNTIME_KERNELS_COMMON_H

#include <array>
#include <cstddef>
#include <cstdint>

#if defined(_OPENMP)
#include <omp.h>
#endif

/// `SCOPEC_RESTRICT`: the pointer is the only way its object is accessed.
#if defined(__GNUC__) || defined(__clang__) || defined(_MSC_VER)
#define SCOPEC_RESTRICT __restrict
#else
#define SCOPEC_RESTRICT
#endif

namespace scopec::rt::kernels {

/// A compile-time list of integers: a shape, a permutation or a set of axes.
/// `Shape<1, 128, 128, 32>` is a rank-4 shape; `Shape<>` is a scalar.
template <int64_t... V> struct IntList {
  static constexpr size_t size = sizeof...(V);
  static constexpr std::array<int64_t, sizeof...(V)> values = {{V...}};
  /// Product of the values (1 for the empty list).
  static constexpr int64_t product() {
    int64_t p = 1;
    for (size_t i = 0; i < size; ++i)
      p *= values[i];
    return p;
  }
};
template <int64_t... D> using Shape = IntList<D...>;
template <int64_t... P> using Perm = IntList<P...>;
template <int64_t... A> using Axes = IntList<A...>;
template <int64_t... O> using Offsets = IntList<O...>;
template <int64_t... S> using Strides = IntList<S...>;

/// Below this many elementary operations a kernel does not start threads.
constexpr int64_t kParallelGrain = int64_t(1) << 15;

/// Calls `body(begin, end)` on a static partition of [0, n) across the
/// OpenMP threads (contiguous ranges, thread t gets the t-th one), or once
/// with [0, n) when the work (`n * workPerItem`) is small, OpenMP is off, or
/// the caller is already inside a parallel region.
template <typename F>
inline void parallelFor(int64_t n, int64_t workPerItem, F &&body) {
#if defined(_OPENMP)
  if (n > 1 && n * workPerItem >= kParallelGrain && !omp_in_parallel() &&
      omp_get_max_threads() > 1) {
#pragma omp parallel
    {
      int64_t t = omp_get_thread_num(), nt = omp_get_num_threads();
      int64_t begin = n * t / nt, end = n * (t + 1) / nt;
      if (begin < end)
        body(begin, end);
    }
    return;
  }
#else
  (void)workPerItem;
#endif
  if (n > 0)
    body(int64_t(0), n);
}

} // namespace scopec::rt::kernels

#endif // SCOPEC_RUNTIME_KERNELS_COMMON_H

//===- MatMul.h - Matrix multiplication -----------------------------*- C++ -*-===//
//
// tf.matmul on row-major float32 matrices, with an optional per-column bias
// and activation epilogue (the fused matmul+bias+activation):
//
//   matmul<M, K, N, TransA = false, TransB = false, Act = None>(a, b, c)
//   matmulBias<M, K, N, TransA, TransB, Act>(a, b, bias, c)
//       c[M][N] = act(op(a) * op(b) (+ bias[N]))
//       op(a) is M x K: `a` is stored M x K, or K x M when TransA.
//       op(b) is K x N: `b` is stored K x N, or N x K when TransB.
//   batchMatmul<Batch, M, K, N, TransA, TransB, BatchedA = true,
//               BatchedB = true>(a, b, c)
//       Batch independent products; an operand that is not batched is
//       shared by every batch (broadcast).
//   matmulBlocked<M, K, N, TransA, TransB, Act, HasBias>(a, b, bias, c)
//       The plain C++ implementation (no Eigen); `bias` may be null when
//       !HasBias.
//
// By default the products use Eigen's GEMM, precompiled in the runtime
// library (rt::gemm, Gemm.h: no copies, strided views). Define
// SCOPEC_RT_MATMUL_NO_EIGEN (the runtime does when built without Eigen) to
// use the blocked fallback everywhere. `c` must not overlap `a`, `b` or
// `bias`.
//
// Threading: the kernel splits the output (rows when M >= N, columns
// otherwise, so batch-1 matrix-vector products use all threads too) into one
// contiguous block per OpenMP thread; each thread runs a single-threaded
// rt::gemm on its block. Eigen never starts threads of its own here.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_RUNTIME_KERNELS_MATMUL_H
#define SCOPEC_RUNTIME_KERNELS_MATMUL_H

#include "scopec/runtime/kernels/Activation.h"
#include "scopec/runtime/kernels/Common.h"

#include <memory>

#ifndef SCOPEC_RT_MATMUL_NO_EIGEN
#include "scopec/runtime/Gemm.h"
#endif

namespace scopec::rt::kernels {

namespace detail {

/// c[i][j] = act(c[i][j] (+ bias[j])) over a rows x cols block of c whose
/// rows are `ldc` apart.
template <Act A, bool HasBias>
inline void matmulEpilogue(float *c, int64_t ldc, const float *bias,
                           int64_t rows, int64_t cols) {
  if constexpr (HasBias || A != Act::None) {
    for (int64_t i = 0; i < rows; ++i) {
      float *SCOPEC_RESTRICT ci = c + i * ldc;
      for (int64_t j = 0; j < cols; ++j) {
        float v = ci[j];
        if constexpr (HasBias)
          v += bias[j];
        ci[j] = activate<A>(v);
      }
    }
  }
}

/// Copies op(x) (rows x cols, `x` stored transposed: cols x rows) into `dst`.
inline void transposeInto(const float *x, float *dst, int64_t rows,
                          int64_t cols) {
  constexpr int64_t T = 32;
  for (int64_t i0 = 0; i0 < rows; i0 += T)
    for (int64_t j0 = 0; j0 < cols; j0 += T)
      for (int64_t i = i0; i < i0 + T && i < rows; ++i)
        for (int64_t j = j0; j < j0 + T && j < cols; ++j)
          dst[i * cols + j] = x[j * rows + i];
}

} // namespace detail

/// Plain blocked C++ matmul (see the file comment); `bias` may be null when
/// !HasBias.
template <int64_t M, int64_t K, int64_t N, bool TransA = false,
          bool TransB = false, Act A = Act::None, bool HasBias = false>
void matmulBlocked(const float *a, const float *b, const float *bias,
                   float *c) {
  static_assert(M >= 0 && K >= 0 && N >= 0, "matmul sizes are non-negative");
  if constexpr (M == 0 || N == 0) {
    return;
  } else {
    // Transposed operands are first copied to row-major; the i-k-j loop
    // then streams contiguous rows of B and C through the vector units.
    std::unique_ptr<float[]> aT, bT;
    if constexpr (TransA && K > 0) {
      aT.reset(new float[M * K]);
      detail::transposeInto(a, aT.get(), M, K);
      a = aT.get();
    }
    if constexpr (TransB && K > 0) {
      bT.reset(new float[K * N]);
      detail::transposeInto(b, bT.get(), K, N);
      b = bT.get();
    }
    constexpr int64_t KB = 128, NB = 512;
    parallelFor(M, K * N + 1, [&](int64_t begin, int64_t end) {
      for (int64_t i = begin; i < end; ++i)
        for (int64_t j = 0; j < N; ++j)
          c[i * N + j] = 0.0f;
      for (int64_t j0 = 0; j0 < N; j0 += NB) {
        const int64_t j1 = j0 + NB < N ? j0 + NB : N;
        for (int64_t k0 = 0; k0 < K; k0 += KB) {
          const int64_t k1 = k0 + KB < K ? k0 + KB : K;
          for (int64_t i = begin; i < end; ++i) {
            float *SCOPEC_RESTRICT ci = c + i * N;
            for (int64_t k = k0; k < k1; ++k) {
              const float aik = a[i * K + k];
              const float *SCOPEC_RESTRICT bk = b + k * N;
              for (int64_t j = j0; j < j1; ++j)
                ci[j] += aik * bk[j];
            }
          }
        }
      }
      detail::matmulEpilogue<A, HasBias>(c + begin * N, N, bias, end - begin,
                                         N);
    });
  }
}

#ifndef SCOPEC_RT_MATMUL_NO_EIGEN
namespace detail {

template <int64_t M, int64_t K, int64_t N, bool TransA, bool TransB, Act A,
          bool HasBias>
void matmulGemm(const float *a, const float *b, const float *bias, float *c) {
  static_assert(M >= 0 && K >= 0 && N >= 0, "matmul sizes are non-negative");
  // Row strides of the stored operands: `a` is M x K (K x M when TransA),
  // `b` K x N (N x K when TransB).
  constexpr int64_t lda = TransA ? M : K, ldb = TransB ? K : N;
  if constexpr (M == 0 || N == 0) {
    return;
  } else if constexpr (M >= N) {
    // Each thread takes rows [begin, end) of op(a) and of c.
    parallelFor(M, K * N + N, [&](int64_t begin, int64_t end) {
      gemm(TransA ? a + begin : a + begin * K, lda, TransA, b, ldb, TransB,
           c + begin * N, N, end - begin, K, N);
      matmulEpilogue<A, HasBias>(c + begin * N, N, bias, end - begin, N);
    });
  } else {
    // Each thread takes columns [begin, end) of op(b) and of c.
    parallelFor(N, K * M + M, [&](int64_t begin, int64_t end) {
      gemm(a, lda, TransA, TransB ? b + begin * K : b + begin, ldb, TransB,
           c + begin, N, M, K, end - begin);
      matmulEpilogue<A, HasBias>(c + begin, N, HasBias ? bias + begin : bias,
                                 M, end - begin);
    });
  }
}

} // namespace detail
#endif // SCOPEC_RT_MATMUL_NO_EIGEN

/// c = act(op(a) * op(b)), row-major (see the file comment).
template <int64_t M, int64_t K, int64_t N, bool TransA = false,
          bool TransB = false, Act A = Act::None>
void matmul(const float *a, const float *b, float *c) {
#ifndef SCOPEC_RT_MATMUL_NO_EIGEN
  detail::matmulGemm<M, K, N, TransA, TransB, A, false>(a, b, nullptr, c);
#else
  matmulBlocked<M, K, N, TransA, TransB, A, false>(a, b, nullptr, c);
#endif
}

/// c = act(op(a) * op(b) + bias), bias has N elements (one per column).
template <int64_t M, int64_t K, int64_t N, bool TransA = false,
          bool TransB = false, Act A = Act::None>
void matmulBias(const float *a, const float *b, const float *bias, float *c) {
#ifndef SCOPEC_RT_MATMUL_NO_EIGEN
  detail::matmulGemm<M, K, N, TransA, TransB, A, true>(a, b, bias, c);
#else
  matmulBlocked<M, K, N, TransA, TransB, A, true>(a, b, bias, c);
#endif
}

/// Batch products c[i] = op(a[i]) * op(b[i]); an operand with Batched* false
/// is one matrix shared by every batch.
template <int64_t Batch, int64_t M, int64_t K, int64_t N, bool TransA = false,
          bool TransB = false, bool BatchedA = true, bool BatchedB = true>
void batchMatmul(const float *a, const float *b, float *c) {
  auto one = [&](int64_t i) {
    matmul<M, K, N, TransA, TransB>(a + (BatchedA ? i * M * K : 0),
                                    b + (BatchedB ? i * K * N : 0),
                                    c + i * M * N);
  };
  if constexpr (Batch >= 8 || M * K * N < kParallelGrain) {
    // Many or small products: one thread per group of batches (the products
    // themselves then run serially).
    parallelFor(Batch, M * K * N + 1, [&](int64_t begin, int64_t end) {
      for (int64_t i = begin; i < end; ++i)
        one(i);
    });
  } else {
    for (int64_t i = 0; i < Batch; ++i)
      one(i);
  }
}

} // namespace scopec::rt::kernels

#endif // SCOPEC_RUNTIME_KERNELS_MATMUL_H

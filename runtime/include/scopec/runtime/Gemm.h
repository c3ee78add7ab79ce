//===- Gemm.h - The precompiled single-threaded GEMM -------------*- C++ -*-===//
//
// c = op(a) * op(b) on row-major float32 matrices with leading dimensions,
// single-threaded: the product MatMul.h runs on each thread's block.
//
// It is compiled into libScopecRuntime.a, not into each model: Eigen's GEMM
// is most of the host C++ compile time of a model with a dense layer (about
// 3 s of the CIFAR-10 example's 4.5 s), so the model's translation unit only
// declares it. The library holds one build per x86-64 level (v4: AVX-512,
// v3: AVX2+FMA, and the baseline), and the first call picks the best one
// the CPU runs (src/Gemm.cpp), so the product is as fast as a -march=native
// build on this machine and still runs on any x86-64 CPU.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_RUNTIME_GEMM_H
#define SCOPEC_RUNTIME_GEMM_H

#include <cstdint>
#include <vector>

namespace scopec::rt {

/// c[m x n] (row stride ldc) = op(a) * op(b), where op(a) is m x k (`a` is
/// stored m x k with row stride lda, or k x m when transA) and op(b) is
/// k x n (`b` stored k x n with row stride ldb, or n x k when transB).
/// k may be 0 (c is zeroed). `c` must not overlap `a` or `b`.
void gemm(const float *a, int64_t lda, bool transA, const float *b,
          int64_t ldb, bool transB, float *c, int64_t ldc, int64_t m,
          int64_t k, int64_t n);

/// One build of the product (same signature as gemm).
struct GemmBuild {
  const char *name; ///< "x86-64-v4", "x86-64-v3", "generic"
  void (*fn)(const float *, int64_t, bool, const float *, int64_t, bool,
             float *, int64_t, int64_t, int64_t, int64_t);
};
/// The builds this CPU runs, best first (gemm uses the first): for tests
/// and benchmarks that check every one.
std::vector<GemmBuild> gemmBuilds();

} // namespace scopec::rt

#endif // SCOPEC_RUNTIME_GEMM_H

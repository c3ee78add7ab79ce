//===- Gemm.cpp - rt::gemm: the best build the CPU runs -------------------===//
//
// See Gemm.h. The choice is made once, on the first call, from the CPU's
// features (__builtin_cpu_supports); the builds are the same Eigen code
// compiled for each x86-64 level.
//
//===----------------------------------------------------------------------===//

#include "scopec/runtime/Gemm.h"

namespace scopec::rt::detail {

void gemmGeneric(const float *a, int64_t lda, bool transA, const float *b,
                 int64_t ldb, bool transB, float *c, int64_t ldc, int64_t m,
                 int64_t k, int64_t n);
#if defined(SCOPEC_RT_GEMM_X86_64_LEVELS)
void gemmX86_64_v3(const float *a, int64_t lda, bool transA, const float *b,
                   int64_t ldb, bool transB, float *c, int64_t ldc, int64_t m,
                   int64_t k, int64_t n);
void gemmX86_64_v4(const float *a, int64_t lda, bool transA, const float *b,
                   int64_t ldb, bool transB, float *c, int64_t ldc, int64_t m,
                   int64_t k, int64_t n);
#endif

} // namespace scopec::rt::detail

std::vector<scopec::rt::GemmBuild> scopec::rt::gemmBuilds() {
  std::vector<GemmBuild> builds;
#if defined(SCOPEC_RT_GEMM_X86_64_LEVELS)
  __builtin_cpu_init();
  if (__builtin_cpu_supports("x86-64-v4"))
    builds.push_back({"x86-64-v4", detail::gemmX86_64_v4});
  if (__builtin_cpu_supports("x86-64-v3"))
    builds.push_back({"x86-64-v3", detail::gemmX86_64_v3});
#endif
  builds.push_back({"generic", detail::gemmGeneric});
  return builds;
}

void scopec::rt::gemm(const float *a, int64_t lda, bool transA,
                      const float *b, int64_t ldb, bool transB, float *c,
                      int64_t ldc, int64_t m, int64_t k, int64_t n) {
  static const auto fn = gemmBuilds().front().fn;
  fn(a, lda, transA, b, ldb, transB, c, ldc, m, k, n);
}

//===- GemmTest.cpp - rt::gemm, every build the CPU runs -------------------===//
//
// Each build (x86-64-v4, v3, generic: the same Eigen code compiled three
// times, Eigen renamed per build) against a float64 reference, with leading
// dimensions wider than the operands, all four transpose cases and an empty
// inner dimension; and the dispatcher picks the first build.

#include "scopec/runtime/Gemm.h"

#include "TestUtil.h"

#include <cmath>

using namespace scopec::rt;
using namespace scopec::rt::test;

namespace {

struct Case {
  int64_t m, k, n;
  bool ta, tb;
};

void check(const GemmBuild &build, const Case &t) {
  // Stored operands with 3 extra columns (row strides wider than needed).
  int64_t aRows = t.ta ? t.k : t.m, aCols = t.ta ? t.m : t.k;
  int64_t bRows = t.tb ? t.n : t.k, bCols = t.tb ? t.k : t.n;
  int64_t lda = aCols + 3, ldb = bCols + 3, ldc = t.n + 3;
  std::vector<float> a = randomFloats(aRows * lda, 7);
  std::vector<float> b = randomFloats(bRows * ldb, 8);
  std::vector<float> c(t.m * ldc, -99.0f);
  build.fn(a.data(), lda, t.ta, b.data(), ldb, t.tb, c.data(), ldc, t.m, t.k,
           t.n);
  for (int64_t i = 0; i < t.m; ++i) {
    for (int64_t j = 0; j < ldc; ++j) {
      if (j >= t.n) { // the padding of c is never written
        EXPECT_EQ(c[i * ldc + j], -99.0f);
        continue;
      }
      double s = 0, mag = 0;
      for (int64_t p = 0; p < t.k; ++p) {
        double x = t.ta ? a[p * lda + i] : a[i * lda + p];
        double y = t.tb ? b[j * ldb + p] : b[p * ldb + j];
        s += x * y;
        mag += std::fabs(x * y);
      }
      ASSERT_NEAR(c[i * ldc + j], s, 1e-5 * (mag + 1))
          << build.name << " m=" << t.m << " k=" << t.k << " n=" << t.n
          << " ta=" << t.ta << " tb=" << t.tb << " at " << i << "," << j;
    }
  }
}

TEST(Gemm, EveryBuildMatchesTheReference) {
  std::vector<GemmBuild> builds = gemmBuilds();
  ASSERT_FALSE(builds.empty());
  EXPECT_STREQ(builds.back().name, "generic");
  for (const GemmBuild &build : builds)
    for (bool ta : {false, true})
      for (bool tb : {false, true})
        for (Case t : {Case{1, 64, 33, ta, tb}, Case{17, 40, 1, ta, tb},
                       Case{33, 70, 45, ta, tb}, Case{5, 0, 7, ta, tb},
                       Case{64, 129, 96, ta, tb}})
          check(build, t);
}

TEST(Gemm, DispatchUsesTheBestBuild) {
  // gemm and the first build give bit-identical results.
  std::vector<float> a = randomFloats(40 * 50, 1), b = randomFloats(50 * 30, 2);
  std::vector<float> viaGemm(40 * 30), viaBuild(40 * 30);
  gemm(a.data(), 50, false, b.data(), 30, false, viaGemm.data(), 30, 40, 50,
       30);
  gemmBuilds().front().fn(a.data(), 50, false, b.data(), 30, false,
                          viaBuild.data(), 30, 40, 50, 30);
  EXPECT_EQ(viaGemm, viaBuild);
}

} // namespace

//===- conv_variants_scopec.cpp - The conv_variants cases on scopec -------===//
//
// `conv_variants_scopec CASE --bench N --threads T`: one case of
// ConvVariants.h on scopec's runtime kernels (Conv2DTranspose.h,
// DepthwiseConv2D.h), as the generated code calls them.
//
//===----------------------------------------------------------------------===//

#include "ConvVariants.h"

#include "scopec/runtime/kernels/Conv2DTranspose.h"
#include "scopec/runtime/kernels/DepthwiseConv2D.h"

#if defined(_OPENMP)
#include <omp.h>
#endif

using namespace scopec::bench;
using namespace scopec::bench::variants;
namespace k = scopec::rt::kernels;

int main(int argc, char **argv) {
  std::string name = parseCase(argc, argv);
  Options o = parseOptions(argc, argv);
#if defined(_OPENMP)
  omp_set_num_threads(o.threads);
#endif
#define DECONV(NAME, N, H, W, C, K, F, S, OH, OW, PAD)                         \
  if (name == #NAME) {                                                         \
    Data d(size_t(N) * H * W * C, size_t(K) * K * F * C);                      \
    Floats out(size_t(N) * OH * OW * F);                                       \
    timeRuns(o, out, [&] {                                                     \
      k::conv2DTranspose<N, H, W, C, K, K, F, S, S, 1, 1, PAD, PAD, OH, OW>(   \
          d.input.data(), d.filter.data(), out.data());                        \
    });                                                                        \
    return 0;                                                                  \
  }
  SCOPEC_BENCH_DECONV_CASES(DECONV)
#define DEPTHWISE(NAME, N, H, W, C, K, S, OH, OW, PAD)                         \
  if (name == #NAME) {                                                         \
    Data d(size_t(N) * H * W * C, size_t(K) * K * C);                          \
    Floats out(size_t(N) * OH * OW * C);                                       \
    timeRuns(o, out, [&] {                                                     \
      k::depthwiseConv2D<N, H, W, C, 1, K, K, S, S, 1, 1, PAD, PAD, OH, OW>(   \
          d.input.data(), d.filter.data(), out.data());                        \
    });                                                                        \
    return 0;                                                                  \
  }
  SCOPEC_BENCH_DEPTHWISE_CASES(DEPTHWISE)
  std::fprintf(stderr, "unknown case '%s'\n", name.c_str());
  return 2;
}

//===- conv_variants_onednn.cpp - The conv_variants cases on oneDNN -------===//
//
// `conv_variants_onednn CASE --bench N --threads T`: one case of
// ConvVariants.h on oneDNN 2.6 (Debian libdnnl-dev): transposed
// convolutions as deconvolution_forward (deconvolution_direct), depthwise
// ones as a grouped convolution_forward (one group per channel).
// Activations NHWC; weights given in TF's layout, rearranged on the host to
// oneDNN's logical order and reordered into the primitive's preferred
// layout (format_tag::any) before timing; the algorithm is oneDNN's choice.
//
//===----------------------------------------------------------------------===//

#include "ConvVariants.h"

#include <oneapi/dnnl/dnnl.hpp>

using namespace scopec::bench;
using namespace scopec::bench::variants;
using tag = dnnl::memory::format_tag;
using dt = dnnl::memory::data_type;

namespace {

/// Times `pd`'s primitive with weights `logical` (in `logicalTag` order)
/// reordered to the primitive's layout once, before timing.
template <typename PrimitiveDesc, typename Primitive>
int run(const Options &o, const dnnl::engine &eng, PrimitiveDesc pd,
        dnnl::memory::desc logical, Floats &weights, Floats &input,
        Floats &out) {
  dnnl::stream strm(eng);
  dnnl::memory user(logical, eng, weights.data());
  dnnl::memory w(pd.weights_desc(), eng);
  dnnl::reorder(user, w).execute(strm, user, w);
  dnnl::memory src(pd.src_desc(), eng, input.data());
  dnnl::memory dst(pd.dst_desc(), eng, out.data());
  Primitive prim(pd);
  std::fprintf(stderr, "onednn impl=%s\n", pd.impl_info_str());
  timeRuns(o, out, [&] {
    prim.execute(strm, {{DNNL_ARG_SRC, src},
                        {DNNL_ARG_WEIGHTS, w},
                        {DNNL_ARG_DST, dst}});
    strm.wait();
  });
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  std::string name = parseCase(argc, argv);
  Options o = parseOptions(argc, argv);
  dnnl::engine eng(dnnl::engine::kind::cpu, 0);
#define DECONV(NAME, N, H, W, C, K, F, S, OH, OW, PAD)                         \
  if (name == #NAME) {                                                         \
    Data d(size_t(N) * H * W * C, size_t(K) * K * F * C);                      \
    /* TF [K][K][F][C] -> oneDNN OIHW with O = F, I = C. */                    \
    Floats oihw(d.filter.size());                                              \
    for (int y = 0; y < K; ++y)                                                \
      for (int x = 0; x < K; ++x)                                              \
        for (int f = 0; f < F; ++f)                                            \
          for (int c = 0; c < C; ++c)                                          \
            oihw[((size_t(f) * C + c) * K + y) * K + x] =                      \
                d.filter[((size_t(y) * K + x) * F + f) * C + c];               \
    Floats out(size_t(N) * OH * OW * F);                                       \
    int padR = (H - 1) * S + K - PAD - OH;                                     \
    dnnl::memory::desc srcMd({N, C, H, W}, dt::f32, tag::nhwc);                \
    dnnl::memory::desc dstMd({N, F, OH, OW}, dt::f32, tag::nhwc);              \
    dnnl::memory::desc wMd({F, C, K, K}, dt::f32, tag::any);                   \
    dnnl::deconvolution_forward::desc desc(                                    \
        dnnl::prop_kind::forward_inference,                                    \
        dnnl::algorithm::deconvolution_direct, srcMd, wMd, dstMd, {S, S},      \
        {PAD, PAD}, {padR, padR});                                             \
    return run<dnnl::deconvolution_forward::primitive_desc,                    \
               dnnl::deconvolution_forward>(                                   \
        o, eng, dnnl::deconvolution_forward::primitive_desc(desc, eng),             \
        dnnl::memory::desc({F, C, K, K}, dt::f32, tag::oihw), oihw, d.input,   \
        out);                                                                  \
  }
  SCOPEC_BENCH_DECONV_CASES(DECONV)
#define DEPTHWISE(NAME, N, H, W, C, K, S, OH, OW, PAD)                         \
  if (name == #NAME) {                                                         \
    Data d(size_t(N) * H * W * C, size_t(K) * K * C);                          \
    /* TF [K][K][C][1] -> oneDNN GOIHW with G = C, O = I = 1. */               \
    Floats goihw(d.filter.size());                                             \
    for (int y = 0; y < K; ++y)                                                \
      for (int x = 0; x < K; ++x)                                              \
        for (int c = 0; c < C; ++c)                                            \
          goihw[(size_t(c) * K + y) * K + x] =                                 \
              d.filter[(size_t(y) * K + x) * C + c];                           \
    Floats out(size_t(N) * OH * OW * C);                                       \
    int padR = (OH - 1) * S + K - PAD - H;                                     \
    dnnl::memory::desc srcMd({N, C, H, W}, dt::f32, tag::nhwc);                \
    dnnl::memory::desc dstMd({N, C, OH, OW}, dt::f32, tag::nhwc);              \
    dnnl::memory::desc wMd({C, 1, 1, K, K}, dt::f32, tag::any);                \
    dnnl::convolution_forward::desc desc(                                      \
        dnnl::prop_kind::forward_inference, dnnl::algorithm::convolution_direct,\
        srcMd, wMd, dstMd, {S, S}, {PAD, PAD}, {padR < 0 ? 0 : padR,           \
                                                padR < 0 ? 0 : padR});         \
    return run<dnnl::convolution_forward::primitive_desc,                      \
               dnnl::convolution_forward>(                                     \
        o, eng, dnnl::convolution_forward::primitive_desc(desc, eng),               \
        dnnl::memory::desc({C, 1, 1, K, K}, dt::f32, tag::goihw), goihw,       \
        d.input, out);                                                         \
  }
  SCOPEC_BENCH_DEPTHWISE_CASES(DEPTHWISE)
  std::fprintf(stderr, "unknown case '%s'\n", name.c_str());
  return 2;
}

//===- SeedFilterScopec.h - The seed filter on scopec's kernel ----*- C++ -*-===//
//
// Two conv2DBiasAct<..., Act::Relu> calls, filters packed at construction,
// outside any timed region (the compiler packs them into the parameter
// blob). Used by seed_filter_scopec.cpp and seed_filter_paired.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_BENCH_SEEDFILTERSCOPEC_H
#define SCOPEC_BENCH_SEEDFILTERSCOPEC_H

#include "../common/SeedFilter.h"

#include "scopec/runtime/kernels/Conv2D.h"

namespace scopec::bench::seed {

class ScopecSeedFilter {
public:
  explicit ScopecSeedFilter(const Data &d)
      : input(d.input), bias1(d.bias1), bias2(d.bias2),
        w1(rt::kernels::packedConv2DFilterSize(K, K, C, F)), w2(w1.size()),
        mid(size_t(N) * H * W * F), out(mid.size()) {
    // 64-byte aligned, as in the compiler's parameter blob.
    rt::kernels::packConv2DFilter<K, K, C, F>(d.filter1.data(), w1.data());
    rt::kernels::packConv2DFilter<K, K, C, F>(d.filter2.data(), w2.data());
  }

  void run() {
    using namespace rt::kernels;
    constexpr int Pad = conv2DSamePad(H, H, 1, K, 1);
    conv2DBiasAct<N, H, W, C, K, K, F, 1, 1, 1, 1, Pad, Pad, H, W, Act::Relu>(
        input.data(), w1.data(), bias1.data(), mid.data());
    conv2DBiasAct<N, H, W, F, K, K, F, 1, 1, 1, 1, Pad, Pad, H, W, Act::Relu>(
        mid.data(), w2.data(), bias2.data(), out.data());
  }

  const Floats &output() const { return out; }
  static const char *isa() { return rt::kernels::conv2d_detail::VecOps::kName; }

private:
  Floats input, bias1, bias2, w1, w2, mid, out;
};

} // namespace scopec::bench::seed

#endif // SCOPEC_BENCH_SEEDFILTERSCOPEC_H

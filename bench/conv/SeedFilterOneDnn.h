//===- SeedFilterOneDnn.h - The seed filter on oneDNN -------------*- C++ -*-===//
//
// The peer scopec must beat (SPEC §6): oneDNN (Debian libdnnl-dev, 2.6)
// running the same two conv + bias + relu layers. Activations in NHWC,
// weights given as HWIO and reordered into the primitive's preferred layout
// (format_tag::any) at construction, outside any timed region; relu as a
// post-op; algorithm chosen by oneDNN (convolution_auto). Used by
// seed_filter_onednn.cpp and seed_filter_paired.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_BENCH_SEEDFILTERONEDNN_H
#define SCOPEC_BENCH_SEEDFILTERONEDNN_H

#include "../common/SeedFilter.h"

#include <oneapi/dnnl/dnnl.hpp>

#include <algorithm>
#include <cstdio>

namespace scopec::bench::seed {

class OneDnnSeedFilter {
public:
  explicit OneDnnSeedFilter(const Data &d)
      : input(d.input), mid(size_t(N) * H * W * F), out(mid.size()),
        l1(makeLayer(d.filter1, d.bias1)), l2(makeLayer(d.filter2, d.bias2)) {}

  void run() {
    l1.prim.execute(strm, {{DNNL_ARG_SRC, inM},
                           {DNNL_ARG_WEIGHTS, l1.weights},
                           {DNNL_ARG_BIAS, l1.bias},
                           {DNNL_ARG_DST, midM}});
    l2.prim.execute(strm, {{DNNL_ARG_SRC, midM},
                           {DNNL_ARG_WEIGHTS, l2.weights},
                           {DNNL_ARG_BIAS, l2.bias},
                           {DNNL_ARG_DST, outM}});
    strm.wait();
  }

  const Floats &output() const { return out; }

private:
  using tag = dnnl::memory::format_tag;
  using dt = dnnl::memory::data_type;

  /// One conv + bias + relu layer with its weights already reordered.
  struct Layer {
    dnnl::convolution_forward prim;
    dnnl::memory weights, bias;
  };

  Layer makeLayer(const Floats &hwio, const Floats &bias) {
    const dnnl::memory::dims src = {N, C, H, W}, dst = {N, F, H, W},
                             wdims = {F, C, K, K}, bdims = {F};
    const int pad = (K - 1) / 2;
    dnnl::memory::desc srcMd(src, dt::f32, tag::nhwc);
    dnnl::memory::desc dstMd(dst, dt::f32, tag::nhwc);
    dnnl::memory::desc wAnyMd(wdims, dt::f32, tag::any);
    dnnl::memory::desc bMd(bdims, dt::f32, tag::x);
    dnnl::convolution_forward::desc desc(
        dnnl::prop_kind::forward_inference, dnnl::algorithm::convolution_auto,
        srcMd, wAnyMd, bMd, dstMd, {1, 1}, {pad, pad}, {pad, pad});
    dnnl::post_ops ops;
    ops.append_eltwise(1.0f, dnnl::algorithm::eltwise_relu, 0.0f, 0.0f);
    dnnl::primitive_attr attr;
    attr.set_post_ops(ops);
    dnnl::convolution_forward::primitive_desc pd(desc, attr, eng);

    // HWIO user weights -> the primitive's layout, once, before timing.
    dnnl::memory user({wdims, dt::f32, tag::hwio}, eng,
                      const_cast<float *>(hwio.data()));
    Layer l{dnnl::convolution_forward(pd),
            dnnl::memory(pd.weights_desc(), eng), dnnl::memory(bMd, eng)};
    dnnl::reorder(user, l.weights).execute(strm, user, l.weights);
    std::copy(bias.begin(), bias.end(),
              static_cast<float *>(l.bias.get_data_handle()));
    strm.wait();
    std::fprintf(stderr, "onednn impl=%s\n", pd.impl_info_str());
    return l;
  }

  Floats input, mid, out;
  dnnl::engine eng{dnnl::engine::kind::cpu, 0};
  dnnl::stream strm{eng};
  dnnl::memory::desc actMd{{N, C, H, W}, dt::f32, tag::nhwc};
  dnnl::memory inM{actMd, eng, input.data()}, midM{actMd, eng, mid.data()},
      outM{actMd, eng, out.data()};
  Layer l1, l2;
};

} // namespace scopec::bench::seed

#endif // SCOPEC_BENCH_SEEDFILTERONEDNN_H

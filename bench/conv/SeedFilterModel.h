//===- SeedFilterModel.h - The seed filter compiled from the model file -*- C++ -*-===//
//
// examples/image_filter.py compiled by scopec into a library (--emit=lib,
// --batch 1, --fetch result1, the weights of SeedFilter.h bound with
// --weights: bench/models/build.sh), used through its generated class as an
// application would. Same interface as ScopecSeedFilter, so
// seed_filter_paired.cpp can time the compiler's own output against oneDNN
// (built with -DSCOPEC_BENCH_MODEL_LIB and the library's directory on the
// include path).
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_BENCH_SEEDFILTERMODEL_H
#define SCOPEC_BENCH_SEEDFILTERMODEL_H

#include "../common/SeedFilter.h"

#include "image_filter.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace scopec::bench::seed {

class ModelSeedFilter {
public:
  explicit ModelSeedFilter(const Data &d) : out(size_t(N) * H * W * F) {
    static_assert(image_filter::ImageFilter::image1_count() == size_t(N) * H * W * C,
                  "the library was compiled for another shape");
    std::copy(d.input.begin(), d.input.end(), model.image1_data());
  }

  void run() {
    if (!model.Run()) {
      std::fprintf(stderr, "error: the model's parameters failed to load\n");
      std::exit(1);
    }
  }

  /// The output, copied (outside any timed region) for the checksum.
  const Floats &output() {
    std::copy(model.result1_data(), model.result1_data() + out.size(), out.begin());
    return out;
  }
  static const char *isa() { return "scopec-generated library"; }

private:
  image_filter::ImageFilter model;
  Floats out;
};

} // namespace scopec::bench::seed

#endif // SCOPEC_BENCH_SEEDFILTERMODEL_H

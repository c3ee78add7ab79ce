//===- ConvVariants.h - Transposed and depthwise convolution cases -*- C++ -*-===//
//
// The layer shapes of the conv_variants benchmark, shared by the scopec and
// oneDNN programs: DCGAN generator layers (5x5 stride-2 SAME transposed
// convolutions, as carpedm20/DCGAN-tensorflow builds them, batch 1 and 16)
// and MobileNet v1 depthwise layers (3x3 SAME, channel multiplier 1).
// Each X(...) line is one case; the data of every case comes from
// randomData with fixed seeds, so both programs compute the same checksum.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_BENCH_CONVVARIANTS_H
#define SCOPEC_BENCH_CONVVARIANTS_H

#include "../common/BenchCommon.h"

#include <cstring>
#include <string>

// X(NAME, N, H, W, C, K, F, STRIDE, OH, OW, PADTOP): input NxHxWxC, filter
// KxKxFxC (TF's conv2d_transpose layout), output NxOHxOWxF.
#define SCOPEC_BENCH_DECONV_CASES(X)                                           \
  X(deconv_dcgan_h1, 1, 4, 4, 512, 5, 256, 2, 8, 8, 1)                         \
  X(deconv_dcgan_h3, 1, 16, 16, 128, 5, 64, 2, 32, 32, 1)                      \
  X(deconv_dcgan_h4, 1, 32, 32, 64, 5, 3, 2, 64, 64, 1)                        \
  X(deconv_dcgan_h2_b16, 16, 8, 8, 256, 5, 128, 2, 16, 16, 1)

// X(NAME, N, H, W, C, K, STRIDE, OH, OW, PADTOP): input NxHxWxC, filter
// KxKxCx1, output NxOHxOWxC.
#define SCOPEC_BENCH_DEPTHWISE_CASES(X)                                        \
  X(dw_mobilenet_112, 1, 112, 112, 32, 3, 1, 112, 112, 1)                      \
  X(dw_mobilenet_56s2, 1, 56, 56, 128, 3, 2, 28, 28, 0)                        \
  X(dw_mobilenet_28, 1, 28, 28, 256, 3, 1, 28, 28, 1)                          \
  X(dw_mobilenet_14, 1, 14, 14, 512, 3, 1, 14, 14, 1)

namespace scopec::bench::variants {

/// Input and filter of one case (filter in TF's layout).
struct Data {
  Floats input, filter;
  Data(size_t inputSize, size_t filterSize)
      : input(randomData(inputSize, 11, 1.0f)),
        filter(randomData(filterSize, 12, 0.05f)) {}
};

/// Sum of the output (the case's checksum line).
inline void printChecksum(const Floats &out) {
  double sum = 0;
  for (float v : out)
    sum += v;
  std::printf("checksum=%.9e\n", sum);
}

/// Reads the case name (argv[1]) and the protocol options after it.
inline std::string parseCase(int &argc, char **&argv) {
  if (argc < 2 || argv[1][0] == '-') {
    std::fprintf(stderr, "usage: %s CASE [--bench RUNS] [--threads T]\n",
                 argv[0]);
    std::exit(2);
  }
  std::string name = argv[1];
  argv[1] = argv[0];
  ++argv;
  --argc;
  return name;
}

/// Runs `body` o.runs times after a warm-up and prints the protocol lines.
template <typename F>
void timeRuns(const Options &o, const Floats &out, F &&body) {
  for (int i = 0; i < 3; ++i)
    body();
  std::vector<double> ms;
  for (int i = 0; i < o.runs; ++i) {
    double t0 = nowMs();
    body();
    ms.push_back(nowMs() - t0);
  }
  printChecksum(out);
  printTimes(o, ms);
}

} // namespace scopec::bench::variants

#endif // SCOPEC_BENCH_CONVVARIANTS_H

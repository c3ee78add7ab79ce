//===- memcpy_bw.cpp - Memory bandwidth of a plain copy -------------------===//
//
// `memcpy_bw FLOATS --bench N --threads T`: copies FLOATS float32 values from
// one 64-byte aligned buffer to another, split in T contiguous chunks (one
// memcpy per OpenMP thread). The peer of bandwidth-bound cases (an
// elementwise chain reads and writes the same bytes): the best a kernel that
// streams its input to its output can do on this machine.
//
//===----------------------------------------------------------------------===//

#include "BenchCommon.h"

#include <cstring>
#include <omp.h>

using namespace scopec::bench;

int main(int argc, char **argv) {
  if (argc < 2 || argv[1][0] == '-') {
    std::fprintf(stderr, "usage: %s FLOATS [--bench RUNS] [--threads T]\n",
                 argv[0]);
    return 2;
  }
  const size_t n = std::strtoull(argv[1], nullptr, 10);
  ++argv;
  --argc;
  Options o = parseOptions(argc, argv);
  omp_set_num_threads(o.threads);
  Floats src = randomData(n, 3, 1.0f), dst(n);
  timeRuns(o, [&] {
#pragma omp parallel
    {
      const size_t t = omp_get_thread_num(), nt = omp_get_num_threads();
      const size_t begin = n * t / nt, end = n * (t + 1) / nt;
      std::memcpy(dst.data() + begin, src.data() + begin,
                  (end - begin) * sizeof(float));
    }
  });
  return dst[n / 2] == src[n / 2] ? 0 : 1;
}

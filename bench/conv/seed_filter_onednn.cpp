//===- seed_filter_onednn.cpp - The seed filter on oneDNN -----------------===//
//
// One impl per process (the run.sh protocol); see SeedFilterOneDnn.h. Built
// with the compiler and OpenMP runtime oneDNN itself uses (g++, libgomp).
//
//===----------------------------------------------------------------------===//

#include "SeedFilterOneDnn.h"

#include <cstdio>
#include <omp.h>

using namespace scopec::bench;
using namespace scopec::bench::seed;

int main(int argc, char **argv) {
  Options opts = parseOptions(argc, argv);
  omp_set_num_threads(opts.threads);
  OneDnnSeedFilter filter(makeData());
  filter.run();
  std::printf("checksum=%.6e\n",
              checksum(filter.output().data(), filter.output().size()));
  timeRuns(opts, [&] { filter.run(); });
  return 0;
}

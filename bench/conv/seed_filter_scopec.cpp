//===- seed_filter_scopec.cpp - The seed filter on scopec's kernel --------===//
//
// One impl per process (the run.sh protocol); see SeedFilterScopec.h.
//
//===----------------------------------------------------------------------===//

#include "SeedFilterScopec.h"

#include <cstdio>
#include <omp.h>

using namespace scopec::bench;
using namespace scopec::bench::seed;

int main(int argc, char **argv) {
  Options opts = parseOptions(argc, argv);
  omp_set_num_threads(opts.threads);
  ScopecSeedFilter filter(makeData());
  filter.run();
  std::printf("isa=%s\n", ScopecSeedFilter::isa());
  std::printf("checksum=%.6e\n",
              checksum(filter.output().data(), filter.output().size()));
  timeRuns(opts, [&] { filter.run(); });
  return 0;
}

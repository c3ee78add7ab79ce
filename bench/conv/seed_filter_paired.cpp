//===- seed_filter_paired.cpp - scopec and oneDNN, alternating runs --------===//
//
// The seed filter on scopec's kernel and on oneDNN in ONE process, timed in
// alternating runs: pair i times one run of each, back to back (the order
// flips every pair), and records t_onednn / t_scopec. On a shared VM the
// speed of a core swings by up to 2x over seconds (the host runs other
// guests on the same physical cores); two runs ~10 ms apart see the same
// conditions, so the per-pair ratio cancels that noise where per-process
// medians cannot. Both impls share the process's one OpenMP runtime and
// thread pool: built with clang++ (libomp; libdnnl's libgomp.so.1 is then
// resolved to LLVM's libomp, which implements the GOMP ABI, through an
// RPATH) or with g++ (libgomp for both). The program refuses to run with two
// OpenMP runtimes loaded. With -DSCOPEC_BENCH_MODEL_LIB the scopec side is
// not the kernel called by hand but examples/image_filter.py compiled by
// scopec into a library (SeedFilterModel.h).
//
//   seed_filter_paired --bench PAIRS --threads T
//
// prints isa=, omp=, checksum= (scopec's; oneDNN's must agree), one
// pair_ratios= line (every pair's t_onednn / t_scopec, in run order),
// peer_median_ms= (oneDNN's median), then the protocol's last line for
// scopec's own times.
//
//===----------------------------------------------------------------------===//

#include "SeedFilterOneDnn.h"
#ifdef SCOPEC_BENCH_MODEL_LIB
#include "SeedFilterModel.h"
#else
#include "SeedFilterScopec.h"
#endif

#include <cmath>
#include <cstdio>
#include <cstring>
#include <link.h>
#include <omp.h>
#include <string>

using namespace scopec::bench;
using namespace scopec::bench::seed;

namespace {

/// Loaded shared objects whose file name contains "omp" (OpenMP runtimes).
std::string loadedOpenMPRuntimes(int &count) {
  struct Acc {
    std::string names;
    int count = 0;
  } acc;
  dl_iterate_phdr(
      [](dl_phdr_info *info, size_t, void *p) {
        auto &a = *static_cast<Acc *>(p);
        const char *slash = std::strrchr(info->dlpi_name, '/');
        const char *base = slash ? slash + 1 : info->dlpi_name;
        if (std::strstr(base, "omp")) {
          a.names += (a.count++ ? "," : "") + std::string(info->dlpi_name);
        }
        return 0;
      },
      &acc);
  count = acc.count;
  return acc.names;
}

template <class Fn> double timeOnce(Fn &&fn) {
  const double t0 = nowMs();
  fn();
  return nowMs() - t0;
}

} // namespace

int main(int argc, char **argv) {
  Options opts = parseOptions(argc, argv);
  omp_set_num_threads(opts.threads);

  Data d = makeData();
#ifdef SCOPEC_BENCH_MODEL_LIB
  using Ours = ModelSeedFilter; // the compiled model file
#else
  using Ours = ScopecSeedFilter; // scopec's kernel called directly
#endif
  Ours ours(d);
  OneDnnSeedFilter peer(d);
  ours.run();
  peer.run();

  int runtimes = 0;
  const std::string omp = loadedOpenMPRuntimes(runtimes);
  std::printf("isa=%s\nomp=%s\n", Ours::isa(), omp.c_str());
  if (runtimes != 1) {
    std::fprintf(stderr, "error: %d OpenMP runtimes loaded (%s); see the "
                 "header of seed_filter_paired.cpp\n", runtimes, omp.c_str());
    return 1;
  }
  const double sumOurs = checksum(ours.output().data(), ours.output().size());
  const double sumPeer = checksum(peer.output().data(), peer.output().size());
  if (std::fabs(sumOurs - sumPeer) > 1e-4 * std::fabs(sumOurs)) {
    std::fprintf(stderr, "error: checksums differ: scopec %.6e, oneDNN %.6e\n",
                 sumOurs, sumPeer);
    return 1;
  }
  std::printf("checksum=%.6e\n", sumOurs);

  const int warm = std::max(3, opts.runs / 10);
  for (int i = 0; i < warm; ++i) {
    ours.run();
    peer.run();
  }
  std::vector<double> oursMs(opts.runs), peerMs(opts.runs), ratios(opts.runs);
  for (int i = 0; i < opts.runs; ++i) {
    double tOurs, tPeer;
    if (i % 2 == 0) {
      tOurs = timeOnce([&] { ours.run(); });
      tPeer = timeOnce([&] { peer.run(); });
    } else {
      tPeer = timeOnce([&] { peer.run(); });
      tOurs = timeOnce([&] { ours.run(); });
    }
    oursMs[i] = tOurs;
    peerMs[i] = tPeer;
    ratios[i] = tPeer / tOurs;
  }
  std::printf("pair_ratios=");
  for (double r : ratios)
    std::printf("%.5f ", r);
  std::printf("\n");
  std::printf("peer_median_ms=%.4f\n", median(peerMs));
  printTimes(opts, oursMs);
  return 0;
}

//===- BenchCommon.h - Shared helpers of the benchmark programs ---*- C++ -*-===//
//
// Every benchmark program speaks the protocol of a scopec executable:
//
//   PROGRAM --bench RUNS --threads T
//
// runs its workload RUNS times after a warm-up and prints, as its last line,
//
//   median_ms=X min_ms=Y runs=N threads=T
//
// (plus an optional "checksum=..." line before it), so run.sh can time
// hand-written kernels, peers (oneDNN, PyTorch) and compiled models alike.
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_BENCH_BENCHCOMMON_H
#define SCOPEC_BENCH_BENCHCOMMON_H

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <new>
#include <vector>

namespace scopec::bench {

struct Options {
  int runs = 100;
  int threads = 1;
};

/// Parses --bench N and --threads T; anything else is an error.
inline Options parseOptions(int argc, char **argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--bench") && i + 1 < argc)
      o.runs = std::atoi(argv[++i]);
    else if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
      o.threads = std::atoi(argv[++i]);
    else {
      std::fprintf(stderr, "usage: %s [--bench RUNS] [--threads T]\n",
                   argv[0]);
      std::exit(2);
    }
  }
  if (o.runs < 1 || o.threads < 1) {
    std::fprintf(stderr, "error: --bench and --threads need positive values\n");
    std::exit(2);
  }
  return o;
}

/// Allocator giving 64-byte (cache line, AVX-512 vector) aligned storage,
/// like scopec's runtime buffers and parameter blob: every program works on
/// aligned data, so no impl pays for split loads/stores the others do not.
template <class T> struct Aligned64 {
  using value_type = T;
  Aligned64() = default;
  template <class U> Aligned64(const Aligned64<U> &) {}
  T *allocate(size_t n) {
    void *p = std::aligned_alloc(64, (n * sizeof(T) + 63) / 64 * 64);
    if (!p)
      throw std::bad_alloc();
    return static_cast<T *>(p);
  }
  void deallocate(T *p, size_t) { std::free(p); }
  template <class U> bool operator==(const Aligned64<U> &) const { return true; }
  template <class U> bool operator!=(const Aligned64<U> &) const { return false; }
};
/// A float buffer aligned to 64 bytes.
using Floats = std::vector<float, Aligned64<float>>;

/// Deterministic values in [-scale, scale) (same generator in every program,
/// so the peers compute the same numbers and checksums can be compared).
inline Floats randomData(size_t n, uint32_t seed, float scale) {
  Floats v(n);
  uint64_t s = 0x9E3779B97F4A7C15ull * (seed + 1);
  for (auto &x : v) {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    x = scale * (float((s >> 40) & 0xFFFFFF) / float(1 << 23) - 1.0f);
  }
  return v;
}

/// Milliseconds on the benchmark clock: wall time, or this process's CPU time
/// when SCOPEC_BENCH_CLOCK=cpu (for 1-thread runs on a busy machine: time
/// other processes take is not counted, cache effects still are).
inline double nowMs() {
  static const bool cpu = [] {
    const char *c = std::getenv("SCOPEC_BENCH_CLOCK");
    return c && !std::strcmp(c, "cpu");
  }();
  if (cpu) {
    timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec * 1e-6;
  }
  return std::chrono::duration<double, std::milli>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

/// Median of a non-empty sample.
inline double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  const size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

/// Prints the protocol's last line for the per-run times `ms`.
inline void printTimes(const Options &o, const std::vector<double> &ms) {
  std::printf("median_ms=%.4f min_ms=%.4f runs=%d threads=%d\n", median(ms),
              *std::min_element(ms.begin(), ms.end()), int(ms.size()),
              o.threads);
}

/// Times `fn` `runs` times after max(3, runs/10) warm-up calls and prints the
/// protocol's last line.
template <class Fn> void timeRuns(const Options &o, Fn &&fn) {
  const int warm = std::max(3, o.runs / 10);
  for (int i = 0; i < warm; ++i)
    fn();
  std::vector<double> ms(o.runs);
  for (int i = 0; i < o.runs; ++i) {
    const double t0 = nowMs();
    fn();
    ms[i] = nowMs() - t0;
  }
  printTimes(o, ms);
}

/// Sum of |x| in double: a layout-independent fingerprint of an output.
inline double checksum(const float *p, size_t n) {
  double s = 0;
  for (size_t i = 0; i < n; ++i)
    s += std::fabs(double(p[i]));
  return s;
}

} // namespace scopec::bench

#endif // SCOPEC_BENCH_BENCHCOMMON_H

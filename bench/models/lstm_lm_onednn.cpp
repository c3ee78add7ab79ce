//===- lstm_lm_onednn.cpp - bench/models/lstm_lm.py on oneDNN's LSTM ------===//
//
//   lstm_lm_onednn DIR --batch B --steps T --units H --layers L
//                  [--bench RUNS] [--threads N]
//
// The recurrence of lstm_lm.py (L stacked TF BasicLSTMCells over T steps
// from a zero state, every step's top h as output) as one oneDNN
// lstm_forward primitive (forward inference, all layers in one primitive,
// batch-major ntc input and output like the scopec executable's), on the
// weights make_weights.py writes to DIR (cell_K_kernel.npy, cell_K_bias.npy
// in TF's layout) and scopec's built-in input values, so the checksum (sum
// of |h| over the output) equals the scopec executable's. TF -> oneDNN:
// the kernel's rows split at the input size into weights_layer and
// weights_iter (ldigo), gates reordered from TF's i, j, f, o to oneDNN's
// i, f, c~, o, TF's forget bias 1 added to the f gate's bias.
//
//===----------------------------------------------------------------------===//

#include "../common/BenchCommon.h"

#include "scopec/runtime/Harness.h"
#include "scopec/runtime/Npy.h"

#include <oneapi/dnnl/dnnl.hpp>
#include <omp.h>

#include <cstdlib>
#include <cstring>
#include <string>

using namespace scopec::bench;
using dt = dnnl::memory::data_type;
using tag = dnnl::memory::format_tag;

namespace {

[[noreturn]] void usage(const char *argv0) {
  std::fprintf(stderr,
               "usage: %s DIR --batch B --steps T --units H --layers L "
               "[--bench RUNS] [--threads N]\n",
               argv0);
  std::exit(2);
}

scopec::rt::NpyArray load(const std::string &path, size_t elements) {
  scopec::rt::NpyArray a;
  std::string error;
  if (!scopec::rt::readNpyFile(path, a, error) ||
      a.dtype != scopec::rt::DType::F32 ||
      size_t(a.numElements()) != elements) {
    std::fprintf(stderr, "error: %s: %s\n", path.c_str(),
                 error.empty() ? "not float32 of the expected size"
                               : error.c_str());
    std::exit(1);
  }
  return a;
}

/// The TF gate (i, j, f, o) of oneDNN's gate g (i, f, c~, o).
constexpr int kTfGate[4] = {0, 2, 1, 3};

} // namespace

int main(int argc, char **argv) {
  if (argc < 2 || argv[1][0] == '-')
    usage(argv[0]);
  std::string dir = argv[1];
  long batch = 0, steps = 0, units = 0, layers = 0;
  std::vector<char *> rest = {argv[0]};
  for (int i = 2; i < argc; ++i) {
    long *field = !std::strcmp(argv[i], "--batch")    ? &batch
                  : !std::strcmp(argv[i], "--steps")  ? &steps
                  : !std::strcmp(argv[i], "--units")  ? &units
                  : !std::strcmp(argv[i], "--layers") ? &layers
                                                      : nullptr;
    if (field && i + 1 < argc)
      *field = std::atol(argv[++i]);
    else
      rest.push_back(argv[i]);
  }
  if (batch < 1 || steps < 1 || units < 1 || layers < 1)
    usage(argv[0]);
  Options o = parseOptions(int(rest.size()), rest.data());
  omp_set_num_threads(o.threads);
  const long H = units, G = 4 * units;

  // TF weights -> oneDNN's ldigo / ldgo layouts.
  Floats wLayer(layers * H * G), wIter(layers * H * G), bias(layers * G);
  for (long l = 0; l < layers; ++l) {
    std::string prefix = dir + "/cell_" + std::to_string(l) + "_";
    auto kernel = load(prefix + "kernel.npy", size_t(2 * H * G));
    auto b = load(prefix + "bias.npy", size_t(G));
    const float *k = reinterpret_cast<const float *>(kernel.data.data());
    const float *bv = reinterpret_cast<const float *>(b.data.data());
    for (long g = 0; g < 4; ++g)
      for (long out = 0; out < H; ++out) {
        long col = kTfGate[g] * H + out;
        bias[(l * 4 + g) * H + out] = bv[col] + (g == 1 ? 1.0f : 0.0f);
        for (long in = 0; in < H; ++in) {
          wLayer[((l * H + in) * 4 + g) * H + out] = k[in * G + col];
          wIter[((l * H + in) * 4 + g) * H + out] = k[(H + in) * G + col];
        }
      }
  }
  // scopec's built-in input values for the placeholder `inputs` [B, T, H].
  Floats input(batch * steps * H), output(batch * steps * H);
  for (size_t i = 0; i < input.size(); ++i)
    input[i] = float(scopec::rt::defaultInputValue(scopec::rt::DType::F32, 0,
                                                   int64_t(i)));

  dnnl::engine eng(dnnl::engine::kind::cpu, 0);
  dnnl::stream stream(eng);
  dnnl::memory::desc srcMd({steps, batch, H}, dt::f32, tag::ntc);
  dnnl::memory::desc dstMd({steps, batch, H}, dt::f32, tag::ntc);
  dnnl::memory::desc userWLayer({layers, 1, H, 4, H}, dt::f32, tag::ldigo);
  dnnl::memory::desc userWIter({layers, 1, H, 4, H}, dt::f32, tag::ldigo);
  dnnl::memory::desc biasMd({layers, 1, 4, H}, dt::f32, tag::ldgo);
  dnnl::memory::desc anyW({layers, 1, H, 4, H}, dt::f32, tag::any);
  dnnl::lstm_forward::desc desc(
      dnnl::prop_kind::forward_inference,
      dnnl::rnn_direction::unidirectional_left2right, srcMd,
      dnnl::memory::desc(), dnnl::memory::desc(), anyW, anyW, biasMd, dstMd,
      dnnl::memory::desc(), dnnl::memory::desc());
  dnnl::lstm_forward::primitive_desc pd(desc, eng);
  // Weights reordered once into the primitive's layout (as a framework
  // prepares them before inference).
  auto prepared = [&](const dnnl::memory::desc &user, Floats &data,
                      const dnnl::memory::desc &want) {
    dnnl::memory from(user, eng, data.data()), to(want, eng);
    dnnl::reorder(from, to).execute(stream, from, to);
    return to;
  };
  dnnl::memory wl = prepared(userWLayer, wLayer, pd.weights_layer_desc());
  dnnl::memory wi = prepared(userWIter, wIter, pd.weights_iter_desc());
  dnnl::memory bm(biasMd, eng, bias.data());
  dnnl::memory src(srcMd, eng, input.data()), dst(dstMd, eng, output.data());
  dnnl::memory scratch(pd.scratchpad_desc(), eng),
      work(pd.workspace_desc(), eng);
  dnnl::lstm_forward lstm(pd);
  std::unordered_map<int, dnnl::memory> args = {
      {DNNL_ARG_SRC_LAYER, src},       {DNNL_ARG_WEIGHTS_LAYER, wl},
      {DNNL_ARG_WEIGHTS_ITER, wi},     {DNNL_ARG_BIAS, bm},
      {DNNL_ARG_DST_LAYER, dst},       {DNNL_ARG_SCRATCHPAD, scratch},
      {DNNL_ARG_WORKSPACE, work}};
  auto run = [&] {
    lstm.execute(stream, args);
    stream.wait();
  };
  run();
  std::printf("checksum=%.9e\n", checksum(output.data(), output.size()));
  timeRuns(o, run);
  return 0;
}

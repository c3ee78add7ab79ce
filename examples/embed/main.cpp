// Runs the seed image filter through its generated class.
//
//   filter_app [THREADS] [--save DIR]
//
// Fills both images with a fixed pattern, runs the model, and prints each
// output's shape, sum and first values. With --save DIR it also writes the
// inputs and outputs as .npy files (DIR/image1.npy, ..., DIR/result2.npy),
// which is how the test checks this program against scopec's float64
// reference interpreter.
#include "image_filter.h"

#include "scopec/runtime/Npy.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

template <typename Array>
static std::vector<int64_t> toVector(const Array &shape) {
  return std::vector<int64_t>(shape.begin(), shape.end());
}

static bool save(const std::string &dir, const char *name, const float *data,
                 const std::vector<int64_t> &shape) {
  std::string error;
  if (scopec::rt::writeNpyFile(dir + "/" + name + ".npy",
                               scopec::rt::DType::F32, shape, data, error))
    return true;
  std::fprintf(stderr, "filter_app: %s\n", error.c_str());
  return false;
}

int main(int argc, char **argv) {
  int threads = 0;
  std::string saveDir;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--save") && i + 1 < argc)
      saveDir = argv[++i];
    else
      threads = std::atoi(argv[i]);
  }

  image_filter::ImageFilter filter;
  filter.set_num_threads(threads);

  // The shapes are compile-time constants: [batch, height, width, channels].
  constexpr auto shape = image_filter::ImageFilter::image1_shape();
  static_assert(shape[1] == 128 && shape[3] == 32, "the seed's images");
  for (int64_t y = 0; y < shape[1]; ++y)
    for (int64_t x = 0; x < shape[2]; ++x)
      for (int64_t c = 0; c < shape[3]; ++c) {
        filter.image1(0, y, x, c) = std::sin(0.05f * float(y + 2 * x + c));
        filter.image2(0, y, x, c) = std::cos(0.03f * float(3 * y - x + c));
      }

  auto start = std::chrono::steady_clock::now();
  if (!filter.Run()) {
    std::fprintf(stderr, "filter_app: the linked parameters are corrupt\n");
    return 1;
  }
  std::chrono::duration<double, std::milli> ms =
      std::chrono::steady_clock::now() - start;

  auto report = [](const char *name, const float *data, int64_t count) {
    double sum = 0;
    for (int64_t i = 0; i < count; ++i)
      sum += data[i];
    std::printf("%s: %lld values, sum %.6g, first %.6g %.6g %.6g\n", name,
                static_cast<long long>(count), sum, data[0], data[1],
                data[2]);
  };
  report("result1", filter.result1_data(), filter.result1_count());
  report("result2", filter.result2_data(), filter.result2_count());
  if (threads > 0)
    std::printf("Run() took %.2f ms on %d thread%s\n", ms.count(), threads,
                threads == 1 ? "" : "s");
  else
    std::printf("Run() took %.2f ms on OpenMP's default threads\n",
                ms.count());

  if (!saveDir.empty() &&
      !(save(saveDir, "image1", filter.image1_data(), toVector(shape)) &&
        save(saveDir, "image2", filter.image2_data(),
             toVector(filter.image2_shape())) &&
        save(saveDir, "result1", filter.result1_data(),
             toVector(filter.result1_shape())) &&
        save(saveDir, "result2", filter.result2_data(),
             toVector(filter.result2_shape()))))
    return 1;
  return 0;
}

// A user program of the model class generated for model-class.mlir.
#include "net.h"

#include <omp.h>

#include <cstdio>
#include <cstring>
#include <thread>

// Shapes are compile-time constants.
static_assert(net::Net::x_shape()[0] == 2 && net::Net::x_shape()[1] == 3, "");
static_assert(net::Net::class_shape().size() == 0, "");
static_assert(net::Net::z_count() == 24, "");

int main() {
  net::Net model;
  for (int i = 0; i < 2; ++i)
    for (int j = 0; j < 3; ++j) {
      model.x(i, j) = float(i * 3 + j); // 0..5
      model.Run_1(i, j) = 1.0f;
    }
  model.class_() = 2.0f;
  for (int i = 0; i < 3; ++i)
    model.x_data_1_data()[i] = float(i + 1);

  omp_set_num_threads(3);
  model.set_num_threads(1);
  if (!model.Run())
    return 2;
  const net::Net &result = model;
  std::printf("y %g %g %g %g\n", result.out_y(0, 0), result.out_y(0, 1),
              result.out_y(1, 0), result.out_y(1, 1));
  const float *plus = model.x_data_plus_one_data();
  std::printf("x_data+1 %g %g %g\n", plus[0], plus[1], plus[2]);
  std::printf("z %g %g %g %g\n", model.z(0, 0, 0), model.z(0, 0, 1),
              model.z(0, 0, 2), model.z(1, 2, 3));

  // The same buffers through the function API give the same bits.
  alignas(64) float y[4], z[24], xd[3];
  const void *inputs[] = {model.x_data(), model.Run_1_data(),
                          model.class_data(), model.x_data_1_data()};
  void *outputs[] = {y, z, xd};
  net::run(inputs, outputs);
  if (std::memcmp(y, model.out_y_data(), sizeof y) == 0 &&
      std::memcmp(z, model.z_data(), sizeof z) == 0)
    std::printf("function API agrees\n");

  // Run() on 1 thread left the caller's own setting alone.
  std::printf("threads restored: %d\n", omp_get_max_threads());

  bool positions = model.input_data(net::kXIndex) == model.x_data() &&
                   model.input_data(3) == model.x_data_1_data() &&
                   model.input_data(4) == nullptr &&
                   model.input_data(-1) == nullptr &&
                   model.output_data(net::kZIndex) == model.z_data() &&
                   std::strcmp(net::Net::input_name(1), "Run") == 0 &&
                   std::strcmp(net::Net::output_name(0), "out/y") == 0 &&
                   net::Net::output_name(3) == nullptr;
  if (positions)
    std::printf("by position ok\n");

  // Objects are independent: a second one starts from zero inputs.
  net::Net other;
  other.set_num_threads(2);
  if (!other.Run())
    return 2;
  if (other.out_y(1, 1) == 0.0f && model.out_y(1, 1) == 128.0f &&
      other.num_threads() == 2)
    std::printf("two objects ok\n");

  // Separate objects run at the same time on separate threads.
  std::memcpy(other.x_data(), model.x_data(), sizeof(float) * 6);
  std::memcpy(other.Run_1_data(), model.Run_1_data(), sizeof(float) * 6);
  other.class_() = 3.0f;
  bool okA = false, okB = false;
  for (int round = 0; round < 100; ++round) {
    std::thread a([&] { okA = model.Run(); });
    std::thread b([&] { okB = other.Run(); });
    a.join();
    b.join();
    if (!okA || !okB || model.out_y(1, 1) != 128.0f ||
        other.out_y(1, 1) != 192.0f)
      return 3;
  }
  std::printf("concurrent objects ok\n");
  return 0;
}

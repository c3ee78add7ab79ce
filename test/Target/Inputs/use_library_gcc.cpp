// A program built with g++ using a scopec library (library-gcc.mlir): its
// elementwise loop is large enough to run in an OpenMP parallel region.
#include "library_gcc.h"

#include <cstdio>

int main() {
  library_gcc::LibraryGcc model;
  model.set_num_threads(2);
  for (int64_t i = 0; i < model.x_count(); ++i)
    model.x_data()[i] = static_cast<float>(i % 7) - 3.0f;
  if (!model.Run())
    return 1;
  double sum = 0;
  for (int64_t i = 0; i < model.y_count(); ++i)
    sum += model.y_data()[i];
  std::printf("%.1f\n", sum);
  return 0;
}

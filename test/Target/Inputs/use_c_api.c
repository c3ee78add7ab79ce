/* A C program using a model through the C interface of
   `scopec --emit=lib --shared` (c_api_model_c.h, libc_api_model.so). */
#include "c_api_model_c.h"

#include <stdio.h>
#include <string.h>

static void describe(const char *what, int count, const char *(*name)(int),
                     int (*rank)(int), const int64_t *(*shape)(int),
                     const char *(*dtype)(int), size_t (*bytes)(int)) {
  for (int i = 0; i < count; ++i) {
    printf("%s %d: %s %s [", what, i, name(i), dtype(i));
    for (int d = 0; d < rank(i); ++d)
      printf(d ? ", %lld" : "%lld", (long long)shape(i)[d]);
    printf("] %zu bytes\n", bytes(i));
  }
}

int main(void) {
  printf("%d inputs, %d outputs\n", c_api_model_num_inputs(),
         c_api_model_num_outputs());
  describe("input", c_api_model_num_inputs(), c_api_model_input_name,
           c_api_model_input_rank, c_api_model_input_shape,
           c_api_model_input_dtype, c_api_model_input_bytes);
  describe("output", c_api_model_num_outputs(), c_api_model_output_name,
           c_api_model_output_rank, c_api_model_output_shape,
           c_api_model_output_dtype, c_api_model_output_bytes);
  printf("index of n: %d, of k: %d, of nothing: %d\n",
         c_api_model_input_index("n"), c_api_model_output_index("k"),
         c_api_model_input_index("nothing"));
  printf("out of range: %s %d %p\n",
         c_api_model_input_name(7) ? "name" : "NULL",
         c_api_model_output_rank(-1), (void *)c_api_model_input_shape(2));

  c_api_model_model *model = c_api_model_create();
  float x[4] = {-2, -1, 0, 1};
  int n[3] = {5, -7, 100};
  memcpy(c_api_model_input_data(model, 0), x, sizeof(x));
  memcpy(c_api_model_input_data(model, c_api_model_input_index("n")), n,
         sizeof(n));
  c_api_model_set_num_threads(model, 1);
  if (c_api_model_run(model) != 0) {
    printf("run failed: %s\n", c_api_model_error(model));
    return 1;
  }
  const float *r = c_api_model_output_data(model, 0);
  const int *k = c_api_model_output_data(model, 1);
  printf("r = %g %g %g %g; k = %d %d %d; error '%s'\n", r[0], r[1], r[2],
         r[3], k[0], k[1], k[2], c_api_model_error(model));
  c_api_model_destroy(model);
  printf("NULL handle: %d '%s'\n", c_api_model_run(NULL),
         c_api_model_error(NULL));
  return 0;
}

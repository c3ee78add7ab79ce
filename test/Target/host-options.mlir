// Host compiler options: --target-cpu replaces -march=native, --cxx-flags
// adds flags, -v shows the commands and the peak activation memory,
// --keep-temps keeps the generated files.
// RUN: rm -rf %t && mkdir -p %t
// RUN: scopec %s -o %t/exe -v --target-cpu=x86-64 --cxx-flags="-DSCOPEC_TEST_FLAG=1 -Wall" --keep-temps 2> %t/log
// RUN: FileCheck %s < %t/log
// CHECK: scopec: model 'host_options': peak activation memory 0 bytes, parameters 64 bytes
// CHECK: scopec: {{.*}} -std=c++17 -O3 -march=x86-64 -fopenmp -I{{.*}} -DSCOPEC_TEST_FLAG=1 -Wall -Wa,-I,{{.*}} -c {{.*}}host_options.cpp -o {{.*}}model.o
// CHECK: scopec: {{.*}}host_options_main.cpp
// CHECK: scopec: {{.*}}host_options_params.s
// CHECK: scopec: {{.*}}model.o {{.*}}main.o {{.*}}params.o {{.*}}libScopecRuntime.a{{.*}} -o {{.*}}exe
// CHECK: scopec: kept temporary files in
// CHECK: scopec: host C++ compile: {{[0-9.]+}} s
// CHECK-NEXT: scopec: total: {{[0-9.]+}} s
// RUN: %t/exe | FileCheck %s --check-prefix=RUN-OK
// RUN-OK: output y shape=[3] dtype=float32
// RUN-OK-NEXT: sum=
// The kept directory holds the five generated files and the objects.
// RUN: ls $(sed -n 's/^scopec: kept temporary files in //p' %t/log) | FileCheck %s --check-prefix=TEMPS
// TEMPS: host_options.cpp
// TEMPS: host_options.h
// TEMPS: host_options.params
// TEMPS: host_options_main.cpp
// TEMPS: host_options_params.s
// TEMPS: model.o
// RUN: rm -rf $(sed -n 's/^scopec: kept temporary files in //p' %t/log)
scope.param @p : tensor<3xf32> = dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
func.func @model() {
  %x = scope.placeholder "x" : tensor<3xf32>
  %p = scope.read @p : tensor<3xf32>
  %z = scope.mul %x, %p : tensor<3xf32>, tensor<3xf32> -> tensor<3xf32>
  %y = scope.sub %p, %z : tensor<3xf32>, tensor<3xf32> -> tensor<3xf32>
  scope.output "y", %y : tensor<3xf32>
  return
}

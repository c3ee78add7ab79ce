// A static library from scopec (compiled by clang against libomp) links
// into a program built with g++: with the OpenMP runtime it was compiled
// against (libomp also implements libgomp's ABI), named on the link line.
// g++ -fopenmp alone links libgomp, which lacks libomp's __kmpc_* entry
// points: docs/user-guide.md, section 4, says what to link.
// REQUIRES: gxx
// UNSUPPORTED: sanitizer
// RUN: rm -rf %t && scopec %s --emit=lib -o %t/lib
// RUN: nm %t/lib/liblibrary_gcc.a | FileCheck %s --check-prefix=OMP
// OMP: U __kmpc_fork_call
// RUN: g++ -std=c++17 -I%t/lib %S/Inputs/use_library_gcc.cpp %t/lib/liblibrary_gcc.a %openmp_library -lpthread -o %t/user
// RUN: %t/user | FileCheck %s
// relu(x * 2 + 1) over x = (i % 7) - 3 on 65,536 elements: per 7 values
// 0 + 0 + 0 + 1 + 3 + 5 + 7 = 16; 9362 full periods and 2 more (0, 0).
// CHECK: 149792.0
scope.param @two : tensor<f32> = dense<2.0> : tensor<f32>
scope.param @one : tensor<64x1024xf32> = dense<1.0> : tensor<64x1024xf32>
func.func @model() {
  %x = scope.placeholder "x" : tensor<64x1024xf32>
  %two = scope.read @two : tensor<f32>
  %one = scope.read @one : tensor<64x1024xf32>
  %m = scope.mul %x, %two : tensor<64x1024xf32>, tensor<f32> -> tensor<64x1024xf32>
  %a = scope.add %m, %one : tensor<64x1024xf32>, tensor<64x1024xf32> -> tensor<64x1024xf32>
  %r = scope.relu %a : tensor<64x1024xf32>
  scope.output "y", %r : tensor<64x1024xf32>
  return
}

// --emit=lib --shared -o DIR: libNAME.so with the model, its parameters,
// its OpenMP dependency and a C interface (NAME_c.h, functions prefixed
// with the model name): a C program uses it by position and by name, with
// shapes and dtypes; Python uses it through ctypes (examples/ctypes/).
// RUN: rm -rf %t && scopec %s --emit=lib --shared --name c_api_model -o %t/lib
// RUN: ls %t/lib | FileCheck %s --check-prefix=FILES
// FILES: c_api_model.h
// FILES-NEXT: c_api_model_c.h
// FILES-NEXT: libc_api_model.so
// RUN: %host_cxx -x c -std=c99 -Wall -Werror -I%t/lib %S/Inputs/use_c_api.c %sanitizer_link_flags -L%t/lib -lc_api_model -Wl,-rpath,%t/lib -o %t/user
// RUN: %t/user | FileCheck %s
// CHECK: 2 inputs, 2 outputs
// CHECK-NEXT: input 0: x float32 [2, 2] 16 bytes
// CHECK-NEXT: input 1: n int32 [3] 12 bytes
// CHECK-NEXT: output 0: r float32 [2, 2] 16 bytes
// CHECK-NEXT: output 1: k int32 [3] 12 bytes
// CHECK-NEXT: index of n: 1, of k: 1, of nothing: -1
// CHECK-NEXT: out of range: NULL -1 (nil)
// relu(x * 2 + 1) and n + n:
// CHECK-NEXT: r = 0 0 1 3; k = 10 -14 200; error ''
// CHECK-NEXT: NULL handle: 1 'no model (NULL handle)'
// --emit=lib without --shared, and --shared without --emit=lib:
// RUN: not scopec %s --emit=exe --shared -o %t/exe 2>&1 | FileCheck %s --check-prefix=NOTLIB
// NOTLIB: scopec: error: --shared goes with --emit=lib
scope.param @two : tensor<f32> = dense<2.0> : tensor<f32>
scope.param @one : tensor<2x2xf32> = dense<1.0> : tensor<2x2xf32>
func.func @model() {
  %x = scope.placeholder "x" : tensor<2x2xf32>
  %n = scope.placeholder "n" : tensor<3xi32>
  %two = scope.read @two : tensor<f32>
  %one = scope.read @one : tensor<2x2xf32>
  %m = scope.mul %x, %two : tensor<2x2xf32>, tensor<f32> -> tensor<2x2xf32>
  %a = scope.add %m, %one : tensor<2x2xf32>, tensor<2x2xf32> -> tensor<2x2xf32>
  %r = scope.relu %a : tensor<2x2xf32>
  scope.output "r", %r : tensor<2x2xf32>
  %k = scope.add %n, %n : tensor<3xi32>, tensor<3xi32> -> tensor<3xi32>
  scope.output "k", %k : tensor<3xi32>
  return
}

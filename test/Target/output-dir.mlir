// --emit=cpp -o DIR writes the seven files of a model into DIR (the C
// interface's two included).
// RUN: rm -rf %t && scopec %s --emit=cpp -o %t/out
// RUN: ls %t/out | FileCheck %s
// CHECK: output_dir.cpp
// CHECK-NEXT: output_dir.h
// CHECK-NEXT: output_dir.params
// CHECK-NEXT: output_dir_c.cpp
// CHECK-NEXT: output_dir_c.h
// CHECK-NEXT: output_dir_main.cpp
// CHECK-NEXT: output_dir_params.s
// The blob holds the float32 values: 4 floats padded to 64 bytes.
// RUN: wc -c < %t/out/output_dir.params | FileCheck %s --check-prefix=SIZE
// SIZE: 64
// RUN: od -A n -t f4 -N 16 %t/out/output_dir.params | FileCheck %s --check-prefix=VALUES
// VALUES: 1.5 -2 0.25 4
scope.param @p : tensor<4xf32> = dense<[1.5, -2.0, 0.25, 4.0]> : tensor<4xf32>
func.func @model() {
  %x = scope.placeholder "x" : tensor<4xf32>
  %p = scope.read @p : tensor<4xf32>
  %y = scope.mul %x, %p : tensor<4xf32>, tensor<4xf32> -> tensor<4xf32>
  scope.output "y", %y : tensor<4xf32>
  return
}

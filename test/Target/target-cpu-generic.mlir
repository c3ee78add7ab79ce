// --target-cpu=generic compiles the model's code for the architecture's
// baseline (x86-64: no AVX), for binaries that ship: the generated code of
// this 4096-element elementwise model has no ymm/zmm instruction (with the
// default -march=native on an AVX machine it has; checked by hand), and the
// program runs. The runtime's GEMM picks its build on the CPU at run time.
// RUN: rm -rf %t && mkdir -p %t
// RUN: scopec %s -o %t/generic -v --target-cpu=generic --keep-temps 2> %t/log
// RUN: FileCheck %s < %t/log
// CHECK: -march={{x86-64|armv8-a}} -fopenmp
// RUN: objdump -d $(sed -n 's/^scopec: kept temporary files in //p' %t/log)/model.o | not grep -E "%%(y|z)mm"
// RUN: %t/generic | FileCheck %s --check-prefix=OUT
// RUN: rm -rf $(sed -n 's/^scopec: kept temporary files in //p' %t/log)
// OUT: output y shape=[4096] dtype=float32
func.func @model() {
  %x = scope.placeholder "x" : tensor<4096xf32>
  %z = scope.mul %x, %x : tensor<4096xf32>, tensor<4096xf32> -> tensor<4096xf32>
  %y = scope.sub %z, %x : tensor<4096xf32>, tensor<4096xf32> -> tensor<4096xf32>
  scope.output "y", %y : tensor<4096xf32>
  return
}

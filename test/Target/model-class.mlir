// The generated header's model class (--emit=lib, --class): named, typed
// accessors for every input and output, constexpr shapes, Run(), a thread
// count, by-position access. Names that would clash get a numeric suffix, and
// no accessor contains "__" (reserved in C++).
// RUN: rm -rf %t && scopec %s --emit=lib --name=net --class=Net -o %t/lib
// RUN: FileCheck %s --input-file=%t/lib/net.h
// RUN: not grep -n "__" %t/lib/net.h
// RUN: %host_cxx %sanitizer_link_flags -std=c++17 -fopenmp -pthread -I%t/lib %S/Inputs/use_model_class.cpp %t/lib/libnet.a -o %t/user
// RUN: %t/user | FileCheck %s --check-prefix=OUT

// CHECK: namespace net {
// CHECK: void runWithThreads(const void *const*, void *const*, void*, int);
// CHECK: class Net {
// CHECK:   Net()
// CHECK:   bool Run() {
// CHECK:   void set_num_threads(int n)
// CHECK:   // input 0: "x", float [2, 3]
// CHECK-NEXT: static constexpr std::array<int64_t, 2> x_shape() { return {2, 3}; }
// CHECK-NEXT: static constexpr int64_t x_count() { return 6; }
// CHECK-NEXT: float *x_data()
// CHECK-NEXT: float &x(int64_t i0, int64_t i1) { return x_data()[i0 * 3 + i1]; }
// CHECK:   // input 1: "Run", float [2, 3]
// CHECK-NEXT: Run_1_shape()
// CHECK:   float &Run_1(int64_t i0, int64_t i1)
// CHECK:   // input 2: "class", float []
// CHECK-NEXT: std::array<int64_t, 0> class_shape() { return {}; }
// CHECK-NEXT: class_count() { return 1; }
// CHECK-NEXT: float *class_data()
// CHECK-NEXT: float &class_() { return class_data()[0]; }
// CHECK:   // input 3: "x_data", float [3]
// CHECK-NEXT: x_data_1_shape()
// CHECK:   // output 0: "out/y", float [2, 2]
// CHECK-NOT: float *out_y_data()
// CHECK: const float *out_y_data() const
// CHECK:   // output 1: "z", float [2, 3, 4]
// CHECK: float z(int64_t i0, int64_t i1, int64_t i2) const { return z_data()[(i0 * 3 + i1) * 4 + i2]; }
// CHECK: static const char *input_name(int index)
// CHECK-NEXT: names[] = {"x", "Run", "class", "x_data"};
// CHECK: } // namespace net

// x + Run = [[1,2,3],[4,5,6]]; times w = [[22,28],[49,64]]; times class = 2.
// OUT: y 44 56 98 128
// OUT-NEXT: x_data+1 2 3 4
// OUT-NEXT: z 0 1 2 23
// OUT-NEXT: function API agrees
// OUT-NEXT: threads restored: 3
// OUT-NEXT: by position ok
// OUT-NEXT: two objects ok
// OUT-NEXT: concurrent objects ok
scope.param @w : tensor<3x2xf32> = dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>
scope.param @iota : tensor<2x3x4xf32> = dense<[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0]], [[12.0, 13.0, 14.0, 15.0], [16.0, 17.0, 18.0, 19.0], [20.0, 21.0, 22.0, 23.0]]]> : tensor<2x3x4xf32>
func.func @model() {
  %x = scope.placeholder "x" : tensor<2x3xf32>
  %r = scope.placeholder "Run" : tensor<2x3xf32>
  %s = scope.placeholder "class" : tensor<f32>
  %xd = scope.placeholder "x_data" : tensor<3xf32>
  %w = scope.read @w : tensor<3x2xf32>
  %a = scope.add %x, %r : tensor<2x3xf32>, tensor<2x3xf32> -> tensor<2x3xf32>
  %m = scope.matmul %a, %w : tensor<2x3xf32>, tensor<3x2xf32> -> tensor<2x2xf32>
  %y = scope.mul %m, %s : tensor<2x2xf32>, tensor<f32> -> tensor<2x2xf32>
  scope.output "out/y", %y : tensor<2x2xf32>
  %iota = scope.read @iota : tensor<2x3x4xf32>
  scope.output "z", %iota : tensor<2x3x4xf32>
  %one = scope.constant dense<1.0> : tensor<f32>
  %xd1 = scope.add %xd, %one : tensor<3xf32>, tensor<f32> -> tensor<3xf32>
  scope.output "x_data_plus_one", %xd1 : tensor<3xf32>
  return
}

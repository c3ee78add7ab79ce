// RUN: scopec-opt %s -split-input-file -scope-plan-buffers -convert-scope-to-emitc | FileCheck %s
// A fused elementwise op becomes one loop nest; broadcasting is resolved at
// compile time into per-input strides.

// Same shapes: one flat loop, constants hoisted in front of it, small
// enough to stay on one thread. The sum, used twice by the relu, gets a
// local of its own (form-expressions would otherwise fold it into both
// uses, and a chain of n relus would print 2^n copies).
// CHECK-LABEL: emitc.file "source"
// CHECK: verbatim "// act/Relu (model.py:3:1)"
// CHECK-NOT: omp
// CHECK: %[[ZERO:.*]] = "emitc.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
// CHECK: for %[[I:.*]] = %{{.*}} to %{{.*}} step %{{.*}} : !emitc.size_t {
// CHECK:   %[[A:.*]] = subscript %{{.*}}[%[[I]]] : (!emitc.ptr<f32>, !emitc.size_t) -> !emitc.lvalue<f32>
// CHECK:   %[[AV:.*]] = load %[[A]]
// CHECK:   %[[SUM:.*]] = add %[[AV]], %{{.*}} : (f32, f32) -> f32
// CHECK:   %[[LOCAL:.*]] = "emitc.variable"() <{value = #emitc.opaque<"">}> : () -> !emitc.lvalue<f32>
// CHECK:   assign %[[SUM]] : f32 to %[[LOCAL]]
// CHECK:   %[[S:.*]] = load %[[LOCAL]]
// CHECK:   %[[LT:.*]] = cmp lt, %[[S]], %[[ZERO]] : (f32, f32) -> i1
// CHECK:   %[[MAX:.*]] = conditional %[[LT]], %[[ZERO]], %[[S]] : f32
// CHECK:   %[[OUT:.*]] = subscript %{{.*}}[%[[I]]]
// CHECK:   assign %[[MAX]] : f32 to %[[OUT]]
// CHECK: }
func.func @model() {
  %x = scope.placeholder "x" : tensor<4x8xf32>
  %y = scope.placeholder "y" : tensor<4x8xf32>
  %r = scope.fused_elementwise ins(%x, %y : tensor<4x8xf32>, tensor<4x8xf32>) {
  ^bb0(%a: f32, %b: f32):
    %zero = arith.constant 0.0 : f32
    %s = arith.addf %a, %b : f32
    %m = arith.maximumf %s, %zero : f32
    scope.yield %m : f32
  } : tensor<4x8xf32> loc(#loc)
  scope.output "r", %r : tensor<4x8xf32>
  return
}
#loc = loc("act/Relu"("model.py":3:1))

// -----

// A per-channel operand: rows x channels, the vector read with stride 0
// along rows; a scalar operand is read at index 0. Large: OpenMP pragma.
// CHECK-LABEL: emitc.file "source"
// CHECK: verbatim "#pragma omp parallel for"
// CHECK: for %[[R:.*]] = %{{.*}} to %[[NR:.*]] step %{{.*}} : !emitc.size_t {
// CHECK: for %[[C:.*]] = %{{.*}} to %[[NC:.*]] step %{{.*}} : !emitc.size_t {
// CHECK: %[[K:.*]] = literal "64" : !emitc.size_t
// CHECK: %[[RK:.*]] = mul %[[R]], %[[K]]
// CHECK: %[[XI:.*]] = add %[[RK]], %[[C]]
// CHECK: subscript %{{.*}}[%[[XI]]]
// CHECK: subscript %{{.*}}[%[[C]]] : (!emitc.array<64xf32>
// CHECK: %[[Z:.*]] = literal "0" : !emitc.size_t
// CHECK: subscript %{{.*}}[%[[Z]]] : (!emitc.array<1xf32>
// CHECK: call_opaque "scopec::rt::kernels::exp"
// CHECK: call_opaque "scopec::rt::kernels::activate"
// CHECK-SAME: template_args = [#emitc.opaque<"scopec::rt::kernels::Act::Tanh">]
scope.param @b : tensor<64xf32> = dense<0.5> : tensor<64xf32>
scope.param @s : tensor<f32> = dense<2.0> : tensor<f32>
func.func @model() {
  %x = scope.placeholder "x" : tensor<8x32x32x64xf32>
  %b = scope.read @b : tensor<64xf32>
  %s = scope.read @s : tensor<f32>
  %r = scope.fused_elementwise ins(%x, %b, %s : tensor<8x32x32x64xf32>, tensor<64xf32>, tensor<f32>) {
  ^bb0(%a: f32, %c: f32, %d: f32):
    %m = arith.mulf %a, %c : f32
    %e = math.exp %m : f32
    %t = math.tanh %e : f32
    %q = arith.divf %t, %d : f32
    scope.yield %q : f32
  } : tensor<8x32x32x64xf32>
  scope.output "r", %r : tensor<8x32x32x64xf32>
  return
}

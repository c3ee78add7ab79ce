// MLIR's IR dumps and timing through scopec: the pipeline's passes are known
// by name, so --mlir-print-ir-before/after=PASS work.
// RUN: scopec %s --emit=fused -o /dev/null --mlir-print-ir-after=scope-resolve-variables 2>&1 | FileCheck %s --check-prefix=AFTER
// AFTER: // -----// IR Dump After ScopeResolveVariables (scope-resolve-variables) //----- //
// AFTER-NOT: IR Dump
// RUN: scopec %s --emit=fused -o /dev/null --mlir-print-ir-before=scope-fuse-elementwise 2>&1 | FileCheck %s --check-prefix=BEFORE
// BEFORE: // -----// IR Dump Before ScopeFuseElementwise (scope-fuse-elementwise) //----- //
// RUN: scopec %s --emit=lowered -o /dev/null --mlir-print-ir-after-all 2>&1 | FileCheck %s --check-prefix=ALL
// ALL: IR Dump After ScopeResolveVariables
// ALL: IR Dump After ScopeFuseConvBiasActivation
// ALL: IR Dump After ConvertScopeToEmitC
// ALL: IR Dump After FormExpressionsPass
// RUN: scopec %s --emit=resolved -o /dev/null --mlir-print-ir-before-all 2>&1 | FileCheck %s --check-prefix=BEFOREALL
// BEFOREALL: IR Dump Before ScopeResolveVariables
// RUN: scopec %s --emit=resolved --mlir-print-debuginfo | FileCheck %s --check-prefix=DEBUGINFO
// DEBUGINFO: scope.read @scale {{.*}} loc(
// RUN: scopec %s --emit=fused -o /dev/null --mlir-timing --mlir-timing-display=list 2>&1 | FileCheck %s --check-prefix=LIST
// LIST: Execution time report
// LIST: ScopeResolveVariables
// Unknown pass names are errors.
// RUN: not scopec %s --mlir-print-ir-after=no-such-pass 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: Cannot find option named 'no-such-pass'
scope.param @scale : tensor<f32> = dense<2.0> : tensor<f32>
func.func @model() {
  %x = scope.placeholder "x" : tensor<4xf32>
  %s = scope.read @scale : tensor<f32>
  %y = scope.mul %x, %s : tensor<4xf32>, tensor<f32> -> tensor<4xf32>
  scope.output "y", %y : tensor<4xf32>
  return
}

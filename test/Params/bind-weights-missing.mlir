// RUN: not scopec-opt %S/Inputs/dense.mlir --scope-bind-weights=file=%S/Inputs/missing.npz 2>&1 | FileCheck %s

// A parameter without an entry is an error naming it; nothing is
// zero-filled.

// CHECK: error: weights file '{{.*}}missing.npz' does not match the model:
// CHECK-NEXT: missing: dense/b
// CHECK-NOT: extra:

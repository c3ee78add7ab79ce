// RUN: scopec-opt %S/Inputs/dense.mlir --scope-bind-weights=file=%S/Inputs/extra.npz 2>&1 | FileCheck %s
// RUN: not scopec-opt %S/Inputs/dense.mlir "--scope-bind-weights=file=%S/Inputs/extra.npz strict=true" 2>&1 | FileCheck %s --check-prefix=STRICT

// An entry that names no parameter is ignored and summarized in one remark;
// with strict=true (scopec --strict-weights) it is an error.

// CHECK: remark: bound 2 of 3 entries; ignored 1: dense/extra (--list-weights shows every entry)
// CHECK: scope.param @"dense/w"

// STRICT: error: weights file '{{.*}}extra.npz' does not match the model:
// STRICT-NEXT: extra: dense/extra
// STRICT-NOT: missing:

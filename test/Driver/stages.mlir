// The driver's stages: -v prints each with its wall time and the total;
// --progress=always prints a line as each starts; the default (auto) is
// silent when stderr is not a terminal and rewrites one line on a terminal;
// --mlir-timing reports every stage, the frontend and host compile included.
// RUN: rm -rf %t && mkdir -p %t
// RUN: scopec %s -v -o %t/exe 2>&1 | FileCheck %s --check-prefix=VERBOSE
// VERBOSE: scopec: frontend: {{[0-9]+\.[0-9]+}} s
// VERBOSE-NEXT: scopec: resolve: {{[0-9]+\.[0-9]+}} s
// VERBOSE-NEXT: scopec: fuse: {{[0-9]+\.[0-9]+}} s
// VERBOSE-NEXT: scopec: lower: {{[0-9]+\.[0-9]+}} s
// VERBOSE: scopec: emit C++: {{[0-9]+\.[0-9]+}} s
// VERBOSE: scopec: host C++ compile: {{[0-9]+\.[0-9]+}} s
// VERBOSE-NEXT: scopec: total: {{[0-9]+\.[0-9]+}} s

// RUN: scopec %s --progress=always --emit=lib -o %t/lib 2>&1 | FileCheck %s --check-prefix=ALWAYS
// ALWAYS: scopec: [1/6] frontend
// ALWAYS-NEXT: scopec: [2/6] resolve
// ALWAYS-NEXT: scopec: [3/6] fuse
// ALWAYS-NEXT: scopec: [4/6] lower
// ALWAYS-NEXT: scopec: [5/6] emit C++
// ALWAYS-NEXT: scopec: [6/6] host C++ compile
// ALWAYS-NOT: scopec
// RUN: scopec %s --progress=always --emit=resolved -o /dev/null 2>&1 | FileCheck %s --check-prefix=SHORT
// SHORT: scopec: [1/2] frontend
// SHORT-NEXT: scopec: [2/2] resolve
// RUN: scopec %s --progress=always --interpret 2>&1 | FileCheck %s --check-prefix=INTERP
// INTERP: scopec: [1/3] frontend
// INTERP-NEXT: scopec: [2/3] resolve
// INTERP-NEXT: scopec: [3/3] interpret

// Not a terminal: nothing. --progress=never: nothing, even on a terminal.
// RUN: scopec %s -o %t/exe2 2> %t/quiet.log
// RUN: count 0 < %t/quiet.log
// RUN: script -qec "env SCOPEC_PROGRESS_DELAY=0 scopec %s --progress=never -o %t/exe3" /dev/null > %t/never.log
// RUN: not grep scopec %t/never.log
// On a terminal (script's pseudo-terminal), once the delay has passed: one
// line rewritten in place ("\r\033[K"), cleared at the end.
// RUN: script -qec "env SCOPEC_PROGRESS_DELAY=0 scopec %s -o %t/exe4" /dev/null > %t/tty.log
// RUN: FileCheck %s --check-prefix=TTY < %t/tty.log
// TTY: scopec: [6/6] host C++ compile ({{[0-9]+}} s)

// RUN: scopec %s --emit=lib -o %t/lib --mlir-timing 2>&1 | FileCheck %s --check-prefix=TIMING
// TIMING: Execution time report
// TIMING: frontend
// TIMING: resolve
// TIMING: ScopeResolveVariables
// TIMING: fuse
// TIMING: lower
// TIMING: ConvertScopeToEmitC
// TIMING: emit C++
// TIMING: host C++ compile
scope.param @p : tensor<3xf32> = dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
func.func @model() {
  %x = scope.placeholder "x" : tensor<3xf32>
  %p = scope.read @p : tensor<3xf32>
  %z = scope.mul %x, %p : tensor<3xf32>, tensor<3xf32> -> tensor<3xf32>
  scope.output "y", %z : tensor<3xf32>
  return
}

// RUN: scopec-opt %s -split-input-file --scope-fuse-elementwise | FileCheck %s

// A chain with broadcast per-channel operands becomes one op.
// CHECK-LABEL: func.func @mul_add_relu6
// CHECK-SAME: (%[[X:.*]]: tensor<1x2x2x3xf32>, %[[S:.*]]: tensor<3xf32>, %[[T:.*]]: tensor<3xf32>)
// CHECK: %[[R:.*]] = scope.fused_elementwise ins(%[[X]], %[[S]], %[[T]] : tensor<1x2x2x3xf32>, tensor<3xf32>, tensor<3xf32>) {
// CHECK: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32, %[[C:.*]]: f32):
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-DAG: %[[SIX:.*]] = arith.constant 6.000000e+00 : f32
// CHECK: %[[M:.*]] = arith.mulf %[[A]], %[[B]] : f32
// CHECK: %[[P:.*]] = arith.addf %[[M]], %[[C]] : f32
// CHECK: %[[LO:.*]] = arith.maximumf %[[P]], %[[ZERO]] : f32
// CHECK: %[[HI:.*]] = arith.minimumf %[[LO]], %[[SIX]] : f32
// CHECK: scope.yield %[[HI]] : f32
// CHECK: } : tensor<1x2x2x3xf32>
// CHECK-NOT: scope.mul
// CHECK-NOT: scope.add
// CHECK-NOT: scope.relu6
// CHECK: return %[[R]]
func.func @mul_add_relu6(%x: tensor<1x2x2x3xf32>, %s: tensor<3xf32>, %t: tensor<3xf32>) -> tensor<1x2x2x3xf32> {
  %0 = scope.mul %x, %s : tensor<1x2x2x3xf32>, tensor<3xf32> -> tensor<1x2x2x3xf32>
  %1 = scope.add %0, %t : tensor<1x2x2x3xf32>, tensor<3xf32> -> tensor<1x2x2x3xf32>
  %2 = scope.relu6 %1 : tensor<1x2x2x3xf32>
  return %2 : tensor<1x2x2x3xf32>
}

// -----

// Sigmoid is 1 / (1 + exp(-x)); sub and div map to subf and divf.
// CHECK-LABEL: func.func @sub_div_sigmoid_tanh
// CHECK: scope.fused_elementwise ins(%{{.*}}, %{{.*}}, %{{.*}} : tensor<4x3xf32>, tensor<4x3xf32>, tensor<3xf32>)
// CHECK: arith.subf
// CHECK: arith.divf
// CHECK: %[[NEG:.*]] = arith.negf %{{.*}} : f32
// CHECK: %[[EXP:.*]] = math.exp %[[NEG]] : f32
// CHECK: %[[DEN:.*]] = arith.addf %[[EXP]], %[[ONE:.*]] : f32
// CHECK: %[[SIG:.*]] = arith.divf %[[ONE]], %[[DEN]] : f32
// CHECK: %[[TANH:.*]] = math.tanh %[[SIG]] : f32
// CHECK: scope.yield %[[TANH]] : f32
// CHECK-NOT: scope.sigmoid
func.func @sub_div_sigmoid_tanh(%x: tensor<4x3xf32>, %y: tensor<4x3xf32>, %z: tensor<3xf32>) -> tensor<4x3xf32> {
  %0 = scope.sub %x, %y : tensor<4x3xf32>, tensor<4x3xf32> -> tensor<4x3xf32>
  %1 = scope.div %0, %z : tensor<4x3xf32>, tensor<3xf32> -> tensor<4x3xf32>
  %2 = scope.sigmoid %1 : tensor<4x3xf32>
  %3 = scope.tanh %2 : tensor<4x3xf32>
  return %3 : tensor<4x3xf32>
}

// -----

// Splat constants move into the body; other constants stay inputs.
// CHECK-LABEL: func.func @constants
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>)
// CHECK: %[[K:.*]] = scope.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf32>
// CHECK-NOT: scope.constant
// CHECK: scope.fused_elementwise ins(%[[X]], %[[K]] : tensor<2x3xf32>, tensor<3xf32>) {
// CHECK: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32):
// CHECK: %[[TWO:.*]] = arith.constant 2.000000e+00 : f32
// CHECK: %[[M:.*]] = arith.mulf %[[A]], %[[TWO]] : f32
// CHECK: arith.addf %[[M]], %[[B]] : f32
func.func @constants(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %two = scope.constant dense<2.0> : tensor<f32>
  %k = scope.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %0 = scope.mul %x, %two : tensor<2x3xf32>, tensor<f32> -> tensor<2x3xf32>
  %1 = scope.add %0, %k : tensor<2x3xf32>, tensor<3xf32> -> tensor<2x3xf32>
  return %1 : tensor<2x3xf32>
}

// -----

// An input used twice is one input; a producer used twice by its consumer is
// computed once.
// CHECK-LABEL: func.func @shared_inputs
// CHECK-SAME: (%[[X:.*]]: tensor<8xf32>, %[[Y:.*]]: tensor<8xf32>)
// CHECK: scope.fused_elementwise ins(%[[X]], %[[Y]] : tensor<8xf32>, tensor<8xf32>) {
// CHECK: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32):
// CHECK: %[[S:.*]] = arith.addf %[[A]], %[[B]] : f32
// CHECK: %[[R:.*]] = arith.maximumf %[[S]], %{{.*}} : f32
// CHECK: %[[Q:.*]] = arith.mulf %[[R]], %[[R]] : f32
// CHECK: %[[T:.*]] = arith.subf %[[Q]], %[[A]] : f32
// CHECK: scope.yield %[[T]] : f32
func.func @shared_inputs(%x: tensor<8xf32>, %y: tensor<8xf32>) -> tensor<8xf32> {
  %0 = scope.add %x, %y : tensor<8xf32>, tensor<8xf32> -> tensor<8xf32>
  %1 = scope.relu %0 : tensor<8xf32>
  %2 = scope.mul %1, %1 : tensor<8xf32>, tensor<8xf32> -> tensor<8xf32>
  %3 = scope.sub %2, %x : tensor<8xf32>, tensor<8xf32> -> tensor<8xf32>
  return %3 : tensor<8xf32>
}

// -----

// An existing fused_elementwise grows; identity adds nothing to the body.
// CHECK-LABEL: func.func @grow_fused
// CHECK-SAME: (%[[X:.*]]: tensor<8xf32>, %[[Y:.*]]: tensor<8xf32>)
// CHECK: %[[R:.*]] = scope.fused_elementwise ins(%[[X]], %[[Y]] : tensor<8xf32>, tensor<8xf32>) {
// CHECK: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32):
// CHECK: %[[M:.*]] = arith.mulf %[[A]], %[[A]] : f32
// CHECK: %[[T:.*]] = math.tanh %[[M]] : f32
// CHECK: %[[S:.*]] = arith.addf %[[T]], %[[B]] : f32
// CHECK: scope.yield %[[S]] : f32
// CHECK-NOT: scope.identity
// CHECK: return %[[R]]
func.func @grow_fused(%x: tensor<8xf32>, %y: tensor<8xf32>) -> tensor<8xf32> {
  %0 = scope.fused_elementwise ins(%x : tensor<8xf32>) {
  ^bb0(%a: f32):
    %m = arith.mulf %a, %a : f32
    scope.yield %m : f32
  } : tensor<8xf32>
  %1 = scope.tanh %0 : tensor<8xf32>
  %2 = scope.identity %1 : tensor<8xf32>
  %3 = scope.add %2, %y : tensor<8xf32>, tensor<8xf32> -> tensor<8xf32>
  return %3 : tensor<8xf32>
}

// -----

// Does not fuse: the intermediate has a use outside the chain.
// CHECK-LABEL: func.func @intermediate_shared
// CHECK: %[[S:.*]] = scope.add
// CHECK: %[[R:.*]] = scope.relu %[[S]]
// CHECK-NOT: scope.fused_elementwise
// CHECK: return %[[R]], %[[S]]
func.func @intermediate_shared(%x: tensor<8xf32>, %y: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %0 = scope.add %x, %y : tensor<8xf32>, tensor<8xf32> -> tensor<8xf32>
  %1 = scope.relu %0 : tensor<8xf32>
  return %1, %0 : tensor<8xf32>, tensor<8xf32>
}

// -----

// Partly fuses: the chain is cut at the shared value.
// CHECK-LABEL: func.func @chain_cut_at_shared
// CHECK: %[[F:.*]] = scope.fused_elementwise
// CHECK: arith.subf
// CHECK: arith.maximumf
// CHECK: %[[T:.*]] = scope.tanh %[[F]]
// CHECK: return %[[T]], %[[F]]
func.func @chain_cut_at_shared(%x: tensor<8xf32>, %y: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %0 = scope.sub %x, %y : tensor<8xf32>, tensor<8xf32> -> tensor<8xf32>
  %1 = scope.relu %0 : tensor<8xf32>
  %2 = scope.tanh %1 : tensor<8xf32>
  return %2, %1 : tensor<8xf32>, tensor<8xf32>
}

// -----

// Does not fuse: lone ops, even with a constant operand.
// CHECK-LABEL: func.func @lone_ops
// CHECK-DAG: scope.relu
// CHECK-DAG: scope.constant
// CHECK-DAG: scope.mul
// CHECK-NOT: scope.fused_elementwise
func.func @lone_ops(%x: tensor<8xf32>, %y: tensor<8xf32>) -> (tensor<8xf32>, tensor<8xf32>) {
  %0 = scope.relu %x : tensor<8xf32>
  %c = scope.constant dense<3.0> : tensor<f32>
  %1 = scope.mul %y, %c : tensor<8xf32>, tensor<f32> -> tensor<8xf32>
  return %0, %1 : tensor<8xf32>, tensor<8xf32>
}

// -----

// Does not fuse: the consumer broadcasts the producer's result (fusing would
// recompute the [3] vector for every row).
// CHECK-LABEL: func.func @broadcast_producer
// CHECK: %[[V:.*]] = scope.add %{{.*}}, %{{.*}} : tensor<3xf32>, tensor<3xf32> -> tensor<3xf32>
// CHECK: scope.mul %{{.*}}, %[[V]]
// CHECK-NOT: scope.fused_elementwise
func.func @broadcast_producer(%x: tensor<4x3xf32>, %a: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<4x3xf32> {
  %0 = scope.add %a, %b : tensor<3xf32>, tensor<3xf32> -> tensor<3xf32>
  %1 = scope.mul %x, %0 : tensor<4x3xf32>, tensor<3xf32> -> tensor<4x3xf32>
  return %1 : tensor<4x3xf32>
}

// -----

// Integer chains fuse like float ones, with integer scalar arithmetic.
// CHECK-LABEL: func.func @integers
// CHECK: scope.fused_elementwise ins(%{{.*}}, %{{.*}} : tensor<8xi32>, tensor<8xi32>)
// CHECK-NEXT: ^bb0(%[[X:.*]]: i32, %[[Y:.*]]: i32):
// CHECK-NEXT: %[[S:.*]] = arith.addi %[[X]], %[[Y]] : i32
// CHECK-NEXT: %[[P:.*]] = arith.muli %[[S]], %[[Y]] : i32
// CHECK-NEXT: scope.yield %[[P]] : i32
// CHECK-NOT: scope.add
func.func @integers(%x: tensor<8xi32>, %y: tensor<8xi32>) -> tensor<8xi32> {
  %0 = scope.add %x, %y : tensor<8xi32>, tensor<8xi32> -> tensor<8xi32>
  %1 = scope.mul %0, %y : tensor<8xi32>, tensor<8xi32> -> tensor<8xi32>
  return %1 : tensor<8xi32>
}

// -----

// A chain that changes element type (compare, select, cast) is one loop.
// CHECK-LABEL: func.func @mixed_types
// CHECK: scope.fused_elementwise ins(%{{.*}}, %{{.*}} : tensor<8xf32>, tensor<8xi32>)
// CHECK-NEXT: ^bb0(%[[X:.*]]: f32, %[[I:.*]]: i32):
// CHECK: arith.cmpf olt
// CHECK: arith.select
// CHECK: arith.fptosi
// CHECK: arith.addi
// CHECK: scope.yield %{{.*}} : i32
// CHECK-NEXT: } : tensor<8xi32>
func.func @mixed_types(%x: tensor<8xf32>, %i: tensor<8xi32>) -> tensor<8xi32> {
  %0 = scope.less %x, %x : tensor<8xf32>, tensor<8xf32> -> tensor<8xi1>
  %1 = scope.neg %x : tensor<8xf32>
  %2 = scope.select %0, %x, %1 : tensor<8xi1>, tensor<8xf32>, tensor<8xf32> -> tensor<8xf32>
  %3 = scope.cast %2 : tensor<8xf32> -> tensor<8xi32>
  %4 = scope.add %3, %i : tensor<8xi32>, tensor<8xi32> -> tensor<8xi32>
  return %4 : tensor<8xi32>
}

// -----

// A kernel epilogue wins: the bias and relu after a fused_conv2d with
// activation none go into it; the rest of the chain is one elementwise op
// reading the conv.
// CHECK-LABEL: func.func @into_conv_epilogue
// CHECK-SAME: (%[[X:.*]]: tensor<1x4x4x2xf32>, %[[W:.*]]: tensor<3x3x2x3xf32>, %[[B:.*]]: tensor<3xf32>, %[[C:.*]]: tensor<3xf32>, %[[S:.*]]: tensor<3xf32>)
// CHECK: %[[BC:.*]] = scope.add %[[B]], %[[C]]
// CHECK: %[[F:.*]] = scope.fused_conv2d %[[X]], %[[W]], %[[BC]] {activation = #scope.activation<relu>
// CHECK: %[[R:.*]] = scope.fused_elementwise ins(%[[F]], %[[S]] : tensor<1x4x4x3xf32>, tensor<3xf32>)
// CHECK: arith.mulf
// CHECK: math.tanh
// CHECK: return %[[R]]
func.func @into_conv_epilogue(%x: tensor<1x4x4x2xf32>, %w: tensor<3x3x2x3xf32>, %b: tensor<3xf32>, %c: tensor<3xf32>, %s: tensor<3xf32>) -> tensor<1x4x4x3xf32> {
  %0 = scope.fused_conv2d %x, %w, %b {activation = #scope.activation<none>, dilations = array<i64: 1, 1>, padding = #scope.padding<SAME>, strides = array<i64: 1, 1>} : tensor<1x4x4x2xf32>, tensor<3x3x2x3xf32>, tensor<3xf32> -> tensor<1x4x4x3xf32>
  %1 = scope.add %0, %c : tensor<1x4x4x3xf32>, tensor<3xf32> -> tensor<1x4x4x3xf32>
  %2 = scope.relu %1 : tensor<1x4x4x3xf32>
  %3 = scope.mul %2, %s : tensor<1x4x4x3xf32>, tensor<3xf32> -> tensor<1x4x4x3xf32>
  %4 = scope.tanh %3 : tensor<1x4x4x3xf32>
  return %4 : tensor<1x4x4x3xf32>
}

// -----

// After a kernel whose activation is set, the whole chain is elementwise.
// CHECK-LABEL: func.func @after_matmul_activation
// CHECK: %[[F:.*]] = scope.fused_matmul {{.*}}activation = #scope.activation<relu>
// CHECK: %[[R:.*]] = scope.fused_elementwise ins(%[[F]], %{{.*}} : tensor<4x5xf32>, tensor<5xf32>)
// CHECK: arith.addf
// CHECK: arith.negf
// CHECK: return %[[R]]
func.func @after_matmul_activation(%x: tensor<4x8xf32>, %w: tensor<8x5xf32>, %b: tensor<5xf32>) -> tensor<4x5xf32> {
  %0 = scope.fused_matmul %x, %w, %b {activation = #scope.activation<relu>} : tensor<4x8xf32>, tensor<8x5xf32>, tensor<5xf32> -> tensor<4x5xf32>
  %1 = scope.add %0, %b : tensor<4x5xf32>, tensor<5xf32> -> tensor<4x5xf32>
  %2 = scope.sigmoid %1 : tensor<4x5xf32>
  return %2 : tensor<4x5xf32>
}

// -----

// Epilogue ops are left to the kernel pass: a conv2d's bias (bias_add
// becomes the equivalent add) and activation are not fused as elementwise
// ops, whatever comes after them.
// CHECK-LABEL: func.func @leaves_conv_epilogue
// CHECK: %[[C:.*]] = scope.conv2d
// CHECK: %[[B:.*]] = scope.add %[[C]]
// CHECK: %[[R:.*]] = scope.relu %[[B]]
// CHECK: scope.fused_elementwise ins(%[[R]], %{{.*}} :
func.func @leaves_conv_epilogue(%x: tensor<1x4x4x2xf32>, %w: tensor<3x3x2x3xf32>, %b: tensor<3xf32>) -> tensor<1x4x4x3xf32> {
  %0 = scope.conv2d %x, %w {dilations = array<i64: 1, 1>, padding = #scope.padding<SAME>, strides = array<i64: 1, 1>} : tensor<1x4x4x2xf32>, tensor<3x3x2x3xf32> -> tensor<1x4x4x3xf32>
  %1 = scope.bias_add %0, %b : tensor<1x4x4x3xf32>, tensor<3xf32>
  %2 = scope.relu %1 : tensor<1x4x4x3xf32>
  %3 = scope.mul %2, %b : tensor<1x4x4x3xf32>, tensor<3xf32> -> tensor<1x4x4x3xf32>
  %4 = scope.tanh %3 : tensor<1x4x4x3xf32>
  return %4 : tensor<1x4x4x3xf32>
}

// -----

// Ops of ElementwiseOpInterface fuse through their declared scalar formula:
// leaky_relu keeps its alpha, softplus is max(x, 0) + log1p(exp(-|x|)),
// squared_difference broadcasts.
// CHECK-LABEL: func.func @declared_formulas
// CHECK: scope.fused_elementwise ins(%{{.*}}, %{{.*}} : tensor<2x3xf32>, tensor<3xf32>)
// CHECK: ^bb0(%[[A:.*]]: f32, %[[B:.*]]: f32):
// CHECK-DAG: %[[ALPHA:.*]] = arith.constant 1.000000e-01 : f32
// CHECK-DAG: %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK: %[[D:.*]] = arith.subf %[[A]], %[[B]] : f32
// CHECK: %[[D2:.*]] = arith.subf %[[A]], %[[B]] : f32
// CHECK: %[[SQ:.*]] = arith.mulf %[[D]], %[[D2]] : f32
// CHECK: %[[POS:.*]] = arith.cmpf ogt, %[[SQ]], %[[ZERO]] : f32
// CHECK: %[[NEG:.*]] = arith.mulf %[[SQ]], %[[ALPHA]] : f32
// CHECK: %[[LR:.*]] = arith.select %[[POS]], %[[SQ]], %[[NEG]] : f32
// CHECK: %[[MAX:.*]] = arith.maximumf %[[LR]], %[[ZERO]] : f32
// CHECK: %[[ABS:.*]] = math.absf %[[LR]] : f32
// CHECK: %[[NABS:.*]] = arith.negf %[[ABS]] : f32
// CHECK: %[[EXP:.*]] = math.exp %[[NABS]] : f32
// CHECK: %[[LOG:.*]] = math.log1p %[[EXP]] : f32
// CHECK: %[[SP:.*]] = arith.addf %[[MAX]], %[[LOG]] : f32
// CHECK: scope.yield %[[SP]] : f32
// CHECK-NOT: scope.softplus
func.func @declared_formulas(%x: tensor<2x3xf32>, %y: tensor<3xf32>) -> tensor<2x3xf32> {
  %0 = scope.squared_difference %x, %y : tensor<2x3xf32>, tensor<3xf32> -> tensor<2x3xf32>
  %1 = scope.leaky_relu %0 {alpha = 0.1 : f64} : tensor<2x3xf32>
  %2 = scope.softplus %1 : tensor<2x3xf32>
  return %2 : tensor<2x3xf32>
}

// -----

// A bias no kernel takes (after a depthwise convolution) joins the
// elementwise chain as an add.
// CHECK-LABEL: func.func @bias_after_depthwise
// CHECK: %[[D:.*]] = scope.depthwise_conv2d
// CHECK-NEXT: %[[R:.*]] = scope.fused_elementwise ins(%[[D]], %{{.*}} : tensor<1x4x4x3xf32>, tensor<3xf32>)
// CHECK: arith.addf
// CHECK: arith.maximumf
// CHECK-NOT: scope.bias_add
// CHECK: return %[[R]]
func.func @bias_after_depthwise(%x: tensor<1x4x4x3xf32>, %w: tensor<3x3x3x1xf32>, %b: tensor<3xf32>) -> tensor<1x4x4x3xf32> {
  %0 = scope.depthwise_conv2d %x, %w {dilations = array<i64: 1, 1>, padding = #scope.padding<SAME>, strides = array<i64: 1, 1>} : tensor<1x4x4x3xf32>, tensor<3x3x3x1xf32> -> tensor<1x4x4x3xf32>
  %1 = scope.bias_add %0, %b : tensor<1x4x4x3xf32>, tensor<3xf32>
  %2 = scope.relu %1 : tensor<1x4x4x3xf32>
  return %2 : tensor<1x4x4x3xf32>
}

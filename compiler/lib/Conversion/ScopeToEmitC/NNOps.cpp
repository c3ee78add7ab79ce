//===- NNOps.cpp - Conv, matmul, pooling, LRN and softmax kernel calls ----===//
//
// Each op becomes one call to its runtime kernel with every static shape as
// a template argument (Conv2D.h, DepthwiseConv2D.h, Conv2DTranspose.h,
// MatMul.h, Pool.h, LRN.h, Shape.h). TF's
// SAME padding is resolved here into the explicit top/left amounts the
// kernels take.
//
//===----------------------------------------------------------------------===//

#include "ModelLowering.h"

#include "scopec/Dialect/Scope/IR/ShapeRules.h"

#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace scopec;
using namespace scopec::lowering;

/// Product of `dims`.
static int64_t product(ArrayRef<int64_t> dims) {
  int64_t p = 1;
  for (int64_t d : dims)
    p *= d;
  return p;
}

/// TF's padding before the data along one spatial dimension.
static int64_t padBefore(scope::Padding padding, int64_t in, int64_t out,
                         int64_t window, int64_t stride, int64_t dilation) {
  if (padding == scope::Padding::Valid)
    return 0;
  return shapes::samePaddingBefore(in, out, window, stride, dilation);
}

LogicalResult lowering::lowerConvOp(ModelLowering &l, Operation *op) {
  if (failed(checkFloat32(l, op)))
    return failure();
  Value input, filter, bias, result = op->getResult(0);
  ArrayRef<int64_t> strides, dilations;
  scope::Padding padding;
  scope::Activation act = scope::Activation::None;
  if (auto conv = dyn_cast<scope::Conv2DOp>(op)) {
    input = conv.getInput();
    filter = conv.getFilter();
    strides = conv.getStrides();
    dilations = conv.getDilations();
    padding = conv.getPadding();
  } else {
    auto fused = cast<scope::FusedConv2DOp>(op);
    input = fused.getInput();
    filter = fused.getFilter();
    bias = fused.getBias();
    strides = fused.getStrides();
    dilations = fused.getDilations();
    padding = fused.getPadding();
    act = fused.getActivation();
  }
  ArrayRef<int64_t> in = shapeOf(input), w = shapeOf(filter),
                    out = shapeOf(result);
  int64_t padTop =
      padBefore(padding, in[1], out[1], w[0], strides[0], dilations[0]);
  int64_t padLeft =
      padBefore(padding, in[2], out[2], w[1], strides[1], dilations[1]);

  l.require("scopec/runtime/kernels/Conv2D.h");
  l.emitComment(op);
  FailureOr<Value> inPtr = l.getPointer(input);
  FailureOr<Value> filterPtr =
      l.getPointer(filter, ParamLayout::PackedConv2DFilter);
  if (failed(filterPtr))
    return l.fail(op, "code generation needs the filter to be a parameter "
                      "or a constant (it is packed at compile time)");
  FailureOr<Value> biasPtr =
      bias ? l.getPointer(bias)
           : FailureOr<Value>(l.literal("nullptr", l.getFloatPtrType()));
  FailureOr<Value> outPtr = l.getResultPointer(result);
  if (failed(inPtr) || failed(biasPtr) || failed(outPtr))
    return failure();
  l.callKernel("conv2DBiasAct",
               {l.integer(in[0]), l.integer(in[1]), l.integer(in[2]),
                l.integer(in[3]), l.integer(w[0]), l.integer(w[1]),
                l.integer(w[3]), l.integer(strides[0]), l.integer(strides[1]),
                l.integer(dilations[0]), l.integer(dilations[1]),
                l.integer(padTop), l.integer(padLeft), l.integer(out[1]),
                l.integer(out[2]), l.activation(act)},
               {*inPtr, *filterPtr, *biasPtr, *outPtr});
  return success();
}

/// depthwise_conv2d and conv2d_transpose: unpacked filters, no epilogue.
LogicalResult lowering::lowerDepthwiseOrTransposedConv(ModelLowering &l,
                                                       Operation *op) {
  if (failed(checkFloat32(l, op)))
    return failure();
  Value input = op->getOperand(0), filter = op->getOperand(1),
        result = op->getResult(0);
  auto transposed = dyn_cast<scope::Conv2DTransposeOp>(op);
  auto depthwise = dyn_cast<scope::DepthwiseConv2DOp>(op);
  ArrayRef<int64_t> strides =
      transposed ? transposed.getStrides() : depthwise.getStrides();
  ArrayRef<int64_t> dilations =
      transposed ? transposed.getDilations() : depthwise.getDilations();
  scope::Padding padding =
      transposed ? transposed.getPadding() : depthwise.getPadding();
  ArrayRef<int64_t> in = shapeOf(input), w = shapeOf(filter),
                    out = shapeOf(result);
  // The padding is the forward convolution's: from the larger spatial size
  // (the transposed convolution's output) to the smaller one.
  ArrayRef<int64_t> large = transposed ? out : in, small = transposed ? in : out;
  int64_t padTop = padBefore(padding, large[1], small[1], w[0], strides[0],
                             dilations[0]);
  int64_t padLeft = padBefore(padding, large[2], small[2], w[1], strides[1],
                              dilations[1]);
  StringRef header = transposed ? "scopec/runtime/kernels/Conv2DTranspose.h"
                                : "scopec/runtime/kernels/DepthwiseConv2D.h";
  l.require(header);
  l.emitComment(op);
  FailureOr<Value> inPtr = l.getPointer(input), filterPtr = l.getPointer(filter);
  FailureOr<Value> outPtr = l.getResultPointer(result);
  if (failed(inPtr) || failed(filterPtr) || failed(outPtr))
    return failure();
  SmallVector<Attribute> shape = {l.integer(in[0]), l.integer(in[1]),
                                  l.integer(in[2]), l.integer(in[3])};
  if (depthwise)
    shape.push_back(l.integer(w[3])); // channel multiplier
  shape.append({l.integer(w[0]), l.integer(w[1])});
  if (transposed)
    shape.push_back(l.integer(w[2])); // output channels
  shape.append({l.integer(strides[0]), l.integer(strides[1]),
                l.integer(dilations[0]), l.integer(dilations[1]),
                l.integer(padTop), l.integer(padLeft), l.integer(out[1]),
                l.integer(out[2])});
  l.callKernel(transposed ? "conv2DTranspose" : "depthwiseConv2D", shape,
               {*inPtr, *filterPtr, *outPtr});
  return success();
}

LogicalResult lowering::lowerMatMulOp(ModelLowering &l, Operation *op) {
  if (failed(checkFloat32(l, op)))
    return failure();
  Value lhs = op->getOperand(0), rhs = op->getOperand(1), bias;
  bool transposeA, transposeB;
  scope::Activation act = scope::Activation::None;
  if (auto matmul = dyn_cast<scope::MatMulOp>(op)) {
    transposeA = matmul.getTransposeA();
    transposeB = matmul.getTransposeB();
  } else {
    auto fused = cast<scope::FusedMatMulOp>(op);
    bias = fused.getBias();
    transposeA = fused.getTransposeA();
    transposeB = fused.getTransposeB();
    act = fused.getActivation();
  }
  ArrayRef<int64_t> a = shapeOf(lhs), out = shapeOf(op->getResult(0));
  int64_t m = out[0], n = out[1], k = transposeA ? a[0] : a[1];

  l.require("scopec/runtime/kernels/MatMul.h");
  l.emitComment(op);
  FailureOr<Value> aPtr = l.getPointer(lhs), bPtr = l.getPointer(rhs);
  FailureOr<Value> biasPtr = bias ? l.getPointer(bias) : FailureOr<Value>();
  FailureOr<Value> outPtr = l.getResultPointer(op->getResult(0));
  if (failed(aPtr) || failed(bPtr) || (bias && failed(biasPtr)) ||
      failed(outPtr))
    return failure();
  SmallVector<Attribute> templateArgs = {
      l.integer(m),          l.integer(k),          l.integer(n),
      l.boolean(transposeA), l.boolean(transposeB), l.activation(act)};
  if (bias)
    l.callKernel("matmulBias", templateArgs, {*aPtr, *bPtr, *biasPtr, *outPtr});
  else
    l.callKernel("matmul", templateArgs, {*aPtr, *bPtr, *outPtr});
  return success();
}

LogicalResult lowering::lowerBatchMatMulOp(ModelLowering &l,
                                           scope::BatchMatMulOp op) {
  if (failed(checkFloat32(l, op)))
    return failure();
  ArrayRef<int64_t> a = shapeOf(op.getLhs()), b = shapeOf(op.getRhs()),
                    out = shapeOf(op.getResult());
  size_t rank = out.size();
  ArrayRef<int64_t> batch = out.drop_back(2);
  // Each operand is batched like the result, or one matrix shared by every
  // batch (all its batch dimensions 1). Partial broadcasting would need a
  // strided walk the kernel does not take.
  auto batched = [&](ArrayRef<int64_t> shape, bool &isBatched) {
    SmallVector<int64_t> own(batch.size() - (shape.size() - 2), 1);
    llvm::append_range(own, shape.drop_back(2));
    isBatched = product(own) != 1 || product(batch) == 1;
    return !isBatched || llvm::equal(own, batch);
  };
  bool batchedA, batchedB;
  if (!batched(a, batchedA) || !batched(b, batchedB))
    return l.fail(op, "code generation of a batched matmul whose operands "
                      "broadcast only some batch dimensions is not "
                      "supported; --interpret supports it");
  int64_t m = out[rank - 2], n = out[rank - 1];
  int64_t k = op.getAdjX() ? a[a.size() - 2] : a[a.size() - 1];
  l.require("scopec/runtime/kernels/MatMul.h");
  l.emitComment(op);
  FailureOr<Value> aPtr = l.getPointer(op.getLhs()),
                   bPtr = l.getPointer(op.getRhs());
  FailureOr<Value> outPtr = l.getResultPointer(op.getResult());
  if (failed(aPtr) || failed(bPtr) || failed(outPtr))
    return failure();
  l.callKernel("batchMatmul",
               {l.integer(product(batch)), l.integer(m), l.integer(k),
                l.integer(n), l.boolean(op.getAdjX()), l.boolean(op.getAdjY()),
                l.boolean(batchedA), l.boolean(batchedB)},
               {*aPtr, *bPtr, *outPtr});
  return success();
}

/// maxPool / avgPool.
template <typename PoolOp>
static LogicalResult lowerPool(ModelLowering &l, PoolOp op, StringRef kernel) {
  ArrayRef<int64_t> in = shapeOf(op.getInput()), out = shapeOf(op.getResult());
  ArrayRef<int64_t> ksize = op.getKsize(), strides = op.getStrides();
  int64_t padTop =
      padBefore(op.getPadding(), in[1], out[1], ksize[0], strides[0], 1);
  int64_t padLeft =
      padBefore(op.getPadding(), in[2], out[2], ksize[1], strides[1], 1);
  l.require("scopec/runtime/kernels/Pool.h");
  l.emitComment(op);
  FailureOr<Value> inPtr = l.getPointer(op.getInput());
  FailureOr<Value> outPtr = l.getResultPointer(op.getResult());
  if (failed(inPtr) || failed(outPtr))
    return failure();
  l.callKernel(kernel,
               {l.integer(in[0]), l.integer(in[1]), l.integer(in[2]),
                l.integer(in[3]), l.integer(ksize[0]), l.integer(ksize[1]),
                l.integer(strides[0]), l.integer(strides[1]), l.integer(padTop),
                l.integer(padLeft), l.integer(out[1]), l.integer(out[2])},
               {*inPtr, *outPtr});
  return success();
}

static LogicalResult lowerLRN(ModelLowering &l, scope::LRNOp op) {
  ArrayRef<int64_t> shape = shapeOf(op.getInput());
  int64_t channels = shape.back();
  int64_t rows = product(shape.drop_back());
  l.require("scopec/runtime/kernels/LRN.h");
  l.emitComment(op);
  FailureOr<Value> inPtr = l.getPointer(op.getInput());
  FailureOr<Value> outPtr = l.getResultPointer(op.getResult());
  if (failed(inPtr) || failed(outPtr))
    return failure();
  OpBuilder &b = l.getBuilder();
  auto f32 = [&](double v) { return b.getF32FloatAttr(static_cast<float>(v)); };
  ArrayAttr args = b.getArrayAttr({b.getIndexAttr(0), b.getIndexAttr(1),
                                   f32(op.getBias().convertToDouble()),
                                   f32(op.getAlpha().convertToDouble()),
                                   f32(op.getBeta().convertToDouble())});
  l.callKernel(
      "lrn",
      {l.integer(rows), l.integer(channels), l.integer(op.getDepthRadius())},
      {*inPtr, *outPtr}, args);
  return success();
}

static LogicalResult lowerSoftmax(ModelLowering &l, scope::SoftmaxOp op) {
  ArrayRef<int64_t> shape = shapeOf(op.getInput());
  int64_t rank = static_cast<int64_t>(shape.size());
  // I64Attr getters return uint64_t: negative axes need the cast.
  int64_t axis = static_cast<int64_t>(op.getAxis());
  if (axis < 0)
    axis += rank;
  l.require("scopec/runtime/kernels/Shape.h");
  l.emitComment(op);
  FailureOr<Value> inPtr = l.getPointer(op.getInput());
  FailureOr<Value> outPtr = l.getResultPointer(op.getResult());
  if (failed(inPtr) || failed(outPtr))
    return failure();
  l.callKernel("softmax",
               {l.integer(product(shape.take_front(axis))),
                l.integer(shape[axis]),
                l.integer(product(shape.drop_front(axis + 1)))},
               {*inPtr, *outPtr});
  return success();
}

LogicalResult lowering::lowerWindowOp(ModelLowering &l, Operation *op) {
  if (failed(checkFloat32(l, op)))
    return failure();
  return llvm::TypeSwitch<Operation *, LogicalResult>(op)
      .Case(
          [&](scope::MaxPoolOp pool) { return lowerPool(l, pool, "maxPool"); })
      .Case(
          [&](scope::AvgPoolOp pool) { return lowerPool(l, pool, "avgPool"); })
      .Case([&](scope::LRNOp lrn) { return lowerLRN(l, lrn); })
      .Case([&](scope::SoftmaxOp softmax) { return lowerSoftmax(l, softmax); })
      .Default([&](Operation *) { return failure(); });
}

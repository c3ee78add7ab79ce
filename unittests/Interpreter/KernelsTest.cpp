//===- KernelsTest.cpp - reference kernels against hand-computed values ---===//
//
// Every expected value below is worked out by hand in the comment next to
// it, from TensorFlow's definition of the op.
//
//===----------------------------------------------------------------------===//

#include "scopec/Interpreter/Kernels.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace scopec::interp;

namespace {
/// 0, 1, 2, ... in `shape`.
Tensor iota(const Shape &shape, double start = 0) {
  Tensor t = Tensor::filled(shape);
  for (int64_t i = 0; i < t.numElements(); ++i)
    t.values[i] = start + i;
  return t;
}

TEST(KernelsTest, SamePaddingIsAsymmetric) {
  // in 4, window 3, stride 2: out = ceil(4/2) = 2, total padding
  // (2-1)*2 + 3 - 4 = 1 -> 0 before, 1 after (bottom/right).
  EXPECT_EQ(windowOutputSize(4, 3, 2, 1, true), 2);
  EXPECT_EQ(padBefore(4, 2, 3, 2, 1, true), 0);
  // in 5, window 4, stride 1: total 3 -> 1 before.
  EXPECT_EQ(padBefore(5, 5, 4, 1, 1, true), 1);
  // Dilation 2 makes a 3-window span 5: in 4, stride 1, total 4 -> 2.
  EXPECT_EQ(padBefore(4, 4, 3, 1, 2, true), 2);
  EXPECT_EQ(windowOutputSize(5, 3, 2, 1, false), 2);
  EXPECT_EQ(windowOutputSize(2, 3, 1, 1, false), -1);
}

TEST(KernelsTest, Conv2DSameStride2) {
  // Input 1x4x4x1 = 0..15, 3x3 filter of ones, SAME, stride 2: windows
  // start at rows/cols 0 and 2 (pad 0 before, 1 after).
  // out[0,0] = rows 0..2, cols 0..2 = 0+1+2+4+5+6+8+9+10 = 45; out[0,1] = rows
  // 0..2, cols 2..3 = 2+3+6+7+10+11 = 39; out[1,0] = rows 2..3, cols 0..2 =
  // 8+9+10+12+13+14 = 66; out[1,1] = rows 2..3, cols 2..3 = 10+11+14+15 = 50.
  Tensor input = iota({1, 4, 4, 1});
  Tensor filter = Tensor::filled({3, 3, 1, 1}, 1.0);
  Window window;
  window.strideH = window.strideW = 2;
  window.same = true;
  Tensor result;
  std::string error;
  ASSERT_TRUE(conv2d(input, filter, window, result, error)) << error;
  EXPECT_EQ(result.shape, (Shape{1, 2, 2, 1}));
  EXPECT_EQ(result.values, (std::vector<double>{45, 39, 66, 50}));
}

TEST(KernelsTest, Conv2DChannelsAndDilation) {
  // Input 1x3x3x2: channel 0 = 1, channel 1 = 2 everywhere. Filter 2x2x2x2,
  // dilation 2, VALID: one output position using corners (0,0), (0,2),
  // (2,0), (2,2). Filter f[kh,kw,c,o] = 1 for o = 0, c for o = 1:
  // out0 = 4 * (1 + 2) = 12, out1 = 4 * (0*1 + 1*2) = 8.
  Tensor input = Tensor::filled({1, 3, 3, 2});
  for (int64_t i = 0; i < 9; ++i) {
    input.values[2 * i] = 1;
    input.values[2 * i + 1] = 2;
  }
  Tensor filter = Tensor::filled({2, 2, 2, 2});
  for (int64_t k = 0; k < 4; ++k)
    for (int64_t c = 0; c < 2; ++c) {
      filter.values[(k * 2 + c) * 2 + 0] = 1;
      filter.values[(k * 2 + c) * 2 + 1] = c;
    }
  Window window;
  window.dilationH = window.dilationW = 2;
  Tensor result;
  std::string error;
  ASSERT_TRUE(conv2d(input, filter, window, result, error)) << error;
  EXPECT_EQ(result.shape, (Shape{1, 1, 1, 2}));
  EXPECT_EQ(result.values, (std::vector<double>{12, 8}));
  Tensor bad = Tensor::filled({3, 3, 3, 1});
  EXPECT_FALSE(conv2d(input, bad, window, result, error));
}

TEST(KernelsTest, PoolingEdges) {
  // Input 1x3x3x1 = -9..-1, 2x2 window, stride 2, SAME: out 2x2, total
  // padding (2-1)*2 + 2 - 3 = 1 -> 0 before, 1 after.
  //   max: [-9,-8,-6,-5] -> -5; [-7,-4] -> -4; [-3,-2] -> -2; [-1] -> -1
  //   avg: -28/4 = -7; -11/2 = -5.5; -5/2 = -2.5; -1/1 = -1
  Tensor input = iota({1, 3, 3, 1}, -9);
  Window window;
  window.strideH = window.strideW = 2;
  window.same = true;
  Tensor result;
  std::string error;
  ASSERT_TRUE(maxPool(input, 2, 2, window, result, error)) << error;
  EXPECT_EQ(result.values, (std::vector<double>{-5, -4, -2, -1}));
  ASSERT_TRUE(avgPool(input, 2, 2, window, result, error)) << error;
  EXPECT_EQ(result.values, (std::vector<double>{-7, -5.5, -2.5, -1}));
}

TEST(KernelsTest, LRN) {
  // x = [1, 2, 3], r = 1, bias 1, alpha 1, beta 1:
  // c0: 1 / (1 + 1 + 4) = 1/6; c1: 2 / (1 + 1 + 4 + 9) = 2/15;
  // c2: 3 / (1 + 4 + 9) = 3/14.
  Tensor result;
  std::string error;
  ASSERT_TRUE(lrn(Tensor({1, 3}, {1, 2, 3}), 1, 1.0, 1.0, 1.0, result, error));
  EXPECT_DOUBLE_EQ(result.values[0], 1.0 / 6);
  EXPECT_DOUBLE_EQ(result.values[1], 2.0 / 15);
  EXPECT_DOUBLE_EQ(result.values[2], 3.0 / 14);
}

TEST(KernelsTest, MatMulTransposes) {
  // a = [[1,2,3],[4,5,6]], b = [[1,0],[0,1],[1,1]]: a*b = [[4,5],[10,11]].
  Tensor a({2, 3}, {1, 2, 3, 4, 5, 6}), b({3, 2}, {1, 0, 0, 1, 1, 1});
  Tensor at({3, 2}, {1, 4, 2, 5, 3, 6}), bt({2, 3}, {1, 0, 1, 0, 1, 1});
  std::vector<double> expected{4, 5, 10, 11};
  Tensor result;
  std::string error;
  for (int mode = 0; mode < 4; ++mode) {
    bool ta = mode & 1, tb = mode & 2;
    ASSERT_TRUE(matmul(ta ? at : a, tb ? bt : b, ta, tb, result, error));
    EXPECT_EQ(result.values, expected) << "mode " << mode;
  }
  EXPECT_FALSE(matmul(a, a, false, false, result, error));
}

TEST(KernelsTest, BroadcastAndReduce) {
  // [2,1] + [3]: [[10+0, 10+1, 10+2], [20+0, 20+1, 20+2]].
  Tensor result;
  std::string error;
  ASSERT_TRUE(binary(BinaryKind::Add, Tensor({2, 1}, {10, 20}), iota({3}),
                     false, result, error));
  EXPECT_EQ(result.shape, (Shape{2, 3}));
  EXPECT_EQ(result.values, (std::vector<double>{10, 11, 12, 20, 21, 22}));
  EXPECT_FALSE(
      binary(BinaryKind::Add, iota({2}), iota({3}), false, result, error));
  ASSERT_TRUE(binary(BinaryKind::Div, Tensor({2}, {7, -7}), Tensor({}, {2}),
                     true, result, error));
  EXPECT_EQ(result.values, (std::vector<double>{3, -3}));
  // iota [2,3]: sums over axis 1 = [3, 12]; max over everything = 5.
  auto sum = [](llvm::ArrayRef<double> v) {
    double s = 0;
    for (double x : v)
      s += x;
    return s;
  };
  auto max = [](llvm::ArrayRef<double> v) {
    return *std::max_element(v.begin(), v.end());
  };
  ASSERT_TRUE(reduce(sum, iota({2, 3}), {-1}, true, result, error));
  EXPECT_EQ(result.shape, (Shape{2, 1}));
  EXPECT_EQ(result.values, (std::vector<double>{3, 12}));
  ASSERT_TRUE(reduce(max, iota({2, 3}), {}, false, result, error));
  EXPECT_EQ(result.shape, Shape{});
  EXPECT_EQ(result.values, (std::vector<double>{5}));
  // argmax/argmin take the first of ties: [[1, 3, 3], [2, 0, 0]].
  Tensor ties({2, 3}, {1, 3, 3, 2, 0, 0});
  ASSERT_TRUE(argReduce(true, ties, 1, result, error));
  EXPECT_EQ(result.shape, Shape{2});
  EXPECT_EQ(result.values, (std::vector<double>{1, 0}));
  ASSERT_TRUE(argReduce(false, ties, -1, result, error));
  EXPECT_EQ(result.values, (std::vector<double>{0, 1}));
  ASSERT_TRUE(argReduce(true, ties, 0, result, error));
  EXPECT_EQ(result.values, (std::vector<double>{1, 0, 0}));
}

TEST(KernelsTest, Layout) {
  // transpose of iota [2,3] = [[0,3],[1,4],[2,5]].
  Tensor result;
  std::string error;
  ASSERT_TRUE(transpose(iota({2, 3}), {1, 0}, result, error));
  EXPECT_EQ(result.values, (std::vector<double>{0, 3, 1, 4, 2, 5}));
  EXPECT_FALSE(transpose(iota({2, 3}), {0, 0}, result, error));
  // concat [[0],[1]] and [[10,11],[12,13]] on axis 1.
  Tensor a = iota({2, 1}), b = iota({2, 2}, 10);
  ASSERT_TRUE(concat({&a, &b}, 1, result, error));
  EXPECT_EQ(result.values, (std::vector<double>{0, 10, 11, 1, 12, 13}));
  std::vector<Tensor> pieces;
  ASSERT_TRUE(split(result, -1, {2, 1}, pieces, error));
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[0].values, (std::vector<double>{0, 10, 1, 12}));
  EXPECT_EQ(pieces[1].values, (std::vector<double>{11, 13}));
  EXPECT_FALSE(split(result, 1, {2, 2}, pieces, error));
}

TEST(KernelsTest, SoftmaxAndActivations) {
  // softmax([0, ln 3]) = [1/4, 3/4] along the last axis; along axis 0 of a
  // [2,1] tensor the same.
  Tensor result;
  std::string error;
  ASSERT_TRUE(softmax(Tensor({1, 2}, {0, std::log(3.0)}), -1, result, error));
  EXPECT_DOUBLE_EQ(result.values[0], 0.25);
  EXPECT_DOUBLE_EQ(result.values[1], 0.75);
  ASSERT_TRUE(softmax(Tensor({2, 1}, {0, std::log(3.0)}), 0, result, error));
  EXPECT_DOUBLE_EQ(result.values[1], 0.75);
  EXPECT_EQ(activate(Activation::Relu6, 7.5), 6);
  EXPECT_EQ(activate(Activation::Relu, -2), 0);
  EXPECT_DOUBLE_EQ(activate(Activation::Sigmoid, 0), 0.5);
}
} // namespace

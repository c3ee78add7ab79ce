//===- ElementwiseTest.cpp - unary/binary/bias_add kernels ----------------===//

#include "scopec/runtime/kernels/Elementwise.h"

#include "TestUtil.h"

#include <limits>

using namespace scopec::rt::kernels;
using namespace scopec::rt::test;

namespace {

double refAct(Act a, double x) {
  switch (a) {
  case Act::None:
    return x;
  case Act::Relu:
    return x > 0 ? x : 0;
  case Act::Relu6:
    return x < 0 ? 0 : (x > 6 ? 6 : x);
  case Act::Sigmoid:
    return 1.0 / (1.0 + std::exp(-x));
  case Act::Tanh:
    return std::tanh(x);
  }
  return 0;
}

double refOp(BinOp op, double a, double b) {
  switch (op) {
  case BinOp::Add:
    return a + b;
  case BinOp::Sub:
    return a - b;
  case BinOp::Mul:
    return a * b;
  case BinOp::Div:
    return a / b;
  case BinOp::Max:
    return a > b ? a : b;
  case BinOp::Min:
    return a < b ? a : b;
  }
  return 0;
}

template <Act A, int64_t N> void checkUnary(float lo, float hi) {
  std::vector<float> in = randomFloats(N, 7, lo, hi);
  in[0] = 0.0f;
  std::vector<float> out(N, -99.0f);
  unary<A, N>(in.data(), out.data());
  std::vector<double> ref(N);
  for (int64_t i = 0; i < N; ++i)
    ref[i] = refAct(A, in[i]);
  EXPECT_TRUE(allClose(out.data(), ref, 2e-6, 1e-7));
}

TEST(Elementwise, UnaryActivations) {
  checkUnary<Act::None, 1001>(-10, 10);
  checkUnary<Act::Relu, 1001>(-10, 10);
  checkUnary<Act::Relu6, 1001>(-10, 10);
  checkUnary<Act::Sigmoid, 1001>(-30, 30);
  checkUnary<Act::Sigmoid, 999>(-1, 1);
  checkUnary<Act::Tanh, 1001>(-12, 12);
  checkUnary<Act::Tanh, 1001>(-0.7f, 0.7f); // both sides of the 0.625 switch
  checkUnary<Act::Tanh, 7>(-1e-3f, 1e-3f);
  // Large enough to be split across threads.
  checkUnary<Act::Sigmoid, 100003>(-9, 9);
  checkUnary<Act::None, 100003>(-9, 9);
}

TEST(Elementwise, ActivationExtremes) {
  const float inf = std::numeric_limits<float>::infinity();
  const float nan = std::numeric_limits<float>::quiet_NaN();
  EXPECT_EQ(activate<Act::Sigmoid>(-200.0f) < 1e-30f, true);
  EXPECT_EQ(activate<Act::Sigmoid>(200.0f), 1.0f);
  EXPECT_EQ(activate<Act::Sigmoid>(inf), 1.0f);
  EXPECT_EQ(activate<Act::Sigmoid>(-inf), 0.0f);
  EXPECT_EQ(activate<Act::Tanh>(50.0f), 1.0f);
  EXPECT_EQ(activate<Act::Tanh>(-inf), -1.0f);
  EXPECT_EQ(activate<Act::Tanh>(0.0f), 0.0f);
  EXPECT_TRUE(std::isnan(activate<Act::Sigmoid>(nan)));
  EXPECT_TRUE(std::isnan(activate<Act::Tanh>(nan)));
  EXPECT_EQ(activate<Act::Relu>(-3.0f), 0.0f);
  EXPECT_EQ(activate<Act::Relu6>(7.5f), 6.0f);
  EXPECT_EQ(activate<Act::Relu6>(5.5f), 5.5f);
}

// The vectorizable expf of fused elementwise bodies against libm over the
// whole float range: within 3 ulp where the result is normal, the IEEE
// answers at the ends.
TEST(Elementwise, Exp) {
  for (int i = 0; i <= 200000; ++i) {
    float x = -87.0f + 175.7f * float(i) / 200000.0f; // [-87, 88.7]
    float expected = std::exp(x);
    float got = scopec::rt::kernels::exp(x);
    float ulp = std::nextafter(expected, INFINITY) - expected;
    ASSERT_LE(std::fabs(got - expected), 3 * ulp) << "x = " << x;
  }
  const float inf = std::numeric_limits<float>::infinity();
  const float nan = std::numeric_limits<float>::quiet_NaN();
  EXPECT_EQ(scopec::rt::kernels::exp(0.0f), 1.0f);
  EXPECT_EQ(scopec::rt::kernels::exp(88.8f), inf);
  EXPECT_EQ(scopec::rt::kernels::exp(1000.0f), inf);
  EXPECT_EQ(scopec::rt::kernels::exp(inf), inf);
  EXPECT_EQ(scopec::rt::kernels::exp(-inf), 0.0f);
  EXPECT_EQ(scopec::rt::kernels::exp(-1000.0f), 0.0f);
  // Denormal results: tiny absolute error.
  EXPECT_NEAR(scopec::rt::kernels::exp(-95.0f), std::exp(-95.0f), 1e-44);
  EXPECT_TRUE(std::isnan(scopec::rt::kernels::exp(nan)));
}

TEST(Elementwise, UnaryInPlace) {
  std::vector<float> v = randomFloats(333, 3, -5, 5);
  std::vector<double> ref(v.size());
  for (size_t i = 0; i < v.size(); ++i)
    ref[i] = refAct(Act::Tanh, v[i]);
  unary<Act::Tanh, 333>(v.data(), v.data());
  EXPECT_TRUE(allClose(v.data(), ref, 2e-6, 1e-7));
}

/// Runs binary<> and compares with a float64 NumPy-broadcasting reference.
template <BinOp Op, class O, class SA, class SB, Act A = Act::None>
void checkBinary() {
  std::vector<int64_t> os = listOf<O>(), as = listOf<SA>(), bs = listOf<SB>();
  std::vector<float> a = randomFloats(productOf(as), 11, -3, 3);
  std::vector<float> b = randomFloats(productOf(bs), 12, 0.5f, 3);
  std::vector<float> out(productOf(os), -99.0f);
  binary<Op, O, SA, SB, A>(a.data(), b.data(), out.data());

  int r = static_cast<int>(os.size());
  as.insert(as.begin(), r - as.size(), 1);
  bs.insert(bs.begin(), r - bs.size(), 1);
  std::vector<int64_t> ast = stridesOf(as), bst = stridesOf(bs);
  std::vector<double> ref(out.size());
  for (int64_t i = 0; i < static_cast<int64_t>(out.size()); ++i) {
    int64_t rem = i, ai = 0, bi = 0;
    for (int d = r - 1; d >= 0; --d) {
      int64_t idx = rem % os[d];
      rem /= os[d];
      ai += (as[d] == 1 ? 0 : idx) * ast[d];
      bi += (bs[d] == 1 ? 0 : idx) * bst[d];
    }
    ref[i] = refAct(A, refOp(Op, a[ai], b[bi]));
  }
  EXPECT_TRUE(allClose(out.data(), ref, 1e-6, 1e-7))
      << "op " << static_cast<int>(Op);
}

TEST(Elementwise, BinarySameShape) {
  checkBinary<BinOp::Add, Shape<3, 5, 7>, Shape<3, 5, 7>, Shape<3, 5, 7>>();
  checkBinary<BinOp::Sub, Shape<3, 5, 7>, Shape<3, 5, 7>, Shape<3, 5, 7>>();
  checkBinary<BinOp::Mul, Shape<101>, Shape<101>, Shape<101>>();
  checkBinary<BinOp::Div, Shape<101>, Shape<101>, Shape<101>>();
  checkBinary<BinOp::Max, Shape<2, 9>, Shape<2, 9>, Shape<2, 9>>();
  checkBinary<BinOp::Min, Shape<2, 9>, Shape<2, 9>, Shape<2, 9>>();
  checkBinary<BinOp::Add, Shape<>, Shape<>, Shape<>>();
  // Split across threads inside one long row.
  checkBinary<BinOp::Mul, Shape<70001>, Shape<70001>, Shape<70001>>();
}

TEST(Elementwise, BinaryBroadcast) {
  // Per-channel vector (bias-like) and scalar, both sides.
  checkBinary<BinOp::Add, Shape<2, 3, 4, 5>, Shape<2, 3, 4, 5>, Shape<5>>();
  checkBinary<BinOp::Div, Shape<2, 3, 4, 5>, Shape<5>, Shape<2, 3, 4, 5>>();
  checkBinary<BinOp::Mul, Shape<4, 7>, Shape<4, 7>, Shape<>>();
  checkBinary<BinOp::Sub, Shape<4, 7>, Shape<>, Shape<4, 7>>();
  checkBinary<BinOp::Sub, Shape<4, 7>, Shape<1, 1>, Shape<4, 7>>();
  // Outer product style and column vectors.
  checkBinary<BinOp::Mul, Shape<4, 5>, Shape<4, 1>, Shape<1, 5>>();
  checkBinary<BinOp::Add, Shape<6, 3>, Shape<6, 3>, Shape<6, 1>>();
  // Mixed, with broadcasts in the middle and leading dims missing.
  checkBinary<BinOp::Add, Shape<2, 3, 4, 5>, Shape<2, 1, 4, 1>,
              Shape<3, 1, 5>>();
  checkBinary<BinOp::Max, Shape<2, 3, 4, 5>, Shape<3, 4, 1>, Shape<2, 1, 1, 5>>();
  checkBinary<BinOp::Div, Shape<1, 3, 1, 5>, Shape<1, 3, 1, 5>, Shape<3, 1, 1>>();
  // Unit output dims dropped, large enough for threads, short rows.
  checkBinary<BinOp::Mul, Shape<1, 20000, 3>, Shape<1, 20000, 3>, Shape<3>>();
  checkBinary<BinOp::Add, Shape<3, 40001>, Shape<3, 40001>, Shape<3, 1>>();
  checkBinary<BinOp::Sub, Shape<9, 1, 17001>, Shape<1, 1, 17001>,
              Shape<9, 1, 1>>();
}

TEST(Elementwise, BinaryFusedActivation) {
  checkBinary<BinOp::Add, Shape<8, 16>, Shape<8, 16>, Shape<16>, Act::Relu>();
  checkBinary<BinOp::Mul, Shape<8, 16>, Shape<8, 16>, Shape<8, 1>,
              Act::Sigmoid>();
  checkBinary<BinOp::Sub, Shape<5>, Shape<5>, Shape<>, Act::Relu6>();
}

TEST(Elementwise, BinaryInPlace) {
  std::vector<float> a = randomFloats(60, 1), b = randomFloats(6, 2);
  std::vector<double> ref(60);
  for (int i = 0; i < 60; ++i)
    ref[i] = static_cast<double>(a[i]) * b[i % 6];
  binary<BinOp::Mul, Shape<10, 6>, Shape<10, 6>, Shape<6>>(a.data(), b.data(),
                                                          a.data());
  EXPECT_TRUE(allClose(a.data(), ref, 1e-7, 0));
}

TEST(Elementwise, BiasAdd) {
  constexpr int64_t rows = 2 * 5 * 7, c = 13;
  std::vector<float> in = randomFloats(rows * c, 4, -8, 8);
  std::vector<float> bias = randomFloats(c, 5, -2, 2);
  std::vector<float> out(rows * c), out6(rows * c);
  biasAdd<rows, c>(in.data(), bias.data(), out.data());
  biasAdd<rows, c, Act::Relu6>(in.data(), bias.data(), out6.data());
  std::vector<double> ref(rows * c), ref6(rows * c);
  for (int64_t r = 0; r < rows; ++r)
    for (int64_t j = 0; j < c; ++j) {
      double v = static_cast<double>(in[r * c + j]) + bias[j];
      ref[r * c + j] = v;
      ref6[r * c + j] = refAct(Act::Relu6, v);
    }
  EXPECT_TRUE(allClose(out.data(), ref, 1e-7, 1e-7));
  EXPECT_TRUE(allClose(out6.data(), ref6, 1e-7, 1e-7));
}

TEST(Elementwise, Map) {
  std::vector<float> a = randomFloats(50001, 1), b = randomFloats(50001, 2);
  std::vector<float> out(50001);
  map<50001>([](float x, float y) { return x * y + activate<Act::Relu>(x); },
             out.data(), a.data(), b.data());
  std::vector<double> ref(out.size());
  for (size_t i = 0; i < ref.size(); ++i)
    ref[i] = static_cast<double>(a[i]) * b[i] + (a[i] > 0 ? a[i] : 0);
  EXPECT_TRUE(allClose(out.data(), ref, 1e-6, 1e-7));
}

} // namespace

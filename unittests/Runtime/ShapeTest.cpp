//===- ShapeTest.cpp - transpose/concat/split/reduce/softmax kernels -------===//

#include "scopec/runtime/kernels/Shape.h"
#include "scopec/runtime/kernels/Reduce.h"

#include "TestUtil.h"

#include <cmath>
#include <limits>

using namespace scopec::rt::kernels;
using namespace scopec::rt::test;

namespace {

template <class S, class P> void checkTranspose() {
  std::vector<int64_t> shape = listOf<S>(), perm = listOf<P>();
  int r = static_cast<int>(shape.size());
  std::vector<float> in = randomFloats(productOf(shape), 61);
  std::vector<float> out(in.size(), -99.0f);
  transpose<S, P>(in.data(), out.data());
  std::vector<int64_t> outShape(r);
  for (int i = 0; i < r; ++i)
    outShape[i] = shape[perm[i]];
  std::vector<int64_t> inStrides = stridesOf(shape);
  std::vector<double> ref(in.size());
  for (int64_t o = 0; o < static_cast<int64_t>(in.size()); ++o) {
    int64_t rem = o, src = 0;
    for (int d = r - 1; d >= 0; --d) {
      src += rem % outShape[d] * inStrides[perm[d]];
      rem /= outShape[d];
    }
    ref[o] = in[src];
  }
  EXPECT_TRUE(allClose(out.data(), ref, 0, 0));
}

TEST(Shape, Transpose) {
  checkTranspose<Shape<3, 5>, Perm<1, 0>>();
  checkTranspose<Shape<37, 70>, Perm<1, 0>>(); // partial tiles
  checkTranspose<Shape<2, 3, 4, 5>, Perm<0, 3, 1, 2>>(); // NHWC -> NCHW
  checkTranspose<Shape<2, 5, 3, 4>, Perm<0, 2, 3, 1>>(); // NCHW -> NHWC
  checkTranspose<Shape<2, 3, 4, 5>, Perm<1, 0, 2, 3>>(); // last dims stay
  checkTranspose<Shape<2, 3, 4, 5>, Perm<0, 1, 2, 3>>(); // identity
  checkTranspose<Shape<2, 3, 4, 5>, Perm<3, 2, 1, 0>>();
  checkTranspose<Shape<4, 1, 6>, Perm<2, 1, 0>>();       // unit dim
  checkTranspose<Shape<1, 7, 1, 3>, Perm<3, 2, 1, 0>>();
  checkTranspose<Shape<1, 7, 1, 3>, Perm<1, 0, 3, 2>>(); // only units move
  checkTranspose<Shape<2, 3, 2, 3, 2, 3>, Perm<5, 0, 4, 1, 3, 2>>();
  checkTranspose<Shape<2, 3, 2, 3, 2, 3>, Perm<1, 2, 0, 4, 5, 3>>();
  checkTranspose<Shape<7>, Perm<0>>();
  checkTranspose<Shape<>, Perm<>>();
  checkTranspose<Shape<3, 0, 2>, Perm<2, 0, 1>>();       // empty
  checkTranspose<Shape<1, 64, 64, 48>, Perm<0, 3, 1, 2>>(); // threaded
  checkTranspose<Shape<300, 200>, Perm<1, 0>>();
}

TEST(Shape, ConcatAndSplit) {
  // [2, (3+1+2), 4] along axis 1: Outer 2, Inner 4.
  std::vector<float> a = randomFloats(2 * 3 * 4, 1), b = randomFloats(2 * 4, 2),
                     c = randomFloats(2 * 2 * 4, 3);
  std::vector<float> out(2 * 6 * 4, -99.0f);
  concat<2, 4, 3, 1, 2>({a.data(), b.data(), c.data()}, out.data());
  std::vector<double> ref;
  for (int o = 0; o < 2; ++o) {
    for (int i = 0; i < 12; ++i)
      ref.push_back(a[o * 12 + i]);
    for (int i = 0; i < 4; ++i)
      ref.push_back(b[o * 4 + i]);
    for (int i = 0; i < 8; ++i)
      ref.push_back(c[o * 8 + i]);
  }
  EXPECT_TRUE(allClose(out.data(), ref, 0, 0));

  std::vector<float> a2(a.size()), b2(b.size()), c2(c.size());
  split<2, 4, 3, 1, 2>(out.data(), {a2.data(), b2.data(), c2.data()});
  EXPECT_EQ(a2, a);
  EXPECT_EQ(b2, b);
  EXPECT_EQ(c2, c);
}

TEST(Shape, ConcatLastAxisAndEmptyPart) {
  // [3, 2] ++ [3, 0] ++ [3, 1] along the last axis.
  float a[6] = {1, 2, 3, 4, 5, 6}, c[3] = {7, 8, 9};
  float out[9];
  concat<3, 1, 2, 0, 1>({a, nullptr, c}, out);
  float expect[9] = {1, 2, 7, 3, 4, 8, 5, 6, 9};
  for (int i = 0; i < 9; ++i)
    EXPECT_EQ(out[i], expect[i]) << i;
  float a2[6], c2[3];
  split<3, 1, 2, 0, 1>(out, {a2, nullptr, c2});
  for (int i = 0; i < 6; ++i)
    EXPECT_EQ(a2[i], a[i]);
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(c2[i], c[i]);
}

TEST(Shape, ConcatThreaded) {
  std::vector<float> a = randomFloats(4000 * 16, 5), b = randomFloats(4000 * 8, 6);
  std::vector<float> out(4000 * 24);
  concat<4000, 8, 2, 1>({a.data(), b.data()}, out.data());
  for (int o = 0; o < 4000; o += 999)
    for (int i = 0; i < 24; ++i)
      ASSERT_EQ(out[o * 24 + i], i < 16 ? a[o * 16 + i] : b[o * 8 + i - 16]);
}

template <class S, class Ax> void checkReduce() {
  std::vector<int64_t> shape = listOf<S>(), axes = listOf<Ax>();
  int r = static_cast<int>(shape.size());
  std::vector<float> in = randomFloats(productOf(shape), 71, -2, 3);
  std::vector<bool> red(r, false);
  for (int64_t a : axes)
    red[a] = true;
  std::vector<int64_t> outShape;
  int64_t count = 1;
  for (int d = 0; d < r; ++d) {
    if (red[d])
      count *= shape[d];
    else
      outShape.push_back(shape[d]);
  }
  std::vector<double> sum(productOf(outShape), 0.0), scale(sum.size(), 0.0);
  std::vector<int64_t> outStrides = stridesOf(outShape);
  for (int64_t i = 0; i < static_cast<int64_t>(in.size()); ++i) {
    int64_t rem = i, o = 0, k = static_cast<int64_t>(outShape.size());
    for (int d = r - 1; d >= 0; --d) {
      int64_t idx = rem % shape[d];
      rem /= shape[d];
      if (!red[d])
        o += idx * outStrides[--k];
    }
    sum[o] += in[i];
    scale[o] += std::fabs(in[i]);
  }
  std::vector<double> mean(sum.size());
  for (size_t i = 0; i < sum.size(); ++i)
    mean[i] = sum[i] / count;
  std::vector<float> gotSum(sum.size(), -99.0f), gotMean(sum.size(), -99.0f);
  reduce<S, Ax, ReduceSum>(in.data(), gotSum.data());
  reduce<S, Ax, ReduceMean>(in.data(), gotMean.data());
  EXPECT_TRUE(allClose(gotSum.data(), sum, 1e-6, 1e-7, &scale));
  for (double &s : scale)
    s /= count;
  EXPECT_TRUE(allClose(gotMean.data(), mean, 1e-6, 1e-7, &scale));
}

TEST(Shape, Reduce) {
  checkReduce<Shape<3, 5, 7>, Axes<2>>();      // last axis
  checkReduce<Shape<3, 5, 7>, Axes<0>>();      // first axis
  checkReduce<Shape<3, 5, 7>, Axes<1>>();      // middle
  checkReduce<Shape<3, 5, 7>, Axes<0, 2>>();   // non-adjacent
  checkReduce<Shape<3, 5, 7>, Axes<2, 0>>();   // any order
  checkReduce<Shape<3, 5, 7>, Axes<0, 1, 2>>(); // everything
  checkReduce<Shape<3, 5, 7>, Axes<>>();       // nothing: a copy
  checkReduce<Shape<2, 1, 4, 1, 3>, Axes<1, 3>>(); // only unit axes
  checkReduce<Shape<2, 1, 4, 1, 3>, Axes<0, 1, 4>>();
  checkReduce<Shape<2, 6, 5, 3, 4>, Axes<1, 3>>();
  checkReduce<Shape<2, 6, 5, 3, 4>, Axes<0, 2, 4>>();
  checkReduce<Shape<1, 1, 1>, Axes<0, 2>>();
  checkReduce<Shape<37>, Axes<0>>();
  checkReduce<Shape<2, 16, 16, 600>, Axes<1, 2>>(); // global average pool
  checkReduce<Shape<1, 64, 64, 32>, Axes<0, 1, 2>>();
  checkReduce<Shape<300, 1000>, Axes<1>>();
}

TEST(Shape, ReduceEmpty) {
  float sum[3] = {9, 9, 9}, mean[3] = {9, 9, 9}, mx[3] = {9, 9, 9};
  reduce<Shape<3, 0>, Axes<1>, ReduceSum>(static_cast<float *>(nullptr), sum);
  reduce<Shape<3, 0>, Axes<1>, ReduceMean>(static_cast<float *>(nullptr), mean);
  reduce<Shape<3, 0>, Axes<1>, ReduceMax>(static_cast<float *>(nullptr), mx);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(sum[i], 0.0f);
    EXPECT_TRUE(std::isnan(mean[i]));
    EXPECT_EQ(mx[i], -std::numeric_limits<float>::infinity());
  }
}

// Every combiner against a plain loop, over the kept-last-dim and the
// reduced-last-dim paths, on integers (which wrap) and bools.
TEST(Shape, ReduceCombiners) {
  // [[3, -7, 5], [2, 2, -1]]
  const int32_t x[6] = {3, -7, 5, 2, 2, -1};
  int32_t rows[2], cols[3];
  reduce<Shape<2, 3>, Axes<1>, ReduceMax>(x, rows);
  EXPECT_EQ(rows[0], 5);
  EXPECT_EQ(rows[1], 2);
  reduce<Shape<2, 3>, Axes<0>, ReduceMin>(x, cols);
  EXPECT_EQ(cols[0], 2);
  EXPECT_EQ(cols[1], -7);
  EXPECT_EQ(cols[2], -1);
  reduce<Shape<2, 3>, Axes<1>, ReduceProd>(x, rows);
  EXPECT_EQ(rows[0], -105);
  EXPECT_EQ(rows[1], -4);
  reduce<Shape<2, 3>, Axes<1>, ReduceMean>(x, rows); // 1/3 -> 0, 3/3 -> 1
  EXPECT_EQ(rows[0], 0);
  EXPECT_EQ(rows[1], 1);
  const int32_t big[2] = {2147483647, 1};
  int32_t wrapped;
  reduce<Shape<2>, Axes<0>, ReduceSum>(big, &wrapped);
  EXPECT_EQ(wrapped, -2147483647 - 1);
  const bool b[6] = {true, false, true, true, true, true};
  bool any[3], all[2];
  reduce<Shape<2, 3>, Axes<0>, ReduceAll>(b, any);
  EXPECT_EQ(any[0], true);
  EXPECT_EQ(any[1], false);
  reduce<Shape<2, 3>, Axes<1>, ReduceAll>(b, all);
  EXPECT_EQ(all[0], false);
  EXPECT_EQ(all[1], true);
  reduce<Shape<2, 3>, Axes<0, 1>, ReduceAny>(b, all);
  EXPECT_EQ(all[0], true);
  const float nan = std::numeric_limits<float>::quiet_NaN();
  const float f[4] = {1, nan, 3, 0};
  float fmax[2];
  reduce<Shape<2, 2>, Axes<1>, ReduceMax>(f, fmax);
  EXPECT_TRUE(std::isnan(fmax[0]));
  EXPECT_EQ(fmax[1], 3.0f);
}

TEST(Shape, StridedSlice) {
  // iota [3, 4]: rows 2..0 backwards, columns 1 and 3.
  float in[12];
  for (int i = 0; i < 12; ++i)
    in[i] = static_cast<float>(i);
  float out[6] = {};
  stridedSlice<Shape<3, 4>, Shape<3, 2>, Offsets<2, 1>, Strides<-1, 2>>(in,
                                                                        out);
  const float want[6] = {9, 11, 5, 7, 1, 3};
  for (int i = 0; i < 6; ++i)
    EXPECT_EQ(out[i], want[i]) << i;
  // Stride 1 in the last dimension: whole row pieces (the memcpy path).
  int32_t ints[12], rows[4] = {};
  for (int i = 0; i < 12; ++i)
    ints[i] = i;
  stridedSlice<Shape<3, 4>, Shape<2, 2>, Offsets<1, 2>, Strides<1, 1>>(ints,
                                                                       rows);
  EXPECT_EQ(rows[0], 6);
  EXPECT_EQ(rows[1], 7);
  EXPECT_EQ(rows[2], 10);
  EXPECT_EQ(rows[3], 11);
}

TEST(Shape, ArgReduce) {
  // [[1, 3, 3], [2, 0, 0]]: the first of ties.
  const float x[6] = {1, 3, 3, 2, 0, 0};
  int64_t rows[2];
  argReduce<2, 3, 1, true>(x, rows);
  EXPECT_EQ(rows[0], 1);
  EXPECT_EQ(rows[1], 0);
  argReduce<2, 3, 1, false>(x, rows);
  EXPECT_EQ(rows[0], 0);
  EXPECT_EQ(rows[1], 1);
  int32_t cols[3];
  argReduce<1, 2, 3, true>(x, cols);
  EXPECT_EQ(cols[0], 1);
  EXPECT_EQ(cols[1], 0);
  EXPECT_EQ(cols[2], 0);
  // A NaN wins only in first position, as TF's kernel compares.
  const float nan = std::numeric_limits<float>::quiet_NaN();
  const float n[4] = {nan, 5, 1, nan};
  argReduce<2, 2, 1, true>(n, rows);
  EXPECT_EQ(rows[0], 0);
  EXPECT_EQ(rows[1], 0);
}

template <int64_t O, int64_t L, int64_t I> void checkSoftmax(float range) {
  std::vector<float> in = randomFloats(O * L * I, 81, -range, range);
  std::vector<float> out(in.size(), -99.0f);
  softmax<O, L, I>(in.data(), out.data());
  std::vector<double> ref(in.size());
  for (int64_t o = 0; o < O; ++o)
    for (int64_t j = 0; j < I; ++j) {
      double mx = -1e300, s = 0;
      for (int64_t l = 0; l < L; ++l)
        mx = std::max<double>(mx, in[(o * L + l) * I + j]);
      for (int64_t l = 0; l < L; ++l)
        s += std::exp(in[(o * L + l) * I + j] - mx);
      for (int64_t l = 0; l < L; ++l)
        ref[(o * L + l) * I + j] = std::exp(in[(o * L + l) * I + j] - mx) / s;
    }
  EXPECT_TRUE(allClose(out.data(), ref, 2e-6, 1e-9))
      << O << "x" << L << "x" << I << " range " << range;
}

TEST(Shape, Softmax) {
  checkSoftmax<4, 10, 1>(5);
  checkSoftmax<3, 1, 1>(5);
  checkSoftmax<2, 1000, 1>(3);
  checkSoftmax<4, 10, 1>(500); // large logits: stable, no inf/nan
  checkSoftmax<3, 7, 5>(5);    // middle axis
  checkSoftmax<2, 5, 33>(300);
  checkSoftmax<5000, 10, 1>(4); // threaded
  checkSoftmax<64, 9, 64>(4);
}

TEST(Shape, SoftmaxPropagatesNaN) {
  float in[4] = {1, std::nanf(""), 2, 3}, out[4];
  softmax<1, 4, 1>(in, out);
  for (int i = 0; i < 4; ++i)
    EXPECT_TRUE(std::isnan(out[i])) << i;
  float in2[6] = {1, 2, std::nanf(""), 3, 4, 5}, out2[6];
  softmax<1, 3, 2>(in2, out2); // column 0 has the NaN
  EXPECT_TRUE(std::isnan(out2[0]));
  EXPECT_TRUE(std::isnan(out2[4]));
  EXPECT_FALSE(std::isnan(out2[1]));
  EXPECT_NEAR(out2[1] + out2[3] + out2[5], 1.0, 1e-6);
}

TEST(Shape, SoftmaxHandComputed) {
  float in[3] = {0, std::log(2.0f), std::log(5.0f)}, out[3];
  softmax<1, 3, 1>(in, out);
  EXPECT_NEAR(out[0], 1.0 / 8, 1e-7);
  EXPECT_NEAR(out[1], 2.0 / 8, 1e-7);
  EXPECT_NEAR(out[2], 5.0 / 8, 1e-7);
}

} // namespace

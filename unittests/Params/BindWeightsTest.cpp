//===- BindWeightsTest.cpp - Matching weights to declared parameters ------===//

#include "scopec/Params/WeightsFile.h"

#include "gtest/gtest.h"

#include <cmath>
#include <cstring>

using namespace scopec::params;
using scopec::rt::DType;
using scopec::rt::NpyArray;

namespace {

template <typename T>
WeightsEntry entry(const std::string &name, DType dtype,
                   std::vector<int64_t> shape, const std::vector<T> &v) {
  WeightsEntry e;
  e.name = name;
  e.array.dtype = dtype;
  e.array.shape = std::move(shape);
  e.array.data.resize(v.size() * sizeof(T));
  std::memcpy(e.array.data.data(), v.data(), e.array.data.size());
  return e;
}

template <typename T> std::vector<T> values(const NpyArray &a) {
  std::vector<T> v(a.data.size() / sizeof(T));
  std::memcpy(v.data(), a.data.data(), v.size() * sizeof(T));
  return v;
}

TEST(BindWeights, ExactMatchInParameterOrder) {
  std::vector<WeightsEntry> entries;
  entries.push_back(entry<float>("b", DType::F32, {2}, {1, 2}));
  entries.push_back(entry<float>("a", DType::F32, {}, {3}));
  std::vector<ParamDecl> params = {{"a", {}, DType::F32},
                                   {"b:0", {2}, DType::F32}};
  std::vector<NpyArray> bound;
  std::string error;
  ASSERT_TRUE(bindWeights(entries, params, "w.npz", bound, error)) << error;
  ASSERT_EQ(bound.size(), 2u);
  EXPECT_EQ(values<float>(bound[0]), (std::vector<float>{3}));
  EXPECT_EQ(values<float>(bound[1]), (std::vector<float>{1, 2}));
  EXPECT_EQ(bound[1].shape, (std::vector<int64_t>{2}));
}

TEST(BindWeights, AcceptedConversions) {
  std::vector<WeightsEntry> entries;
  entries.push_back(entry<double>("f64", DType::F64, {2}, {0.1, 1e300}));
  entries.push_back(entry<float>("f32", DType::F32, {1}, {0.25f}));
  entries.push_back(entry<int32_t>("i32", DType::I32, {1}, {-5}));
  entries.push_back(entry<int64_t>("i64", DType::I64, {2}, {-7, 2147483647}));
  std::vector<ParamDecl> params = {{"f64", {2}, DType::F32},
                                   {"f32", {1}, DType::F64},
                                   {"i32", {1}, DType::I64},
                                   {"i64", {2}, DType::I32}};
  std::vector<NpyArray> bound;
  std::string error;
  ASSERT_TRUE(bindWeights(entries, params, "w.npz", bound, error)) << error;
  EXPECT_EQ(bound[0].dtype, DType::F32);
  EXPECT_EQ(values<float>(bound[0])[0], 0.1f);
  EXPECT_TRUE(std::isinf(values<float>(bound[0])[1]));
  EXPECT_EQ(bound[1].dtype, DType::F64);
  EXPECT_EQ(values<double>(bound[1]), (std::vector<double>{0.25}));
  EXPECT_EQ(bound[2].dtype, DType::I64);
  EXPECT_EQ(values<int64_t>(bound[2]), (std::vector<int64_t>{-5}));
  EXPECT_EQ(bound[3].dtype, DType::I32);
  EXPECT_EQ(values<int32_t>(bound[3]), (std::vector<int32_t>{-7, 2147483647}));
}

TEST(BindWeights, ReportsEveryProblemAtOnce) {
  std::vector<WeightsEntry> entries;
  entries.push_back(entry<float>("conv1/biases", DType::F32, {16},
                                 std::vector<float>(16)));
  entries.push_back(entry<float>("conv3/weights", DType::F32, {1}, {0}));
  entries.push_back(entry<int32_t>("step", DType::I32, {}, {1}));
  entries.push_back(entry<int64_t>("ids", DType::I64, {1}, {int64_t(1) << 33}));
  std::vector<ParamDecl> params = {{"conv1/weights", {3, 3, 1, 32}, DType::F32},
                                   {"conv1/biases", {32}, DType::F32},
                                   {"conv2/biases", {8}, DType::F32},
                                   {"step", {}, DType::F32},
                                   {"ids", {1}, DType::I32}};
  std::vector<NpyArray> bound;
  std::string error;
  EXPECT_FALSE(bindWeights(entries, params, "w.npz", bound, error));
  EXPECT_TRUE(bound.empty());
  EXPECT_EQ(error,
            "weights file 'w.npz' does not match the model:\n"
            "  missing: conv1/weights (did you mean 'conv3/weights'?), "
            "conv2/biases\n"
            "  extra: conv3/weights\n"
            "  shape mismatch: conv1/biases has shape (16,) in the file, the "
            "model needs (32,)\n"
            "  dtype mismatch: step has dtype int32 in the file, the model "
            "needs float32\n"
            "  value out of range: ids is int64 in the file and holds "
            "8589934592, which does not fit the model's int32");
}

TEST(BindWeights, FloatToIntegerIsRejected) {
  std::vector<WeightsEntry> entries;
  entries.push_back(entry<double>("x", DType::F64, {2, 2}, {1, 2, 3, 4}));
  std::vector<ParamDecl> params = {{"x", {2, 2}, DType::I64}};
  std::vector<NpyArray> bound;
  std::string error;
  EXPECT_FALSE(bindWeights(entries, params, "m.safetensors", bound, error));
  EXPECT_EQ(error, "weights file 'm.safetensors' does not match the model:\n"
                   "  dtype mismatch: x has dtype float64 in the file, the "
                   "model needs int64");
}

TEST(BindWeights, ScalarAndRankMismatch) {
  std::vector<WeightsEntry> entries;
  entries.push_back(entry<float>("s", DType::F32, {1}, {1}));
  entries.push_back(
      entry<float>("t", DType::F32, {2, 3}, std::vector<float>(6)));
  std::vector<ParamDecl> params = {{"s", {}, DType::F32},
                                   {"t", {3, 2}, DType::F32}};
  std::vector<NpyArray> bound;
  std::string error;
  EXPECT_FALSE(bindWeights(entries, params, "w.npz", bound, error));
  EXPECT_EQ(error, "weights file 'w.npz' does not match the model:\n"
                   "  shape mismatch: s has shape (1,) in the file, the model "
                   "needs ()\n"
                   "  shape mismatch: t has shape (2, 3) in the file, the "
                   "model needs (3, 2)");
}

TEST(BindWeights, EmptyFileListsEveryParameter) {
  std::vector<ParamDecl> params = {{"a", {1}, DType::F32},
                                   {"b", {1}, DType::F32}};
  std::vector<NpyArray> bound;
  std::string error;
  EXPECT_FALSE(bindWeights({}, params, "e.npz", bound, error));
  EXPECT_EQ(error, "weights file 'e.npz' does not match the model:\n"
                   "  missing: a, b");
}

TEST(BindWeights, DuplicateEntriesAreReported) {
  std::vector<WeightsEntry> entries;
  entries.push_back(entry<float>("a", DType::F32, {1}, {1}));
  entries.push_back(entry<float>("a:0", DType::F32, {1}, {2}));
  std::vector<ParamDecl> params = {{"a", {1}, DType::F32}};
  std::vector<NpyArray> bound;
  std::string error;
  EXPECT_FALSE(bindWeights(entries, params, "w.npz", bound, error));
  EXPECT_EQ(error, "weights file 'w.npz' does not match the model:\n"
                   "  duplicate: a");
}

// Only "NAME:0" with a colon-free NAME names the variable NAME: dropping
// ":0" once more from "a:0:0" (which a reader already keeps as it is) would
// make it collide with "a" (found by weights_fuzzer).
TEST(BindWeights, OnlyOneOutputSuffixIsDropped) {
  std::vector<WeightsEntry> entries;
  entries.push_back(entry<float>("a:0:0", DType::F32, {1}, {1}));
  entries.push_back(entry<float>("a", DType::F32, {1}, {2}));
  entries.push_back(entry<float>("b:1", DType::F32, {1}, {3}));
  std::vector<ParamDecl> params = {{"a", {1}, DType::F32},
                                   {"a:0:0", {1}, DType::F32},
                                   {"b:1", {1}, DType::F32}};
  std::vector<NpyArray> bound;
  std::string error;
  ASSERT_TRUE(bindWeights(entries, params, "w.npz", bound, error)) << error;
  EXPECT_EQ(values<float>(bound[0]), (std::vector<float>{2}));
  EXPECT_EQ(values<float>(bound[1]), (std::vector<float>{1}));
  EXPECT_EQ(values<float>(bound[2]), (std::vector<float>{3}));
}

TEST(BindWeights, NoParametersNoEntries) {
  std::vector<NpyArray> bound;
  std::string error;
  EXPECT_TRUE(bindWeights({}, {}, "w.npz", bound, error));
  EXPECT_TRUE(bound.empty());
}

} // namespace

namespace {

TEST(BindWeights, OnlyBoundEntriesAreLoaded) {
  std::vector<WeightsEntry> entries;
  entries.push_back(entry<float>("w", DType::F32, {2}, {0, 0}));
  entries[0].array.data.clear();
  entries[0].load = [](std::vector<uint8_t> &data, std::string &) {
    float v[2] = {1.5f, -2.0f};
    data.assign(reinterpret_cast<uint8_t *>(v),
                reinterpret_cast<uint8_t *>(v) + sizeof(v));
    return true;
  };
  entries.push_back(entry<float>("w/Adam", DType::F32, {2}, {0, 0}));
  entries[1].load = [](std::vector<uint8_t> &, std::string &error) {
    error = "an optimizer slot must not be read";
    return false;
  };
  entries.push_back(entry<int64_t>("global_step", DType::I64, {}, {7}));
  std::vector<ParamDecl> params = {{"w", {2}, DType::F32}};
  std::vector<NpyArray> bound;
  std::string error, summary;
  ASSERT_TRUE(bindWeights(entries, params, "ckpt", bound, error, {}, &summary))
      << error;
  EXPECT_EQ(values<float>(bound[0]), (std::vector<float>{1.5f, -2.0f}));
  EXPECT_EQ(summary, "bound 1 of 3 entries; ignored 2: 1 optimizer slot, "
                     "global_step (--list-weights shows every entry)");

  BindOptions strict;
  strict.strict = true;
  EXPECT_FALSE(bindWeights(entries, params, "ckpt", bound, error, strict));
  EXPECT_EQ(error, "weights file 'ckpt' does not match the model:\n"
                   "  extra: w/Adam, global_step");
}

TEST(BindWeights, CheckpointDTypesMustMatchUnlessCast) {
  std::vector<WeightsEntry> entries;
  entries.push_back(entry<double>("w", DType::F64, {1}, {0.25}));
  entries[0].exactDType = true;
  std::vector<ParamDecl> params = {{"w", {1}, DType::F32}};
  std::vector<NpyArray> bound;
  std::string error;
  EXPECT_FALSE(bindWeights(entries, params, "ckpt", bound, error));
  EXPECT_EQ(error, "weights file 'ckpt' does not match the model:\n"
                   "  dtype mismatch: w has dtype float64 in the file, the "
                   "model needs float32 (--weights-cast converts it)");
  BindOptions cast;
  cast.cast = true;
  ASSERT_TRUE(bindWeights(entries, params, "ckpt", bound, error, cast))
      << error;
  EXPECT_EQ(values<float>(bound[0]), (std::vector<float>{0.25f}));
}

TEST(BindWeights, PrefixesMapNamesAndAreSuggested) {
  std::vector<WeightsEntry> entries;
  entries.push_back(entry<float>("model/fc/w", DType::F32, {1}, {1}));
  entries.push_back(entry<float>("model/fc/b", DType::F32, {1}, {2}));
  std::vector<ParamDecl> params = {{"net/fc/w", {1}, DType::F32},
                                   {"net/fc/b", {1}, DType::F32}};
  std::vector<NpyArray> bound;
  std::string error;
  EXPECT_FALSE(bindWeights(entries, params, "ckpt", bound, error));
  EXPECT_NE(error.find("hint: every missing variable is in the file under "
                       "another prefix; --weights-prefix model/=net/ binds "
                       "them"),
            std::string::npos)
      << error;
  BindOptions mapped;
  ASSERT_TRUE(addWeightsPrefix("model/=net/", mapped, error));
  ASSERT_TRUE(bindWeights(entries, params, "ckpt", bound, error, mapped))
      << error;
  EXPECT_EQ(values<float>(bound[1]), (std::vector<float>{2}));
  EXPECT_FALSE(addWeightsPrefix("model", mapped, error));
}

} // namespace

//===- CheckpointTest.cpp - TensorFlow checkpoints (TensorBundle V2) ------===//
//
// The index here is written by LevelDB's own TableBuilder (with Snappy
// compression, as TensorFlow's table writer uses by default), not by the
// test writer of the lit tests, so the reader is checked against a second,
// independent producer of the format.
//
//===----------------------------------------------------------------------===//

#include "scopec/Params/Checkpoint.h"

#include "BundleFormat.h"
#include "Crc32c.h"

#include "leveldb/env.h"
#include "leveldb/options.h"
#include "leveldb/table_builder.h"

#include "gtest/gtest.h"

#include <cstring>
#include <map>

using namespace scopec::params;
using scopec::params::detail::crc32c;
using scopec::params::detail::maskCrc32c;
using scopec::params::detail::sliceKey;
using scopec::params::detail::unmaskCrc32c;

namespace {

TEST(Crc32c, KnownValues) {
  EXPECT_EQ(crc32c("123456789", 9), 0xe3069283u);
  std::string zeros(32, '\0'), ones(32, '\xff');
  EXPECT_EQ(crc32c(zeros.data(), 32), 0x8a9136aau); // RFC 3720 B.4
  EXPECT_EQ(crc32c(ones.data(), 32), 0x62a8ab43u);
  EXPECT_EQ(crc32c("", 0), 0u);
  EXPECT_EQ(unmaskCrc32c(maskCrc32c(0x12345678u)), 0x12345678u);
  EXPECT_NE(maskCrc32c(0x12345678u), 0x12345678u);
}

TEST(SliceKey, OrderedCode) {
  // 00 | "w" 00 01 | 02 dims | [0, 2) | all of dimension 1
  EXPECT_EQ(sliceKey("w", {{0, 2}, {0, -1}}),
            std::string("\x00" "w\x00\x01" "\x01\x02" "\x80\x82" "\x80\x7f",
                        10));
  // Two-byte signed values: 1000 = 0x3e8 -> c3 e8; -1000 -> 3c 18. A NUL in
  // the name is escaped.
  EXPECT_EQ(sliceKey(std::string("a\0b", 3), {{1000, -1000}}),
            std::string("\x00" "a\x00\xff" "b\x00\x01" "\x01\x01"
                        "\xc3\xe8" "\x3c\x18",
                        13));
}

// --- a checkpoint in memory --------------------------------------------

std::string varint(uint64_t v) {
  std::string s;
  do {
    s += static_cast<char>((v & 0x7f) | (v >= 0x80 ? 0x80 : 0));
    v >>= 7;
  } while (v);
  return s;
}
std::string fieldVarint(int num, uint64_t v) { return varint(num << 3) + varint(v); }
std::string fieldBytes(int num, const std::string &b) {
  return varint(num << 3 | 2) + varint(b.size()) + b;
}

std::string shapeProto(const std::vector<int64_t> &shape) {
  std::string s;
  for (int64_t d : shape)
    s += fieldBytes(2, fieldVarint(1, d));
  return s;
}

struct Bundle {
  std::map<std::string, std::string> index; // sorted, as the table needs
  std::vector<std::string> shards = std::vector<std::string>(2);

  void add(const std::string &key, const std::vector<int64_t> &shape,
           const std::vector<float> &values, int shard,
           const std::string &slices = "") {
    std::string &data = shards[shard];
    std::string bytes(reinterpret_cast<const char *>(values.data()),
                      values.size() * sizeof(float));
    uint32_t crc = maskCrc32c(crc32c(bytes.data(), bytes.size()));
    std::string entry = fieldVarint(1, 1) + fieldBytes(2, shapeProto(shape)) +
                        fieldVarint(3, shard) + fieldVarint(4, data.size()) +
                        fieldVarint(5, bytes.size()) + varint(6 << 3 | 5) +
                        std::string(reinterpret_cast<const char *>(&crc), 4);
    data += bytes;
    index[key] = entry + slices;
  }
};

class StringFile final : public leveldb::WritableFile {
public:
  std::string contents;
  leveldb::Status Append(const leveldb::Slice &data) override {
    contents.append(data.data(), data.size());
    return leveldb::Status::OK();
  }
  leveldb::Status Close() override { return leveldb::Status::OK(); }
  leveldb::Status Flush() override { return leveldb::Status::OK(); }
  leveldb::Status Sync() override { return leveldb::Status::OK(); }
};

std::string writeIndex(const Bundle &bundle) {
  StringFile file;
  leveldb::Options options;
  options.compression = leveldb::kSnappyCompression;
  options.block_size = 64; // several data blocks
  leveldb::TableBuilder builder(options, &file);
  std::string header = fieldVarint(1, bundle.shards.size()) +
                       fieldBytes(3, fieldVarint(1, 1));
  builder.Add("", header);
  for (const auto &[key, value] : bundle.index)
    builder.Add(key, value);
  EXPECT_TRUE(builder.Finish().ok());
  return file.contents;
}

bool parse(const Bundle &bundle, const std::string &index,
           std::vector<WeightsEntry> &out, std::string &error) {
  ShardReader shards = [&bundle](int64_t id, int64_t numShards,
                                 llvm::StringRef &bytes, std::string &err) {
    EXPECT_EQ(numShards, 2);
    bytes = bundle.shards[id];
    return true;
  };
  return parseCheckpoint(index, shards, "ckpt", out, error);
}

std::vector<float> loaded(WeightsEntry &e) {
  std::string error;
  std::vector<uint8_t> data;
  EXPECT_TRUE(e.load(data, error)) << error;
  std::vector<float> v(data.size() / sizeof(float));
  std::memcpy(v.data(), data.data(), data.size());
  return v;
}

TEST(Checkpoint, LevelDBWrittenIndexWithSnappyBlocks) {
  Bundle b;
  // Repetitive names and entries: Snappy shrinks the blocks.
  for (int i = 0; i < 12; ++i)
    b.add("layer/weights_" + std::to_string(i) + "/Adam", {2}, {1.0f, 2.0f},
          i % 2);
  b.add("dense/b", {3}, {0.5f, -1.0f, 2.0f}, 1);
  // dense/w is [2, 3], stored as columns [0, 1) and [1, 3).
  std::string slices =
      fieldBytes(7, fieldBytes(1, "") + fieldBytes(1, fieldVarint(2, 1))) +
      fieldBytes(7, fieldBytes(1, "") +
                        fieldBytes(1, fieldVarint(1, 1) + fieldVarint(2, 2)));
  b.index["dense/w"] = fieldVarint(1, 1) + fieldBytes(2, shapeProto({2, 3})) +
                       slices;
  b.add(sliceKey("dense/w", {{0, -1}, {0, 1}}), {2, 1}, {1, 4}, 0);
  b.add(sliceKey("dense/w", {{0, -1}, {1, 2}}), {2, 2}, {2, 3, 5, 6}, 1);

  std::string index = writeIndex(b);
  std::vector<WeightsEntry> entries;
  std::string error;
  ASSERT_TRUE(parse(b, index, entries, error)) << error;
  ASSERT_EQ(entries.size(), 14u); // the slice entries are not listed
  std::map<std::string, WeightsEntry *> byName;
  for (WeightsEntry &e : entries)
    byName[e.name] = &e;
  ASSERT_TRUE(byName.count("dense/w"));
  EXPECT_EQ(byName["dense/w"]->array.shape, (std::vector<int64_t>{2, 3}));
  EXPECT_TRUE(byName["dense/w"]->exactDType);
  EXPECT_EQ(loaded(*byName["dense/w"]),
            (std::vector<float>{1, 2, 3, 4, 5, 6}));
  EXPECT_EQ(loaded(*byName["dense/b"]), (std::vector<float>{0.5f, -1, 2}));
  EXPECT_EQ(loaded(*byName["layer/weights_7/Adam"]),
            (std::vector<float>{1, 2}));
}

TEST(Checkpoint, CorruptDataIsAnErrorOnLoad) {
  Bundle b;
  b.add("w", {2}, {1.0f, 2.0f}, 0);
  std::string index = writeIndex(b);
  b.shards[0][3] ^= 1;
  std::vector<WeightsEntry> entries;
  std::string error;
  ASSERT_TRUE(parse(b, index, entries, error)) << error;
  std::vector<uint8_t> data;
  EXPECT_FALSE(entries[0].load(data, error));
  EXPECT_NE(error.find("checkpoint 'ckpt': tensor 'w': checksum does not "
                       "match"),
            std::string::npos)
      << error;
}

TEST(Checkpoint, EveryTruncationOfTheIndexIsAnError) {
  Bundle b;
  b.add("w", {2}, {1.0f, 2.0f}, 0);
  b.add("v", {1}, {3.0f}, 1);
  std::string index = writeIndex(b);
  for (size_t n = 0; n < index.size(); ++n) {
    std::vector<WeightsEntry> entries;
    std::string error;
    EXPECT_FALSE(parse(b, index.substr(0, n), entries, error)) << n;
    EXPECT_NE(error.find("checkpoint 'ckpt'"), std::string::npos) << error;
  }
}

TEST(Checkpoint, EveryFlippedIndexByteIsCaught) {
  Bundle b;
  b.add("w", {2}, {1.0f, 2.0f}, 0);
  std::string index = writeIndex(b);
  // Block contents and trailers are covered by CRCs, the footer by its magic
  // and the handles it holds; a flip may only leave the index readable if it
  // hits the footer's padding.
  for (size_t i = 0; i < index.size(); ++i) {
    std::string bad = index;
    bad[i] ^= 0x20;
    std::vector<WeightsEntry> entries;
    std::string error;
    if (parse(b, bad, entries, error)) {
      ASSERT_EQ(entries.size(), 1u) << i;
      EXPECT_EQ(loaded(entries[0]), (std::vector<float>{1, 2})) << i;
    }
  }
}

} // namespace

//===- NpyTest.cpp - .npy reader and writer -------------------------------===//
//
// The byte images here are written by hand from the format description
// (numpy/lib/format.py), independent of the writer under test.
//
//===----------------------------------------------------------------------===//

#include "scopec/runtime/Npy.h"

#include "gtest/gtest.h"

#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace scopec::rt;

namespace {

using Bytes = std::vector<uint8_t>;

/// magic, version major.0, little-endian header length, header, data.
Bytes npy(int major, const std::string &header, const Bytes &data) {
  Bytes b = {0x93, 'N', 'U', 'M', 'P', 'Y', static_cast<uint8_t>(major), 0};
  size_t n = header.size();
  b.push_back(n & 0xff);
  b.push_back((n >> 8) & 0xff);
  if (major >= 2) {
    b.push_back((n >> 16) & 0xff);
    b.push_back((n >> 24) & 0xff);
  }
  b.insert(b.end(), header.begin(), header.end());
  b.insert(b.end(), data.begin(), data.end());
  return b;
}

std::string dict(const std::string &descr, const std::string &shape,
                 const std::string &fortran = "False") {
  return "{'descr': '" + descr + "', 'fortran_order': " + fortran +
         ", 'shape': " + shape + ", }\n";
}

bool parse(const Bytes &b, NpyArray &out, std::string &error) {
  return parseNpy(b.data(), b.size(), "t.npy", out, error);
}

/// Parses a file that must be rejected; returns the message.
std::string parseError(const Bytes &b) {
  NpyArray a;
  std::string error;
  EXPECT_FALSE(parse(b, a, error));
  EXPECT_EQ(error.rfind("t.npy: ", 0), 0u) << error; // names the file
  return error;
}

template <typename T> std::vector<T> values(const NpyArray &a) {
  std::vector<T> v(a.data.size() / sizeof(T));
  std::memcpy(v.data(), a.data.data(), a.data.size());
  return v;
}

// 1.0f, -2.5f, 0.5f as little-endian float32 bytes.
const Bytes kF32LE = {0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x20, 0xc0,
                      0x00, 0x00, 0x00, 0x3f};

TEST(Npy, Float32LittleEndian) {
  NpyArray a;
  std::string error;
  ASSERT_TRUE(parse(npy(1, dict("<f4", "(3,)"), kF32LE), a, error)) << error;
  EXPECT_EQ(a.dtype, DType::F32);
  EXPECT_EQ(a.shape, std::vector<int64_t>({3}));
  EXPECT_EQ(a.numElements(), 3);
  EXPECT_EQ(values<float>(a), std::vector<float>({1.0f, -2.5f, 0.5f}));
}

TEST(Npy, EveryDtypeBothEndians) {
  struct Case {
    std::string descr;
    DType dtype;
    Bytes data;
    double expect0, expect1;
  };
  std::vector<Case> cases = {
      {">f4", DType::F32, {0x3f, 0x80, 0, 0, 0xc0, 0x20, 0, 0}, 1.0, -2.5},
      {"<f8",
       DType::F64,
       {0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0, 0, 0, 0, 0, 0, 0x04, 0xc0},
       1.0,
       -2.5},
      {">f8",
       DType::F64,
       {0x3f, 0xf0, 0, 0, 0, 0, 0, 0, 0xc0, 0x04, 0, 0, 0, 0, 0, 0},
       1.0,
       -2.5},
      {"<i4", DType::I32, {0x01, 0x02, 0, 0, 0xfe, 0xff, 0xff, 0xff}, 513, -2},
      {">i4", DType::I32, {0, 0, 0x02, 0x01, 0xff, 0xff, 0xff, 0xfe}, 513, -2},
      {"<i8",
       DType::I64,
       {0x01, 0x02, 0, 0, 0, 0, 0, 0x01, 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff,
        0xff, 0xff},
       72057594037928449.0,
       -2},
      {">i8",
       DType::I64,
       {0x01, 0, 0, 0, 0, 0, 0x02, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        0xff, 0xfe},
       72057594037928449.0,
       -2},
      {"|u1", DType::U8, {0xff, 0x02}, 255, 2},
      {"|i1", DType::I8, {0xff, 0x02}, -1, 2},
      {"|b1", DType::Bool, {0x01, 0x00}, 1, 0},
  };
  for (const Case &c : cases) {
    NpyArray a;
    std::string error;
    ASSERT_TRUE(parse(npy(1, dict(c.descr, "(2,)"), c.data), a, error))
        << c.descr << ": " << error;
    EXPECT_EQ(a.dtype, c.dtype) << c.descr;
    ASSERT_EQ(a.data.size(), c.data.size()) << c.descr;
    double v0 = 0, v1 = 0;
    switch (c.dtype) {
    case DType::F32:
      v0 = values<float>(a)[0], v1 = values<float>(a)[1];
      break;
    case DType::F64:
      v0 = values<double>(a)[0], v1 = values<double>(a)[1];
      break;
    case DType::I32:
      v0 = values<int32_t>(a)[0], v1 = values<int32_t>(a)[1];
      break;
    case DType::I64:
      EXPECT_EQ(values<int64_t>(a)[0], 72057594037928449LL) << c.descr;
      v0 = static_cast<double>(values<int64_t>(a)[0]);
      v1 = static_cast<double>(values<int64_t>(a)[1]);
      break;
    case DType::U8:
      v0 = values<uint8_t>(a)[0], v1 = values<uint8_t>(a)[1];
      break;
    case DType::I8:
      v0 = values<int8_t>(a)[0], v1 = values<int8_t>(a)[1];
      break;
    case DType::Bool:
      v0 = values<uint8_t>(a)[0], v1 = values<uint8_t>(a)[1];
      break;
    }
    EXPECT_EQ(v0, c.expect0) << c.descr;
    EXPECT_EQ(v1, c.expect1) << c.descr;
  }
}

TEST(Npy, HeaderVersions) {
  for (int major : {1, 2, 3}) {
    NpyArray a;
    std::string error;
    ASSERT_TRUE(parse(npy(major, dict("<f4", "(1, 3)"), kF32LE), a, error))
        << major << ": " << error;
    EXPECT_EQ(a.shape, std::vector<int64_t>({1, 3}));
    EXPECT_EQ(values<float>(a)[2], 0.5f);
  }
}

TEST(Npy, HeaderSpellings) {
  const char *headers[] = {
      // Key order, quotes, spacing, no trailing comma, Python 2 longs,
      // numpy's space padding.
      "{'shape': (3,), 'fortran_order': False, 'descr': '<f4'}",
      "{\"descr\": \"<f4\", \"fortran_order\": False, \"shape\": (3,)}",
      "{ 'descr' : '<f4' , 'fortran_order' : False , 'shape' : ( 3 , ) , }",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (3L,), }     \n",
      "{'descr':'<f4','fortran_order':False,'shape':(3)}",
  };
  for (const char *h : headers) {
    NpyArray a;
    std::string error;
    EXPECT_TRUE(parse(npy(1, h, kF32LE), a, error)) << h << ": " << error;
    EXPECT_EQ(a.shape, std::vector<int64_t>({3})) << h;
  }
}

TEST(Npy, ScalarAndEmptyShapes) {
  NpyArray a;
  std::string error;
  ASSERT_TRUE(parse(npy(1, dict("<f4", "()"), {0, 0, 0x80, 0x3f}), a, error))
      << error;
  EXPECT_TRUE(a.shape.empty());
  EXPECT_EQ(a.numElements(), 1);
  EXPECT_EQ(values<float>(a)[0], 1.0f);

  ASSERT_TRUE(parse(npy(1, dict("<f8", "(0, 5)"), {}), a, error)) << error;
  EXPECT_EQ(a.shape, std::vector<int64_t>({0, 5}));
  EXPECT_EQ(a.numElements(), 0);
  EXPECT_TRUE(a.data.empty());

  // A zero dimension next to huge ones is still an empty array.
  ASSERT_TRUE(parse(npy(1, dict("<f4", "(4611686018427387904, 8, 0)"), {}), a,
                    error))
      << error;
  EXPECT_EQ(a.numElements(), 0);
}

TEST(Npy, BadMagic) {
  Bytes b = npy(1, dict("<f4", "(3,)"), kF32LE);
  b[1] = 'n';
  EXPECT_NE(parseError(b).find("not a .npy file"), std::string::npos);
  EXPECT_NE(parseError({}).find("not a .npy file"), std::string::npos);
  EXPECT_NE(parseError({0x93, 'N', 'U'}).find("not a .npy file"),
            std::string::npos);
  Bytes text = {'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd', '\n'};
  EXPECT_NE(parseError(text).find("not a .npy file"), std::string::npos);
}

TEST(Npy, UnsupportedVersion) {
  Bytes b = npy(1, dict("<f4", "(3,)"), kF32LE);
  b[6] = 4;
  EXPECT_NE(parseError(b).find("unsupported .npy format version 4.0"),
            std::string::npos);
  b[6] = 1;
  b[7] = 1;
  EXPECT_NE(parseError(b).find("version 1.1"), std::string::npos);
  b[6] = 0;
  b[7] = 0;
  EXPECT_NE(parseError(b).find("version 0.0"), std::string::npos);
}

TEST(Npy, TruncatedHeader) {
  Bytes b = npy(1, dict("<f4", "(3,)"), kF32LE);
  b.resize(9); // inside the header length
  EXPECT_NE(parseError(b).find("truncated .npy header"), std::string::npos);
  Bytes c = npy(1, dict("<f4", "(3,)"), {});
  c[8] = 0xff; // header length 255+ beyond the end
  EXPECT_NE(parseError(c).find("truncated .npy header"), std::string::npos);
  Bytes d = npy(2, dict("<f4", "(3,)"), kF32LE);
  d[11] = 0x80; // 2 GB header in a 2.0 file
  EXPECT_NE(parseError(d).find("truncated .npy header"), std::string::npos);
}

TEST(Npy, MalformedHeader) {
  const char *headers[] = {
      "",
      "'descr': '<f4', 'fortran_order': False, 'shape': (3,)}",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (3,)",
      "{'descr': '<f4', 'fortran_order': False}",
      "{'descr': '<f4', 'shape': (3,)}",
      "{'fortran_order': False, 'shape': (3,)}",
      "{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (3,)}",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), 'x': 1}",
      "{'descr': '<f4', 'fortran_order': False, 'shape': [3]}",
      "{'descr': '<f4', 'fortran_order': False, 'shape': 3}",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (3.0,)}",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (3 4)}",
      "{'descr': '<f4', 'fortran_order': 0, 'shape': (3,)}",
      "{'descr': '<f4', 'fortran_order': Falsey, 'shape': (3,)}",
      "{'descr': '<f4, 'fortran_order': False, 'shape': (3,)}",
      "{'descr: '<f4', 'fortran_order': False, 'shape': (3,)}",
      "{descr: '<f4', 'fortran_order': False, 'shape': (3,)}",
      "{'descr' '<f4', 'fortran_order': False, 'shape': (3,)}",
      "{'descr': '<f4' 'fortran_order': False, 'shape': (3,)}",
      "{'descr': '<f4', 'fortran_order': False, 'shape': (3,)} x",
      "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (3,)}",
      "{'descr': '<\\f4', 'fortran_order': False, 'shape': (3,)}",
  };
  for (const char *h : headers) {
    std::string e = parseError(npy(1, h, kF32LE));
    EXPECT_NE(e.find("malformed .npy header"), std::string::npos)
        << h << " -> " << e;
  }
  std::string neg = parseError(npy(1, dict("<f4", "(-3,)"), kF32LE));
  EXPECT_NE(neg.find("negative dimension"), std::string::npos) << neg;
  std::string big =
      parseError(npy(1, dict("<f4", "(99999999999999999999,)"), kF32LE));
  EXPECT_NE(big.find("too large"), std::string::npos) << big;
}

TEST(Npy, UnsupportedDtype) {
  for (const char *d : {"<f2", "<c8", "<u4", "<i2", "<U8", "f4", "<f4 ", "=f4",
                        "|f4", "<M8[s]"}) {
    std::string e = parseError(npy(1, dict(d, "(3,)"), kF32LE));
    EXPECT_NE(e.find("unsupported dtype '" + std::string(d) + "'"),
              std::string::npos)
        << e;
  }
}

TEST(Npy, FortranOrderRejected) {
  std::string e = parseError(npy(1, dict("<f4", "(3,)", "True"), kF32LE));
  EXPECT_NE(e.find("fortran_order"), std::string::npos) << e;
  EXPECT_NE(e.find("not supported"), std::string::npos) << e;
}

TEST(Npy, DataSizeMismatch) {
  Bytes shortData(kF32LE.begin(), kF32LE.end() - 1);
  std::string e = parseError(npy(1, dict("<f4", "(3,)"), shortData));
  EXPECT_NE(e.find("truncated data"), std::string::npos) << e;
  EXPECT_NE(e.find("needs 12 data bytes, the file has 11"), std::string::npos)
      << e;
  Bytes extra = kF32LE;
  extra.push_back(0);
  e = parseError(npy(1, dict("<f4", "(3,)"), extra));
  EXPECT_NE(e.find("size mismatch"), std::string::npos) << e;
  // Claims 2^40 elements, has 12 bytes: rejected without allocating.
  e = parseError(npy(1, dict("<f8", "(1099511627776,)"), kF32LE));
  EXPECT_NE(e.find("truncated data"), std::string::npos) << e;
}

TEST(Npy, ShapeProductOverflow) {
  for (const char *shape : {"(4294967296, 4294967296)", "(3037000500, 3037000500)",
                            "(1152921504606846976, 2)",
                            "(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, "
                            "2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, "
                            "2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, "
                            "2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2)"}) {
    std::string e = parseError(npy(1, dict("<f4", shape), kF32LE));
    EXPECT_NE(e.find("too large"), std::string::npos) << shape << " -> " << e;
  }
}

TEST(Npy, FailureLeavesOutputUntouched) {
  NpyArray a;
  a.shape = {7};
  std::string error;
  EXPECT_FALSE(parse(npy(1, dict("<f2", "(3,)"), kF32LE), a, error));
  EXPECT_EQ(a.shape, std::vector<int64_t>({7}));
}

TEST(Npy, EveryTruncationFailsCleanly) {
  Bytes full = npy(1, dict("<f8", "(2, 2)"), Bytes(32, 0x11));
  for (size_t n = 0; n < full.size(); ++n) {
    Bytes b(full.begin(), full.begin() + n);
    NpyArray a;
    std::string error;
    EXPECT_FALSE(parse(b, a, error)) << n;
    EXPECT_FALSE(error.empty());
  }
  NpyArray a;
  std::string error;
  EXPECT_TRUE(parse(full, a, error)) << error;
}

TEST(Npy, RandomCorruptionNeverCrashes) {
  std::mt19937 gen(1234);
  Bytes valid = npy(1, dict("<f4", "(3,)"), kF32LE);
  const std::string alphabet = "{}()'\":, 0123456789-L<>fi48TrueFalsedscrhpo\n";
  int accepted = 0, rejected = 0;
  for (int iter = 0; iter < 20000; ++iter) {
    Bytes b = valid;
    int edits = 1 + gen() % 4;
    for (int e = 0; e < edits; ++e) {
      size_t pos = gen() % b.size();
      switch (gen() % 4) {
      case 0:
        b[pos] = static_cast<uint8_t>(gen());
        break;
      case 1:
        b[pos] = alphabet[gen() % alphabet.size()];
        break;
      case 2:
        b.erase(b.begin() + pos);
        break;
      default:
        b.insert(b.begin() + pos, alphabet[gen() % alphabet.size()]);
        break;
      }
      if (b.empty())
        b.push_back(0);
    }
    NpyArray a;
    std::string error;
    if (parse(b, a, error)) {
      ++accepted;
      // Whatever was accepted is self-consistent.
      EXPECT_EQ(a.data.size(),
                static_cast<size_t>(a.numElements()) * dtypeSize(a.dtype));
    } else {
      ++rejected;
      EXPECT_FALSE(error.empty());
    }
  }
  EXPECT_GT(rejected, 10000);
  EXPECT_GT(accepted, 0); // e.g. edits to padding or data bytes
  for (int iter = 0; iter < 5000; ++iter) {
    Bytes b(gen() % 200);
    for (auto &x : b)
      x = static_cast<uint8_t>(gen());
    if (b.size() >= 8 && iter % 2) { // valid preamble, garbage after
      std::memcpy(b.data(), "\x93NUMPY\x01\x00", 8);
    }
    NpyArray a;
    std::string error;
    EXPECT_FALSE(parse(b, a, error));
  }
}

TEST(Npy, SerializeMatchesNumpyLayout) {
  float data[6] = {1, 2, 3, 4, 5, 6};
  Bytes b = serializeNpy(DType::F32, {2, 3}, data);
  // numpy 1.x: header padded so the data starts at a multiple of 64.
  std::string expectHeader =
      "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
  expectHeader += std::string(128 - 10 - expectHeader.size() - 1, ' ') + "\n";
  ASSERT_EQ(b.size(), 128u + 24u);
  EXPECT_EQ(std::memcmp(b.data(), "\x93NUMPY\x01\x00", 8), 0);
  EXPECT_EQ(b[8], 118);
  EXPECT_EQ(b[9], 0);
  EXPECT_EQ(std::string(b.begin() + 10, b.begin() + 128), expectHeader);
  EXPECT_EQ(b[128 + 4 * 3 + 3], 0x40); // 4.0f = 0x40800000, little-endian
  EXPECT_EQ(b[128 + 4 * 3 + 2], 0x80);

  Bytes s = serializeNpy(DType::I64, {}, std::vector<int64_t>{-5}.data());
  ASSERT_EQ(s.size(), 128u + 8u);
  std::string h(s.begin() + 10, s.begin() + 128);
  EXPECT_NE(h.find("'descr': '<i8'"), std::string::npos);
  EXPECT_NE(h.find("'shape': ()"), std::string::npos);
  Bytes v = serializeNpy(DType::F64, {7}, std::vector<double>(7).data());
  EXPECT_NE(std::string(v.begin(), v.begin() + 128).find("'shape': (7,)"),
            std::string::npos);
}

TEST(Npy, RoundTrip) {
  std::vector<std::vector<int64_t>> shapes = {{}, {0}, {5}, {2, 3, 4}, {1, 1, 0, 2}};
  for (DType dt : {DType::F32, DType::F64, DType::I32, DType::I64}) {
    for (const auto &shape : shapes) {
      NpyArray probe;
      probe.shape = shape;
      size_t bytes = probe.numElements() * dtypeSize(dt);
      Bytes data(bytes);
      for (size_t i = 0; i < bytes; ++i)
        data[i] = static_cast<uint8_t>(i * 37 + 1);
      Bytes file = serializeNpy(dt, shape, data.data());
      EXPECT_EQ((file.size() - bytes) % 64, 0u);
      NpyArray a;
      std::string error;
      ASSERT_TRUE(parse(file, a, error)) << dtypeName(dt) << ": " << error;
      EXPECT_EQ(a.dtype, dt);
      EXPECT_EQ(a.shape, shape);
      EXPECT_EQ(a.data, data);
    }
  }
}

class NpyFile : public ::testing::Test {
protected:
  void SetUp() override {
    char tmpl[] = "/tmp/scopec-npy-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir = tmpl;
  }
  void TearDown() override {
    for (const auto &f : files)
      std::remove(f.c_str());
    rmdir(dir.c_str());
  }
  std::string path(const std::string &name) {
    files.push_back(dir + "/" + name);
    return files.back();
  }
  std::string dir;
  std::vector<std::string> files;
};

TEST_F(NpyFile, WriteThenRead) {
  std::string p = path("x.npy");
  double data[4] = {1.5, -2, 3e300, -0.0};
  std::string error;
  ASSERT_TRUE(writeNpyFile(p, DType::F64, {2, 2}, data, error)) << error;
  NpyArray a;
  ASSERT_TRUE(readNpyFile(p, a, error)) << error;
  EXPECT_EQ(a.dtype, DType::F64);
  EXPECT_EQ(a.shape, std::vector<int64_t>({2, 2}));
  EXPECT_EQ(values<double>(a), std::vector<double>(data, data + 4));
}

TEST_F(NpyFile, LargeFileRead) {
  std::string p = path("big.npy");
  std::vector<float> data(300000);
  for (size_t i = 0; i < data.size(); ++i)
    data[i] = static_cast<float>(i);
  std::string error;
  ASSERT_TRUE(writeNpyFile(p, DType::F32, {300, 1000}, data.data(), error));
  NpyArray a;
  ASSERT_TRUE(readNpyFile(p, a, error)) << error;
  EXPECT_EQ(values<float>(a), data);
}

TEST_F(NpyFile, ReadFromPipe) {
  // Not seekable, no size known: read in chunks.
  std::string fifo = path("pipe.npy");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::vector<int32_t> data(100000);
  for (size_t i = 0; i < data.size(); ++i)
    data[i] = static_cast<int32_t>(i * 3);
  Bytes file = serializeNpy(DType::I32, {100000}, data.data());
  std::thread writer([&] {
    std::FILE *f = std::fopen(fifo.c_str(), "wb");
    if (f) {
      std::fwrite(file.data(), 1, file.size(), f);
      std::fclose(f);
    }
  });
  NpyArray a;
  std::string error;
  bool ok = readNpyFile(fifo, a, error);
  writer.join();
  ASSERT_TRUE(ok) << error;
  EXPECT_EQ(values<int32_t>(a), data);
}

TEST_F(NpyFile, ReadErrorsNameTheFile) {
  NpyArray a;
  std::string error;
  std::string missing = dir + "/missing.npy";
  EXPECT_FALSE(readNpyFile(missing, a, error));
  EXPECT_NE(error.find(missing), std::string::npos) << error;
  EXPECT_NE(error.find("cannot open"), std::string::npos) << error;

  EXPECT_FALSE(readNpyFile(dir, a, error)); // a directory
  EXPECT_NE(error.find(dir), std::string::npos) << error;

  std::string garbage = path("garbage.npy");
  std::FILE *f = std::fopen(garbage.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::fputs("not numpy at all", f);
  std::fclose(f);
  EXPECT_FALSE(readNpyFile(garbage, a, error));
  EXPECT_EQ(error, garbage + ": not a .npy file (bad magic bytes)");
}

TEST_F(NpyFile, WriteErrorNamesTheFile) {
  float x = 1;
  std::string error;
  std::string bad = dir + "/no/such/dir/x.npy";
  EXPECT_FALSE(writeNpyFile(bad, DType::F32, {1}, &x, error));
  EXPECT_NE(error.find(bad), std::string::npos) << error;
}

TEST(Npy, DtypeNamesAndSizes) {
  EXPECT_STREQ(dtypeName(DType::F32), "float32");
  EXPECT_STREQ(dtypeName(DType::F64), "float64");
  EXPECT_STREQ(dtypeName(DType::I32), "int32");
  EXPECT_STREQ(dtypeName(DType::I64), "int64");
  EXPECT_EQ(dtypeSize(DType::F32), 4u);
  EXPECT_EQ(dtypeSize(DType::F64), 8u);
  EXPECT_EQ(dtypeSize(DType::I32), 4u);
  EXPECT_EQ(dtypeSize(DType::I64), 8u);
}

} // namespace

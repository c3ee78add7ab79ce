//===- BundleFormat.cpp - TensorBundle index records ----------------------===//
//
// Protobuf wire format: each field is a varint key (number << 3 | wire type)
// then a varint (type 0), 8 bytes (1), a varint length and that many bytes
// (2) or 4 bytes (5). Groups (3, 4) are obsolete and refused.
//
//===----------------------------------------------------------------------===//

#include "BundleFormat.h"

#include <functional>

namespace scopec::params::detail {

namespace {

/// A cursor over one message's bytes.
class Reader {
public:
  explicit Reader(std::string_view bytes) : bytes(bytes) {}

  bool done() const { return pos == bytes.size(); }

  bool varint(uint64_t &v) {
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos == bytes.size())
        return false;
      uint8_t b = static_cast<uint8_t>(bytes[pos++]);
      v |= uint64_t(b & 0x7f) << shift;
      if (!(b & 0x80))
        return true;
    }
    return false; // more than 10 bytes
  }

  bool fixed32(uint32_t &v) {
    if (bytes.size() - pos < 4)
      return false;
    v = 0;
    for (int i = 0; i < 4; ++i)
      v |= uint32_t(static_cast<uint8_t>(bytes[pos + i])) << (8 * i);
    pos += 4;
    return true;
  }

  bool lengthDelimited(std::string_view &out) {
    uint64_t n;
    if (!varint(n) || n > bytes.size() - pos)
      return false;
    out = bytes.substr(pos, n);
    pos += n;
    return true;
  }

  bool skip(uint32_t wireType) {
    uint64_t v;
    uint32_t f;
    std::string_view s;
    switch (wireType) {
    case 0:
      return varint(v);
    case 1:
      if (bytes.size() - pos < 8)
        return false;
      pos += 8;
      return true;
    case 2:
      return lengthDelimited(s);
    case 5:
      return fixed32(f);
    default:
      return false;
    }
  }

private:
  std::string_view bytes;
  size_t pos = 0;
};

/// Calls `field(number, wireType, reader)` for each field; the callback
/// reads the value (or returns skip(wireType)).
bool forEachField(std::string_view bytes,
                  const std::function<bool(uint32_t, uint32_t, Reader &)> &field) {
  Reader r(bytes);
  while (!r.done()) {
    uint64_t key;
    if (!r.varint(key) || (key >> 3) == 0 || (key >> 3) > 0x1fffffff)
      return false;
    if (!field(static_cast<uint32_t>(key >> 3),
               static_cast<uint32_t>(key & 7), r))
      return false;
  }
  return true;
}

/// A varint field of an integer type (int32 values are sign-extended to
/// 64 bits on the wire).
bool intField(uint32_t wireType, Reader &r, int64_t &out) {
  uint64_t v;
  if (wireType != 0 || !r.varint(v))
    return false;
  out = static_cast<int64_t>(v);
  return true;
}

bool messageField(uint32_t wireType, Reader &r, std::string_view &out) {
  return wireType == 2 && r.lengthDelimited(out);
}

bool decodeShape(std::string_view bytes, BundleEntry &out) {
  return forEachField(bytes, [&](uint32_t num, uint32_t wt, Reader &r) {
    std::string_view dim;
    int64_t v = 0;
    switch (num) {
    case 2: {
      if (!messageField(wt, r, dim))
        return false;
      int64_t size = 0;
      bool ok = forEachField(dim, [&](uint32_t n, uint32_t w, Reader &d) {
        return n == 1 ? intField(w, d, size) : d.skip(w);
      });
      out.shape.push_back(size);
      return ok;
    }
    case 3:
      if (!intField(wt, r, v))
        return false;
      out.unknownRank = v != 0;
      return true;
    default:
      return r.skip(wt);
    }
  });
}

bool decodeSlice(std::string_view bytes, TensorSlice &out) {
  return forEachField(bytes, [&](uint32_t num, uint32_t wt, Reader &r) {
    if (num != 1)
      return r.skip(wt);
    std::string_view ext;
    if (!messageField(wt, r, ext))
      return false;
    SliceExtent e;
    bool ok = forEachField(ext, [&](uint32_t n, uint32_t w, Reader &x) {
      if (n == 1)
        return intField(w, x, e.start);
      if (n == 2)
        return intField(w, x, e.length);
      return x.skip(w);
    });
    out.push_back(e);
    return ok;
  });
}

} // namespace

bool decodeBundleHeader(std::string_view bytes, BundleHeader &out,
                        std::string &error) {
  out = BundleHeader();
  bool ok = forEachField(bytes, [&](uint32_t num, uint32_t wt, Reader &r) {
    std::string_view version;
    switch (num) {
    case 1:
      return intField(wt, r, out.numShards);
    case 2:
      return intField(wt, r, out.endianness);
    case 3:
      if (!messageField(wt, r, version))
        return false;
      return forEachField(version, [&](uint32_t n, uint32_t w, Reader &v) {
        int64_t bad = 0;
        switch (n) {
        case 1:
          return intField(w, v, out.producer);
        case 2:
          return intField(w, v, out.minConsumer);
        case 3:
          if (!intField(w, v, bad))
            return false;
          out.badConsumers.push_back(bad);
          return true;
        default:
          return v.skip(w);
        }
      });
    default:
      return r.skip(wt);
    }
  });
  if (!ok)
    error = "the bundle header is not a valid BundleHeaderProto";
  return ok;
}

bool decodeBundleEntry(std::string_view bytes, BundleEntry &out,
                       std::string &error) {
  out = BundleEntry();
  bool ok = forEachField(bytes, [&](uint32_t num, uint32_t wt, Reader &r) {
    std::string_view sub;
    switch (num) {
    case 1:
      return intField(wt, r, out.dtype);
    case 2:
      return messageField(wt, r, sub) && decodeShape(sub, out);
    case 3:
      return intField(wt, r, out.shardId);
    case 4:
      return intField(wt, r, out.offset);
    case 5:
      return intField(wt, r, out.size);
    case 6:
      return wt == 5 && r.fixed32(out.maskedCrc32c);
    case 7:
      out.slices.emplace_back();
      return messageField(wt, r, sub) && decodeSlice(sub, out.slices.back());
    default:
      return r.skip(wt);
    }
  });
  if (!ok)
    error = "not a valid BundleEntryProto";
  return ok;
}

std::string tfDTypeName(int64_t dtype) {
  static const char *const kNames[] = {
      "invalid", "float",   "double",  "int32",    "uint8",   "int16",
      "int8",    "string",  "complex64", "int64",  "bool",    "qint8",
      "quint8",  "qint32",  "bfloat16", "qint16",  "quint16", "uint16",
      "complex128", "half", "resource", "variant", "uint32",  "uint64"};
  if (dtype >= 0 && dtype < int64_t(std::size(kNames)))
    return kNames[dtype];
  return "DT_" + std::to_string(dtype);
}

std::optional<scopec::rt::DType> runtimeDType(int64_t dtype) {
  using scopec::rt::DType;
  switch (dtype) {
  case 1:
    return DType::F32;
  case 2:
    return DType::F64;
  case 3:
    return DType::I32;
  case 4:
    return DType::U8;
  case 6:
    return DType::I8;
  case 9:
    return DType::I64;
  case 10:
    return DType::Bool;
  default:
    return std::nullopt;
  }
}

namespace {

/// OrderedCode::WriteNumIncreasing: a length byte, then the value's
/// big-endian bytes without leading zeros.
void writeNumIncreasing(std::string &out, uint64_t v) {
  std::string bytes;
  for (; v; v >>= 8)
    bytes.insert(bytes.begin(), static_cast<char>(v & 0xff));
  out += static_cast<char>(bytes.size());
  out += bytes;
}

/// OrderedCode::WriteString: 0x00 -> 00 ff, 0xff -> ff 00, then 00 01.
void writeString(std::string &out, const std::string &s) {
  for (char c : s) {
    out += c;
    if (c == '\0')
      out += '\xff';
    else if (c == '\xff')
      out += '\0';
  }
  out += '\0';
  out += '\x01';
}

/// OrderedCode::WriteSignedNumIncreasing: the value sign-extended to the
/// shortest length n that fits (7 bits a byte, less the header), its first
/// bits replaced by a unary length header (n ones then a zero, inverted
/// for negative values).
void writeSignedNumIncreasing(std::string &out, int64_t v) {
  static const uint8_t kHeader[11][2] = {
      {0, 0},       {0x80, 0},    {0xc0, 0},    {0xe0, 0},
      {0xf0, 0},    {0xf8, 0},    {0xfc, 0},    {0xfe, 0},
      {0xff, 0},    {0xff, 0x80}, {0xff, 0xc0}};
  uint64_t x = v < 0 ? ~static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  if (x < 64) {
    out += static_cast<char>(kHeader[1][0] ^ static_cast<uint8_t>(v));
    return;
  }
  int bits = 64 - __builtin_clzll(x); // 1 + index of the top bit
  int len = (bits + 1 + 6) / 7;       // kBitsToLength: 7 payload bits a byte
  if (len > 10)
    len = 10;
  uint8_t buf[10];
  uint8_t sign = v < 0 ? 0xff : 0;
  buf[0] = buf[1] = sign;
  for (int i = 0; i < 8; ++i)
    buf[2 + i] = static_cast<uint8_t>(static_cast<uint64_t>(v) >> (56 - 8 * i));
  uint8_t *begin = buf + 10 - len;
  begin[0] ^= kHeader[len][0];
  begin[1] ^= kHeader[len][1];
  out.append(reinterpret_cast<const char *>(begin), len);
}

} // namespace

std::string sliceKey(const std::string &name, const TensorSlice &slice) {
  std::string key;
  writeNumIncreasing(key, 0);
  writeString(key, name);
  writeNumIncreasing(key, slice.size());
  for (const SliceExtent &e : slice) {
    writeSignedNumIncreasing(key, e.start);
    writeSignedNumIncreasing(key, e.length); // -1: the whole dimension
  }
  return key;
}

} // namespace scopec::params::detail

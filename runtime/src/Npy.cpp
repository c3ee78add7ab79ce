//===- Npy.cpp - NumPy .npy reading and writing ---------------------------===//
//
// The .npy format (numpy/lib/format.py): the magic "\x93NUMPY", a major and
// minor version byte, the header length (2 bytes little-endian in 1.0, 4 bytes
// in 2.0 and 3.0), then a Python dict literal
//   {'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }
// padded with spaces and ended by '\n', then the raw elements.
//
// Every size read from the file is checked against the bytes actually
// present before anything is allocated, so no input can make us allocate an
// absurd amount of memory, overflow an index, or read out of bounds.
//
//===----------------------------------------------------------------------===//

#include "scopec/runtime/Npy.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>

#include <sys/stat.h>

using namespace scopec::rt;

const char *scopec::rt::dtypeName(DType dtype) {
  switch (dtype) {
  case DType::F32:
    return "float32";
  case DType::F64:
    return "float64";
  case DType::I32:
    return "int32";
  case DType::I64:
    return "int64";
  case DType::U8:
    return "uint8";
  case DType::I8:
    return "int8";
  case DType::Bool:
    return "bool";
  }
  return "unknown";
}

size_t scopec::rt::dtypeSize(DType dtype) {
  switch (dtype) {
  case DType::F32:
  case DType::I32:
    return 4;
  case DType::F64:
  case DType::I64:
    return 8;
  case DType::U8:
  case DType::I8:
  case DType::Bool:
    return 1;
  }
  return 0;
}

int64_t NpyArray::numElements() const {
  uint64_t count = 1;
  for (int64_t dim : shape) {
    if (dim <= 0)
      return 0;
    count *= static_cast<uint64_t>(dim); // shapes built by parseNpy never wrap
  }
  return static_cast<int64_t>(count);
}

namespace {

constexpr char kMagic[] = "\x93NUMPY";
constexpr size_t kMagicSize = 6;
constexpr size_t kMaxRank = 64;

bool hostIsLittleEndian() {
  const uint16_t probe = 1;
  uint8_t first;
  std::memcpy(&first, &probe, 1);
  return first == 1;
}

/// Reverses the bytes of each `elemSize`-byte element in place.
void byteSwap(uint8_t *data, size_t numElements, size_t elemSize) {
  for (size_t i = 0; i < numElements; ++i) {
    uint8_t *e = data + i * elemSize;
    for (size_t a = 0, b = elemSize - 1; a < b; ++a, --b) {
      uint8_t t = e[a];
      e[a] = e[b];
      e[b] = t;
    }
  }
}

/// "(2, 3)" in Python's tuple spelling, as numpy writes it.
std::string shapeRepr(const std::vector<int64_t> &shape) {
  std::string s = "(";
  for (size_t i = 0; i < shape.size(); ++i) {
    if (i)
      s += ", ";
    s += std::to_string(shape[i]);
  }
  if (shape.size() == 1)
    s += ",";
  return s + ")";
}

/// The decoded header dict.
struct Header {
  DType dtype = DType::F32;
  bool bigEndian = false;
  std::vector<int64_t> shape;
};

/// A strict parser for the header dict. Accepts what numpy writes (any
/// key order, optional trailing comma, Python 2 `3L` integers, either quote
/// style) and rejects everything else with a description of the problem.
class HeaderParser {
public:
  HeaderParser(const char *begin, const char *end) : p(begin), end(end) {}

  bool parse(Header &header, std::string &error) {
    bool haveDescr = false, haveFortran = false, haveShape = false;
    std::string descr;
    bool fortran = false;
    skipSpace();
    if (!consume('{'))
      return fail("expected '{' at the start of the header dict", error);
    for (;;) {
      skipSpace();
      if (consume('}'))
        break;
      std::string key;
      if (!parseString(key))
        return fail("expected a quoted key", error);
      skipSpace();
      if (!consume(':'))
        return fail("expected ':' after key '" + key + "'", error);
      skipSpace();
      if (key == "descr") {
        if (haveDescr)
          return fail("duplicate key 'descr'", error);
        haveDescr = true;
        if (!parseString(descr))
          return fail("'descr' must be a quoted dtype string such as '<f4'",
                      error);
      } else if (key == "fortran_order") {
        if (haveFortran)
          return fail("duplicate key 'fortran_order'", error);
        haveFortran = true;
        if (consumeWord("True"))
          fortran = true;
        else if (consumeWord("False"))
          fortran = false;
        else
          return fail("'fortran_order' must be True or False", error);
      } else if (key == "shape") {
        if (haveShape)
          return fail("duplicate key 'shape'", error);
        haveShape = true;
        std::string shapeError;
        if (!parseShape(header.shape, shapeError))
          return fail(shapeError, error);
      } else {
        return fail("unexpected key '" + key + "'", error);
      }
      skipSpace();
      if (consume(','))
        continue;
      skipSpace();
      if (consume('}'))
        break;
      return fail("expected ',' or '}' after the value of '" + key + "'",
                  error);
    }
    skipSpace();
    if (p != end)
      return fail("unexpected characters after the header dict", error);
    if (!haveDescr || !haveFortran || !haveShape)
      return fail("the header dict must have the keys 'descr', "
                  "'fortran_order' and 'shape'",
                  error);
    return decodeDescr(descr, fortran, header, error);
  }

private:
  bool fail(const std::string &msg, std::string &error) {
    error = "malformed .npy header: " + msg;
    return false;
  }

  void skipSpace() {
    while (p != end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
      ++p;
  }

  bool consume(char c) {
    if (p != end && *p == c) {
      ++p;
      return true;
    }
    return false;
  }

  bool consumeWord(const char *word) {
    size_t n = std::strlen(word);
    if (static_cast<size_t>(end - p) < n || std::memcmp(p, word, n) != 0)
      return false;
    p += n;
    return true;
  }

  /// A '...' or "..." literal without escapes.
  bool parseString(std::string &out) {
    if (p == end || (*p != '\'' && *p != '"'))
      return false;
    char quote = *p++;
    const char *start = p;
    while (p != end && *p != quote) {
      if (*p == '\\' || *p == '\n')
        return false;
      ++p;
    }
    if (p == end)
      return false;
    out.assign(start, p);
    ++p;
    return true;
  }

  /// A tuple of non-negative integers: (), (3,), (2, 3), (2L, 3L).
  bool parseShape(std::vector<int64_t> &shape, std::string &error) {
    shape.clear();
    if (!consume('(')) {
      error = "'shape' must be a tuple of integers";
      return false;
    }
    for (;;) {
      skipSpace();
      if (consume(')'))
        return true;
      if (p != end && *p == '-') {
        error = "negative dimension in 'shape'";
        return false;
      }
      if (p == end || *p < '0' || *p > '9') {
        error = "'shape' must be a tuple of integers";
        return false;
      }
      int64_t value = 0;
      while (p != end && *p >= '0' && *p <= '9') {
        int digit = *p++ - '0';
        if (value > (std::numeric_limits<int64_t>::max() - digit) / 10) {
          error = "dimension in 'shape' is too large";
          return false;
        }
        value = value * 10 + digit;
      }
      consume('L');
      if (shape.size() == kMaxRank) {
        error = "'shape' has more than " + std::to_string(kMaxRank) +
                " dimensions";
        return false;
      }
      shape.push_back(value);
      skipSpace();
      if (consume(','))
        continue;
      if (consume(')'))
        return true;
      error = "expected ',' or ')' in 'shape'";
      return false;
    }
  }

  static bool decodeDescr(const std::string &descr, bool fortran,
                          Header &header, std::string &error) {
    // One-byte types have no byte order: NumPy writes '|u1' (and accepts
    // '<u1' or '>u1').
    bool ok = descr.size() == 3 &&
              (descr[0] == '<' || descr[0] == '>' || descr[0] == '|');
    if (ok) {
      std::string kind = descr.substr(1);
      if (kind == "u1")
        header.dtype = DType::U8;
      else if (kind == "i1")
        header.dtype = DType::I8;
      else if (kind == "b1")
        header.dtype = DType::Bool;
      else if (descr[0] == '|')
        ok = false;
      else if (kind == "f4")
        header.dtype = DType::F32;
      else if (kind == "f8")
        header.dtype = DType::F64;
      else if (kind == "i4")
        header.dtype = DType::I32;
      else if (kind == "i8")
        header.dtype = DType::I64;
      else
        ok = false;
    }
    if (!ok) {
      error = "unsupported dtype '" + descr +
              "' (supported: float32, float64, int32 and int64, little- or "
              "big-endian: '<f4', '<f8', '<i4', '<i8', '>f4', ...; uint8, "
              "int8 and bool: '|u1', '|i1', '|b1')";
      return false;
    }
    header.bigEndian = descr[0] == '>';
    if (fortran) {
      error = "arrays in Fortran order (fortran_order: True) are not "
              "supported; save a C-order array, e.g. np.ascontiguousarray(a)";
      return false;
    }
    return true;
  }

  const char *p;
  const char *end;
};

/// Validates the preamble and header of a .npy image. On success `header`
/// is filled, `dataOffset` is where the elements start and `dataBytes` is
/// their exact size, which is known to match the bytes present.
bool parseHeader(const uint8_t *bytes, size_t size, Header &header,
                 size_t &dataOffset, size_t &dataBytes, std::string &error) {
  if (size < kMagicSize || std::memcmp(bytes, kMagic, kMagicSize) != 0) {
    error = "not a .npy file (bad magic bytes)";
    return false;
  }
  if (size < kMagicSize + 2) {
    error = "truncated .npy header";
    return false;
  }
  int major = bytes[6], minor = bytes[7];
  if ((major != 1 && major != 2 && major != 3) || minor != 0) {
    error = "unsupported .npy format version " + std::to_string(major) + "." +
            std::to_string(minor) + " (supported: 1.0, 2.0, 3.0)";
    return false;
  }
  size_t lengthBytes = major == 1 ? 2 : 4;
  size_t headerStart = kMagicSize + 2 + lengthBytes;
  if (size < headerStart) {
    error = "truncated .npy header";
    return false;
  }
  uint64_t headerLength = 0;
  for (size_t i = 0; i < lengthBytes; ++i)
    headerLength |= static_cast<uint64_t>(bytes[8 + i]) << (8 * i);
  if (headerLength > size - headerStart) {
    error = "truncated .npy header (the header is " +
            std::to_string(headerLength) + " bytes, only " +
            std::to_string(size - headerStart) + " follow)";
    return false;
  }
  const char *text = reinterpret_cast<const char *>(bytes + headerStart);
  if (!HeaderParser(text, text + headerLength).parse(header, error))
    return false;

  // Element count and byte size, with overflow checks. A zero dimension
  // makes the array empty whatever the other dimensions are.
  uint64_t count = 1;
  bool empty = false, overflow = false;
  for (int64_t dim : header.shape)
    empty |= dim == 0;
  const uint64_t elemSize = dtypeSize(header.dtype);
  if (!empty) {
    const uint64_t limit = std::numeric_limits<int64_t>::max() / elemSize;
    for (int64_t dim : header.shape) {
      if (count > limit / static_cast<uint64_t>(dim)) {
        overflow = true;
        break;
      }
      count *= static_cast<uint64_t>(dim);
    }
  }
  dataOffset = headerStart + headerLength;
  const uint64_t available = size - dataOffset;
  if (overflow) {
    error = "shape " + shapeRepr(header.shape) + " is too large (" +
            std::to_string(available) + " data bytes present)";
    return false;
  }
  uint64_t needed = empty ? 0 : count * elemSize;
  if (needed != available) {
    error = (needed > available ? "truncated data: shape "
                                : "size mismatch: shape ") +
            shapeRepr(header.shape) + " of " + dtypeName(header.dtype) +
            " needs " + std::to_string(needed) + " data bytes, the file has " +
            std::to_string(available);
    return false;
  }
  dataBytes = static_cast<size_t>(needed);
  return true;
}

/// Fills `out` from a parsed header; `data` holds exactly the element bytes.
void finish(Header &header, std::vector<uint8_t> &data, NpyArray &out) {
  size_t elemSize = dtypeSize(header.dtype);
  if (header.bigEndian == hostIsLittleEndian())
    byteSwap(data.data(), data.size() / elemSize, elemSize);
  out.dtype = header.dtype;
  out.shape = std::move(header.shape);
  out.data.swap(data);
}

} // namespace

bool scopec::rt::parseNpy(const void *bytes, size_t size,
                          const std::string &what, NpyArray &out,
                          std::string &error) {
  const uint8_t *b = static_cast<const uint8_t *>(bytes);
  if (!b)
    size = 0;
  Header header;
  size_t offset = 0, dataBytes = 0;
  std::string msg;
  if (!parseHeader(b, size, header, offset, dataBytes, msg)) {
    error = what + ": " + msg;
    return false;
  }
  std::vector<uint8_t> data(b + offset, b + offset + dataBytes);
  finish(header, data, out);
  return true;
}

bool scopec::rt::readNpyFile(const std::string &path, NpyArray &out,
                             std::string &error) {
  std::FILE *f = std::fopen(path.c_str(), "rb");
  if (!f) {
    error = "cannot open '" + path + "': " + std::strerror(errno);
    return false;
  }
  // Read in chunks: the file may not be seekable (a pipe), and nothing is
  // allocated beyond the bytes that actually arrive. A regular file's size,
  // when known, sizes the buffer up front (one byte more, to see EOF).
  std::vector<uint8_t> bytes;
  size_t used = 0;
  struct stat st;
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
    bytes.resize(static_cast<size_t>(st.st_size) + 1);
  for (;;) {
    if (bytes.size() == used)
      bytes.resize(used < (1u << 16) ? (1u << 16) : used * 2);
    size_t got = std::fread(bytes.data() + used, 1, bytes.size() - used, f);
    used += got;
    if (got == 0)
      break;
  }
  bool readError = std::ferror(f) != 0;
  int savedErrno = errno;
  std::fclose(f);
  if (readError) {
    error = "cannot read '" + path + "': " + std::strerror(savedErrno);
    return false;
  }
  Header header;
  size_t offset = 0, dataBytes = 0;
  std::string msg;
  if (!parseHeader(bytes.data(), used, header, offset, dataBytes, msg)) {
    error = path + ": " + msg;
    return false;
  }
  // Reuse the file buffer for the elements instead of copying them.
  std::memmove(bytes.data(), bytes.data() + offset, dataBytes);
  bytes.resize(dataBytes);
  bytes.shrink_to_fit();
  finish(header, bytes, out);
  return true;
}

std::vector<uint8_t> scopec::rt::serializeNpy(DType dtype,
                                              const std::vector<int64_t> &shape,
                                              const void *data) {
  const char *descr = "<i8";
  switch (dtype) {
  case DType::F32:
    descr = "<f4";
    break;
  case DType::F64:
    descr = "<f8";
    break;
  case DType::I32:
    descr = "<i4";
    break;
  case DType::I64:
    descr = "<i8";
    break;
  case DType::U8:
    descr = "|u1";
    break;
  case DType::I8:
    descr = "|i1";
    break;
  case DType::Bool:
    descr = "|b1";
    break;
  }
  std::string dict = std::string("{'descr': '") + descr +
                     "', 'fortran_order': False, 'shape': " +
                     shapeRepr(shape) + ", }";
  // Pad with spaces so that the data starts on a 64-byte boundary, as numpy
  // does; the header ends with '\n'. Format 2.0 (4-byte header length) only
  // when the header does not fit in 1.0's 2-byte length.
  bool v2 = false;
  size_t preamble = kMagicSize + 2 + 2;
  size_t padded = (preamble + dict.size() + 1 + 63) / 64 * 64;
  if (padded - preamble > 65535) {
    v2 = true;
    preamble = kMagicSize + 2 + 4;
    padded = (preamble + dict.size() + 1 + 63) / 64 * 64;
  }
  dict.append(padded - preamble - dict.size() - 1, ' ');
  dict += '\n';

  NpyArray probe;
  probe.shape = shape;
  size_t elemSize = dtypeSize(dtype);
  size_t dataBytes = static_cast<size_t>(probe.numElements()) * elemSize;

  std::vector<uint8_t> out(padded + dataBytes);
  uint8_t *p = out.data();
  std::memcpy(p, kMagic, kMagicSize);
  p[6] = v2 ? 2 : 1;
  p[7] = 0;
  const uint64_t length = dict.size();
  const size_t lengthBytes = v2 ? 4 : 2;
  for (size_t i = 0; i < lengthBytes; ++i)
    p[8 + i] = static_cast<uint8_t>(length >> (8 * i));
  std::memcpy(p + 8 + lengthBytes, dict.data(), dict.size());
  if (dataBytes) {
    std::memcpy(p + padded, data, dataBytes);
    if (!hostIsLittleEndian())
      byteSwap(p + padded, dataBytes / elemSize, elemSize);
  }
  return out;
}

bool scopec::rt::writeNpyFile(const std::string &path, DType dtype,
                              const std::vector<int64_t> &shape,
                              const void *data, std::string &error) {
  std::vector<uint8_t> bytes = serializeNpy(dtype, shape, data);
  std::FILE *f = std::fopen(path.c_str(), "wb");
  if (!f) {
    error = "cannot write '" + path + "': " + std::strerror(errno);
    return false;
  }
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  int savedErrno = errno;
  ok &= std::fclose(f) == 0;
  if (!ok) {
    error = "cannot write '" + path + "': " +
            std::strerror(savedErrno ? savedErrno : errno);
    return false;
  }
  return true;
}

//===- WeightsFile.cpp - Weights files: dispatch and .npz -----------------===//
//
// A .npz is read through its central directory (the authoritative list of
// entries), each entry's local header only giving where its data starts.
// Sizes are checked against the file before anything is allocated, entry
// data may not overlap (so no entry is counted twice), and inflated output
// grows only as the stream produces it, capped by the declared size.
//
//===----------------------------------------------------------------------===//

#include "scopec/Params/WeightsFile.h"
#include "scopec/Params/Checkpoint.h"
#include "TableReader.h"
#include "WeightsCommon.h"

#include "llvm/Support/MemoryBuffer.h"

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <map>

namespace scopec::params {

using detail::fileRef;

namespace {

constexpr uint32_t kLocalSig = 0x04034b50;
constexpr uint32_t kCentralSig = 0x02014b50;
constexpr uint32_t kEndSig = 0x06054b50;
constexpr uint32_t kZip64EndSig = 0x06064b50;
constexpr uint32_t kZip64LocatorSig = 0x07064b50;
constexpr size_t kEndSize = 22;
constexpr size_t kCentralSize = 46;
constexpr size_t kLocalSize = 30;
constexpr size_t kZip64EndSize = 56;
constexpr size_t kZip64LocatorSize = 20;
/// Deflate cannot expand more than 1032:1 (plus a little slack).
constexpr uint64_t kMaxDeflateRatio = 1032;

/// Bounds-checked little-endian reads; callers check ranges first.
struct Bytes {
  const uint8_t *p;
  size_t size;
  uint16_t u16(size_t at) const { return uint16_t(p[at] | (p[at + 1] << 8)); }
  uint32_t u32(size_t at) const {
    return uint32_t(p[at]) | (uint32_t(p[at + 1]) << 8) |
           (uint32_t(p[at + 2]) << 16) | (uint32_t(p[at + 3]) << 24);
  }
  uint64_t u64(size_t at) const {
    return uint64_t(u32(at)) | (uint64_t(u32(at + 4)) << 32);
  }
  /// [at, at + len) lies inside the buffer (overflow-safe).
  bool has(uint64_t at, uint64_t len) const {
    return at <= size && len <= size - at;
  }
};

struct ZipEntry {
  std::string name;
  uint16_t flags = 0, method = 0;
  uint32_t crc = 0;
  uint64_t compressedSize = 0, uncompressedSize = 0, localOffset = 0;
  uint64_t dataOffset = 0; ///< filled from the local header
};

bool fail(std::string &error, std::string message) {
  error = std::move(message);
  return false;
}

std::string hex32(uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "0x%08x", v);
  return buf;
}

/// Reads the ZIP64 extended-information extra field of a central entry.
bool readZip64Extra(const Bytes &b, size_t extra, size_t extraLen,
                    ZipEntry &e, bool needU, bool needC, bool needOff) {
  size_t pos = extra, end = extra + extraLen;
  while (pos + 4 <= end) {
    uint16_t id = b.u16(pos), len = b.u16(pos + 2);
    if (len > end - pos - 4)
      return false;
    if (id == 0x0001) {
      size_t q = pos + 4, qEnd = q + len;
      auto take = [&](uint64_t &field) {
        if (q + 8 > qEnd)
          return false;
        field = b.u64(q);
        q += 8;
        return true;
      };
      if (needU && !take(e.uncompressedSize))
        return false;
      if (needC && !take(e.compressedSize))
        return false;
      if (needOff && !take(e.localOffset))
        return false;
      return true;
    }
    pos += 4 + len;
  }
  return !(needU || needC || needOff);
}

bool readCentralDirectory(const Bytes &b, const std::string &file,
                          std::vector<ZipEntry> &entries,
                          std::string &error) {
  // End of central directory record: the last one that fits, searching
  // back over at most a maximal comment.
  if (b.size < kEndSize)
    return fail(error, file + " is truncated: too short for a zip archive");
  size_t endPos = SIZE_MAX;
  size_t lowest = b.size - kEndSize > 0xFFFF ? b.size - kEndSize - 0xFFFF : 0;
  for (size_t pos = b.size - kEndSize + 1; pos-- > lowest;) {
    if (b.u32(pos) == kEndSig && pos + kEndSize + b.u16(pos + 20) <= b.size) {
      endPos = pos;
      break;
    }
  }
  if (endPos == SIZE_MAX)
    return fail(error, file + " is truncated or corrupt: no zip end of "
                              "central directory record");

  uint64_t disk = b.u16(endPos + 4), cdDisk = b.u16(endPos + 6);
  uint64_t count = b.u16(endPos + 10);
  uint64_t cdSize = b.u32(endPos + 12), cdOffset = b.u32(endPos + 16);
  size_t cdLimit = endPos; // the central directory ends before this

  bool saturated = count == 0xFFFF || cdSize == 0xFFFFFFFF ||
                   cdOffset == 0xFFFFFFFF;
  if (endPos >= kZip64LocatorSize &&
      b.u32(endPos - kZip64LocatorSize) == kZip64LocatorSig) {
    size_t loc = endPos - kZip64LocatorSize;
    uint64_t recOffset = b.u64(loc + 8);
    if (recOffset > loc || loc - recOffset < kZip64EndSize ||
        b.u32(recOffset) != kZip64EndSig)
      return fail(error, file + " is corrupt: bad ZIP64 end of central "
                                "directory locator");
    disk = b.u32(recOffset + 16);
    cdDisk = b.u32(recOffset + 20);
    count = b.u64(recOffset + 32);
    cdSize = b.u64(recOffset + 40);
    cdOffset = b.u64(recOffset + 48);
    cdLimit = recOffset;
  } else if (saturated) {
    return fail(error, file + " is corrupt: ZIP64 sizes without a ZIP64 end "
                              "of central directory record");
  }
  if (disk != 0 || cdDisk != 0)
    return fail(error, file + ": multi-disk zip archives are not supported");
  if (cdOffset > cdLimit || cdSize > cdLimit - cdOffset)
    return fail(error, file + " is truncated or corrupt: the central "
                              "directory lies outside the file");
  if (count > cdSize / kCentralSize)
    return fail(error, file + " is corrupt: " + std::to_string(count) +
                           " entries cannot fit in a central directory of " +
                           std::to_string(cdSize) + " bytes");

  size_t pos = cdOffset, cdEnd = cdOffset + cdSize;
  entries.reserve(count);
  for (uint64_t i = 0; i < count; ++i) {
    if (pos + kCentralSize > cdEnd || b.u32(pos) != kCentralSig)
      return fail(error, file + " is corrupt: bad central directory entry " +
                             std::to_string(i));
    ZipEntry e;
    e.flags = b.u16(pos + 8);
    e.method = b.u16(pos + 10);
    e.crc = b.u32(pos + 16);
    e.compressedSize = b.u32(pos + 20);
    e.uncompressedSize = b.u32(pos + 24);
    size_t nameLen = b.u16(pos + 28), extraLen = b.u16(pos + 30),
           commentLen = b.u16(pos + 32);
    uint32_t startDisk = b.u16(pos + 34);
    e.localOffset = b.u32(pos + 42);
    size_t name = pos + kCentralSize;
    if (nameLen + extraLen + commentLen > cdEnd - name)
      return fail(error, file + " is corrupt: central directory entry " +
                             std::to_string(i) + " overruns the directory");
    e.name.assign(reinterpret_cast<const char *>(b.p + name), nameLen);
    bool needU = e.uncompressedSize == 0xFFFFFFFF;
    bool needC = e.compressedSize == 0xFFFFFFFF;
    bool needOff = e.localOffset == 0xFFFFFFFF;
    if (!readZip64Extra(b, name + nameLen, extraLen, e, needU, needC, needOff))
      return fail(error, file + ": entry '" + e.name +
                             "' has a bad ZIP64 extra field");
    if (startDisk != 0 && startDisk != 0xFFFF)
      return fail(error, file + ": multi-disk zip archives are not supported");
    entries.push_back(std::move(e));
    pos = name + nameLen + extraLen + commentLen;
  }
  return true;
}

/// Validates the local header and sets dataOffset.
bool locateData(const Bytes &b, const std::string &file, ZipEntry &e,
                std::string &error) {
  std::string entry = file + ": entry '" + e.name + "'";
  if (!b.has(e.localOffset, kLocalSize) || b.u32(e.localOffset) != kLocalSig)
    return fail(error, entry + " has no valid local header (truncated or "
                               "corrupt archive)");
  size_t nameLen = b.u16(e.localOffset + 26);
  size_t extraLen = b.u16(e.localOffset + 28);
  uint64_t name = e.localOffset + kLocalSize;
  if (!b.has(name, nameLen + extraLen))
    return fail(error, entry + " is truncated");
  if (nameLen != e.name.size() ||
      e.name.compare(0, nameLen, reinterpret_cast<const char *>(b.p + name),
                     nameLen) != 0)
    return fail(error, entry + ": the local header names a different file");
  e.dataOffset = name + nameLen + extraLen;
  if (!b.has(e.dataOffset, e.compressedSize))
    return fail(error, entry + " is truncated: " +
                           std::to_string(e.compressedSize) +
                           " compressed bytes do not fit in the file");
  return true;
}

bool inflateEntry(const uint8_t *in, uint64_t inSize, uint64_t declared,
                  const std::string &entry, std::vector<uint8_t> &out,
                  std::string &error) {
  z_stream zs{};
  if (inflateInit2(&zs, -15) != Z_OK)
    return fail(error, entry + ": cannot initialize zlib");
  // Grow with the output actually produced, never past the declared size.
  out.resize(std::min<uint64_t>(
      declared, std::max<uint64_t>(uint64_t(1) << 16, inSize * 4)));
  uint64_t inPos = 0, outPos = 0;
  int rc = Z_OK;
  std::string problem;
  while (true) {
    if (zs.avail_in == 0 && inPos < inSize) {
      uint64_t chunk = std::min<uint64_t>(inSize - inPos, UINT_MAX);
      zs.next_in = const_cast<Bytef *>(in + inPos);
      zs.avail_in = static_cast<uInt>(chunk);
      inPos += chunk;
    }
    // Once the declared size is reached, a 1-byte probe tells "ends
    // exactly here" from "inflates to more".
    uint8_t probe = 0;
    bool probing = false;
    if (outPos == out.size()) {
      if (out.size() < declared)
        out.resize(std::min<uint64_t>(declared, out.size() * 2 + 1));
      else
        probing = true;
    }
    uInt room = probing ? 1
                        : static_cast<uInt>(std::min<uint64_t>(
                              out.size() - outPos, UINT_MAX));
    zs.next_out = probing ? &probe : out.data() + outPos;
    zs.avail_out = room;
    rc = inflate(&zs, Z_NO_FLUSH);
    uInt produced = room - zs.avail_out;
    if (probing && produced) {
      problem = "the deflate stream inflates to more than the declared " +
                std::to_string(declared) + " bytes";
      break;
    }
    outPos += produced;
    if (rc == Z_STREAM_END)
      break;
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      problem = std::string("bad deflate stream (") +
                (zs.msg ? zs.msg : "zlib error " + std::to_string(rc)) + ")";
      break;
    }
    if (zs.avail_in == 0 && inPos == inSize && produced == 0) {
      problem = "the deflate stream is truncated";
      break;
    }
  }
  inflateEnd(&zs);
  if (!problem.empty())
    return fail(error, entry + ": " + problem);
  if (outPos != declared)
    return fail(error, entry + ": inflated to " + std::to_string(outPos) +
                           " bytes, but the archive declares " +
                           std::to_string(declared));
  out.resize(outPos);
  return true;
}

bool looksLikeSafetensors(const uint8_t *p, size_t size) {
  if (size < 9)
    return false;
  uint64_t n = Bytes{p, size}.u64(0);
  return p[8] == '{' && n >= 2 && n <= size - 8;
}

bool hasExtension(const std::string &name, const char *ext) {
  std::string e(ext);
  if (name.size() < e.size())
    return false;
  for (size_t i = 0; i < e.size(); ++i) {
    char c = name[name.size() - e.size() + i];
    if (c >= 'A' && c <= 'Z')
      c = static_cast<char>(c - 'A' + 'a');
    if (c != e[i])
      return false;
  }
  return true;
}

} // namespace

bool parseNpz(const void *bytes, size_t size, const std::string &displayName,
              std::vector<WeightsEntry> &out, std::string &error) {
  out.clear();
  std::string file = fileRef(displayName);
  Bytes b{static_cast<const uint8_t *>(bytes), size};
  if (size >= 4 && b.u32(0) != kLocalSig && b.u32(0) != kEndSig)
    return fail(error, file + " is not a .npz file: no zip signature");
  std::vector<ZipEntry> entries;
  if (!readCentralDirectory(b, file, entries, error))
    return false;

  // Check every entry before inflating any, so a bad archive allocates
  // nothing.
  std::vector<std::pair<uint64_t, uint64_t>> ranges; // [start, end)
  std::vector<ZipEntry *> arrays;
  std::map<std::string, std::string> seen; // variable name -> entry name
  for (ZipEntry &e : entries) {
    std::string entry = file + ": entry '" + e.name + "'";
    if (!e.name.empty() && e.name.back() == '/' && e.uncompressedSize == 0)
      continue; // a directory
    if (e.flags & 0x41)
      return fail(error, entry + " is encrypted; encrypted archives are not "
                                 "supported");
    if (e.method != 0 && e.method != 8)
      return fail(error, entry + " uses compression method " +
                             std::to_string(e.method) +
                             "; only stored (0) and deflated (8) are "
                             "supported");
    if (!hasExtension(e.name, ".npy") || e.name.size() == 4)
      return fail(error, entry + " is not a .npy array (numpy.savez names "
                                 "entries NAME.npy)");
    if (e.method == 0 && e.compressedSize != e.uncompressedSize)
      return fail(error, entry + " is stored with " +
                             std::to_string(e.compressedSize) +
                             " bytes but declares " +
                             std::to_string(e.uncompressedSize) +
                             " uncompressed bytes");
    if (e.method == 8 &&
        e.uncompressedSize / kMaxDeflateRatio > e.compressedSize + 64)
      return fail(error, entry + " declares " +
                             std::to_string(e.uncompressedSize) +
                             " uncompressed bytes, impossible for " +
                             std::to_string(e.compressedSize) +
                             " deflated bytes");
    if (!locateData(b, file, e, error))
      return false;
    ranges.push_back({e.localOffset, e.dataOffset + e.compressedSize});
    std::string varName =
        detail::stripOutputSuffix(e.name.substr(0, e.name.size() - 4));
    auto [it, inserted] = seen.emplace(varName, e.name);
    if (!inserted)
      return fail(error, file + ": entries '" + it->second + "' and '" +
                             e.name + "' both name the variable '" + varName +
                             "'");
    arrays.push_back(&e);
  }
  std::sort(ranges.begin(), ranges.end());
  for (size_t i = 1; i < ranges.size(); ++i)
    if (ranges[i].first < ranges[i - 1].second)
      return fail(error, file + " is corrupt: entries overlap");

  std::vector<WeightsEntry> result;
  result.reserve(arrays.size());
  for (ZipEntry *e : arrays) {
    std::string entry = file + ": entry '" + e->name + "'";
    const uint8_t *data = b.p + e->dataOffset;
    std::vector<uint8_t> inflated;
    if (e->method == 8) {
      if (!inflateEntry(data, e->compressedSize, e->uncompressedSize, entry,
                        inflated, error))
        return false;
      data = inflated.data();
    }
    uint32_t crc = static_cast<uint32_t>(
        crc32_z(0, data, static_cast<z_size_t>(e->uncompressedSize)));
    if (crc != e->crc)
      return fail(error, entry + " has a bad CRC-32 (computed " + hex32(crc) +
                             ", the archive says " + hex32(e->crc) +
                             "): the file is corrupt");
    WeightsEntry w;
    w.name = detail::stripOutputSuffix(e->name.substr(0, e->name.size() - 4));
    if (!scopec::rt::parseNpy(data, e->uncompressedSize, entry, w.array,
                              error))
      return false;
    result.push_back(std::move(w));
  }
  out = std::move(result);
  return true;
}

bool parseWeights(const void *bytes, size_t size,
                  const std::string &displayName,
                  std::vector<WeightsEntry> &out, std::string &error) {
  const auto *p = static_cast<const uint8_t *>(bytes);
  bool zipMagic = size >= 4 && p[0] == 'P' && p[1] == 'K' &&
                  ((p[2] == 3 && p[3] == 4) || (p[2] == 5 && p[3] == 6));
  if (zipMagic)
    return parseNpz(bytes, size, displayName, out, error);
  if (looksLikeSafetensors(p, size))
    return parseSafetensors(bytes, size, displayName, out, error);
  // Neither: let the extension choose the more specific message.
  if (hasExtension(displayName, ".npz"))
    return parseNpz(bytes, size, displayName, out, error);
  if (hasExtension(displayName, ".safetensors"))
    return parseSafetensors(bytes, size, displayName, out, error);
  out.clear();
  // A LevelDB-format table on its own: TF 1.x's old V1 checkpoint format.
  if (detail::hasTableMagic(
          llvm::StringRef(static_cast<const char *>(bytes), size)))
    return fail(error, fileRef(displayName) +
                           " is a TensorFlow V1 checkpoint (a single table "
                           "file); scopec reads V2 checkpoints (PREFIX.index "
                           "and PREFIX.data-*), which tf.train.Saver writes "
                           "by default (write_version=V2)");
  return fail(error, fileRef(displayName) +
                         " is neither a .npz (zip) nor a .safetensors file");
}

bool readWeightsFile(const std::string &path, std::vector<WeightsEntry> &out,
                     std::string &error) {
  out.clear();
  std::optional<std::string> checkpoint;
  if (!findCheckpoint(path, checkpoint, error))
    return false;
  if (checkpoint)
    return readCheckpoint(*checkpoint, out, error);
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer)
    return fail(error, "cannot read " + fileRef(path) + ": " +
                           buffer.getError().message());
  return parseWeights((*buffer)->getBufferStart(), (*buffer)->getBufferSize(),
                      path, out, error);
}

} // namespace scopec::params

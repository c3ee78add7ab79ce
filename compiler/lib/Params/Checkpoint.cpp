//===- Checkpoint.cpp - TensorFlow checkpoints (TensorBundle V2) ----------===//
//
// The index is a LevelDB-format table (TableReader.cpp, which also inflates
// the Snappy-compressed blocks TensorFlow's table writer produces when they
// save space); its entries are decoded by BundleFormat.cpp. Data shards are
// memory-mapped only when a tensor is loaded, and every check on sizes and
// offsets comes before any allocation.
//
//===----------------------------------------------------------------------===//

#include "scopec/Params/Checkpoint.h"

#include "BundleFormat.h"
#include "Crc32c.h"
#include "TableReader.h"
#include "WeightsCommon.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <cstdio>
#include <cstring>
#include <map>
#include <memory>

namespace scopec::params {

using detail::BundleEntry;
using detail::TensorSlice;

namespace {

/// Version numbers of the bundle format (TF's kTensorBundleVersion and
/// kTensorBundleMinProducer).
constexpr int64_t kBundleVersion = 1;
constexpr int64_t kBundleMinProducer = 0;
/// The data file names print shard numbers with %05d.
constexpr int64_t kMaxShards = 100000;

bool fail(std::string &error, std::string message) {
  error = std::move(message);
  return false;
}

bool isFile(const std::string &path) {
  return llvm::sys::fs::is_regular_file(path);
}

std::string dataFileName(const std::string &prefix, int64_t shard,
                         int64_t numShards) {
  char buf[40];
  std::snprintf(buf, sizeof(buf), ".data-%05lld-of-%05lld",
                static_cast<long long>(shard),
                static_cast<long long>(numShards));
  return prefix + buf;
}

/// Unescapes a text-format protobuf string literal's contents.
std::string unescapeText(llvm::StringRef s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    switch (c) {
    case 'n': out += '\n'; break;
    case 't': out += '\t'; break;
    case 'r': out += '\r'; break;
    case 'x': {
      unsigned v = 0;
      size_t j = i + 1;
      for (; j < s.size() && j < i + 3 && llvm::isHexDigit(s[j]); ++j)
        v = v * 16 + llvm::hexDigitValue(s[j]);
      out += static_cast<char>(v);
      i = j - 1;
      break;
    }
    default:
      if (c >= '0' && c <= '7') {
        unsigned v = 0;
        size_t j = i;
        for (; j < s.size() && j < i + 3 && s[j] >= '0' && s[j] <= '7'; ++j)
          v = v * 8 + (s[j] - '0');
        out += static_cast<char>(v);
        i = j - 1;
      } else {
        out += c; // \\ \" \'
      }
    }
  }
  return out;
}

/// model_checkpoint_path from a `checkpoint` state file (text format).
bool readStateFile(const std::string &stateFile, std::string &path,
                   std::string &error) {
  auto buffer = llvm::MemoryBuffer::getFile(stateFile);
  if (!buffer)
    return fail(error, "cannot read checkpoint state file '" + stateFile +
                           "': " + buffer.getError().message());
  llvm::SmallVector<llvm::StringRef> lines;
  (*buffer)->getBuffer().split(lines, '\n');
  for (llvm::StringRef line : lines) {
    line = line.trim();
    if (!line.consume_front("model_checkpoint_path"))
      continue;
    line = line.ltrim();
    if (!line.consume_front(":"))
      continue;
    line = line.trim();
    if (line.size() < 2 || (line.front() != '"' && line.front() != '\'') ||
        line.back() != line.front())
      return fail(error, "checkpoint state file '" + stateFile +
                             "': model_checkpoint_path is not a quoted "
                             "string: " + line.str());
    path = unescapeText(line.drop_front().drop_back());
    return true;
  }
  return fail(error, "checkpoint state file '" + stateFile +
                         "' has no model_checkpoint_path");
}

/// Elements of `shape`, false on a negative dimension or overflow.
bool elementCount(const std::vector<int64_t> &shape, uint64_t &count) {
  return detail::byteSizeOf(shape, 1, count);
}

std::string formatSlice(const TensorSlice &slice) {
  std::string s;
  for (size_t i = 0; i < slice.size(); ++i) {
    if (i)
      s += ":";
    if (slice[i].length < 0)
      s += "-";
    else
      s += std::to_string(slice[i].start) + "," +
           std::to_string(slice[i].length);
  }
  return s;
}

/// Where one stored tensor's bytes are.
struct Extent {
  int64_t shard = 0, numShards = 0;
  uint64_t offset = 0, size = 0;
  uint32_t maskedCrc = 0;
};

/// Checks `e`'s bytes against their CRC and returns them.
bool readExtent(const ShardReader &shards, const Extent &e,
                const std::string &what, llvm::StringRef &bytes,
                std::string &error) {
  llvm::StringRef file;
  if (!shards(e.shard, e.numShards, file, error))
    return false;
  if (e.offset > file.size() || e.size > file.size() - e.offset)
    return fail(error, what + ": its " + std::to_string(e.size) +
                           " bytes at offset " + std::to_string(e.offset) +
                           " lie past the end of data shard " +
                           std::to_string(e.shard) + " (" +
                           std::to_string(file.size()) +
                           " bytes): the checkpoint is truncated or corrupt");
  bytes = file.substr(e.offset, e.size);
  uint32_t stored = detail::unmaskCrc32c(e.maskedCrc);
  uint32_t actual = detail::crc32c(bytes.data(), bytes.size());
  if (stored != actual) {
    char buf[96];
    std::snprintf(buf, sizeof(buf), "stored %08u vs. calculated %08u", stored,
                  actual);
    return fail(error, what + ": checksum does not match (" + buf +
                           "): the checkpoint data is corrupt");
  }
  return true;
}

/// Copies a stored slice into the full tensor (C order, row by row).
void copySlice(const std::vector<int64_t> &shape, const TensorSlice &slice,
               size_t elementSize, const uint8_t *src, uint8_t *dst) {
  size_t rank = shape.size();
  if (rank == 0) {
    std::memcpy(dst, src, elementSize);
    return;
  }
  std::vector<int64_t> start(rank), len(rank), stride(rank);
  int64_t s = 1;
  for (size_t d = rank; d-- > 0;) {
    start[d] = slice[d].length < 0 ? 0 : slice[d].start;
    len[d] = slice[d].length < 0 ? shape[d] : slice[d].length;
    stride[d] = s;
    s *= shape[d];
  }
  if (llvm::is_contained(len, 0))
    return; // an empty slice holds nothing to copy
  size_t rowBytes = static_cast<size_t>(len[rank - 1]) * elementSize;
  std::vector<int64_t> idx(rank, 0); // over the outer dims of the slice
  while (true) {
    int64_t at = start[rank - 1];
    for (size_t d = 0; d + 1 < rank; ++d)
      at += (start[d] + idx[d]) * stride[d];
    std::memcpy(dst + at * elementSize, src, rowBytes);
    src += rowBytes;
    size_t d = rank - 1;
    while (d-- > 0) {
      if (++idx[d] < len[d])
        break;
      idx[d] = 0;
    }
    if (d == static_cast<size_t>(-1))
      return;
  }
}

/// Checks a slice against the full shape; its element count in `count`.
bool checkSlice(const std::vector<int64_t> &shape, const TensorSlice &slice,
                uint64_t &count) {
  if (slice.size() != shape.size())
    return false;
  std::vector<int64_t> dims;
  for (size_t d = 0; d < shape.size(); ++d) {
    const auto &e = slice[d];
    if (e.length < 0) {
      if (e.length != -1 || e.start != 0)
        return false;
      dims.push_back(shape[d]);
      continue;
    }
    if (e.start < 0 || e.start > shape[d] || e.length > shape[d] - e.start)
      return false;
    dims.push_back(e.length);
  }
  return elementCount(dims, count);
}

bool slicesOverlap(const TensorSlice &a, const TensorSlice &b,
                   const std::vector<int64_t> &shape) {
  for (size_t d = 0; d < shape.size(); ++d) {
    int64_t a0 = a[d].length < 0 ? 0 : a[d].start;
    int64_t a1 = a[d].length < 0 ? shape[d] : a[d].start + a[d].length;
    int64_t b0 = b[d].length < 0 ? 0 : b[d].start;
    int64_t b1 = b[d].length < 0 ? shape[d] : b[d].start + b[d].length;
    if (a1 <= b0 || b1 <= a0)
      return false;
  }
  return true;
}

} // namespace

bool findCheckpoint(const std::string &path,
                    std::optional<std::string> &prefix, std::string &error) {
  prefix.reset();
  llvm::StringRef p(path);
  if (llvm::sys::fs::is_directory(path)) {
    std::string state = (llvm::Twine(path) + "/checkpoint").str();
    std::string saved = (llvm::Twine(path) + "/variables/variables").str();
    if (isFile(state)) {
      std::string named;
      if (!readStateFile(state, named, error))
        return false;
      // Absolute on this system or on the one that wrote it ("G:/ckpt").
      bool absolute =
          llvm::sys::path::is_absolute(named) ||
          llvm::sys::path::is_absolute(named, llvm::sys::path::Style::windows);
      std::string resolved = absolute ? named
                                 : (llvm::Twine(path) + "/" + named).str();
      if (!isFile(resolved + ".index")) {
        error = "checkpoint state file '" + state + "' names '" + named +
                "', but '" + resolved + ".index' does not exist";
        std::string local = (llvm::Twine(path) + "/" +
                             llvm::sys::path::filename(
                                 named, llvm::sys::path::Style::windows))
                                .str();
        if (isFile(local + ".index"))
          error += " (the state file was written elsewhere; to use the "
                   "checkpoint next to it, pass --weights " + local + ")";
        return false;
      }
      prefix = resolved;
      return true;
    }
    if (isFile(saved + ".index")) {
      prefix = saved;
      return true;
    }
    return fail(error, "weights directory '" + path +
                           "' holds neither a 'checkpoint' state file nor a "
                           "SavedModel's variables/variables.index");
  }
  if (p.ends_with(".index") && isFile(path)) {
    prefix = p.drop_back(6).str();
    return true;
  }
  // PREFIX.data-00000-of-00001
  size_t dot = p.rfind(".data-");
  if (dot != llvm::StringRef::npos && isFile(path) &&
      isFile(p.take_front(dot).str() + ".index")) {
    prefix = p.take_front(dot).str();
    return true;
  }
  if (isFile(path + ".index")) {
    prefix = path;
    return true;
  }
  return true; // not a checkpoint
}

bool parseCheckpoint(llvm::StringRef index, ShardReader shards,
                     const std::string &displayName,
                     std::vector<WeightsEntry> &out, std::string &error) {
  out.clear();
  std::string ckpt = "checkpoint '" + displayName + "'";
  detail::BundleHeader header;
  bool sawHeader = false;
  std::vector<std::pair<std::string, BundleEntry>> entries;
  std::map<std::string, BundleEntry> slices; // by encoded slice key
  bool ok = detail::readTable(
      index,
      [&](llvm::StringRef key, llvm::StringRef bytes) {
        std::string_view value(bytes.data(), bytes.size());
        if (key.empty()) {
          sawHeader = true;
          return detail::decodeBundleHeader(value, header, error);
        }
        BundleEntry entry;
        if (!detail::decodeBundleEntry(value, entry, error)) {
          error = "the index entry for " +
                  (key[0] == '\0' ? std::string("a slice")
                                   : "'" + key.str() + "'") +
                  " is " + error;
          return false;
        }
        if (key[0] == '\0')
          slices.emplace(key.str(), std::move(entry));
        else
          entries.emplace_back(key.str(), std::move(entry));
        return true;
      },
      error);
  if (!ok)
    return fail(error, ckpt + ": " + error);
  if (!sawHeader)
    return fail(error, ckpt + ": the index has no bundle header (it is a "
                              "LevelDB table, but not a TensorFlow "
                              "checkpoint index)");
  if (header.endianness != 0)
    return fail(error, ckpt + " was written on a big-endian machine; scopec "
                              "reads little-endian checkpoints");
  if (header.producer < kBundleMinProducer)
    return fail(error, ckpt + ": bundle format producer version " +
                           std::to_string(header.producer) +
                           " is below the minimum " +
                           std::to_string(kBundleMinProducer));
  if (header.minConsumer > kBundleVersion)
    return fail(error, ckpt + " needs a reader of bundle format version " +
                           std::to_string(header.minConsumer) +
                           " or later; scopec reads version " +
                           std::to_string(kBundleVersion));
  for (int64_t bad : header.badConsumers)
    if (bad == kBundleVersion)
      return fail(error, ckpt + " disallows readers of bundle format version " +
                             std::to_string(kBundleVersion));
  if (header.numShards < 0 || header.numShards > kMaxShards ||
      (header.numShards == 0 && !entries.empty()))
    return fail(error, ckpt + ": the bundle header declares " +
                           std::to_string(header.numShards) + " data shards");

  // Checks an unsliced entry's location and size; fills `extent`.
  auto checkStored = [&](const std::string &what, const BundleEntry &e,
                         size_t elementSize, Extent &extent) {
    uint64_t count = 0;
    if (e.unknownRank || !elementCount(e.shape, count))
      return fail(error, what + " has an invalid shape");
    if (e.shardId < 0 || e.shardId >= header.numShards)
      return fail(error, what + " is in data shard " +
                             std::to_string(e.shardId) + ", but the "
                             "checkpoint has " +
                             std::to_string(header.numShards));
    if (e.offset < 0 || e.size < 0)
      return fail(error, what + " has a negative offset or size");
    uint64_t expected = 0;
    if (__builtin_mul_overflow(count, elementSize, &expected) ||
        expected != static_cast<uint64_t>(e.size))
      return fail(error, what + ": stored size " + std::to_string(e.size) +
                             " bytes, but its shape " +
                             detail::formatShape(e.shape) + " needs " +
                             (expected ? std::to_string(expected)
                                       : std::string("more")));
    extent = {e.shardId, header.numShards, static_cast<uint64_t>(e.offset),
              static_cast<uint64_t>(e.size), e.maskedCrc32c};
    return true;
  };

  std::vector<WeightsEntry> result;
  for (auto &[name, e] : entries) {
    std::string what = ckpt + ": tensor '" + name + "'";
    uint64_t total = 0;
    if (e.unknownRank || !elementCount(e.shape, total))
      return fail(error, what + " has an invalid shape");
    WeightsEntry w;
    w.name = name;
    w.exactDType = true;
    w.array.shape = e.shape;
    std::optional<scopec::rt::DType> dtype = detail::runtimeDType(e.dtype);
    if (!dtype) {
      w.unsupportedDType = detail::tfDTypeName(e.dtype);
      result.push_back(std::move(w));
      continue;
    }
    w.array.dtype = *dtype;
    size_t elementSize = scopec::rt::dtypeSize(*dtype);

    if (e.slices.empty()) {
      Extent extent;
      if (!checkStored(what, e, elementSize, extent))
        return false;
      w.load = [shards, extent, what](std::vector<uint8_t> &data,
                                      std::string &err) {
        llvm::StringRef bytes;
        if (!readExtent(shards, extent, what, bytes, err))
          return false;
        data.assign(bytes.bytes_begin(), bytes.bytes_end());
        return true;
      };
      result.push_back(std::move(w));
      continue;
    }

    // A partitioned variable: every slice stored under its own key, the
    // slices together covering the tensor exactly once.
    uint64_t covered = 0;
    std::vector<std::pair<TensorSlice, Extent>> parts;
    for (const TensorSlice &slice : e.slices) {
      std::string part = what + " slice [" + formatSlice(slice) + "]";
      uint64_t count = 0;
      if (!checkSlice(e.shape, slice, count))
        return fail(error, part + " does not fit its shape " +
                               detail::formatShape(e.shape));
      for (const auto &[other, unused] : parts)
        if (slicesOverlap(other, slice, e.shape))
          return fail(error, part + " overlaps slice [" + formatSlice(other) +
                                 "]");
      auto found = slices.find(detail::sliceKey(name, slice));
      if (found == slices.end())
        return fail(error, part + " has no data entry in the index");
      const BundleEntry &stored = found->second;
      std::vector<int64_t> sliceShape;
      for (size_t d = 0; d < slice.size(); ++d)
        sliceShape.push_back(slice[d].length < 0 ? e.shape[d]
                                                 : slice[d].length);
      if (stored.dtype != e.dtype || stored.shape != sliceShape ||
          !stored.slices.empty())
        return fail(error, part + ": its data entry has dtype " +
                               detail::tfDTypeName(stored.dtype) +
                               " and shape " +
                               detail::formatShape(stored.shape));
      Extent extent;
      if (!checkStored(part, stored, elementSize, extent))
        return false;
      covered += count;
      parts.emplace_back(slice, extent);
    }
    if (covered != total)
      return fail(error, what + ": its slices cover " +
                             std::to_string(covered) + " of " +
                             std::to_string(total) + " elements");
    std::vector<int64_t> shape = e.shape;
    w.load = [shards, parts, shape, elementSize, total,
              what](std::vector<uint8_t> &data, std::string &err) {
      // Every slice is read and checked before the whole is allocated.
      std::vector<llvm::StringRef> bytes(parts.size());
      for (size_t i = 0; i < parts.size(); ++i)
        if (!readExtent(shards, parts[i].second,
                        what + " slice [" + formatSlice(parts[i].first) + "]",
                        bytes[i], err))
          return false;
      data.assign(total * elementSize, 0);
      for (size_t i = 0; i < parts.size(); ++i)
        copySlice(shape, parts[i].first, elementSize, bytes[i].bytes_begin(),
                  data.data());
      return true;
    };
    result.push_back(std::move(w));
  }
  out = std::move(result);
  return true;
}

bool readCheckpoint(const std::string &prefix, std::vector<WeightsEntry> &out,
                    std::string &error) {
  std::string indexPath = prefix + ".index";
  auto index = llvm::MemoryBuffer::getFile(indexPath, /*IsText=*/false,
                                           /*RequiresNullTerminator=*/false);
  if (!index)
    return fail(error, "cannot read checkpoint index '" + indexPath +
                           "': " + index.getError().message());

  // Shards are mapped on first use and live as long as any loader does.
  struct Shards {
    std::string prefix;
    std::map<int64_t, std::unique_ptr<llvm::MemoryBuffer>> mapped;
  };
  auto state = std::make_shared<Shards>();
  state->prefix = prefix;
  ShardReader reader = [state](int64_t id, int64_t numShards,
                               llvm::StringRef &bytes, std::string &err) {
    auto &slot = state->mapped[id];
    if (!slot) {
      std::string name = dataFileName(state->prefix, id, numShards);
      auto buffer = llvm::MemoryBuffer::getFile(
          name, /*IsText=*/false, /*RequiresNullTerminator=*/false);
      if (!buffer)
        return fail(err, "cannot read checkpoint data file '" + name +
                             "': " + buffer.getError().message());
      slot = std::move(*buffer);
    }
    bytes = slot->getBuffer();
    return true;
  };
  return parseCheckpoint((*index)->getBuffer(), reader, prefix, out, error);
}

} // namespace scopec::params

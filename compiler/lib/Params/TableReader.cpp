//===- TableReader.cpp - LevelDB-format tables ----------------------------===//

#include "TableReader.h"

#include "Crc32c.h"

#include <snappy.h>

#include <cstring>

namespace scopec::params::detail {

namespace {

constexpr uint64_t kMagic = 0xdb4775248b80fb57ull;
constexpr size_t kFooterSize = 48;
constexpr size_t kTrailerSize = 5; // type byte + masked CRC-32C
/// Snappy's longest expansion is a 3-byte copy of 64 bytes (~21x); a claim
/// past 32x (plus the length varint) is corrupt.
constexpr uint64_t kMaxSnappyRatio = 32;

bool fail(std::string &error, std::string message) {
  error = std::move(message);
  return false;
}

uint32_t loadU32(const char *p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v; // little-endian hosts only (checked by the reader's caller)
}

/// A varint of at most `maxBytes` bytes from the front of `in`.
bool takeVarint(llvm::StringRef &in, uint64_t &v, int maxBytes = 10) {
  v = 0;
  for (int i = 0; i < maxBytes && i < static_cast<int>(in.size()); ++i) {
    uint8_t b = static_cast<uint8_t>(in[i]);
    v |= uint64_t(b & 0x7f) << (7 * i);
    if (!(b & 0x80)) {
      in = in.drop_front(i + 1);
      return true;
    }
  }
  return false;
}

struct BlockHandle {
  uint64_t offset = 0, size = 0;
};

bool takeHandle(llvm::StringRef &in, BlockHandle &h) {
  return takeVarint(in, h.offset) && takeVarint(in, h.size);
}

/// The checked, uncompressed contents of the block at `h`; `storage` holds
/// them when they had to be inflated.
bool readBlock(llvm::StringRef file, BlockHandle h, const char *what,
               llvm::StringRef &contents, std::string &storage,
               std::string &error) {
  if (h.offset > file.size() || h.size > file.size() - h.offset ||
      kTrailerSize > file.size() - h.offset - h.size)
    return fail(error, std::string("the ") + what + " (" +
                           std::to_string(h.size) + " bytes at offset " +
                           std::to_string(h.offset) +
                           ") lies outside the index file (truncated?)");
  const char *p = file.data() + h.offset;
  uint32_t stored = unmaskCrc32c(loadU32(p + h.size + 1));
  if (stored != crc32c(p, h.size + 1))
    return fail(error, std::string("the ") + what +
                           " fails its checksum (corrupt file)");
  switch (p[h.size]) {
  case 0:
    contents = llvm::StringRef(p, h.size);
    return true;
  case 1: {
    size_t length = 0;
    if (!snappy::GetUncompressedLength(p, h.size, &length) ||
        length > h.size * kMaxSnappyRatio + 64)
      return fail(error, std::string("the ") + what +
                             " is not valid Snappy data");
    storage.resize(length);
    if (!snappy::RawUncompress(p, h.size, storage.data()))
      return fail(error, std::string("the ") + what +
                             " is not valid Snappy data");
    contents = storage;
    return true;
  }
  default:
    return fail(error, std::string("the ") + what +
                           " uses compression type " +
                           std::to_string(static_cast<uint8_t>(p[h.size])) +
                           "; TensorFlow checkpoints use none (0) or Snappy "
                           "(1)");
  }
}

/// Calls `visit` for each entry of a block. Keys increase strictly, also
/// across blocks: `last` is the previous block's last key (none if `first`)
/// and becomes this block's.
bool forEachEntry(llvm::StringRef block, const char *what, std::string &last,
                  bool first,
                  llvm::function_ref<bool(llvm::StringRef, llvm::StringRef)>
                      visit,
                  std::string &error) {
  std::string bad = std::string("the ") + what + " is malformed";
  if (block.size() < 4)
    return fail(error, bad);
  uint32_t restarts = loadU32(block.end() - 4);
  if (restarts == 0 || restarts > (block.size() - 4) / 4)
    return fail(error, bad);
  llvm::StringRef entries = block.drop_back(4 + 4 * uint64_t(restarts));
  std::string key; // prefixes never reach into the previous block
  bool haveLast = !first;
  while (!entries.empty()) {
    uint64_t shared, unshared, valueSize;
    if (!takeVarint(entries, shared, 5) || !takeVarint(entries, unshared, 5) ||
        !takeVarint(entries, valueSize, 5) || shared > key.size() ||
        unshared > entries.size() || valueSize > entries.size() - unshared)
      return fail(error, bad);
    key = key.substr(0, shared) + entries.take_front(unshared).str();
    if (haveLast && !(last < key))
      return fail(error, std::string("the ") + what +
                             " has keys out of order (corrupt file)");
    last = key;
    haveLast = true;
    llvm::StringRef value = entries.substr(unshared, valueSize);
    entries = entries.drop_front(unshared + valueSize);
    if (!visit(key, value))
      return false;
  }
  return true;
}

} // namespace

bool hasTableMagic(llvm::StringRef file) {
  if (file.size() < kFooterSize)
    return false;
  uint64_t magic;
  std::memcpy(&magic, file.end() - 8, 8);
  return magic == kMagic;
}

bool readTable(llvm::StringRef file,
               llvm::function_ref<bool(llvm::StringRef, llvm::StringRef)>
                   visit,
               std::string &error) {
  if (file.size() < kFooterSize)
    return fail(error, "the index file is too short (" +
                           std::to_string(file.size()) +
                           " bytes) to be a checkpoint index");
  if (!hasTableMagic(file))
    return fail(error, "the index file is not a checkpoint index (bad magic "
                       "number: truncated, or another kind of file)");
  llvm::StringRef footer = file.take_back(kFooterSize).drop_back(8);
  BlockHandle metaindex, index;
  if (!takeHandle(footer, metaindex) || !takeHandle(footer, index))
    return fail(error, "the index file's footer is malformed");

  std::string indexStorage;
  llvm::StringRef indexBlock;
  if (!readBlock(file, index, "index block", indexBlock, indexStorage, error))
    return false;
  // Data blocks come one after another, so each byte is inflated once.
  std::string lastHandleKey, lastKey;
  bool firstBlock = true;
  uint64_t nextOffset = 0;
  bool ok = forEachEntry(
      indexBlock, "index block", lastHandleKey, true,
      [&](llvm::StringRef, llvm::StringRef handleBytes) {
        BlockHandle h;
        if (!takeHandle(handleBytes, h))
          return fail(error, "the index block holds a malformed block handle");
        if (h.offset < nextOffset)
          return fail(error, "the index block's data blocks overlap (corrupt "
                             "file)");
        nextOffset = h.offset + h.size; // in the file: readBlock checks
        std::string storage;
        llvm::StringRef data;
        if (!readBlock(file, h, "data block", data, storage, error) ||
            !forEachEntry(data, "data block", lastKey, firstBlock, visit,
                          error))
          return false;
        firstBlock = false;
        return true;
      },
      error);
  return ok;
}

} // namespace scopec::params::detail

//===- Crc32c.h - CRC-32C (Castagnoli) as TensorFlow checkpoints use it ---===//
//
// Private to compiler/lib/Params. Checkpoint data shards carry a masked
// CRC-32C per tensor (docs/user-guide.md, "Weights files"). No Debian 12
// package ships a CRC-32C library (LevelDB keeps its own private), so this is
// ours: SSE4.2's crc32 instruction when the CPU has it, a byte table
// otherwise (about 20x slower; still faster than reading the file).
//
//===----------------------------------------------------------------------===//

#ifndef SCOPEC_LIB_PARAMS_CRC32C_H
#define SCOPEC_LIB_PARAMS_CRC32C_H

#include <cstddef>
#include <cstdint>

namespace scopec::params::detail {

/// CRC-32C of `data[0, size)` ("123456789" gives 0xe3069283).
uint32_t crc32c(const void *data, size_t size);

/// TensorFlow's (and LevelDB's) masking of stored checksums.
inline uint32_t unmaskCrc32c(uint32_t masked) {
  uint32_t rot = masked - 0xa282ead8u;
  return (rot >> 17) | (rot << 15);
}
inline uint32_t maskCrc32c(uint32_t crc) {
  return ((crc >> 15) | (crc << 17)) + 0xa282ead8u;
}

} // namespace scopec::params::detail

#endif // SCOPEC_LIB_PARAMS_CRC32C_H

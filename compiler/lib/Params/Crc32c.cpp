//===- Crc32c.cpp - CRC-32C (Castagnoli) ----------------------------------===//

#include "Crc32c.h"

#include <array>
#include <cstring>

namespace scopec::params::detail {

namespace {

constexpr uint32_t kPoly = 0x82f63b78u; // reflected Castagnoli polynomial

constexpr std::array<uint32_t, 256> makeTable() {
  std::array<uint32_t, 256> table{};
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t c = i;
    for (int k = 0; k < 8; ++k)
      c = (c & 1) ? (c >> 1) ^ kPoly : c >> 1;
    table[i] = c;
  }
  return table;
}

constexpr std::array<uint32_t, 256> kTable = makeTable();

uint32_t crcTable(uint32_t crc, const uint8_t *p, size_t n) {
  for (size_t i = 0; i < n; ++i)
    crc = kTable[(crc ^ p[i]) & 0xff] ^ (crc >> 8);
  return crc;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2"))) uint32_t crcHardware(uint32_t crc,
                                                        const uint8_t *p,
                                                        size_t n) {
  uint64_t c = crc;
  for (; n >= 8; n -= 8, p += 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    c = __builtin_ia32_crc32di(c, word);
  }
  uint32_t c32 = static_cast<uint32_t>(c);
  for (; n; --n, ++p)
    c32 = __builtin_ia32_crc32qi(c32, *p);
  return c32;
}

bool hasHardwareCrc() {
  static const bool has = __builtin_cpu_supports("sse4.2");
  return has;
}
#endif

} // namespace

uint32_t crc32c(const void *data, size_t size) {
  const auto *p = static_cast<const uint8_t *>(data);
#if defined(__x86_64__)
  if (hasHardwareCrc())
    return ~crcHardware(~0u, p, size);
#endif
  return ~crcTable(~0u, p, size);
}

} // namespace scopec::params::detail

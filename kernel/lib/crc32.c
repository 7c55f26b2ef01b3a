/* crc32.c — CRC-32 (IEEE 802.3, reflected, poly 0xEDB88320), zlib-compatible. */
#include "klib.h"

static uint32_t crc32_table[256];
static bool crc32_ready;

static void crc32_init(void) {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    crc32_table[i] = c;
  }
  crc32_ready = true;
}

uint32_t crc32_update(uint32_t crc, const void *buf, size_t n) {
  if (!crc32_ready) crc32_init();
  const uint8_t *p = buf;
  crc = ~crc;
  for (size_t i = 0; i < n; i++) crc = crc32_table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
  return ~crc;
}

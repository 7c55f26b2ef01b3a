/* Table-driven CRC-32 (zlib's) over 64 KiB of pseudo-random bytes. run() = the CRC as i32. */
#include "kjit.h"

#define LEN 65536
static u32 table[256];
static unsigned char buf[LEN];

KJIT_EXPORT(run) int run(void) {
    for (u32 n = 0; n < 256; n++) {
        u32 c = n;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    u32 x = 12345;
    for (int i = 0; i < LEN; i++) {
        x = x * 1103515245u + 12345u;
        buf[i] = (unsigned char)(x >> 24);
    }
    u32 crc = 0xFFFFFFFFu;
    for (int i = 0; i < LEN; i++) crc = table[(crc ^ buf[i]) & 0xFF] ^ (crc >> 8);
    return (int)(crc ^ 0xFFFFFFFFu);
}

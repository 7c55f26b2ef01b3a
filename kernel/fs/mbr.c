/* mbr.c — classic MBR partition table parsing. */
#include "mbr.h"

bool mbr_is_fat16_type(uint8_t type) { return type == 0x04 || type == 0x06 || type == 0x0E; }

static uint32_t rd32(const uint8_t *p) {
  return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

int mbr_parse(const uint8_t sector[512], uint64_t disk_sectors, struct mbr_partition out[4]) {
  if (sector[510] != 0x55 || sector[511] != 0xAA) return MBR_E_SIGNATURE;
  int n = 0;
  for (int i = 0; i < 4; i++) {
    const uint8_t *e = sector + 0x1BE + 16 * i;
    if (e[4] == 0) continue;
    if (e[0] != 0 && e[0] != 0x80) return MBR_E_ENTRY;
    uint32_t start = rd32(e + 8), len = rd32(e + 12);
    if (start == 0 || len == 0 || (uint64_t)start + len > disk_sectors) return MBR_E_ENTRY;
    out[n].type = e[4];
    out[n].bootable = e[0] == 0x80;
    out[n].lba_start = start;
    out[n].sectors = len;
    n++;
  }
  return n;
}

int mbr_read(struct blockdev *dev, struct mbr_partition out[4]) {
  uint8_t sector[512];
  if (blockdev_read(dev, 0, 1, sector) != 0) return MBR_E_IO;
  return mbr_parse(sector, dev->sectors, out);
}

const char *mbr_strerror(int err) {
  switch (err) {
  case MBR_E_IO: return "cannot read the MBR";
  case MBR_E_SIGNATURE: return "no 0x55AA boot signature";
  case MBR_E_ENTRY: return "partition entry out of range";
  default: return err >= 0 ? "ok" : "unknown MBR error";
  }
}

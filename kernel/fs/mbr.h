/* mbr.h — find partitions in a classic MBR partition table. Portable. */
#ifndef KJIT_MBR_H
#define KJIT_MBR_H

#include "../drivers/blockdev.h"

struct mbr_partition {
  uint8_t type;       /* partition type byte (0x04, 0x06, 0x0E = FAT16) */
  uint8_t bootable;   /* 1 when the active flag (0x80) is set */
  uint32_t lba_start; /* first sector */
  uint32_t sectors;   /* length in sectors */
};

enum mbr_error {
  MBR_E_IO = -1,        /* reading sector 0 failed */
  MBR_E_SIGNATURE = -2, /* no 0x55AA signature */
  MBR_E_ENTRY = -3,     /* an entry points past the disk end or has a bad flag */
};

/* Read sector 0 of `dev` and fill up to 4 primary partitions (type != 0).
 * Returns the number found (0..4) or a negative MBR_E_* code. */
int mbr_read(struct blockdev *dev, struct mbr_partition out[4]);

/* Parse an already read sector 0 (512 bytes); `disk_sectors` bounds entries. */
int mbr_parse(const uint8_t sector[512], uint64_t disk_sectors, struct mbr_partition out[4]);

/* True for the partition types FAT16 lives in (0x04, 0x06, 0x0E). */
bool mbr_is_fat16_type(uint8_t type);

const char *mbr_strerror(int err);

#endif

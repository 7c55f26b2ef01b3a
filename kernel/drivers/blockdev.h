/*
 * blockdev.h — a tiny 512-byte-sector block-device interface.
 *
 * Portable storage code (MBR, FAT16) works only through this interface, so the
 * same C builds into host test binaries with a file-backed device. Every
 * operation returns 0 on success or a negative BLK_E_* code.
 */
#ifndef KJIT_BLOCKDEV_H
#define KJIT_BLOCKDEV_H

#include "../lib/klib.h"

#define BLOCKDEV_SECTOR_SIZE 512u

enum blockdev_error {
  BLK_OK = 0,
  BLK_E_IO = -1,      /* the device reported an error (bad sector, ...) */
  BLK_E_RANGE = -2,   /* LBA range past the end of the device */
  BLK_E_TIMEOUT = -3, /* the device did not answer in time */
  BLK_E_NODEV = -4,   /* no such device / device gone */
  BLK_E_READONLY = -5,/* write to a read-only device */
  BLK_E_ARG = -6,     /* bad argument (NULL buffer, zero count, ...) */
};

struct blockdev {
  /* Read/write `count` sectors starting at `lba` into/from `buf`
   * (count * 512 bytes). Return 0 or a negative BLK_E_* code. */
  int (*read)(struct blockdev *dev, uint64_t lba, uint32_t count, void *buf);
  int (*write)(struct blockdev *dev, uint64_t lba, uint32_t count, const void *buf);
  uint64_t sectors; /* device size in sectors */
  const char *name; /* "hd0", "file", ... */
  void *ctx;        /* driver private data */
};

/* A short English text for a BLK_E_* code ("I/O error", ...). */
static inline const char *blockdev_strerror(int err) {
  switch (err) {
  case BLK_OK: return "ok";
  case BLK_E_IO: return "I/O error";
  case BLK_E_RANGE: return "LBA out of range";
  case BLK_E_TIMEOUT: return "device timeout";
  case BLK_E_NODEV: return "no such device";
  case BLK_E_READONLY: return "device is read-only";
  case BLK_E_ARG: return "bad argument";
  default: return "unknown block device error";
  }
}

/* Range-checked helpers: reject requests past the device end before calling
 * the driver. */
static inline int blockdev_read(struct blockdev *dev, uint64_t lba, uint32_t count, void *buf) {
  if (!dev || !dev->read) return BLK_E_NODEV;
  if (!buf || count == 0) return BLK_E_ARG;
  if (lba >= dev->sectors || count > dev->sectors - lba) return BLK_E_RANGE;
  return dev->read(dev, lba, count, buf);
}

static inline int blockdev_write(struct blockdev *dev, uint64_t lba, uint32_t count,
                                 const void *buf) {
  if (!dev || !dev->write) return dev ? BLK_E_READONLY : BLK_E_NODEV;
  if (!buf || count == 0) return BLK_E_ARG;
  if (lba >= dev->sectors || count > dev->sectors - lba) return BLK_E_RANGE;
  return dev->write(dev, lba, count, buf);
}

#endif

/*
 * fat16.h — a FAT16 file-system driver (read and write) over a blockdev.
 *
 * Portable: it includes only klib.h and blockdev.h, so the same code runs in
 * the kernel (ATA disks) and in host tests (file-backed devices). Every
 * function returns 0 (or a byte count) on success and a negative FAT16_E_*
 * code on failure; fat16_error_detail() then gives a message naming the path,
 * the cluster or the LBA involved. Nothing here allocates memory: a volume
 * is a caller-owned `struct fat16` with two 512-byte sector caches.
 *
 * Paths are absolute or relative to the root ("/a/b.txt", "a/b.txt"), use
 * '/' separators, and match case-insensitively (ASCII) against long (VFAT)
 * and 8.3 names. Long names are returned as UTF-8.
 */
#ifndef KJIT_FAT16_H
#define KJIT_FAT16_H

#include "../drivers/blockdev.h"

#define FAT16_NAME_MAX 256  /* bytes for one UTF-8 name, NUL included */
#define FAT16_PATH_MAX 1024 /* bytes for a full path, NUL included */
#define FAT16_MAX_DEPTH 16  /* deepest folder nesting fat16_walk follows */

enum fat16_error {
  FAT16_OK = 0,
  FAT16_E_IO = -1,       /* the block device failed (detail names the LBA) */
  FAT16_E_NOTFAT16 = -2, /* mount: the BPB is not a valid FAT16 volume */
  FAT16_E_NOTFOUND = -3, /* no such file or folder */
  FAT16_E_NOTDIR = -4,   /* a path component is a file */
  FAT16_E_ISDIR = -5,    /* the path is a folder */
  FAT16_E_CORRUPT = -6,  /* bad cluster chain, entry or size on disk */
  FAT16_E_NOSPACE = -7,  /* no free cluster left */
  FAT16_E_TOOBIG = -8,   /* the caller's buffer is smaller than the file */
  FAT16_E_EXISTS = -9,   /* mkdir: a file of that name exists */
  FAT16_E_NOTEMPTY = -10,/* delete of a folder that still has entries */
  FAT16_E_BADPATH = -11, /* empty, too long or invalid name */
  FAT16_E_DIRFULL = -12, /* the fixed-size root folder has no free slot */
  FAT16_E_ARG = -13,     /* bad argument */
};

/* fat16_write_file modes. */
#define FAT16_WRITE_TRUNC 0u  /* create, or replace the contents */
#define FAT16_WRITE_APPEND 1u /* create, or add to the end */
#define FAT16_WRITE_MKDIRS 2u /* flag: create missing parent folders */

/* File attributes (directory entry byte 11). */
#define FAT16_ATTR_READONLY 0x01u
#define FAT16_ATTR_HIDDEN 0x02u
#define FAT16_ATTR_SYSTEM 0x04u
#define FAT16_ATTR_VOLUME 0x08u
#define FAT16_ATTR_DIR 0x10u
#define FAT16_ATTR_ARCHIVE 0x20u

struct fat16 {
  struct blockdev *dev;
  uint64_t part_lba;      /* first sector of the volume on the device */
  uint32_t total_sectors; /* volume size in sectors */
  uint32_t spc;           /* sectors per cluster */
  uint32_t cluster_bytes;
  uint32_t num_fats;
  uint32_t fat_start; /* volume-relative LBA of FAT #0 */
  uint32_t fat_size;  /* sectors per FAT */
  uint32_t root_start, root_sectors, root_entries;
  uint32_t data_start;    /* volume-relative LBA of cluster 2 */
  uint32_t cluster_count; /* data clusters */
  uint32_t max_cluster;   /* first invalid cluster number (cluster_count + 2) */
  uint32_t alloc_hint;
  uint16_t clock_date, clock_time; /* timestamp written into entries */
  uint8_t media;
  char label[12];
  /* sector caches */
  uint8_t secbuf[512];
  uint32_t sec_lba;
  bool sec_valid;
  uint8_t fatbuf[512];
  uint32_t fat_sec; /* sector index inside a FAT */
  bool fat_valid, fat_dirty;
  int last_error;
  char errmsg[320];
};

/* What fat16_stat reports, and what fat16_list/fat16_walk pass per entry. */
struct fat16_entry {
  const char *name; /* long name if present, else 8.3 (UTF-8) */
  const char *path; /* full path from the root, "/a/b.txt" */
  uint32_t size;
  uint8_t attr;
  bool is_dir;
  uint16_t first_cluster;
  uint16_t wdate, wtime; /* FAT-encoded modification date and time */
};

/* Visit callback: return 0 to continue, anything else to stop (the walk then
 * returns that value). */
typedef int (*fat16_visit_fn)(void *arg, const struct fat16_entry *e);

/* A file opened for streaming reads. */
struct fat16_file {
  struct fat16 *fs;
  uint32_t size, pos;
  uint32_t clus_idx; /* index of `clus` in the chain */
  uint16_t first, clus;
  bool end_checked;
  char path[128];
};

/* Mount the FAT16 volume that starts at `part_lba` and is `part_sectors`
 * long (0: up to the device end). Validates the BPB and names the reason on
 * failure ("cluster count 3000: this is FAT12", "bytes per sector 1024"...). */
int fat16_mount(struct fat16 *fs, struct blockdev *dev, uint64_t part_lba, uint64_t part_sectors);
/* Mount a superfloppy (BPB in sector 0) or else the first FAT16 partition of
 * the MBR. */
int fat16_mount_auto(struct fat16 *fs, struct blockdev *dev);
/* Write back the cached FAT sector (all FAT copies). Write calls do it
 * themselves before returning; this exists for callers that want certainty. */
int fat16_sync(struct fat16 *fs);

int fat16_stat(struct fat16 *fs, const char *path, struct fat16_entry *out);
/* Read a whole file into buf. *len gets the file size (also when the result
 * is FAT16_E_TOOBIG because cap is smaller). */
int fat16_read_file(struct fat16 *fs, const char *path, void *buf, uint32_t cap, uint32_t *len);
int fat16_open(struct fat16 *fs, const char *path, struct fat16_file *f);
/* Read up to n bytes from the current position; returns the count (0 at the
 * end of the file) or a negative FAT16_E_* code. */
int32_t fat16_read(struct fat16_file *f, void *buf, uint32_t n);

/* Create, replace (FAT16_WRITE_TRUNC) or extend (FAT16_WRITE_APPEND) a file;
 * `| FAT16_WRITE_MKDIRS` creates missing parent folders. */
int fat16_write_file(struct fat16 *fs, const char *path, const void *data, uint32_t len,
                     unsigned mode);
/* Create a folder (and its parents when `parents`); existing folders are fine. */
int fat16_mkdir(struct fat16 *fs, const char *path, bool parents);
/* Delete a file or an empty folder: frees its clusters and marks its entries
 * (long-name entries included) 0xE5. */
int fat16_delete(struct fat16 *fs, const char *path);

/* Call cb for each entry of one folder ("." and ".." skipped). */
int fat16_list(struct fat16 *fs, const char *path, fat16_visit_fn cb, void *arg);
/* Call cb for every entry below a folder, recursively (a folder is reported
 * before its contents). */
int fat16_walk(struct fat16 *fs, const char *path, fat16_visit_fn cb, void *arg);

/* Set the timestamp written into new/changed entries (default 2026-01-01 12:00:00). */
void fat16_set_clock(struct fat16 *fs, unsigned year, unsigned month, unsigned day, unsigned hour,
                     unsigned minute, unsigned second);

const char *fat16_strerror(int err);
/* The message of the last error on this volume, naming path/LBA/cluster. */
const char *fat16_error_detail(const struct fat16 *fs);

#endif

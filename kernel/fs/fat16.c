/*
 * fat16.c — FAT16 read/write driver over a blockdev. See fat16.h.
 *
 * Layout reminders: a volume is [reserved][FAT x num_fats][root dir][data].
 * FAT entries are 16-bit: 0 free, 2..max-1 next cluster, 0xFFF7 bad,
 * >= 0xFFF8 end of chain. Directory entries are 32 bytes; VFAT long names are
 * stored in attr-0x0F entries placed (in reverse order) before the 8.3 entry.
 */
#include "fat16.h"

#include "mbr.h"

#ifdef KJIT_HOST
#define kvsnprintf vsnprintf
#endif

#define FAT_BAD 0xFFF7u
#define FAT_EOC_MIN 0xFFF8u
#define FAT_EOC 0xFFFFu
#define ATTR_LFN 0x0Fu
#define LFN_MAX_SLOTS 20
#define LFN_MAX_CHARS 255

/* ---- little helpers ---------------------------------------------------- */

static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | (p[1] << 8)); }
static uint32_t rd32(const uint8_t *p) {
  return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}
static void wr16(uint8_t *p, uint16_t v) {
  p[0] = (uint8_t)v;
  p[1] = (uint8_t)(v >> 8);
}
static void wr32(uint8_t *p, uint32_t v) {
  for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> (8 * i));
}
static char up(char c) { return (c >= 'a' && c <= 'z') ? (char)(c - 32) : c; }
static char low(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c; }

static bool name_eq_ci(const char *a, size_t an, const char *b) {
  size_t bn = strlen(b);
  if (an != bn) return false;
  for (size_t i = 0; i < an; i++)
    if (up(a[i]) != up(b[i])) return false;
  return true;
}

static int set_err(struct fat16 *fs, int code, const char *fmt, ...) KJIT_PRINTF(3, 4);
static int set_err(struct fat16 *fs, int code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  kvsnprintf(fs->errmsg, sizeof fs->errmsg, fmt, ap);
  va_end(ap);
  fs->last_error = code;
  return code;
}

/* Prefix the current error message with "path: ". */
static int err_path(struct fat16 *fs, const char *path, int code) {
  if (code >= 0) return code;
  char tmp[sizeof fs->errmsg];
  memcpy(tmp, fs->errmsg, sizeof tmp);
  tmp[sizeof tmp - 1] = 0;
  int n = ksnprintf(fs->errmsg, sizeof fs->errmsg, "%s: %s", path && *path ? path : "/", tmp);
  if (n >= (int)sizeof fs->errmsg) fs->errmsg[sizeof fs->errmsg - 2] = '~';
  return code;
}

/* ---- sector I/O and caches --------------------------------------------- */

static int vol_read(struct fat16 *fs, uint32_t lba, uint32_t count, void *buf) {
  if ((uint64_t)lba + count > fs->total_sectors)
    return set_err(fs, FAT16_E_CORRUPT, "sector %u past the volume end (%u sectors)", lba,
                   fs->total_sectors);
  int r = blockdev_read(fs->dev, fs->part_lba + lba, count, buf);
  if (r == 0) return 0;
  uint32_t bad = lba;
  if (count > 1 && r == BLK_E_IO) {
    /* Find the failing sector so the message names it. */
    for (uint32_t i = 0; i < count; i++) {
      int r1 = blockdev_read(fs->dev, fs->part_lba + lba + i, 1, (uint8_t *)buf + 512 * i);
      if (r1) {
        bad = lba + i;
        r = r1;
        break;
      }
    }
  }
  return set_err(fs, FAT16_E_IO, "read error at LBA %llu on %s: %s",
                 (unsigned long long)(fs->part_lba + bad), fs->dev->name, blockdev_strerror(r));
}

static int vol_write(struct fat16 *fs, uint32_t lba, uint32_t count, const void *buf) {
  if ((uint64_t)lba + count > fs->total_sectors)
    return set_err(fs, FAT16_E_CORRUPT, "write of sector %u past the volume end", lba);
  if (buf != fs->secbuf && fs->sec_valid && fs->sec_lba >= lba && fs->sec_lba < lba + count)
    fs->sec_valid = false;
  int r = blockdev_write(fs->dev, fs->part_lba + lba, count, buf);
  if (r)
    return set_err(fs, FAT16_E_IO, "write error at LBA %llu (%u sectors) on %s: %s",
                   (unsigned long long)(fs->part_lba + lba), count, fs->dev->name,
                   blockdev_strerror(r));
  return 0;
}

static int sec_load(struct fat16 *fs, uint32_t lba) {
  if (fs->sec_valid && fs->sec_lba == lba) return 0;
  fs->sec_valid = false;
  int r = vol_read(fs, lba, 1, fs->secbuf);
  if (r) return r;
  fs->sec_lba = lba;
  fs->sec_valid = true;
  return 0;
}

static int sec_store(struct fat16 *fs) { return vol_write(fs, fs->sec_lba, 1, fs->secbuf); }

static int fat_flush(struct fat16 *fs) {
  if (!fs->fat_dirty) return 0;
  for (uint32_t k = 0; k < fs->num_fats; k++) {
    int r = vol_write(fs, fs->fat_start + k * fs->fat_size + fs->fat_sec, 1, fs->fatbuf);
    if (r) return r;
  }
  fs->fat_dirty = false;
  return 0;
}

int fat16_sync(struct fat16 *fs) { return fat_flush(fs); }

static int fat_load(struct fat16 *fs, uint32_t sec) {
  if (fs->fat_valid && fs->fat_sec == sec) return 0;
  int r = fat_flush(fs);
  if (r) return r;
  fs->fat_valid = false;
  /* Read FAT #0; when that sector is unreadable fall back to the copies. */
  for (uint32_t k = 0; k < fs->num_fats; k++) {
    r = vol_read(fs, fs->fat_start + k * fs->fat_size + sec, 1, fs->fatbuf);
    if (r == 0) {
      fs->fat_sec = sec;
      fs->fat_valid = true;
      return 0;
    }
  }
  return r;
}

static int fat_get(struct fat16 *fs, uint32_t c, uint16_t *v) {
  int r = fat_load(fs, c / 256);
  if (r) return r;
  *v = rd16(fs->fatbuf + (c % 256) * 2);
  return 0;
}

static int fat_set(struct fat16 *fs, uint32_t c, uint16_t v) {
  int r = fat_load(fs, c / 256);
  if (r) return r;
  wr16(fs->fatbuf + (c % 256) * 2, v);
  fs->fat_dirty = true;
  return 0;
}

static bool clus_ok(const struct fat16 *fs, uint32_t c) { return c >= 2 && c < fs->max_cluster; }
static uint32_t clus_lba(const struct fat16 *fs, uint32_t c) {
  return fs->data_start + (c - 2) * fs->spc;
}

/* Follow one link. Returns 0 with *next set, 1 at the end of the chain, or
 * an error for bad/free/out-of-range links. */
static int next_clus(struct fat16 *fs, uint16_t c, uint16_t *next) {
  uint16_t v;
  int r = fat_get(fs, c, &v);
  if (r) return r;
  if (v >= FAT_EOC_MIN) return 1;
  if (v == FAT_BAD)
    return set_err(fs, FAT16_E_CORRUPT, "cluster chain hits a bad cluster (0xFFF7) after %u", c);
  if (v < 2)
    return set_err(fs, FAT16_E_CORRUPT, "cluster chain runs into %s cluster entry after %u",
                   v == 0 ? "a free" : "a reserved", c);
  if (v >= fs->max_cluster)
    return set_err(fs, FAT16_E_CORRUPT, "cluster %u out of range (2..%u) after %u", v,
                   fs->max_cluster - 1, c);
  *next = v;
  return 0;
}

/* ---- mounting ------------------------------------------------------------ */

void fat16_set_clock(struct fat16 *fs, unsigned year, unsigned month, unsigned day,
                     unsigned hour, unsigned minute, unsigned second) {
  fs->clock_date = (uint16_t)(((year - 1980) << 9) | (month << 5) | day);
  fs->clock_time = (uint16_t)((hour << 11) | (minute << 5) | (second / 2));
}

int fat16_mount(struct fat16 *fs, struct blockdev *dev, uint64_t part_lba,
                uint64_t part_sectors) {
  memset(fs, 0, sizeof *fs);
  fs->dev = dev;
  fs->part_lba = part_lba;
  fat16_set_clock(fs, 2026, 1, 1, 12, 0, 0);
  if (!dev) return set_err(fs, FAT16_E_ARG, "no device");
  if (part_lba >= dev->sectors)
    return set_err(fs, FAT16_E_NOTFAT16, "partition start %llu past the device end",
                   (unsigned long long)part_lba);
  uint64_t avail = dev->sectors - part_lba;
  if (part_sectors == 0 || part_sectors > avail) part_sectors = avail;
  fs->total_sectors = 1; /* so vol_read can read the boot sector */
  int r = vol_read(fs, 0, 1, fs->secbuf);
  if (r) return r;
  const uint8_t *b = fs->secbuf;
#define BAD(...) set_err(fs, FAT16_E_NOTFAT16, "not a FAT16 volume: " __VA_ARGS__)
  if (b[510] != 0x55 || b[511] != 0xAA) return BAD("no 0x55AA boot signature");
  uint32_t bps = rd16(b + 11), spc = b[13], reserved = rd16(b + 14), nfats = b[16];
  uint32_t root_entries = rd16(b + 17), tot16 = rd16(b + 19), fatsz = rd16(b + 22);
  uint32_t tot32 = rd32(b + 32);
  if (bps != 512) return BAD("bytes per sector %u (only 512 is supported)", bps);
  if (spc == 0 || (spc & (spc - 1)) != 0)
    return BAD("sectors per cluster %u is not a power of two", spc);
  if (reserved == 0) return BAD("zero reserved sectors");
  if (nfats == 0) return BAD("zero FATs");
  if (root_entries == 0) return BAD("root entry count 0 (FAT32?)");
  if (fatsz == 0) return BAD("sectors per FAT is 0 (FAT32?)");
  uint32_t total = tot16 ? tot16 : tot32;
  if (total == 0) return BAD("total sector count 0");
  if (total > part_sectors)
    return BAD("volume of %u sectors is larger than its partition/device (%llu sectors)", total,
               (unsigned long long)part_sectors);
  uint32_t root_sectors = (root_entries * 32 + 511) / 512;
  uint64_t meta = (uint64_t)reserved + (uint64_t)nfats * fatsz + root_sectors;
  if (meta >= total) return BAD("FATs and root folder (%llu sectors) fill the whole volume",
                                (unsigned long long)meta);
  uint32_t clusters = (uint32_t)((total - meta) / spc);
  if (clusters < 4085) return BAD("cluster count %u is FAT12 territory (< 4085)", clusters);
  if (clusters > 65524) return BAD("cluster count %u is FAT32 territory (> 65524)", clusters);
  if ((uint64_t)fatsz * 256 < (uint64_t)clusters + 2)
    return BAD("FAT of %u sectors is too small for %u clusters", fatsz, clusters);
#undef BAD
  fs->media = b[21];
  fs->spc = spc;
  fs->cluster_bytes = spc * 512;
  fs->num_fats = nfats;
  fs->fat_start = reserved;
  fs->fat_size = fatsz;
  fs->root_start = reserved + nfats * fatsz;
  fs->root_sectors = root_sectors;
  fs->root_entries = root_entries;
  fs->data_start = (uint32_t)meta;
  fs->cluster_count = clusters;
  fs->max_cluster = clusters + 2;
  fs->total_sectors = total;
  fs->alloc_hint = 2;
  memset(fs->label, 0, sizeof fs->label);
  if (b[38] == 0x29) memcpy(fs->label, b + 43, 11);
  /* Every FAT copy starts with FAT[0] = 0xFF00 | media and FAT[1] = 0xFFFF
   * (bits 15/14 may be cleared as clean/error flags). A mismatch means the
   * BPB points the regions to the wrong places. Unreadable copies are left
   * to the read path, which falls back to another copy. */
  for (uint32_t k = 0; k < nfats; k++) {
    if (vol_read(fs, fs->fat_start + k * fatsz, 1, fs->secbuf)) continue;
    uint16_t f0 = rd16(fs->secbuf), f1 = rd16(fs->secbuf + 2);
    if ((f0 & 0xFF) != fs->media || (f0 >> 8) != 0xFF || (f1 & 0x3FFF) != 0x3FFF)
      return set_err(fs, FAT16_E_NOTFAT16,
                     "not a FAT16 volume: FAT #%u starts with %04x %04x, not the media "
                     "mark ff%02x ffff (bad reserved/FAT size/FAT count?)",
                     k, f0, f1, fs->media);
  }
  fs->last_error = 0;
  fs->errmsg[0] = 0;
  fs->sec_valid = false;
  fs->last_error = 0;
  fs->errmsg[0] = 0;
  return 0;
}

/* A cheap test whether sector 0 looks like a FAT boot sector (superfloppy). */
static bool looks_like_bpb(const uint8_t *b) {
  uint32_t spc = b[13];
  return (b[0] == 0xEB || b[0] == 0xE9) && rd16(b + 11) == 512 && spc != 0 &&
         (spc & (spc - 1)) == 0 && rd16(b + 14) != 0 && b[16] != 0 && rd16(b + 17) != 0;
}

int fat16_mount_auto(struct fat16 *fs, struct blockdev *dev) {
  uint8_t sector[512];
  memset(fs, 0, sizeof *fs);
  fs->dev = dev;
  if (!dev) return set_err(fs, FAT16_E_ARG, "no device");
  int r = blockdev_read(dev, 0, 1, sector);
  if (r)
    return set_err(fs, FAT16_E_IO, "read error at LBA 0 on %s: %s", dev->name,
                   blockdev_strerror(r));
  bool bpb = looks_like_bpb(sector);
  if (bpb && fat16_mount(fs, dev, 0, 0) == 0) return 0;
  struct mbr_partition parts[4];
  int n = mbr_parse(sector, dev->sectors, parts);
  bool tried = false;
  for (int i = 0; i < n; i++) {
    if (!mbr_is_fat16_type(parts[i].type)) continue;
    tried = true;
    r = fat16_mount(fs, dev, parts[i].lba_start, parts[i].sectors);
    if (r == 0) return 0;
  }
  if (tried && !bpb) return fs->last_error;
  /* No usable partition: report why sector 0 is not a FAT16 volume. */
  r = fat16_mount(fs, dev, 0, 0);
  if (r == 0) return 0;
  if (!bpb && n < 0) {
    char msg[sizeof fs->errmsg];
    memcpy(msg, fs->errmsg, sizeof msg);
    msg[sizeof msg - 1] = 0;
    set_err(fs, r, "%s: no MBR (%s) and %s", dev->name, mbr_strerror(n), msg);
  }
  return r;
}

/* ---- directory iteration ----------------------------------------------- */

struct dir_iter {
  uint16_t first; /* 0: the fixed root folder */
  uint16_t clus;
  uint32_t idx;
  uint32_t hops;
};

static void dir_iter_init(struct dir_iter *it, uint16_t first) {
  it->first = first;
  it->clus = first;
  it->idx = 0;
  it->hops = 0;
}

/* Next raw 32-byte slot. Returns 1 (slot copied to e, location in lba/off),
 * 0 at the end of the folder's storage, or an error. */
static int dir_next_raw(struct fat16 *fs, struct dir_iter *it, uint8_t e[32], uint32_t *lba,
                        uint16_t *off) {
  uint32_t l;
  if (it->first == 0) {
    if (it->idx >= fs->root_entries) return 0;
    l = fs->root_start + it->idx / 16;
  } else {
    uint32_t epc = fs->spc * 16;
    if (it->idx > 0 && it->idx % epc == 0) {
      uint16_t nx;
      int r = next_clus(fs, it->clus, &nx);
      if (r < 0) return r;
      if (r == 1) return 0;
      if (++it->hops >= fs->cluster_count)
        return set_err(fs, FAT16_E_CORRUPT, "folder cluster chain loops (from cluster %u)",
                       it->first);
      it->clus = nx;
    }
    l = clus_lba(fs, it->clus) + (it->idx % epc) / 16;
  }
  int r = sec_load(fs, l);
  if (r) return r;
  uint16_t o = (uint16_t)((it->idx % 16) * 32);
  memcpy(e, fs->secbuf + o, 32);
  *lba = l;
  *off = o;
  it->idx++;
  return 1;
}

/* A decoded folder entry plus where its slots live on disk. */
struct dirent_x {
  char name[FAT16_NAME_MAX];
  char sname[13];
  uint8_t raw[32];
  uint8_t attr;
  uint16_t first;
  uint32_t size;
  uint8_t nslots;
  uint32_t slot_lba[LFN_MAX_SLOTS + 1];
  uint16_t slot_off[LFN_MAX_SLOTS + 1];
  uint16_t lfn[LFN_MAX_SLOTS * 13 + 1];
};

static uint8_t lfn_checksum(const uint8_t *name11) {
  uint8_t s = 0;
  for (int i = 0; i < 11; i++) s = (uint8_t)(((s & 1) << 7) + (s >> 1) + name11[i]);
  return s;
}

static const uint8_t lfn_pos[13] = {1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30};

static void short_to_str(const uint8_t *e, char out[13]) {
  int n = 0;
  uint8_t nt = e[12];
  for (int i = 0; i < 8; i++) {
    char c = (char)e[i];
    if (i == 0 && e[0] == 0x05) c = (char)0xE5;
    if (c == ' ') break;
    out[n++] = (nt & 0x08) ? low(c) : c;
  }
  if (e[8] != ' ') {
    out[n++] = '.';
    for (int i = 8; i < 11 && e[i] != ' '; i++) out[n++] = (nt & 0x10) ? low((char)e[i]) : (char)e[i];
  }
  out[n] = 0;
}

/* UCS-2 long name → UTF-8; false if it does not fit or holds '/' or controls. */
static bool lfn_to_utf8(const uint16_t *u, int max, char *out, size_t cap) {
  size_t n = 0;
  int i;
  for (i = 0; i < max && u[i] != 0; i++) {
    uint16_t c = u[i];
    if (c < 0x20 || c == '/' || c == 0xFFFF) return false;
    if (c < 0x80) {
      if (n + 1 >= cap) return false;
      out[n++] = (char)c;
    } else if (c < 0x800) {
      if (n + 2 >= cap) return false;
      out[n++] = (char)(0xC0 | (c >> 6));
      out[n++] = (char)(0x80 | (c & 0x3F));
    } else {
      if (n + 3 >= cap) return false;
      out[n++] = (char)(0xE0 | (c >> 12));
      out[n++] = (char)(0x80 | ((c >> 6) & 0x3F));
      out[n++] = (char)(0x80 | (c & 0x3F));
    }
  }
  if (i == 0) return false;
  out[n] = 0;
  return true;
}

/* Read the next live entry (deleted slots and volume labels skipped, "." and
 * ".." included). Returns 1, 0 at the end of the folder, or an error. */
static int dir_read_entry(struct fat16 *fs, struct dir_iter *it, struct dirent_x *d) {
  int expect = 0, count = 0;
  bool ready = false;
  uint8_t chk = 0;
  d->nslots = 0;
  for (;;) {
    uint8_t e[32];
    uint32_t lba;
    uint16_t off;
    int r = dir_next_raw(fs, it, e, &lba, &off);
    if (r <= 0) return r;
    if (e[0] == 0x00) return 0;
    if (e[0] == 0xE5) {
      expect = 0;
      ready = false;
      d->nslots = 0;
      continue;
    }
    if ((e[11] & 0x3F) == ATTR_LFN) {
      int seq = e[0] & 0x1F;
      if (e[0] & 0x40) {
        ready = false;
        d->nslots = 0;
        if (seq < 1 || seq > LFN_MAX_SLOTS) {
          expect = 0;
          continue;
        }
        count = seq;
        expect = seq;
        chk = e[13];
        for (int i = 0; i <= LFN_MAX_SLOTS * 13; i++) d->lfn[i] = 0;
      } else if (expect == 0 || seq != expect || e[13] != chk) {
        expect = 0;
        ready = false;
        d->nslots = 0;
        continue;
      }
      for (int k = 0; k < 13; k++) d->lfn[(seq - 1) * 13 + k] = rd16(e + lfn_pos[k]);
      d->slot_lba[d->nslots] = lba;
      d->slot_off[d->nslots] = off;
      d->nslots++;
      expect = seq - 1;
      ready = seq == 1;
      continue;
    }
    if (e[11] & FAT16_ATTR_VOLUME) {
      expect = 0;
      ready = false;
      d->nslots = 0;
      continue;
    }
    bool use_lfn = ready && lfn_checksum(e) == chk &&
                   lfn_to_utf8(d->lfn, count * 13, d->name, sizeof d->name);
    if (!use_lfn) d->nslots = 0;
    d->slot_lba[d->nslots] = lba;
    d->slot_off[d->nslots] = off;
    d->nslots++;
    memcpy(d->raw, e, 32);
    short_to_str(e, d->sname);
    if (!use_lfn) memcpy(d->name, d->sname, sizeof d->sname);
    d->attr = e[11];
    d->first = rd16(e + 26);
    d->size = rd32(e + 28);
    return 1;
  }
}

static bool is_dot(const struct dirent_x *d) { return d->raw[0] == '.'; }

/* Find `name` (n bytes) in folder `dir`. Returns 1 found, 0 not, or error. */
static int dir_find(struct fat16 *fs, uint16_t dir, const char *name, size_t n,
                    struct dirent_x *d) {
  struct dir_iter it;
  dir_iter_init(&it, dir);
  for (;;) {
    int r = dir_read_entry(fs, &it, d);
    if (r <= 0) return r;
    if (name_eq_ci(name, n, d->name) || name_eq_ci(name, n, d->sname)) return 1;
  }
}

/* Validate a folder entry's cluster before descending into it. */
static int check_dir_cluster(struct fat16 *fs, const struct dirent_x *d) {
  if (d->nslots == 0) return 0; /* the root */
  if (is_dot(d) && d->first == 0) return 0; /* ".." of a first-level folder: the root */
  if (!clus_ok(fs, d->first))
    return set_err(fs, FAT16_E_CORRUPT, "folder '%s' has first cluster %u (valid 2..%u)",
                   d->name, d->first, fs->max_cluster - 1);
  return 0;
}

/* Path components: skip separators, return the next one. */
static const char *next_comp(const char *p, size_t *n) {
  while (*p == '/') p++;
  const char *s = p;
  while (*p && *p != '/') p++;
  *n = (size_t)(p - s);
  return s;
}

static void root_entry(struct dirent_x *d) {
  memset(d->raw, 0, sizeof d->raw);
  d->name[0] = 0;
  d->sname[0] = 0;
  d->attr = FAT16_ATTR_DIR;
  d->first = 0;
  d->size = 0;
  d->nslots = 0;
}

/* Resolve a path to its entry. The root is a synthetic folder entry with
 * nslots 0 and first cluster 0. */
static int resolve(struct fat16 *fs, const char *path, struct dirent_x *d) {
  if (!path) return set_err(fs, FAT16_E_ARG, "NULL path");
  root_entry(d);
  const char *p = path;
  for (;;) {
    size_t n;
    const char *c = next_comp(p, &n);
    if (n == 0) return 0;
    p = c + n;
    if (n >= FAT16_NAME_MAX) return set_err(fs, FAT16_E_BADPATH, "name too long");
    if (!(d->attr & FAT16_ATTR_DIR)) return set_err(fs, FAT16_E_NOTDIR, "'%s' is not a folder", d->name);
    if (n == 1 && c[0] == '.') continue;
    int r = check_dir_cluster(fs, d);
    if (r) return r;
    r = dir_find(fs, d->first, c, n, d);
    if (r < 0) return r;
    if (r == 0) return set_err(fs, FAT16_E_NOTFOUND, "not found");
  }
}

/* ---- reading ------------------------------------------------------------ */

static void fill_entry(const struct dirent_x *d, const char *path, struct fat16_entry *out) {
  out->name = d->name;
  out->path = path;
  out->size = (d->attr & FAT16_ATTR_DIR) ? 0 : d->size;
  out->attr = d->attr;
  out->is_dir = (d->attr & FAT16_ATTR_DIR) != 0;
  out->first_cluster = d->first;
  out->wtime = rd16(d->raw + 22);
  out->wdate = rd16(d->raw + 24);
}

int fat16_stat(struct fat16 *fs, const char *path, struct fat16_entry *out) {
  struct dirent_x d;
  int r = resolve(fs, path, &d);
  if (r) return err_path(fs, path, r);
  fill_entry(&d, path, out);
  out->name = path; /* d dies with this frame */
  return 0;
}

static int open_entry(struct fat16 *fs, const char *path, const struct dirent_x *d,
                      struct fat16_file *f) {
  memset(f, 0, sizeof *f);
  f->fs = fs;
  size_t pl = strlen(path);
  if (pl >= sizeof f->path) pl = sizeof f->path - 1;
  memcpy(f->path, path, pl);
  f->path[pl] = 0;
  if (d->attr & FAT16_ATTR_DIR) return set_err(fs, FAT16_E_ISDIR, "is a folder");
  f->size = d->size;
  f->first = d->first;
  f->clus = d->first;
  if (f->size == 0) return 0;
  if ((uint64_t)f->size > (uint64_t)fs->cluster_count * fs->cluster_bytes)
    return set_err(fs, FAT16_E_CORRUPT, "file size %u exceeds the volume's data area", f->size);
  if (!clus_ok(fs, f->first))
    return set_err(fs, FAT16_E_CORRUPT, "first cluster %u out of range (2..%u)", f->first,
                   fs->max_cluster - 1);
  return 0;
}

int fat16_open(struct fat16 *fs, const char *path, struct fat16_file *f) {
  struct dirent_x d;
  int r = resolve(fs, path, &d);
  if (r == 0) r = open_entry(fs, path, &d, f);
  return err_path(fs, path, r);
}

static int read_fail(struct fat16_file *f, int r) { return err_path(f->fs, f->path, r); }

int32_t fat16_read(struct fat16_file *f, void *buf, uint32_t n) {
  struct fat16 *fs = f->fs;
  uint8_t *out = buf;
  uint32_t done = 0, cb = fs->cluster_bytes;
  if (n > 0x7FFFFFFFu) n = 0x7FFFFFFFu;
  while (done < n && f->pos < f->size) {
    /* Move to the cluster that holds f->pos. */
    if (f->pos / cb != f->clus_idx) {
      uint16_t nx;
      int r = next_clus(fs, f->clus, &nx);
      if (r == 1)
        r = set_err(fs, FAT16_E_CORRUPT,
                    "cluster chain ends after %u clusters, file size %u needs %u", f->clus_idx + 1,
                    f->size, (f->size + cb - 1) / cb);
      if (r) return read_fail(f, r);
      f->clus = nx;
      f->clus_idx++;
    }
    uint32_t off = f->pos % cb;
    uint32_t want = n - done, left = f->size - f->pos;
    if (want > left) want = left;
    uint32_t chunk = cb - off < want ? cb - off : want;
    if (off % 512 == 0 && chunk >= 512) {
      /* Whole sectors straight into the caller's buffer; extend the run over
       * physically consecutive clusters. */
      uint32_t bytes = chunk & ~511u;
      uint32_t lba = clus_lba(fs, f->clus) + off / 512;
      if (bytes == cb - off) {
        while (want - bytes >= cb && bytes / 512 + fs->spc <= 256) {
          uint16_t nx;
          int r = next_clus(fs, f->clus, &nx);
          if (r < 0) return read_fail(f, r);
          if (r == 1 || nx != f->clus + 1) break;
          f->clus = nx;
          f->clus_idx++;
          bytes += cb;
        }
      }
      int r = vol_read(fs, lba, bytes / 512, out + done);
      if (r) return read_fail(f, r);
      done += bytes;
      f->pos += bytes;
    } else {
      uint32_t so = off % 512;
      uint32_t take = 512 - so < chunk ? 512 - so : chunk;
      int r = sec_load(fs, clus_lba(fs, f->clus) + off / 512);
      if (r) return read_fail(f, r);
      memcpy(out + done, fs->secbuf + so, take);
      done += take;
      f->pos += take;
    }
  }
  if (f->pos == f->size && f->size > 0 && !f->end_checked) {
    uint16_t nx;
    int r = next_clus(fs, f->clus, &nx);
    if (r < 0) return read_fail(f, r);
    if (r == 0)
      return read_fail(f, set_err(fs, FAT16_E_CORRUPT,
                                  "cluster chain longer than the file size %u (loop?)", f->size));
    f->end_checked = true;
  }
  return (int32_t)done;
}

int fat16_read_file(struct fat16 *fs, const char *path, void *buf, uint32_t cap,
                    uint32_t *len) {
  struct fat16_file f;
  int r = fat16_open(fs, path, &f);
  if (len) *len = r == 0 ? f.size : 0;
  if (r) return r;
  if (f.size > cap)
    return err_path(fs, path,
                    set_err(fs, FAT16_E_TOOBIG, "file of %u bytes does not fit in %u", f.size, cap));
  int32_t got = fat16_read(&f, buf, f.size);
  if (got < 0) return got;
  if ((uint32_t)got != f.size)
    return err_path(fs, path, set_err(fs, FAT16_E_CORRUPT, "short read"));
  return 0;
}

/* ---- walking -------------------------------------------------------------- */

struct walk_ctx {
  struct fat16 *fs;
  fat16_visit_fn cb;
  void *arg;
  char path[FAT16_PATH_MAX];
  struct dirent_x d;
  int max_depth;
};

static int walk_dir(struct walk_ctx *w, uint16_t dir, size_t plen, int depth) {
  struct fat16 *fs = w->fs;
  struct dir_iter it;
  dir_iter_init(&it, dir);
  for (;;) {
    int r = dir_read_entry(fs, &it, &w->d);
    if (r < 0) return r;
    if (r == 0) return 0;
    if (is_dot(&w->d)) continue;
    size_t nl = strlen(w->d.name);
    if (plen + 1 + nl + 1 > sizeof w->path)
      return set_err(fs, FAT16_E_BADPATH, "path too long below %s", w->path);
    w->path[plen] = '/';
    memcpy(w->path + plen + 1, w->d.name, nl + 1);
    struct fat16_entry e;
    fill_entry(&w->d, w->path, &e);
    uint16_t sub = w->d.first;
    bool is_dir = e.is_dir;
    if (is_dir && !clus_ok(fs, sub))
      return set_err(fs, FAT16_E_CORRUPT, "folder %s has first cluster %u (valid 2..%u)",
                     w->path, sub, fs->max_cluster - 1);
    r = w->cb(w->arg, &e);
    if (r) return r;
    if (is_dir && depth < w->max_depth) {
      if (depth + 1 >= FAT16_MAX_DEPTH)
        return set_err(fs, FAT16_E_CORRUPT, "folders nested deeper than %d at %s (loop?)",
                       FAT16_MAX_DEPTH, w->path);
      r = walk_dir(w, sub, plen + 1 + nl, depth + 1);
      if (r) return r;
    }
    w->path[plen] = 0;
  }
}

static int walk(struct fat16 *fs, const char *path, fat16_visit_fn cb, void *arg, int max_depth) {
  struct walk_ctx local;
  struct walk_ctx *w = &local;
  w->fs = fs;
  w->cb = cb;
  w->arg = arg;
  w->max_depth = max_depth;
  int r = resolve(fs, path, &w->d);
  if (r) return err_path(fs, path, r);
  if (!(w->d.attr & FAT16_ATTR_DIR))
    return err_path(fs, path, set_err(fs, FAT16_E_NOTDIR, "not a folder"));
  r = check_dir_cluster(fs, &w->d);
  if (r) return err_path(fs, path, r);
  /* Normalised prefix: "" for the root, "/a/b" otherwise. */
  size_t plen = 0;
  const char *p = path;
  for (;;) {
    size_t n;
    const char *c = next_comp(p, &n);
    if (n == 0) break;
    p = c + n;
    if (n == 1 && c[0] == '.') continue;
    if (plen + 1 + n + 1 > sizeof w->path) return set_err(fs, FAT16_E_BADPATH, "path too long");
    w->path[plen++] = '/';
    memcpy(w->path + plen, c, n);
    plen += n;
  }
  w->path[plen] = 0;
  return walk_dir(w, w->d.first, plen, 0);
}

int fat16_list(struct fat16 *fs, const char *path, fat16_visit_fn cb, void *arg) {
  return walk(fs, path, cb, arg, 0);
}

int fat16_walk(struct fat16 *fs, const char *path, fat16_visit_fn cb, void *arg) {
  return walk(fs, path, cb, arg, FAT16_MAX_DEPTH);
}

/* ---- allocation ------------------------------------------------------------ */

static int alloc_cluster(struct fat16 *fs, uint16_t *out) {
  for (uint32_t i = 0; i < fs->cluster_count; i++) {
    uint32_t c = 2 + (fs->alloc_hint - 2 + i) % fs->cluster_count;
    uint16_t v;
    int r = fat_get(fs, c, &v);
    if (r) return r;
    if (v == 0) {
      r = fat_set(fs, c, FAT_EOC);
      if (r) return r;
      fs->alloc_hint = c + 1 < fs->max_cluster ? c + 1 : 2;
      *out = (uint16_t)c;
      return 0;
    }
  }
  return set_err(fs, FAT16_E_NOSPACE, "no free cluster left on the volume");
}

/* Free a chain; stops quietly at the first link that is not a valid cluster. */
static int free_chain(struct fat16 *fs, uint16_t c) {
  uint32_t steps = 0;
  while (clus_ok(fs, c)) {
    uint16_t v;
    int r = fat_get(fs, c, &v);
    if (r) return r;
    if (v == 0) break; /* already free: a cross-link or loop we already walked */
    r = fat_set(fs, c, 0);
    if (r) return r;
    if (++steps > fs->cluster_count) break;
    c = v;
  }
  return 0;
}

/* Write n bytes at byte offset off of cluster c (off + n <= cluster size). */
static int write_in_cluster(struct fat16 *fs, uint16_t c, uint32_t off, const uint8_t *data,
                            uint32_t n) {
  uint32_t base = clus_lba(fs, c);
  while (n > 0) {
    uint32_t so = off % 512;
    if (so == 0 && n >= 512) {
      uint32_t secs = n / 512;
      int r = vol_write(fs, base + off / 512, secs, data);
      if (r) return r;
      data += secs * 512;
      off += secs * 512;
      n -= secs * 512;
    } else {
      uint32_t take = 512 - so < n ? 512 - so : n;
      int r;
      if (so == 0) { /* a fresh tail sector: no need to read it */
        fs->sec_valid = false;
        memset(fs->secbuf, 0, 512);
        fs->sec_lba = base + off / 512;
        fs->sec_valid = true;
        r = 0;
      } else {
        r = sec_load(fs, base + off / 512);
      }
      if (r) return r;
      memcpy(fs->secbuf + so, data, take);
      r = sec_store(fs);
      if (r) return r;
      data += take;
      off += take;
      n -= take;
    }
  }
  return 0;
}

/* Allocate clusters for len bytes, write the data, and link the new chain
 * after `prev` (0: none). On failure the new clusters are freed again. */
static int write_chain(struct fat16 *fs, uint16_t prev, const uint8_t *data, uint32_t len,
                       uint16_t *first_out) {
  uint16_t first = 0, last = prev;
  uint32_t done = 0;
  int r = 0;
  while (done < len) {
    uint16_t c;
    r = alloc_cluster(fs, &c);
    if (r) break;
    if (last) {
      r = fat_set(fs, last, c);
      if (r) break;
    }
    if (!first) first = c;
    last = c;
    uint32_t n = len - done < fs->cluster_bytes ? len - done : fs->cluster_bytes;
    r = write_in_cluster(fs, c, 0, data + done, n);
    if (r) break;
    done += n;
  }
  if (r) {
    char msg[sizeof fs->errmsg];
    memcpy(msg, fs->errmsg, sizeof msg);
    if (first) free_chain(fs, first);
    if (prev) fat_set(fs, prev, FAT_EOC);
    memcpy(fs->errmsg, msg, sizeof msg);
    fs->last_error = r;
    return r;
  }
  *first_out = first;
  return 0;
}

static int zero_cluster(struct fat16 *fs, uint16_t c) {
  fs->sec_valid = false;
  memset(fs->secbuf, 0, 512);
  for (uint32_t i = 0; i < fs->spc; i++) {
    int r = vol_write(fs, clus_lba(fs, c) + i, 1, fs->secbuf);
    if (r) return r;
  }
  return 0;
}

/* ---- creating entries ------------------------------------------------------ */

static bool short_char_ok(char c) {
  if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return strchr("!#$%&'()-@^_`{}~", c) != NULL && c != 0;
}

/* Is name (n bytes) a plain upper-case 8.3 name? Fills out11 if so. */
static bool to_short_name(const char *name, size_t n, uint8_t out11[11]) {
  memset(out11, ' ', 11);
  size_t i = 0, b = 0, x = 0;
  for (; i < n && name[i] != '.'; i++) {
    if (b >= 8 || !short_char_ok(name[i])) return false;
    out11[b++] = (uint8_t)name[i];
  }
  if (b == 0) return false;
  if (i < n) {
    for (i++; i < n; i++) {
      if (x >= 3 || !short_char_ok(name[i])) return false;
      out11[8 + x++] = (uint8_t)name[i];
    }
    if (x == 0) return false;
  }
  if (out11[0] == 0xE5) out11[0] = 0x05;
  return true;
}

/* Basis of a generated alias: upper-cased, invalid characters as '_'. */
static void alias_part(const char *s, size_t n, char *out, size_t max, size_t *outn) {
  size_t k = 0;
  for (size_t i = 0; i < n && k < max; i++) {
    char c = s[i];
    if (c == ' ' || c == '.') continue;
    c = up(c);
    out[k++] = short_char_ok(c) ? c : '_';
  }
  *outn = k;
}

static int short_exists(struct fat16 *fs, uint16_t dir, const uint8_t name11[11]) {
  struct dir_iter it;
  dir_iter_init(&it, dir);
  for (;;) {
    uint8_t e[32];
    uint32_t lba;
    uint16_t off;
    int r = dir_next_raw(fs, &it, e, &lba, &off);
    if (r <= 0) return r;
    if (e[0] == 0) return 0;
    if (e[0] == 0xE5 || (e[11] & 0x3F) == ATTR_LFN) continue;
    if (memcmp(e, name11, 11) == 0) return 1;
  }
}

static int make_alias(struct fat16 *fs, uint16_t dir, const char *name, size_t n,
                      uint8_t out11[11]) {
  const char *dot = NULL;
  for (size_t i = 0; i < n; i++)
    if (name[i] == '.') dot = name + i;
  if (dot == name) dot = NULL; /* ".profile": no extension */
  if (n <= 12) { /* "foo.txt" → FOO.TXT when that is free */
    char upn[12];
    for (size_t i = 0; i < n; i++) upn[i] = up(name[i]);
    if (to_short_name(upn, n, out11)) {
      int r = short_exists(fs, dir, out11);
      if (r <= 0) return r;
    }
  }
  char base[8], ext[3];
  size_t bn, xn = 0;
  alias_part(name, dot ? (size_t)(dot - name) : n, base, 8, &bn);
  if (dot) alias_part(dot + 1, n - (size_t)(dot + 1 - name), ext, 3, &xn);
  if (bn == 0) {
    base[0] = '_';
    bn = 1;
  }
  for (uint32_t num = 1; num < 1000000; num++) {
    char tail[8];
    int tn = ksnprintf(tail, sizeof tail, "~%u", num);
    size_t keep = bn + (size_t)tn > 8 ? 8 - (size_t)tn : bn;
    memset(out11, ' ', 11);
    memcpy(out11, base, keep);
    memcpy(out11 + keep, tail, (size_t)tn);
    memcpy(out11 + 8, ext, xn);
    int r = short_exists(fs, dir, out11);
    if (r < 0) return r;
    if (r == 0) return 0;
  }
  return set_err(fs, FAT16_E_DIRFULL, "no free short alias");
}

/* UTF-8 → UCS-2 for long names; returns the count or -1 when invalid. */
static int utf8_to_ucs2(const char *s, size_t n, uint16_t *out, int cap) {
  int k = 0;
  for (size_t i = 0; i < n;) {
    uint8_t c = (uint8_t)s[i];
    uint32_t v;
    if (c < 0x80) {
      v = c;
      i++;
    } else if ((c & 0xE0) == 0xC0 && i + 1 < n && ((uint8_t)s[i + 1] & 0xC0) == 0x80) {
      v = ((uint32_t)(c & 0x1F) << 6) | ((uint8_t)s[i + 1] & 0x3F);
      i += 2;
    } else if ((c & 0xF0) == 0xE0 && i + 2 < n && ((uint8_t)s[i + 1] & 0xC0) == 0x80 &&
               ((uint8_t)s[i + 2] & 0xC0) == 0x80) {
      v = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)((uint8_t)s[i + 1] & 0x3F) << 6) |
          ((uint8_t)s[i + 2] & 0x3F);
      i += 3;
    } else {
      return -1;
    }
    if (k >= cap || v < 0x20) return -1;
    out[k++] = (uint16_t)v;
  }
  return k;
}

static bool long_name_ok(const char *name, size_t n) {
  if (n == 0 || n > LFN_MAX_CHARS) return false;
  if ((n == 1 && name[0] == '.') || (n == 2 && name[0] == '.' && name[1] == '.')) return false;
  for (size_t i = 0; i < n; i++)
    if (strchr("\"*/:<>?\\|", name[i]) && name[i] != 0) return false;
  return name[n - 1] != ' ' && name[n - 1] != '.';
}

/* Locate slot idx of folder dir. */
static int slot_loc(struct fat16 *fs, uint16_t dir, uint32_t idx, uint32_t *lba, uint16_t *off) {
  if (dir == 0) {
    *lba = fs->root_start + idx / 16;
  } else {
    uint32_t epc = fs->spc * 16;
    uint16_t c = dir;
    for (uint32_t k = idx / epc; k > 0; k--) {
      uint16_t nx;
      int r = next_clus(fs, c, &nx);
      if (r < 0) return r;
      if (r == 1) return set_err(fs, FAT16_E_CORRUPT, "folder shorter than expected");
      c = nx;
    }
    *lba = clus_lba(fs, c) + (idx % epc) / 16;
  }
  *off = (uint16_t)((idx % 16) * 32);
  return 0;
}

/* Find n consecutive free slots in folder dir, growing a sub-folder when
 * needed. Returns the index of the first slot in *start. */
static int alloc_slots(struct fat16 *fs, uint16_t dir, uint32_t n, uint32_t *start) {
  struct dir_iter it;
  dir_iter_init(&it, dir);
  uint32_t run = 0, run_start = 0;
  for (;;) {
    uint8_t e[32];
    uint32_t lba;
    uint16_t off;
    int r = dir_next_raw(fs, &it, e, &lba, &off);
    if (r < 0) return r;
    if (r == 1) {
      if (e[0] == 0 || e[0] == 0xE5) {
        if (run == 0) run_start = it.idx - 1;
        if (++run == n) break;
      } else {
        run = 0;
      }
      continue;
    }
    /* End of storage. */
    if (dir == 0)
      return set_err(fs, FAT16_E_DIRFULL, "root folder full (%u entries)", fs->root_entries);
    if (it.idx >= 65536) return set_err(fs, FAT16_E_DIRFULL, "folder has 65536 entries");
    uint16_t c;
    r = alloc_cluster(fs, &c);
    if (r) return r;
    r = fat_set(fs, it.clus, c);
    if (!r) r = zero_cluster(fs, c);
    if (r) return r;
    /* The iterator now continues into the new, all-free cluster. */
  }
  *start = run_start;
  return 0;
}

static void stamp(struct fat16 *fs, uint8_t *e, bool created) {
  if (created) {
    e[13] = 0;
    wr16(e + 14, fs->clock_time);
    wr16(e + 16, fs->clock_date);
  }
  wr16(e + 18, fs->clock_date);
  wr16(e + 22, fs->clock_time);
  wr16(e + 24, fs->clock_date);
}

/* Create an entry `name` in folder dir. */
static int add_entry(struct fat16 *fs, uint16_t dir, const char *name, size_t n, uint8_t attr,
                     uint16_t first, uint32_t size) {
  if (!long_name_ok(name, n)) return set_err(fs, FAT16_E_BADPATH, "invalid file name");
  uint8_t sname[11];
  uint16_t u[LFN_MAX_CHARS + 1];
  int ulen = 0, nlfn = 0, r;
  if (!to_short_name(name, n, sname)) {
    ulen = utf8_to_ucs2(name, n, u, LFN_MAX_CHARS);
    if (ulen <= 0) return set_err(fs, FAT16_E_BADPATH, "invalid UTF-8 in file name");
    nlfn = (ulen + 12) / 13;
    r = make_alias(fs, dir, name, n, sname);
    if (r) return r;
  } else {
    r = short_exists(fs, dir, sname);
    if (r < 0) return r;
    if (r) return set_err(fs, FAT16_E_EXISTS, "8.3 name already used");
  }
  uint32_t start = 0;
  r = alloc_slots(fs, dir, (uint32_t)nlfn + 1, &start);
  if (r) return r;
  uint8_t chk = lfn_checksum(sname);
  for (int i = 0; i <= nlfn; i++) {
    uint32_t lba = 0;
    uint16_t off = 0;
    r = slot_loc(fs, dir, start + (uint32_t)i, &lba, &off);
    if (!r) r = sec_load(fs, lba);
    if (r) return r;
    uint8_t *e = fs->secbuf + off;
    memset(e, 0, 32);
    if (i < nlfn) {
      int seq = nlfn - i;
      e[0] = (uint8_t)(seq | (i == 0 ? 0x40 : 0));
      for (int k = 0; k < 13; k++) {
        int ci = (seq - 1) * 13 + k;
        uint16_t ch = ci < ulen ? u[ci] : (ci == ulen ? 0x0000 : 0xFFFF);
        wr16(e + lfn_pos[k], ch);
      }
      e[11] = ATTR_LFN;
      e[13] = chk;
    } else {
      memcpy(e, sname, 11);
      e[11] = attr;
      stamp(fs, e, true);
      wr16(e + 26, first);
      wr32(e + 28, size);
    }
    r = sec_store(fs);
    if (r) return r;
  }
  return 0;
}

/* Update the 8.3 entry of d (first cluster, size, times). */
static int update_entry(struct fat16 *fs, const struct dirent_x *d, uint16_t first,
                        uint32_t size) {
  uint32_t lba = d->slot_lba[d->nslots - 1];
  uint16_t off = d->slot_off[d->nslots - 1];
  int r = sec_load(fs, lba);
  if (r) return r;
  uint8_t *e = fs->secbuf + off;
  wr16(e + 26, first);
  wr32(e + 28, size);
  e[11] |= FAT16_ATTR_ARCHIVE;
  stamp(fs, e, false);
  return sec_store(fs);
}

static int make_dir_in(struct fat16 *fs, uint16_t parent, const char *name, size_t n) {
  uint16_t c;
  int r = alloc_cluster(fs, &c);
  if (r) return r;
  r = zero_cluster(fs, c);
  if (r) return r;
  r = sec_load(fs, clus_lba(fs, c));
  if (r) return r;
  uint8_t *e = fs->secbuf;
  memset(e, ' ', 11);
  e[0] = '.';
  e[11] = FAT16_ATTR_DIR;
  stamp(fs, e, true);
  wr16(e + 26, c);
  e += 32;
  memset(e, ' ', 11);
  e[0] = '.';
  e[1] = '.';
  e[11] = FAT16_ATTR_DIR;
  stamp(fs, e, true);
  wr16(e + 26, parent);
  r = sec_store(fs);
  if (r) return r;
  r = add_entry(fs, parent, name, n, FAT16_ATTR_DIR, c, 0);
  if (r) free_chain(fs, c);
  return r;
}

/* Walk to the folder that holds the last component of path; creates missing
 * folders when mkdirs. Sets *dir, *leaf, *leafn. */
static int resolve_parent(struct fat16 *fs, const char *path, bool mkdirs, struct dirent_x *d,
                          uint16_t *dir, const char **leaf, size_t *leafn) {
  if (!path) return set_err(fs, FAT16_E_ARG, "NULL path");
  root_entry(d);
  const char *p = path;
  size_t n;
  const char *c = next_comp(p, &n);
  if (n == 0) return set_err(fs, FAT16_E_BADPATH, "empty path");
  for (;;) {
    size_t nn;
    const char *nc = next_comp(c + n, &nn);
    if (n >= FAT16_NAME_MAX) return set_err(fs, FAT16_E_BADPATH, "name too long");
    if (nn == 0) break; /* c is the leaf */
    uint16_t cur = d->first;
    if (!(n == 1 && c[0] == '.')) {
      int r = dir_find(fs, cur, c, n, d);
      if (r < 0) return r;
      if (r == 0) {
        if (!mkdirs) return set_err(fs, FAT16_E_NOTFOUND, "parent folder not found");
        r = make_dir_in(fs, cur, c, n);
        if (r) return r;
        r = dir_find(fs, cur, c, n, d);
        if (r < 0) return r;
        if (r == 0) return set_err(fs, FAT16_E_CORRUPT, "new folder vanished");
      }
      if (!(d->attr & FAT16_ATTR_DIR))
        return set_err(fs, FAT16_E_NOTDIR, "'%s' is not a folder", d->name);
      r = check_dir_cluster(fs, d);
      if (r) return r;
    }
    c = nc;
    n = nn;
  }
  *dir = d->first;
  *leaf = c;
  *leafn = n;
  return 0;
}

/* ---- public write API ---------------------------------------------------- */

static int finish(struct fat16 *fs, const char *path, int r) {
  int f = fat_flush(fs);
  if (r == 0 && f) r = f;
  return err_path(fs, path, r);
}

/* Find the last cluster of a file of `size` bytes, checking the chain. */
static int chain_last(struct fat16 *fs, uint16_t first, uint32_t size, uint16_t *last) {
  uint32_t need = (size + fs->cluster_bytes - 1) / fs->cluster_bytes;
  if (!clus_ok(fs, first) || need > fs->cluster_count)
    return set_err(fs, FAT16_E_CORRUPT, "bad first cluster %u / size %u", first, size);
  uint16_t c = first;
  for (uint32_t i = 1; i < need; i++) {
    uint16_t nx;
    int r = next_clus(fs, c, &nx);
    if (r == 1) return set_err(fs, FAT16_E_CORRUPT, "cluster chain shorter than the file size");
    if (r) return r;
    c = nx;
  }
  *last = c;
  return 0;
}

int fat16_write_file(struct fat16 *fs, const char *path, const void *data, uint32_t len,
                     unsigned mode) {
  if (!data && len) return err_path(fs, path, set_err(fs, FAT16_E_ARG, "NULL data"));
  struct dirent_x d;
  uint16_t dir;
  const char *leaf;
  size_t leafn;
  int r = resolve_parent(fs, path, (mode & FAT16_WRITE_MKDIRS) != 0, &d, &dir, &leaf, &leafn);
  if (r) return finish(fs, path, r);
  if (!long_name_ok(leaf, leafn)) return finish(fs, path, set_err(fs, FAT16_E_BADPATH, "invalid file name"));
  r = dir_find(fs, dir, leaf, leafn, &d);
  if (r < 0) return finish(fs, path, r);
  const uint8_t *bytes = data;
  if (r == 0) {
    uint16_t first = 0;
    if (len) r = write_chain(fs, 0, bytes, len, &first);
    if (r) return finish(fs, path, r);
    r = add_entry(fs, dir, leaf, leafn, FAT16_ATTR_ARCHIVE, first, len);
    if (r && first) free_chain(fs, first);
    return finish(fs, path, r);
  }
  if (d.attr & FAT16_ATTR_DIR) return finish(fs, path, set_err(fs, FAT16_E_ISDIR, "is a folder"));
  if ((mode & 1u) == FAT16_WRITE_APPEND && d.size > 0) {
    if ((uint64_t)d.size + len > 0xFFFFFFFFull)
      return finish(fs, path, set_err(fs, FAT16_E_NOSPACE, "file would exceed 4 GiB"));
    uint16_t last = 0;
    r = chain_last(fs, d.first, d.size, &last);
    if (r) return finish(fs, path, r);
    uint32_t used = d.size - ((d.size - 1) / fs->cluster_bytes) * fs->cluster_bytes;
    uint32_t room = fs->cluster_bytes - used;
    uint32_t now = len < room ? len : room;
    if (now) r = write_in_cluster(fs, last, used, bytes, now);
    uint16_t more;
    if (!r && len > now) r = write_chain(fs, last, bytes + now, len - now, &more);
    if (!r) r = update_entry(fs, &d, d.first, d.size + len);
    return finish(fs, path, r);
  }
  /* Replace (or append to an empty file). */
  r = free_chain(fs, d.first);
  uint16_t first = 0;
  if (!r && len) r = write_chain(fs, 0, bytes, len, &first);
  if (!r) r = update_entry(fs, &d, first, len);
  else update_entry(fs, &d, 0, 0);
  return finish(fs, path, r);
}

int fat16_mkdir(struct fat16 *fs, const char *path, bool parents) {
  struct dirent_x d;
  uint16_t dir;
  const char *leaf;
  size_t leafn;
  int r = resolve_parent(fs, path, parents, &d, &dir, &leaf, &leafn);
  if (r) return finish(fs, path, r);
  r = dir_find(fs, dir, leaf, leafn, &d);
  if (r < 0) return finish(fs, path, r);
  if (r == 1) {
    if (d.attr & FAT16_ATTR_DIR) return finish(fs, path, 0);
    return finish(fs, path, set_err(fs, FAT16_E_EXISTS, "a file of that name exists"));
  }
  return finish(fs, path, make_dir_in(fs, dir, leaf, leafn));
}

int fat16_delete(struct fat16 *fs, const char *path) {
  struct dirent_x d;
  int r = resolve(fs, path, &d);
  if (r) return finish(fs, path, r);
  if (d.nslots == 0) return finish(fs, path, set_err(fs, FAT16_E_BADPATH, "cannot delete the root"));
  if (d.attr & FAT16_ATTR_DIR) {
    r = check_dir_cluster(fs, &d);
    if (r) return finish(fs, path, r);
    struct dirent_x sub;
    struct dir_iter it;
    dir_iter_init(&it, d.first);
    for (;;) {
      r = dir_read_entry(fs, &it, &sub);
      if (r < 0) return finish(fs, path, r);
      if (r == 0) break;
      if (!is_dot(&sub)) return finish(fs, path, set_err(fs, FAT16_E_NOTEMPTY, "folder not empty"));
    }
  }
  r = free_chain(fs, d.first);
  for (int i = 0; !r && i < d.nslots; i++) {
    r = sec_load(fs, d.slot_lba[i]);
    if (r) break;
    fs->secbuf[d.slot_off[i]] = 0xE5;
    r = sec_store(fs);
  }
  return finish(fs, path, r);
}

/* ---- messages ------------------------------------------------------------ */

const char *fat16_strerror(int err) {
  switch (err) {
  case FAT16_OK: return "ok";
  case FAT16_E_IO: return "I/O error";
  case FAT16_E_NOTFAT16: return "not a FAT16 volume";
  case FAT16_E_NOTFOUND: return "not found";
  case FAT16_E_NOTDIR: return "not a folder";
  case FAT16_E_ISDIR: return "is a folder";
  case FAT16_E_CORRUPT: return "file system corrupt";
  case FAT16_E_NOSPACE: return "no space left";
  case FAT16_E_TOOBIG: return "file too big for the buffer";
  case FAT16_E_EXISTS: return "already exists";
  case FAT16_E_NOTEMPTY: return "folder not empty";
  case FAT16_E_BADPATH: return "bad path";
  case FAT16_E_DIRFULL: return "folder full";
  case FAT16_E_ARG: return "bad argument";
  default: return "unknown FAT16 error";
  }
}

const char *fat16_error_detail(const struct fat16 *fs) {
  return fs->errmsg[0] ? fs->errmsg : fat16_strerror(fs->last_error);
}

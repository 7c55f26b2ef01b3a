/*
 * fs_command.c — `mode=fs`: run one file-system command on an ATA disk with
 * the kernel's FAT16 driver and print the result as events (used by
 * `deno task fs`, see builder/fs/kernel_fs.ts).
 *
 *   fscmd=ls    [path=/]  one `@kjit fs-entry path=".." size=N crc=0x..` per
 *                         file (recursive), `@kjit fs-dir path=".."` per folder
 *   fscmd=cat   path=/f   `@kjit fs-data off=N b64=...` lines (48 bytes each)
 *   fscmd=put   path=/f src=hd2 size=N
 *                         copy the first N bytes of raw disk `src` into file f
 *                         (parent folders created)
 *   fscmd=rm    path=/f   delete a file or an empty folder
 *   fscmd=mkdir path=/d
 *   fscmd=bench path=/f   read f and report `@kjit fs-bench bytes=N cycles=N
 *                         tsc_khz=N kib_per_s=N`
 *
 * fsdev=hdN picks the disk (default hd1). Paths are %XX-escaped on the command
 * line (a space is %20). Every command ends with `@kjit fs-done cmd=.. ...`
 * or `@kjit fs-error cmd=.. reason=".."`.
 */
#include "../arch/x86/cpu.h"
#include "../arch/x86/io.h"
#include "../drivers/ata.h"
#include "../kjit.h"
#include "../lib/cmdline.h"
#include "fat16.h"
#include "storage.h"

static struct fat16 cmd_fs;
static uint8_t iobuf[64 * 1024] __attribute__((aligned(16)));

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Copy the value of `key` into out (decoding %XX); false when absent/too long. */
static bool arg(const char *line, const char *key, char *out, size_t cap) {
  size_t len;
  const char *v = cmdline_find(line, key, &len);
  if (!v) return false;
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    char c = v[i];
    if (c == '%' && i + 2 < len) {
      int hi = hexval(v[i + 1]), lo = hexval(v[i + 2]);
      if (hi >= 0 && lo >= 0) {
        c = (char)(hi * 16 + lo);
        i += 2;
      }
    }
    if (n + 1 >= cap) return false;
    out[n++] = c;
  }
  out[n] = 0;
  return true;
}

static uint64_t parse_u64(const char *s, bool *ok) {
  uint64_t v = 0;
  *ok = *s != 0;
  for (; *s; s++) {
    if (*s < '0' || *s > '9') {
      *ok = false;
      return 0;
    }
    v = v * 10 + (uint64_t)(*s - '0');
  }
  return v;
}

static int fail(const char *cmd, const char *reason) {
  kprintf("@kjit fs-error cmd=%s reason=", cmd);
  kprint_quoted(reason);
  kprintf("\n");
  return 1;
}

static int fs_fail(const char *cmd) { return fail(cmd, fat16_error_detail(&cmd_fs)); }

struct ls_state {
  uint32_t files, dirs;
  uint64_t bytes;
};

static int ls_visit(void *argp, const struct fat16_entry *e) {
  struct ls_state *s = argp;
  if (e->is_dir) {
    s->dirs++;
    kprintf("@kjit fs-dir path=");
    kprint_quoted(e->path);
    kprintf("\n");
    return 0;
  }
  struct fat16_file f;
  int r = fat16_open(&cmd_fs, e->path, &f);
  if (r) return r;
  uint32_t crc = 0, total = 0;
  for (;;) {
    int32_t n = fat16_read(&f, iobuf, sizeof iobuf);
    if (n < 0) return n;
    if (n == 0) break;
    crc = crc32_update(crc, iobuf, (size_t)n);
    total += (uint32_t)n;
  }
  s->files++;
  s->bytes += total;
  kprintf("@kjit fs-entry path=");
  kprint_quoted(e->path);
  kprintf(" size=%u crc=0x%08x\n", total, crc);
  return 0;
}

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static void print_b64_line(uint32_t off, const uint8_t *p, uint32_t n) {
  char line[80];
  size_t k = 0;
  for (uint32_t i = 0; i < n; i += 3) {
    uint32_t v = (uint32_t)p[i] << 16;
    if (i + 1 < n) v |= (uint32_t)p[i + 1] << 8;
    if (i + 2 < n) v |= p[i + 2];
    line[k++] = b64[(v >> 18) & 63];
    line[k++] = b64[(v >> 12) & 63];
    line[k++] = i + 1 < n ? b64[(v >> 6) & 63] : '=';
    line[k++] = i + 2 < n ? b64[v & 63] : '=';
  }
  line[k] = 0;
  kprintf("@kjit fs-data off=%u b64=%s\n", off, line);
}

static int cmd_cat(const char *path) {
  struct fat16_file f;
  if (fat16_open(&cmd_fs, path, &f)) return fs_fail("cat");
  uint32_t off = 0, crc = 0;
  for (;;) {
    int32_t n = fat16_read(&f, iobuf, sizeof iobuf);
    if (n < 0) return fs_fail("cat");
    if (n == 0) break;
    crc = crc32_update(crc, iobuf, (size_t)n);
    for (int32_t i = 0; i < n; i += 48) {
      uint32_t take = n - i < 48 ? (uint32_t)(n - i) : 48;
      print_b64_line(off, iobuf + i, take);
      off += take;
    }
  }
  kprintf("@kjit fs-done cmd=cat path=");
  kprint_quoted(path);
  kprintf(" size=%u crc=0x%08x\n", off, crc);
  return 0;
}

static int cmd_put(const char *line, const char *path) {
  char src[8], size_s[24];
  if (!arg(line, "src", src, sizeof src)) memcpy(src, "hd2", 4);
  if (!arg(line, "size", size_s, sizeof size_s)) return fail("put", "missing size=N");
  bool ok;
  uint64_t size = parse_u64(size_s, &ok);
  if (!ok || size > 0xFFFFFFFFull) return fail("put", "bad size=N");
  struct blockdev *sdev = ata_find(src);
  if (!sdev) return fail("put", "source disk not found");
  if ((size + 511) / 512 > sdev->sectors) return fail("put", "size larger than the source disk");
  uint64_t done = 0;
  uint32_t crc = 0;
  unsigned mode = FAT16_WRITE_TRUNC | FAT16_WRITE_MKDIRS;
  do {
    uint32_t n = size - done < sizeof iobuf ? (uint32_t)(size - done) : (uint32_t)sizeof iobuf;
    if (n) {
      int r = blockdev_read(sdev, done / 512, (n + 511) / 512, iobuf);
      if (r) return fail("put", blockdev_strerror(r));
    }
    crc = crc32_update(crc, iobuf, n);
    if (fat16_write_file(&cmd_fs, path, iobuf, n, mode)) return fs_fail("put");
    mode = FAT16_WRITE_APPEND;
    done += n;
  } while (done < size);
  kprintf("@kjit fs-done cmd=put path=");
  kprint_quoted(path);
  kprintf(" size=%llu crc=0x%08x\n", (unsigned long long)size, crc);
  return 0;
}

static int cmd_bench(const char *path) {
  struct fat16_file f;
  if (fat16_open(&cmd_fs, path, &f)) return fs_fail("bench");
  uint64_t t0 = rdtsc();
  uint32_t total = 0, crc = 0;
  uint64_t crc_cycles = 0;
  for (;;) {
    int32_t n = fat16_read(&f, iobuf, sizeof iobuf);
    if (n < 0) return fs_fail("bench");
    if (n == 0) break;
    uint64_t c0 = rdtsc();
    crc = crc32_update(crc, iobuf, (size_t)n);
    crc_cycles += rdtsc() - c0;
    total += (uint32_t)n;
  }
  uint64_t cycles = rdtsc() - t0 - crc_cycles;
  uint32_t khz = tsc_khz();
  /* KiB/s = bytes/1024 / (cycles / (khz*1000)) */
  uint64_t kib_s = cycles ? ((uint64_t)total * khz * 1000 / 1024) / cycles : 0;
  kprintf("@kjit fs-bench path=");
  kprint_quoted(path);
  kprintf(" bytes=%u cycles=%llu tsc_khz=%u kib_per_s=%llu crc=0x%08x\n", total,
          (unsigned long long)cycles, khz, (unsigned long long)kib_s, crc);
  kprintf("@kjit fs-done cmd=bench size=%u crc=0x%08x\n", total, crc);
  return 0;
}

int fs_command_run(const char *line) {
  char cmd[16], devname[8], path[FAT16_PATH_MAX];
  if (!line) line = "";
  if (!arg(line, "fscmd", cmd, sizeof cmd)) return fail("none", "missing fscmd=ls|cat|put|rm|mkdir|bench");
  if (!arg(line, "fsdev", devname, sizeof devname)) memcpy(devname, "hd1", 4);
  if (!arg(line, "path", path, sizeof path)) memcpy(path, "/", 2);
  struct blockdev *dev = ata_find(devname);
  if (!dev) {
    if (ata_disk(0) == NULL && ata_disk(1) == NULL) ata_init();
    dev = ata_find(devname);
  }
  if (!dev) return fail(cmd, "disk not found");
  if (fat16_mount_auto(&cmd_fs, dev)) return fs_fail(cmd);
  kprintf("@kjit fs-volume dev=%s part_lba=%llu clusters=%u cluster_bytes=%u\n", devname,
          (unsigned long long)cmd_fs.part_lba, cmd_fs.cluster_count, cmd_fs.cluster_bytes);
  if (strcmp(cmd, "ls") == 0) {
    struct ls_state s = {0, 0, 0};
    if (fat16_walk(&cmd_fs, path, ls_visit, &s)) return fs_fail("ls");
    kprintf("@kjit fs-done cmd=ls files=%u dirs=%u bytes=%llu\n", s.files, s.dirs,
            (unsigned long long)s.bytes);
    return 0;
  }
  if (strcmp(cmd, "cat") == 0) return cmd_cat(path);
  if (strcmp(cmd, "put") == 0) return cmd_put(line, path);
  if (strcmp(cmd, "bench") == 0) return cmd_bench(path);
  if (strcmp(cmd, "rm") == 0 || strcmp(cmd, "mkdir") == 0) {
    int r = cmd[0] == 'r' ? fat16_delete(&cmd_fs, path) : fat16_mkdir(&cmd_fs, path, true);
    if (r) return fs_fail(cmd);
    kprintf("@kjit fs-done cmd=%s path=", cmd);
    kprint_quoted(path);
    kprintf("\n");
    return 0;
  }
  return fail(cmd, "unknown fscmd (ls, cat, put, rm, mkdir, bench)");
}

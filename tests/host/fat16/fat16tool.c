/*
 * fat16tool — host harness for the kernel's FAT16 driver (kernel/fs/fat16.c)
 * over a file-backed block device. Mirrors the kernel's `fs` commands:
 *
 *   fat16tool [--fail-read LBA] [--fail-write LBA] IMAGE ls [PATH]
 *   fat16tool IMAGE cat PATH            file bytes to stdout
 *   fat16tool IMAGE put PATH LOCALFILE  create/replace (parents created)
 *   fat16tool IMAGE append PATH LOCALFILE
 *   fat16tool IMAGE rm PATH
 *   fat16tool IMAGE mkdir PATH
 *
 * `ls` prints every file below PATH (default /) recursively as
 * "path size crc32" (crc as 8 hex digits); folders as "path/ dir".
 * Exit status: 0 ok, 1 file-system error (message on stderr), 2 usage.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs/fat16.h"

struct filedev {
  int fd;
  int64_t fail_read, fail_write;
};

static int in_range(int64_t bad, uint64_t lba, uint32_t count) {
  return bad >= 0 && (uint64_t)bad >= lba && (uint64_t)bad < lba + count;
}

static int file_read(struct blockdev *dev, uint64_t lba, uint32_t count, void *buf) {
  struct filedev *f = dev->ctx;
  if (in_range(f->fail_read, lba, count)) return BLK_E_IO;
  ssize_t n = pread(f->fd, buf, (size_t)count * 512, (off_t)(lba * 512));
  return n == (ssize_t)count * 512 ? 0 : BLK_E_IO;
}

static int file_write(struct blockdev *dev, uint64_t lba, uint32_t count, const void *buf) {
  struct filedev *f = dev->ctx;
  if (in_range(f->fail_write, lba, count)) return BLK_E_IO;
  ssize_t n = pwrite(f->fd, buf, (size_t)count * 512, (off_t)(lba * 512));
  return n == (ssize_t)count * 512 ? 0 : BLK_E_IO;
}

static struct fat16 fs;

static int fail(int r) {
  fprintf(stderr, "error: %s (%s)\n", fat16_error_detail(&fs), fat16_strerror(r));
  return 1;
}

static int ls_visit(void *arg, const struct fat16_entry *e) {
  int *err = arg;
  if (e->is_dir) {
    printf("%s/ dir\n", e->path);
    return 0;
  }
  struct fat16_file f;
  char path[FAT16_PATH_MAX];
  snprintf(path, sizeof path, "%s", e->path);
  int r = fat16_open(&fs, path, &f);
  if (r) {
    *err = r;
    return r;
  }
  static uint8_t buf[65536];
  uint32_t crc = 0, total = 0;
  for (;;) {
    int32_t n = fat16_read(&f, buf, sizeof buf);
    if (n < 0) {
      *err = n;
      return n;
    }
    if (n == 0) break;
    crc = crc32_update(crc, buf, (size_t)n);
    total += (uint32_t)n;
  }
  if (total != e->size) {
    fprintf(stderr, "error: %s: read %u of %u bytes\n", path, total, e->size);
    *err = FAT16_E_CORRUPT;
    return FAT16_E_CORRUPT;
  }
  printf("%s %u %08x\n", path, e->size, crc);
  return 0;
}

static uint8_t *slurp(const char *path, uint32_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  uint8_t *p = malloc(n > 0 ? (size_t)n : 1);
  if (n > 0 && fread(p, 1, (size_t)n, f) != (size_t)n) {
    free(p);
    p = NULL;
  }
  fclose(f);
  *len = (uint32_t)n;
  return p;
}

int main(int argc, char **argv) {
  struct filedev fd = {-1, -1, -1};
  int i = 1;
  for (; i + 1 < argc && strncmp(argv[i], "--", 2) == 0; i += 2) {
    if (strcmp(argv[i], "--fail-read") == 0) fd.fail_read = atoll(argv[i + 1]);
    else if (strcmp(argv[i], "--fail-write") == 0) fd.fail_write = atoll(argv[i + 1]);
    else break;
  }
  if (argc - i < 2) {
    fprintf(stderr, "usage: fat16tool [--fail-read LBA] [--fail-write LBA] IMAGE ls|cat|put|append|rm|mkdir ...\n");
    return 2;
  }
  const char *image = argv[i], *cmd = argv[i + 1];
  char **rest = argv + i + 2;
  int nrest = argc - i - 2;
  bool writes = strcmp(cmd, "ls") != 0 && strcmp(cmd, "cat") != 0;
  fd.fd = open(image, writes ? O_RDWR : O_RDONLY);
  if (fd.fd < 0) {
    perror(image);
    return 2;
  }
  struct stat st;
  fstat(fd.fd, &st);
  struct blockdev dev = {file_read, writes ? file_write : NULL, (uint64_t)st.st_size / 512,
                         "file", &fd};
  int r = fat16_mount_auto(&fs, &dev);
  if (r) return fail(r);
  if (strcmp(cmd, "ls") == 0) {
    int err = 0;
    r = fat16_walk(&fs, nrest > 0 ? rest[0] : "/", ls_visit, &err);
    if (r) {
      if (err == 0 || fs.errmsg[0]) return fail(r);
      return 1;
    }
    return 0;
  }
  if (nrest < 1) return 2;
  if (strcmp(cmd, "cat") == 0) {
    struct fat16_file f;
    r = fat16_open(&fs, rest[0], &f);
    if (r) return fail(r);
    static uint8_t buf[65536];
    for (;;) {
      int32_t n = fat16_read(&f, buf, sizeof buf);
      if (n < 0) return fail(n);
      if (n == 0) break;
      fwrite(buf, 1, (size_t)n, stdout);
    }
    return 0;
  }
  if (strcmp(cmd, "put") == 0 || strcmp(cmd, "append") == 0) {
    if (nrest < 2) return 2;
    uint32_t len;
    uint8_t *data = slurp(rest[1], &len);
    if (!data) {
      perror(rest[1]);
      return 2;
    }
    unsigned mode = (cmd[0] == 'a' ? FAT16_WRITE_APPEND : FAT16_WRITE_TRUNC) | FAT16_WRITE_MKDIRS;
    r = fat16_write_file(&fs, rest[0], data, len, mode);
    free(data);
    return r ? fail(r) : 0;
  }
  if (strcmp(cmd, "rm") == 0) {
    r = fat16_delete(&fs, rest[0]);
    return r ? fail(r) : 0;
  }
  if (strcmp(cmd, "mkdir") == 0) {
    r = fat16_mkdir(&fs, rest[0], true);
    return r ? fail(r) : 0;
  }
  fprintf(stderr, "unknown command %s\n", cmd);
  return 2;
}

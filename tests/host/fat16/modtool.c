/*
 * modtool — host harness for the kernel's module loader (kernel/module/).
 *
 *   modtool validate FILE...   one line per file: "ok name=.. entry=.. size=N crc=0x.."
 *                              or "error <reason>"
 *   modtool load IMAGE DIR     module_load_all() on a FAT16 image: prints the
 *                              kernel's @kjit module/module-error events
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "module/module.h"

static int file_read(struct blockdev *dev, uint64_t lba, uint32_t count, void *buf) {
  int fd = (int)(intptr_t)dev->ctx;
  ssize_t n = pread(fd, buf, (size_t)count * 512, (off_t)(lba * 512));
  return n == (ssize_t)count * 512 ? 0 : BLK_E_IO;
}

int main(int argc, char **argv) {
  if (argc >= 3 && strcmp(argv[1], "validate") == 0) {
    for (int i = 2; i < argc; i++) {
      FILE *f = fopen(argv[i], "rb");
      if (!f) return 2;
      fseek(f, 0, SEEK_END);
      long n = ftell(f);
      fseek(f, 0, SEEK_SET);
      /* An exact-size heap copy, so ASan catches any read past the end. */
      uint8_t *p = malloc(n > 0 ? (size_t)n : 1);
      if (n > 0 && fread(p, 1, (size_t)n, f) != (size_t)n) return 2;
      fclose(f);
      struct module_info info;
      char err[MODULE_ERR_MAX];
      if (module_validate(p, (size_t)n, &info, err) == 0)
        printf("ok name=%s entry=%s size=%u crc=0x%08x\n", info.name, info.entry,
               info.payload_size, info.payload_crc);
      else
        printf("error %s\n", err);
      free(p);
    }
    return 0;
  }
  if (argc == 4 && strcmp(argv[1], "load") == 0) {
    int fd = open(argv[2], O_RDONLY);
    if (fd < 0) return 2;
    struct stat st;
    fstat(fd, &st);
    struct blockdev dev = {file_read, NULL, (uint64_t)st.st_size / 512, "file",
                           (void *)(intptr_t)fd};
    static struct fat16 fs;
    if (fat16_mount_auto(&fs, &dev)) {
      fprintf(stderr, "error: %s\n", fat16_error_detail(&fs));
      return 1;
    }
    int n = module_load_all(&fs, argv[3]);
    printf("loaded %d count %zu\n", n, module_count());
    for (size_t i = 0; i < module_count(); i++) {
      const struct kjit_module *m = module_get(i);
      printf("module %zu %s %s crc=0x%08x first=%02x%02x%02x%02x\n", i, m->info.name, m->file,
             crc32_update(0, m->info.payload, m->info.payload_size), m->info.payload[0],
             m->info.payload[1], m->info.payload[2], m->info.payload[3]);
    }
    return n < 0 ? 1 : 0;
  }
  fprintf(stderr, "usage: modtool validate FILE... | modtool load IMAGE DIR\n");
  return 2;
}

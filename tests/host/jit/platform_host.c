/*
 * platform_host.c — the runtime's platform interface on a 32-bit Linux host:
 * malloc for data/metadata, mmap + mprotect for W^X code pages, stdio files.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "wasm/runtime/platform.h"

void *rt_plat_alloc(enum rt_mem_kind kind, size_t size, size_t align) {
  (void)kind;
  if (align < sizeof(void *)) align = sizeof(void *);
  void *p = NULL;
  if (posix_memalign(&p, align, size ? size : 1) != 0) return NULL;
  memset(p, 0, size);
  return p;
}

void rt_plat_free(enum rt_mem_kind kind, void *p, size_t size) {
  (void)kind;
  (void)size;
  free(p);
}

static size_t page_round(size_t n) { return (n + 4095) & ~(size_t)4095; }

void *rt_plat_code_alloc(size_t size) {
  void *p = mmap(NULL, page_round(size), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                 -1, 0);
  return p == MAP_FAILED ? NULL : p;
}

bool rt_plat_code_publish(void *p, size_t size) {
  return mprotect(p, page_round(size), PROT_READ | PROT_EXEC) == 0;
}

void rt_plat_code_free(void *p, size_t size) {
  if (p) munmap(p, page_round(size));
}

int rt_plat_read_file(const char *path, uint8_t **data, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  if (fseek(f, 0, SEEK_END) != 0) {
    fclose(f);
    return -1;
  }
  long n = ftell(f);
  rewind(f);
  if (n < 0) {
    fclose(f);
    return -1;
  }
  uint8_t *buf = rt_plat_alloc(RT_MEM_DATA, (size_t)n + 1, 16);
  if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    fclose(f);
    return -1;
  }
  fclose(f);
  *data = buf;
  *len = (size_t)n;
  return 0;
}

bool rt_plat_has_sse41(void) { return __builtin_cpu_supports("sse4.1"); }

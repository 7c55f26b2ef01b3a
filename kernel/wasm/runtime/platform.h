/*
 * platform.h — the two small platform interfaces the runtime, the JIT and the
 * spec runner need: memory and files. The kernel implements them in
 * platform_kernel.c (JIT pools, FAT16); host test binaries implement them in
 * tests/host/jit/platform_host.c (malloc, mmap + mprotect, stdio).
 */
#ifndef KJIT_WASM_PLATFORM_H
#define KJIT_WASM_PLATFORM_H

#include "../../lib/klib.h"

enum rt_mem_kind {
  RT_MEM_DATA = 0,     /* linear memories, tables, globals, stacks */
  RT_MEM_METADATA = 1, /* instances, function records, decoded modules */
};

/* Zeroed memory of `size` bytes aligned to `align` (power of two), or NULL. */
void *rt_plat_alloc(enum rt_mem_kind kind, size_t size, size_t align);
/* Give back a block from rt_plat_alloc (size as allocated). NULL is ignored. */
void rt_plat_free(enum rt_mem_kind kind, void *p, size_t size);

/* Writable (not executable) code memory, or NULL when the code pool is full. */
void *rt_plat_code_alloc(size_t size);
/* Make [p, p+size) read+execute and no longer writable (W^X). */
bool rt_plat_code_publish(void *p, size_t size);
/* Release code memory (published or not). */
void rt_plat_code_free(void *p, size_t size);

/* Copy `len` bytes of finished machine code into fresh code memory and publish
 * it. Returns the code, or NULL with *exhausted (when given) telling whether
 * the code pool was full (true) or publishing failed (false); nothing leaks. */
static inline void *rt_plat_code_install(const void *src, size_t len, bool *exhausted) {
  uint8_t *code = rt_plat_code_alloc(len);
  if (exhausted) *exhausted = code == NULL;
  if (!code) return NULL;
  memcpy(code, src, len);
  if (!rt_plat_code_publish(code, len)) {
    rt_plat_code_free(code, len);
    return NULL;
  }
  return code;
}

/* Read a whole file. On success *data (RT_MEM_DATA, free with rt_plat_free
 * and *len) and *len are set and 0 is returned; otherwise a negative value. */
int rt_plat_read_file(const char *path, uint8_t **data, size_t *len);

/* True if the CPU has SSE4.1 (roundss/roundsd). */
bool rt_plat_has_sse41(void);

#endif

/*
 * platform_kernel.c — the runtime's platform interface in the kernel: the JIT
 * pools of kernel/mm/pool.h (DATA, METADATA, CODE with W^X) and files from
 * the boot volume (kernel/fs/vfs.h).
 */
#include "../../fs/vfs.h"
#include "../../jit/tier0/tier0.h"
#include "../../mm/pool.h"
#include "pool_layout.h"
#include "platform.h"

void *rt_plat_alloc(enum rt_mem_kind kind, size_t size, size_t align) {
  void *p = pool_alloc(kind == RT_MEM_DATA ? POOL_DATA : POOL_METADATA, size ? size : 1,
                       align < 16 ? 16 : align);
  if (p) memset(p, 0, size); /* pools zero fresh memory only */
  return p;
}

void rt_plat_free(enum rt_mem_kind kind, void *p, size_t size) {
  KJIT_UNUSED(size);
  if (p) pool_free(kind == RT_MEM_DATA ? POOL_DATA : POOL_METADATA, p);
}

/* Code comes two ways: whole CODE blocks (rt_plat_code_alloc, then publish)
 * and packed code (rt_plat_code_install: tier 0's small functions share slabs,
 * see pool.h). rt_plat_code_free tells them apart by this bitmap of the CODE
 * pages where an rt_plat_code_alloc block starts (no two blocks share a page,
 * and slabs are CODE blocks this file never hands out). */
#define CODE_PAGES (KJIT_POOL_CODE_SIZE / POOL_PAGE_SIZE)
static uint32_t alloc_start[(CODE_PAGES + 31) / 32];

static bool code_page_index(const void *p, uint32_t *i) {
  uintptr_t a = (uintptr_t)p;
  if (a < KJIT_POOL_CODE_BASE || a >= KJIT_POOL_CODE_END) return false;
  *i = (uint32_t)((a - KJIT_POOL_CODE_BASE) / POOL_PAGE_SIZE);
  return true;
}

void *rt_plat_code_alloc(size_t size) {
  void *p = code_alloc(size ? size : 1);
  uint32_t i;
  if (p && code_page_index(p, &i)) alloc_start[i / 32] |= 1u << (i % 32);
  return p;
}

bool rt_plat_code_publish(void *p, size_t size) {
  code_publish(p, size);
  return true;
}

void *rt_plat_code_install(const void *src, size_t len) { return code_install(src, len, 16); }

void rt_plat_code_free(void *p, size_t size) {
  KJIT_UNUSED(size);
  if (!p) return;
  uint32_t i;
  if (code_page_index(p, &i) && !((alloc_start[i / 32] >> (i % 32)) & 1u)) {
    code_uninstall(p); /* packed code (panics on a pointer that is neither) */
    return;
  }
  if (code_page_index(p, &i)) alloc_start[i / 32] &= ~(1u << (i % 32));
  code_free(p);
}

int rt_plat_read_file(const char *path, uint8_t **data, size_t *len) {
  struct fat16 *fs = vfs_root();
  if (!fs) return -1;
  struct fat16_entry e;
  if (fat16_stat(fs, path, &e) != 0 || e.is_dir) return -1;
  uint8_t *buf = rt_plat_alloc(RT_MEM_DATA, e.size + 1, 16);
  if (!buf) return -1;
  uint32_t got = 0;
  if (fat16_read_file(fs, path, buf, e.size + 1, &got) != 0 || got != e.size) {
    rt_plat_free(RT_MEM_DATA, buf, e.size + 1);
    return -1;
  }
  *data = buf;
  *len = got;
  return 0;
}

bool rt_plat_has_sse41(void) {
  uint32_t a = 1, b, c, d;
  __asm__ volatile("cpuid" : "+a"(a), "=b"(b), "=c"(c), "=d"(d));
  return (c >> 19) & 1;
}

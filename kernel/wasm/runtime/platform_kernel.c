/*
 * platform_kernel.c — the runtime's platform interface in the kernel: the JIT
 * pools of kernel/mm/pool.h (DATA, METADATA, CODE with W^X) and files from
 * the boot volume (kernel/fs/vfs.h).
 */
#include "../../fs/vfs.h"
#include "../../mm/pool.h"
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

void *rt_plat_code_alloc(size_t size) { return code_alloc(size ? size : 1); }

bool rt_plat_code_publish(void *p, size_t size) {
  code_publish(p, size);
  return true;
}

void rt_plat_code_free(void *p, size_t size) {
  KJIT_UNUSED(size);
  if (p) code_free(p);
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

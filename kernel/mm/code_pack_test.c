/* code_pack_test.c — KTESTs of packed code installation (suite mm_codepack). */
#include "fault.h"
#include "paging.h"
#include "pool.h"
#include "test/ktest.h"

static void count_wx(void *ctx, uintptr_t va, uint64_t phys, unsigned flags) {
  KJIT_UNUSED(va);
  KJIT_UNUSED(phys);
  if ((flags & (PAGE_W | PAGE_X)) == (PAGE_W | PAGE_X)) (*(uint32_t *)ctx)++;
}

static uint32_t wx_pages(void) {
  uint32_t n = 0;
  paging_walk(count_wx, &n);
  return n;
}

typedef uint32_t (*const_fn)(void);

KTEST(mm_codepack, many_small_functions_share_pages) {
  enum { N = 600 };
  static void *fn[N];
  uint8_t insn[6] = {0xB8, 0, 0, 0, 0, 0xC3}; /* mov eax, imm32 ; ret */
  struct pool_stats before, mid;
  pool_stats_get(POOL_CODE, &before);
  uint32_t slabs0 = code_slab_count();
  for (uint32_t i = 0; i < N; i++) {
    uint32_t v = 0x1000 + i;
    memcpy(insn + 1, &v, 4);
    fn[i] = code_install(insn, sizeof(insn), i % 3 == 0 ? 64 : 16);
    KASSERT_TRUE(t, fn[i] != NULL);
    KEXPECT_EQ(t, (uintptr_t)fn[i] % (i % 3 == 0 ? 64 : 16), 0);
  }
  pool_stats_get(POOL_CODE, &mid);
  KEXPECT_TRUE(t, code_slab_count() - slabs0 <= 3); /* not one page per function */
  KEXPECT_TRUE(t, mid.used - before.used <= 3 * 4 * PAGE_SIZE);
  uint32_t wrong = 0;
  for (uint32_t i = 0; i < N; i++) wrong += ((const_fn)(uintptr_t)fn[i])() != 0x1000 + i;
  KEXPECT_EQ(t, wrong, 0);
  if (paging_nx_enabled()) KEXPECT_EQ(t, wx_pages(), 0);
  struct mm_fault f;
  KEXPECT_TRUE(t, mm_probe_write8((volatile uint8_t *)fn[7], 0x90, &f));
  KEXPECT_EQ(t, f.err & (PF_PRESENT | PF_WRITE), PF_PRESENT | PF_WRITE);
  for (uint32_t i = 0; i < N; i += 2) code_uninstall(fn[i]);
  for (uint32_t i = 1; i < N; i += 2) wrong += ((const_fn)(uintptr_t)fn[i])() != 0x1000 + i;
  KEXPECT_EQ(t, wrong, 0);
  KEXPECT_EQ(t, *(volatile uint8_t *)fn[0], 0xCC); /* uninstalled code traps */
  for (uint32_t i = 1; i < N; i += 2) code_uninstall(fn[i]);
  if (paging_nx_enabled()) KEXPECT_EQ(t, wx_pages(), 0);
  KEXPECT_EQ(t, code_slab_count(), slabs0); /* empty slabs are given back */
  struct pool_stats after;
  pool_stats_get(POOL_CODE, &after);
  KEXPECT_EQ(t, after.used, before.used);
}

KTEST(mm_codepack, big_function_gets_own_block) {
  enum { LEN = 10000 };
  static uint8_t body[LEN];
  memset(body, 0x90, LEN); /* nop sled */
  body[LEN - 6] = 0xB8;    /* mov eax, 77 ; ret */
  uint32_t v = 77;
  memcpy(body + LEN - 5, &v, 4);
  body[LEN - 1] = 0xC3;
  uint32_t slabs0 = code_slab_count();
  void *code = code_install(body, LEN, 16);
  KASSERT_TRUE(t, code != NULL);
  KEXPECT_EQ(t, code_slab_count(), slabs0 + 1);
  KEXPECT_EQ(t, ((const_fn)(uintptr_t)code)(), 77);
  code_uninstall(code);
  KEXPECT_EQ(t, code_slab_count(), slabs0);
  KEXPECT_TRUE(t, code_install(body, 0, 16) == NULL);
  KEXPECT_TRUE(t, code_install(body, 10, 128) == NULL);
}

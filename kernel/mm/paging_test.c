/* paging_test.c — KTESTs of paging, NX, W^X and guard pages (suite mm_paging). */
#include "fault.h"
#include "frames.h"
#include "paging.h"
#include "pool.h"
#include "pool_layout.h"
#include "test/ktest.h"

extern char __text_start[], __text_end[], __rodata_end[], __kernel_end[];
extern char kernel_stack_guard[], kernel_stack_bottom[];

static void kernel_layout_dummy_text(void) {}

static const uint32_t some_rodata_word = 0x5EED1234u;
static uint32_t some_data_word = 7;

KTEST(mm_paging, kernel_layout) {
  struct paging_mapping m;
  KASSERT_TRUE(t, paging_enabled());
  unsigned nxf = paging_nx_enabled() ? 0 : PAGE_X; /* without NX everything is executable */
  KEXPECT_TRUE(t, paging_query((uintptr_t)&kernel_layout_dummy_text, &m));
  KEXPECT_EQ(t, m.flags, PAGE_R | PAGE_X);
  KEXPECT_TRUE(t, paging_query((uintptr_t)&some_rodata_word, &m));
  KEXPECT_EQ(t, m.flags, PAGE_R | nxf);
  KEXPECT_TRUE(t, paging_query((uintptr_t)&some_data_word, &m));
  KEXPECT_EQ(t, m.flags, PAGE_R | PAGE_W | nxf);
  KEXPECT_EQ(t, m.phys, (uintptr_t)&some_data_word & PAGE_MASK); /* identity */
  KEXPECT_TRUE(t, paging_query(0xB8000, &m));
  KEXPECT_EQ(t, m.flags, PAGE_R | PAGE_W | nxf);
  KEXPECT_TRUE(t, paging_query(0, &m));
  KEXPECT_EQ(t, m.flags, PAGE_R | nxf);
  KEXPECT_TRUE(t, !paging_query(KJIT_POOL_CODE_END, &m)); /* gap after a pool */
}

KTEST(mm_paging, stack_guard_not_present) {
  struct paging_mapping m;
  struct mm_fault f;
  KEXPECT_TRUE(t, !paging_query((uintptr_t)kernel_stack_guard, &m));
  KEXPECT_TRUE(t, paging_query((uintptr_t)kernel_stack_bottom, &m));
  KEXPECT_TRUE(t, !paging_query((uintptr_t)kernel_stack_guard + PAGE_SIZE - 4, &m));
  KEXPECT_TRUE(t, mm_probe_read8(kernel_stack_guard + 100, &f));
  KEXPECT_EQ(t, f.addr, (uintptr_t)kernel_stack_guard + 100);
  KEXPECT_EQ(t, f.err & (PF_PRESENT | PF_WRITE | PF_USER), 0);
  KEXPECT_TRUE(t, paging_guard_name((uintptr_t)kernel_stack_guard) != NULL);
}

KTEST(mm_paging, write_protect_kernel) {
  struct mm_fault f;
  /* CR0.WP: supervisor writes to read-only pages fault */
  KEXPECT_TRUE(t, mm_probe_write8((volatile uint8_t *)__text_start + 64, 0x90, &f));
  KEXPECT_EQ(t, f.err & (PF_PRESENT | PF_WRITE), PF_PRESENT | PF_WRITE);
  KEXPECT_TRUE(t, mm_probe_write8((volatile uint8_t *)&some_rodata_word, 0, &f));
  KEXPECT_EQ(t, some_rodata_word, 0x5EED1234u);
  KEXPECT_TRUE(t, !mm_probe_write8((volatile uint8_t *)&some_data_word, 9, &f));
  KEXPECT_EQ(t, some_data_word, 9);
  KEXPECT_TRUE(t, mm_probe_write8((volatile uint8_t *)0x10, 1, &f)); /* NULL page is R-- */
}

KTEST(mm_paging, map_protect_unmap) {
  uintptr_t va = KJIT_POOL_REGION_END; /* nothing lives above the pools */
  uint32_t frame = frame_alloc();
  struct paging_mapping m;
  struct mm_fault f;
  KASSERT_TRUE(t, frame != 0);
  KASSERT_TRUE(t, paging_map(va, frame, PAGE_R | PAGE_W));
  KEXPECT_TRUE(t, paging_query(va + 123, &m));
  KEXPECT_EQ(t, m.phys, frame);
  volatile uint32_t *w = (volatile uint32_t *)va;
  w[5] = 0xABCD;
  KEXPECT_EQ(t, w[5], 0xABCD);
  KEXPECT_TRUE(t, paging_protect(va, 1, PAGE_R));
  KEXPECT_TRUE(t, mm_probe_write8((volatile uint8_t *)va + 20, 1, &f));
  KEXPECT_EQ(t, f.err & (PF_PRESENT | PF_WRITE), PF_PRESENT | PF_WRITE);
  KEXPECT_EQ(t, w[5], 0xABCD);
  KEXPECT_TRUE(t, paging_protect(va, 1, PAGE_R | PAGE_W));
  KEXPECT_TRUE(t, !mm_probe_write8((volatile uint8_t *)va + 20, 1, &f));
  uint64_t phys = 0;
  KEXPECT_TRUE(t, paging_unmap(va, &phys));
  KEXPECT_EQ(t, phys, frame);
  KEXPECT_TRUE(t, !paging_query(va, &m));
  KEXPECT_TRUE(t, mm_probe_read8((volatile uint8_t *)va, &f));
  KEXPECT_EQ(t, f.err & PF_PRESENT, 0);
  KEXPECT_TRUE(t, !paging_protect(va, PAGE_SIZE, PAGE_R)); /* unmapped: refused */
  frame_free(frame);
}

KTEST(mm_paging, nx_data_page) {
  if (!paging_nx_enabled()) {
    ktest_skip(t, "CPU or command line without NX");
    return;
  }
  struct mm_fault f;
  uint8_t *p = pool_alloc(POOL_DATA, 64, 16);
  KASSERT_TRUE(t, p != NULL);
  p[0] = 0xC3; /* ret */
  KEXPECT_TRUE(t, mm_probe_exec(p, &f));
  KEXPECT_EQ(t, f.addr, (uintptr_t)p);
  KEXPECT_EQ(t, f.err & (PF_FETCH | PF_PRESENT), PF_FETCH | PF_PRESENT);
  KEXPECT_EQ(t, f.eip, (uintptr_t)p);
  /* the kernel stack is NX too */
  volatile uint8_t on_stack[16] = {0xC3};
  KEXPECT_TRUE(t, mm_probe_exec((const void *)on_stack, &f));
  pool_free(POOL_DATA, p);
}

struct wx_scan {
  uint32_t pages, wx, code_writable;
  uintptr_t first_bad;
};

static void wx_visit(void *ctx, uintptr_t va, uint64_t phys, unsigned flags) {
  struct wx_scan *s = ctx;
  KJIT_UNUSED(phys);
  s->pages++;
  if ((flags & (PAGE_W | PAGE_X)) == (PAGE_W | PAGE_X)) {
    if (!s->wx) s->first_bad = va;
    s->wx++;
  }
}

static void check_no_wx(struct ktest *t) {
  struct wx_scan s = {0, 0, 0, 0};
  paging_walk(wx_visit, &s);
  KEXPECT_TRUE(t, s.pages > 100);
  if (s.wx)
    ktest_fail_at(t, __FILE__, __LINE__, "%u W+X pages, first at 0x%08x", (unsigned)s.wx,
                  (unsigned)s.first_bad);
}

/* mov eax, imm32 ; ret */
static void emit_return_const(uint8_t *p, uint32_t v) {
  p[0] = 0xB8;
  memcpy(p + 1, &v, 4);
  p[5] = 0xC3;
}

KTEST(mm_paging, wx_code_publish) {
  if (!paging_nx_enabled()) {
    ktest_skip(t, "without NX writable pages are executable; W^X cannot hold");
    return;
  }
  enum { BLOCKS = 8 };
  uint8_t *code[BLOCKS];
  struct mm_fault f;
  struct paging_mapping m;
  check_no_wx(t);
  for (unsigned i = 0; i < BLOCKS; i++) {
    code[i] = code_alloc(100 + i * 1500);
    KASSERT_TRUE(t, code[i] != NULL);
    KEXPECT_TRUE(t, paging_query((uintptr_t)code[i], &m));
    KEXPECT_EQ(t, m.flags, PAGE_R | PAGE_W); /* writable, not executable */
    KEXPECT_TRUE(t, mm_probe_exec(code[i], &f)); /* unpublished code does not run */
    emit_return_const(code[i], 1000 + i);
    code_publish(code[i], 6);
    KEXPECT_TRUE(t, code_is_published(code[i]));
    KEXPECT_TRUE(t, paging_query((uintptr_t)code[i], &m));
    KEXPECT_EQ(t, m.flags, PAGE_R | PAGE_X);
    uint32_t (*fn)(void) = (uint32_t(*)(void))(uintptr_t)code[i];
    KEXPECT_EQ(t, fn(), 1000 + i);
    KEXPECT_TRUE(t, mm_probe_write8(code[i] + 1, 0x00, &f)); /* published code is read-only */
    KEXPECT_EQ(t, f.addr, (uintptr_t)code[i] + 1);
    KEXPECT_EQ(t, f.err & (PF_PRESENT | PF_WRITE | PF_FETCH), PF_PRESENT | PF_WRITE);
    KEXPECT_EQ(t, fn(), 1000 + i);
    check_no_wx(t);
  }
  for (unsigned i = 0; i < BLOCKS; i += 2) code_free(code[i]);
  check_no_wx(t);
  uint32_t (*fn)(void) = (uint32_t(*)(void))(uintptr_t)code[1];
  KEXPECT_EQ(t, fn(), 1001); /* neighbours of freed blocks keep running */
  for (unsigned i = 1; i < BLOCKS; i += 2) code_free(code[i]);
  check_no_wx(t);
}

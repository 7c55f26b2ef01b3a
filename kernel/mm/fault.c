/* fault.c — page-fault hook, expected faults and memory probes (see fault.h). */
#include "fault.h"

#include "arch/x86/interrupt.h"
#include "paging.h"
#include "pool.h"

int mm_raw_read8(const volatile void *addr);
int mm_raw_write8(volatile void *addr, uint32_t value);
int mm_raw_call(const void *addr);
void mm_fixup_ret1(void);
void mm_fixup_pop_ret1(void);

static volatile struct {
  bool armed, taken;
  uintptr_t page;
  uintptr_t recovery;
  struct mm_fault fault;
} expect;

const char *mm_fault_access(uint32_t err) {
  static const char *const text[] = {
      "read from not-present page",
      "read from present page",
      "write to not-present page",
      "write to present page",
  };
  if (err & PF_FETCH)
    return (err & PF_PRESENT) ? "instruction fetch from present page"
                              : "instruction fetch from not-present page";
  return text[err & (PF_PRESENT | PF_WRITE)];
}

static bool page_fault_hook(struct interrupt_frame *f) {
  uintptr_t addr = read_cr2();
  if (expect.armed && (addr & PAGE_MASK) == expect.page) {
    expect.fault.addr = addr;
    expect.fault.err = f->err;
    expect.fault.eip = f->eip;
    expect.taken = true;
    expect.armed = false;
    f->eip = (uint32_t)expect.recovery;
    return true;
  }
  kprintf("@kjit page-fault addr=0x%08x eip=0x%08x err=0x%x access=\"%s\" mode=%s rsvd=%u",
          (unsigned)addr, (unsigned)f->eip, (unsigned)f->err, mm_fault_access(f->err),
          (f->err & PF_USER) ? "user" : "supervisor", (unsigned)((f->err & PF_RSVD) ? 1 : 0));
  const char *guard = paging_guard_name(addr);
  if (guard) kprintf(" guard=\"%s\"", guard);
  const char *pool = pool_name_of(addr);
  if (pool) kprintf(" pool=%s", pool);
  if (addr < PAGE_SIZE) kprintf(" note=\"null pointer\"");
  kprintf("\n");
  return false; /* the crash handler prints the crash event and ends the run */
}

void fault_init(void) {
  if (!idt_add_exception_hook(14, page_fault_hook))
    kpanic("fault_init: no room for the page-fault hook");
}

void mm_expect_fault(uintptr_t addr, uintptr_t recovery_eip) {
  expect.taken = false;
  expect.page = addr & PAGE_MASK;
  expect.recovery = recovery_eip;
  expect.armed = true;
}

bool mm_fault_taken(struct mm_fault *out) {
  expect.armed = false;
  bool taken = expect.taken;
  if (taken && out) {
    out->addr = expect.fault.addr;
    out->err = expect.fault.err;
    out->eip = expect.fault.eip;
  }
  expect.taken = false;
  return taken;
}

static bool probe_done(int faulted, struct mm_fault *fault) {
  bool taken = mm_fault_taken(fault);
  if (faulted && !taken) kpanic("mm probe: fix-up ran without a recorded fault");
  return faulted != 0;
}

bool mm_probe_read8(const volatile void *addr, struct mm_fault *fault) {
  mm_expect_fault((uintptr_t)addr, (uintptr_t)mm_fixup_ret1);
  return probe_done(mm_raw_read8(addr), fault);
}

bool mm_probe_write8(volatile void *addr, uint8_t value, struct mm_fault *fault) {
  mm_expect_fault((uintptr_t)addr, (uintptr_t)mm_fixup_ret1);
  return probe_done(mm_raw_write8(addr, value), fault);
}

bool mm_probe_exec(const void *addr, struct mm_fault *fault) {
  mm_expect_fault((uintptr_t)addr, (uintptr_t)mm_fixup_pop_ret1);
  return probe_done(mm_raw_call(addr), fault);
}

/* idt_ktest.c — exception hooks: resume after a fault, frame edits, order, limits. */
#include "../../test/ktest.h"
#include "interrupt.h"

#define VEC_DIVIDE 0
#define VEC_BREAKPOINT 3
#define VEC_INVALID_OPCODE 6

static volatile unsigned skip_calls, decline_calls, last_vector;

/* Handle #UD from `ud2` (2 bytes) by stepping over it. */
static bool skip_ud2(struct interrupt_frame *f) {
  skip_calls++;
  last_vector = f->vector;
  f->eip += 2;
  return true;
}

static bool decline(struct interrupt_frame *f) {
  KJIT_UNUSED(f);
  decline_calls++;
  return false;
}

/* Handle #DE from `divl %ecx` (2 bytes): make the quotient 42. */
static bool divide_gives_42(struct interrupt_frame *f) {
  f->eax = 42;
  f->eip += 2;
  return true;
}

KTEST(idt, hook_resumes_after_fault) {
  skip_calls = 0;
  KASSERT_TRUE(t, idt_add_exception_hook(VEC_INVALID_OPCODE, skip_ud2));
  uint32_t in = 0x12345678u, out;
  __asm__ volatile("mov %1, %%esi\n\tud2\n\tmov %%esi, %0" : "=r"(out) : "r"(in) : "esi");
  idt_remove_exception_hook(VEC_INVALID_OPCODE, skip_ud2);
  KEXPECT_EQ(t, skip_calls, 1);
  KEXPECT_EQ(t, last_vector, VEC_INVALID_OPCODE);
  KEXPECT_EQ(t, out, in); /* registers survive the round trip */
}

KTEST(idt, hook_edits_frame) {
  KASSERT_TRUE(t, idt_add_exception_hook(VEC_DIVIDE, divide_gives_42));
  uint32_t quotient;
  __asm__ volatile("xor %%edx, %%edx\n\tdivl %%ecx" : "=a"(quotient) : "a"(7u), "c"(0u) : "edx");
  idt_remove_exception_hook(VEC_DIVIDE, divide_gives_42);
  KEXPECT_EQ(t, quotient, 42);
}

KTEST(idt, hooks_run_most_recent_first) {
  skip_calls = decline_calls = 0;
  KASSERT_TRUE(t, idt_add_exception_hook(VEC_INVALID_OPCODE, skip_ud2));
  KASSERT_TRUE(t, idt_add_exception_hook(VEC_INVALID_OPCODE, decline));
  __asm__ volatile("ud2");
  idt_remove_exception_hook(VEC_INVALID_OPCODE, decline);
  idt_remove_exception_hook(VEC_INVALID_OPCODE, skip_ud2);
  KEXPECT_EQ(t, decline_calls, 1); /* asked first, passed it on */
  KEXPECT_EQ(t, skip_calls, 1);
}

KTEST(idt, hook_table_limits) {
  KEXPECT_TRUE(t, !idt_add_exception_hook(32, decline));
  KEXPECT_TRUE(t, !idt_add_exception_hook(VEC_BREAKPOINT, NULL));
  unsigned added = 0;
  while (added < 10 && idt_add_exception_hook(VEC_BREAKPOINT, decline)) added++;
  KEXPECT_EQ(t, added, 4);
  for (unsigned i = 0; i < added; i++) idt_remove_exception_hook(VEC_BREAKPOINT, decline);
  KEXPECT_TRUE(t, idt_add_exception_hook(VEC_BREAKPOINT, decline));
  idt_remove_exception_hook(VEC_BREAKPOINT, decline);
}

KTEST(idt, exception_names) {
  KEXPECT_EQ(t, strcmp(exception_name(0), "Divide Error"), 0);
  KEXPECT_EQ(t, strcmp(exception_name(14), "Page Fault"), 0);
  KEXPECT_EQ(t, strcmp(exception_name(13), "General Protection"), 0);
  KEXPECT_EQ(t, strcmp(exception_name(200), "Interrupt"), 0);
}

/* double_fault.c — the double-fault task: runs on its own stack after a task
 * switch, so it works even when the kernel stack is unusable (overflow into
 * the guard page). Reports the state the CPU saved in kernel_tss. */
#include "interrupt.h"
#include "tss.h"

void double_fault_report(void) {
  const struct tss *k = &kernel_tss;
  struct interrupt_frame f = {
      .gs = k->gs, .fs = k->fs, .es = k->es, .ds = k->ds,
      .edi = k->edi, .esi = k->esi, .ebp = k->ebp, .esp_dummy = k->esp,
      .ebx = k->ebx, .edx = k->edx, .ecx = k->ecx, .eax = k->eax,
      .vector = 8, .err = 0,
      .eip = k->eip, .cs = k->cs, .eflags = k->eflags,
      .useresp = k->esp, .ss = k->ss,
  };
  crash_report_at(&f, k->esp);
}

/* tss.h — the 32-bit task-state segment and the double-fault task. */
#ifndef KJIT_TSS_H
#define KJIT_TSS_H

#include "../../lib/klib.h"

struct __attribute__((packed)) tss {
  uint32_t prev_task;
  uint32_t esp0, ss0, esp1, ss1, esp2, ss2;
  uint32_t cr3, eip, eflags;
  uint32_t eax, ecx, edx, ebx, esp, ebp, esi, edi;
  uint32_t es, cs, ss, ds, fs, gs;
  uint32_t ldt;
  uint16_t trap, iomap_base;
};

/* The TSS the kernel runs in (the CPU saves the faulting state here when it
 * switches to the double-fault task) and the double-fault task's TSS. */
extern struct tss kernel_tss;
extern struct tss double_fault_tss;

/* Entry of the double-fault task (isr.S): clears CR0.TS, then calls
 * double_fault_report(), which reports the crash from kernel_tss. */
KJIT_NORETURN void double_fault_task(void);
KJIT_NORETURN void double_fault_report(void);

#endif

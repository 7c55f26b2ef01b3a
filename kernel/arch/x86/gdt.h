/* gdt.h — the flat GDT: ring-0 code and data covering all 4 GiB, plus TSSs. */
#ifndef KJIT_GDT_H
#define KJIT_GDT_H

#define GDT_KERNEL_CODE 0x08
#define GDT_KERNEL_DATA 0x10
#define GDT_KERNEL_TSS 0x18
#define GDT_DOUBLE_FAULT_TSS 0x20

/* Load the GDT, reload every segment register and the task register. */
void gdt_init(void);

/* Copy the current CR3 into the double-fault task (the CPU loads CR3 from it
 * on the task switch). Call after changing CR3, e.g. after enabling paging;
 * kmain calls it once the subsystems are initialised. */
void gdt_sync_fault_task_cr3(void);

/* Page below the double-fault task's stack, to be left unmapped as a guard. */
void *gdt_fault_stack_guard(void);

#endif

/* crash.c — the `@kjit crash` report for unhandled CPU exceptions. */
#include "interrupt.h"

#include "../../kjit.h"
#include "io.h"

static const char *const names[32] = {
    "Divide Error",
    "Debug",
    "NMI Interrupt",
    "Breakpoint",
    "Overflow",
    "BOUND Range Exceeded",
    "Invalid Opcode",
    "Device Not Available",
    "Double Fault",
    "Coprocessor Segment Overrun",
    "Invalid TSS",
    "Segment Not Present",
    "Stack-Segment Fault",
    "General Protection",
    "Page Fault",
    "Reserved",
    "x87 FPU Floating-Point Error",
    "Alignment Check",
    "Machine Check",
    "SIMD Floating-Point Exception",
    "Virtualization Exception",
    "Control Protection Exception",
    "Reserved", "Reserved", "Reserved", "Reserved", "Reserved", "Reserved",
    "Hypervisor Injection Exception",
    "VMM Communication Exception",
    "Security Exception",
    "Reserved",
};

const char *exception_name(unsigned vector) {
  return vector < KJIT_ARRAY_LEN(names) ? names[vector] : "Interrupt";
}

static bool crashing;

void crash_report(const struct interrupt_frame *f) {
  /* Same-ring exceptions push no ESP/SS: the faulting ESP is where they would be. */
  crash_report_at(f, (f->cs & 3) ? f->useresp : (uint32_t)(uintptr_t)&f->useresp);
}

void crash_report_at(const struct interrupt_frame *f, uint32_t esp) {
  if (crashing) { /* fault inside the crash report: end the run at once */
    outb(0xF4, 0x12);
    for (;;) __asm__ volatile("cli; hlt");
  }
  crashing = true;
  kprintf("@kjit crash vector=%u name=\"%s\" err=0x%x eip=0x%08x cs=0x%x eflags=0x%08x",
          f->vector, exception_name(f->vector), f->err, f->eip, f->cs & 0xFFFF, f->eflags);
  kprintf(" eax=0x%08x ebx=0x%08x ecx=0x%08x edx=0x%08x esi=0x%08x edi=0x%08x", f->eax, f->ebx,
          f->ecx, f->edx, f->esi, f->edi);
  kprintf(" ebp=0x%08x esp=0x%08x cr2=0x%08x\n", f->ebp, esp, read_cr2());
  kernel_exit(KERNEL_EXIT_CRASH);
}

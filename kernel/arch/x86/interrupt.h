/* interrupt.h — the register frame every exception/interrupt stub builds,
 * and hooks through which subsystems (paging, the JIT) handle exceptions. */
#ifndef KJIT_INTERRUPT_H
#define KJIT_INTERRUPT_H

#include "../../lib/klib.h"

/* Layout pushed by the common stub (lowest address first): segment and
 * general registers (pusha order reversed), vector, error code (0 when the CPU
 * pushes none), then what the CPU pushed. esp/ss are only valid on a
 * privilege change; for a same-ring fault the faulting ESP is
 * (uint32_t)&frame->useresp. */
struct interrupt_frame {
  uint32_t gs, fs, es, ds;
  uint32_t edi, esi, ebp, esp_dummy, ebx, edx, ecx, eax;
  uint32_t vector, err;
  uint32_t eip, cs, eflags;
  uint32_t useresp, ss;
};

/* An exception hook returns true when it handled the exception (it may edit
 * the frame, e.g. move eip past a faulting instruction, and execution resumes
 * from the frame); false passes the exception on to the next hook and finally
 * to the crash handler, which prints a `crash` event and ends the run. */
typedef bool (*exception_hook_fn)(struct interrupt_frame *frame);

/* Install a hook for a CPU exception vector (0..31). Up to 4 hooks per vector,
 * called most recent first. Returns false when the table is full. */
bool idt_add_exception_hook(unsigned vector, exception_hook_fn hook);
/* Point IDT vector 32..255 at an interrupt gate (ring 0, interrupts off on
 * entry) running `handler`, an assembly stub. False for exception vectors,
 * vectors past the table, or a NULL handler. */
bool idt_set_interrupt_gate(unsigned vector, void (*handler)(void));
/* Remove a hook installed with idt_add_exception_hook (for tests). */
void idt_remove_exception_hook(unsigned vector, exception_hook_fn hook);

static inline uint32_t read_cr2(void) {
  uint32_t v;
  __asm__ volatile("mov %%cr2, %0" : "=r"(v));
  return v;
}

/* Fill the IDT with the 32 exception stubs and load it (kernel start-up). */
void idt_init(void);

/* The Intel name of an exception vector ("Divide Error", "Page Fault", ...);
 * "Reserved" for unnamed vectors below 32, "Interrupt" above. */
const char *exception_name(unsigned vector);

/* Print the `@kjit crash` event for `frame` and end the run (crash exit). */
KJIT_NORETURN void crash_report(const struct interrupt_frame *frame);
/* The same, with the faulting ESP given explicitly (e.g. from a TSS). */
KJIT_NORETURN void crash_report_at(const struct interrupt_frame *frame, uint32_t esp);

#endif

/* idt.c — the IDT for CPU exceptions 0..31, exception hooks, and dispatch. */
#include "gdt.h"
#include "interrupt.h"

#define IDT_ENTRIES 256
#define EXCEPTION_VECTORS 32
#define HOOKS_PER_VECTOR 4
#define GATE_INTERRUPT_32 0x8E /* present, ring 0, 32-bit interrupt gate */
#define GATE_TASK 0x85         /* present, ring 0, task gate */
#define VEC_DOUBLE_FAULT 8

struct __attribute__((packed)) idt_entry {
  uint16_t offset_low;
  uint16_t selector;
  uint8_t zero;
  uint8_t type_attr;
  uint16_t offset_high;
};

struct __attribute__((packed)) idt_pointer {
  uint16_t limit;
  uint32_t base;
};

extern const uint32_t isr_stub_table[EXCEPTION_VECTORS];

static struct idt_entry idt[IDT_ENTRIES] __attribute__((aligned(8)));
static exception_hook_fn hooks[EXCEPTION_VECTORS][HOOKS_PER_VECTOR];
static unsigned hook_count[EXCEPTION_VECTORS];

void idt_init(void) {
  for (unsigned v = 0; v < EXCEPTION_VECTORS; v++) {
    uint32_t addr = isr_stub_table[v];
    idt[v] = (struct idt_entry){(uint16_t)(addr & 0xFFFF), GDT_KERNEL_CODE, 0, GATE_INTERRUPT_32,
                                (uint16_t)(addr >> 16)};
  }
  /* #DF switches to its own task and stack (see gdt.c, double_fault.c). */
  idt[VEC_DOUBLE_FAULT] = (struct idt_entry){0, GDT_DOUBLE_FAULT_TSS, 0, GATE_TASK, 0};
  struct idt_pointer ptr = {sizeof idt - 1, (uint32_t)(uintptr_t)idt};
  __asm__ volatile("lidt %0" : : "m"(ptr) : "memory");
}

bool idt_set_interrupt_gate(unsigned vector, void (*handler)(void)) {
  if (vector < EXCEPTION_VECTORS || vector >= IDT_ENTRIES || handler == NULL) return false;
  uint32_t addr = (uint32_t)(uintptr_t)handler;
  idt[vector] = (struct idt_entry){(uint16_t)(addr & 0xFFFF), GDT_KERNEL_CODE, 0, GATE_INTERRUPT_32,
                                   (uint16_t)(addr >> 16)};
  return true;
}

bool idt_add_exception_hook(unsigned vector, exception_hook_fn hook) {
  if (vector >= EXCEPTION_VECTORS || hook == NULL) return false;
  if (hook_count[vector] >= HOOKS_PER_VECTOR) return false;
  hooks[vector][hook_count[vector]++] = hook;
  return true;
}

void idt_remove_exception_hook(unsigned vector, exception_hook_fn hook) {
  if (vector >= EXCEPTION_VECTORS) return;
  unsigned n = hook_count[vector];
  for (unsigned i = 0; i < n; i++) {
    if (hooks[vector][i] != hook) continue;
    for (unsigned j = i + 1; j < n; j++) hooks[vector][j - 1] = hooks[vector][j];
    hooks[vector][--hook_count[vector]] = NULL;
    return;
  }
}

/* Called by isr_common (isr.S) with the saved frame. */
void interrupt_dispatch(struct interrupt_frame *frame);
void interrupt_dispatch(struct interrupt_frame *frame) {
  unsigned v = frame->vector;
  if (v < EXCEPTION_VECTORS) {
    for (unsigned i = hook_count[v]; i-- > 0;) {
      exception_hook_fn hook = hooks[v][i];
      if (hook && hook(frame)) return;
    }
  }
  crash_report(frame);
}

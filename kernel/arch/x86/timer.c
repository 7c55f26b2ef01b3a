/* timer.c — PIT channel 0 tick on IRQ0 for the execution watchdog (see timer.h). */
#include "timer.h"

#include "gdt.h"
#include "io.h"
#include "pic.h"

#define PIT_CH0_DATA 0x40
#define PIT_CMD 0x43
#define PIT_CMD_CH0_RATE 0x34 /* channel 0, lobyte/hibyte, mode 2 (rate generator), binary */
#define PIC1_CMD 0x20
#define PIC_EOI 0x20
#define IRQ_TIMER 0u
#define IRQ_SPURIOUS_MASTER 7u

void timer_irq0_stub(void);
void timer_spurious_stub(void);
void timer_irq_dispatch(struct interrupt_frame *frame);

static volatile uint32_t ticks;
static timer_tick_fn tick_fn;
static bool gates_installed;

/*
 * IRQ0 entry: the same frame as isr.S (error code 0, vector 0x20), plus the
 * SSE/x87 state saved with fxsave on the interrupted stack, so that the C
 * handler may use any register while JIT code was interrupted anywhere.
 * The spurious IRQ7 of the master PIC gets a bare iret (no EOI, by the 8259
 * rules); no other IRQ is ever unmasked.
 */
__asm__(".text\n"
        ".globl timer_irq0_stub\n"
        ".type timer_irq0_stub, @function\n"
        ".p2align 4\n"
        "timer_irq0_stub:\n"
        "  pushl $0\n"
        "  pushl $0x20\n"
        "  pushal\n"
        "  pushl %ds\n"
        "  pushl %es\n"
        "  pushl %fs\n"
        "  pushl %gs\n"
        "  mov $0x10, %ax\n"
        "  mov %ax, %ds\n"
        "  mov %ax, %es\n"
        "  mov %ax, %fs\n"
        "  mov %ax, %gs\n"
        "  cld\n"
        "  mov %esp, %ebx\n"
        "  and $-16, %esp\n"
        "  sub $512, %esp\n"
        "  fxsave (%esp)\n"
        "  sub $12, %esp\n"
        "  push %ebx\n"
        "  call timer_irq_dispatch\n"
        "  add $16, %esp\n"
        "  fxrstor (%esp)\n"
        "  mov %ebx, %esp\n"
        "  popl %gs\n"
        "  popl %fs\n"
        "  popl %es\n"
        "  popl %ds\n"
        "  popal\n"
        "  add $8, %esp\n"
        "  iret\n"
        ".size timer_irq0_stub, . - timer_irq0_stub\n"
        ".globl timer_spurious_stub\n"
        ".type timer_spurious_stub, @function\n"
        ".p2align 4\n"
        "timer_spurious_stub:\n"
        "  iret\n"
        ".size timer_spurious_stub, . - timer_spurious_stub\n");

void timer_irq_dispatch(struct interrupt_frame *frame) {
  ticks++;
  if (tick_fn) tick_fn(frame);
  outb(PIC1_CMD, PIC_EOI);
}

static void set_gate(unsigned vector, void (*handler)(void)) {
  if (!idt_set_interrupt_gate(vector, handler))
    kpanic("timer: cannot install an interrupt gate for vector 0x%x", vector);
}

void timer_start(timer_tick_fn fn) {
  if (!gates_installed) {
    set_gate(PIC_IRQ_BASE + IRQ_TIMER, timer_irq0_stub);
    set_gate(PIC_IRQ_BASE + IRQ_SPURIOUS_MASTER, timer_spurious_stub);
    gates_installed = true;
  }
  tick_fn = fn;
  outb(PIT_CMD, PIT_CMD_CH0_RATE);
  outb(PIT_CH0_DATA, (uint8_t)(TIMER_PIT_DIVISOR & 0xFF));
  outb(PIT_CH0_DATA, (uint8_t)(TIMER_PIT_DIVISOR >> 8));
  pic_set_irq_masked(IRQ_TIMER, false);
}

void timer_stop(void) { pic_set_irq_masked(IRQ_TIMER, true); }

uint32_t timer_ticks(void) { return ticks; }

bool timer_running(void) { return !pic_irq_masked(IRQ_TIMER); }

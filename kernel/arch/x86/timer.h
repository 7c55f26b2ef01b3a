/*
 * timer.h — PIT channel 0 as a periodic tick on IRQ0 (vector PIC_IRQ_BASE).
 *
 * kjit runs with interrupts off. The timer exists for the execution watchdog
 * (kernel/jit/common/watchdog.c): timer_start() programs the PIT and unmasks
 * IRQ0 but never enables interrupts itself; the caller brackets the window in
 * which ticks may arrive with `sti` ... `cli` and calls timer_stop() after it.
 * Each tick saves the full register and SSE/x87 state (fxsave), calls the
 * tick function with the interrupted frame (it may edit it, e.g. move EIP),
 * sends EOI to the PIC and returns with iret.
 */
#ifndef KJIT_TIMER_H
#define KJIT_TIMER_H

#include "../../lib/klib.h"
#include "interrupt.h"

/* Tick rate of timer_start(). */
#define TIMER_HZ 1000u
/* PIT input clock (Hz) and the channel 0 divisor for TIMER_HZ. */
#define TIMER_PIT_HZ 1193182u
#define TIMER_PIT_DIVISOR ((TIMER_PIT_HZ + TIMER_HZ / 2) / TIMER_HZ)

/* Called on every tick with interrupts off; may edit the frame. */
typedef void (*timer_tick_fn)(struct interrupt_frame *frame);

/* Install the IRQ0 gate (first call), program PIT channel 0 as a TIMER_HZ
 * rate generator and unmask IRQ0. Does not enable interrupts. */
void timer_start(timer_tick_fn fn);
/* Mask IRQ0 again (interrupts must already be off). */
void timer_stop(void);
/* Ticks handled since boot (every IRQ0 that reached the handler). */
uint32_t timer_ticks(void);
/* True while IRQ0 is unmasked at the PIC. */
bool timer_running(void);

/* EFLAGS.IF of the current CPU state. */
static inline bool cpu_interrupts_enabled(void) {
  uint32_t flags;
  __asm__ volatile("pushfl\n\tpopl %0" : "=r"(flags));
  return (flags & 0x200u) != 0;
}

#endif

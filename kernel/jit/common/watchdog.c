/* watchdog.c — execution time limit for wasm invocations (see watchdog.h). */
#include "watchdog.h"

#include "../../arch/x86/cpu.h"
#include "../../arch/x86/interrupt.h"
#include "../../arch/x86/io.h"
#include "../../arch/x86/timer.h"
#include "exec.h"
#include "kjit_config.h"
#include "pool_layout.h"
#include "trap.h"

#ifndef KJIT_JIT_RUN_TIMEOUT_MS
#define KJIT_JIT_RUN_TIMEOUT_MS 2000
#endif

#define EFLAGS_DF 0x400u

/* watchdog_timeout_entry loads this literal into EAX. */
_Static_assert(RT_TRAP_TIMEOUT == 12, "update watchdog_timeout_entry");

static volatile bool armed;
static volatile bool expired;
static volatile uint32_t elapsed_ticks;
static uint32_t deadline_ticks;
static uint64_t deadline_tsc; /* 0: TSC rate unknown, count ticks only */
static struct watchdog_stats stats;

/* The interrupted JIT EIP of the last redirect; watchdog_timeout_entry pushes
 * it as the trap site. Written only with interrupts off. */
uint32_t watchdog_trap_pc;

__asm__(".text\n"
        ".globl watchdog_timeout_entry\n"
        ".type watchdog_timeout_entry, @function\n"
        ".p2align 4\n"
        "watchdog_timeout_entry:\n"
        "  pushl watchdog_trap_pc\n"
        "  movl $12, %eax\n"
        "  jmp rt_trap_stub\n"
        ".size watchdog_timeout_entry, . - watchdog_timeout_entry\n");

uint32_t watchdog_default_ms(void) { return KJIT_JIT_RUN_TIMEOUT_MS; }

static bool in_jit_code(uint32_t eip) {
  return eip >= KJIT_POOL_CODE_BASE && eip < KJIT_POOL_CODE_END;
}

static void watchdog_tick(struct interrupt_frame *frame) {
  if (!armed) {
    stats.ticks_outside++;
    return;
  }
  stats.ticks_armed++;
  if (elapsed_ticks < deadline_ticks) elapsed_ticks++;
  /* The deadline is wall time by the TSC when its rate is known (under TCG the
   * ticks may arrive late); the tick count is the fallback. */
  if (deadline_tsc ? rdtsc() < deadline_tsc : elapsed_ticks < deadline_ticks) return;
  expired = true;
  if (!in_jit_code(frame->eip) || rt_exec.saved_esp == 0) {
    stats.deferred++;
    return;
  }
  watchdog_trap_pc = frame->eip;
  frame->eip = (uint32_t)(uintptr_t)watchdog_timeout_entry;
  frame->eflags &= ~EFLAGS_DF; /* the C code rt_enter returns to expects DF = 0 */
  stats.fired++;
}

void watchdog_arm(uint32_t ms) {
  __asm__ volatile("cli" ::: "memory");
  if (ms == 0) ms = watchdog_default_ms();
  uint64_t t = ((uint64_t)ms * TIMER_HZ + 999u) / 1000u;
  deadline_ticks = t == 0 ? 1u : t > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)t;
  elapsed_ticks = 0;
  uint32_t khz = tsc_khz();
  deadline_tsc = khz ? rdtsc() + (uint64_t)ms * khz : 0;
  expired = false;
  armed = true;
  stats.arms++;
  timer_start(watchdog_tick);
  __asm__ volatile("sti" ::: "memory");
}

void watchdog_disarm(void) {
  __asm__ volatile("cli" ::: "memory");
  if (!armed) return;
  timer_stop();
  armed = false;
}

bool watchdog_armed(void) { return armed; }

bool watchdog_expired(void) { return expired; }

void watchdog_stats_get(struct watchdog_stats *out) {
  __asm__ volatile("" ::: "memory");
  *out = stats;
}

/*
 * watchdog.h — execution time limit for WebAssembly invocations.
 *
 *   watchdog_arm(ms);                 // PIT tick on, interrupts on (sti)
 *   uint32_t trap = rt_invoke(f, slots);
 *   watchdog_disarm();                // interrupts off (cli), tick masked
 *
 * Interrupts are enabled only between arm and disarm; the rest of the kernel
 * runs with them off. The deadline is wall time by the TSC (ticks counted at
 * TIMER_HZ when the TSC rate is unknown); it is checked on every tick
 * (arch/x86/timer.h). On a tick at or past the deadline:
 *   - EIP inside the JIT CODE pool (KJIT_POOL_CODE_BASE..END) and a live
 *     rt_enter (rt_exec.saved_esp != 0): the interrupt frame is redirected so
 *     that iret enters watchdog_timeout_entry, which pushes the interrupted
 *     EIP (it becomes rt_exec.trap_pc) and jumps to rt_trap_stub with
 *     EAX = RT_TRAP_TIMEOUT. rt_trap_stub reloads ESP from rt_exec, so the
 *     JIT's stack and registers at the interruption do not matter: the
 *     innermost rt_enter returns RT_TRAP_TIMEOUT like for any trap. Whatever
 *     the JIT code was half-way through (a store sequence, a prologue, a
 *     call) is abandoned with the instance, as for any other trap; EFLAGS.DF
 *     is cleared for the C code that resumes. JIT code must keep no data
 *     below ESP (the tick's frame is pushed on the JIT's own stack).
 *   - EIP elsewhere (C helpers, host functions, the runtime, the trampoline):
 *     nothing is touched; the trap is retried on the next tick, i.e. as soon
 *     as control is back in JIT code. A host function that never returns is
 *     not caught: kjit's host functions (kernel/app/imports.c) are bounded by
 *     their arguments.
 * The deadline stays passed, so an outer JIT frame that swallows the trap
 * (a host function re-entering wasm) is trapped again on the next tick.
 */
#ifndef KJIT_JIT_WATCHDOG_H
#define KJIT_JIT_WATCHDOG_H

#include "../../lib/klib.h"

/* Default limit when watchdog_arm gets 0 (KJIT_JIT_RUN_TIMEOUT_MS from the
 * config, builder/config.ts `jit.runTimeoutMs`). */
uint32_t watchdog_default_ms(void);

/* Start the time limit of `ms` milliseconds (0 = watchdog_default_ms()) and
 * enable interrupts. Re-arming while armed restarts the limit. */
void watchdog_arm(uint32_t ms);
/* Disable interrupts and stop the tick. Safe to call when not armed. */
void watchdog_disarm(void);
/* True between watchdog_arm and watchdog_disarm. */
bool watchdog_armed(void);
/* True once the armed limit has passed (until the next arm). */
bool watchdog_expired(void);

/* Counters since boot. */
struct watchdog_stats {
  uint32_t arms;          /* watchdog_arm calls */
  uint32_t ticks_armed;   /* ticks inside an armed window */
  uint32_t ticks_outside; /* ticks while disarmed (must stay 0) */
  uint32_t fired;         /* frames redirected to the timeout trap */
  uint32_t deferred;      /* expired ticks that hit non-JIT code */
};
void watchdog_stats_get(struct watchdog_stats *out);

/* Entry iret goes to after a redirect (see above); not callable from C. */
void watchdog_timeout_entry(void);

#endif

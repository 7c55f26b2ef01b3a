/*
 * exec.h — the execution context shared by the runtime and JIT code.
 *
 * JIT code addresses rt_exec by absolute address (the kernel is not PIC), so
 * the field offsets below are part of the ABI with trampoline.S and the tiers.
 */
#ifndef KJIT_JIT_EXEC_H
#define KJIT_JIT_EXEC_H

#include "../../lib/klib.h"

struct rt_func;

struct rt_exec_ctx {
  uint32_t saved_esp;    /* +0  ESP of the innermost rt_enter */
  uint32_t trap_kind;    /* +4  last trap (enum rt_trap_kind) */
  uint32_t trap_pc;      /* +8  return address at the trap site */
  uint32_t cstack_limit; /* +12 prologues trap when ESP is below this */
  uint32_t vstack_limit; /* +16 prologues trap when the value stack frame ends above this */
};

#define RT_EXEC_SAVED_ESP 0
#define RT_EXEC_TRAP_KIND 4
#define RT_EXEC_TRAP_PC 8
#define RT_EXEC_CSTACK_LIMIT 12
#define RT_EXEC_VSTACK_LIMIT 16

extern struct rt_exec_ctx rt_exec;

/* See trampoline.S. */
uint32_t rt_enter(const struct rt_func *f, uint64_t *slots, void *stack_top);
void rt_trap_stub(void);

#endif

/*
 * tier0.h — the baseline (tier-0) WebAssembly compiler: one pass over the
 * validated bytecode straight to i386 code through the x86 encoder.
 *
 * Code shape: every wasm value lives in an 8-byte slot addressed from ESI
 * (locals first, then the operand stack, whose height is static at every
 * instruction); see runtime.h for the calling convention.
 */
#ifndef KJIT_JIT_TIER0_H
#define KJIT_JIT_TIER0_H

#include "../../wasm/runtime/runtime.h"
#include "../x86/encoder.h"

/* Optional code emitters the tier-up machinery installs (NULL: none).
 * t0_entry_hook runs first in every function (EAX = rec, ESI = slots at that
 * point; it may clobber ECX and flags), t0_loop_hook at every loop header
 * (it may clobber only flags; loop_ordinal = index of that `loop` among the
 * function's loops in bytecode order, unreachable ones included). At a loop
 * header tier-0 code holds every value in its slot and has nothing on the
 * machine stack (ESP is as at entry), which on-stack replacement relies on.
 * t0_timer_enter_hook runs after the prologue's stack checks and
 * t0_timer_exit_hook right before every `ret` (results stored); both may
 * clobber EAX ECX EDX EBX and flags (cycle profiling). */
extern void (*t0_entry_hook)(x86_asm *a, struct rt_func *rec);
extern void (*t0_loop_hook)(x86_asm *a, struct rt_func *rec, uint32_t loop_ordinal);
extern void (*t0_timer_enter_hook)(x86_asm *a, struct rt_func *rec);
extern void (*t0_timer_exit_hook)(x86_asm *a);

/* Compile defined function `func_index` of `inst` and publish it into rec
 * (rec->code, code_block, code_size, tier = 0). Returns NULL on success or a
 * static error message; on error nothing is published and rec is unchanged. */
const char *t0_compile(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec);

/* Build the shared thunk that runs host functions (EAX = rt_func *,
 * ESI = slots) by calling rec->host; NULL on failure. */
void *t0_build_host_thunk(void);

#endif

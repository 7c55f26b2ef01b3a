/*
 * tier1.h — the tier-1 WebAssembly compiler: one pass like tier 0, but the
 * operand stack is an abstract value stack (constants, registers, deferred
 * local reads, or values in their slots), so values flow through registers,
 * immediates fold into instructions and compares fuse with branches.
 *
 * ABI: identical to tier 0 (runtime.h): ESI = slots, args/results in slots,
 * EAX = rec on entry, the same frame size, stack-limit checks, traps and
 * helper calls, so tier-0 and tier-1 code call each other freely and a
 * tier-1 body can replace a tier-0 body in place. Results are bit-identical
 * to tier 0: float operations use the SSE instructions tier 0 emits (values
 * kept in XMM registers), and every numeric operation tier 0 leaves to a
 * helper of kernel/jit/common/numeric.c is done by the same helper here.
 */
#ifndef KJIT_JIT_TIER1_H
#define KJIT_JIT_TIER1_H

#include "../../wasm/runtime/runtime.h"

/* Compile defined function `func_index` of `inst` (rec is its record: the
 * code embeds rec's address for the profile counters). On success stores the
 * executable code and its size in *code_out and *size_out and returns NULL; the
 * caller publishes it (jit_tierup_publish) — rec is NOT modified. On failure
 * returns a static message ("code pool exhausted" when code memory is full). */
const char *t1_compile(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec,
                       void **code_out, uint32_t *size_out);

/* t1_compile plus an on-stack-replacement entry for loop `loop_ordinal`
 * (contract: kernel/jit/tierup/osr.h) at code + *entry_offset_out, or
 * UINT32_MAX there when that loop is unreachable (no entry; the code is still
 * valid for calls). loop_ordinal UINT32_MAX: no entry (= t1_compile). */
const char *t1_compile_osr(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec,
                           uint32_t loop_ordinal, void **code_out, uint32_t *size_out,
                           uint32_t *entry_offset_out);

/* Counters of the compiler's work since start (for tests and reports). */
struct t1_stats {
  uint32_t funcs, code_bytes;
  uint32_t fused_branches; /* compare + br_if/if emitted as cmp; jcc */
  uint32_t folded_imms;    /* constant operands folded into instructions */
  uint32_t spills;         /* register values written back to their slots */
  uint32_t cached_locals;  /* locals kept in registers across a loop */
  uint32_t fused_addrs;    /* i32.add of a constant folded into a load's address */
  uint32_t elided_checks;  /* bounds checks covered by an earlier one on the same register */
};
extern struct t1_stats t1_stats;

#endif

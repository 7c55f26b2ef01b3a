/*
 * tier2.h — the optimising (tier-2) WebAssembly compiler.
 *
 * Same ABI as tier 0 (runtime.h: ESI = slots, arguments in slots[0..n),
 * results in slots[0..r), EAX = rec on entry, the same stack-limit checks,
 * trap stubs and helper calls), so tier-2 code replaces tier-0 code in place
 * and the two call each other freely. What it does better than tier 0:
 *  - an abstract operand stack: constants, registers and local aliases flow
 *    between instructions without going through the slots (constant folding,
 *    copy propagation, dead values dropped without code);
 *  - the hottest i32 locals (use counts weighted by loop depth) live in
 *    EBX/EDI/EBP for the whole function (saved around wasm calls only: the
 *    C helpers preserve them);
 *  - the memory base is kept in EBP when the function contains no call and no
 *    memory.grow (loop- and function-invariant);
 *  - bounds checks are skipped when the same register local (unchanged since)
 *    or constant address was already checked for at least that extent in the
 *    same extended basic block;
 *  - i32 compares fused with br_if/if (a branch straight to the target when
 *    no values move), immediates folded into instructions, `x = x op y`
 *    updated in place, i32 div/rem/clz/ctz inline with tier 0's trap order;
 *  - jit_tierup_config.profile_cycles: the same TSC enter/exit sequences as
 *    tier 1.
 * Everything else (i64 beyond add/sub/and/or/xor, floats, conversions, bulk
 * memory) keeps tier 0's exact code or helpers, so results and traps are
 * bit-identical. Not an SSA optimiser: one pass, no LICM beyond the memory
 * base, no loop bounds-check hoisting, no inlining (see the lead's report).
 */
#ifndef KJIT_JIT_TIER2_H
#define KJIT_JIT_TIER2_H

#include "../../wasm/runtime/runtime.h"

/* Compile defined function `func_index` of `inst`. On success returns NULL
 * and stores the published (executable) code block in *code_out / *size_out;
 * rec is NOT modified (the tier swap publishes it, and must hand the block to
 * rt_track_code or rt_plat_code_free). On failure returns a static message
 * ("tier2: unsupported opcode", ...) and allocates nothing. `rec` is only
 * read (may be NULL). */
const char *t2_compile(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec,
                       void **code_out, uint32_t *size_out);

/* Statistics of the last successful t2_compile (for tests and reports). */
struct t2_stats {
  uint32_t reg_locals;     /* i32 locals kept in registers */
  bool mem_base_in_reg;    /* EBP held the memory base */
  uint32_t checks_emitted; /* bounds checks emitted */
  uint32_t checks_removed; /* bounds checks proven redundant */
  uint32_t consts_folded;  /* operations folded at compile time */
  uint32_t inlined;        /* direct calls compiled inline */
};
extern struct t2_stats t2_last_stats;

/* Profile-guided inlining: a direct call is compiled inline when the callee
 * is a defined function of the same instance, at most 64 bytes of bytecode,
 * makes no calls itself (so no recursion), and its rec->calls counter is at
 * least t2_inline_min_calls (default 0: tier 2 only compiles hot code, and a
 * forced tier 2 has no counts). */
extern uint32_t t2_inline_min_calls;

#endif

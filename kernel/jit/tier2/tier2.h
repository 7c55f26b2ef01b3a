/*
 * tier2.h — the optimising (tier-2) WebAssembly compiler.
 *
 * Same ABI as tier 0 (runtime.h: ESI = slots, arguments in slots[0..n),
 * results in slots[0..r), EAX = rec on entry, the same stack-limit checks,
 * trap stubs and helper calls), so tier-2 code replaces tier-0 code in place
 * and the tiers call each other freely.
 *
 * One compiler, over an IR (ir.h; ir_build.c, ir_opt.c, ir_bce.c,
 * ir_regalloc.c, ir_lower.c): wasm -> CFG of basic blocks over virtual
 * registers; constant folding and copy propagation while building, DCE,
 * LICM (pure ops; the memory base and bounds-check limits in loops without
 * calls / memory.grow), bounds checks removed for constant addresses inside
 * the memory and when dominated by a wider check of the same unchanged
 * address, per-iteration checks hoisted out of loops by versioning,
 * profile-guided inlining of small leaf callees, dead-store removal from
 * liveness, and linear-scan allocation over the whole function (i32 in EBX
 * EDI EBP ECX EDX, f32/f64 in XMM1..XMM7, i64 in frame slots; values across
 * wasm calls saved/reloaded when worth it). i32 / f32 / f64 arithmetic,
 * compares, div/rem, i64 add/sub/and/or/xor/mul/compares/constant shifts,
 * loads, stores, calls and control flow are inline; the rest (i64
 * div/rem/variable shifts, float min/max/rounding/conversions but i32 ->
 * float, bulk memory) call tier 0's numeric / runtime helpers, so results
 * and NaN bits match tier 0. A function the IR path cannot build (e.g. too
 * large for its limits) gets the error back; the tier-up machinery then
 * keeps it at its current tier.
 * Not done: i64 values in register pairs, live-range splitting (an interval
 * is in one place for its whole life).
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

/* t2_compile plus a second entry at code + *entry_offset_out for the loop
 * whose `loop` opcode is the loop_ordinal-th (0-based, bytecode order, the
 * function's own body) — on-stack replacement. Entered by `jmp` with EAX =
 * rec, ESI = slots, ESP as at function entry (the caller's return address at
 * [ESP]), every local i in slots[i] (tier 0's layout); the entry does the
 * prologue's stack-limit checks (not the call counter nor the profile enter),
 * loads the locals it keeps in registers and runs the loop's preheader (its
 * hoisted invariants) into the loop. IR path only, and only where tier 0's
 * operand stack is empty at the loop header (no loop params, no values
 * below it) and no compiler temporary lives into the loop; otherwise (or if
 * the loop is unreachable) returns "tier2: no osr" and allocates nothing. */
const char *t2_compile_osr(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec,
                           uint32_t loop_ordinal, void **code_out, uint32_t *size_out,
                           uint32_t *entry_offset_out);

/* Statistics of the last successful t2_compile (for tests and reports). */
struct t2_stats {
  uint32_t reg_locals;     /* i32 locals kept in registers */
  bool mem_base_in_reg;    /* the memory base was kept in a register */
  uint32_t checks_emitted; /* bounds checks emitted */
  uint32_t checks_removed; /* bounds checks proven redundant */
  uint32_t consts_folded;  /* operations folded at compile time */
  uint32_t inlined;        /* direct calls compiled inline */
  uint32_t dce_removed;    /* dead instructions deleted */
  uint32_t licm_hoisted;   /* loop-invariant operations moved to a preheader */
  uint32_t mem_hoisted;    /* memory base / limit reads moved to a preheader */
  uint32_t spills;         /* i32 values that lost (or never got) a register */
  uint32_t checks_hoisted; /* per-iteration checks replaced by one guard before a loop */
  uint32_t loops_versioned; /* loops with a check-free copy behind such a guard */
};
extern struct t2_stats t2_last_stats;

/* Profile-guided inlining (IR path, ir_build.c): a direct call is compiled
 * inline when the callee is a defined function of the same instance that
 * makes no calls (so no recursion) and is small: with profile counts (the
 * caller's and callee's rec->calls), only if the callee ran at least a
 * quarter as often as the caller (the call is on the hot path) and at least
 * t2_inline_min_calls times, up to 64 bytes of bytecode (160 when it ran 16x
 * as often as the caller); with no counts (forced tier 2), size only: up to
 * 64 bytes. */
extern uint32_t t2_inline_min_calls;

/* Functions t2_compile compiled (cumulative; for tests and reports). */
extern uint32_t t2_funcs_compiled;

#endif

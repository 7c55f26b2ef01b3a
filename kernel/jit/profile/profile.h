/*
 * profile.h — per-function JIT profile records.
 *
 * One record per struct rt_func that JIT code was compiled for. struct rt_func
 * (runtime.h) only has the `calls` counter, so the records live in a small
 * hash table keyed by the rt_func pointer. JIT code addresses the counters
 * and thresholds of a record by absolute address (the kernel is not PIC), so
 * a record never moves once created.
 *
 * Lifetime: records refer to rt_func records, which rt_release_all() frees;
 * call jit_profile_reset() right after rt_release_all() (before any new
 * instance is created) so a recycled rt_func address never finds a stale
 * record.
 */
#ifndef KJIT_JIT_PROFILE_H
#define KJIT_JIT_PROFILE_H

#include "../../wasm/runtime/runtime.h"

#define JIT_MAX_TIERS 4u
#define JIT_THRESHOLD_NEVER 0xFFFFFFFFu

struct jit_profile {
  struct rt_func *rec;         /* the function (its `calls` is the call counter) */
  uint32_t backedges;          /* loop-header executions, all tiers */
  uint32_t call_threshold;     /* tier up when rec->calls reaches this */
  uint32_t backedge_threshold; /* tier up when backedges reaches this */
  /* Loop headers left before backedges reaches backedge_threshold (0: the
   * next one tiers up; the counter code decrements it). Set with the
   * threshold by jit_tierup_set_thresholds / tier_up only. */
  uint32_t backedge_budget;
  uint32_t swaps;              /* number of published tier changes */
  uint32_t osrs;               /* frames moved into new code at a loop header */
  uint32_t declined;           /* bit t: compiling tier t failed; never retried */
  uint32_t calls_at[JIT_MAX_TIERS];           /* rec->calls when tier t was published */
  uint64_t compile_cycles[JIT_MAX_TIERS];     /* TSC cycles spent compiling tier t */
  uint32_t code_size[JIT_MAX_TIERS];          /* bytes of tier t code */
  /* TSC cycles spent running each tier, inclusive of callees / self only.
   * Measured by code from jit_emit_profile_enter/exit (when
   * jit_tierup_config.profile_cycles is set at compile time) or added with
   * jit_profile_add_cycles(). Recursive calls count nested time again in
   * cycles_incl (as usual for inclusive time); callees without
   * instrumentation count as the caller's self time. */
  uint64_t cycles_incl[JIT_MAX_TIERS];
  uint64_t cycles_self[JIT_MAX_TIERS];
};

/* The record of `rec`, created on first use (thresholds from the tier-up
 * configuration for rec's current tier). NULL when out of memory. */
struct jit_profile *jit_profile_get(struct rt_func *rec);
/* The record of `rec` if one exists, else NULL. */
struct jit_profile *jit_profile_find(const struct rt_func *rec);
/* Forget every record (call after rt_release_all). */
void jit_profile_reset(void);
/* Account `cycles` of execution at `tier` (inclusive and self). */
void jit_profile_add_cycles(struct rt_func *rec, uint32_t tier, uint64_t incl, uint64_t self);
/* Called by instrumented code (cdecl): start / end one activation of p on a
 * shadow stack of JIT_PROF_DEPTH frames (deeper ones are not timed). The tier
 * is p->rec->tier: code is only entered through rec->code, so the running
 * version is the published one. */
#define JIT_PROF_DEPTH 4096u
void jit_prof_enter(struct jit_profile *p);
void jit_prof_exit(void);
/* On-stack replacement moved the running activation of p (the innermost
 * timed one) to code at `tier`: its cycles until `from` go to its old tier,
 * the rest of the activation to `tier`; [from, to) (the compile) counts like
 * a callee: inclusive, not self. */
void jit_prof_retier(struct jit_profile *p, uint32_t tier, uint64_t from, uint64_t to);
/* Drop the shadow stack (call when no wasm frame is live: a trap abandons
 * frames without their exit). */
void jit_profile_unwind(void);

/* Print one `@kjit profile` event per record. */
void jit_profile_dump(void);
/* The same with a `module=NAME` field on every event (NULL: none). */
void jit_profile_dump_module(const char *module);

/* Function name from the module's "name" custom section (function-names
 * subsection), copied as printable ASCII (other bytes become '?') into
 * buf[0..n) NUL-terminated; `func_N` when there is no name. Returns buf. */
const char *jit_func_name(const struct wasm_module *m, uint32_t func_index, char *buf, uint32_t n);

/* Read the CPU time-stamp counter. */
static inline uint64_t jit_rdtsc(void) {
  uint32_t lo, hi;
  __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
  return ((uint64_t)hi << 32) | lo;
}

#endif

/*
 * tierup.h — moving hot functions to the next JIT tier.
 *
 * Counting. Every tier's prologue starts with jit_emit_call_counter(a, rec):
 *     inc  dword [&rec->calls]
 *     mov  ecx, [&rec->calls]
 *     cmp  ecx, [&profile->call_threshold]
 *     jb   +7
 *     mov  ecx, jit_call_thunk ; call ecx        (slow path, taken once)
 * It must be the FIRST code of the function: at that point EAX = rec and
 * ESI = slots hold the call's inputs, ECX is free, and no frame of this code
 * version exists yet. Loop headers emit jit_emit_backedge_counter(a, rec):
 *     inc  dword [&profile->backedges]
 *     sub  dword [&profile->backedge_budget], 1
 *     ja   +11
 *     push rec ; call [jit_backedge_thunk_ptr]   (slow path)
 * which clobbers nothing but the flags (all registers and XMM registers are
 * preserved by its thunk), so it may go anywhere flags are dead.
 *
 * Swapping. jit_call_thunk (tierup_thunk.S) calls jit_tierup(rec); if that
 * published new code, the thunk drops its own return address and jumps to
 * [rec->code] with EAX = rec and ESI = slots, so the new code runs exactly as
 * if the caller had called it. The back-edge thunk calls
 * jit_tierup_backedge(rec): the running (old) frame finishes in the old code
 * and the next call enters the new code. Where the next tier has an OSR
 * compiler, loop headers use the OSR counter instead, and the running frame
 * moves into the new code at that loop (on-stack replacement: see osr.h).
 *
 * Publishing: rec->code_block/code_size/tier are set first, then
 * __atomic_store_n(&rec->code, new, __ATOMIC_RELEASE), then version++.
 *
 * Freeing old code. Frames of the old version may still be live when it is
 * replaced: a recursive function that tiers up in its 100th nested call
 * returns into 99 frames of the old code, and a loop that triggered a
 * back-edge tier-up keeps running the old code. An OSR transfer moves only
 * the frame whose loop triggered it; other frames of the same function (e.g.
 * recursive callers, suspended in calls) still return into the old code, so
 * OSR-abandoned code is retired the same way. Old code is therefore never
 * freed at swap time: it goes on a retire list, and jit_tierup_reclaim()
 * frees that list. Call it only when no WebAssembly frame is live — when the
 * top-level rt_invoke returns (invocation depth back to zero) — and before
 * rt_release_all(). Every frame of the old code lies inside some top-level
 * invocation, so at depth zero none can remain.
 */
#ifndef KJIT_JIT_TIERUP_H
#define KJIT_JIT_TIERUP_H

#include "../../wasm/runtime/runtime.h"
#include "../profile/profile.h"
#include "../x86/encoder.h"

/* A tier compiler: compile defined function `func_index` of `inst` into new,
 * already executable code (*code_out, *size_out), WITHOUT publishing it into
 * rec. Returns NULL or a static error message. (t1_compile has this type.) */
typedef const char *(*jit_compile_fn)(struct rt_instance *inst, uint32_t func_index,
                                      struct rt_func *rec, void **code_out, uint32_t *size_out);

/* Thresholds and switches (initialised from build/gen/kjit_config.h). */
struct jit_tierup_config {
  bool enabled;                           /* KJIT_JIT_TIER_UP */
  uint32_t calls[JIT_MAX_TIERS];          /* calls[t]: call count that moves to tier t */
  uint32_t backedges[JIT_MAX_TIERS];      /* backedges[t]: loop-header count for tier t */
  bool quiet;                             /* suppress the @kjit tier-* events */
  int32_t force_tier;                     /* KJIT_JIT_FORCE_TIER: -1 = tier up normally */
  bool profile_cycles;                    /* tiers emit TSC timing at entry/exit */
  bool osr;                               /* KJIT_JIT_OSR: on-stack replacement at loops */
};
extern struct jit_tierup_config jit_tierup_config;

/* Install `fn` as the compiler for `tier` (1..JIT_MAX_TIERS-1); NULL removes it.
 * Tier 1 is t1_compile by default. */
void jit_tierup_set_compiler(uint32_t tier, jit_compile_fn fn);
jit_compile_fn jit_tierup_compiler(uint32_t tier);

/* Emit the call-counter sequence (see above) for rec; clobbers ECX and flags. */
void jit_emit_call_counter(x86_asm *a, struct rt_func *rec);
/* Emit the back-edge counter sequence for rec; clobbers only flags. */
void jit_emit_backedge_counter(x86_asm *a, struct rt_func *rec);

/* Cycle profiling (jit_tierup_config.profile_cycles): the enter sequence
 * goes after the prologue's stack checks, the exit sequence right before each
 * `ret` (results already stored). Both clobber EAX ECX EDX EBX, keep ESI. */
void jit_emit_profile_enter(x86_asm *a, struct rt_func *rec);
void jit_emit_profile_exit(x86_asm *a);

/* Compile rec at the tier after its current one and publish it. Returns 1 if
 * rec->code changed, 0 if the function stays (no next tier, or declined: a
 * `@kjit tier-decline` event is printed and that tier is never tried again).
 * Called by the thunks; callable from C at any safe point. */
uint32_t jit_tierup(struct rt_func *rec);
/* Same, triggered by the back-edge counter. */
uint32_t jit_tierup_backedge(struct rt_func *rec);

/* Compile rec at exactly `tier` and publish it (forceTier: call right after
 * tier 0 compiled it, before it runs). NULL or the compiler's message. */
const char *jit_tierup_to(struct rt_func *rec, uint32_t tier);

/* Publish `code` (size bytes, compiled at `tier`) into rec; the previous code
 * block is retired (see jit_tierup_reclaim). Also records it with
 * rt_track_code so rt_release_all frees it. */
void jit_tierup_publish(struct rt_func *rec, void *code, uint32_t size, uint32_t tier);
/* Free retired code. Only when no WebAssembly frame is live (see above). */
void jit_tierup_reclaim(void);
/* Number of retired, not yet freed code blocks. */
uint32_t jit_tierup_retired(void);

/* Set p's thresholds for code at `tier` (next tier's counts, or NEVER). */
void jit_tierup_set_thresholds(struct jit_profile *p, uint32_t tier);

/* The thunks (tierup_thunk.S). */
void jit_call_thunk(void);
void jit_backedge_thunk(void);

#endif

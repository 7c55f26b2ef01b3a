/*
 * osr.h — on-stack replacement: moving a running frame into the next tier's
 * code at a loop header.
 *
 * Trigger. With OSR on, tier 0 (and any tier whose next tier has an OSR
 * compiler) emits jit_emit_osr_counter at every loop header instead of the
 * plain back-edge counter: the same count-down, but its slow path also says
 * WHICH loop it is, and the tier of the code it is in:
 *     push code_tier << 24 | loop_ordinal ; push rec ; call [jit_osr_thunk_ptr]
 * At that point every value the frame needs is in its slot (tier 0 keeps
 * nothing in registers across a loop header) and ESP is as at function entry
 * plus nothing: tier 0 keeps nothing on the machine stack between
 * instructions. A tier that does cache values in registers at its loop
 * headers must store them to their slots before that call.
 *
 * Transfer. jit_osr_thunk (tierup_thunk.S) saves every register and calls
 * jit_tierup_osr(rec, that word). That compiles the function at the next
 * tier with an OSR entry for the loop and publishes it for future calls
 * (exactly like a call-count tier-up). If it returns an entry address the
 * thunk drops its own frame, the two pushed words and the return address into
 * the old code, so ESP is as at function entry again, restores ESI and jumps
 * to the entry with EAX = rec. Otherwise (no OSR compiler, compile declined,
 * loop not found) every register is restored and the old code goes on; the
 * next call enters whatever was published.
 *
 * OSR ENTRY CONTRACT (every tier's *_compile_osr): entered by `jmp` with
 * EAX = rec, ESI = slots, ESP exactly as at function entry (caller's return
 * address at [ESP]); local i in slots[i] (8-byte slots) and the h operand
 * values live at that loop header (loop params included) in
 * slots[nlocals .. nlocals+h). The entry does the prologue's stack-limit
 * checks (not the call counter, and not the profile enter: the exit
 * sequences pair with the enter done by the replaced code), loads whatever it
 * keeps in registers from the slots and jumps to the loop header.
 *
 * Loop ordinal: index (0-based, in bytecode order, counting loops in
 * unreachable code too) of the `loop` opcode within the function body.
 *
 * Older code. A frame may still run a version older than the published one
 * (recursion: callers wait in the code their callee replaced). Its loop
 * headers count against the current thresholds, and when they trigger, the
 * frame moves straight into the newest code: the entry contract depends only
 * on the slots, not on the tier the frame comes from. The `osr` event's
 * `from` is the tier of the code the frame left.
 *
 * The abandoned code. The frame leaves the old code for good, but other
 * frames (recursion) may still run it: it goes on the retire list like any
 * replaced code and is freed when the top-level invocation returns.
 */
#ifndef KJIT_JIT_TIERUP_OSR_H
#define KJIT_JIT_TIERUP_OSR_H

#include "tierup.h"

/* Compile like jit_compile_fn, plus an OSR entry for loop `loop_ordinal` at
 * code + *entry_offset_out. *entry_offset_out = UINT32_MAX when the code has
 * no entry for that loop (e.g. the compiler found it unreachable): the code
 * is still valid for calls. */
typedef const char *(*jit_osr_compile_fn)(struct rt_instance *inst, uint32_t func_index,
                                          struct rt_func *rec, uint32_t loop_ordinal,
                                          void **code_out, uint32_t *size_out,
                                          uint32_t *entry_offset_out);

/* Install / read the OSR compiler of `tier` (1..JIT_MAX_TIERS-1; NULL: none).
 * Tier 1 is t1_compile_osr by default. */
void jit_tierup_set_osr_compiler(uint32_t tier, jit_osr_compile_fn fn);
jit_osr_compile_fn jit_tierup_osr_compiler(uint32_t tier);

/* True when code at `tier` should emit OSR loop counters: OSR is on
 * (jit_tierup_config.osr) and tier+1 has an OSR compiler. */
bool jit_osr_wanted(uint32_t tier);

#define JIT_OSR_TIER_SHIFT 24
#define JIT_OSR_LOOP_MASK 0xFFFFFFu

/* Emit the OSR loop-header counter for loop `loop_ordinal` of rec in code of
 * tier `code_tier` (see above); clobbers only flags. Code that keeps locals in
 * registers at the header passes them (local locals[j] lives in general
 * register regs[j], j < n <= 4): the slow path stores them to their slots
 * before the call. An ordinal above JIT_OSR_LOOP_MASK gets the plain counter. */
void jit_emit_osr_counter(x86_asm *a, struct rt_func *rec, uint32_t code_tier,
                          uint32_t loop_ordinal, const int *regs, const uint32_t *locals,
                          uint32_t n);

/* Called by jit_osr_thunk with the word the counter pushed (code_tier << 24 |
 * loop_ordinal): tier up rec and return the OSR entry for that loop, or NULL
 * to keep running the old code. */
void *jit_tierup_osr(struct rt_func *rec, uint32_t where);

/* Number of OSR transfers since start (tests, reports). */
extern uint32_t jit_osr_count;

void jit_osr_thunk(void);

#endif

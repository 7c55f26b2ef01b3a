/*
 * assemble.h — the compile loop of the one-pass tiers: assemble into a
 * buffer, and when it overflows assemble again into a larger one.
 *
 * A pass is deterministic, so the measured length of an overflowed pass
 * (the encoder keeps counting past the end) is enough for the next one. The
 * buffer is the caller's: it may keep it for the next function (tier 0's
 * scratch) or free it (rt_plat_free(RT_MEM_METADATA, buf, cap)).
 */
#ifndef KJIT_JIT_ASSEMBLE_H
#define KJIT_JIT_ASSEMBLE_H

#include "../../wasm/runtime/runtime.h"
#include "../x86/encoder.h"

/* Start a pass into buf[0 .. size) with the caller's label storage; the
 * trap-stub labels (trap_lbl[kind], and *trap_eax: kind already in EAX) are
 * its first labels. */
static inline void jit_asm_begin(x86_asm *a, uint8_t *buf, uint32_t size, x86_label_slot *labels,
                                 uint32_t nlabels, x86_label *trap_lbl, x86_label *trap_eax) {
  x86_init(a, buf, size, 0);
  x86_set_label_storage(a, labels, nlabels);
  for (uint32_t k = 0; k < RT_TRAP_KIND_COUNT; k++) trap_lbl[k] = x86_new_label(a);
  *trap_eax = x86_new_label(a);
}

/* A tier's three assembly-failure messages, e.g. JIT_ASM_ERRORS("tier0"). */
#define JIT_ASM_ERRORS(tier)                                                                       \
  { tier ": out of labels", tier ": unbound label", tier ": encoder rejected an instruction" }

/* Resolve the labels; NULL when the code is complete, "overflow" when the
 * buffer was too small (see jit_asm_overflowed), else one of errs. */
static inline const char *jit_asm_finish(x86_asm *a, const char *const errs[3]) {
  if (x86_finish(a)) return NULL;
  if (a->error == X86_ERR_OVERFLOW) return "overflow";
  if (a->error == X86_ERR_LABELS) return errs[0];
  if (a->error == X86_ERR_UNBOUND) return errs[1];
  return errs[2];
}

/* True for jit_asm_finish's "overflow": assemble again into a larger buffer. */
static inline bool jit_asm_overflowed(const char *err) {
  return err && err[0] == 'o' && err[1] == 'v';
}

/* Make *buf hold at least `need` elements of `elem` bytes, at least doubling
 * it when it grows; false when out of memory (the old buffer is kept). */
static inline bool jit_buf_reserve(void **buf, uint32_t *cap, uint32_t need, uint32_t elem) {
  if (*buf && *cap >= need) return true;
  uint32_t n = *cap * 2 > need ? *cap * 2 : need;
  if ((uint64_t)n * elem > 0x7FFFFFFFu) n = need;
  if ((uint64_t)n * elem > 0x7FFFFFFFu) return false;
  void *p = rt_plat_alloc(RT_MEM_METADATA, (size_t)n * elem, 16);
  if (!p && n > need) p = rt_plat_alloc(RT_MEM_METADATA, (size_t)(n = need) * elem, 16);
  if (!p) return false;
  if (*buf) rt_plat_free(RT_MEM_METADATA, *buf, (size_t)*cap * elem);
  *buf = p;
  *cap = n;
  return true;
}

/* One assembly pass of the caller's function into buf[0 .. size): NULL when
 * done, jit_asm_finish's "overflow" when buf was too small, else an error. */
typedef const char *(*jit_pass_fn)(void *ctx, uint8_t *buf, uint32_t size);

/* Run passes into *buf (capacity *cap, grown to at least `first` bytes
 * before the first pass) until one fits. `a` is the pass's assembler (its
 * length after an overflow sizes the next buffer). */
static inline const char *jit_assemble(jit_pass_fn pass, void *ctx, const x86_asm *a,
                                       uint8_t **buf, uint32_t *cap, uint32_t first,
                                       const char *oom) {
  if (!jit_buf_reserve((void **)buf, cap, first, 1)) return oom;
  for (;;) {
    const char *err = pass(ctx, *buf, *cap);
    if (!jit_asm_overflowed(err)) return err;
    if (!jit_buf_reserve((void **)buf, cap, a->len + 64, 1)) return oom;
  }
}

#endif

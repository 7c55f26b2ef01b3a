/*
 * fast_verify.h — route a baseline tier's x86_* emitter calls to its fast
 * emitters (tier0/fast_emit.h), or, in host self-check builds, through
 * wrappers that encode every instruction a second time with the table-driven
 * encoder and abort on any byte difference.
 *
 * Contract: define before including
 *   JIT_FAST(n)    the tier's fast emitter of kind n (rm mr rr mi ri r m i
 *                  setcc jcc jmp), e.g. `#define JIT_FAST(n) xf_##n`;
 *   JIT_FAST_TIER  the tier's name, a string (for the mismatch message);
 *   JIT_FAST_VERIFY to get the checking wrappers (host builds only: stdio).
 * After it, x86_rm .. x86_jmp name the chosen emitters. Include it once,
 * after encoder.h and fast_emit.h and before any code that emits.
 */
#ifndef KJIT_JIT_FAST_VERIFY_H
#define KJIT_JIT_FAST_VERIFY_H

#include "../tier0/fast_emit.h"

#ifdef JIT_FAST_VERIFY
#include <stdio.h>
#include <stdlib.h>
static void jit_fast_check(x86_asm *a, uint32_t start, const x86_asm *ref) {
  uint32_t n = a->len - start;
  if (!x86_ok(a) || a->len > a->size) return;
  if (!x86_ok(ref) || ref->len != n || memcmp(ref->buf, a->buf + start, n) != 0) {
    fprintf(stderr, JIT_FAST_TIER " fast emitter mismatch at %u (%u vs %u bytes)\n", start, n,
            ref->len);
    abort();
  }
}
#define JIT_FAST_V(fast, real, ...)                                                                \
  do {                                                                                             \
    uint32_t start_ = a->len;                                                                      \
    fast(a, __VA_ARGS__);                                                                          \
    uint8_t rb_[32];                                                                               \
    x86_asm ref_;                                                                                  \
    x86_init(&ref_, rb_, sizeof rb_, 0);                                                           \
    real(&ref_, __VA_ARGS__);                                                                      \
    jit_fast_check(a, start_, &ref_);                                                              \
  } while (0)
static void v_rm(x86_asm *a, x86_form f, int r, x86_mem m) {
  JIT_FAST_V(JIT_FAST(rm), x86_rm, f, r, m);
}
static void v_mr(x86_asm *a, x86_form f, x86_mem m, int r) {
  JIT_FAST_V(JIT_FAST(mr), x86_mr, f, m, r);
}
static void v_rr(x86_asm *a, x86_form f, int d, int s) {
  JIT_FAST_V(JIT_FAST(rr), x86_rr, f, d, s);
}
static void v_mi(x86_asm *a, x86_form f, x86_mem m, int32_t i) {
  JIT_FAST_V(JIT_FAST(mi), x86_mi, f, m, i);
}
static void v_ri(x86_asm *a, x86_form f, int r, int32_t i) {
  JIT_FAST_V(JIT_FAST(ri), x86_ri, f, r, i);
}
static void v_r(x86_asm *a, x86_form f, int r) { JIT_FAST_V(JIT_FAST(r), x86_r, f, r); }
static void v_m(x86_asm *a, x86_form f, x86_mem m) { JIT_FAST_V(JIT_FAST(m), x86_m, f, m); }
static void v_i(x86_asm *a, x86_form f, int32_t i) { JIT_FAST_V(JIT_FAST(i), x86_i, f, i); }
static void v_setcc(x86_asm *a, x86_cc cc, int r) { JIT_FAST_V(JIT_FAST(setcc), x86_setcc, cc, r); }
#define x86_rm v_rm
#define x86_mr v_mr
#define x86_rr v_rr
#define x86_mi v_mi
#define x86_ri v_ri
#define x86_r v_r
#define x86_m v_m
#define x86_i v_i
#define x86_setcc v_setcc
#else
#define x86_rm JIT_FAST(rm)
#define x86_mr JIT_FAST(mr)
#define x86_rr JIT_FAST(rr)
#define x86_mi JIT_FAST(mi)
#define x86_ri JIT_FAST(ri)
#define x86_r JIT_FAST(r)
#define x86_m JIT_FAST(m)
#define x86_i JIT_FAST(i)
#define x86_setcc JIT_FAST(setcc)
#endif
#define x86_jcc JIT_FAST(jcc)
#define x86_jmp JIT_FAST(jmp)

#endif

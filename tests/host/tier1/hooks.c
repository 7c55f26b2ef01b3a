/*
 * hooks.c — see hooks.h. Linked with
 *   -Wl,--wrap=t0_compile,--wrap=rt_invoke,--wrap=rt_release_all
 */
#include "hooks.h"

#include <stdio.h>
#include <stdlib.h>

#include "jit/tier0/tier0.h"
#include "jit/tierup/osr.h"
#include "jit/tierup/tierup.h"

enum t1h_mode t1h_mode = T1H_TIER0;
const char *t1h_error;

const char *__real_t0_compile(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec);
const char *__wrap_t0_compile(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec);
uint32_t __real_rt_invoke(struct rt_func *f, uint64_t *slots);
uint32_t __wrap_rt_invoke(struct rt_func *f, uint64_t *slots);
void __real_rt_release_all(void);
void __wrap_rt_release_all(void);

struct shim {
  struct shim *next;
  void *code;
  uint32_t size;
};
static struct shim *shims;
static uint32_t depth;

/* rec->code = [call counter; jmp tier-0 code]: tier 0's future prologue. */
static const char *add_shim(struct rt_func *rec) {
  uint8_t buf[64];
  x86_asm a;
  x86_init(&a, buf, sizeof buf, 0);
  jit_emit_call_counter(&a, rec);
  x86_ri(&a, X86_MOV_R32_IMM32, X86_ECX, (int32_t)X86_ADDR(rec->code));
  x86_r(&a, X86_JMP_RM32, X86_ECX);
  if (!x86_finish(&a)) return "shim: encoder error";
  struct shim *s = malloc(sizeof *s);
  if (!s) return "shim: out of memory";
  uint8_t *code = rt_plat_code_install(buf, a.len, NULL);
  if (!code) {
    free(s);
    return "shim: code install failed";
  }
  s->code = code;
  s->size = a.len;
  s->next = shims;
  shims = s;
  rec->code = code; /* code_block stays the tier-0 block: a swap retires it */
  return NULL;
}

/* Tier-0 loop headers count as in the kernel (kernel/jit/jit.c): the OSR
 * counter when OSR into tier 1 is on, else the plain back-edge counter. */
static void loop_hook(x86_asm *a, struct rt_func *rec, uint32_t loop_ordinal) {
  if (jit_osr_wanted(0)) jit_emit_osr_counter(a, rec, 0, loop_ordinal, NULL, NULL, 0);
  else jit_emit_backedge_counter(a, rec);
}
static void timer_enter(x86_asm *a, struct rt_func *rec) { jit_emit_profile_enter(a, rec); }
static void timer_exit(x86_asm *a) { jit_emit_profile_exit(a); }

const char *__wrap_t0_compile(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec) {
  /* Live tier-up: tier 0's loop headers count; cycle profiling times tier 0. */
  t0_loop_hook = t1h_mode == T1H_SHIM ? loop_hook : NULL;
  t0_timer_enter_hook = jit_tierup_config.profile_cycles ? timer_enter : NULL;
  t0_timer_exit_hook = jit_tierup_config.profile_cycles ? timer_exit : NULL;
  const char *err = __real_t0_compile(inst, func_index, rec);
  if (err || t1h_mode == T1H_TIER0) return err;
  err = t1h_mode == T1H_SHIM ? add_shim(rec) : jit_tierup_to(rec, 1); /* = FORCE_TIER 1 */
  if (err) {
    t1h_error = err;
    fprintf(stderr, "tier1 hook: func %u: %s\n", (unsigned)func_index, err);
  }
  return err;
}

uint32_t __wrap_rt_invoke(struct rt_func *f, uint64_t *slots) {
  if (depth == 0) jit_profile_unwind(); /* frames a trap abandoned */
  depth++;
  uint32_t r = __real_rt_invoke(f, slots);
  depth--;
  if (depth == 0) jit_tierup_reclaim(); /* no wasm frame is live now */
  return r;
}

void __wrap_rt_release_all(void) {
  jit_tierup_reclaim();
  while (shims) {
    struct shim *s = shims;
    shims = s->next;
    rt_plat_code_free(s->code, s->size);
    free(s);
  }
  __real_rt_release_all();
  jit_profile_reset();
}

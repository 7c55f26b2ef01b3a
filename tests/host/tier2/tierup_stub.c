/*
 * tierup_stub.c — the tier-up symbols tier 2 references, for host
 * binaries that do not link the tier-up machinery (kernel/jit/tierup):
 * profile-cycles off, so the emitters are never called.
 */
#include <stdlib.h>

#include "jit/tierup/tierup.h"

struct jit_tierup_config jit_tierup_config = {.force_tier = -1};

void jit_emit_profile_enter(x86_asm *a, struct rt_func *rec) {
  (void)a;
  (void)rec;
  abort();
}

void jit_emit_profile_exit(x86_asm *a) {
  (void)a;
  abort();
}

/* Tier-up counting is off here (enabled = false): never emitted. */
void jit_emit_call_counter(x86_asm *a, struct rt_func *rec) {
  (void)a;
  (void)rec;
  abort();
}

void jit_emit_backedge_counter(x86_asm *a, struct rt_func *rec) {
  (void)a;
  (void)rec;
  abort();
}

jit_compile_fn jit_tierup_compiler(uint32_t tier) {
  (void)tier;
  return NULL;
}

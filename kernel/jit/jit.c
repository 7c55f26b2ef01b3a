/*
 * jit.c — see jit.h. The runtime and tier 0 know nothing of tiering; they
 * expose hooks (runtime.h, tier0.h) that this file fills in.
 */
#include "jit/jit.h"

#include "jit/profile/profile.h"
#include "jit/tier0/tier0.h"
#include "jit/tier2/tier2.h"
#include "jit/tierup/tierup.h"
#include "kjit.h"
#include "wasm/runtime/runtime.h"

static void entry_counter(x86_asm *a, struct rt_func *rec) { jit_emit_call_counter(a, rec); }
static void loop_counter(x86_asm *a, struct rt_func *rec) { jit_emit_backedge_counter(a, rec); }

/* After a top-level invocation no WebAssembly frame is live: old code can go,
 * and the cycle profiler's shadow stack restarts (a trap may have cut it). */
static void idle(void) {
  if (rt_invoke_depth() != 0) return;
  jit_profile_unwind();
  jit_tierup_reclaim();
}

/* rt_release_all freed every instance: retired code and profiles go too, so a
 * recycled rt_func address never meets a stale profile record. */
static void released(void) {
  jit_tierup_reclaim();
  jit_profile_reset();
}

/* Forced tier: promote every defined function before anything runs. A failed
 * compile leaves the function at tier 0 (jit_tierup_to reports it). */
static const char *force_tier(struct rt_instance *inst) {
  uint32_t tier = (uint32_t)jit_tierup_config.force_tier;
  for (uint32_t i = 0; i < inst->num_funcs; i++) {
    struct rt_func *rec = inst->funcs[i];
    if (rec->is_host || rec->inst != inst || rec->tier >= tier) continue;
    (void)jit_tierup_to(rec, tier);
  }
  return NULL;
}

static int parse_small(const char *s, int fallback) {
  if (!s || !*s) return fallback;
  int v = 0;
  for (; *s; s++) {
    if (*s < '0' || *s > '9' || v > 1000) return fallback;
    v = v * 10 + (*s - '0');
  }
  return v;
}

void jit_init(void) {
  jit_tierup_set_compiler(2, t2_compile);
  int tier = parse_small(kernel_cmdline_get("tier"), jit_tierup_config.force_tier);
  if (tier >= (int)JIT_MAX_TIERS || (tier > 0 && !jit_tierup_compiler((uint32_t)tier))) {
    kprintf("@kjit jit-warning msg=\"tier=%d has no compiler; using tier 0\"\n", tier);
    tier = -1;
  }
  jit_tierup_config.force_tier = tier;
  const char *up = kernel_cmdline_get("tierup");
  if (up && *up) jit_tierup_config.enabled = up[0] != '0';
  /* A forced tier stays put: no counting, no further tier-up. */
  if (tier > 0) jit_tierup_config.enabled = false;

  if (jit_tierup_config.enabled) {
    t0_entry_hook = entry_counter;
    t0_loop_hook = loop_counter;
  }
  rt_idle_hook = idle;
  rt_release_hook = released;
  if (tier > 0) rt_compiled_hook = force_tier;
  kprintf("@kjit jit tierup=%d force_tier=%d tier1_calls=%u tier2_calls=%u tier1_backedges=%u "
          "tier2_backedges=%u\n",
          jit_tierup_config.enabled ? 1 : 0, tier, (unsigned)jit_tierup_config.calls[1],
          (unsigned)jit_tierup_config.calls[2], (unsigned)jit_tierup_config.backedges[1],
          (unsigned)jit_tierup_config.backedges[2]);
}

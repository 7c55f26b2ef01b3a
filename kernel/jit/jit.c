/*
 * jit.c — see jit.h. The runtime and tier 0 know nothing of tiering; they
 * expose hooks (runtime.h, tier0.h) that this file fills in.
 */
#include "jit/jit.h"

#include "jit/profile/profile.h"
#include "jit/tier0/tier0.h"
#include "jit/tier2/tier2.h"
#include "jit/tierup/osr.h"
#include "jit/tierup/tierup.h"
#include "kjit.h"
#include "mm/pool.h"
#include "wasm/runtime/runtime.h"

static void entry_counter(x86_asm *a, struct rt_func *rec) { jit_emit_call_counter(a, rec); }
/* Tier-0 loop headers: the OSR counter when OSR into tier 1 is possible. */
static void loop_counter(x86_asm *a, struct rt_func *rec, uint32_t loop_ordinal) {
  if (jit_osr_wanted(0)) jit_emit_osr_counter(a, rec, 0, loop_ordinal, NULL, NULL, 0);
  else jit_emit_backedge_counter(a, rec);
}
static void timer_enter(x86_asm *a, struct rt_func *rec) { jit_emit_profile_enter(a, rec); }
static void timer_exit(x86_asm *a) { jit_emit_profile_exit(a); }

/* After a top-level invocation no WebAssembly frame is live: old code can go,
 * and the cycle profiler's shadow stack restarts (a trap may have cut it). */
static void idle(void) {
  if (rt_invoke_depth() != 0) return;
  jit_profile_unwind();
  jit_tierup_reclaim();
}

/* Fault injection (`jit_code_hog=1`): once a module's tier-0 code is in place,
 * take every free page of the CODE pool, so each tier-up must fail and be
 * declined. Given back when the module is released. */
#define HOG_MAX 1024
static void *hog[HOG_MAX];
static uint32_t hog_count;
static bool hog_enabled;

static void hog_code_pool(void) {
  /* Whole pages first, then whatever smaller blocks are left. */
  for (uint32_t size = 4096; size >= 16; size /= 4) {
    while (hog_count < HOG_MAX) {
      void *p = code_alloc(size);
      if (!p) break;
      hog[hog_count++] = p;
    }
  }
  kprintf("@kjit jit-hog pages=%u\n", (unsigned)hog_count);
}

static void hog_release(void) {
  while (hog_count) code_free(hog[--hog_count]);
}

/* rt_release_all freed every instance: retired code and profiles go too, so a
 * recycled rt_func address never meets a stale profile record. */
static void released(void) {
  jit_tierup_reclaim();
  jit_profile_reset();
  hog_release();
}

/* After tier 0 compiled an instance: the forced tier promotes every defined
 * function before anything runs (a failed compile leaves it at tier 0 and is
 * reported as a decline); the fault injection takes the CODE pool. */
static const char *compiled(struct rt_instance *inst) {
  if (hog_enabled) hog_code_pool();
  if (jit_tierup_config.force_tier <= 0) return NULL;
  uint32_t tier = (uint32_t)jit_tierup_config.force_tier;
  char name[64];
  for (uint32_t i = 0; i < inst->num_funcs; i++) {
    struct rt_func *rec = inst->funcs[i];
    if (rec->is_host || rec->inst != inst || rec->tier >= tier) continue;
    uint32_t from = rec->tier;
    uint64_t t0 = jit_rdtsc();
    const char *err = jit_tierup_to(rec, tier);
    uint64_t cycles = jit_rdtsc() - t0;
    jit_func_name(inst->mod, rec->index, name, sizeof name);
    if (err)
      kprintf("@kjit tier-decline func=%u name=\"%s\" to=%u reason=\"%s\"\n", (unsigned)rec->index,
              name, (unsigned)tier, err);
    else
      kprintf("@kjit tier-swap func=%u name=\"%s\" from=%u to=%u calls=0 compile_cycles=%llu "
              "size=%u addr=0x%08x forced=1\n",
              (unsigned)rec->index, name, (unsigned)from, (unsigned)tier,
              (unsigned long long)cycles, (unsigned)rec->code_size,
              (unsigned)(uintptr_t)rec->code);
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

/* Tier 2 has an OSR entry only for loops it can enter from the slots alone
 * (no operand-stack values or compiler temporaries live into the loop). For
 * any other loop the function still moves to tier 2 for its next calls, and
 * the running frame stays in its current code: a missing entry must not
 * decline tier 2 for the function for good. */
static const char *t2_osr_or_plain(struct rt_instance *inst, uint32_t func_index,
                                   struct rt_func *rec, uint32_t loop_ordinal, void **code_out,
                                   uint32_t *size_out, uint32_t *entry_offset_out) {
  if (!t2_compile_osr(inst, func_index, rec, loop_ordinal, code_out, size_out, entry_offset_out))
    return NULL;
  *entry_offset_out = UINT32_MAX;
  return t2_compile(inst, func_index, rec, code_out, size_out);
}

void jit_init(void) {
  jit_tierup_set_compiler(2, t2_compile);
  jit_tierup_set_osr_compiler(2, t2_osr_or_plain);
  int tier = parse_small(kernel_cmdline_get("tier"), jit_tierup_config.force_tier);
  if (tier >= (int)JIT_MAX_TIERS || (tier > 0 && !jit_tierup_compiler((uint32_t)tier))) {
    kprintf("@kjit jit-warning msg=\"tier=%d has no compiler; using tier 0\"\n", tier);
    tier = -1;
  }
  jit_tierup_config.force_tier = tier;
  const char *up = kernel_cmdline_get("tierup");
  if (up && *up) jit_tierup_config.enabled = up[0] != '0';
  /* tierup=count: the counters run (calls, back-edges, profile events) but no
   * threshold is ever reached, so the code stays at tier 0: this measures what
   * profiling alone costs. */
  if (up && strcmp(up, "count") == 0) {
    for (uint32_t t = 1; t < JIT_MAX_TIERS; t++) {
      jit_tierup_config.calls[t] = JIT_THRESHOLD_NEVER;
      jit_tierup_config.backedges[t] = JIT_THRESHOLD_NEVER;
    }
  }
  /* profile=cycles: every tier times every call (TSC at entry and exit) and
   * the profile events carry inclusive and self cycles per tier. */
  const char *prof = kernel_cmdline_get("profile");
  if (prof && strcmp(prof, "cycles") == 0) jit_tierup_config.profile_cycles = true;
  if (jit_tierup_config.profile_cycles) {
    t0_timer_enter_hook = timer_enter;
    t0_timer_exit_hook = timer_exit;
  }
  /* osr=0: loops that tier up finish in the old code (on-stack replacement off). */
  const char *osr = kernel_cmdline_get("osr");
  if (osr && *osr) jit_tierup_config.osr = osr[0] != '0';
  /* A forced tier (tier=0 included) stays put: no counting, no further tier-up. */
  if (tier >= 0) jit_tierup_config.enabled = false;

  if (jit_tierup_config.enabled) {
    t0_entry_hook = entry_counter;
    t0_loop_hook = loop_counter;
  }
  rt_idle_hook = idle;
  rt_release_hook = released;
  const char *hog_opt = kernel_cmdline_get("jit_code_hog");
  hog_enabled = hog_opt && hog_opt[0] == '1';
  if (tier > 0 || hog_enabled) rt_compiled_hook = compiled;
  kprintf("@kjit jit tierup=%d profile_cycles=%d force_tier=%d tier1_calls=%u tier2_calls=%u tier1_backedges=%u "
          "tier2_backedges=%u osr=%d\n",
          jit_tierup_config.enabled ? 1 : 0, jit_tierup_config.profile_cycles ? 1 : 0, tier, (unsigned)jit_tierup_config.calls[1],
          (unsigned)jit_tierup_config.calls[2], (unsigned)jit_tierup_config.backedges[1],
          (unsigned)jit_tierup_config.backedges[2], jit_osr_wanted(0) ? 1 : 0);
}

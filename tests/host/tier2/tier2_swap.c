/*
 * tier2_swap.c — forced tier 2 for the host spec runner.
 *
 * Linked with `-Wl,--wrap=t0_compile`: the runtime's instantiation compiles
 * every defined function with tier 0 as usual, then this wrapper compiles it
 * again with t2_compile and swaps rec->code exactly as a tier-up does (one
 * store to rec->code after the bookkeeping, version bumped). Start functions
 * and every later call therefore run tier-2 code.
 *
 * KJIT_T2_MODE (environment): unset/"strict" = a tier-2 failure fails the
 * instantiation (the error reaches the spec runner), "lenient" = keep tier 0,
 * "off" = tier 0 only (baseline for comparisons). KJIT_T2_STATS set: print
 * totals (functions swapped/kept, bounds checks emitted/removed, folds,
 * functions compiled, LICM) to stderr at exit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jit/tier2/tier2.h"

const char *__real_t0_compile(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec);
const char *__wrap_t0_compile(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec);

static uint32_t swapped, kept, checks_emitted, checks_removed, folded, inlined, hoisted;

static void print_stats(void) {
  fprintf(stderr,
          "tier2: swapped=%u kept=%u checks_emitted=%u checks_removed=%u folded=%u inlined=%u "
          "ir=%u hoisted=%u\n",
          swapped, kept, checks_emitted, checks_removed, folded, inlined, t2_funcs_compiled,
          hoisted);
}

static int t2_mode(void) {
  static int mode = -1;
  if (mode < 0) {
    const char *m = getenv("KJIT_T2_MODE");
    mode = !m || strcmp(m, "strict") == 0 ? 0 : strcmp(m, "lenient") == 0 ? 1 : 2;
    if (getenv("KJIT_T2_STATS")) atexit(print_stats);
  }
  return mode;
}

const char *__wrap_t0_compile(struct rt_instance *inst, uint32_t func_index, struct rt_func *rec) {
  const char *err = __real_t0_compile(inst, func_index, rec);
  if (err || t2_mode() == 2) return err;
  void *code = NULL;
  uint32_t size = 0;
  const char *e2 = t2_compile(inst, func_index, rec, &code, &size);
  if (e2) {
    kept++;
    return t2_mode() == 0 ? e2 : NULL;
  }
  swapped++;
  const char *dump = getenv("KJIT_T2_DUMP"); /* "INDEX:FILE": write that function's code */
  if (dump && (uint32_t)atoi(dump) == func_index && strchr(dump, ':')) {
    FILE *out = fopen(strchr(dump, ':') + 1, "wb");
    if (out) {
      fwrite(code, 1, size, out);
      fclose(out);
    }
  }
  checks_emitted += t2_last_stats.checks_emitted;
  checks_removed += t2_last_stats.checks_removed;
  folded += t2_last_stats.consts_folded;
  inlined += t2_last_stats.inlined;
  hoisted += t2_last_stats.licm_hoisted + t2_last_stats.mem_hoisted;
  /* Nothing has run the tier-0 block yet: free it (the runtime tracks one
   * code block per record) and track the tier-2 block instead. */
  void *old = rec->code_block;
  uint32_t old_size = rec->code_size;
  rt_track_code(rec, code, size);
  rec->code_block = code;
  rec->code_size = size;
  rec->tier = 2;
  rec->version++;
  __atomic_store_n(&rec->code, code, __ATOMIC_RELEASE);
  rt_plat_code_free(old, old_size);
  return NULL;
}

/*
 * spec_main.c — spec runner with a choice of compiler:
 *   tier1_spec [--mode=tier0|force|shim] [--calls=N] [--backedges=N] [--cycles] [--no-osr]
 *              [--tier2-backedges=N] MANIFEST...
 * force = every function runs as tier-1 code; shim = functions start at tier 0
 * and tier up to 1 after N calls / N loop-header executions (default 2 / 8);
 * --cycles: code of every tier times every activation (profile instrumentation);
 * in shim mode tier-0 loops move into tier 1 by on-stack replacement unless
 * --no-osr; --tier2-backedges=N: tier 1 compiles "tier 2" too, reached by
 * OSR out of tier-1 loops after N loop headers (never by calls). The summary
 * line counts the OSR transfers.
 * Prints KTAP v1 (and `@kjit tier-*` events in shim mode); exits 1 on failures.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hooks.h"
#include "jit/tier1/tier1.h"
#include "jit/tierup/osr.h"
#include "jit/tierup/tierup.h"
#include "spec/spec.h"

int main(int argc, char **argv) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  int i = 1;
  uint32_t calls = 2, backedges = 8;
  for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
    if (strcmp(argv[i], "--mode=tier0") == 0) t1h_mode = T1H_TIER0;
    else if (strcmp(argv[i], "--mode=force") == 0) t1h_mode = T1H_FORCE;
    else if (strcmp(argv[i], "--mode=shim") == 0) t1h_mode = T1H_SHIM;
    else if (strcmp(argv[i], "--cycles") == 0) jit_tierup_config.profile_cycles = true;
    else if (strcmp(argv[i], "--no-osr") == 0) jit_tierup_config.osr = false;
    else if (strncmp(argv[i], "--tier2-backedges=", 18) == 0) {
      /* tier 1 again as "tier 2", with OSR: tier-1 loops move on too */
      jit_tierup_set_compiler(2, t1_compile);
      jit_tierup_set_osr_compiler(2, t1_compile_osr);
      jit_tierup_config.backedges[2] = (uint32_t)strtoul(argv[i] + 18, NULL, 0);
      jit_tierup_config.calls[2] = JIT_THRESHOLD_NEVER;
    }
    else if (strncmp(argv[i], "--calls=", 8) == 0) calls = (uint32_t)strtoul(argv[i] + 8, NULL, 0);
    else if (strncmp(argv[i], "--backedges=", 12) == 0)
      backedges = (uint32_t)strtoul(argv[i] + 12, NULL, 0);
    else {
      fprintf(stderr, "unknown option %s\n", argv[i]);
      return 2;
    }
  }
  if (i >= argc) {
    fprintf(stderr, "usage: %s [--mode=tier0|force|shim] MANIFEST...\n", argv[0]);
    return 2;
  }
  if (t1h_mode == T1H_SHIM) {
    jit_tierup_config.calls[1] = calls;
    jit_tierup_config.backedges[1] = backedges;
    jit_tierup_config.quiet = true;
  }
  struct spec_totals tot = {0, 0, 0};
  uint32_t failed = spec_run_all((const char *const *)(argv + i), (uint32_t)(argc - i), &tot);
  printf("@kjit tier1-stats funcs=%u code_bytes=%u fused_branches=%u folded_imms=%u spills=%u "
         "cached_locals=%u osr=%u\n",
         (unsigned)t1_stats.funcs, (unsigned)t1_stats.code_bytes,
         (unsigned)t1_stats.fused_branches, (unsigned)t1_stats.folded_imms,
         (unsigned)t1_stats.spills, (unsigned)t1_stats.cached_locals, (unsigned)jit_osr_count);
  if (t1h_error) fprintf(stderr, "hook error: %s\n", t1h_error);
  return failed || t1h_error ? 1 : 0;
}

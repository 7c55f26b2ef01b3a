/*
 * jit.h — wire the JIT tiers into the runtime: tier-0 counters, tier-up,
 * forced tiers and the reclaiming of retired code.
 */
#ifndef KJIT_JIT_H
#define KJIT_JIT_H

#include "lib/klib.h"

/* Install the runtime and tier-0 hooks from the build config, then apply the
 * command-line overrides `tier=N` (force every function to tier N right after
 * tier 0 compiled it), `tierup=0|1|count` (count: counters without tier-up),
 * and the fault injection `jit_code_hog=1`
 * (exhaust the CODE pool once a module's tier-0 code is in place, so every
 * tier-up is declined). Prints one `@kjit jit` event. */
void jit_init(void);

#endif

/*
 * hooks.h — link-time hooks (-Wl,--wrap) that put tier 1 and the tier-up
 * machinery into the host runners without touching the runtime or tier 0.
 *
 *   T1H_TIER0  plain tier 0 (reference runs)
 *   T1H_FORCE  every function is compiled by tier 0, then immediately
 *              recompiled by tier 1 and swapped in (as a tier-up would)
 *   T1H_SHIM   tier-0 code is entered through a small shim that starts with
 *              jit_emit_call_counter(), i.e. the prologue tier 0 will emit,
 *              and tier 0's loop headers count back-edges (with on-stack
 *              replacement into tier 1 when jit_tierup_config.osr is on):
 *              functions tier up live, at the configured counts
 * With jit_tierup_config.profile_cycles, tier-0 code is timed too.
 */
#ifndef KJIT_TESTS_TIER1_HOOKS_H
#define KJIT_TESTS_TIER1_HOOKS_H

#include "wasm/runtime/runtime.h"

enum t1h_mode { T1H_TIER0, T1H_FORCE, T1H_SHIM };
extern enum t1h_mode t1h_mode;
/* Set when a hook failed (e.g. tier 1 rejected a function); message kept. */
extern const char *t1h_error;

#endif

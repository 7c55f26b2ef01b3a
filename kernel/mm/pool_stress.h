/*
 * pool_stress.h — randomized allocator exerciser shared by the host unit test
 * and the in-kernel KTESTs: thousands of deterministic alloc/free steps with
 * every invariant checked after each step.
 */
#ifndef KJIT_MM_POOL_STRESS_H
#define KJIT_MM_POOL_STRESS_H

#include "pool_core.h"

struct pool_stress_result {
  uint32_t allocs, frees, nulls; /* successful allocs, frees, NULL returns */
  size_t peak_used;
};

/* Deterministic xorshift32 PRNG (state must be nonzero). */
uint32_t pool_stress_rand(uint32_t *state);

/* Run `ops` random alloc/free steps (max_size: largest request) on `p`, then
 * free everything. Checks after every step: pool_core_check, alignment, no
 * overlap with any live block, fill patterns intact, used == sum of blocks,
 * NULL only when no free run could hold the request. Returns false with a
 * reason in err on the first violation. The pool's other live blocks are
 * left alone; its `used` must end where it started. */
bool pool_stress_run(struct pool_core *p, uint32_t seed, uint32_t ops, size_t max_size,
                     struct pool_stress_result *res, char *err, size_t err_len);

/* Allocate `chunk`-byte blocks until the pool says NULL, check the pool
 * stays consistent, free all, and check it allocates again. `slots` has room
 * for `max_slots` pointers (the run fails if that is not enough). */
bool pool_stress_exhaust(struct pool_core *p, size_t chunk, void **slots, uint32_t max_slots,
                         uint32_t *got, char *err, size_t err_len);

#endif

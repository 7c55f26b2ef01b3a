/*
 * spectest.h — the spec test suite's `spectest` host module: print_* functions
 * (silent), global_i32 = 666, global_i64 = 666, global_f32 = 666.6,
 * global_f64 = 666.6, table (10..20 funcref) and memory (1..2 pages).
 */
#ifndef KJIT_SPEC_SPECTEST_H
#define KJIT_SPEC_SPECTEST_H

#include "../wasm/runtime/runtime.h"

/* The spectest instance, created on first use after each spectest_reset(). */
struct rt_instance *spectest_instance(void);
/* Forget the instance (call after rt_release_all()). */
void spectest_reset(void);

#endif

/*
 * imports.h — the `env` host imports of kjit modules (modules/README.md) as
 * runtime host functions: kjit_print, kjit_tsc, kjit_read_file,
 * kjit_write_file. Every (pointer, length) pair is bounds-checked against the
 * instance's linear memory; kjit_print traps (RT_TRAP_HOST) on a bad buffer,
 * the file imports return -2 (bad argument).
 */
#ifndef KJIT_APP_IMPORTS_H
#define KJIT_APP_IMPORTS_H

#include "../wasm/runtime/runtime.h"

/* Per-instance context of the host functions. */
struct app_env {
  const char *module;        /* module name, for print events */
  struct rt_instance *inst;  /* set after instantiation (memory lookup) */
};

/* rt_resolve_fn for rt_instantiate; ctx is a struct app_env *. Creates the
 * host functions on first use. */
bool app_env_resolve(void *ctx, struct wasm_name module, struct wasm_name field,
                     struct rt_extern *out);

/* True if [ptr, ptr+len) lies inside memory `m` (len may be 0). */
bool app_mem_range_ok(const struct rt_memory *m, uint32_t ptr, uint32_t len);

#endif

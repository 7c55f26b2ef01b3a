/*
 * native.h — the native reference versions of the modules: every
 * modules/<name>.c compiled by clang -O2 for i686 (builder/native/), its `run`
 * renamed native_<name>_run and its `env` imports bound to native_env_* below.
 * The generated table build/gen/native_modules.c lists them.
 */
#ifndef KJIT_NATIVE_H
#define KJIT_NATIVE_H

#include "../lib/klib.h"

/* One native module: `fn` has the C type matching `result` (a wasm value type
 * byte: 0x7F i32 -> int32_t(void), 0x7E i64 -> int64_t(void), 0x7D f32 ->
 * float(void), 0x7C f64 -> double(void)). */
struct native_module {
  const char *name;
  void (*fn)(void);
  uint8_t result;
};

/* Generated: every module of modules/, sorted by name. */
extern const struct native_module native_modules[];
extern const uint32_t native_module_count;

/* The native module called `name`, NULL when there is none. */
const struct native_module *native_find(const char *name);

/* Call m->fn with `module`'s name set for the env functions; stores the raw
 * result bits (i32/f32 zero-extended) in *bits and the TSC cycles of the call
 * in *cycles. */
void native_call(const struct native_module *m, uint64_t *bits, uint64_t *cycles);

/* The env imports as the native modules call them (direct pointers). The
 * module code is clang i686-elf code, which keeps the stack only 4-byte
 * aligned; a gcc-built kernel assumes 16 (and spills with movaps), so these
 * entry points realign the stack. */
#define NATIVE_ENV_ENTRY __attribute__((force_align_arg_pointer))
NATIVE_ENV_ENTRY void native_env_print(const char *ptr, int len);
NATIVE_ENV_ENTRY long long native_env_tsc(void);
NATIVE_ENV_ENTRY int native_env_read_file(const char *path, int path_len, void *dst, int cap);
NATIVE_ENV_ENTRY int native_env_write_file(const char *path, int path_len, const void *src,
                                           int len);

#endif

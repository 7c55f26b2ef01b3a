/*
 * hostenv.h — the services behind the modules' `env` host imports
 * (modules/README.md): console output, the TSC and files on the boot FAT16
 * volume. Both the JIT host functions (kernel/app/imports.c, which bounds-check
 * wasm pointers first) and the native reference modules (kernel/native/) call
 * these with plain, already-checked kernel pointers.
 */
#ifndef KJIT_APP_HOSTENV_H
#define KJIT_APP_HOSTENV_H

#include "../lib/klib.h"

/* Error codes of the file imports (modules/include/kjit.h). */
#define HOSTENV_ENOENT (-1)
#define HOSTENV_EINVAL (-2)
#define HOSTENV_EIO (-3)
#define HOSTENV_ENOSPC (-4)

/* Longest path a module may pass (bytes, without NUL). */
#define HOSTENV_PATH_MAX 255
/* Largest file a module may write (bytes); the V8 reference host has the same limit. */
#define HOSTENV_MAX_WRITE (1u << 20)

/* Print `@kjit print module=<module> [native=1] text="..."` with the bytes
 * escaped (\" \\ \n \t; other control bytes and non-ASCII bytes, which the
 * event grammar has no escape for, become '?'). */
void hostenv_print(const char *module, bool native, const uint8_t *text, uint32_t len);

/* The time-stamp counter. */
uint64_t hostenv_tsc(void);

/* Read up to `cap` bytes of file `path` (`plen` bytes, no NUL) into dst.
 * Returns the bytes read or a negative HOSTENV_E* code. */
int32_t hostenv_read_file(const uint8_t *path, uint32_t plen, uint8_t *dst, uint32_t cap);

/* Create or replace file `path` with `len` bytes from src. Returns len or a
 * negative HOSTENV_E* code. */
int32_t hostenv_write_file(const uint8_t *path, uint32_t plen, const uint8_t *src, uint32_t len);

/* Print `s` (`len` bytes) as a quoted event value. */
void hostenv_print_quoted_n(const uint8_t *s, uint32_t len);

#endif

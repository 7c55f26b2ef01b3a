/*
 * kjp.h — the persisted JIT profile format ("kjp", version 1): writer and
 * bounds-checked parser. Specified in kernel/jit/persist/FORMAT.md.
 *
 * Portable: includes only klib.h, so the same code builds into host tests
 * (-DKJIT_HOST). Nothing allocates: the writer fills a caller buffer, the
 * parser fills caller arrays and never reads past `len` bytes.
 */
#ifndef KJIT_JIT_PERSIST_KJP_H
#define KJIT_JIT_PERSIST_KJP_H

#include "../../lib/klib.h"

#define KJP_VERSION 1u
#define KJP_MODULE_MAX 32u       /* bytes of a module name, NUL included */
#define KJP_NAME_MAX 64u         /* bytes of a function name, NUL included */
#define KJP_LINE_MAX 256u        /* bytes of one line, '\n' excluded */
#define KJP_FILE_MAX 65536u      /* bytes of a whole profile file */
#define KJP_MAX_TIER 3u          /* highest tier number a record may carry */
#define KJP_MAX_FUNCS 1000000u   /* largest function index space a header may claim */
#define KJP_ERR_MAX 128u         /* bytes of a parse error message */

/* The first line: which module (and which exact bytes of it) this profile is for. */
struct kjp_header {
  char module[KJP_MODULE_MAX]; /* module name (token characters only) */
  uint32_t wasm_crc;           /* CRC-32 of the wasm payload */
  uint32_t wasm_bytes;         /* payload size */
  uint32_t funcs;              /* function index space, imports included */
  uint32_t imports;            /* imported functions (indices below this are not records) */
};

/* One `func=` line: the profile of one defined function. */
struct kjp_func {
  uint32_t index;          /* function index (imports included) */
  uint32_t tier;           /* highest tier the function reached */
  uint32_t calls;          /* calls counted (by code that counts) */
  uint32_t backedges;      /* loop-header executions counted */
  uint64_t cycles;         /* TSC cycles spent in it, callees included (0: not measured) */
  char name[KJP_NAME_MAX]; /* name-section name or func_N */
};

/* Writer state over a caller buffer. */
struct kjp_writer {
  char *buf;
  uint32_t cap, len;
  uint32_t records; /* func lines written */
  uint32_t dropped; /* func lines that did not fit */
};

/* Make `src` a token (bytes 0x21..0x7E; others become '?'; empty becomes "?")
 * in dst[0..n), NUL-terminated. Returns dst. */
char *kjp_token(char *dst, uint32_t n, const char *src);

/* Start a profile in buf[0..cap) with the header line. False when cap is too
 * small for the header plus the end line. */
bool kjp_begin(struct kjp_writer *w, char *buf, uint32_t cap, const struct kjp_header *h);
/* Append one func line (the name is made a token). False (and counted in
 * `dropped`) when it would not leave room for the end line. */
bool kjp_add(struct kjp_writer *w, const struct kjp_func *f);
/* Append the end line; returns the total length in bytes. */
uint32_t kjp_end(struct kjp_writer *w);

/* Parse a profile. Fills *h and funcs[0..*count) (at most cap records).
 * Returns 0, or -1 with a reason in err[0..KJP_ERR_MAX) ("line 3: tier 7 out
 * of range", "truncated: no end line", ...). */
int kjp_parse(const char *text, uint32_t len, struct kjp_header *h, struct kjp_func *funcs,
              uint32_t cap, uint32_t *count, char *err);

#endif

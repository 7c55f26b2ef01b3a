/*
 * module.h — the kernel-side loader for kjit module containers (*.kjm).
 *
 * The container format (88-byte little-endian header + payload) is specified
 * in modules/README.md. module_validate() is portable and checks the rules in
 * the README's order; module_load_all() reads every *.kjm file of a folder
 * on a FAT16 volume, validates it, prints one `@kjit module` or
 * `@kjit module-error` event per file, and keeps the good modules for the JIT.
 */
#ifndef KJIT_MODULE_H
#define KJIT_MODULE_H

#include "../fs/fat16.h"

#define MODULE_HEADER_SIZE 88u
#define MODULE_VERSION 1u
#define MODULE_KIND_WASM 1u
#define MODULE_NAME_FIELD 32u
#define MODULE_ERR_MAX 96u     /* size of the errbuf module_validate fills */
#define MODULE_MAX 32u         /* modules kept by module_load_all */
#define MODULE_ARENA_SIZE (2u << 20) /* bytes of module payload kept in total */

struct module_info {
  char name[MODULE_NAME_FIELD];  /* NUL-terminated */
  char entry[MODULE_NAME_FIELD]; /* export to run, NUL-terminated */
  uint16_t version, kind;
  uint32_t payload_size;
  uint32_t payload_crc;
  const uint8_t *payload; /* points into the validated bytes */
};

struct kjit_module {
  char file[128]; /* path on the volume, "/modules/fib.kjm" */
  struct module_info info;
};

/* Validate container bytes. Returns 0 and fills *info, or -1 with the
 * README's reason in errbuf (MODULE_ERR_MAX bytes), e.g. "bad magic",
 * "unsupported version 2", "payload crc mismatch (header 0x.., payload 0x..)". */
int module_validate(const uint8_t *bytes, size_t len, struct module_info *info, char *errbuf);

/* Load every *.kjm in folder `dir` of `fs` (replacing what was loaded
 * before). Returns the number of good modules, or a negative FAT16_E_* code
 * when the folder cannot be listed (a missing folder yields 0). */
int module_load_all(struct fat16 *fs, const char *dir);

size_t module_count(void);
/* Module i (0 <= i < module_count()), NULL when out of range. */
const struct kjit_module *module_get(size_t i);
/* The module named `name`, NULL when none. */
const struct kjit_module *module_find(const char *name);

#endif

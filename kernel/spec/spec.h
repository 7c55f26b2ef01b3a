/*
 * spec.h — the WebAssembly spec-test runner: executes the line-based
 * manifests written by builder/spec (see builder/spec/MANIFEST.md) and prints
 * KTAP v1, one subtest per script and one result line per command.
 *
 * Portable: reads files through rt_plat_read_file (platform.h), so the same
 * runner is the kernel's `mode=spec` and the host binary tests/host/jit.
 */
#ifndef KJIT_SPEC_H
#define KJIT_SPEC_H

#include "../lib/klib.h"

struct spec_totals {
  uint32_t passed, failed, skipped;
};

/* Run one manifest as KTAP subtest number `index` (1-based), indented one
 * level. `path` is the manifest; module files are looked up next to it.
 * Adds to *tot; returns the number of failed commands. */
uint32_t spec_run_manifest(const char *path, uint32_t index, struct spec_totals *tot);

/* Run several manifests as one KTAP document (version line, plan, subtests)
 * and print a `@kjit spec` summary event. Returns the number of failures. */
uint32_t spec_run_all(const char *const *paths, uint32_t n, struct spec_totals *tot);

#endif

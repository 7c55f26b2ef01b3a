/*
 * spec_kernel.c — `mode=spec`: run every spec manifest found under /spec/ on
 * the boot volume (each script converted by builder/spec into
 * /spec/<name>/manifest.txt plus its module files).
 */
#include "spec_kernel.h"

#include "../fs/vfs.h"
#include "../wasm/runtime/runtime.h"
#include "spec.h"

#define SPEC_MAX_SCRIPTS 256

static char paths[SPEC_MAX_SCRIPTS][96];
static uint32_t npaths;

static int collect(void *arg, const struct fat16_entry *e) {
  KJIT_UNUSED(arg);
  if (e->is_dir) return 0;
  size_t n = strlen(e->path);
  if (n < 13 || strcmp(e->path + n - 13, "/manifest.txt") != 0) return 0;
  if (npaths == SPEC_MAX_SCRIPTS || n >= sizeof paths[0]) return 0;
  memcpy(paths[npaths++], e->path, n + 1);
  return 0;
}

int spec_mode_run(void) {
  struct fat16 *fs = vfs_root();
  if (!fs) {
    kprintf("@kjit spec-error reason=\"no boot volume\"\n");
    return -1;
  }
  npaths = 0;
  int r = fat16_walk(fs, "/spec", collect, NULL);
  if (r < 0) {
    kprintf("@kjit spec-error reason=\"cannot list /spec\"\n");
    return -1;
  }
  /* Sort for a stable order. */
  for (uint32_t i = 1; i < npaths; i++) {
    for (uint32_t j = i; j > 0 && strcmp(paths[j - 1], paths[j]) > 0; j--) {
      char tmp[96];
      memcpy(tmp, paths[j], sizeof tmp);
      memcpy(paths[j], paths[j - 1], sizeof tmp);
      memcpy(paths[j - 1], tmp, sizeof tmp);
    }
  }
  if (!rt_init()) {
    kprintf("@kjit spec-error reason=\"runtime init failed (pools too small?)\"\n");
    return -1;
  }
  const char *list[SPEC_MAX_SCRIPTS];
  for (uint32_t i = 0; i < npaths; i++) list[i] = paths[i];
  struct spec_totals tot = {0, 0, 0};
  uint32_t failed = spec_run_all(list, npaths, &tot);
  return (int)failed;
}

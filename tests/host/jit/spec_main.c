/*
 * spec_main.c — host spec runner: spec_main MANIFEST... prints KTAP v1 for
 * the given builder/spec manifests and exits 1 if any command failed.
 */
#include <stdio.h>

#include "spec/spec.h"

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s MANIFEST...\n", argv[0]);
    return 2;
  }
  setvbuf(stdout, NULL, _IOLBF, 0);
  struct spec_totals tot = {0, 0, 0};
  uint32_t failed = spec_run_all((const char *const *)(argv + 1), (uint32_t)(argc - 1), &tot);
  return failed ? 1 : 0;
}

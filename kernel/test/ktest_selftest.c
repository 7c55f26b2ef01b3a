/* ktest_selftest.c — exercises the runner's failure and SKIP output. The
 * cases pass quietly unless the command line has `ktest_selftest=1`, in which
 * case `expect_failure` fails (run exits 0x11) and `skip` is skipped. */
#include "../kjit.h"
#include "ktest.h"

static bool selftest_requested(void) {
  const char *v = kernel_cmdline_get("ktest_selftest");
  return v && strcmp(v, "1") == 0;
}

KTEST(ktest_selftest, expect_failure) {
  if (selftest_requested()) KEXPECT_EQ(t, 1 + 1, 3);
}

KTEST(ktest_selftest, skip) {
  if (selftest_requested()) ktest_skip(t, "requested by ktest_selftest=1");
}

KTEST(ktest_selftest, assert_stops_case) {
  bool requested = selftest_requested();
  KASSERT_TRUE(t, !requested);
  KEXPECT_TRUE(t, !requested); /* not reached when the assertion failed */
}

/* ktest.c — run the KTEST cases from the `ktest_cases` section as KTAP v1.
 *
 *   KTAP version 1
 *   1..N                      (one top-level test per suite)
 *     # Subtest: suite
 *     KTAP version 1
 *     1..M
 *     ok 1 case
 *     not ok 2 other          (preceded by "  # file:line: ..." diagnostics)
 *     ok 3 skipped # SKIP why
 *   ok 1 suite
 *   # Totals: pass:P fail:F skip:S
 */
#include "ktest.h"

extern const struct ktest_case __start_ktest_cases[];
extern const struct ktest_case __stop_ktest_cases[];

#define INDENT "  "
#define MAX_SUITES 256

static bool matches(const struct ktest_case *c, const char *filter) {
  if (!filter || !*filter) return true;
  char full[128];
  ksnprintf(full, sizeof full, "%s.%s", c->suite, c->name);
  size_t n = strlen(filter);
  for (const char *p = full; *p; p++) {
    if (strncmp(p, filter, n) == 0) return true;
  }
  return false;
}

/* Print "  # " + message on one line (newlines in the message become spaces). */
static void diag_line(const char *msg) {
  kprintf(INDENT "# ");
  for (const char *p = msg; *p; p++) kprintf("%c", *p == '\n' ? ' ' : *p);
  kprintf("\n");
}

void ktest_fail_at(struct ktest *t, const char *file, int line, const char *fmt, ...) {
  char msg[256];
  int n = ksnprintf(msg, sizeof msg, "%s:%d: ", file, line);
  va_list ap;
  va_start(ap, fmt);
  if (n >= 0 && (size_t)n < sizeof msg) kvsnprintf(msg + n, sizeof msg - (size_t)n, fmt, ap);
  va_end(ap);
  t->failed = 1;
  diag_line(msg);
}

void ktest_skip(struct ktest *t, const char *reason) { t->skip_reason = reason ? reason : ""; }

void ktest_diag(struct ktest *t, const char *fmt, ...) {
  KJIT_UNUSED(t);
  char msg[256];
  va_list ap;
  va_start(ap, fmt);
  kvsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  diag_line(msg);
}

/* Has `suite` already been seen among the matching cases before `upto`? */
static bool suite_seen_before(const struct ktest_case *upto, const char *suite, const char *filter) {
  for (const struct ktest_case *c = __start_ktest_cases; c < upto; c++) {
    if (matches(c, filter) && strcmp(c->suite, suite) == 0) return true;
  }
  return false;
}

int ktest_run_all(const char *filter) {
  const struct ktest_case *first = __start_ktest_cases, *last = __stop_ktest_cases;
  unsigned suites = 0;
  for (const struct ktest_case *c = first; c < last; c++) {
    if (matches(c, filter) && !suite_seen_before(c, c->suite, filter)) suites++;
  }
  kprintf("KTAP version 1\n1..%u\n", suites);
  unsigned pass = 0, fail = 0, skip = 0, suite_no = 0;
  for (const struct ktest_case *s = first; s < last; s++) {
    if (!matches(s, filter) || suite_seen_before(s, s->suite, filter)) continue;
    unsigned cases = 0;
    for (const struct ktest_case *c = s; c < last; c++) {
      if (matches(c, filter) && strcmp(c->suite, s->suite) == 0) cases++;
    }
    kprintf(INDENT "# Subtest: %s\n" INDENT "KTAP version 1\n" INDENT "1..%u\n", s->suite, cases);
    unsigned case_no = 0, suite_failed = 0;
    for (const struct ktest_case *c = s; c < last; c++) {
      if (!matches(c, filter) || strcmp(c->suite, s->suite) != 0) continue;
      struct ktest t = {c->suite, c->name, 0, NULL};
      c->fn(&t);
      case_no++;
      if (t.failed) {
        fail++;
        suite_failed++;
        kprintf(INDENT "not ok %u %s\n", case_no, c->name);
      } else if (t.skip_reason) {
        skip++;
        kprintf(INDENT "ok %u %s # SKIP %s\n", case_no, c->name, t.skip_reason);
      } else {
        pass++;
        kprintf(INDENT "ok %u %s\n", case_no, c->name);
      }
    }
    suite_no++;
    kprintf("%sok %u %s\n", suite_failed ? "not " : "", suite_no, s->suite);
  }
  kprintf("# Totals: pass:%u fail:%u skip:%u\n", pass, fail, skip);
  return (int)fail;
}

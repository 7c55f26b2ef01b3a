/*
 * ktest.h — in-kernel tests reported as KTAP version 1.
 *
 * A test is a function registered with KTEST(suite, name). The runner groups
 * cases by suite: each suite becomes a KTAP subtest and each case one result
 * line inside it. Cases of one suite must be defined in one source file.
 *
 *   KTEST(pool, alloc_free) {
 *     void *p = pool_alloc(POOL_DATA, 64, 16);
 *     KEXPECT_TRUE(t, p != NULL);
 *     KEXPECT_EQ(t, (uintptr_t)p % 16, 0);
 *   }
 *
 * A failed expectation prints a `# ` diagnostic (file:line, expression, values)
 * and marks the case failed; the case keeps running unless KASSERT_* is used,
 * which returns from the case at once. ktest_skip() marks it `# SKIP reason`.
 */
#ifndef KJIT_KTEST_H
#define KJIT_KTEST_H

#include "../lib/klib.h"

struct ktest {
  const char *suite;
  const char *name;
  int failed;
  const char *skip_reason;
};

struct ktest_case {
  const char *suite;
  const char *name;
  void (*fn)(struct ktest *t);
};

#define KTEST(suite, name)                                                   \
  static void ktest_fn_##suite##_##name(struct ktest *t);                    \
  static const struct ktest_case ktest_case_##suite##_##name                 \
      __attribute__((used, section("ktest_cases"), aligned(4))) = {          \
          #suite, #name, ktest_fn_##suite##_##name};                         \
  static void ktest_fn_##suite##_##name(struct ktest *t)

void ktest_fail_at(struct ktest *t, const char *file, int line, const char *fmt, ...)
    KJIT_PRINTF(4, 5);
void ktest_skip(struct ktest *t, const char *reason);
void ktest_diag(struct ktest *t, const char *fmt, ...) KJIT_PRINTF(2, 3);

#define KEXPECT_TRUE(t, c)                                                   \
  ((c) ? (void)0 : ktest_fail_at((t), __FILE__, __LINE__, "expected %s", #c))
#define KEXPECT_EQ(t, a, b)                                                  \
  do {                                                                       \
    unsigned long long ka_ = (unsigned long long)(a),                        \
                       kb_ = (unsigned long long)(b);                        \
    if (ka_ != kb_)                                                          \
      ktest_fail_at((t), __FILE__, __LINE__, "expected %s == %s (0x%llx != 0x%llx)", \
                    #a, #b, ka_, kb_);                                       \
  } while (0)
#define KASSERT_TRUE(t, c)                                                   \
  do {                                                                       \
    if (!(c)) {                                                              \
      ktest_fail_at((t), __FILE__, __LINE__, "required %s", #c);             \
      return;                                                                \
    }                                                                        \
  } while (0)

/* Run every registered case whose "suite.name" contains `filter` (NULL: all).
 * Prints the whole KTAP document; returns the number of failed cases. */
int ktest_run_all(const char *filter);

#endif

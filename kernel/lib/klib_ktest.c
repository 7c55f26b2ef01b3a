/* klib_ktest.c — in-kernel tests of printf formatting, strings, crc32, cmdline. */
#include "../test/ktest.h"
#include "cmdline.h"

static bool fmt_is(const char *want, const char *fmt, ...) KJIT_PRINTF(2, 3);
static bool fmt_is(const char *want, const char *fmt, ...) {
  char buf[128];
  va_list ap;
  va_start(ap, fmt);
  int n = kvsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (strcmp(buf, want) == 0 && (size_t)n == strlen(want)) return true;
  kprintf("  # got \"%s\" (%d), want \"%s\"\n", buf, n, want);
  return false;
}

KTEST(klib_printf, integers) {
  KEXPECT_TRUE(t, fmt_is("42 -7 0", "%d %i %u", 42, -7, 0u));
  KEXPECT_TRUE(t, fmt_is("-2147483648", "%d", (int)0x80000000u));
  KEXPECT_TRUE(t, fmt_is("4294967295", "%u", 0xFFFFFFFFu));
  KEXPECT_TRUE(t, fmt_is("ff FF 17", "%x %X %o", 255u, 255u, 15u));
  KEXPECT_TRUE(t, fmt_is("-42", "%ld", -42L));
}

KTEST(klib_printf, width_and_flags) {
  KEXPECT_TRUE(t, fmt_is("[   42]", "[%5d]", 42));
  KEXPECT_TRUE(t, fmt_is("[42   ]", "[%-5d]", 42));
  KEXPECT_TRUE(t, fmt_is("[00042]", "[%05d]", 42));
  KEXPECT_TRUE(t, fmt_is("[-0042]", "[%05d]", -42));
  KEXPECT_TRUE(t, fmt_is("0x0000beef", "0x%08x", 0xBEEFu));
  KEXPECT_TRUE(t, fmt_is("[  abc]", "[%5s]", "abc"));
  KEXPECT_TRUE(t, fmt_is("[ab]", "[%.2s]", "abc"));
  KEXPECT_TRUE(t, fmt_is("[x  ]", "[%-3c]", 'x'));
  KEXPECT_TRUE(t, fmt_is("100%", "%d%%", 100));
}

KTEST(klib_printf, long_long) {
  KEXPECT_TRUE(t, fmt_is("18446744073709551615", "%llu", 0xFFFFFFFFFFFFFFFFull));
  KEXPECT_TRUE(t, fmt_is("-9223372036854775808", "%lld", (long long)0x8000000000000000ull));
  KEXPECT_TRUE(t, fmt_is("123456789abcdef0", "%llx", 0x123456789ABCDEF0ull));
  KEXPECT_TRUE(t, fmt_is("1311768467463790320", "%llu", 0x123456789ABCDEF0ull));
  KEXPECT_TRUE(t, fmt_is("4096", "%zu", (size_t)4096));
}

KTEST(klib_printf, pointers_and_null) {
  KEXPECT_TRUE(t, fmt_is("0x00100000", "%p", (void *)0x100000));
  const char *volatile null_string = NULL; /* hidden from gcc's -Wformat-overflow */
  KEXPECT_TRUE(t, fmt_is("(null)", "%s", null_string));
}

KTEST(klib_printf, snprintf_truncates) {
  char buf[6];
  int n = ksnprintf(buf, sizeof buf, "hello world");
  KEXPECT_EQ(t, n, 11);
  KEXPECT_EQ(t, strcmp(buf, "hello"), 0);
  KEXPECT_EQ(t, ksnprintf(NULL, 0, "%d", 12345), 5);
}

KTEST(klib_string, mem_functions) {
  char a[16];
  memset(a, 'x', sizeof a);
  KEXPECT_EQ(t, a[0], 'x');
  KEXPECT_EQ(t, a[15], 'x');
  memcpy(a, "abcdef", 7);
  KEXPECT_EQ(t, memcmp(a, "abcdef", 7), 0);
  memmove(a + 2, a, 6); /* overlapping, forward */
  KEXPECT_EQ(t, memcmp(a, "ababcdef", 8), 0);
  memmove(a, a + 2, 6); /* overlapping, backward */
  KEXPECT_EQ(t, memcmp(a, "abcdefef", 8), 0);
  KEXPECT_TRUE(t, memcmp("abc", "abd", 3) < 0);
  KEXPECT_TRUE(t, memcmp("abd", "abc", 3) > 0);
}

KTEST(klib_string, str_functions) {
  KEXPECT_EQ(t, strlen(""), 0);
  KEXPECT_EQ(t, strlen("kjit"), 4);
  KEXPECT_EQ(t, strcmp("abc", "abc"), 0);
  KEXPECT_TRUE(t, strcmp("abc", "abd") < 0);
  KEXPECT_TRUE(t, strcmp("ab", "abc") < 0);
  KEXPECT_EQ(t, strncmp("abcx", "abcy", 3), 0);
  KEXPECT_TRUE(t, strncmp("abcx", "abcy", 4) < 0);
  const char *s = "key=value";
  KEXPECT_EQ(t, strchr(s, '=') - s, 3);
  KEXPECT_TRUE(t, strchr(s, '!') == NULL);
  KEXPECT_EQ(t, strchr(s, '\0') - s, 9);
}

KTEST(klib_crc32, check_value) {
  KEXPECT_EQ(t, crc32_update(0, "123456789", 9), 0xCBF43926u);
  KEXPECT_EQ(t, crc32_update(0, "", 0), 0);
  uint32_t chained = crc32_update(crc32_update(0, "1234", 4), "56789", 5);
  KEXPECT_EQ(t, chained, 0xCBF43926u);
}

KTEST(klib_cmdline, find) {
  const char *line = "/boot/kernel.elf mode=test filter=klib verbose mode=bench";
  size_t len = 99;
  const char *v = cmdline_find(line, "mode", &len);
  KASSERT_TRUE(t, v != NULL);
  KEXPECT_EQ(t, len, 5);
  KEXPECT_EQ(t, strncmp(v, "bench", 5), 0);
  v = cmdline_find(line, "verbose", &len);
  KASSERT_TRUE(t, v != NULL);
  KEXPECT_EQ(t, len, 0);
  KEXPECT_TRUE(t, cmdline_find(line, "mod", &len) == NULL);
  KEXPECT_TRUE(t, cmdline_find(line, "fault", &len) == NULL);
  KEXPECT_TRUE(t, cmdline_find("", "mode", &len) == NULL);
}

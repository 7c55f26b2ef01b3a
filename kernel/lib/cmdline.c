/* cmdline.c — `key=value` word lookup for the kernel command line. */
#include "cmdline.h"

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

const char *cmdline_find(const char *line, const char *key, size_t *len) {
  size_t key_len = strlen(key);
  const char *found = NULL;
  size_t found_len = 0;
  const char *p = line;
  while (key_len > 0 && *p) {
    while (is_space(*p)) p++;
    const char *word = p;
    while (*p && !is_space(*p)) p++;
    size_t word_len = (size_t)(p - word);
    if (word_len == key_len && strncmp(word, key, key_len) == 0) {
      found = word + key_len; /* bare word: empty value */
      found_len = 0;
    } else if (word_len > key_len && word[key_len] == '=' && strncmp(word, key, key_len) == 0) {
      found = word + key_len + 1;
      found_len = word_len - key_len - 1;
    }
  }
  if (found && len) *len = found_len;
  return found;
}

/* cmdline.h — look up `key=value` words in a kernel command line. */
#ifndef KJIT_CMDLINE_H
#define KJIT_CMDLINE_H

#include "klib.h"

/* Find the last word `key=value` (or bare `key`) in the space-separated
 * `line`. Returns a pointer to the value inside `line` and its length in
 * *len (0 for a bare word), or NULL when the key does not appear. */
const char *cmdline_find(const char *line, const char *key, size_t *len);

#endif

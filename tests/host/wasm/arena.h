/*
 * arena.h — malloc-backed struct wasm_alloc for host tests: every allocation
 * is a separate malloc (so ASan checks each one), all freed at once, with an
 * optional byte budget to exercise the decoder's out-of-memory paths.
 */
#ifndef KJIT_TEST_WASM_ARENA_H
#define KJIT_TEST_WASM_ARENA_H

#include <stdlib.h>

#include "wasm/module.h"

struct arena {
  void **ptrs;
  size_t count, cap;
  size_t used, budget; /* budget 0 = unlimited */
};

static void *arena_alloc(void *ctx, size_t n, size_t align) {
  struct arena *a = ctx;
  if (align > 16 || (align & (align - 1)) != 0) abort(); /* the decoder never asks for more */
  if (a->budget && (n > a->budget || a->used > a->budget - n)) return NULL;
  if (a->count == a->cap) {
    size_t ncap = a->cap ? a->cap * 2 : 64;
    void **np = realloc(a->ptrs, ncap * sizeof *np);
    if (!np) return NULL;
    a->ptrs = np;
    a->cap = ncap;
  }
  void *p = malloc(n ? n : 1);
  if (!p) return NULL;
  a->ptrs[a->count++] = p;
  a->used += n;
  return p;
}

static void arena_reset(struct arena *a) {
  for (size_t i = 0; i < a->count; i++) free(a->ptrs[i]);
  a->count = 0;
  a->used = 0;
}

static void arena_destroy(struct arena *a) {
  arena_reset(a);
  free(a->ptrs);
  a->ptrs = NULL;
  a->cap = 0;
}

static struct wasm_alloc arena_iface(struct arena *a) {
  struct wasm_alloc w = {arena_alloc, a};
  return w;
}

#endif

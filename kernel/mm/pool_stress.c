/* pool_stress.c — randomized allocator exerciser (see pool_stress.h). */
#include "pool_stress.h"

#define STRESS_SLOTS 128u

struct slot {
  uint8_t *ptr;
  size_t size;
  uint8_t fill;
};

uint32_t pool_stress_rand(uint32_t *s) {
  uint32_t x = *s;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  return *s = x;
}

#define FAIL(...)                         \
  do {                                    \
    ksnprintf(err, err_len, __VA_ARGS__); \
    return false;                         \
  } while (0)

static bool pattern_ok(const struct slot *s) {
  size_t step = s->size > 64 ? s->size / 61 : 1; /* sample big blocks */
  for (size_t i = 0; i < s->size; i += step)
    if (s->ptr[i] != (uint8_t)(s->fill + i)) return false;
  return s->ptr[s->size - 1] == (uint8_t)(s->fill + s->size - 1);
}

static void pattern_fill(struct slot *s) {
  for (size_t i = 0; i < s->size; i++) s->ptr[i] = (uint8_t)(s->fill + i);
}

bool pool_stress_run(struct pool_core *p, uint32_t seed, uint32_t ops, size_t max_size,
                     struct pool_stress_result *res, char *err, size_t err_len) {
  static struct slot slots[STRESS_SLOTS];
  static const size_t aligns[] = {0, 8, 16, 16, 32, 64, 4096};
  uint32_t rng = seed ? seed : 1;
  size_t base_used = p->used, live_bytes = 0;
  memset(slots, 0, sizeof(slots));
  memset(res, 0, sizeof(*res));
  for (uint32_t op = 0; op < ops; op++) {
    struct slot *s = &slots[pool_stress_rand(&rng) % STRESS_SLOTS];
    if (s->ptr) {
      if (!pattern_ok(s)) FAIL("op %u: block %p (size %lu) was overwritten", (unsigned)op,
                               (void *)s->ptr, (unsigned long)s->size);
      live_bytes -= pool_core_block_size(p, s->ptr) + p->hdr_size;
      pool_core_free(p, s->ptr);
      s->ptr = NULL;
      res->frees++;
    } else {
      uint32_t r = pool_stress_rand(&rng);
      size_t small = max_size < 512 ? max_size : 512;
      size_t size = (r & 7) == 0 ? 1 + r % max_size : 1 + (r >> 8) % small;
      size_t align = aligns[(r >> 20) % KJIT_ARRAY_LEN(aligns)];
      if (p->granule > 16 && align > p->hdr_size) align = p->hdr_size;
      struct pool_stats st;
      pool_core_stats(p, &st);
      uint8_t *q = pool_core_alloc(p, size, align);
      if (!q) {
        size_t need = KJIT_ALIGN_UP(size + p->hdr_size, (size_t)p->granule) + align + p->min_block;
        if (st.largest_free >= need)
          FAIL("op %u: NULL for %lu bytes (align %lu) with a %lu-byte free run", (unsigned)op,
               (unsigned long)size, (unsigned long)align, (unsigned long)st.largest_free);
        res->nulls++;
      } else {
        size_t a = align ? align : 16;
        if ((uintptr_t)q % a) FAIL("op %u: %p not aligned to %lu", (unsigned)op, (void *)q,
                                   (unsigned long)a);
        if (!pool_core_contains(p, q) || !pool_core_contains(p, q + size - 1))
          FAIL("op %u: %p outside the pool", (unsigned)op, (void *)q);
        if (pool_core_block_size(p, q) < size) FAIL("op %u: block too small", (unsigned)op);
        for (uint32_t i = 0; i < STRESS_SLOTS; i++) {
          const struct slot *o = &slots[i];
          if (o->ptr && q < o->ptr + o->size && o->ptr < q + size)
            FAIL("op %u: %p+%lu overlaps live %p+%lu", (unsigned)op, (void *)q,
                 (unsigned long)size, (void *)o->ptr, (unsigned long)o->size);
        }
        s->ptr = q;
        s->size = size;
        s->fill = (uint8_t)(r >> 24);
        pattern_fill(s);
        live_bytes += pool_core_block_size(p, q) + p->hdr_size;
        res->allocs++;
      }
    }
    if (!pool_core_check(p, err, err_len)) return false;
    if (p->used != base_used + live_bytes)
      FAIL("op %u: used %lu != %lu", (unsigned)op, (unsigned long)p->used,
           (unsigned long)(base_used + live_bytes));
    if (p->used - base_used > res->peak_used) res->peak_used = p->used - base_used;
  }
  for (uint32_t i = 0; i < STRESS_SLOTS; i++) {
    if (!slots[i].ptr) continue;
    if (!pattern_ok(&slots[i])) FAIL("final: block %p was overwritten", (void *)slots[i].ptr);
    pool_core_free(p, slots[i].ptr);
    slots[i].ptr = NULL;
    res->frees++;
  }
  if (!pool_core_check(p, err, err_len)) return false;
  if (p->used != base_used) FAIL("final: used %lu, started at %lu", (unsigned long)p->used,
                                 (unsigned long)base_used);
  return true;
}

bool pool_stress_exhaust(struct pool_core *p, size_t chunk, void **slots, uint32_t max_slots,
                         uint32_t *got, char *err, size_t err_len) {
  size_t base_used = p->used;
  uint32_t n = 0;
  for (;;) {
    void *q = pool_core_alloc(p, chunk, 16);
    if (!q) break;
    if (n == max_slots) {
      pool_core_free(p, q);
      while (n) pool_core_free(p, slots[--n]);
      FAIL("pool %s did not run out after %u blocks", p->name, (unsigned)max_slots);
    }
    memset(q, 0xA5, chunk);
    slots[n++] = q;
  }
  *got = n;
  if (n == 0) FAIL("pool %s: first allocation failed", p->name);
  if (!pool_core_check(p, err, err_len)) return false;
  if (pool_core_alloc(p, chunk, 16) != NULL) FAIL("pool %s: allocation after NULL", p->name);
  for (uint32_t i = 0; i < n; i += 2) pool_core_free(p, slots[i]); /* holes first */
  void *again = pool_core_alloc(p, chunk, 16);
  if (!again) FAIL("pool %s: no allocation possible after frees", p->name);
  pool_core_free(p, again);
  for (uint32_t i = 1; i < n; i += 2) pool_core_free(p, slots[i]);
  if (!pool_core_check(p, err, err_len)) return false;
  if (p->used != base_used) FAIL("pool %s: used %lu after freeing all", p->name,
                                 (unsigned long)p->used);
  return true;
}

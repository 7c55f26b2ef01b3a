/* pool_test.c — KTESTs of the JIT pools (suite mm_pool). */
#include "arch/x86/io.h"
#include "paging.h"
#include "pool.h"
#include "pool_stress.h"
#include "pool_layout.h"
#include "test/ktest.h"

static void stress(struct ktest *t, enum pool_id id, uint32_t seed, size_t max_size) {
  char err[160];
  struct pool_stress_result r;
  struct pool_core *p = pool_core_of(id);
  bool ok = pool_stress_run(p, seed, 4000, max_size, &r, err, sizeof(err));
  if (!ok) ktest_fail_at(t, __FILE__, __LINE__, "%s", err);
  KEXPECT_TRUE(t, r.allocs > 1000);
  KEXPECT_EQ(t, r.allocs, r.frees);
  ktest_diag(t, "pool %s: %u allocs, %u NULLs, peak %lu bytes", p->name, (unsigned)r.allocs,
             (unsigned)r.nulls, (unsigned long)r.peak_used);
}

KTEST(mm_pool, stress_data) { stress(t, POOL_DATA, 0x1234567u, 16384); }
KTEST(mm_pool, stress_metadata) { stress(t, POOL_METADATA, 0xBADC0DEu, 4096); }
KTEST(mm_pool, stress_code) { stress(t, POOL_CODE, 0xC0FFEEu, 12000); }

KTEST(mm_pool, exhaustion_then_reuse) {
  static void *slots[2048];
  char err[160];
  uint32_t got = 0;
  for (unsigned id = 0; id < POOL_COUNT; id++) {
    struct pool_core *p = pool_core_of((enum pool_id)id);
    size_t chunk = (p->end - p->base) / 512;
    bool ok = pool_stress_exhaust(p, chunk, slots, KJIT_ARRAY_LEN(slots), &got, err, sizeof(err));
    if (!ok) ktest_fail_at(t, __FILE__, __LINE__, "%s", err);
    KEXPECT_TRUE(t, got >= 128); /* other suites may hold some of the pool */
    ktest_diag(t, "pool %s: %u blocks of %lu bytes before NULL", p->name, (unsigned)got,
               (unsigned long)chunk);
  }
}

KTEST(mm_pool, stats_consistent) {
  void *a = pool_alloc(POOL_DATA, 1000, 16), *b = pool_alloc(POOL_DATA, 3000, 64);
  void *c = pool_alloc(POOL_DATA, 1000, 16);
  KASSERT_TRUE(t, a && b && c);
  pool_free(POOL_DATA, b);
  struct pool_stats st;
  pool_stats_get(POOL_DATA, &st);
  KEXPECT_EQ(t, st.used + st.free, st.size);
  KEXPECT_TRUE(t, st.peak >= st.used && st.largest_free <= st.free && st.frag_pct <= 100);
  KEXPECT_EQ(t, st.size, KJIT_POOL_DATA_SIZE);
  pool_free(POOL_DATA, a);
  pool_free(POOL_DATA, c);
  pool_report();
}

KTEST(mm_pool, fresh_pages_are_zero) {
  struct pool_core *p = pool_core_of(POOL_METADATA);
  size_t size = 40 * 4096; /* more than the pool keeps backed above its top */
  uintptr_t old_mapped = p->mapped_end;
  uint8_t *q = pool_alloc(POOL_METADATA, size, 4096);
  KASSERT_TRUE(t, q != NULL);
  KASSERT_TRUE(t, (uintptr_t)q + size > old_mapped);
  uint32_t nonzero = 0;
  uintptr_t from = old_mapped > (uintptr_t)q ? old_mapped : (uintptr_t)q;
  for (uintptr_t a = from; a < (uintptr_t)q + size; a++) nonzero += *(const uint8_t *)a != 0;
  KEXPECT_EQ(t, nonzero, 0);
  memset(q, 0x5A, size);
  pool_free(POOL_METADATA, q);
  struct pool_stats st;
  pool_stats_get(POOL_METADATA, &st);
  KEXPECT_TRUE(t, st.mapped <= (p->top - p->base) + 17 * 4096); /* released beyond the keep */
}

static uint64_t avg(uint64_t total, uint32_t n) { return (total + n / 2) / n; }

/* Allocator cost in TSC cycles, averaged over 10000 operations. */
KTEST(mm_pool, bench_cycles) {
  enum { N = 10000 };
  static void *ptrs[N];
  static const enum pool_id ids[] = {POOL_DATA, POOL_METADATA};
  for (unsigned k = 0; k < KJIT_ARRAY_LEN(ids); k++) {
    struct pool_core *p = pool_core_of(ids[k]);
    uint32_t live_before = p->live_blocks, rng = 42;
    uint64_t t0 = rdtsc();
    for (uint32_t i = 0; i < N; i++) ptrs[i] = pool_alloc(ids[k], 16 + (i % 7) * 16, 16);
    uint64_t t1 = rdtsc();
    for (uint32_t i = 0; i < N; i++) KASSERT_TRUE(t, ptrs[i] != NULL);
    for (uint32_t i = N - 1; i > 0; i--) { /* shuffle: free in random order */
      uint32_t j = pool_stress_rand(&rng) % (i + 1);
      void *x = ptrs[i];
      ptrs[i] = ptrs[j];
      ptrs[j] = x;
    }
    uint64_t t2 = rdtsc();
    for (uint32_t i = 0; i < N; i++) pool_free(ids[k], ptrs[i]);
    uint64_t t3 = rdtsc();
    /* steady state: a few hundred live blocks, alloc/free pairs */
    for (uint32_t i = 0; i < 256; i++) ptrs[i] = pool_alloc(ids[k], 32 + (i % 13) * 24, 16);
    uint64_t t4 = rdtsc();
    for (uint32_t i = 0; i < N; i++) {
      uint32_t j = pool_stress_rand(&rng) % 256;
      pool_free(ids[k], ptrs[j]);
      ptrs[j] = pool_alloc(ids[k], 32 + (i % 13) * 24, 16);
    }
    uint64_t t5 = rdtsc();
    for (uint32_t i = 0; i < 256; i++) pool_free(ids[k], ptrs[i]);
    kprintf("@kjit mm-bench pool=%s ops=%u alloc_cycles=%llu free_random_cycles=%llu "
            "pair_cycles=%llu\n",
            p->name, (unsigned)N, (unsigned long long)avg(t1 - t0, N),
            (unsigned long long)avg(t3 - t2, N), (unsigned long long)avg(t5 - t4, N));
    KEXPECT_EQ(t, p->live_blocks, live_before);
  }
  uint64_t t0 = rdtsc();
  for (uint32_t i = 0; i < 256; i++) ptrs[i] = code_alloc(200);
  uint64_t t1 = rdtsc();
  for (uint32_t i = 0; i < 256; i++) KASSERT_TRUE(t, ptrs[i] != NULL);
  for (uint32_t i = 0; i < 256; i++) code_publish(ptrs[i], 200);
  uint64_t t2 = rdtsc();
  for (uint32_t i = 0; i < 256; i++) code_free(ptrs[i]);
  uint64_t t3 = rdtsc();
  kprintf("@kjit mm-bench pool=CODE ops=256 alloc_cycles=%llu publish_cycles=%llu "
          "free_cycles=%llu\n",
          (unsigned long long)avg(t1 - t0, 256), (unsigned long long)avg(t2 - t1, 256),
          (unsigned long long)avg(t3 - t2, 256));
}

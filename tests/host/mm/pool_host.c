/* pool_host.c — host unit test of the portable JIT allocator (kernel/mm/pool_core.c).
 * The pool range is an mmap(PROT_NONE) reservation; grow/shrink flip pages with
 * mprotect, so touching memory the pool has not backed crashes the test. */
#include <sys/mman.h>

#include "host_check.h"
#include "mm/pool_stress.h"

struct backing_ctx {
  long pages;      /* currently backed */
  long max_pages;  /* grow fails beyond this (simulated frame exhaustion) */
};

static bool grow(void *c, uintptr_t from, uintptr_t to) {
  struct backing_ctx *b = c;
  long n = (long)((to - from) / 4096);
  if (b->pages + n > b->max_pages) return false;
  if (mprotect((void *)from, to - from, PROT_READ | PROT_WRITE) != 0) abort();
  b->pages += n;
  return true;
}

static void shrink(void *c, uintptr_t from, uintptr_t to) {
  struct backing_ctx *b = c;
  if (mprotect((void *)from, to - from, PROT_NONE) != 0) abort();
  b->pages -= (long)((to - from) / 4096);
}

static struct pool_core pool;
static struct backing_ctx bctx;

static void make_pool(size_t size, uint32_t granule, uint32_t hdr, long max_pages) {
  void *mem = mmap(NULL, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED) abort();
  struct pool_backing b = {grow, shrink, &bctx};
  bctx.pages = 0;
  bctx.max_pages = max_pages;
  pool_core_init(&pool, "TEST", 7, (uintptr_t)mem, size, granule, hdr, &b);
}

static void test_basic(void) {
  char err[200];
  make_pool(1 << 20, 16, 16, 1 << 20);
  void *a = pool_core_alloc(&pool, 100, 16);
  void *b = pool_core_alloc(&pool, 200, 64);
  void *c = pool_core_alloc(&pool, 5000, 4096);
  CHECK(a && b && c);
  CHECK((uintptr_t)b % 64 == 0 && (uintptr_t)c % 4096 == 0);
  CHECK(pool_core_check(&pool, err, sizeof(err)));
  pool_core_free(&pool, b);
  CHECK(pool_core_check(&pool, err, sizeof(err)));
  void *d = pool_core_alloc(&pool, 150, 16); /* first fit reuses b's hole */
  CHECK((uintptr_t)d < (uintptr_t)c);
  pool_core_free(&pool, a);
  pool_core_free(&pool, d);
  pool_core_free(&pool, c);
  CHECK(pool_core_check(&pool, err, sizeof(err)));
  CHECK(pool.used == 0 && pool.top == pool.base && bctx.pages == 0 && pool.free_head == NULL);
  struct pool_stats st;
  pool_core_stats(&pool, &st);
  CHECK(st.free == st.size && st.frag_pct == 0 && st.peak > 0);
  /* fragmentation: alternate holes */
  void *v[16];
  for (int i = 0; i < 16; i++) v[i] = pool_core_alloc(&pool, 1000, 16);
  for (int i = 0; i < 16; i += 2) pool_core_free(&pool, v[i]);
  pool_core_stats(&pool, &st);
  CHECK(st.frag_pct == 0); /* the untouched tail is still the largest run */
  CHECK(st.free_blocks == 8);
  for (int i = 1; i < 16; i += 2) pool_core_free(&pool, v[i]);
  CHECK(pool.top == pool.base && pool.free_blocks == 0);
  CHECK(pool_core_alloc(&pool, 100, 3) == NULL); /* alignment not a power of two */
  CHECK(pool_core_alloc(&pool, 2u << 20, 16) == NULL);
}

static void test_page_granular(void) {
  char err[200];
  make_pool(64 * 4096, 4096, 64, 1 << 20);
  void *a = pool_core_alloc(&pool, 10, 16);
  void *b = pool_core_alloc(&pool, 5000, 64);
  CHECK((uintptr_t)a % 4096 == 64 && (uintptr_t)b % 4096 == 64);
  CHECK((uintptr_t)b - (uintptr_t)a == 4096); /* no two blocks share a page */
  CHECK(pool_core_block_size(&pool, b) == 2 * 4096 - 64);
  CHECK(pool_core_alloc(&pool, 10, 128) == NULL); /* would break page granularity */
  pool_core_free(&pool, a);
  CHECK(pool_core_check(&pool, err, sizeof(err)));
  pool_core_free(&pool, b);
  CHECK(pool.top == pool.base && bctx.pages == 0);
}

/* The CODE-pool property: operations on one block never write the header of
 * another used block. Every used block is made read-only (as published code
 * is); a stray write would kill the test with SIGSEGV. */
static void test_used_headers_untouched(void) {
  enum { SLOTS = 64 };
  static void *live[SLOTS];
  char err[200] = "";
  make_pool(256 * 4096, 4096, 64, 1 << 20);
  uint32_t rng = 777;
  for (int op = 0; op < 5000; op++) {
    uint32_t i = pool_stress_rand(&rng) % SLOTS;
    if (live[i]) {
      uintptr_t start, end;
      pool_core_block_bounds(&pool, live[i], &start, &end);
      mprotect((void *)start, end - start, PROT_READ | PROT_WRITE); /* like code_free */
      pool_core_free(&pool, live[i]);
      live[i] = NULL;
    } else {
      live[i] = pool_core_alloc(&pool, 1 + pool_stress_rand(&rng) % 12000, 64);
      if (live[i]) {
        uintptr_t start, end;
        pool_core_block_bounds(&pool, live[i], &start, &end);
        mprotect((void *)start, end - start, PROT_READ); /* like code_publish */
      }
    }
    if (!pool_core_check(&pool, err, sizeof(err))) {
      printf("read-only headers: %s\n", err);
      CHECK(0);
      return;
    }
  }
  for (int i = 0; i < SLOTS; i++) {
    if (!live[i]) continue;
    uintptr_t start, end;
    pool_core_block_bounds(&pool, live[i], &start, &end);
    mprotect((void *)start, end - start, PROT_READ | PROT_WRITE);
    pool_core_free(&pool, live[i]);
  }
  CHECK(pool.used == 0 && pool.top == pool.base);
}

static void test_stress(uint32_t granule, uint32_t hdr, size_t size, size_t max_req) {
  char err[200] = "";
  struct pool_stress_result r;
  make_pool(size, granule, hdr, 1 << 20);
  bool ok = pool_stress_run(&pool, 12345 + granule, 20000, max_req, &r, err, sizeof(err));
  if (!ok) printf("stress: %s\n", err);
  CHECK(ok);
  CHECK(r.allocs > 5000 && r.frees == r.allocs);
  CHECK(pool.top == pool.base && bctx.pages == 0);
  /* small pool: must hit exhaustion and still pass */
  make_pool(granule == 16 ? 32768 : 48 * 4096, granule, hdr, 1 << 20);
  ok = pool_stress_run(&pool, 99, 20000, max_req, &r, err, sizeof(err));
  if (!ok) printf("stress small: %s\n", err);
  CHECK(ok);
  CHECK(r.nulls > 0);
}

static void test_keep_pages(void) {
  make_pool(1 << 20, 16, 16, 1 << 20);
  pool.keep_bytes = 3 * 4096;
  void *a = pool_core_alloc(&pool, 10 * 4096, 16);
  CHECK(a && bctx.pages == 11);
  pool_core_free(&pool, a);
  CHECK(pool.top == pool.base && bctx.pages == 3); /* three pages stay backed */
  void *b = pool_core_alloc(&pool, 100, 16);
  CHECK(b && bctx.pages == 3);
  pool_core_free(&pool, b);
  CHECK(bctx.pages == 3);
}

static void test_exhaust(void) {
  char err[200] = "";
  static void *slots[4096];
  uint32_t got = 0;
  make_pool(1 << 20, 16, 16, 1 << 20);
  CHECK(pool_stress_exhaust(&pool, 1000, slots, 4096, &got, err, sizeof(err)));
  CHECK(got == (1 << 20) / 1024);
  /* backing exhaustion (no frames left) must also give NULL, not corruption */
  make_pool(1 << 20, 16, 16, 10);
  CHECK(pool_stress_exhaust(&pool, 1000, slots, 4096, &got, err, sizeof(err)));
  CHECK(got == 40);
  CHECK(bctx.pages == 0);
}

static void *victim;
static void do_double_free(void *arg) {
  (void)arg;
  pool_core_free(&pool, victim);
  pool_core_free(&pool, victim);
}
static void do_merged_double_free(void *arg) {
  (void)arg;
  void *x = pool_core_alloc(&pool, 64, 16);
  void *y = pool_core_alloc(&pool, 64, 16);
  (void)pool_core_alloc(&pool, 64, 16);
  pool_core_free(&pool, x);
  pool_core_free(&pool, y); /* y merges into x */
  pool_core_free(&pool, y);
}
static void do_foreign(void *arg) {
  (void)arg;
  static char outside[64];
  pool_core_free(&pool, outside);
}
static void do_interior(void *arg) {
  (void)arg;
  char *x = pool_core_alloc(&pool, 256, 16);
  (void)pool_core_alloc(&pool, 16, 16);
  pool_core_free(&pool, x + 32);
}
static void do_overflow(void *arg) {
  (void)arg;
  char *x = pool_core_alloc(&pool, 32, 16);
  (void)pool_core_alloc(&pool, 32, 16);
  memset(x, 0x41, 64); /* clobbers the next header */
  pool_core_free(&pool, x);
}

static void test_panics(void) {
  make_pool(1 << 20, 16, 16, 1 << 20);
  victim = pool_core_alloc(&pool, 64, 16);
  (void)pool_core_alloc(&pool, 64, 16);
  CHECK(expect_panic(do_double_free, NULL, "pool TEST: double free of"));
  CHECK(expect_panic(do_merged_double_free, NULL, "already merged"));
  CHECK(expect_panic(do_foreign, NULL, "foreign pointer"));
  CHECK(expect_panic(do_interior, NULL, "bad header canary"));
  CHECK(expect_panic(do_overflow, NULL, "buffer overflow"));
}

int main(void) {
  test_basic();
  test_page_granular();
  test_stress(16, 16, 4 << 20, 8192);
  test_stress(4096, 64, 8 << 20, 20000);
  test_keep_pages();
  test_used_headers_untouched();
  test_exhaust();
  test_panics();
  return host_finish("pool_host");
}

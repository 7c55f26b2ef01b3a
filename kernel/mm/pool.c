/* pool.c — the kernel's CODE / DATA / METADATA pools (see pool.h). */
#include "pool.h"

#include "frames.h"
#include "kjit.h"
#include "paging.h"
#include "pool_layout.h"

static struct pool_core pools[POOL_COUNT];
static bool ready;

/* Published-ness of every CODE page: one bit per page of the CODE range. */
#define CODE_PAGES (KJIT_POOL_CODE_SIZE / PAGE_SIZE)
static uint32_t code_published[(CODE_PAGES + 31) / 32];

static bool backing_grow(void *ctx, uintptr_t from, uintptr_t to) {
  KJIT_UNUSED(ctx);
  for (uintptr_t va = from; va < to; va += PAGE_SIZE) {
    uint32_t frame = frame_alloc();
    if (!frame || !paging_map(va, frame, PAGE_R | PAGE_W)) {
      if (frame) frame_free(frame);
      for (uintptr_t undo = from; undo < va; undo += PAGE_SIZE) {
        uint64_t phys;
        if (paging_unmap(undo, &phys)) frame_free((uint32_t)phys);
      }
      return false;
    }
    memset((void *)va, 0, PAGE_SIZE); /* never leak an earlier user's bytes */
  }
  return true;
}

static void backing_shrink(void *ctx, uintptr_t from, uintptr_t to) {
  KJIT_UNUSED(ctx);
  for (uintptr_t va = from; va < to; va += PAGE_SIZE) {
    uint64_t phys;
    if (paging_unmap(va, &phys)) frame_free((uint32_t)phys);
  }
}

static const struct pool_backing backing = {backing_grow, backing_shrink, NULL};

void pool_init(void) {
  pool_core_init(&pools[POOL_CODE], "CODE", 0xC0DE, KJIT_POOL_CODE_BASE, KJIT_POOL_CODE_SIZE,
                 PAGE_SIZE, 64, &backing);
  pool_core_init(&pools[POOL_DATA], "DATA", 0xDA7A, KJIT_POOL_DATA_BASE, KJIT_POOL_DATA_SIZE, 16,
                 16, &backing);
  pool_core_init(&pools[POOL_METADATA], "METADATA", 0x3E7A, KJIT_POOL_METADATA_BASE,
                 KJIT_POOL_METADATA_SIZE, 16, 16, &backing);
  /* Keep a few backed pages above top so alloc/free cycles at the top do not
   * map, zero and unmap the same pages over and over. */
  pools[POOL_CODE].keep_bytes = 4 * PAGE_SIZE;
  pools[POOL_DATA].keep_bytes = 16 * PAGE_SIZE;
  pools[POOL_METADATA].keep_bytes = 16 * PAGE_SIZE;
  ready = true;
}

struct pool_core *pool_core_of(enum pool_id pool) {
  if ((unsigned)pool >= POOL_COUNT) kpanic("pool: bad pool id %d", (int)pool);
  if (!ready) kpanic("pool: used before pool_init");
  return &pools[pool];
}

void *pool_alloc(enum pool_id pool, size_t size, size_t align) {
  return pool_core_alloc(pool_core_of(pool), size, align);
}

static bool page_published(uintptr_t va) {
  uint32_t i = (uint32_t)((va - KJIT_POOL_CODE_BASE) / PAGE_SIZE);
  return (code_published[i / 32] >> (i % 32)) & 1u;
}

static void set_published(uintptr_t start, uintptr_t end, bool on) {
  for (uintptr_t va = start; va < end; va += PAGE_SIZE) {
    uint32_t i = (uint32_t)((va - KJIT_POOL_CODE_BASE) / PAGE_SIZE);
    if (on)
      code_published[i / 32] |= 1u << (i % 32);
    else
      code_published[i / 32] &= ~(1u << (i % 32));
  }
}

void pool_free(enum pool_id pool, void *ptr) {
  struct pool_core *p = pool_core_of(pool);
  if (pool == POOL_CODE && ptr) {
    uintptr_t start, end;
    pool_core_block_bounds(p, ptr, &start, &end);
    if (page_published(start))
      kpanic("pool CODE: pool_free of published code %p (use code_free)", ptr);
  }
  pool_core_free(p, ptr);
}

void *code_alloc(size_t size) { return pool_core_alloc(pool_core_of(POOL_CODE), size, 64); }

void code_publish(void *ptr, size_t size) {
  struct pool_core *p = pool_core_of(POOL_CODE);
  uintptr_t start, end, a = (uintptr_t)ptr;
  pool_core_block_bounds(p, ptr, &start, &end);
  if (size > end - a) kpanic("code_publish: %p+%lu runs past its block", ptr, (unsigned long)size);
  if (!paging_protect(start, end - start, PAGE_R | PAGE_X))
    kpanic("code_publish: block %p is not fully mapped", ptr);
  set_published(start, end, true);
}

bool code_is_published(const void *ptr) {
  uintptr_t start, end;
  pool_core_block_bounds(pool_core_of(POOL_CODE), ptr, &start, &end);
  return page_published(start);
}

void code_free(void *ptr) {
  if (!ptr) return;
  struct pool_core *p = pool_core_of(POOL_CODE);
  uintptr_t start, end;
  pool_core_block_bounds(p, ptr, &start, &end);
  if (page_published(start)) {
    if (!paging_protect(start, end - start, PAGE_R | PAGE_W))
      kpanic("code_free: block %p is not fully mapped", ptr);
    set_published(start, end, false);
  }
  memset((void *)(start + p->hdr_size), 0xCC, end - start - p->hdr_size); /* int3 */
  pool_core_free(p, ptr);
}

void pool_stats_get(enum pool_id pool, struct pool_stats *out) {
  pool_core_stats(pool_core_of(pool), out);
}

void pool_report(void) {
  if (!ready) return;
  for (unsigned i = 0; i < POOL_COUNT; i++) {
    struct pool_stats st;
    pool_core_stats(&pools[i], &st);
    kprintf("@kjit pool name=%s size=%lu used=%lu peak=%lu free=%lu frag=%u mapped=%lu "
            "blocks=%u\n",
            pools[i].name, (unsigned long)st.size, (unsigned long)st.used, (unsigned long)st.peak,
            (unsigned long)st.free, (unsigned)st.frag_pct, (unsigned long)st.mapped,
            (unsigned)st.live_blocks);
  }
}

const char *pool_name_of(uintptr_t addr) {
  if (!ready) return NULL;
  for (unsigned i = 0; i < POOL_COUNT; i++)
    if (pool_core_contains(&pools[i], (const void *)addr)) return pools[i].name;
  return NULL;
}

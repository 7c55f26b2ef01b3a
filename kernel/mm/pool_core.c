/* pool_core.c — address-ordered first-fit allocator with coalescing (see pool_core.h). */
#include "pool_core.h"

#define MAGIC_USED 0xA110C8EDu
#define MAGIC_FREE 0xF4EEB10Cu
#define MAGIC_DEAD 0xDEADB10Cu

static uint32_t canary_for(const struct pool_core *p, uintptr_t h, uint32_t magic) {
  return magic ^ (uint32_t)h ^ (p->id * 0x9E3779B9u);
}
static struct pool_block_header *hdr_at(uintptr_t a) { return (struct pool_block_header *)a; }
static uintptr_t page_up(uintptr_t a) { return KJIT_ALIGN_UP(a, (uintptr_t)POOL_PAGE_SIZE); }

void pool_core_init(struct pool_core *p, const char *name, uint32_t id, uintptr_t base,
                    size_t size, uint32_t granule, uint32_t hdr_size,
                    const struct pool_backing *backing) {
  memset(p, 0, sizeof(*p));
  p->name = name;
  p->id = id;
  p->base = base;
  p->end = base + size;
  p->top = base;
  p->mapped_end = base;
  p->granule = granule;
  p->hdr_size = hdr_size;
  uint32_t min = (uint32_t)KJIT_ALIGN_UP(sizeof(struct pool_free_block), (size_t)granule);
  p->min_block = min < granule ? granule : min;
  p->backing = *backing;
}

static void write_header(const struct pool_core *p, uintptr_t h, uint32_t magic, size_t size,
                         size_t requested) {
  struct pool_block_header *b = hdr_at(h);
  b->canary = canary_for(p, h, magic);
  b->size = (uint32_t)size;
  b->pool_id = p->id;
  b->requested = (uint32_t)requested;
}

static bool is_free_hdr(const struct pool_core *p, uintptr_t h) {
  return hdr_at(h)->canary == canary_for(p, h, MAGIC_FREE);
}
static bool is_used_hdr(const struct pool_core *p, uintptr_t h) {
  return hdr_at(h)->canary == canary_for(p, h, MAGIC_USED);
}

/* Where a block of `need` bytes with payload alignment `align` goes inside
 * the free run [start, limit): header address (0 when it does not fit). */
static uintptr_t place(const struct pool_core *p, uintptr_t start, uintptr_t limit, size_t need,
                       size_t align) {
  uintptr_t pay = KJIT_ALIGN_UP(start + p->hdr_size, (uintptr_t)align);
  uintptr_t h = pay - p->hdr_size;
  while (h != start && h - start < p->min_block) h += align; /* gap must hold a free block */
  if (h < start || h > limit || limit - h < need) return 0;
  return h;
}

static bool align_ok(const struct pool_core *p, size_t align) {
  if (align & (align - 1)) return false;
  if (align <= p->granule) return p->hdr_size % align == 0;
  return p->hdr_size % p->granule == 0 && align <= p->end - p->base;
}

static void make_free(const struct pool_core *p, uintptr_t at, size_t size,
                      struct pool_free_block *next) {
  write_header(p, at, MAGIC_FREE, size, 0);
  ((struct pool_free_block *)at)->next = next;
}

void *pool_core_alloc(struct pool_core *p, size_t size, size_t align) {
  if (align == 0) align = 16;
  if (size == 0) size = 1;
  size_t span = p->end - p->base;
  if (!align_ok(p, align) || size > span) {
    p->failed++;
    return NULL;
  }
  size_t need = KJIT_ALIGN_UP(size + p->hdr_size, (size_t)p->granule);
  if (need < p->min_block) need = p->min_block;
  uintptr_t h = 0;

  struct pool_free_block **link = &p->free_head;
  for (struct pool_free_block *b = *link; b; link = &b->next, b = *link) {
    uintptr_t start = (uintptr_t)b, limit = start + b->h.size;
    h = place(p, start, limit, need, align);
    if (!h) continue;
    struct pool_free_block *next = b->next;
    uintptr_t rest = h + need;
    if (limit - rest >= p->min_block) {
      make_free(p, rest, limit - rest, next);
      next = (struct pool_free_block *)rest;
      p->free_blocks++;
    } else {
      need = limit - h; /* absorb the tail that cannot stand alone */
    }
    if (h != start) {
      make_free(p, start, h - start, next); /* leading alignment gap stays free */
      *link = (struct pool_free_block *)start;
    } else {
      *link = next;
      p->free_blocks--;
    }
    break;
  }
  if (!h) { /* no free block fits: carve at top, backing new pages first */
    uintptr_t start = p->top;
    h = place(p, start, p->end, need, align);
    if (!h) {
      p->failed++;
      return NULL;
    }
    uintptr_t new_top = h + need, new_mapped = page_up(new_top);
    if (new_mapped > p->mapped_end) {
      if (!p->backing.grow(p->backing.ctx, p->mapped_end, new_mapped)) {
        p->failed++;
        return NULL;
      }
      p->mapped_end = new_mapped;
    }
    if (h != start) { /* gap below the new block: the highest free block */
      make_free(p, start, h - start, NULL);
      *link = (struct pool_free_block *)start;
      p->free_blocks++;
    }
    p->top = new_top;
  }
  write_header(p, h, MAGIC_USED, need, size);
  p->used += need;
  if (p->used > p->peak) p->peak = p->used;
  p->live_blocks++;
  p->allocs++;
  return (void *)(h + p->hdr_size);
}

bool pool_core_contains(const struct pool_core *p, const void *ptr) {
  uintptr_t a = (uintptr_t)ptr;
  return a >= p->base && a < p->end;
}

/* Header of the live block whose payload is `ptr`, or a panic explaining why not. */
static uintptr_t live_header(const struct pool_core *p, const void *ptr, const char *op) {
  uintptr_t a = (uintptr_t)ptr;
  if (a < p->base + p->hdr_size || a >= p->top || (a - p->hdr_size - p->base) % p->granule)
    kpanic("pool %s: %s of foreign pointer %p (not a block of this pool)", p->name, op, ptr);
  uintptr_t h = a - p->hdr_size;
  if (is_free_hdr(p, h)) kpanic("pool %s: double free of %p", p->name, ptr);
  if (hdr_at(h)->canary == canary_for(p, h, MAGIC_DEAD))
    kpanic("pool %s: double free of %p (block already merged into a free neighbour)", p->name,
           ptr);
  if (!is_used_hdr(p, h))
    kpanic("pool %s: %s of %p: bad header canary 0x%08x (foreign pointer or clobbered header)",
           p->name, op, ptr, (unsigned)hdr_at(h)->canary);
  uint32_t size = hdr_at(h)->size;
  if (size < p->min_block || size % p->granule || size > p->top - h)
    kpanic("pool %s: %s of %p: corrupted block size %u", p->name, op, ptr, (unsigned)size);
  return h;
}

size_t pool_core_block_size(const struct pool_core *p, const void *ptr) {
  uintptr_t h = live_header(p, ptr, "size query");
  return hdr_at(h)->size - p->hdr_size;
}

bool pool_core_block_bounds(const struct pool_core *p, const void *ptr, uintptr_t *start,
                            uintptr_t *end) {
  uintptr_t h = live_header(p, ptr, "bounds query");
  *start = h;
  *end = h + hdr_at(h)->size;
  return true;
}

static void kill_header(const struct pool_core *p, uintptr_t h) {
  hdr_at(h)->canary = canary_for(p, h, MAGIC_DEAD);
}

void pool_core_free(struct pool_core *p, void *ptr) {
  if (!ptr) return;
  uintptr_t h = live_header(p, ptr, "free");
  size_t size = hdr_at(h)->size;
  uintptr_t after = h + size;
  if (after < p->top && !is_used_hdr(p, after) && !is_free_hdr(p, after))
    kpanic("pool %s: header after block %p is clobbered (buffer overflow?)", p->name, ptr);

  struct pool_free_block **link = &p->free_head, **prev_link = NULL, *prev = NULL;
  while (*link && (uintptr_t)*link < h) {
    prev_link = link;
    prev = *link;
    link = &(*link)->next;
  }
  struct pool_free_block *succ = *link, *blk = (struct pool_free_block *)h;
  struct pool_free_block **blk_link = link;
  make_free(p, h, size, succ);
  p->free_blocks++;
  if (succ && after == (uintptr_t)succ) { /* merge with the following free block */
    blk->h.size += succ->h.size;
    blk->next = succ->next;
    kill_header(p, (uintptr_t)succ);
    p->free_blocks--;
  }
  *link = blk;
  if (prev && (uintptr_t)prev + prev->h.size == h) { /* merge into the preceding free block */
    prev->h.size += blk->h.size;
    prev->next = blk->next;
    kill_header(p, h);
    p->free_blocks--;
    blk = prev;
    blk_link = prev_link;
  }
  if ((uintptr_t)blk + blk->h.size == p->top) { /* highest block: give the space back */
    *blk_link = blk->next; /* NULL: nothing lies above top */
    p->top = (uintptr_t)blk;
    kill_header(p, p->top);
    p->free_blocks--;
    uintptr_t keep = page_up(p->top) + page_up(p->keep_bytes); /* hysteresis */
    if (keep < p->mapped_end) {
      p->backing.shrink(p->backing.ctx, keep, p->mapped_end);
      p->mapped_end = keep;
    }
  }
  p->used -= size;
  p->live_blocks--;
  p->frees++;
}

void pool_core_stats(const struct pool_core *p, struct pool_stats *out) {
  memset(out, 0, sizeof(*out));
  out->size = p->end - p->base;
  out->used = p->used;
  out->peak = p->peak;
  out->free = out->size - p->used;
  out->mapped = p->mapped_end - p->base;
  size_t largest = p->end - p->top;
  for (const struct pool_free_block *b = p->free_head; b; b = b->next)
    if (b->h.size > largest) largest = b->h.size;
  out->largest_free = largest;
  out->frag_pct = out->free ? (uint32_t)((uint64_t)(out->free - largest) * 100u / out->free) : 0;
  out->live_blocks = p->live_blocks;
  out->free_blocks = p->free_blocks;
}

bool pool_core_check(const struct pool_core *p, char *err, size_t err_len) {
#define FAIL(...)                         \
  do {                                    \
    ksnprintf(err, err_len, __VA_ARGS__); \
    return false;                         \
  } while (0)
  const struct pool_free_block *f = p->free_head;
  size_t used = 0, free_bytes = 0;
  uint32_t live = 0, nfree = 0;
  bool prev_free = false;
  uintptr_t a = p->base;
  if (p->top < p->base || p->top > p->end || p->mapped_end < p->top ||
      p->mapped_end > page_up(p->end))
    FAIL("pool %s: top/mapped_end out of range", p->name);
  while (a < p->top) {
    const struct pool_block_header *b = hdr_at(a);
    if (b->size < p->min_block || b->size % p->granule || b->size > p->top - a)
      FAIL("pool %s: block 0x%lx has bad size %u", p->name, (unsigned long)a, (unsigned)b->size);
    if (is_used_hdr(p, a)) {
      if (b->requested + p->hdr_size > b->size)
        FAIL("pool %s: block 0x%lx smaller than requested", p->name, (unsigned long)a);
      used += b->size;
      live++;
      prev_free = false;
    } else if (is_free_hdr(p, a)) {
      if ((uintptr_t)f != a)
        FAIL("pool %s: free block 0x%lx missing from the ordered free list", p->name,
             (unsigned long)a);
      if (prev_free) FAIL("pool %s: adjacent free blocks at 0x%lx", p->name, (unsigned long)a);
      f = f->next;
      free_bytes += b->size;
      nfree++;
      prev_free = true;
    } else {
      FAIL("pool %s: bad canary at 0x%lx", p->name, (unsigned long)a);
    }
    a += b->size;
  }
  if (a != p->top) FAIL("pool %s: blocks overrun top", p->name);
  if (prev_free) FAIL("pool %s: free block touches top", p->name);
  if (f) FAIL("pool %s: free list has extra entries", p->name);
  if (used != p->used || live != p->live_blocks || nfree != p->free_blocks)
    FAIL("pool %s: stats drift (used %lu/%lu live %u/%u free %u/%u)", p->name,
         (unsigned long)used, (unsigned long)p->used, (unsigned)live, (unsigned)p->live_blocks,
         (unsigned)nfree, (unsigned)p->free_blocks);
  if (used + free_bytes + (p->end - p->top) != p->end - p->base)
    FAIL("pool %s: bytes do not add up", p->name);
  if (p->peak < p->used) FAIL("pool %s: peak below used", p->name);
  return true;
#undef FAIL
}

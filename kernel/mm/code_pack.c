/* code_pack.c — small JIT functions packed into shared CODE slabs (see pool.h). */
#include "paging.h"
#include "pool.h"

#define SLAB_BYTES (4u * PAGE_SIZE - 64u) /* payload of a 4-page CODE block */
#define PREFIX 16u
#define MAGIC_LIVE 0xC0DE11FEu
#define MAGIC_DEAD 0xC0DEDEADu

/* Out-of-band record of one slab (lives in the METADATA pool). */
struct code_slab {
  uint8_t *block;  /* payload of the CODE block */
  uint32_t cap, used, live;
  struct code_slab *next;
};

/* In-band prefix before every installed function (read-only with the code). */
struct code_prefix {
  uint32_t magic; /* MAGIC_LIVE/DEAD ^ function address */
  uint32_t len;
  uint32_t pad[2];
};

static struct code_slab *slabs, *open_slab;
static uint32_t slab_count;

uint32_t code_slab_count(void) { return slab_count; }

static struct code_slab *slab_new(uint32_t cap) {
  struct code_slab *s = pool_alloc(POOL_METADATA, sizeof(*s), 16);
  if (!s) return NULL;
  s->block = code_alloc(cap);
  if (!s->block) {
    pool_free(POOL_METADATA, s);
    return NULL;
  }
  s->cap = cap;
  s->used = 0;
  s->live = 0;
  memset(s->block, 0xCC, cap);
  code_publish(s->block, cap); /* slabs are R-X except while being written */
  s->next = slabs;
  slabs = s;
  slab_count++;
  return s;
}

/* Write `n` bytes at dst inside a published slab: RW-/NX, copy, back to R-X. */
static void slab_write(uint8_t *dst, const void *src, size_t n, int fill) {
  if (!paging_protect((uintptr_t)dst, n, PAGE_R | PAGE_W))
    kpanic("code_install: slab page at %p not mapped", (void *)dst);
  if (src)
    memcpy(dst, src, n);
  else
    memset(dst, fill, n);
  paging_protect((uintptr_t)dst, n, PAGE_R | PAGE_X);
}

void *code_install(const void *src, size_t len, size_t align) {
  if (align == 0) align = 16;
  if (len == 0 || len > (size_t)64 << 20 || (align & (align - 1)) || align > 64) return NULL;
  size_t need = KJIT_ALIGN_UP(PREFIX + len, (size_t)16) + align; /* worst-case padding */
  struct code_slab *s = open_slab;
  if (need > SLAB_BYTES / 2) {
    s = slab_new((uint32_t)need); /* big function: a block of its own */
  } else if (!s || s->cap - s->used < need) {
    s = slab_new(SLAB_BYTES);
    if (s) open_slab = s;
  }
  if (!s) return NULL;
  uintptr_t start = (uintptr_t)s->block + s->used;
  uintptr_t code = KJIT_ALIGN_UP(start + PREFIX, (uintptr_t)align);
  struct code_prefix pre = {MAGIC_LIVE ^ (uint32_t)code, (uint32_t)len, {0, 0}};
  uint8_t staging[PREFIX];
  memcpy(staging, &pre, sizeof(pre));
  slab_write((uint8_t *)(code - PREFIX), staging, PREFIX, 0);
  slab_write((uint8_t *)code, src, len, 0);
  s->used = (uint32_t)(KJIT_ALIGN_UP(code + len, (uintptr_t)16) - (uintptr_t)s->block);
  s->live++;
  return (void *)code;
}

void code_uninstall(void *code) {
  uintptr_t a = (uintptr_t)code;
  struct code_slab **link = &slabs, *s;
  for (s = *link; s; link = &s->next, s = *link)
    if (a >= (uintptr_t)s->block + PREFIX && a < (uintptr_t)s->block + s->used) break;
  if (!s) kpanic("code_uninstall: %p is not installed code", code);
  const struct code_prefix *pre = (const struct code_prefix *)(a - PREFIX);
  if (pre->magic == (MAGIC_DEAD ^ (uint32_t)a))
    kpanic("code_uninstall: double uninstall of %p", code);
  if (pre->magic != (MAGIC_LIVE ^ (uint32_t)a) || pre->len > s->used)
    kpanic("code_uninstall: %p is not the start of installed code", code);
  uint32_t dead[4] = {MAGIC_DEAD ^ (uint32_t)a, pre->len, 0, 0};
  uint32_t len = pre->len;
  slab_write((uint8_t *)(a - PREFIX), dead, PREFIX, 0);
  slab_write((uint8_t *)a, NULL, len, 0xCC);
  if (--s->live == 0) { /* empty slab: give the block back */
    if (s == open_slab) open_slab = NULL;
    *link = s->next;
    code_free(s->block);
    pool_free(POOL_METADATA, s);
    slab_count--;
  }
}

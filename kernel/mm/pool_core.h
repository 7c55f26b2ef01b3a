/*
 * pool_core.h — portable first-fit allocator over one virtual address range.
 *
 * Blocks are contiguous from `base` to `top`; each starts with a header
 * (canary, size, pool id) and the free ones sit in an address-ordered list
 * and are coalesced with both neighbours on free. Headers of *used* blocks
 * are never written by operations on other blocks (no boundary tags), so the
 * CODE pool can keep published blocks read-only + executable.
 * Pages are backed on demand through `grow` when `top` advances and released
 * through `shrink` when the highest block is freed.
 * A double free, a foreign pointer or a clobbered header panics.
 */
#ifndef KJIT_MM_POOL_CORE_H
#define KJIT_MM_POOL_CORE_H

#include "../lib/klib.h"

#define POOL_PAGE_SIZE 4096u

struct pool_block_header {
  uint32_t canary; /* magic ^ address ^ pool salt: used, free or dead */
  uint32_t size;   /* whole block, header included; multiple of granule */
  uint32_t pool_id;
  uint32_t requested; /* bytes the caller asked for (used blocks) */
};

struct pool_free_block {
  struct pool_block_header h;
  struct pool_free_block *next; /* next free block, higher address */
};

/* Maps/unmaps whole pages [from, to) of the pool's range. grow returns false
 * when no memory is left (the allocation then fails cleanly). */
struct pool_backing {
  bool (*grow)(void *ctx, uintptr_t from, uintptr_t to);
  void (*shrink)(void *ctx, uintptr_t from, uintptr_t to);
  void *ctx;
};

struct pool_core {
  const char *name;
  uint32_t id;
  uintptr_t base, end;   /* [base, end) virtual range, page aligned */
  uintptr_t top;         /* end of the carved blocks */
  uintptr_t mapped_end;  /* end of backed pages */
  uint32_t granule;      /* block size unit: 16, or 4096 for page-granular pools */
  uint32_t hdr_size;     /* bytes from block start to payload */
  uint32_t min_block;    /* smallest block that can be split off */
  struct pool_free_block *free_head;
  size_t used, peak;     /* bytes in used blocks (headers and rounding included) */
  uint32_t live_blocks, free_blocks;
  uint64_t allocs, frees, failed;
  size_t keep_bytes;     /* backed bytes kept above top when it shrinks (0 after init) */
  struct pool_backing backing;
};

struct pool_stats {
  size_t size, used, peak, free;
  size_t largest_free; /* largest contiguous free run (free block or untouched tail) */
  size_t mapped;       /* bytes of backed pages */
  uint32_t frag_pct;   /* 100 * (1 - largest_free / free), whole percent */
  uint32_t live_blocks, free_blocks;
};

/* Set up a pool on [base, base+size). granule: 16 for byte pools, 4096 for
 * page-granular pools (no two blocks share a page). hdr_size: bytes before
 * the payload (16, or 64 for page pools so payloads are 64-byte aligned). */
void pool_core_init(struct pool_core *p, const char *name, uint32_t id, uintptr_t base,
                    size_t size, uint32_t granule, uint32_t hdr_size,
                    const struct pool_backing *backing);
/* First-fit allocation of `size` bytes aligned to `align` (a power of two;
 * 0 means 16). NULL when the pool (or its backing) is exhausted or the
 * alignment is impossible for this pool. */
void *pool_core_alloc(struct pool_core *p, size_t size, size_t align);
/* Free a block (NULL is ignored). Panics on a double free, a pointer that is
 * not a live block of this pool, or a clobbered header. */
void pool_core_free(struct pool_core *p, void *ptr);
/* Usable size of a live block (the rounded payload). */
size_t pool_core_block_size(const struct pool_core *p, const void *ptr);
/* True when ptr lies inside [base, end) of this pool. */
bool pool_core_contains(const struct pool_core *p, const void *ptr);
/* Bounds of the whole block holding live payload `ptr` (validates canary). */
bool pool_core_block_bounds(const struct pool_core *p, const void *ptr, uintptr_t *start,
                            uintptr_t *end);
void pool_core_stats(const struct pool_core *p, struct pool_stats *out);
/* Walk every block and the free list and check all invariants; on failure
 * writes a reason to err and returns false. */
bool pool_core_check(const struct pool_core *p, char *err, size_t err_len);

#endif

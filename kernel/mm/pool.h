/*
 * pool.h — the JIT allocator: three pools at the virtual ranges of
 * build/gen/pool_layout.h, backed by physical frames on demand.
 *
 *   CODE      page-granular blocks (no two blocks share a page), W^X
 *   DATA      16-byte granules, RW + NX (e.g. linear memories, tables)
 *   METADATA  16-byte granules, RW + NX (compiler and runtime bookkeeping)
 *
 * Allocation never corrupts: exhaustion (range or frames) returns NULL, the
 * caller logs and declines. A double free, a foreign pointer or a clobbered
 * block header panics with a message naming the pool.
 *
 * W^X for CODE uses a permission flip (no writable alias exists anywhere):
 * code_alloc() returns RW-/NX pages, the JIT writes the code, code_publish()
 * turns the block's pages into R-X (invlpg on each). Published code is never
 * written again; code_free() makes the pages RW-/NX again, fills them with
 * int3 and frees the block. Blocks are page-granular so publishing one block
 * never changes the rights of another.
 */
#ifndef KJIT_MM_POOL_H
#define KJIT_MM_POOL_H

#include "pool_core.h"

enum pool_id { POOL_CODE = 0, POOL_DATA = 1, POOL_METADATA = 2, POOL_COUNT = 3 };

/* Set up the pools (needs paging_init). */
void pool_init(void);

/* `size` bytes aligned to `align` (power of two, 0 = 16) from a pool; NULL
 * when exhausted. CODE blocks come back writable and NX (see code_alloc) and
 * allow align <= 64. Memory is zeroed when freshly backed, NOT on reuse:
 * callers that need zeroes must memset. */
void *pool_alloc(enum pool_id pool, size_t size, size_t align);
/* Free a block of that pool (NULL is ignored); panics on misuse. For CODE
 * blocks use code_free (pool_free refuses published code). */
void pool_free(enum pool_id pool, void *ptr);

/* Writable, non-executable code buffer of `size` bytes (64-byte aligned),
 * NULL when the CODE pool is exhausted. */
void *code_alloc(size_t size);
/* Make the block holding [ptr, ptr+size) read-only + executable. Panics when
 * ptr is not a live CODE block or the range leaves the block. */
void code_publish(void *ptr, size_t size);
/* True when ptr's CODE block is published. */
bool code_is_published(const void *ptr);
/* Free a code block (published or not). */
void code_free(void *ptr);

/*
 * Packed code (code_pack.c): for finished machine code that is already in a
 * buffer, as a JIT that assembles into scratch memory has it. Small
 * functions share "slab" blocks of the CODE pool instead of taking a page
 * each. Installing into a slab whose pages are already published flips only
 * the touched pages to RW-/NX for the copy and back to R-X: no page is ever
 * writable and executable, and since the kernel runs on one CPU and the copy
 * is plain C, no JIT code executes while a page is non-executable.
 */
/* Copy `len` bytes of code into the CODE pool, executable; `align` is a power
 * of two <= 64 (0 = 16). NULL when the pool is exhausted. */
void *code_install(const void *src, size_t len, size_t align);
/* Remove installed code (its bytes become int3). Panics on a pointer that is
 * not live installed code (e.g. a double uninstall). */
void code_uninstall(void *code);
/* Slabs currently holding installed code (for tests and reports). */
uint32_t code_slab_count(void);

void pool_stats_get(enum pool_id pool, struct pool_stats *out);
/* Print one `@kjit pool name=.. size=.. used=.. peak=.. free=.. frag=..`
 * event per pool (frag is a whole percent). */
void pool_report(void);
/* "CODE"/"DATA"/"METADATA" when addr lies in that pool's range, else NULL. */
const char *pool_name_of(uintptr_t addr);
/* The allocator state of a pool (for tests). */
struct pool_core *pool_core_of(enum pool_id pool);

#endif

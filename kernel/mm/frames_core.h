/*
 * frames_core.h — portable physical frame allocator (one bit per 4 KiB frame).
 *
 * The allocator knows nothing about multiboot or the CPU: callers describe
 * available RAM and reserved ranges, then call frames_core_finish(). The same
 * code runs in the kernel (kernel/mm/frames.c) and in host unit tests.
 * Physical addresses are 32-bit: frames at or above 4 GiB are ignored.
 */
#ifndef KJIT_MM_FRAMES_CORE_H
#define KJIT_MM_FRAMES_CORE_H

#include "../lib/klib.h"
#include "../arch/x86/multiboot.h"

#define FRAME_SIZE 4096u
#define FRAME_SHIFT 12u
#define FRAMES_MAX_RANGES 128u
/* Everything below this address is never handed out (BIOS, IVT, EBDA, VGA). */
#define FRAMES_LOW_LIMIT 0x100000u

struct frame_range {
  uint64_t base;
  uint64_t len;
};

struct frame_allocator {
  uint32_t *bitmap;     /* bit set = frame not available */
  uint32_t nframes;     /* frames the bitmap covers */
  uint32_t free_count;  /* frames currently free */
  uint32_t usable;      /* frames free right after frames_core_finish() */
  uint32_t hint;        /* bitmap word where the next search starts */
  uint32_t n_avail, n_reserved;
  bool overflow;        /* more ranges than FRAMES_MAX_RANGES were given */
  struct frame_range avail[FRAMES_MAX_RANGES];
  struct frame_range reserved[FRAMES_MAX_RANGES];
};

/* Start an empty allocator; `bitmap` holds `nframes` bits (nframes/32 words). */
void frames_core_init(struct frame_allocator *fa, uint32_t *bitmap, uint32_t nframes);
/* Declare [base, base+len) as available RAM (rounded inward to whole frames). */
bool frames_core_add_available(struct frame_allocator *fa, uint64_t base, uint64_t len);
/* Declare [base, base+len) as never to be handed out (rounded outward). */
bool frames_core_reserve(struct frame_allocator *fa, uint64_t base, uint64_t len);
/* Build the bitmap: available minus reserved minus everything below 1 MiB. */
void frames_core_finish(struct frame_allocator *fa);

/* Physical address of a free frame, marked used; 0 when none is left. */
uint32_t frames_core_alloc(struct frame_allocator *fa);
/* Return a frame. Panics on a double free, an unaligned address or a frame
 * the allocator never handed out (reserved / not RAM). */
void frames_core_free(struct frame_allocator *fa, uint32_t phys);
uint32_t frames_core_free_count(const struct frame_allocator *fa);
/* True when the frame lies in available RAM and not in a reserved range. */
bool frames_core_is_managed(const struct frame_allocator *fa, uint32_t phys);
bool frames_core_is_free(const struct frame_allocator *fa, uint32_t phys);

/* Feed a multiboot info structure: type-1 memory-map entries become available
 * RAM (other types are reserved); the info structure, memory map, cmdline,
 * boot-loader name, module list, modules and module cmdlines plus the kernel
 * image [kernel_start, kernel_end) are reserved. Falls back to mem_lower /
 * mem_upper without a memory map. Returns false (with a message in err) when
 * the map is malformed or missing; ranges read so far are kept. Reads the
 * structures through identity-mapped physical addresses. */
bool frames_core_from_multiboot(struct frame_allocator *fa, const struct multiboot_info *mbi,
                                uint32_t kernel_start, uint32_t kernel_end, char *err,
                                size_t err_len);

#endif
